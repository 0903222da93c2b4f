"""The temporal tagger: TIMEX3 expressions in English text, anchored to the publication date.

How it is built (HeidelTime style, resources apart from the engine):

- ``lexicon``: the English word lists (months, numbers, units, modifiers ...), as data;
- ``patterns``: regular-expression pieces made from the lexicon, and their readers;
- ``rules``: the ordered table of rules, each a pattern and a handler; the handlers live in
  ``dates``, ``quarters``, ``relative`` and ``lengths`` by family;
- ``resolve``: calendar arithmetic (values, day intervals); ``tense``: the clause's tense;
  ``context``: what a text has said so far (its DCT, the last date and quarter named).

The text is scanned once by one alternation of all rules, tried only where a word may start
an expression.

>>> [(t.text, t.value) for t in tag("Kerry will visit Moscow next week.", "2021-07-08")]
[('next week', '2021-W28')]
>>> [(d.text, str(d.start), str(d.end)) for d in find_dates("from July 12-15", "2021-07-08")]
[('from July 12-15', '2021-07-12', '2021-07-15')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from timeline.days import parse_day
from timeline.temporal import resolve as cal
from timeline.temporal.context import Context, is_narrative
from timeline.temporal.dates import in_year_bc_of, in_year_of
from timeline.temporal.lengths import weekly_hours
from timeline.temporal.model import DateMention, Timex
from timeline.temporal.patterns import MONTH, starts
from timeline.temporal.reading import in_name
from timeline.temporal.relative import day_beside
from timeline.temporal.resolve import Resolved
from timeline.temporal.rules import RULE_START_PATTERNS, RULE_STARTS, RULES

__all__ = ["DateMention", "Timex", "find_dates", "tag"]


def _whole_words(pattern: str) -> str:
    return rf"(?<!\w)(?:{pattern})(?!\w)"


_POSITION = {rule.name: i for i, rule in enumerate(RULES)}
_COMPILED = {rule.name: re.compile(_whole_words(rule.pattern), re.IGNORECASE) for rule in RULES}
# One alternation of every rule (inner groups made anonymous) scans the text once, tried
# only at word starts that may begin an expression; the rule that matched is then re-read
# with its own pattern to get its named groups.
_SCANNER = re.compile(
    rf"(?<!\w){starts(RULE_STARTS, RULE_START_PATTERNS)}(?:"
    + "|".join(
        f"(?P<{rule.name}>{re.sub(r'[(][?]P<[a-z0-9_]+>', '(?:', rule.pattern)})(?!\\w)"
        for rule in RULES
    )
    + ")",
    re.IGNORECASE,
)


_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


def _as_date(published: date | str | None) -> date | None:
    """The publication date from a date, an ISO string or any full date dateparser reads
    ("Thu, 08 Jul 2021 14:00:00 GMT", "8 juillet 2021")."""
    if published is None or published == "":
        return None
    day = parse_day(published)
    if day is None:
        raise ValueError(f"unreadable publication date {published!r}: give it as YYYY-MM-DD")
    return day


def tag(text: str, published: date | str | None) -> list[Timex]:
    """TIMEX3 expressions of ``text``, resolved against the publication date ``published``.

    ``published`` is a ``datetime.date``, an ISO string or another full date; with None,
    relative expressions keep X's in their value and no day interval.

        >>> tag("He arrived on Friday.", "2021-07-08")[0].value
        '2021-07-02'
    """
    dct = _as_date(published)
    ctx = Context(text, dct, is_narrative(text, dct))
    found: list[Timex] = []
    addresses = [url.span() for url in _URL.finditer(text)]
    position = 0
    while scanned := _SCANNER.search(text, position):
        if within := next((end for start, end in addresses if start <= scanned.start() < end), 0):
            position = within  # no dates in web addresses: ".../2021/01/27/executive-order"
            continue
        timexes, end = _timexes_at(scanned, ctx)
        found.extend(timexes)
        position = end
    dated = _overnight(text, _days_with_clocks(text, weekly_hours(text, _range_years(text, found))))
    return [_without_final_stop(text, timex) for timex in dated]


_TIME_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|until|till)\s*", re.IGNORECASE)
_DAY_TIME = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<clock>\d\d:\d\d)")


def _overnight(text: str, found: list[Timex]) -> list[Timex]:
    """A range of clock times that ends earlier than it starts ends the next day ("tonight
    from 11pm to 3am ET")."""
    ended = list(found)
    for i, (first, last) in enumerate(pairwise(found)):
        opening, closing = _DAY_TIME.fullmatch(first.value), _DAY_TIME.fullmatch(last.value)
        if (
            opening
            and closing
            and opening["day"] == closing["day"]
            and closing["clock"] < opening["clock"]
            and _TIME_RANGE_LINK.fullmatch(text, first.char_end, last.char_start)
            and last.start
        ):
            day = last.start + timedelta(1)
            ended[i + 1] = replace(
                last, value=f"{day.isoformat()}T{closing['clock']}", start=day, end=day
            )
    return ended


_DAY_CLOCK_LINK = re.compile(r"[ \t]+")
_RANGE_AFTER = re.compile(r"\s*(?:[-–—]|to\b|until\b|till\b)")
_CLOCK_VALUE = re.compile(r"T\d\d:\d\d$")


def _days_with_clocks(text: str, found: list[Timex]) -> list[Timex]:
    """A day and the clock time written right after it, as one TIME on that day ("Fri 9/12
    8:45", "Sat Feb 15 8:10 PM"); not "on Friday at 8:45", "Sun 1 October, 4pm" or the
    start of a range ("Tue Feb 11, 2025 2:30pm – 3:30pm")."""
    joined: list[Timex] = []
    for timex in found:
        day = joined[-1] if joined else None
        if (
            day
            and day.type == "DATE"
            and day.precision == "day"
            and not day.mod
            and timex.type == "TIME"
            and _CLOCK_VALUE.search(timex.value)
            and _DAY_CLOCK_LINK.fullmatch(text, day.char_end, timex.char_start)
            and not _RANGE_AFTER.match(text, timex.char_end)
        ):
            clock = timex.value[-6:]
            joined[-1] = replace(
                day,
                char_end=timex.char_end,
                text=text[day.char_start : timex.char_end],
                type="TIME",
                value=day.value + clock,
            )
        else:
            joined.append(timex)
    return joined


# A month or weekday abbreviated at the end of a sentence: its period ends the sentence
# ("Donations accepted until 28 Feb.", "by noon Fri."), as the blind writers all span it.
_ABBREVIATION_AT_END = re.compile(
    r"\b(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Weds?|Thu|Thurs?|Fri|Sat"
    r"|Sun)\.\Z"
)
_SENTENCE_NEXT = re.compile(r"\s*\Z|\s*\n|\s+(?:[A-Z\"“'(]|[^\w\s])")


def _without_final_stop(text: str, timex: Timex) -> Timex:
    """The timex without the sentence's period after an abbreviation that ends it."""
    if _ABBREVIATION_AT_END.search(timex.text) and _SENTENCE_NEXT.match(text, timex.char_end):
        return replace(timex, char_end=timex.char_end - 1, text=timex.text[:-1])
    return timex


def _timexes_at(scanned: re.Match, ctx: Context) -> tuple[list[Timex], int]:
    """The timexes of the first rule, from the one the scanner found on, that matches where
    the scan stopped, is not part of a name ("the Six-Day War") and whose handler accepts
    it, and where to scan on: after its timexes (after "2016" in "sentenced in 2016 to 12
    years"), or at the next word if all were rejected ("a decades-long": "decades-long")."""
    start = scanned.start()
    for rule in RULES[_POSITION[scanned.lastgroup] :]:
        match = _COMPILED[rule.name].match(ctx.text, start)
        if not match or in_name(match, ctx):
            continue
        try:
            found = day_beside(rule.handler(match, ctx), ctx)
        except (ValueError, OverflowError):  # calendar beyond years 1-9999: "3000 years ago"
            found = []
        if found:
            return found, max(found[-1].char_end, start + 1)
    return [], start + 1


_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*$", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"(?:\b(?:from|between)\s+)$", re.IGNORECASE)


_MONTH_NAME = re.compile(MONTH)
_YEAR_SAID = re.compile(r"\b\d{3,4}\b|['’]\d\d\b|\d\s+(?-i:BCE?|B\.C\.)")


def _range_years(text: str, found: list[Timex]) -> list[Timex]:
    """A range's opening month or day said without a year takes the year of its closing date
    ("from 12 March to 3 April 1999", "between March and May 1943", "from January to July
    332 BC")."""
    dated = list(found)
    for i, (first, second) in enumerate(pairwise(found)):
        if (
            first.type == "DATE"
            and _MONTH_NAME.search(first.text)
            and not _YEAR_SAID.search(first.text)
            and _YEAR_SAID.search(second.text)
            and _is_link(text, first, second)
        ):
            if second.start:
                dated[i] = in_year_of(first, second.start)
            elif second.value.startswith("BC"):
                dated[i] = in_year_bc_of(first, second.value)
    return dated


def find_dates(text: str, published: date | str | None) -> list[DateMention]:
    """Dated spans of ``text`` as day intervals, ranges merged ("from July 12-15": one mention).

    Only DATE/TIME expressions that resolve to calendar days are returned; without a
    publication date, relative ones are left out.

        >>> [str(d.start) for d in find_dates("Biden and Putin met in mid-June.", "2021-07-08")]
        ['2021-06-11']
    """
    dated = [
        t
        for t in _lengths_later(text, tag(text, published))
        if t.type in ("DATE", "TIME") and t.start
    ]
    mentions: list[DateMention] = []
    i = 0
    while i < len(dated):
        first = dated[i]
        second = dated[i + 1] if i + 1 < len(dated) else None
        if second and _is_range(text, first, second):
            mentions.append(_range_mention(text, first, second))
            i += 2
        else:
            mentions.append(_mention(first))
            i += 1
    return mentions


_LATER = re.compile(r"\s+(?P<dir>later|afterwards?|after\s+that|earlier|before\s+that)\b", re.I)
_LENGTH = re.compile(r"P(?P<n>\d+)(?P<unit>[DWMY])")
_DAYS_PER_UNIT = {"D": 1, "W": 7}


def _lengths_later(text: str, timexes: list[Timex]) -> list[Timex]:
    """Lengths of time said from the last date named ("22 June 1941 ... Two days later",
    "in 2009 ... three years later") as the dates they lead to, for the timeline: TimeML
    tags them as DURATIONs, the events they date need a day."""
    found: list[Timex] = []
    last: Timex | None = None
    for t in timexes:
        later = _LATER.match(text, t.char_end)
        length = _LENGTH.fullmatch(t.value)
        if t.type == "DURATION" and later and length and last:
            step = int(length["n"]) * (
                1 if later["dir"].lower().startswith(("later", "after")) else -1
            )
            if resolved := _step(last, length["unit"], step):
                t = Timex(
                    t.char_start,
                    later.end(),
                    text[t.char_start : later.end()],
                    "DATE",
                    resolved.value,
                    None,
                    resolved.start,
                    resolved.end,
                    resolved.precision,
                )
        if t.type == "DATE" and t.start:
            last = t
        found.append(t)
    return found


def _step(anchor: Timex, unit: str, step: int) -> Resolved | None:
    """The day, month or year ``step`` units of ``unit`` (D, W, M, Y) from ``anchor``, as
    fine as both allow ("two days later" needs a day named; "a year later" gives a year)."""
    if unit in _DAYS_PER_UNIT:
        if anchor.precision != "day":
            return None
        return cal.day(anchor.start + timedelta(step * _DAYS_PER_UNIT[unit]))
    if unit == "M":
        if anchor.precision not in ("day", "month"):
            return None
        return cal.month(*cal.add_months(anchor.start.year, anchor.start.month, step))
    return cal.year(anchor.start.year + step) if anchor.start.year == anchor.end.year else None


def _is_range(text: str, first: Timex, second: Timex) -> bool:
    return second.end >= first.start and _is_link(text, first, second)


def _is_link(text: str, first: Timex, second: Timex) -> bool:
    """Whether a range word joins two timexes ("to", "-"; "and" after "between")."""
    link = text[first.char_end : second.char_start]
    if not _RANGE_LINK.match(link):
        return False
    if link.strip().lower() == "and":
        return bool(_RANGE_OPENER.search(text, max(0, first.char_start - 10), first.char_start))
    return True


def _mention(t: Timex) -> DateMention:
    return DateMention(
        t.char_start, t.char_end, t.text, t.start, t.end, t.precision, t.value, t.mod
    )


# Precision of a range whose ends share a grain ("from June to August": months); other
# ranges are plain spans of days.
_RANGE_PRECISION = {
    "day": "days",
    "week": "weeks",
    "month": "months",
    "season": "seasons",
    "quarter": "quarters",
    "year": "years",
    "decade": "decades",
    "century": "centuries",
}


def _range_mention(text: str, first: Timex, second: Timex) -> DateMention:
    opener = _RANGE_OPENER.search(text, max(0, first.char_start - 10), first.char_start)
    start = opener.start() if opener else first.char_start
    same = first.precision == second.precision
    precision = _RANGE_PRECISION.get(first.precision, "days") if same else "days"
    if first.start == second.end:  # "from 9 a.m. to 5 p.m.": one day
        precision = "day"
    return DateMention(
        start,
        second.char_end,
        text[start : second.char_end],
        first.start,
        second.end,
        precision,
        f"{first.value}/{second.value}",
    )
