"""What the rules know while tagging one text: the text, its DCT and what was said before."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import islice

from timeline.temporal import resolve as cal
from timeline.temporal.lexicon import ANAPHORIC_WORDS, DAY_WORDS, RELATIVE_WORDS
from timeline.temporal.model import Timex
from timeline.temporal.patterns import MONTH, WEEKDAY, YEAR, after_label, is_possessive, words
from timeline.temporal.resolve import Resolved
from timeline.temporal.tense import SHORT_TEXT, clause_tense

# Signs of news: words that count from the day of writing (weekdays but those of a full
# date such as "Sunday, 2 September 1666", "yesterday", "last week", "ago"), talk of what
# is to come ("will", "plans to") and a wire service's dateline ("WARSAW, February 26
# (Xinhua) --").
_FULL_DATE_AFTER = rf"(?!,?\s+(?:\d\d?\s+{MONTH}|{MONTH}\s+\d\d?,?)\s+\d{{4}})"
_NEWS_SIGNS = re.compile(
    rf"{WEEKDAY}{_FULL_DATE_AFTER}"
    rf"|\b(?:{words(DAY_WORDS)}|(?<!\bthe\s)(?:last|this|next)\s+(?:week|weekend|month|year)|ago"
    r"|will|won't|plans?\s+to|expected\s+to|scheduled)\b"
    r"|\((?-i:AP|Reuters|AFP|Xinhua|UPI|dpa|Bloomberg)\)",
    re.IGNORECASE,
)
_YEAR = re.compile(YEAR)
_ERA_YEAR = re.compile(
    r"\b(?:\d{1,4}\s+(?-i:BCE?|B\.C\.(?:E\.)?|AD|A\.D\.)(?!\w)|(?-i:AD|A\.D\.)\s+\d{1,4}\b)"
)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|its|his|her|their|our)|'s)\s+\Z", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+\w")


# A date in an aside does not move the story: a participle or relative clause after a comma
# ("Czechoslovakia, created in 1918 and ...", "Abiy, who won the prize in 2019, ...").
_ASIDE_BEFORE = re.compile(
    r"[,(]\s*(?:who|which|whose|(?:[a-z]+ly\s+)?[a-z]+(?:ed|en))\b[^,;.()]*\Z", re.IGNORECASE
)
_ASIDE_REACH = 80


def in_aside(text: str, start: int) -> bool:
    """Whether ``text[start]`` lies in an aside: a participle or relative clause opened by a
    comma ("Czechoslovakia, created in 1918 and ...")."""
    return bool(_ASIDE_BEFORE.search(text, max(0, start - _ASIDE_REACH), start))


# A date in the past perfect looks back from the story: "The invasion had been planned for
# 5 June" in a story of 6 June.
_FLASHBACK_BEFORE = re.compile(
    r"\bhad\s+(?:(?:not|already|never|just|also|long)\s+)*"
    r"(?!(?:the|a|an|his|her|its|their|this|that|these|those|no|to)\b)[a-z]+\b[^,;.()]*\Z",
    re.IGNORECASE,
)  # not "had the leader killed", "had to leave"


def in_flashback(text: str, start: int) -> bool:
    """Whether ``text[start]`` lies in a clause in the past perfect ("had been planned for")."""
    return bool(_FLASHBACK_BEFORE.search(text, max(0, start - _ASIDE_REACH), start))


def _story_years(text: str) -> list[int]:
    """The years of ``text`` that date its story, not those that name a thing ("the 1963
    treaty", "his 1987 Chevrolet": a determiner before the year and a word after it) and
    not numbers after a label ("Room 1215")."""
    return [
        int(found[0])
        for found in _YEAR.finditer(text)
        if not (
            _DETERMINER_BEFORE.search(text, max(0, found.start() - 8), found.start())
            and _WORD_AFTER.match(text, found.end())
        )
        and not after_label(text, found.start())
        and not in_aside(text, found.start())
    ]


def is_narrative(text: str, dct: date | None) -> bool:
    """Whether the text's dates follow its story rather than its DCT: it has no DCT, or it
    tells history rather than news, as an encyclopedia article with an access date: most of
    the years it names (BC and AD years count) are two or more years from its DCT, and its
    signs of news ("yesterday", "Friday", "last week", "will", a wire dateline) are none,
    or few against many such years or very old ones, a year counting more the older it is
    up to 30 years ("Historians today regard ...", "... 6 June 1944 ... Today, veterans"); a
    text as short as a notice needs a year 30 years old or two far years."""
    if dct is None:
        return True
    years = _story_years(text)
    eras = len(_ERA_YEAR.findall(text))
    distances = [abs(y - dct.year) for y in years if abs(y - dct.year) >= 2]
    if len(distances) + eras <= (len(years) + eras) / 2:
        return False
    weight = sum(min(3.0, distance / 10) for distance in distances) + 3 * eras
    if weight < 3 and len(text) <= SHORT_TEXT:
        return False  # an ad with a year not long past: "first registered 2009"
    allowed = int(weight // 3)  # signs of news the years outweigh
    signs = _NEWS_SIGNS.finditer(text)
    return next(islice(signs, allowed, None), None) is None


# How fine a precision is, for anchoring ("that day" needs a day named before).
_FINENESS = defaultdict(
    lambda: 3, {"day": 0, "week": 1, "weekend": 1, "month": 2, "part-of-month": 2}
)


_WEEKDAY_NAME = re.compile(WEEKDAY)


@dataclass
class Context:
    """The text being tagged and its document creation time (None: leave relative dates open).

    ``last_quarter`` is the latest ended quarter named, the anchor of "the quarter" or
    "a year earlier" in earnings reports; ``last_date`` the date most recently named, the
    anchor of "the following year" or "that day".
    """

    text: str
    dct: date | None
    narrative: bool = False  # see is_narrative: dates without year take the story's year
    last_quarter: Resolved | None = None
    last_date: Resolved | None = None
    last_date_start: int = -1
    last_date_end: int = -1
    last_day: Resolved | None = None  # the last date of day precision: "the following day"
    last_day_span: tuple[int, int] = (-1, -1)
    story_bc_year: int | None = None  # the year BC the story is at, if it is at one
    story_one_year: int | None = None  # the year of the last story date within one year
    last_one_year: int | None = None  # the same among all dates named

    def anchor(self, relative: str | None, precision: str = "year") -> date | None:
        """The date a relative word counts from: for "the following" or "that", the last date
        named if it is as fine as ``precision`` (its end for "the following": "the following
        spring" after "in 1941" is in 1942), else the DCT ("that day" after "in 1987": None);
        for other words the DCT."""
        word = re.sub(r"\s+", " ", relative.lower()) if relative else ""
        if word not in ANAPHORIC_WORDS or (
            word == "the next" and precision != "day" and not self.narrative
        ):
            return self.dct  # "the next day" follows the story, "the next year" the DCT in news
        named = self.last_day if precision == "day" else self.last_date
        if named and _FINENESS[named.precision] <= _FINENESS[precision]:
            return named.end if RELATIVE_WORDS[word] > 0 else named.start
        return None if word in ("that", "that same", "the same") else self.dct

    def year_for(self, mon: int, d: int | None, span: tuple[int, int]) -> int | None:
        """Year of a month or month-day said without one: the one the DCT and the tense point
        to; without DCT or in a narrative, the story's year (see ``story_year``)."""
        story = self.story_year() if self.narrative else None
        in_bc = self.narrative and self.story_bc_year
        if story is None and self.dct and not in_bc:
            return cal.year_for(self.dct, mon, d, self.tense(*span))
        return story

    def story_year(self) -> int | None:
        """The year of the last date named outside an aside that lies in one year or season
        (else of the last such date named anywhere): "In 1941 ... In June", "... in the
        summer", "... on Christmas Day"; "... in 1938. X, created in 1918, ... on 15
        September": 1938; "in the summer of 1858 ... in the 1840s ... In June": 1858. None
        before any: what a text without DCT is about."""
        return self.story_one_year or self.last_one_year

    def tense(self, start: int, end: int, day: bool = False) -> str | None:
        """Tense of the clause around ``text[start:end]``; ``day``: the expression names a
        day, which a sentence in the present schedules ("Britons vote on Thursday")."""
        return clause_tense(self.text, start, end, day)

    def timex(
        self,
        span: tuple[int, int] | re.Match,
        type_: str,
        value: str,
        mod: str | None = None,
        resolved: Resolved | None = None,
    ) -> Timex:
        """A Timex over ``span`` (a match or (start, end); trailing blanks trimmed)."""
        start, end = span.span() if isinstance(span, re.Match) else span
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if resolved and type_ in ("DATE", "TIME"):
            self._name(resolved, start, end)
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

    def _name(self, resolved: Resolved, start: int, end: int) -> None:
        """Remember a date named at ``text[start:end]``: as the last date named; as the day
        the story is at, unless in a flashback ("had been planned for 5 June") once the story
        has a day; as the story's year, unless in an aside or a flashback."""
        self.last_date, self.last_date_start, self.last_date_end = resolved, start, end
        flashback = in_flashback(self.text, start)
        # a weekday that names an event is not the day the story is at: "Thursday's election"
        event_day = _WEEKDAY_NAME.fullmatch(self.text, start, end) and is_possessive(self.text, end)
        if resolved.precision == "day" and not (flashback and self.last_day) and not event_day:
            self.last_day, self.last_day_span = resolved, (start, end)
        one_year = resolved.start.year == resolved.end.year or resolved.precision == "season"
        year = resolved.start.year if one_year else None  # a winter is its December's year
        self.last_one_year = year or self.last_one_year
        if not (flashback or in_aside(self.text, start)):
            self.story_bc_year = None
            self.story_one_year = year or self.story_one_year

    def name_year_bc(self, year: int) -> None:
        """Remember that the story is in ``year`` BC ("in the spring of 334 BC")."""
        self.story_bc_year, self.story_one_year, self.last_one_year = year, None, None

    def in_story_bc(self, unresolved: str) -> str:
        """An unresolved value ("XXXX-05") put in the story's year BC, in history that is at
        one ("334 BC ... That May": "BC0334-05"); else as it is."""
        if self.narrative and self.story_bc_year and unresolved.startswith("XXXX"):
            return f"BC{self.story_bc_year:04d}{unresolved[4:]}"
        return unresolved

    def date(
        self,
        span: tuple[int, int] | re.Match,
        resolved: Resolved | None,
        unresolved: str,
        mod: str | None = None,
    ) -> Timex:
        """A DATE valued ``resolved`` (narrowed to its early/mid/late part) or ``unresolved``."""
        if resolved and mod in ("START", "MID", "END"):
            resolved = cal.part(resolved, mod)
        value = resolved.value if resolved else unresolved
        return self.timex(span, "DATE", value, mod, resolved)

    def time(
        self,
        span: tuple[int, int] | re.Match,
        day: Resolved | None,
        clock: str,
        mod: str | None = None,
    ) -> Timex:
        """A TIME at ``clock`` ("15:30", "NI") on ``day``, or on an unknown day."""
        day_value = day.value if day else "XXXX-XX-XX"
        return self.timex(span, "TIME", f"{day_value}T{clock}", mod, day)
