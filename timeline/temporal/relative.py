"""Rules for expressions relative to the publication date: "next week", "Friday", "10 a.m."."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.temporal import quarters
from timeline.temporal import resolve as cal
from timeline.temporal.context import Context
from timeline.temporal.lexicon import (
    ANAPHORIC_WORDS,
    DAY_WORDS,
    NAMED_HOURS,
    NIGHT_WORDS,
    PARTS_OF_DAY,
    TITLE_WORDS_AFTER_WEEKDAY,
    UNIT_SCALE,
    UNITS,
    WEEKDAYS,
)
from timeline.temporal.model import Timex
from timeline.temporal.patterns import (
    DAY,
    MONTH,
    PART_OF_DAY,
    WEEKDAY_ANY_CASE,
    YEAR,
    is_possessive,
    mod_of,
    number_value,
    relative_value,
    unit_key,
    words,
)
from timeline.temporal.reading import (
    between_names,
    calendar_day,
    day_number,
    followed_by,
    lower,
    month_number,
    nearest,
    safe_date,
    week_of_day,
    year_number,
)
from timeline.temporal.tense import SHORT_TEXT, after_since, is_headline, is_notice

_GRAIN = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "quarter": "Q", "day": "D"}
_GRAIN |= {"decade": "DE", "century": "CE", "wknd": "WE", "wkend": "WE", "yr": "Y", "mo": "M"}
_PRECISION = {"D": "day", "W": "week", "WE": "week", "M": "month"}  # others: "year"
# The only relative words that go with "day": "the next day", not "this day" or "last day".
_DAY_RELATIVES = frozenset({
    "next", "the next", "following", "the following", "previous", "the previous", "that",
    "that same", "the same",
})  # fmt: skip


_OVER_BEFORE = re.compile(r"\b(?:over|for|throughout)\s+\Z", re.IGNORECASE)


def relative_unit(m: re.Match, ctx: Context) -> list[Timex]:
    """ "next week", "last month", "this year", "earlier this year", "over the weekend", "the
    following year" after a year BC."""
    grain = _GRAIN[m["unit"].lower()]
    if grain == "D" and lower(m["rel"]) not in _DAY_RELATIVES:
        return []  # "the last day of", "this day"
    over = _OVER_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    if grain in ("DE", "CE") and ("past" in m["rel"].lower() or over):
        # "over the past decade", "over the following decade": a length
        return [ctx.timex(m, "DURATION", "P10Y" if grain == "DE" else "P100Y")]
    bc_year = ctx.story_bc_year if ctx.narrative else None
    if grain == "Y" and bc_year and lower(m["rel"]) in ANAPHORIC_WORDS:
        # "202 BC ... later that year", "the previous year": BC years count down
        value = f"BC{bc_year - relative_value(m['rel']):04d}"
        return [ctx.timex(m, "DATE", value, mod_of(m["part"]))]
    resolved = None
    if ctx.dct and m["rel"].lower() == "the":  # "the weekend": the last one, or the next
        offset = 0 if ctx.dct.isoweekday() >= 6 else -1
        if ctx.tense(*m.span()) == cal.FUTURE:
            offset = 0
        resolved = cal.shift(ctx.dct, "WE", offset)
    elif anchor := ctx.anchor(m["rel"], _PRECISION.get(grain, "year")):
        resolved = cal.shift(anchor, grain, relative_value(m["rel"]))
    mod = "APPROX" if m["approx"] else mod_of(m["part"])
    return [ctx.date(m, resolved, cal.unresolved(grain), mod)]


def the_unit(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the full year", "the current year", "the week", "the end of the year", "for the year",
    "by the end of the decade", "by the end of the day": the DCT's one, without DCT or in a
    narrative that of the date last named ("In 1850 ... by the end of the century"); a day,
    decade or century only with a part ("over the decade" is a length); a year that ends on
    a date is a length ("in the year ended June 30")."""
    grain = _GRAIN[m["unit"].lower()]
    if grain in ("DE", "CE") and not m["part"]:
        return []  # "over the decade" is a length
    if grain == "D" and not (m["part"] and "of" in m["part"].lower()):
        return []  # "the end of the day"; not "the day the treaty was signed", "later in the day"
    if grain == "Y" and followed_by(m, ctx, r"\s+(?:ended|ending|to|through)\b"):
        return [ctx.timex(m, "DURATION", "P1Y")]
    story = ctx.anchor("that", _PRECISION.get(grain, "year")) if ctx.narrative else None
    anchor = story or ctx.dct
    resolved = cal.shift(anchor, grain, 0) if anchor else None
    return [ctx.date(m, resolved, cal.unresolved(grain), mod_of(m["part"]))]


_END_CODES = {"EOD": "D", "COB": "D", "EOW": "W", "EOM": "M", "EOQ": "Q", "EOY": "Y"}


def end_code(m: re.Match, ctx: Context) -> list[Timex]:
    """ "by EOD", "due EOM", "by EOW": the end of the DCT's day, week, month, quarter, year."""
    grain = _END_CODES[m[0]]
    resolved = cal.shift(ctx.dct, grain, 0) if ctx.dct else None
    return [ctx.date(m, resolved, cal.unresolved(grain), "END")]


def year_end(m: re.Match, ctx: Context) -> list[Timex]:
    """ "year-end", "around year end": December 31 of the DCT's year (of last year, if past)."""
    resolved = None
    if ctx.dct:
        past = ctx.tense(*m.span()) == cal.PAST and ctx.dct.month < 12
        resolved = cal.day(date(ctx.dct.year - past, 12, 31))
    return [ctx.date(m, resolved, "XXXX-12-31", "APPROX" if m["around"] else None)]


_FOR_BEFORE = re.compile(r"\bfor\s+\Z", re.IGNORECASE)


def ago(m: re.Match, ctx: Context) -> list[Timex]:
    """ "two weeks ago", "a year earlier", "three days from now" (or "from today"), "a week from
    Monday": a date at the unit's grain."""
    if (m["fromwd"] or m["fromtmrw"]) and _FOR_BEFORE.search(
        ctx.text, max(0, m.start() - 6), m.start()
    ):
        return []  # "out of service for 48 hours from Monday evening": a length
    unit = unit_key(m["unit"])
    letter, is_time = UNITS[unit]
    amount = number_value(m["n"])
    direction = -1 if lower(m["dir"]) in ("ago", "earlier") else 1
    if amount is None:
        return [ctx.timex(m, "DATE", "FUTURE_REF" if direction > 0 else "PAST_REF")]
    if is_time:
        letter, amount = "D", amount // 24 if unit == "hour" else 0
    letter, scale = UNIT_SCALE.get(unit, (letter, 1))
    # "ago" counts from the DCT, "earlier" from the date the story is at ("in 2020 ... a year
    # earlier"), if one was named in this sentence or the one before.
    anchor = ctx.dct
    if lower(m["dir"]) == "earlier" and (story := _story_date(m, ctx, _STORY_PRECISIONS)):
        anchor = story
    elif anchor and m["fromwd"]:  # "a week from Monday": from the coming Monday, not today
        anchor = cal.weekday_near(anchor + timedelta(1), WEEKDAYS[lower(m["fromwd"])], cal.FUTURE)
    elif anchor and m["fromtmrw"]:
        anchor += timedelta(1)
    resolved = None
    if anchor and (letter, amount * scale, direction) == ("Y", 1, -1):
        resolved = quarters.year_before(ctx, m.start(), anchor)
    elif anchor and (m["fromwd"] or m["fromtmrw"]) and letter in ("D", "W"):
        resolved = cal.day(anchor + timedelta(round(amount) * (7 if letter == "W" else 1)))
    elif anchor:
        resolved = cal.shift(anchor, letter, direction * round(amount * scale))
    mod = "APPROX" if m["approx"] else mod_of(m["mod"])
    return [ctx.date(m, resolved, cal.unresolved(letter), mod)]


def vague_period(m: re.Match, ctx: Context) -> list[Timex]:
    """ "in the days before the attack": a DATE around an event, before or after the DCT."""
    future = ctx.tense(*m.span()) == cal.FUTURE
    return [ctx.timex(m, "DATE", "FUTURE_REF" if future else "PAST_REF")]


_MERIDIEM_PARTS = {"am": "MO", "pm": "AF"}  # "this AM", "this PM"


def day_word(m: re.Match, ctx: Context) -> list[Timex]:
    """ "today", "yesterday", "tomorrow morning", "tonight", "late yesterday", "last night",
    "the next morning", "that night" (from the day last named)."""
    if m["rel"]:
        if lower(m["rel"]) not in _DAY_RELATIVES:
            return []  # "this past night"
        anchor, offset, pod = ctx.anchor(m["rel"], "day"), relative_value(m["rel"]), m["pod"]
    else:
        word = lower(m["dw"])
        if word == "overnight" and re.search(
            r"\b(?:an?|the)\s+$", ctx.text[max(0, m.start() - 5) : m.start()], re.I
        ):
            return []  # "an overnight success", "the overnight shift"
        pod = "night" if word in NIGHT_WORDS else m["pod"]
        anchor = _story_day(m, ctx) if word == "overnight" else ctx.dct
        offset = DAY_WORDS.get(word, -1 if word == "last" else 0)
    mod = mod_of(m["part"])
    if ctx.narrative and lower(m[0]) == "today":
        return [ctx.timex(m, "DATE", "PRESENT_REF")]  # history read on a day: "nowadays"
    resolved = cal.day(anchor + timedelta(offset)) if anchor else None
    if pod:
        code = PARTS_OF_DAY.get(pod.lower()) or _MERIDIEM_PARTS[pod.lower()]
        return [ctx.time(m, resolved, code, mod)]
    return [ctx.timex(m, "DATE", resolved.value if resolved else "XXXX-XX-XX", mod, resolved)]


_TITLE_AFTER = re.compile(
    r"[\s-]+(?-i:" + "|".join(w.replace(" ", r"\s+") for w in TITLE_WORDS_AFTER_WEEKDAY) + r")\b"
)


def _weekday_tense(m: re.Match, ctx: Context) -> str | None:
    """The tense that picks a weekday: the clause's; without one, in a headline or a notice,
    or after a verb or a state in the present ("Talks resume Monday", "Deadline: Friday 5pm",
    "Scottish cabinet meets Saturday", "is closed Friday"; not "follows Tuesday's
    declaration"), and "this Thursday", the future."""
    tense = ctx.tense(*m.span(), day=True)
    present = (
        _PRESENT_VERB_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
        or _STATE_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
        or lower(m.groupdict().get("rel") or "") == "this"  # "AGM is this Thursday"
    ) and not is_possessive(ctx.text, m.end())
    if tense is None and (
        is_headline(ctx.text, m.start()) or is_notice(ctx.text, m.start()) or present
    ):
        return cal.FUTURE
    return tense


# A state in the present right before a weekday: "the surgery is closed Friday afternoon".
_STATE_BEFORE = re.compile(
    r"\b(?:is|are|'s|’s)\s+(?:closed|open|shut|off|free|busy)\s+(?:on\s+)?\Z"
)
# A verb in the third person present right before a weekday: "meets Saturday", "votes on
# Sunday" (not "was", "has", "this", "its").
_PRESENT_VERB_BEFORE = re.compile(
    r"\b(?!(?:was|has|is|says|its|this|his|hers|ours|yours|theirs|us|as|news|times|days)\b)"
    r"[a-z]+[b-df-hj-np-rtv-z]s\s+(?:on\s+)?\Z"
)


def weekday(m: re.Match, ctx: Context) -> list[Timex]:
    """ "Friday", "last Tuesday", "next Monday morning", "late Tuesday"; in a headline
    without tense marker, the coming one ("Talks resume Monday"; on a Monday, that day); in
    history, the first such day from the day the story is at."""
    if _TITLE_AFTER.match(ctx.text, m.end()) or (not m["rel"] and between_names(m, ctx)):
        return []  # "the Sunday Times", "Saturday Night Live", "a Tuesday Weld film"
    number = WEEKDAYS[lower(m["wd"])]
    resolved = None
    if ctx.narrative and ctx.last_day and not m["rel"]:  # history moves on: "by Thursday"
        resolved = cal.day(cal.weekday_near(ctx.last_day.start, number, cal.FUTURE))
    elif anchor := ctx.anchor(m["rel"], "week"):
        tense = _weekday_tense(m, ctx)
        relative = relative_value(m["rel"])
        if "coming" in (m["rel"] or "").lower():  # "this coming Sunday": the next one
            relative, tense = 0, cal.FUTURE
        resolved = cal.day(cal.weekday_near(anchor, number, tense, relative))
    day_value = resolved.value if resolved else f"XXXX-WXX-{number}"
    mod = mod_of(m["part"])
    if m["part"] and m["part"].lower() in ("earlier", "later"):  # "earlier Friday": Friday
        mod, start = None, m.start("rel") if m["rel"] else m.start("wd")
    elif lower(m["rel"] or "") == "coming" and _BE_BEFORE.search(
        ctx.text, max(0, m.start() - 6), m.start()
    ):
        start = m.start("wd")  # "the plumber is coming Thurs": a verb
    else:
        start = m.start()
    return [ctx.timex((start, m.end()), "DATE", day_value, mod, resolved)]


_BE_BEFORE = re.compile(r"\b(?:is|are|am|['’]s|['’]re)\s+\Z", re.IGNORECASE)


_DAY_BESIDE = re.compile(
    rf"(?:(?:\bthe\s+)?\bday\s+(?P<dir>before|after)|\bthe\s+(?P<pod>{PART_OF_DAY})\s+of)\s+$",
    re.IGNORECASE,
)


def day_beside(timexes: list[Timex], ctx: Context) -> list[Timex]:
    """A day named after "the day before" or "the day after" is the day next to it ("the day
    before last Tuesday's hearing", "the day after Christmas"), after "the morning of" that
    part of it ("the night of 14 November": TIME ...TNI); other timexes are kept."""
    if len(timexes) != 1 or timexes[0].type != "DATE" or timexes[0].precision != "day":
        return timexes
    named = timexes[0]
    beside = _DAY_BESIDE.search(ctx.text, max(0, named.char_start - 20), named.char_start)
    if not beside:
        return timexes
    span = (beside.start(), named.char_end)
    if beside["pod"]:
        return [
            ctx.time(span, cal.day(named.start), PARTS_OF_DAY[beside["pod"].lower()], named.mod)
        ]
    offset = 1 if beside["dir"].lower() == "after" else -1
    return [ctx.date(span, cal.day(named.start + timedelta(offset)), "XXXX-XX-XX")]


def day_beside_alone(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the day before", "the day after", "the night before" with no date after them: next
    to the day last named, or to the DCT."""
    relative = "the previous" if m["dir"].lower() == "before" else "the following"
    anchor = ctx.anchor(relative, "day")
    resolved = cal.day(anchor + timedelta(relative_value(relative))) if anchor else None
    if m["pod"]:  # "store water the night before"
        return [ctx.time(m, resolved, PARTS_OF_DAY[m["pod"].lower()])]
    return [ctx.date(m, resolved, "XXXX-XX-XX")]


# The day after a clock time: "at noon on May 5", "at 11:40 p.m. on 14 April", "from 9 a.m.
# to 5 p.m. on Friday", past a parenthesis: "at 10:35 a.m. (0735 GMT) Friday".
_DAY_AFTER = re.compile(
    r"(?:\s*(?:-|–|to|until)\s*\d\d?(?::\d\d)?(?:\s*[ap]\.?\s?m\.?)?)?"
    r"(?:\s*\([^()]{1,20}\))?"
    rf"(?:\s+on)?\s+(?:(?P<cwd>{WEEKDAY_ANY_CASE})|(?P<cmon>{MONTH})\s*(?P<cday>{DAY})"
    rf"|(?P<dday>{DAY})\s+(?P<dmon>{MONTH})|(?P<cdw>{words(DAY_WORDS)})\b)"
    rf"(?:,?\s*(?P<y>{YEAR}))?",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"[.!?]\s")
_STORY_PRECISIONS = ("day", "week", "month", "quarter", "season", "year")


def _clock_day(m: re.Match, ctx: Context) -> date | None:
    """The day a clock time is on: a day named with it ("3 p.m. Friday", "Friday 5pm", "at
    noon on May 5", "at 10 tmrw"), the day last named in its sentence or the one before, or
    the DCT."""
    own = m.groupdict()  # a chat hour has none of the groups of a clock time
    with_day = any(own.get(group) for group in ("cdw", "pdw", "wdm", "wdm2", "pwd", "cwd", "cmon"))
    after = None if with_day else _DAY_AFTER.match(ctx.text, m.end())
    named = after.groupdict() if after else own
    if day_word := named.get("cdw") or named.get("pdw"):
        return ctx.dct + timedelta(DAY_WORDS[lower(day_word)]) if ctx.dct else None
    if month := named.get("wdm") or named.get("wdm2"):  # "7pm Fri 14 June", "8pm Friday July 5"
        day_of_month = named.get("wdd") or named.get("wdd2")
        found = calendar_day(ctx, month_number(month), day_number(day_of_month), None, m.span())
        return found.start if found else None
    if named.get("cmon") or named.get("dmon"):
        y = year_number(named["y"], ctx) if named.get("y") else None
        month_day = ("cmon", "cday") if named.get("cmon") else ("dmon", "dday")
        mon, d = named[month_day[0]], named[month_day[1]]
        found = calendar_day(ctx, month_number(mon), day_number(d), y, m.span())
        return found.start if found else None
    if weekday_name := named.get("pwd") or named.get("cwd"):
        number = WEEKDAYS[lower(weekday_name)]
        tense = cal.FUTURE if named.get("cwrel") else _weekday_tense(m, ctx)  # "1am this Sunday"
        relative = relative_value(named["cwrel"]) if named.get("cwrel") else 0
        return cal.weekday_near(ctx.dct, number, tense, relative) if ctx.dct else None
    return _story_day(m, ctx)


def _story_date(m: re.Match, ctx: Context, precisions: tuple[str, ...] = ("day",)) -> date | None:
    """The first day of the date last named, if it was named in the sentence of ``m`` or the
    one before (anywhere in a text as short as a notice) and has one of these
    ``precisions``, and is not a bound ("since 2009"), else the last day named as close;
    else None. A day in a flashback gives way to the day the story is at ("had been planned
    for 5 June")."""
    since = after_since(ctx.text, max(0, ctx.last_date_start))
    named = ctx.last_date
    if named and named.precision == "day" and ctx.last_day:
        named = ctx.last_day
    if named and named.precision in precisions and _close(m, ctx, ctx.last_date_end) and not since:
        return named.start
    day_start, day_end = ctx.last_day_span
    if (
        "day" in precisions
        and ctx.last_day
        and _close(m, ctx, day_end)
        and not after_since(ctx.text, day_start)
    ):
        return ctx.last_day.start  # "late Thursday ... sealed since August 1961 ... at 6 p.m."
    return None


def _close(m: re.Match, ctx: Context, named_end: int) -> bool:
    """Whether a date named up to ``named_end`` is in the sentence of ``m`` or the one
    before (anywhere in a text as short as a notice)."""
    between = ctx.text[named_end : m.start()]
    short = len(ctx.text) <= SHORT_TEXT
    return named_end >= 0 and (short or len(_SENTENCE_END.findall(between)) <= 1)


def _story_day(m: re.Match, ctx: Context) -> date | None:
    """The day the story is on at ``m``: the day last named in its sentence or the one
    before ("On Friday ... at 10 p.m.", "Friday's trading ... overnight losses"), in history
    the day last named anywhere before, else the DCT."""
    story = ctx.last_day.start if ctx.narrative and ctx.last_day else None
    return _story_date(m, ctx) or story or ctx.dct


def part_of_day_alone(m: re.Match, ctx: Context) -> list[Timex]:
    """ "in the morning", "by late afternoon", "by mid afternoon": that part of the day the
    story is at."""
    anchor = _story_day(m, ctx)
    day = cal.day(anchor) if anchor else None
    return [ctx.time(m, day, PARTS_OF_DAY[m["pod"].lower()], mod_of(m["part"]))]


def _hour(hour: int, meridian: str) -> int:
    """24-hour clock of ``hour`` said with "a.m.", "p.m.", "in the evening" ... ."""
    if meridian.startswith("p") or meridian in ("afternoon", "evening", "night"):
        return hour + 12 if hour < 12 else hour
    return 0 if meridian[:1] in ("a", "m") and hour == 12 else hour  # "12 a.m."


# "by midnight", "until midnight": the end of the day whatever the tense.
_BY_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+\Z", re.IGNORECASE)
# A clock time said after "tonight" is in the evening: "tonight at 8:30", "2nite still on?
# movie's at 9:40".
_TONIGHT_BEFORE = re.compile(r"\b(?:tonight|tonite|2nite|this\s+evening)\b", re.IGNORECASE)
_TONIGHT_REACH = 80


def clock(m: re.Match, ctx: Context) -> list[Timex]:
    """ "10:30 a.m.", "3 p.m. EST Friday", "noon", "14:05", "0900 GMT", "4 in the morning",
    "3-5 p.m.", "tonight at 8:30" (in the evening)."""
    meridian = (m["ap"] or m["ap1"] or m["cpod"] or "").lower()
    if not meridian and _TONIGHT_BEFORE.search(
        ctx.text, max(0, m.start() - _TONIGHT_REACH), m.start()
    ):
        meridian = "pm"
    if not meridian and m["cdw"] and lower(m["cdw"]) in NIGHT_WORDS:
        meridian = "pm"  # "lands at 7:40 tonite"
    in_a_post = len(ctx.text) <= SHORT_TEXT and m["h"] and not m["h"].startswith("0")
    if not meridian and in_a_post and m["min"]:  # not "05:00", a 24-hour clock
        meridian = _post_meridian(ctx.text, m.start(), int(m["h"]))
    named_day = m.groupdict().get("pwd") or m.groupdict().get("pdw")
    if named_day and not (meridian or m["min"]):
        return []  # "Friday 5 people": a weekday before a bare number is no clock time
    if m["named"] and re.search(r"\bhigh\s+$", ctx.text[max(0, m.start() - 6) : m.start()], re.I):
        return []  # "high noon", "High Noon"
    if m["named"]:
        hour, minute = NAMED_HOURS[m["named"].lower()], 0
        alone = not (m["cwd"] or m["cdw"])  # not "midnight Friday", "midnight tonight"
        deadline = _BY_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        if hour == 24 and alone and not deadline and ctx.tense(*m.span()) != cal.FUTURE:
            hour = 0  # "handed back at midnight": the start of the day; "ends at midnight",
            # "by midnight": its end
    else:
        hour, minute = _hour(int(m["h"]), meridian), int(m["min"] or m["hhmm"] or 0)
    day_ = _clock_day(m, ctx)
    resolved = cal.day(day_) if day_ else None
    times = [(m.start("h") if m["h0"] else m.start(), m.end(), hour, minute)]
    if m["h0"]:  # "3-5 p.m.": the first hour shares the second's half of the day
        first = _hour(int(m["h0"]), meridian)
        first -= 12 if first > hour else 0
        end = m.end("min0") if m["min0"] else m.end("h0")
        times.insert(0, (m.start(), end, first, int(m["min0"] or 0)))
    if any(not 0 <= h <= 24 for _, _, h, _ in times):
        return []
    return [ctx.time((start, end), resolved, f"{h:02d}:{mi:02d}") for start, end, h, mi in times]


# In a post, the words before a clock time without a.m./p.m. tell its half of the day.
_EVENING_BEFORE = re.compile(
    r"\b(?:dinner|supper|drinks|movie|film|show|concert|gig|party|doors|pub|bar|karaoke|"
    r"night|tonight|tonite|2nite|evening)\b[^.?!\n]*\Z",
    re.IGNORECASE,
)
_MORNING_BEFORE = re.compile(
    r"\b(?:(?P<dawn>sunrise|dawn)|breakfast|brekkie|brunch|morning|am)\b[^.?!\n]*\Z", re.IGNORECASE
)
_PM_BEFORE = re.compile(
    r"(?<![\d:])(?P<h>1[0-2]|[1-9])(?::[0-5]\d)?\s*p\.?\s?m\b\.?[^.?!\n]*\Z", re.IGNORECASE
)
_POST_REACH = 60


def _post_meridian(text: str, at: int, hour: int) -> str:
    """ "pm" for a clock time without a.m./p.m. in a post that is in the afternoon or
    evening, else "": after an evening word or a later p.m. time in its sentence ("doors
    7pm, music 7:30", "gig starts 9:30", "dinner at 8"), and from one to six o'clock (people
    meet at 1, not 1 a.m.); not after a morning word ("brunch around 11", "sunrise 4:26";
    but "brunch, then the museum after 4")."""
    before = text[max(0, at - _POST_REACH) : at]
    morning = _MORNING_BEFORE.search(before)
    if not 1 <= hour <= 11 or (morning and (morning["dawn"] or hour >= 5)):
        return ""
    after_pm = (pm := _PM_BEFORE.search(before)) and int(pm["h"]) % 12 <= hour
    evening = hour >= 5 and _EVENING_BEFORE.search(before)
    return "pm" if after_pm or evening or hour <= 6 else ""


# A word before "at" that makes the number after it a score or a count.
_SCORE_BEFORE = re.compile(
    r"\b(?:won|lost|led|leads|tied|finished|stood|stands|trading|traded|priced|rated|ranked|"
    r"capped|aged|peaked|scored|level|number|no\.|rank|ranked|placed|seeded)\b(?:\s+\w+){0,2}"
    r"\s+at\s+\Z",
    re.IGNORECASE,
)


def chat_hour(m: re.Match, ctx: Context) -> list[Timex]:
    """ "lunch at 1?", "till 4", "dinner at 8 on sat?": a bare hour in a text as short as a
    post, on the day named after it or the day the story is at; its half of the day is told
    by the words before it (see ``_post_meridian``)."""
    if len(ctx.text) > SHORT_TEXT:
        return []  # "at 3" in news is more often a score or a count
    if _SCORE_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return []  # "won at 2", "priced at 9": a score or a count, not an hour
    hour = int(m["h"])
    hour += 12 if _post_meridian(ctx.text, m.start(), hour) else 0
    day_ = _clock_day(m, ctx)
    return [ctx.time(m, cal.day(day_) if day_ else None, f"{hour:02d}:00")]


_HOURS_BEFORE = re.compile(r"\b(?:open|opens|hours|closed|closes|call\s+us)\b", re.IGNORECASE)


def bare_hours(m: re.Match, ctx: Context) -> list[Timex]:
    """Two bare hours joined by a dash: opening hours right after a weekday ("Mon–Fri 7–6"),
    else evening hours in a post ("doors 7pm, music 8–11")."""
    if _WEEKDAY_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return _shop_hours(m, ctx)
    return _evening_hours(m, ctx)


_WEEKDAY_BEFORE = re.compile(rf"\b(?:{WEEKDAY_ANY_CASE}\.?|weekends)\s+\Z")


def _shop_hours(m: re.Match, ctx: Context) -> list[Timex]:
    """ "Mon–Fri 7–6", "Sat 8–2", "Fri 5–11": opening hours in a post or after "open",
    "hours" ..., from the morning unless they open before seven (then from the afternoon),
    closing after they open (not a score: "beat them Sunday 2-1")."""
    if len(ctx.text) > SHORT_TEXT and not _HOURS_BEFORE.search(
        ctx.text, max(0, m.start() - 40), m.start()
    ):
        return []
    first, last = int(m["h0"]), int(m["h"])
    if first < 7:
        first += 12
    if last <= first:
        last += 12
    return _hour_range(m, ctx, first, last)


def _evening_hours(m: re.Match, ctx: Context) -> list[Timex]:
    """ "doors 7pm, music 8–11", "party 9–12": bare hours in a post after an evening word or
    a p.m. time, in the evening."""
    before = ctx.text[max(0, m.start() - _POST_REACH) : m.start()]
    evening = _EVENING_BEFORE.search(before) or _PM_BEFORE.search(before)
    if len(ctx.text) > SHORT_TEXT or not evening:
        return []
    first, last = int(m["h0"]) + 12, int(m["h"]) + 12
    return _hour_range(m, ctx, first, last)


def _hour_range(m: re.Match, ctx: Context, first: int, last: int) -> list[Timex]:
    """The two TIMEs of a range of hours, on the day the story is at, if it runs forward."""
    if not first < last <= 24:
        return []
    day_ = _story_day(m, ctx)
    day = cal.day(day_) if day_ else None
    return [
        ctx.time(
            (m.start(), m.end("min0") if m["min0"] else m.end("h0")),
            day,
            f"{first:02d}:{int(m['min0'] or 0):02d}",
        ),
        ctx.time((m.start("h"), m.end()), day, f"{last:02d}:{int(m['min'] or 0):02d}"),
    ]


def tonight_hour(m: re.Match, ctx: Context) -> list[Timex]:
    """ "tonight at 8": a bare hour after "tonight at" is in the evening of the DCT."""
    day = cal.day(ctx.dct) if ctx.dct else None
    return [ctx.time(m, day, f"{int(m['h']) + 12:02d}:00")]


# Where "the 15th" is a day: before a stop or the other end of a range ("by the 21st.",
# "the 23rd to the 25th", "is the 14th so ..."), after "on", "by" ... or a range's start.
_ORDINAL_DAY_AFTER = re.compile(
    r"\s*(?:[.,;:)?!]|$)|\s+(?:to|until|through)\s+the\s+\d|\s+(?:so|but|till|until)\b"
)
_ORDINAL_DAY_BEFORE = re.compile(
    r"\b(?:on|by|until|from|since|till)\s+\Z|\bthe\s+\d\d?(?:st|nd|rd|th)\s+(?:to|through)\s+\Z",
    re.IGNORECASE,
)


def ordinal_day(m: re.Match, ctx: Context) -> list[Timex]:
    """ "on the 15th", "by the 21st.", "from the 23rd to the 25th": that day of the DCT's
    month, or of a month next to it."""
    if not (
        _ORDINAL_DAY_AFTER.match(ctx.text, m.end())
        or _ORDINAL_DAY_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        return []  # "the 15th amendment", "raised to the 3rd power"
    return _day_of_near_month(m, ctx, None)


def weekday_ordinal(m: re.Match, ctx: Context) -> list[Timex]:
    """ "Wed 27th", "Friday the 13th": that day of the month next to the DCT's (or of the
    DCT's) on which it falls on that weekday."""
    return _day_of_near_month(m, ctx, WEEKDAYS[lower(m["wd"])])


def week_of_ordinal(m: re.Match, ctx: Context) -> list[Timex]:
    """ "the week of the 16th", "the weekend of the 3rd": the week (weekend) of that day of
    a month next to the DCT's."""
    named = _day_of_near_month(m, ctx, None)
    return [week_of_day(m, ctx, named[0])] if named else []


def _day_of_near_month(m: re.Match, ctx: Context, weekday: int | None) -> list[Timex]:
    """Day ``m["d"]`` of the month named just before ("March rent is due on the 1st"), else
    of the month before, of or after the DCT's, the one the tense picks, on ``weekday`` if
    one is given."""
    d = day_number(m["d"])
    resolved = None
    if weekday is None and (named := _story_date(m, ctx, ("month", "day"))):
        # that day of the month named ("March rent is due on the 1st"), or the first such
        # day from the day named ("back on the 28th ... flying out on the 4th")
        found = safe_date(named.year, named.month, d)
        if found and found < named:
            y, mon = cal.add_months(named.year, named.month, 1)
            found = safe_date(y, mon, d)
        return [ctx.date(m, cal.day(found), f"XXXX-XX-{d:02d}")] if found else []
    if ctx.dct:
        months = [cal.add_months(ctx.dct.year, ctx.dct.month, k) for k in (-1, 0, 1)]
        days = [
            cal.day(found)
            for y, mon in months
            if (found := safe_date(y, mon, d))
            and (weekday is None or found.isoweekday() == weekday)
        ]
        if not days:
            return []
        resolved = nearest(days, ctx.dct, ctx.tense(*m.span()), 0)
    return [ctx.date(m, resolved, f"XXXX-XX-{d:02d}")]
