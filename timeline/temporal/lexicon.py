"""English word lists for the temporal tagger, kept as data apart from the engine."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1,
    "tuesday": 2, "tues": 2, "tue": 2,
    "wednesday": 3, "weds": 3, "wed": 3,
    "thursday": 4, "thurs": 4, "thu": 4,
    "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# First month of each meteorological season (northern hemisphere); winter spans the new year.
SEASON_FIRST_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Clock hours said as words; midnight closes its day (TimeML "T24:00").
NAMED_HOURS: dict[str, int] = {"noon": 12, "midday": 12, "midnight": 24}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "arvo": "AF",
    "evening": "EV",
    "night": "NI",
    "nite": "NI",
    "overnight": "NI",
}

NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12,
    "half a": 0.5, "a half": 0.5, "one and a half": 1.5, "a year and a half": 1.5,
}  # fmt: skip

# Vague quantities: "several years" -> PXY.
VAGUE_NUMBERS = frozenset(
    {"several", "a few", "few", "some", "many", "recent", "the coming", "coming"}
)

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "last": -1, "final": -1,
}  # fmt: skip

# Duration units: TIMEX3 letter and whether the unit is a time (PT...) unit.
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
    "hr": ("H", True),
    "min": ("M", True),
    "wk": ("W", False),
    "yr": ("Y", False),
}

# Units whose count is multiplied out in durations: a fortnight is 2 weeks, a decade 10 years.
UNIT_SCALE: dict[str, tuple[str, int]] = {
    "fortnight": ("W", 2),
    "quarter": ("M", 3),
    "decade": ("Y", 10),
    "century": ("Y", 100),
}

# Words between a count and its unit: "two more weeks", "eight trading days".
COUNT_QUALIFIERS = (
    "more", "additional", "further", "straight", "consecutive", "full", "successive", "long",
    "trading", "business", "working",
)  # fmt: skip

# "early May" -> START; "mid-June" -> MID; "late 1990" / "the end of 1990" -> END.
PART_MODS: dict[str, str] = {
    "early": "START",
    "the beginning of": "START",
    "the start of": "START",
    "beginning of": "START",
    "start of": "START",
    "mid": "MID",
    "middle": "MID",
    "the middle of": "MID",
    "middle of": "MID",
    "late": "END",
    "earlier": "START",
    "later": "END",
    "the end of": "END",
    "end of": "END",
    "the close of": "END",
    "end of day": "END",
    "eod": "END",
    "cob": "END",
    "the first half of": "START",
    "the second half of": "END",
}

# Quantifier words in front of a duration: "about three years" (APPROX).
DURATION_MODS: dict[str, str] = {
    "around": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "approximately": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "more than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}

# Adverbs of frequency and the SET each names.
FREQUENCY_ADVERBS: dict[str, str] = {
    "daily": "P1D",
    "nightly": "XXXX-XX-XXTNI",  # every night
    "weekly": "P1W",
    "monthly": "P1M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "hourly": "PT1H",
}

# Single words that are DATE timexes on their own, with their TIMEX3 value.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "recently": "PAST_REF",
    "the past": "PAST_REF",
    "lately": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
}

# Day offsets of the deictic day words.
DAY_WORDS: dict[str, int] = {
    "today": 0,
    "2day": 0,
    "tonight": 0,
    "tonite": 0,
    "2nite": 0,
    "yesterday": -1,
    "yday": -1,
    "overnight": -1,
    "tomorrow": 1,
    "tmrw": 1,
    "2morrow": 1,
    "2moro": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
NIGHT_WORDS = frozenset({"tonight", "tonite", "2nite", "overnight"})

# Words that make a weekday the name of a paper or a show: "the Sunday Times", "Sunday Mirror".
TITLE_WORDS_AFTER_WEEKDAY = (
    "Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "Mail", "Star", "Tribune",
    "Independent", "Observer", "Sport", "People", "Business", "Review", "Magazine", "Edition",
    "Night Football", "Night Live",
)  # fmt: skip

# "next week" / "last month": direction of the relative word.
RELATIVE_WORDS: dict[str, int] = {
    "this": 0,
    "this past": -1,
    "this coming": 1,
    "current": 0,
    "the current": 0,
    "next": 1,
    "nxt": 1,
    "the next": 1,
    "coming": 1,
    "the coming": 1,
    "the following": 1,
    "following": 1,
    "last": -1,
    "past": -1,
    "the past": -1,
    "previous": -1,
    "the previous": -1,
    "the last": -1,
    "that": 0,
    "that same": 0,
    "the same": 0,
    "latest": 0,
    "the latest": 0,
}

# Relative words that count from the date last mentioned, not from the DCT.
ANAPHORIC_WORDS = frozenset({
    "that", "that same", "the same", "the following", "following", "the previous", "previous",
    "the next",
})  # fmt: skip

# Clause words that set the tense used to resolve "Friday" or "in April".
FUTURE_MARKERS = (
    "will", "won't", "'ll", "shall", "going to", "plans to", "plan to", "plan for",
    "scheduled", "expected", "is to", "are to", "upcoming", "forecast to", "predicted to",
    "projected to", "poised to", "likely to",
    "intends to", "aims to", "hopes to", "set to", "would", "planning", "planned to",
    "planned for", "planned a", "planned an", "slated",
    "intended to", "expect", "expects", "coming",
    "were planning", "was planning", "were going to", "was going to", "was expected",
    "were expected", "was scheduled", "were scheduled", "was due", "were due", "is due", "are due",
    "begins", "starts", "opens", "resumes", "takes place", "kicks off", "expires", "ends", "closes",
    "arrives", "departs", "travels", "hosts", "flies", "meets", "leaves",
    "begin", "start", "resume", "take place", "kick off", "expire",
    "set for", "reset for", "takes effect", "take effect", "comes into force", "come into force",
    "enters into force", "enter into force",
)  # fmt: skip
PAST_MARKERS = (
    "was", "were", "had", "did", "ago", "earlier", "previously", "already",
    "has been", "have been", "took", "met", "held", "began", "came", "went", "made",
    "gave", "spoke", "saw", "won", "lost", "fell", "rose", "sold", "bought",
    "left", "led", "paid", "became", "knew", "thought", "found", "brought", "sent",
    "spent", "tore", "struck", "shot", "fled", "flew", "fought", "drove", "ran", "wrote",
    "stood", "kept", "felt", "heard", "sought", "taught", "caught", "chose", "broke", "built",
    "drew", "grew", "threw", "withdrew", "swore", "wore", "rode", "sank", "slept",
    "stole", "swept", "understood", "undertook", "overthrew", "oversaw", "underwent", "froze",
    "hid", "hung", "laid", "lent", "meant", "arose", "bore", "blew", "ate", "dealt", "forgot",
    "born", "rang", "sang", "swam", "drank", "spun", "swung", "clung", "dug", "bled", "sped",
    "slid", "forgave", "shook", "mistook", "woke", "wove", "strove", "got", "knelt", "wept",
    "crept", "leapt", "bent", "upheld", "withheld", "overcame", "sprang", "slew",
    "sworn", "taken", "given", "shown", "seen", "chosen", "driven", "written", "spoken",
    "broken", "stolen", "frozen", "hidden", "beaten", "flown", "grown", "thrown", "drawn",
    "torn", "worn", "begun", "fallen", "forgotten", "forgiven", "ridden", "risen", "shaken",
    "eaten", "slain", "undertaken", "overthrown", "withdrawn",
)  # fmt: skip
# A word right before the expression that points to the future: "by May", "effective Dec. 7".
FUTURE_PREPOSITIONS = (
    "by", "until", "till", "til", "effective", "expire", "expires", "due", "as early as",
    "starting", "beginning",
    "as soon as", "ahead of", "in time for", "payable", "moved to", "pushed to",
    "pushed back to", "postponed to", "postponed until", "delayed to", "delayed until",
    "rescheduled for", "rescheduled to", "moved up to", "brought forward to", "moves to",
    "move to", "moving to",
)  # fmt: skip
REPORTING_VERBS = ("said", "says", "saying", "told", "announced", "reported", "added", "noted")
# Verbs of intent: what their infinitive names is still to come ("agreed on Wednesday to
# reopen the border from 1 December"); not before a noun ("agreed to a ceasefire").
INTENT_VERBS = (
    "agree", "agreed", "agrees", "pledge", "pledged", "pledges", "vow", "vowed", "vows",
    "promise", "promised", "promises", "decide", "decided", "decides",
    "offer", "offered", "offers", "threaten", "threatened", "threatens", "seek", "sought",
    "seeks", "prepare", "prepared", "prepares", "told", "asked", "urged", "ordered",
    "instructed", "invited",
)  # fmt: skip
# Words before an -ed adjective: "the planned trip", "an unspecified date" (not "that":
# "the firm that failed").
DETERMINERS = (
    "a", "an", "the", "this", "these", "those", "its", "his", "her", "their", "our",
    "my", "your", "no", "any", "each", "every",
)  # fmt: skip
# Words in -ed that are no past verbs.
NOT_PAST_IN_ED = (
    "need", "speed", "indeed", "hundred", "red", "bed", "seed", "feed", "breed", "shed",
    "united", "limited",
)  # fmt: skip

# Decades in words: "the nineties" (of the 20th century unless a century is said).
DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip

# Holidays with a fixed date: (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "independence day": (7, 4),
    "the fourth of july": (7, 4),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "veterans' day": (11, 11),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "juneteenth": (6, 19),
    "st. patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "bastille day": (7, 14),
    "german unity day": (10, 3),
    "day of german unity": (10, 3),
    "canada day": (7, 1),
    "australia day": (1, 26),
    "anzac day": (4, 25),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "xmas": (12, 25),
    "xmas eve": (12, 24),
    "xmas day": (12, 25),
    "boxing day": (12, 26),
    "all saints' day": (11, 1),
    "all souls' day": (11, 2),
}

# Days named after what happened on them.
NAMED_DAYS: dict[str, tuple[int, int, int]] = {
    "9/11": (2001, 9, 11),
    "D-Day": (1944, 6, 6),
    "VE Day": (1945, 5, 8),
    "V-E Day": (1945, 5, 8),
    "VJ Day": (1945, 8, 15),
    "V-J Day": (1945, 8, 15),
}

# Holidays on the n-th weekday of a month, counting from a day of it: (month, ISO weekday,
# n, -1 for the last; first day counted). Election Day: the Tuesday after the first Monday;
# Black Friday and Cyber Monday: the days after Thanksgiving.
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "thanksgiving day": (11, 4, 4, 1),
    "thanksgiving": (11, 4, 4, 1),
    "labor day": (9, 1, 1, 1),
    "memorial day": (5, 1, -1, 1),
    "martin luther king day": (1, 1, 3, 1),
    "martin luther king jr. day": (1, 1, 3, 1),
    "martin luther king, jr. day": (1, 1, 3, 1),
    "mlk day": (1, 1, 3, 1),
    "presidents' day": (2, 1, 3, 1),
    "presidents day": (2, 1, 3, 1),
    "president's day": (2, 1, 3, 1),
    "columbus day": (10, 1, 2, 1),
    "indigenous peoples' day": (10, 1, 2, 1),
    "indigenous peoples day": (10, 1, 2, 1),
    "mother's day": (5, 7, 2, 1),
    "father's day": (6, 7, 3, 1),
    "election day": (11, 2, 1, 2),
    "black friday": (11, 5, 1, 23),
    "cyber monday": (11, 1, 1, 26),
}

# Movable feasts: days from Easter Sunday (Western churches).
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "palm sunday": -7,
    "ash wednesday": -46, "pentecost": 49, "good friday": -2, "maundy thursday": -3,
    "holy saturday": -1, "shrove tuesday": -47, "mardi gras": -47, "ascension day": 39,
    "whit monday": 50,
}  # fmt: skip

# Holidays that follow the moon, by the names they go by: their days are in ``lunar``.
LUNAR_HOLIDAY_NAMES: dict[str, str] = {
    "eid al-fitr": "eid al-fitr", "eid al fitr": "eid al-fitr", "eid ul-fitr": "eid al-fitr",
    "eid-ul-fitr": "eid al-fitr", "eid-al-fitr": "eid al-fitr",
    "eid al-adha": "eid al-adha", "eid al adha": "eid al-adha", "eid ul-adha": "eid al-adha",
    "eid-ul-adha": "eid al-adha", "eid-al-adha": "eid al-adha",
    "diwali": "diwali", "deepavali": "diwali",
    "lunar new year": "lunar new year", "chinese new year": "lunar new year",
    "rosh hashanah": "rosh hashanah", "rosh hashana": "rosh hashanah",
    "yom kippur": "yom kippur", "passover": "passover", "pesach": "passover",
    "hanukkah": "hanukkah", "chanukah": "hanukkah",
}  # fmt: skip

# Holidays that are a whole week, and the day of it they are named after.
WEEK_HOLIDAYS: dict[str, str] = {"holy week": "easter", "easter week": "easter"}
