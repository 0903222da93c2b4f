"""Reading the groups of a rule's match: numbers, months, years, and the words around it."""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal import resolve as cal
from timeline.temporal.context import Context
from timeline.temporal.lexicon import MONTHS, UNITS
from timeline.temporal.model import Timex
from timeline.temporal.patterns import MONTH, WEEKDAY, spelled_year, unit_key
from timeline.temporal.resolve import Resolved


def lower(text: str) -> str:
    """Lowercase words with single spaces and no final period: "Sept." -> "sept"."""
    return re.sub(r"\s+", " ", text.lower().rstrip("."))


def month_number(text: str) -> int:
    """1-12 for a month name or abbreviation."""
    return MONTHS[lower(text)]


def day_number(text: str) -> int:
    """The number of a day of the month: "21st" -> 21."""
    return int(re.match(r"\d+", text).group())


def year_number(text: str, ctx: Context) -> int:
    """A year: "1998", "nineteen ninety-eight", or "'98" read in the DCT's century."""
    if not text[-1].isdigit():
        return spelled_year(text)
    digits = int(text.lstrip("'’"))
    if digits >= 100:
        return digits
    reference = ctx.dct.year if ctx.dct else 2000
    guess = reference // 100 * 100 + digits
    return guess if guess <= reference + 10 else guess - 100


def safe_date(y: int, mon: int, d: int) -> date | None:
    """The date, or None if there is no such day (February 30)."""
    try:
        return date(y, mon, d)
    except ValueError:
        return None


_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|to|through|during|before|after|between|and|or|"
    r"early|late|mid|last|next|this|that|each|every|end|beginning|for|on)[\s-]+)$",
    re.IGNORECASE,
)


def after_preposition(m: re.Match, ctx: Context) -> bool:
    """Whether the match follows a preposition or modifier ("in May", not "Theresa May")."""
    return bool(_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()))


_LATER_CAPITAL_WORD = re.compile(r"(?<=[\w.,-])[\s-]+(?-i:(?P<word>[A-Z][a-z]+))")
# A capitalized word after a name goes on with it, unless a month, a weekday or an event held
# on the day ("Christmas Eve Mass", "Easter Sunday Service").
_NAME_GOES_ON = re.compile(
    rf"['’]?\s+(?!{MONTH}|{WEEKDAY}|(?-i:Mass|Services?|Dinner|Lunch|Party|Market|Sale"
    r"|Concert|Fair|Vigil)\b)(?-i:[A-Z])"
)
_OPENING_QUOTE = re.compile(r"(?:``|''|[\"“‘])$")
_THE_BEFORE = re.compile(r"(?-i:\bthe)\s+$")
_CAPITAL_AFTER_THE = re.compile(r"(?-i:the\s+[A-Z])")


def continues_name(ctx: Context, at: int) -> bool:
    """Whether a capitalized word other than a month or weekday comes at ``at``: a name goes
    on ("Easter Island", "the Thirty Years' War")."""
    return bool(_NAME_GOES_ON.match(ctx.text, at))


def in_name(m: re.Match, ctx: Context) -> bool:
    """Whether the match is part of a name or title: a unit word capitalized after another
    word, with the name going on after it, in quotes or after "the" ("the Six-Day War", "the
    Thirty Years' War", "''60 Minutes''", "\"This Week With David Brinkley\"", "the Hundred
    Days")."""
    quoted = _OPENING_QUOTE.search(ctx.text, max(0, m.start() - 2), m.start())
    after_the = _CAPITAL_AFTER_THE.match(m[0]) or (
        _THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()) and m[0][:1].isupper()
    )
    for word in _LATER_CAPITAL_WORD.finditer(m[0]):
        if unit_key(word["word"]) in UNITS and (
            quoted or after_the or continues_name(ctx, m.start() + word.end())
        ):
            return True
    return False


_NAME_BEFORE = re.compile(r"(?:\b(?-i:[A-Z][a-z]+\.?)|\b(?i:a|an|the)|,)\s+$")
_NAME_AFTER = re.compile(rf"\s+(?!{MONTH}|{WEEKDAY})(?-i:[A-Z][a-z]+)\b")


def between_names(m: re.Match, ctx: Context) -> bool:
    """Whether the match sits in a name: a capitalized word, an article or a comma before it,
    a capitalized word after it ("Judge April Morgan", "a Tuesday Weld film", "the lead
    author, June Carter"); a preposition before it shows a date ("In April Congress voted")."""
    return (
        not after_preposition(m, ctx)
        and bool(_NAME_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()))
        and bool(_NAME_AFTER.match(ctx.text, m.end()))
    )


def followed_by(m: re.Match, ctx: Context, pattern: str) -> bool:
    """Whether the text right after the match starts with ``pattern``."""
    return bool(re.match(pattern, ctx.text[m.end() : m.end() + 20], re.IGNORECASE))


def nearest(candidates: list[Resolved], dct: date, tense: str | None, relative: int) -> Resolved:
    """The candidate period meant by a relative word or by the tense of the clause."""
    if relative < 0 or (tense == cal.PAST and not relative):
        before = [c for c in candidates if (c.end < dct if relative else c.start <= dct)]
        return before[-1] if before else candidates[0]
    if relative > 0 or tense == cal.FUTURE:
        after = [c for c in candidates if (c.start > dct if relative else c.end >= dct)]
        return after[0] if after else candidates[-1]
    return min(candidates, key=lambda c: abs((c.start - dct).days + (c.end - dct).days))


_EVERY_YEAR_BEFORE = re.compile(r"\b(?:(?:every|each)\s+year|annually)\s+on\s+\Z", re.IGNORECASE)


def calendar_day(
    ctx: Context, mon: int, d: int, y: int | None, span: tuple[int, int]
) -> Timex | None:
    """A month-day, its year given or chosen by the DCT and the tense of the clause, or the
    story's (a year BC too: "539 BC ... on 12 October"); none every year ("celebrated every
    year on 12 January")."""
    if y is None and _EVERY_YEAR_BEFORE.search(ctx.text, max(0, span[0] - 24), span[0]):
        return ctx.timex(span, "DATE", f"XXXX-{mon:02d}-{d:02d}")
    if y is None:
        y = ctx.year_for(mon, d, span)
    if y is None:
        if not 1 <= d <= cal.last_day(2000, mon):
            return None
        return ctx.timex(span, "DATE", ctx.in_story_bc(f"XXXX-{mon:02d}-{d:02d}"))
    found = safe_date(y, mon, d)
    return ctx.timex(span, "DATE", found.isoformat(), None, cal.day(found)) if found else None


def week_of_day(m: re.Match, ctx: Context, named: Timex | None) -> Timex:
    """The week of the day ``named`` (its weekend after "the weekend of"): "the week of March
    6", "the weekend of the 3rd"."""
    period, unresolved = (cal.weekend, "XXXX-WXX-WE") if m["weekend"] else (cal.week, "XXXX-WXX")
    day = named.start if named else None
    return ctx.date(m, period(day) if day else None, unresolved)
