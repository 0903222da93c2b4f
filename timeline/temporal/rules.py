"""The rules of the tagger: one pattern and one small handler per family of expressions.

A handler reads the named groups of its match and returns the timexes found (a range such as
"July 12-15" gives two, as in TimeML), or nothing to reject the match. Order matters: where
several rules match at one position, the first in ``RULES`` wins, so longer and more specific
patterns come first ("Friday, Oct. 23" before "Friday", "a year ago" before "a year"); when
a handler rejects its match, the next rules are tried at the same place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.temporal import dates, lengths, quarters, relative
from timeline.temporal.context import Context
from timeline.temporal.lexicon import COUNT_QUALIFIERS, DAY_WORDS, NAMED_DAYS, WEEKDAYS
from timeline.temporal.model import Timex
from timeline.temporal.patterns import (
    APOSTROPHE,
    DAY,
    DAY_WORD,
    DECADE_WORD,
    DURATION_MOD,
    FREQUENCY_ADVERB,
    HOLIDAY,
    MONTH,
    MONTH_IN_DATE,
    NUMBER,
    ORDINAL,
    PART,
    PART_OF_DAY,
    REFERENCE,
    RELATIVE,
    SEASON,
    SHORT_YEAR,
    SPELLED_YEAR,
    UNIT_PLURAL,
    VAGUE,
    WEEKDAY,
    WEEKDAY_ANY_CASE,
    WEEKDAY_BEFORE_NUMBER,
    WEEKDAY_IN_DATE,
    WEEKDAY_SHORT,
    WEEKDAYS_PLURAL,
    YEAR,
    after_words,
    words,
)

Handler = Callable[[re.Match, Context], list[Timex]]


@dataclass(frozen=True)
class Rule:
    """A named pattern and the handler that turns its matches into timexes."""

    name: str
    pattern: str
    handler: Handler


_RANGE = r"\s*(?:-|–|—|&|to|through|thru|until|till|and)\s*"
_THE = r"(?:the\s+)?"  # after a part: "the end of the 1990s"
_ZONE = (
    r"(?-i:[ECMP][SD]?T|GMT|UTC|BST|CES?T|MSK|EES?T|WES?T|WAT|EAT|CAT|SAST|IST|JST|KST|HKT"
    r"|SGT|PKT|WIB|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|AKST|AKDT|HST|AST|ADT|ART|BRT)(?!\w)"
)
# The minutes of "0900 GMT", "(0735 GMT)".
_HHMM = rf"(?<=\d\d)(?P<hhmm>[0-5]\d)(?=\s+{_ZONE})"
_MERIDIAN = r"[ap]\.\s?m\.|[ap]m(?!\w)|[ap]\.m(?!\w)"
_YEAR_ANY = rf"(?:{YEAR}|{SHORT_YEAR}|{SPELLED_YEAR})"
_CENTURY_ORDINAL = rf"(?:{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))"
# The year after a quarter code: "Q3 2021", "Q3-21", "Q3 '21", "2Q21".
_CODE_YEAR = rf"(?:(?:\s+(?-i:FY)\s?|\s+|-|\s*'|(?<=\d[QH]))(?P<y>{YEAR}|\d\d(?!\d)))?"
# Words for the year of the story: "26 October of that year", "May of the following year".
_STORY_YEAR_WORDS = r"that(?:\s+same)?|the\s+(?:same|following|previous)"
# The bare hour that ends a range of clock times: "8:30-10".
_RANGE_END_HOUR = r"(?<=\d:[0-5]\d[-–]\d)(?![\d:])|(?<=\d:[0-5]\d[-–][01]\d)(?![\d:])"
_AM_PM = r"(?-i:AM|PM|am|pm)\b"  # "this AM": this morning
# A month abbreviated without its period after a preposition: "back home in Aug".
_MONTH_ABBREVIATION = (
    after_words("in", "by", "until", "since", "through", "end of", "start of")
    + r"(?-i:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\w.'’-])"
)
_ERA_WORD = r"(?-i:BCE|BC|B\.C\.E\.|B\.C\.|AD|A\.D\.|CE|C\.E\.)"
_ERA = rf"(?P<era>{_ERA_WORD})"
# A year of three digits where a clause goes on after it ("in 755, ...", "in 755 the ..."),
# not a count ("in 755 cases"); after a month also before a preposition ("December 755 by").
_EARLY_YEAR_NEXT = (
    r"to|and|or|until|when|after|before|the|a|an|he|she|it|they|his|her|its|their|this|that"
    r"|these"
)
# ... or before another lowercase word that is no plural, count noun or preposition ("in
# 870 most of it", not "in 300 cases", "in 500 people", "by 900 in 2020").
_NOT_AFTER_COUNT = (
    r"(?!(?:people|men|women|children|police|staff|cattle|sheep|personnel|feet|percent|per|more"
    r"|less|of|times|million|billion|thousand|hundred|in|at|on|by|from)\b)"
    r"(?![a-z]*[b-hj-rtv-z]s\b)"  # a plural: "cases", not "was", "this", "plus"
)
_EARLY_YEAR = (
    r"(?P<y>[1-9]\d\d)(?![\d,.]\d)"
    rf"(?=\s*(?:[,.;:)]|$)|\s+(?:{_EARLY_YEAR_NEXT})\b|\s+(?-i:[A-Z])"
    rf"|\s+{_NOT_AFTER_COUNT}(?-i:[a-z]+)\b)"
)
_MONTH_EARLY_YEAR = (
    rf"(?P<y>[1-9]\d\d)(?![\d,.]\d|\s+{_ERA_WORD})(?=\s*(?:[,.;:)]|$)|\s+(?-i:[A-Z])"
    rf"|\s+(?:{_EARLY_YEAR_NEXT}|by|in|at|on|during|under|with|as|was|were|which|who)\b)"
)
_BETWEEN = words(COUNT_QUALIFIERS)


# Words before a length said bare before "of": "after weeks of talks", "ending decades of
# hostility", "follows months of twists" (not "the early days of").
_BEFORE_UNITS_OF = (
    "after", "amid", "despite", "ending", "ended", "ends", "end", "follows", "followed",
    "following", "endured", "spent", "through",
)  # fmt: skip
# Two bare hours joined by a dash: "7–6", "8:30-11".
_BARE_HOURS = (
    r"(?<![\d:.,/-])(?P<h0>1[0-2]|0?[1-9])(?::(?P<min0>[0-5]\d))?\s*[-–]\s*"
    r"(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?(?![\d:/]|\.\d|\s*(?:%|[ap]\.?\s?m\b))"
)
_BEFORE_CHAT_HOUR = (
    "at", "till", "til", "until", "after", "around", "by", "from", "moved to", "pushed to",
    "push to", "changed to",
)  # fmt: skip
_NAMED_DAY = r"(?-i:" + "|".join(re.escape(name) for name in NAMED_DAYS) + ")"
RULE_START_PATTERNS = (r"(?-i:[QH][1-4]\b|[1-4][QH]|FY|EO[DWMQY]|COB)", _NAMED_DAY)
RULE_STARTS = (
    "the", "fiscal", "calendar", "year", "post", "pre", "noon", "midnight", "midday", "every",
    "each", "per", "once", "twice", "these", "those", "year-earlier", "year-ago", "around",
    "ad", "circa", "ca", "c", *(day + "s" for day in WEEKDAYS),
)  # fmt: skip


# A clock time, with the day it is on after it: "3-5 p.m.", "10 a.m. local time", "noon
# Friday", "6pm tonight", "9 a.m. EST Nov. 9".
_CLOCK = (
    r"(?:(?P<h0>[01]?\d|2[0-3])(?:[:.](?P<min0>[0-5]\d))?(?:\s*[-–]\s*|\s+and\s+)(?=\d))?"
    rf"(?:(?P<h>[01]?\d|2[0-3])(?:(?::|\.(?=[0-5]\d\s*(?:{_MERIDIAN})))(?P<min>[0-5]\d)"
    rf"(?::[0-5]\d)?(?:-?ish)?(?:\s*(?P<ap>{_MERIDIAN}))?"
    rf"|\s*(?P<ap1>{_MERIDIAN})|(?:\s+o'clock)?\s+in\s+the\s+(?P<cpod>{PART_OF_DAY})"
    rf"|\s+o'clock|{_HHMM}|{_RANGE_END_HOUR})|(?P<named>noon|midnight|midday))"
    rf"(?:\s+{_ZONE}|\s+local\s+time)?"
    rf"(?:,?\s+(?:(?:(?P<cwrel>this|next)\s+)?(?P<cwd>{WEEKDAY_ANY_CASE})(?!\s*[-–])"
    rf"(?:,?\s+(?P<wdd>{DAY})\s+(?P<wdm>{MONTH_IN_DATE})|,?\s+(?P<wdm2>{MONTH_IN_DATE})\s*(?P<wdd2>{DAY}))?"
    rf"|(?P<cdw>today|tonight|tonite|2nite|yesterday|tomorrow|tmrw)"
    rf"|(?P<cmon>{MONTH})\s*(?P<cday>{DAY})(?!\s*[-–])))?"  # not "1pm, Apr 11 – Oct 31"
)


RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T\s](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::\d\d(?:\.\d+)?)?)?(?![\d-])",
        dates.iso,
    ),
    Rule(
        "named_day",  # "9/11", "D-Day"
        rf"(?<![\d/]){_NAMED_DAY}(?![\w/-])",
        dates.named_day,
    ),
    Rule(
        "numeric",
        r"(?<![\d/.,])(?:(?P<ymd>(?P<y1>\d{4})/(?P<m1>\d\d?)/(?P<d1>\d\d?))"
        r"|(?P<a>\d\d?)/(?P<b>\d\d?)/(?P<y2>\d{4}|\d\d)"
        r"|(?P<dmy>(?P<d3>\d\d?)\.(?P<m3>\d\d?)\.(?P<y3>\d{4}))"
        + "|"
        + after_words(
            "on",
            "by",
            "until",
            "from",
            "since",
            "starting",
            "through",
            "thru",
            "till",
            "before",
            "after",
        )
        + r"(?P<md>(?P<m4>1[0-2]|0?[1-9])/(?P<d4>3[01]|[12]\d|0?[1-9]))"
        rf"|(?P<wmd>(?:(?:this|next)\s+)?(?P<wd5>{WEEKDAY_IN_DATE}|{WEEKDAY_BEFORE_NUMBER}),?\s+"
        r"(?P<m5>3[01]|[12]\d|0?[1-9])/(?P<d5>3[01]|[12]\d|0?[1-9])))"
        r"(?![\d/.]\d)",
        dates.numeric,
    ),
    Rule("clock", _CLOCK, relative.clock),
    Rule("bare_hours", _BARE_HOURS, relative.bare_hours),  # "Mon–Fri 7–6", "music 8–11"
    Rule(
        "tonight_hour",  # "tonight at 8"
        after_words("tonight at", "tonite at", "2nite at", "tonight @", "tonite @", "2nite @")
        + r"(?P<h>1[01]|[1-9])(?![\d:.,]\d|\s*(?:%|percent))(?!\w)",
        relative.tonight_hour,
    ),
    Rule(
        "chat_hour",  # "still ok for lunch at 1?", "stuck in the budget mtg till 4": short texts
        rf"(?:{after_words(*_BEFORE_CHAT_HOUR)}|(?<=@\s))(?P<h>1[0-2]|[1-9])(?:-?ish)?"
        r"(?![.,:]\d)(?=\s*[?!,.;)]|\s*$|\s+[^\w\s]"
        rf"|\s+(?:at|then|so|but|if|not|or|for|tho|though|sharp|latest|till|until|right|ok|pls"
        rf"|(?:on\s+)?{WEEKDAY_ANY_CASE}"
        rf"|to(?!\s+\d\d?(?:st|nd|rd|th)?\s+{MONTH})"
        rf"|{words(DAY_WORDS)})\b)",
        relative.chat_hour,
    ),
    Rule(
        "week_of",
        rf"the\s+(?:(?P<ord>{ORDINAL})\s+)?week(?P<weekend>end)?\s+of\s+(?:the\s+)?"
        rf"(?:(?P<dd>{DAY})(?:{_RANGE}{DAY})?\s+(?:of\s+)?(?=\w))?(?P<mon>{MONTH})"
        rf"(?:\s*(?P<d>{DAY})(?:{_RANGE}{DAY})?)?(?:,?\s+(?P<y>{_YEAR_ANY}))?",
        dates.week_of,
    ),
    Rule(
        "week_of_ordinal",  # "the week of the 16th"
        r"the\s+week(?P<weekend>end)?\s+of\s+the\s+(?P<d>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))"
        rf"(?!\s+(?:of\s+)?{MONTH})",
        relative.week_of_ordinal,
    ),
    Rule(
        "month_range_quarter",  # "the April-June quarter", "the September quarter"
        rf"(?:the\s+)?(?:(?P<m1>{MONTH})\s*[-–]\s*)?(?P<m2>{MONTH})\s+quarter"
        rf"(?:\s+of\s+(?P<y>{YEAR}))?",
        quarters.month_range_quarter,
    ),
    Rule(
        "month_early_year",  # "December 755", "25 December 800": only where history is told
        rf"(?:(?P<d>{DAY})\s+(?:of\s+)?)?(?P<mon>{MONTH})\s+{_MONTH_EARLY_YEAR}",
        dates.month_early_year,
    ),
    Rule(
        "month_day",
        rf"(?:(?:this\s+|next\s+|last\s+)?(?P<wd>{WEEKDAY_IN_DATE}),?\s+)?(?P<mon>{MONTH})\s*(?P<d>{DAY})"
        rf"(?:{_RANGE}(?:(?P<mon2>{MONTH})\s*)?(?P<d2>{DAY}))?(?:,?\s*(?P<y>{_YEAR_ANY}))?",
        dates.month_day,
    ),
    Rule(
        "day_month",
        rf"(?:(?:this\s+|next\s+|last\s+)?(?P<wd>{WEEKDAY_IN_DATE}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:{_RANGE}(?P<d2>{DAY}))?"
        rf"\s+(?:of\s+)?(?P<mon>{MONTH_IN_DATE})"
        rf"(?:\s+(?P<eray>\d{{1,4}})\s+{_ERA}(?!\w)|,?\s*(?P<y>{_YEAR_ANY})"
        rf"|\s+of\s+(?P<yrel>{_STORY_YEAR_WORDS})\s+year)?",
        dates.month_day,
    ),
    Rule(
        "month_year",
        rf"(?:(?P<part>{PART})\s*)?(?P<mon>{MONTH})(?:\s+of)?,?\s+"
        rf"(?:(?P<eray>\d{{1,4}})\s+{_ERA}(?!\w)|(?P<y>{_YEAR_ANY})|(?P<yrel>this|last|next|{_STORY_YEAR_WORDS})\s+year)",
        dates.month_year,
    ),
    Rule(
        "month",
        rf"(?:(?P<part>{PART})\s*|(?P<rel>{RELATIVE})\s+)?(?P<mon>{MONTH}|{_MONTH_ABBREVIATION})"
        r"(?!\s*\d)",
        dates.month_alone,
    ),
    Rule(
        "holiday",
        rf"(?:(?P<rel>{RELATIVE})\s+)?(?P<hol>{HOLIDAY})(?:\s+(?P<pod>{PART_OF_DAY})|\s+(?P<hwe>weekend))?"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        dates.holiday,
    ),
    Rule(
        "quarter",
        r"(?P<the>the\s+)?(?:(?P<yrel>this|last|next)\s+year's\s+|(?P<yp>(?:1[0-9]|20)\d\d)\s+"
        r"|(?P<ago>(?:comparable\s+|corresponding\s+)?(?:year-ago|year-earlier|prior-year))\s+)?"
        rf"(?:fiscal[\s-]+)?(?P<ord>{ORDINAL})(?P<qsep>[\s-]+)(?:fiscal\s+)?(?P<unit>quarter|half)"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?:the\s+year\s+)?(?P<y>{YEAR})|,?\s+(?P<y2>{YEAR})"
        r"|\s+of\s+(?P<yof>the|this|last|next)\s+(?:fiscal\s+)?year)?",
        quarters.quarter,
    ),
    Rule(
        "quarter_reference",
        r"(?:the\s+(?:comparable\s+|corresponding\s+|same\s+)?|(?P<lastyear>last\s+year's\s+))"
        r"(?:(?P<which>latest|current|most\s+recent|just-ended|year-ago|year-earlier"
        rf"|prior-year)\s+|(?P<y>{YEAR})\s+)?(?:fiscal\s+)?(?P<unit>quarter|period)"
        r"(?P<ago>\s+a\s+year\s+(?:ago|earlier)|\s+(?:of\s+)?last\s+year)?",
        quarters.quarter_reference,
    ),
    Rule("year_ago", r"year-(?:earlier|ago)", quarters.year_ago_adjective),
    Rule(
        "season",
        rf"(?:(?P<part>{PART})\s*)?(?:(?P<the>the)\s+)?(?:(?P<rel>{RELATIVE})\s+)?"
        rf"(?P<season>{SEASON})(?:\s+months)?(?:\s+(?:of\s+)?(?P<y>{_YEAR_ANY}|(?<=of\s)[1-9]\d\d(?![\d,.]\d|\s+{_ERA_WORD}))"
        r"(?:[-–/]\d\d(?!\d))?"
        rf"|\s+of\s+(?P<eray>\d{{1,4}})\s+{_ERA}(?!\w)|\s+of\s+(?P<yrel>{RELATIVE})\s+year)?",
        dates.season,
    ),
    Rule(
        "decade",
        rf"(?:the\s+)?(?:(?P<part>{PART})\s*{_THE})?(?P<dec>(?:1[0-9]|20)\d0{APOSTROPHE}?s|{APOSTROPHE}\d0s"
        r"|(?<=\bthe\s)[1-9]\d0s|(?<=-)[1-9]\d0s)(?!\w)",
        dates.decade,
    ),
    Rule(
        "decade_words",
        rf"the\s+(?:(?P<part>{PART})\s*)?(?:(?P<cent>nineteen|eighteen)[\s-]+)?(?P<dec>{DECADE_WORD})",
        dates.decade_in_words,
    ),
    Rule(
        "century",
        rf"(?P<the>the\s+)?(?:(?P<part>{PART})\s*{_THE})?(?:(?P<ord1>{_CENTURY_ORDINAL}){_RANGE}(?P<the2>the\s+)?(?:(?P<part2>{PART})\s*)?)?"
        rf"(?P<ord>{_CENTURY_ORDINAL})(?:(?P<hyphen>-)|\s+)centur(?:y|ies)(?:\s+{_ERA}(?!\w))?",
        dates.century,
    ),
    Rule(
        "quarter_code",
        rf"(?-i:(?P<code>[QH]))(?P<n>[1-4]){_CODE_YEAR}",
        quarters.quarter_code,
    ),
    Rule(
        "quarter_code_first",
        rf"(?P<n>[1-4])(?-i:(?P<code>[QH])){_CODE_YEAR}",
        quarters.quarter_code,
    ),
    Rule("fiscal_year", r"(?-i:FY)\s?(?P<y>\d{4}|\d\d)(?!\d)", dates.fiscal_year),
    Rule(
        "era",  # "AD 800", "early 44 BC"
        rf"(?:(?P<part>{PART})\s*)?"
        r"(?-i:(?:AD|A\.D\.)\s+(?P<y>\d{1,4})"
        rf"|(?P<y2>\d{{1,4}})\s+{_ERA})(?!\w)",
        dates.era_year,
    ),
    Rule(
        "year",
        rf"(?:(?P<part>{PART})\s*|(?:fiscal|calendar)(?:\s+year)?\s+|(?P<prepost>post|pre)-"
        r"|(?P<circa>circa|ca\.|c\.)\s*"
        rf"|(?P<the>the\s+)?(?P<yw>year\s+)?)(?P<y>{YEAR})(?!\s+{_ZONE})"
        rf"(?:(?:\s*[-–]\s*|\s+to\s+)(?P<y2>{YEAR}|\d\d(?!\d)))?"
        r"(?P<open>\s+(?:or\s+later|and\s+beyond|or\s+earlier|and\s+after|or\s+before))?",
        dates.year_expression,
    ),
    Rule(
        "early_year",  # "in 410,", "from 618 to 907": only where history is told
        after_words("in", "since", "from", "until", "by", "to", "and", "c.", "circa") + _EARLY_YEAR,
        dates.early_year,
    ),
    Rule(
        "ago",
        rf"(?:(?P<mod>{DURATION_MOD})\s+)?(?P<n>{NUMBER}|{VAGUE})[\s-]+(?P<unit>{UNIT_PLURAL})"
        r"(?P<approx>\s+or\s+so)?\s+(?P<dir>ago|earlier(?!\s+(?:this|that|last|in)\b)"
        r"|from\s+(?:now|today)|hence"
        rf"|from\s+(?:(?P<fromwd>{WEEKDAY})|(?P<fromtmrw>tomorrow)))",
        relative.ago,
    ),
    Rule(
        "relative_unit",
        rf"(?:(?P<part>{PART})\s*)?(?P<rel>{RELATIVE}|the(?=\s+weekend))\s+"
        r"(?P<unit>day|week|weekend|month|year|quarter|decade|century|wknd|wkend|yr|mo)"
        r"(?P<approx>\s+or\s+so)?(?!\w)",
        relative.relative_unit,
    ),
    Rule(
        "weekday_clock",  # "Friday 5pm", "today 3pm ET" ("Friday at 5pm" is two timexes)
        rf"(?:(?<![-–])(?P<pwd>{WEEKDAY_ANY_CASE})|(?P<pdw>today|tonight|tomorrow|yesterday)),?\s+(?=\d)"
        r"(?!\d{1,2}(?::\d\d)?\s*[-–])"
        rf"{_CLOCK}(?!\s*[-–—]\s*\d)",  # not after a range of days ("Mon–Fri 5–7pm") or
        # before a range of hours ("Sat 10am–4pm")
        relative.clock,
    ),
    Rule(
        "part_of_day_alone",  # "in the morning", "by late afternoon": of the day the story is at
        after_words("in", "by", "until", "during", "through")
        + r"(?:(?P<part>early|late|mid-?)\s*|the\s+)(?P<pod>morning|afternoon|evening|night)"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?-i:[A-Z])|\s+(?:to|and|or|but|on|in|at|when|with|the|a|an|as"
        r"|before|after|for|from|until|he|she|it|they|we|there|local)\b)",  # not "the evening rush"
        relative.part_of_day_alone,
    ),
    Rule(
        "day_word",
        rf"(?:(?P<part>{PART})\s*)?"
        rf"(?:(?P<dw>{DAY_WORD}|(?:this|last)(?=\s+(?:{PART_OF_DAY}|{_AM_PM})))"
        rf"|(?P<rel>{RELATIVE})(?=\s+{PART_OF_DAY}))(?:\s+(?P<pod>{PART_OF_DAY}|{_AM_PM}))?",
        relative.day_word,
    ),
    Rule(
        "weekly",
        rf"(?P<wd>{WEEKDAYS_PLURAL}|{WEEKDAY}(?=\s+{PART_OF_DAY}s\b)|weekends(?!\w))"
        rf"(?:\s+(?P<pod>{PART_OF_DAY})s)?",
        lengths.weekly,
    ),
    Rule(
        "weekday_ordinal",  # "Wed 27th", "Friday the 13th" (not "Wed 27th December")
        rf"(?P<wd>{WEEKDAY_ANY_CASE})\.?,?\s+(?:the\s+)?(?P<d>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))"
        rf"(?!\s+(?:of\s+)?{MONTH})",
        relative.weekday_ordinal,
    ),
    Rule(
        "weekday",
        rf"(?:(?P<part>{PART})\s*)?(?:(?P<rel>{RELATIVE})\s+)?(?P<wd>{WEEKDAY}|{WEEKDAY_SHORT})"
        rf"(?:\s+(?P<pod>{PART_OF_DAY}|(?-i:am|pm)\b))?",
        relative.weekday,
    ),
    Rule(
        "set",
        rf"(?:(?P<adv>{FREQUENCY_ADVERB})"
        rf"|(?:every|each)\s+(?:(?P<other>other|second|third)\s+)?(?:(?P<swd>{WEEKDAY}|{WEEKDAY_SHORT})"
        rf"(?:\s+(?P<swdpod>{PART_OF_DAY}))?"
        rf"|(?:(?P<sday>{DAY})\s+)?(?P<smon>{MONTH})"
        rf"|(?P<sseason>{SEASON})|(?P<spod>{PART_OF_DAY}))"
        rf"|(?:(?:once|twice|{NUMBER}\s+times)\s+(?:a|an|per)|every|each|per)\s+"
        rf"(?:(?P<skip>other)\s+)?(?:(?P<sn>{NUMBER})\s+)?(?P<sunit>{UNIT_PLURAL}))(?!\w)",
        lengths.frequency,
    ),
    Rule(
        "vague_period_of_units",
        r"(?:the\s+)?(?:past|last|next|coming|following|previous|recent)\s+"
        r"(?P<unit>days|weeks|months|years|decades|centuries)(?!\s+(?:ago|earlier|later|old)\b)",
        lengths.bare_duration,
    ),
    Rule(
        "duration",
        rf"(?:(?P<mod>{DURATION_MOD})\s+)?(?:(?P<det>the|these|those|a|an)\s+)?"
        r"(?:(?:past|last|next|first|coming|previous|following|final|latest|initial)\s+)?"
        rf"(?P<n>{NUMBER}|{VAGUE})(?:\s*(?:to|-|–)\s*(?P<n2>{NUMBER}))?"
        rf"(?P<half>\s+and\s+a\s+half)?(?:\s+{_BETWEEN})?"
        rf"(?:(?P<hyphen>-)|\s+)(?P<unit>{UNIT_PLURAL})(?P<half2>\s+and\s+a\s+half)?"
        rf"(?:(?:\s+and\s+|,?\s+(?=\d))(?!an?\s+second\b)(?P<n3>{NUMBER})\s+(?P<unit3>{UNIT_PLURAL}))?"
        r"(?P<long>-long)?(?!-\w)(?P<period>\s+period)?(?P<approx>\s+or\s+so)?(?!\w)",
        lengths.duration,
    ),
    Rule(
        "spelled_year",
        rf"(?P<yw>the\s+year\s+)?(?P<sy>{SPELLED_YEAR})",
        dates.year_in_words,
    ),
    Rule(
        "ordinal_day", r"the\s+(?P<d>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))", relative.ordinal_day
    ),
    Rule(
        "the_unit",
        rf"(?:(?P<part>{PART})\s*(?:in\s+)?)?the\s+(?:(?P<which>full|current|calendar)\s+)?"
        r"(?:fiscal\s+)?"
        r"(?P<unit>year|month|week|decade|century|day)(?![\w-])(?!\s+of\b)",
        relative.the_unit,
    ),
    Rule(
        "day_beside_alone",  # "the mandate had expired the day before.", "the night before"
        r"the\s+(?:day|(?P<pod>morning|evening|night))\s+(?P<dir>before|after)(?=\s*(?:[.,;:!?)]|$))",
        relative.day_beside_alone,
    ),
    Rule("year_end", r"(?P<around>around\s+)?year(?:[-\s]|'s\s+)end", relative.year_end),
    Rule("end_code", r"(?-i:EO[DWMQY]|COB)", relative.end_code),  # "by EOD", "due EOM"
    Rule("ish_hour", r"(?P<h>1[0-2]|[1-9])-?ish", relative.chat_hour),  # "tmrw night tho, 9ish"
    Rule(
        "unit_part",  # "end of month", "start of next week" said short, as in notices
        r"(?P<part>(?:end|start|beginning|middle)\s+of)\s+(?P<unit>month|year|week|quarter)(?!\w)",
        relative.the_unit,
    ),
    Rule(
        "bare_duration",
        rf"(?:{after_words('for', 'within', 'take', 'takes', 'took', 'last', 'lasted')}"
        rf"|{after_words(*_BEFORE_UNITS_OF)}(?=\w+\s+of\b)"
        r"|(?<=\bin\s)(?=\w+\s*(?:[!?.,;]|$)))"  # "haven't seen u in weeks!!"
        r"(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)",
        lengths.bare_duration,
    ),
    Rule("long_unit", rf"(?P<unit>{UNIT_PLURAL})-long", lengths.bare_duration),
    Rule(
        "units_later",  # "Hours later, ...", "days after the capture"
        r"(?<!\bthe\s)(?<!\bfirst\s)(?<!\blast\s)(?<!\bfew\s)(?<!\bmany\s)(?<!\bsome\s)"
        r"(?<!\bthose\s)(?<!\bthese\s)(?<!\bmatter\sof\s)"  # not "a matter of days before"
        r"(?P<unit>hours|days|weeks|months|years|decades)(?=\s+(?:later|after|before)\b)",
        lengths.bare_duration,
    ),
    Rule(
        "units_that_followed",  # "in the years that followed"
        r"(?<=\bthe\s)(?P<unit>days|weeks|months|years|decades)(?=\s+that\s+followed\b)",
        lengths.bare_duration,
    ),
    Rule(
        "vague_period",
        r"(?<=\bthe\s)(?P<unit>days|weeks|months|years)(?=\s+(?:before|after|following|leading))",
        relative.vague_period,
    ),
    Rule("reference", rf"(?P<ref>{REFERENCE})", lengths.reference),
)
