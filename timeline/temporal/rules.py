"""The rules of the tagger: one pattern and one small handler per family of expressions.

A handler reads the named groups of its match and returns the timexes found (a range such as
"July 12-15" gives two, as in TimeML), or nothing to reject the match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from timeline.temporal import resolve as cal
from timeline.temporal.lexicon import (
    DAY_WORDS,
    MONTHS,
    PARTS_OF_DAY,
    REFERENCE_WORDS,
    SEASONS,
    UNIT_SCALE,
    UNITS,
    WEEKDAYS,
)
from timeline.temporal.model import Timex
from timeline.temporal.patterns import (
    DAY,
    DAY_WORD,
    DURATION_MOD,
    MONTH,
    NUMBER,
    ORDINAL,
    PART,
    PART_OF_DAY,
    REFERENCE,
    RELATIVE,
    SEASON,
    SHORT_YEAR,
    UNIT_PLURAL,
    VAGUE,
    WEEKDAY,
    YEAR,
    mod_of,
    number_value,
    ordinal_value,
    relative_value,
    unit_key,
)
from timeline.temporal.resolve import Resolved
from timeline.temporal.tense import clause_tense


@dataclass
class Context:
    """The text being tagged and its document creation time (None: leave relative dates open)."""

    text: str
    dct: date | None

    def tense(self, start: int, end: int) -> str | None:
        """Tense of the clause around ``text[start:end]``."""
        return clause_tense(self.text, start, end)

    def timex(
        self,
        start: int,
        end: int,
        type_: str,
        value: str,
        mod: str | None = None,
        resolved: Resolved | None = None,
    ) -> Timex:
        """A Timex over ``text[start:end]`` (trailing blanks trimmed)."""
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Timex(
            start,
            end,
            self.text[start:end],
            type_,
            value,
            mod,
            resolved.start if resolved else None,
            resolved.end if resolved else None,
            resolved.precision if resolved else None,
        )

    def date_timex(
        self, m: re.Match, resolved: Resolved | None, unresolved: str, mod: str | None = None
    ) -> Timex:
        """A DATE over the whole match, valued ``resolved`` or ``unresolved`` without DCT."""
        if resolved and mod in ("START", "MID", "END"):
            resolved = cal.part(resolved, mod)
        value = resolved.value if resolved else unresolved
        return self.timex(m.start(), m.end(), "DATE", value, mod, resolved)


Handler = Callable[[re.Match, Context], list[Timex]]


@dataclass(frozen=True)
class Rule:
    """A named pattern and the handler that turns its matches into timexes."""

    name: str
    pattern: str
    handler: Handler


def _group(m: re.Match, name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _lower(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().rstrip("."))


def _month(text: str) -> int:
    return MONTHS[_lower(text)]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _year(text: str, ctx: Context) -> int:
    """A four-digit year, or a two-digit one ("'98") read in the DCT's century."""
    digits = int(text.lstrip("'"))
    if digits >= 100:
        return digits
    reference = ctx.dct.year if ctx.dct else 2000
    guess = reference // 100 * 100 + digits
    return guess if guess <= reference + 10 else guess - 100


def _safe_date(y: int, mon: int, d: int) -> date | None:
    try:
        return date(y, mon, d)
    except ValueError:
        return None


# --- explicit calendar dates -------------------------------------------------------------


def _iso(m: re.Match, ctx: Context) -> list[Timex]:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return []
    if m["H"]:
        return [ctx.timex(m.start(), m.end(), "TIME", f"{d}T{m['H']}:{m['M']}", None, cal.day(d))]
    return [ctx.timex(m.start(), m.end(), "DATE", d.isoformat(), None, cal.day(d))]


def _numeric(m: re.Match, ctx: Context) -> list[Timex]:
    d = _safe_date(_year(m["y"], ctx), int(m["m"]), int(m["d"]))
    return [ctx.timex(m.start(), m.end(), "DATE", d.isoformat(), None, cal.day(d))] if d else []


def _calendar_day(
    ctx: Context, mon: int, d: int, y: int | None, at: tuple[int, int]
) -> Timex | None:
    """A month-day, its year given or chosen by the DCT and the tense of the clause."""
    if y is None and ctx.dct is None:
        if not 1 <= d <= cal.last_day(2000, mon):
            return None
        return ctx.timex(*at, "DATE", f"XXXX-{mon:02d}-{d:02d}")
    if y is None:
        y = cal.year_for(ctx.dct, (mon, d), (ctx.dct.month, ctx.dct.day), ctx.tense(*at))
    found = _safe_date(y, mon, d)
    return ctx.timex(*at, "DATE", found.isoformat(), None, cal.day(found)) if found else None


def _month_day(m: re.Match, ctx: Context) -> list[Timex]:
    """ "July 12", "Friday, Oct. 23, 1998", "12 July", ranges "July 12-15", "12-15 July"."""
    mon = _month(m["mon"])
    y = _year(m["y"], ctx) if m["y"] else None
    second = _group(m, "d2")
    if not second:
        found = _calendar_day(ctx, mon, _day(m["d"]), y, (m.start(), m.end()))
        return [found] if found else []
    mon2 = _month(m["mon2"]) if _group(m, "mon2") else mon
    if m.start("d") < m.start("mon"):  # day first: "12-15 July 2021"
        first_at, second_at = (m.start(), m.end("d")), (m.start("d2"), m.end())
    else:
        first_at = (m.start(), m.end("d"))
        second_at = (m.start("mon2") if _group(m, "mon2") else m.start("d2"), m.end())
    found = [
        _calendar_day(ctx, mon, _day(m["d"]), y, first_at),
        _calendar_day(ctx, mon2, _day(m["d2"]), y, second_at),
    ]
    return [t for t in found if t]


def _month_year(m: re.Match, ctx: Context) -> list[Timex]:
    resolved = cal.month(_year(m["y"], ctx), _month(m["mon"]))
    return [ctx.date_timex(m, resolved, resolved.value, mod_of(m["part"]))]


_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|to|through|during|before|after|between|and|or|"
    r"early|late|mid|last|next|this|that|each|every|late|end|beginning|for)[\s-]+)$",
    re.IGNORECASE,
)


def _after_preposition(m: re.Match, ctx: Context) -> bool:
    """Whether the match follows a preposition or modifier ("in May", not "Theresa May")."""
    return bool(_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()))


def _month_alone(m: re.Match, ctx: Context) -> list[Timex]:
    """ "April", "mid-June", "last April", "early this month" is elsewhere."""
    mon = _month(m["mon"])
    relative = relative_value(m["rel"])
    if m["mon"].lower() == "may" and not (m["part"] or m["rel"] or _after_preposition(m, ctx)):
        return []
    resolved = None
    if ctx.dct:
        if m["rel"] and relative < 0:
            y = ctx.dct.year if mon < ctx.dct.month else ctx.dct.year - 1
        elif m["rel"] and relative > 0:
            y = ctx.dct.year if mon > ctx.dct.month else ctx.dct.year + 1
        elif m["rel"]:
            y = ctx.dct.year
        else:
            y = cal.year_for(ctx.dct, (mon,), (ctx.dct.month,), ctx.tense(m.start(), m.end()))
        resolved = cal.month(y, mon)
    return [ctx.date_timex(m, resolved, f"XXXX-{mon:02d}", mod_of(m["part"]))]


# --- seasons, quarters, halves, years, decades ----------------------------------------------


def _nearest(candidates: list[Resolved], dct: date, tense: str | None, relative: int) -> Resolved:
    """The candidate period meant by a relative word or by the tense of the clause."""
    if relative < 0 or (tense == cal.PAST and not relative):
        before = [c for c in candidates if (c.end < dct if relative else c.start <= dct)]
        return before[-1] if before else candidates[0]
    if relative > 0 or tense == cal.FUTURE:
        after = [c for c in candidates if (c.start > dct if relative else c.end >= dct)]
        return after[0] if after else candidates[-1]
    return min(candidates, key=lambda c: abs((c.start - dct).days + (c.end - dct).days))


def _season(m: re.Match, ctx: Context) -> list[Timex]:
    code = SEASONS[m["season"].lower()]
    explicit = m["y"] or m["rel"] or m["part"] or m["the"]
    if not explicit and not _after_preposition(m, ctx):
        return []
    if m["y"]:
        resolved = cal.season(_year(m["y"], ctx), code)
    elif ctx.dct:
        candidates = [cal.season(ctx.dct.year + k, code) for k in (-2, -1, 0, 1)]
        tense = ctx.tense(m.start(), m.end())
        if m["rel"] and not relative_value(m["rel"]):  # "this winter": the current or next one
            tense = tense if tense == cal.PAST else cal.FUTURE
        resolved = _nearest(candidates, ctx.dct, tense, relative_value(m["rel"]))
    else:
        resolved = None
    return [ctx.date_timex(m, resolved, f"XXXX-{code}", mod_of(m["part"]))]


def _quarter(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the third quarter", "third-quarter", "the first half of 1998", "fiscal 1989's Q3"."""
    count = ordinal_value(m["ord"])
    unit = m["unit"].lower()
    parts = 2 if unit == "half" else 4
    index = parts if count == -1 else count
    if not 1 <= index <= parts:
        return []
    make = cal.half if parts == 2 else cal.quarter
    y_text = m["y"] or m["y2"]
    if y_text:
        resolved = make(_year(y_text, ctx), index)
    elif ctx.dct:
        candidates = [make(ctx.dct.year + k, index) for k in (-1, 0, 1)]
        relative = relative_value(m["rel"]) if m["rel"] else 0
        if m["yrel"]:
            relative = -1 if m["yrel"].lower().startswith("last") else 0
            candidates = [make(ctx.dct.year + relative, index)]
        tense = ctx.tense(m.start(), m.end()) or cal.PAST
        resolved = _nearest(candidates, ctx.dct, tense, 0)
    else:
        resolved = None
    letter = "H" if parts == 2 else "Q"
    return [ctx.date_timex(m, resolved, f"XXXX-{letter}{index}")]


def _year_expression(m: re.Match, ctx: Context) -> list[Timex]:
    """ "1998", "fiscal 1989", "early 1990", "post-1959", ranges "1990-95"."""
    y = _year(m["y"], ctx)
    mod = mod_of(m["part"]) or {"post": "AFTER", "pre": "BEFORE"}.get((m["prepost"] or "").lower())
    if not m["y2"]:
        return [ctx.date_timex(m, cal.year(y), str(y), mod)]
    y2_text = m["y2"]
    y2 = int(y2_text) if len(y2_text) == 4 else y // 100 * 100 + int(y2_text)
    if y2 <= y:
        return []
    first = ctx.timex(m.start(), m.end("y"), "DATE", str(y), mod, cal.year(y))
    return [first, ctx.timex(m.start("y2"), m.end(), "DATE", str(y2), None, cal.year(y2))]


def _decade(m: re.Match, ctx: Context) -> list[Timex]:
    digits = m["dec"].lstrip("'")[:-1]
    first = int(digits) if len(digits) == 4 else _year(digits, ctx) // 10 * 10
    resolved = cal.decade(first)
    return [ctx.date_timex(m, resolved, resolved.value, mod_of(m["part"]))]


def _century(m: re.Match, ctx: Context) -> list[Timex]:
    number = ordinal_value(m["ord"]) if not m["ord"][0].isdigit() else _day(m["ord"])
    if number < 1:
        return []
    resolved = cal.century(number)
    return [ctx.date_timex(m, resolved, resolved.value, mod_of(m["part"]))]


# --- expressions relative to the DCT -------------------------------------------------------

_GRAIN = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "quarter": "Q", "day": "D"}
_GRAIN |= {"decade": "DE", "century": "CE"}


def _relative_unit(m: re.Match, ctx: Context) -> list[Timex]:
    """ "next week", "last month", "this year", "earlier this year", "the coming weekend"."""
    grain = _GRAIN[m["unit"].lower()]
    part = (m["part"] or "").lower()
    mod = {"earlier": "START", "later": "END"}.get(part) or mod_of(part)
    resolved = cal.shift(ctx.dct, grain, relative_value(m["rel"])) if ctx.dct else None
    return [ctx.date_timex(m, resolved, cal.unresolved(grain), mod)]


def _ago(m: re.Match, ctx: Context) -> list[Timex]:
    """ "two weeks ago", "a year earlier", "three days from now": a date at the unit's grain."""
    unit = unit_key(m["unit"])
    letter, is_time = UNITS[unit]
    amount = number_value(m["n"])
    direction = 1 if m["dir"].lower() in ("later", "from now", "hence") else -1
    if amount is None:
        value = "FUTURE_REF" if direction > 0 else "PAST_REF"
        return [ctx.timex(m.start(), m.end(), "DATE", value)]
    if is_time:
        letter = "D"
        amount = 0 if unit != "hour" or amount < 24 else amount // 24
    scale_letter, scale = UNIT_SCALE.get(unit, (letter, 1))
    if letter == "DE":
        scale_letter, scale = "Y", 10
    resolved = None
    if ctx.dct:
        resolved = cal.shift(ctx.dct, scale_letter, direction * round(amount * scale))
    return [
        ctx.timex(
            m.start(),
            m.end(),
            "DATE",
            resolved.value if resolved else cal.unresolved(scale_letter),
            mod_of(m["mod"]),
            resolved,
        )
    ]


def _day_word(m: re.Match, ctx: Context) -> list[Timex]:
    """ "today", "yesterday", "tomorrow morning", "tonight", "late yesterday", "last night"."""
    word = _lower(m["dw"])
    pod = m["pod"]
    offset = DAY_WORDS.get(word, -1 if word == "last" else 0)
    if word == "tonight":
        pod = "night"
    part = (m["part"] or "").lower()
    mod = {"earlier": "START", "later": "END"}.get(part) or mod_of(part)
    resolved = cal.day(ctx.dct + timedelta(offset)) if ctx.dct else None
    day_value = resolved.value if resolved else "XXXX-XX-XX"
    if pod:
        return [
            ctx.timex(
                m.start(),
                m.end(),
                "TIME",
                f"{day_value}T{PARTS_OF_DAY[pod.lower()]}",
                mod,
                resolved,
            )
        ]
    return [ctx.timex(m.start(), m.end(), "DATE", day_value, mod, resolved)]


def _weekday(m: re.Match, ctx: Context) -> list[Timex]:
    """ "Friday", "last Tuesday", "next Monday morning", "late Tuesday"."""
    weekday = WEEKDAYS[_lower(m["wd"])]
    part = (m["part"] or "").lower()
    mod = mod_of(part)
    resolved = None
    if ctx.dct:
        tense = ctx.tense(m.start(), m.end())
        resolved = cal.day(cal.weekday_near(ctx.dct, weekday, tense, relative_value(m["rel"])))
    day_value = resolved.value if resolved else f"XXXX-WXX-{weekday}"
    if m["pod"]:
        value = f"{day_value}T{PARTS_OF_DAY[m['pod'].lower()]}"
        return [ctx.timex(m.start(), m.end(), "TIME", value, mod, resolved)]
    return [ctx.timex(m.start(), m.end(), "DATE", day_value, mod, resolved)]


def _clock(m: re.Match, ctx: Context) -> list[Timex]:
    """ "10:30 a.m.", "3 p.m. EST", "noon", "14:05": a TIME on the DCT's day (or the named day)."""
    if m["named"]:
        hour, minute = (12, 0) if m["named"].lower() in ("noon", "midday") else (0, 0)
    else:
        hour, minute = int(m["h"]), int(m["min"] or 0)
        meridian = (m["ap"] or m["ap1"] or "").lower()
        if meridian.startswith("p") and hour < 12:
            hour += 12
        elif meridian.startswith("a") and hour == 12:
            hour = 0
        if hour > 23:
            return []
    resolved = None
    if ctx.dct:
        day_ = ctx.dct
        if m["cwd"]:
            tense = ctx.tense(m.start(), m.end())
            day_ = cal.weekday_near(ctx.dct, WEEKDAYS[_lower(m["cwd"])], tense)
        elif m["cdw"]:
            day_ = ctx.dct + timedelta(DAY_WORDS[_lower(m["cdw"])])
        resolved = cal.day(day_)
    day_value = resolved.value if resolved else "XXXX-XX-XX"
    return [
        ctx.timex(
            m.start(), m.end(), "TIME", f"{day_value}T{hour:02d}:{minute:02d}", None, resolved
        )
    ]


# --- durations, sets and references --------------------------------------------------------


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration for ``amount`` ``unit``s: (3, "year") -> "P3Y", (None, "hour") -> "PTXH"."""
    letter, is_time = UNITS[unit]
    scale_letter, scale = UNIT_SCALE.get(unit, (letter, 1))
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{scale_letter}"
    amount *= scale
    if amount != int(amount):
        smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "W": ("D", 7), "M": ("D", 30)}
        if scale_letter in smaller:
            sub_letter, factor = smaller[scale_letter]
            whole = int(amount)
            rest = round((amount - whole) * factor)
            head = f"{whole}{scale_letter}" if whole else ""
            sep = "T" if sub_letter == "H" and not is_time else ""
            return f"{prefix}{head}{sep}{rest}{sub_letter}"
    return f"{prefix}{int(amount)}{scale_letter}"


def _duration(m: re.Match, ctx: Context) -> list[Timex]:
    """ "three years", "the past three years", "five-year", "24 hours", "about a week"."""
    unit = unit_key(m["unit"])
    if unit == "weekend":
        return []
    n_text = m["n"]
    if n_text.lower() == "recent" and not m["mod"]:
        return [ctx.timex(m.start(), m.end(), "DATE", "PAST_REF")]
    amount = number_value(n_text)
    plural = m["unit"].lower().endswith("s")
    if amount is not None and amount > 1 and not plural and not m["hyphen"]:
        return []
    return [
        ctx.timex(m.start(), m.end(), "DURATION", duration_value(amount, unit), mod_of(m["mod"]))
    ]


def _bare_duration(m: re.Match, ctx: Context) -> list[Timex]:
    """ "for years", "for months": vague durations."""
    return [ctx.timex(m.start(), m.end(), "DURATION", duration_value(None, unit_key(m["unit"])))]


_SET_ADVERBS = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month"}
_SET_ADVERBS |= {"yearly": "year", "annually": "year", "quarterly": "quarter", "hourly": "hour"}


def _set(m: re.Match, ctx: Context) -> list[Timex]:
    """ "every day", "each year", "daily", "every Monday", "twice a year" ("a year")."""
    if m["adv"]:
        return [
            ctx.timex(m.start(), m.end(), "SET", duration_value(1, _SET_ADVERBS[m["adv"].lower()]))
        ]
    if m["swd"]:
        value = f"XXXX-WXX-{WEEKDAYS[_lower(m['swd'])]}"
        return [ctx.timex(m.start(), m.end(), "SET", value)]
    amount = number_value(m["sn"]) if m["sn"] else 1
    start = m.start("per") if m["per"] else m.start()
    return [ctx.timex(start, m.end(), "SET", duration_value(amount, unit_key(m["sunit"])))]


def _reference(m: re.Match, ctx: Context) -> list[Timex]:
    return [ctx.timex(m.start(), m.end(), "DATE", REFERENCE_WORDS[_lower(m["ref"])])]


# --- the rule table (order matters: at one position the first rule that matches wins) ------

_RANGE = r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*"
_MERIDIAN = r"[ap]\.\s?m\.|[ap]m(?!\w)|[ap]\.m(?!\w)"
_YEAR_ANY = rf"(?:{YEAR}|{SHORT_YEAR})"

RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T\s](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::\d\d(?:\.\d+)?)?)?(?![\d-])",
        _iso,
    ),
    Rule(
        "numeric",
        r"(?<![\d/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d\d)(?![\d/])",
        _numeric,
    ),
    Rule(
        "month_day",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<mon>{MONTH})\s*(?P<d>{DAY})"
        rf"(?:{_RANGE}(?:(?P<mon2>{MONTH})\s*)?(?P<d2>{DAY}))?(?:,?\s*(?P<y>{_YEAR_ANY}))?",
        _month_day,
    ),
    Rule(
        "day_month",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:{_RANGE}(?P<d2>{DAY}))?"
        rf"\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s*(?P<y>{_YEAR_ANY}))?",
        _month_day,
    ),
    Rule(
        "month_year",
        rf"(?:(?P<part>{PART})\s*)?(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR_ANY})",
        _month_year,
    ),
    Rule(
        "month",
        rf"(?:(?P<part>{PART})\s*|(?P<rel>{RELATIVE})\s+)?(?P<mon>{MONTH})",
        _month_alone,
    ),
    Rule(
        "quarter",
        rf"(?:the\s+)?(?:(?P<rel>{RELATIVE})\s+|(?P<yrel>this\s+year's|last\s+year's)\s+)?"
        rf"(?:fiscal\s+)?(?P<ord>{ORDINAL})[\s-]+(?:fiscal\s+)?(?P<unit>quarter|half)"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?:the\s+year\s+)?(?P<y>{YEAR})|,?\s+(?P<y2>{YEAR}))?",
        _quarter,
    ),
    Rule(
        "season",
        rf"(?:(?P<part>{PART})\s*)?(?:(?P<the>the)\s+)?(?:(?P<rel>{RELATIVE})\s+)?"
        rf"(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
        _season,
    ),
    Rule(
        "decade",
        rf"(?:the\s+)?(?:(?P<part>{PART})\s*)?(?P<dec>(?:1[0-9]|20)\d0'?s|'\d0s)",
        _decade,
    ),
    Rule(
        "century",
        rf"(?:the\s+)?(?:(?P<part>{PART})\s*)?(?P<ord>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+century",
        _century,
    ),
    Rule(
        "year",
        rf"(?:(?P<part>{PART})\s*|(?:fiscal|calendar)(?:\s+year)?\s+|(?:the\s+)?year\s+"
        rf"|(?P<prepost>post|pre)-)?(?P<y>{YEAR})(?:(?:\s*[-–]\s*|\s+to\s+)(?P<y2>{YEAR}|\d\d(?!\d)))?",
        _year_expression,
    ),
    Rule(
        "clock",
        rf"(?:(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d)(?::[0-5]\d)?(?:\s*(?P<ap>{_MERIDIAN}))?"
        rf"|\s*(?P<ap1>{_MERIDIAN}))|(?P<named>noon|midnight|midday))"
        r"(?:\s+(?:[ECMP][SD]T|GMT|UTC)(?!\w))?"
        rf"(?:\s+(?:(?P<cwd>{WEEKDAY})|(?P<cdw>today|yesterday|tomorrow)))?",
        _clock,
    ),
    Rule(
        "ago",
        rf"(?:(?P<mod>{DURATION_MOD})\s+)?(?P<n>{NUMBER}|{VAGUE})[\s-]+(?P<unit>{UNIT_PLURAL})\s+"
        r"(?P<dir>ago|earlier|later|from\s+now|hence)",
        _ago,
    ),
    Rule(
        "relative_unit",
        rf"(?:(?P<part>{PART}|earlier|later)\s*)?(?P<rel>{RELATIVE})\s+"
        r"(?P<unit>week|weekend|month|year|quarter|decade|century)(?!\w)",
        _relative_unit,
    ),
    Rule(
        "day_word",
        rf"(?:(?P<part>{PART}|earlier|later)\s*)?"
        rf"(?P<dw>{DAY_WORD}|(?:this|last)(?=\s+{PART_OF_DAY}))(?:\s+(?P<pod>{PART_OF_DAY}))?",
        _day_word,
    ),
    Rule(
        "weekday",
        rf"(?:(?P<part>{PART})\s*)?(?:(?P<rel>{RELATIVE})\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?P<pod>{PART_OF_DAY}))?",
        _weekday,
    ),
    Rule(
        "set",
        rf"(?:(?P<adv>daily|nightly|weekly|monthly|yearly|annually|quarterly|hourly)"
        rf"|(?:every|each)\s+(?P<swd>{WEEKDAY})"
        rf"|(?:(?:once|twice|{NUMBER}\s+times)\s+(?P<per>a|an|per)|every|each|per)\s+"
        rf"(?:(?P<sn>{NUMBER})\s+)?(?P<sunit>{UNIT_PLURAL}))(?!\w)",
        _set,
    ),
    Rule(
        "duration",
        rf"(?:(?P<mod>{DURATION_MOD})\s+)?(?:(?:the|these|those)\s+)?"
        r"(?:(?:past|last|next|first|coming|previous|following|final|latest)\s+)?"
        rf"(?P<n>{NUMBER}|{VAGUE})(?:(?P<hyphen>-)|\s+)(?P<unit>{UNIT_PLURAL})(?!\w)",
        _duration,
    ),
    Rule(
        "bare_duration",
        r"(?<=\bfor\s)(?P<unit>years|months|weeks|days|decades|hours)",
        _bare_duration,
    ),
    Rule("reference", rf"(?P<ref>{REFERENCE})", _reference),
)
