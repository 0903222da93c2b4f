"""Rules for lengths of time, repetitions and vague references: "three years", "daily", "now"."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from timeline.temporal.context import Context
from timeline.temporal.lexicon import (
    FREQUENCY_ADVERBS,
    PARTS_OF_DAY,
    REFERENCE_WORDS,
    SEASONS,
    UNIT_SCALE,
    UNITS,
    WEEKDAYS,
)
from timeline.temporal.model import Timex
from timeline.temporal.patterns import is_one_number, mod_of, number_value, unit_key
from timeline.temporal.reading import day_number, followed_by, lower, month_number

_SMALLER_UNIT = {
    (False, "Y"): ("M", 12),
    (False, "M"): ("D", 30),
    (False, "W"): ("D", 7),
    (False, "D"): ("H", 24),
    (True, "H"): ("M", 60),
    (True, "M"): ("S", 60),
}


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration of ``amount`` ``unit``s: (3, "year") -> "P3Y", (1.5, "hour") -> "PT1H30M"."""
    letter, is_time = UNITS[unit]
    letter, scale = UNIT_SCALE.get(unit, (letter, 1))
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    amount *= scale
    if amount == int(amount) or (is_time, letter) not in _SMALLER_UNIT:
        return f"{prefix}{round(amount)}{letter}"
    sub_letter, factor = _SMALLER_UNIT[is_time, letter]
    whole = int(amount)
    head = f"{whole}{letter}" if whole else ""
    sep = "T" if sub_letter == "H" else ""
    return f"{prefix}{head}{sep}{round((amount - whole) * factor)}{sub_letter}"


_MODAL_BEFORE = re.compile(r"\b(?:can|could|will|would|may|might|should|must|to|not)\s+$", re.I)
_PARTS = re.compile(r"P(?P<days>[^T]*)(?:T(?P<time>.*))?")


def _sum(first: str, second: str) -> str:
    """Two TIMEX3 durations said together: ("PT5H", "PT29M") -> "PT5H29M", ("P1D", "PT6H") ->
    "P1DT6H"."""
    a, b = _PARTS.fullmatch(first), _PARTS.fullmatch(second)
    days = a["days"] + b["days"]
    time = (a["time"] or "") + (b["time"] or "")
    return f"P{days}T{time}" if time else f"P{days}"


_SPEED_BEFORE = re.compile(
    r"\b(?:miles|kilomet(?:re|er)s|km|knots|metres|meters|feet)\)?\s+\Z", re.IGNORECASE
)
_RATE_BEFORE = re.compile(
    r"(?:\d(?:[\d,.]*\d)?\s*%?|percent|times|million|billion|dollars|cents|tons|barrels)"
    r"(?:\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)


# "three quarters of the vote", "two halves of it": fractions of a whole, not time.
_OF_A_WHOLE = r"\s+of\s+(?:the|a|an|all|its|his|her|their|those|these|\d)"


# "over" that means "more than": after "last" ("lasted over a week"), or before a length
# that dates something ("over an hour later"); not the preposition ("over two days of talks").
_OVER_BEFORE = re.compile(r"(?P<lasting>\blast(?:s|ed|ing)?\s+)?\b(?P<over>over)\s+$", re.I)
_DATING_AFTER = r"\s+(?:later|earlier|before|after)\b"


def _more_than_start(m: re.Match, ctx: Context, start: int) -> int | None:
    """Start of an "over" before the length at ``start`` that means "more than", or None."""
    over = _OVER_BEFORE.search(ctx.text, max(0, start - 20), start)
    if not over or m["det"] or m["mod"]:
        return None
    return over.start("over") if over["lasting"] or followed_by(m, ctx, _DATING_AFTER) else None


def duration(m: re.Match, ctx: Context) -> list[Timex]:
    """ "three years", "the past three years", "five-year", "24 hours", "a three-year period",
    "two to three weeks"."""
    unit = unit_key(m["unit"])
    if unit == "weekend" or followed_by(m, ctx, r"[\s-]+old\b"):
        return []  # ages: "a 6-year-old boy"
    if not is_one_number(m["n"]):
        return []  # "two four-year terms": the count goes with the noun
    if unit in ("quarter", "half", "second") and (
        m["hyphen"] or m["n"].lower() in ("a", "an") or followed_by(m, ctx, _OF_A_WHOLE)
    ):
        return []  # fractions and ordinals: "three-quarters", "a quarter of", "a second term"
    plural = unit != m["unit"].lower()
    if m["n"].lower() in ("a", "an") and plural:
        return []  # "a decades-long battle": the article goes with the noun
    amount = number_value(m["n"])
    if amount is not None and (m["half"] or m["half2"]):
        amount += 0.5
    adjectival = amount and amount > 1 and not plural
    if m[0][:4].lower() == "last" and _MODAL_BEFORE.search(
        ctx.text, max(0, m.start() - 8), m.start()
    ):
        start = m.start("n")  # "outages could last three days": "last" is the verb
    elif m["long"] and m["n"].lower() in ("a", "an"):
        start = m.start("unit")  # "a month-long pause": the article goes with the noun
    elif m["det"] and adjectival and not m["period"]:
        start = m.start("n")  # "a five year low": the determiner goes with the noun
    elif m["hyphen"] and not (m["mod"] or m["period"]):
        start = m.start("n")  # "the 30-day rate"
    else:
        start = m.start()
    over = _more_than_start(m, ctx, start)
    span = (start if over is None else over, m.end())
    value = duration_value(amount, unit)
    if m["n3"]:  # "five hours and 29 minutes"
        value = _sum(value, duration_value(number_value(m["n3"]), unit_key(m["unit3"])))
    if m["n"].lower() in ("a", "an") and _SPEED_BEFORE.search(ctx.text, max(0, start - 16), start):
        return []  # "90 miles an hour": a speed
    if m["n"].lower() in ("a", "an") and _RATE_BEFORE.search(ctx.text, max(0, start - 30), start):
        return [ctx.timex(span, "SET", value)]  # "$5 billion a year": a rate
    mod = "APPROX" if m["approx"] else "MORE_THAN" if over is not None else mod_of(m["mod"])
    if m["n2"] and not mod:
        mod = "EQUAL_OR_MORE"  # "two to three weeks": at least the smaller count
    return [ctx.timex(span, "DURATION", value, mod)]


def bare_duration(m: re.Match, ctx: Context) -> list[Timex]:
    """ "for years", "within weeks", "the past decades", "day-long" (one day), "decades-long":
    vague durations."""
    unit = unit_key(m["unit"])
    amount = None if unit != m["unit"].lower() else 1  # a singular unit: one of it
    return [ctx.timex(m, "DURATION", duration_value(amount, unit))]


def frequency(m: re.Match, ctx: Context) -> list[Timex]:
    """ "every day", "daily", "every Monday", "every other Friday", "each July", "each
    summer", "every morning", "twice a year"."""
    if m["adv"] and followed_by(m, ctx, r"\s+(?-i:[A-Z])"):
        return []  # "the Communist Party daily Granma": a newspaper
    if m["adv"]:
        return [ctx.timex(m, "SET", FREQUENCY_ADVERBS[lower(m["adv"])])]
    if m["swd"]:  # "every Monday", "every other Friday", "every Wednesday afternoon"
        pod = _part_of_day_suffix(m["swdpod"])
        return [ctx.timex(m, "SET", f"XXXX-WXX-{WEEKDAYS[lower(m['swd'])]}{pod}")]
    if m["spod"]:  # "every morning"
        return [ctx.timex(m, "SET", f"XXXX-XX-XX{_part_of_day_suffix(m['spod'])}")]
    if m["smon"]:  # "each July", "every 3 October"
        day = f"-{day_number(m['sday']):02d}" if m["sday"] else ""
        return [ctx.timex(m, "SET", f"XXXX-{month_number(m['smon']):02d}{day}")]
    if m["sseason"]:
        return [ctx.timex(m, "SET", f"XXXX-{SEASONS[m['sseason'].lower()]}")]
    amount = number_value(m["sn"]) if m["sn"] else 2 if m["skip"] else 1  # "every other week"
    return [ctx.timex(m, "SET", duration_value(amount, unit_key(m["sunit"])))]


def _part_of_day_suffix(word: str | None) -> str:
    """ "TAF" for "afternoon", "" for none."""
    return "T" + PARTS_OF_DAY[word.lower()] if word else ""


def weekly(m: re.Match, ctx: Context) -> list[Timex]:
    """ "on Mondays", "Tuesday nights", "weekends": every such day."""
    pod = _part_of_day_suffix(m["pod"])
    day = lower(m["wd"]).removesuffix("s")
    weekday = "WE" if day == "weekend" else WEEKDAYS[day]
    return [ctx.timex(m, "SET", f"XXXX-WXX-{weekday}{pod}")]


def reference(m: re.Match, ctx: Context) -> list[Timex]:
    """ "now", "recently", "the future": PRESENT_REF, PAST_REF, FUTURE_REF (not "the future
    Tsar", a title)."""
    if lower(m["ref"]).endswith("future") and followed_by(m, ctx, r"\s+(?-i:[A-Z])"):
        return []
    return [ctx.timex(m, "DATE", REFERENCE_WORDS[lower(m["ref"])])]


# Opening hours: a range of weekdays with clock times or "open" next to it ("Open Tue–Sun
# 8am–4pm", "Happy hour Mon–Fri 5–7pm", "6am–10pm Mon–Fri") names every such week, not days.
_DAY_RANGE_LINK = re.compile(r"\s*[-–]\s*|\s+to\s+")
_DAY_PAIR_LINK = re.compile(r"\s*&\s*|\s+and\s+")  # "Sat & Sun 11–3": with hours only
_TIME_LINK = re.compile(r"\s*(?:[-–,]|and|to|until|till|from|at)?\s*", re.IGNORECASE)
_OPEN_BEFORE = re.compile(
    r"\b(?:open|opens|hours|run|runs|operates?|available|served|call\s+us)\b[^.;]{0,12}\Z",
    re.IGNORECASE,
)


def _weekday_number(timex: Timex) -> int | None:
    return WEEKDAYS.get(lower(timex.text)) if timex.type == "DATE" else None


def weekly_hours(text: str, found: list[Timex]) -> list[Timex]:
    """The timexes with each weekday range of opening hours made a SET ("XXXX-WXX-2") and
    its clock times left without a day ("XXXX-XX-XXT08:00"), as are those next to any other
    SET of days ("10pm–7am daily", "every Tuesday 7–10pm")."""
    hours = list(found)
    for i, (first, last) in enumerate(pairwise(found)):
        days = _weekday_number(first), _weekday_number(last)
        ranged = _DAY_RANGE_LINK.fullmatch(text, first.char_end, last.char_start)
        paired = _DAY_PAIR_LINK.fullmatch(text, first.char_end, last.char_start)
        if None in days or not (ranged or paired):
            continue
        times = _times_next_to(text, found, i, i + 1)
        before = max(0, first.char_start - 30)
        opening = ranged and _OPEN_BEFORE.search(text, before, first.char_start)
        if not (times or opening):
            continue
        _make_weekly(hours, ((i, days[0]), (i + 1, days[1])), times)
    if hours != found:  # a weekday alone with its hours among them: "and Sat 8–2"
        for i, timex in enumerate(found):
            day = _weekday_number(timex)
            if day and hours[i] is timex and (times := _times_next_to(text, found, i, i)):
                _make_weekly(hours, ((i, day),), times)
    for i, timex in enumerate(found):  # "10pm–7am daily", "every Tuesday 7–10pm"
        if timex.type == "SET" and (timex.value == "P1D" or timex.value.startswith("XXXX-WXX")):
            _make_weekly(hours, (), _times_next_to(text, found, i, i))
    return hours


def _make_weekly(hours: list[Timex], days: tuple[tuple[int, int], ...], times: list[int]) -> None:
    """Make the weekdays at these indexes of ``hours`` SETs and the clock times undated."""
    for index, day in days:
        hours[index] = _undated(hours[index], "SET", f"XXXX-WXX-{day}")
    for index in times:
        clock = hours[index].value.partition("T")[2]
        hours[index] = _undated(hours[index], "TIME", f"XXXX-XX-XXT{clock}")


def _undated(timex: Timex, type_: str, value: str) -> Timex:
    """The timex as a ``type_`` valued ``value``, on no day."""
    return replace(timex, type=type_, value=value, start=None, end=None, precision=None)


def _times_next_to(text: str, found: list[Timex], first: int, last: int) -> list[int]:
    """Indexes of the clock times chained right before ``found[first]`` or after
    ``found[last]`` ("6am–10pm Mon–Fri", "Mon–Fri 9am–5pm")."""
    chained = []
    for step, start in ((-1, first), (1, last)):
        index = start + step
        while 0 <= index < len(found) and found[index].type == "TIME":
            left, right = sorted((found[index], found[index - step]), key=lambda t: t.char_start)
            if not _TIME_LINK.fullmatch(text, left.char_end, right.char_start):
                break
            chained.append(index)
            index += step
    return chained
