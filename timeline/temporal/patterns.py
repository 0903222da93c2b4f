"""Regular-expression building blocks made from the lexicon, and parsers for their matches."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from timeline.temporal.lexicon import (
    DAY_WORDS,
    DECADE_WORDS,
    DURATION_MODS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    FREQUENCY_ADVERBS,
    LUNAR_HOLIDAY_NAMES,
    MONTHS,
    NUMBERS,
    ORDINALS,
    PART_MODS,
    PARTS_OF_DAY,
    REFERENCE_WORDS,
    RELATIVE_WORDS,
    SEASONS,
    UNITS,
    VAGUE_NUMBERS,
    WEEK_HOLIDAYS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)


def words(items: Iterable[str]) -> str:
    """Alternation of words or phrases as a prefix tree (fast to try), the longest match
    first; spaces match any run of blanks, apostrophes either form: ``words(["a", "a few"])``
    matches "a  few"."""
    trie: dict = {}
    for item in items:
        node = trie
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")"


def after_words(*items: str) -> str:
    """The place right after one of these words and a blank: ``after_words("in", "by")``
    is ``(?:(?<=\\bin\\s)|(?<=\\bby\\s))`` (one look-behind a word: Python looks behind
    by a fixed width)."""
    behinds = (re.escape(item).replace(r"\ ", r"\s") for item in items)
    return "(?:" + "|".join(rf"(?<=\b{behind}\s)" for behind in behinds) + ")"


# Characters of lexicon words that stand for more than themselves in a text.
_CHAR_PATTERNS = {" ": r"\s+", "'": "['’]"}


def _trie_pattern(node: dict) -> str:
    branches = [
        _CHAR_PATTERNS.get(char, re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return group + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{group})?"
    return group


def capitalized(names: dict[str, int], in_date: bool = False, lowercase: bool = False) -> str:
    """Case-sensitive alternation of names ("May", "MAY"; with ``lowercase`` also "sunday"
    for full names that are no other word, as in chat).

    Abbreviations, often words or names too ("Jan", "Sun"), need a period or a number after,
    unless ``in_date``: next to a day number that shows them a date ("Wed, Oct 6", "5 Oct").
    """
    forms = []
    for name in sorted(names, key=len, reverse=True):
        is_abbreviation = len(name) <= 4 and name not in ("june", "july", "may")
        suffix = r"\.?(?!-)" if in_date else r"(?:\.|(?=\s*['’]?\d))"
        suffix = suffix if is_abbreviation else ""
        forms += [name.capitalize() + suffix, name.upper() + suffix]
        if lowercase and not is_abbreviation:
            forms.append(name)
    return "(?-i:" + "|".join(forms) + r")(?!\w)"


MONTH = capitalized(MONTHS)
WEEKDAY = capitalized(WEEKDAYS, lowercase=True)
WEEKDAY_IN_DATE = capitalized(WEEKDAYS, in_date=True)
# A short weekday alone is a date after a preposition or relative word, not before a name:
# "back on Mon", "by Sat", "all day Sat", "next Thu", "next tues" ("on Sun Microsystems" is a
# company).
_SHORT_WEEKDAYS = "|".join(d.capitalize() for d in WEEKDAYS if len(d) <= 5)
_SHORT_WEEKDAYS_LOWER = "|".join(d for d in WEEKDAYS if len(d) <= 5)
# Lowercase short weekdays that are no other word ("fri night"; not "sat", "sun").
_CHAT_WEEKDAYS = "|".join(d for d in WEEKDAYS if len(d) <= 5 and d not in ("sat", "sun"))
# ... in chat, after a preposition and before a stop ("flying out mon, back fri night",
# "plan for sat:", "game night fri?").
_CHAT_DAY_BEFORE = after_words(
    "for", "on", "out", "back", "til", "till", "until", "by", "night", "brunch", "lunch", "dinner"
)
# ... next to another weekday ("Open Sat & Sun", "Mon-Fri") or a part of day ("sat night").
_THREE_LETTER_DAYS = r"\b(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_COORDINATED_DAYS = r"\b(?-i:Mon|Tues?|Weds?|Thu(?:rs)?|Fri|Sat|Sun)"
# ... after a lowercase word where a clause ends or goes on ("the sprint ends Fri and",
# "on sale from Mon at the bar", "back at work Tues"; not "Sun", a paper's name too).
_SHORT_WEEKDAYS_NOT_SUN = "|".join(d.capitalize() for d in WEEKDAYS if len(d) <= 5 and d != "sun")
_CLAUSE_GOES_ON = r"(?:and|or|at|from|to|till|until)\b"
WEEKDAY_SHORT = (
    "(?:"
    + after_words("on", "by", "until", "day", "every", "other")
    + "(?-i:"
    + _SHORT_WEEKDAYS
    + ")|"
    + after_words("next", "this", "last")
    + "(?-i:"
    + _SHORT_WEEKDAYS
    + "|"
    + _SHORT_WEEKDAYS_LOWER
    + ")"
    + rf"|(?:(?<={_THREE_LETTER_DAYS}\s&\s)|(?<={_THREE_LETTER_DAYS}[-–])"
    + rf"|(?<=\b(?-i:Tues|Weds)[-–])|(?<={_THREE_LETTER_DAYS}\sand\s))"
    + "(?-i:"
    + _SHORT_WEEKDAYS
    + ")"
    + rf"|(?-i:{_SHORT_WEEKDAYS})(?=\s&\s|[-–]|\sand\s)(?=\W+(?:and\s)?{_COORDINATED_DAYS})"
    + rf"|(?-i:{_SHORT_WEEKDAYS}|{_CHAT_WEEKDAYS})(?=\s+(?:{words(PARTS_OF_DAY)})\b)"
    # "sun am", "sun arvo", "sat brunch" (not "He sat morning and night")
    + rf"|(?-i:{_SHORT_WEEKDAYS_LOWER})(?=\s+(?:(?-i:am|pm)|arvo|brunch|lunch|dinner|breakfast)\b)"
    + rf"|{_CHAT_DAY_BEFORE}(?-i:{_CHAT_WEEKDAYS})(?=\s*[?,.!:;)]|\s*$)"
    + rf"|{_CHAT_DAY_BEFORE}(?-i:sat|sun)(?=\s*[?,.!:;)]|\s*$)"
    + rf"|(?<=[a-z]\s)(?-i:{_SHORT_WEEKDAYS_NOT_SUN})(?=\s*[?,.!:;)]|\s*$|\s+{_CLAUSE_GOES_ON})"
    + r")(?!\w)(?!\s+(?-i:[A-Z]))"
)
# A weekday, long or short in any case, where a day is expected: "dinner at 8 on sat?".
WEEKDAY_ANY_CASE = rf"(?:{WEEKDAY}|(?-i:{_SHORT_WEEKDAYS}|{_SHORT_WEEKDAYS_LOWER})(?!\w))"
# Any weekday, in any case, right before a number that shows it a date: "sat 5/16".
WEEKDAY_BEFORE_NUMBER = "(?-i:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
MONTH_IN_DATE = capitalized(MONTHS, in_date=True)
WEEKDAYS_PLURAL = (
    "(?-i:" + "|".join(d.capitalize() + "s" for d in WEEKDAYS if len(d) > 5) + r")(?!\w)"
)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:,]\d)(?!\s*(?:%|percent|p\.?m|a\.?m))"
YEAR = r"(?<![\d$,.#])(?:1[0-9]\d\d|20\d\d)(?![\d,.]\d|%|\s*percent)"  # not "2082.1", "#2019"
APOSTROPHE = "['’]"
SHORT_YEAR = rf"{APOSTROPHE}\d\d(?!\w)"
SEASON = words(SEASONS)
PART_OF_DAY = words(PARTS_OF_DAY)
PART = words(m for m in PART_MODS if m not in ("mid", "middle")) + r"-?|mid-?|middle\s+"
NUMBER_WORD = words(n for n in NUMBERS if " " not in n and n not in ("a", "an"))
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:\s+\d/\d)?|"
    + words(n for n in NUMBERS if " " in n)
    + "|"
    + NUMBER_WORD
    + r"(?:[\s-]+(?:and\s+)?"
    + NUMBER_WORD
    + "){0,4}|an?)"  # bounded: "one hundred and twenty-five", never a whole list of numbers
)
VAGUE = words(VAGUE_NUMBERS)
ORDINAL = words(ORDINALS) + r"|[1-4](?:st|nd|rd|th)"
UNIT = words(UNITS)
UNIT_PLURAL = r"(?:" + words(UNITS) + r"|centurie)s?"
DURATION_MOD = words(DURATION_MODS)
RELATIVE = words(RELATIVE_WORDS)
REFERENCE = words(REFERENCE_WORDS)
DAY_WORD = words(DAY_WORDS)
DECADE_WORD = words(DECADE_WORDS)
FREQUENCY_ADVERB = words(FREQUENCY_ADVERBS)
_HOLIDAYS = (
    *FIXED_HOLIDAYS,
    *WEEKDAY_HOLIDAYS,
    *EASTER_HOLIDAYS,
    *WEEK_HOLIDAYS,
    *LUNAR_HOLIDAY_NAMES,
)
HOLIDAY = words(_HOLIDAYS)
SPELLED_YEAR = (
    rf"(?:nineteen|twenty)[\s-]+(?:hundred|{NUMBER_WORD}(?:[\s-]+{NUMBER_WORD})?)"
    rf"|two\s+thousand(?:\s+(?:and\s+)?{NUMBER_WORD}(?:[\s-]+{NUMBER_WORD})?)?"
)


# Words a temporal expression may begin with: the scanner only tries the rules there.
_LEXICON_STARTS = (
    *MONTHS, *WEEKDAYS, *NUMBERS, *VAGUE_NUMBERS, *ORDINALS, *PART_MODS, *RELATIVE_WORDS,
    *DURATION_MODS, *REFERENCE_WORDS, *DAY_WORDS, *SEASONS, *_HOLIDAYS,
    *UNITS, *(unit + "s" for unit in UNITS), "centuries", *PARTS_OF_DAY, *FREQUENCY_ADVERBS,
)  # fmt: skip


def starts(extra_words: Iterable[str], extra_patterns: Iterable[str] = ()) -> str:
    """Lookahead that fails fast where no rule can start: not a digit, quote or known word."""
    first_words = {w.split()[0].split("-")[0] for w in (*_LEXICON_STARTS, *extra_words)}
    return rf"(?=\d|{APOSTROPHE}\d|{words(first_words)}(?!\w)|{'|'.join(extra_patterns) or '(?!)'})"


# A number after a label is no year: "Room 1030", "Resolution 1441", "Flight 1549", and
# names of events or products: "Euro 2020", "Expo 2025", "Windows 2000", "Vision 2030".
_LABEL_BEFORE = re.compile(
    r"\b(?:[Rr]oom|Suite|Flight|Route|Highway|Interstate|Gate|Platform|Apartment|Apt\.|No\.|"
    r"[Nn]umber|Model|Channel|Bus|Train|[Pp]age|Chapter|Article|Section|Resolution|Rule|Form|"
    r"Bill|Amendment|Item|Lot|Box|Code|PIN|ID|Euro|Expo|Windows|Vision|Agenda|Horizon)\s+$"
)


def after_label(text: str, at: int) -> bool:
    """Whether a label stands right before ``text[at]``: "Room 1030" is no year."""
    return bool(_LABEL_BEFORE.search(text, max(0, at - 14), at))


_POSSESSIVE = re.compile(r"['’]s\b")


def is_possessive(text: str, at: int) -> bool:
    """Whether "'s" stands at ``text[at]``, after a word that names a thing's owner
    ("Thursday's election")."""
    return bool(_POSSESSIVE.match(text, at))


def is_one_number(text: str) -> bool:
    """Whether spelled number words make one number ("twenty-four", "one hundred and two"),
    not a list of two ("two four-year terms")."""
    text = re.sub(r"\s+", " ", text.lower().strip())
    if text[0].isdigit() or text in NUMBERS or text in VAGUE_NUMBERS:
        return True
    values = [NUMBERS.get(part, 0) for part in re.split(r"[\s-]+", text) if part != "and"]
    return all(
        later in (100, 1000) or earlier in (100, 1000) or (earlier % 10 == 0 < later < 10)
        for earlier, later in itertools.pairwise(values)
    )


def number_value(text: str) -> float | None:
    """Numeric value of "24", "1,500", "twenty-four", "a", "5 1/2", "one hundred"; None if
    vague."""
    text = re.sub(r"\s+", " ", text.lower().strip()).replace(",", "")
    if text in NUMBERS:
        return NUMBERS[text]
    if text in VAGUE_NUMBERS:
        return None
    if text[0].isdigit():
        whole, _, fraction = text.partition(" ")
        if fraction:
            numerator, denominator = fraction.split("/")
            return float(whole) + int(numerator) / max(int(denominator), 1)
        return float(whole)
    total = 0.0
    for part in re.split(r"[\s-]+", text):
        if part == "and":
            continue
        value = NUMBERS[part]
        total = total * value if value in (100, 1000) else total + value
    return total


def spelled_year(text: str) -> int:
    """Year written in words: "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    text = re.sub(r"[\s-]+", " ", text.lower())
    if text.startswith("two thousand"):
        rest = text.removeprefix("two thousand").strip()
        return 2000 + int(number_value(rest) if rest else 0)
    first, _, rest = text.partition(" ")
    return NUMBERS[first] * 100 + (0 if rest == "hundred" else int(number_value(rest)))


def unit_key(text: str) -> str:
    """Lexicon key of a (possibly plural) unit word: "centuries" -> "century"."""
    text = text.lower()
    if text == "centuries":
        return "century"
    return text[:-1] if text.endswith("s") and text[:-1] in UNITS else text


def ordinal_value(text: str) -> int:
    """Value of "third" or "3rd"; -1 for "last"."""
    text = text.lower()
    return int(text[0]) if text[0].isdigit() else ORDINALS[text]


def mod_of(text: str | None) -> str | None:
    """TIMEX3 mod of a part word ("early", "mid-", "the end of") or a quantifier ("about")."""
    if not text:
        return None
    key = re.sub(r"[\s-]+", " ", text.lower()).strip()
    return PART_MODS.get(key) or DURATION_MODS.get(key)


def relative_value(text: str | None) -> int:
    """Direction of a relative word: -1 last, 0 this, +1 next (0 when absent)."""
    return RELATIVE_WORDS[re.sub(r"\s+", " ", text.lower())] if text else 0
