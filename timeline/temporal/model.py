"""Small frozen records the temporal tagger returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 temporal expression found in a text (TimeML semantics).

    ``char_start``/``char_end`` are offsets into the tagged text (end exclusive).
    For DATE/TIME expressions that resolve to calendar days, ``start``/``end`` give the
    inclusive day interval and ``precision`` its grain (see DESIGN.md); otherwise None.
    """

    char_start: int
    char_end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: "2021-07-12", "2021-W28", "P3D", "PRESENT_REF", "XXXX-04" ...
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER ...
    start: date | None = None
    end: date | None = None
    precision: str | None = None  # day, days, week, part-of-month, month, season, year ...


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or date range as the event pipeline sees it: one mention per dated span.

    Unlike TimeML, a range such as "from July 12-15" or "between May 3 and May 5" is one
    mention covering both ends (precision ``days``). Only mentions that resolve to calendar
    days are returned (``start``/``end`` always set).
    """

    char_start: int
    char_end: int
    text: str
    start: date
    end: date
    precision: str
    value: str  # TIMEX3 value of the (first) expression, or "START/END" for ranges
    mod: str | None = None
