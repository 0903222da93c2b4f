"""A cheap reading of the tense of the clause around a temporal expression."""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.temporal.lexicon import (
    DETERMINERS,
    FUTURE_MARKERS,
    FUTURE_PREPOSITIONS,
    INTENT_VERBS,
    NOT_PAST_IN_ED,
    PAST_MARKERS,
    REPORTING_VERBS,
)
from timeline.temporal.resolve import FUTURE, PAST


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A plan in the past perfect is over: "had been scheduled to expire Friday" is past.
_NOT_AFTER_HAD = r"(?<!\bhad\s)(?<!\bhad\sbeen\s)"
# A participle after a present "be" is a present passive: "the case is heard in May".
_NOT_AFTER_BE = (
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!'re\s)(?<!’re\s)"
    r"(?<!'s\s)(?<!’s\s)"
)
_NOT_VERBS = rf"(?!(?:{_alternation(NOT_PAST_IN_ED)})\b)"
# A modal takes its verb group along: "will be paid" is future, not the past of "paid".
_VERB_GROUP = r"(?:\s+(?:not|also|probably|likely|still|then|soon|be|have|been))*(?:\s+[a-z]+)?"
# A modal of what may or must come ("could begin in the autumn", "must register by Aug. 20"),
# not of what might have been or could not be done ("could not be reached Wednesday", "could
# be located").
_MODAL = r"(?:could|might|must)(?!\s+(?:not|have|be\s+[a-z]+ed)\b|n't)"
_MARKER = re.compile(
    rf"(?<![\w'])(?:(?P<future>{_NOT_AFTER_HAD}(?:{_alternation(FUTURE_MARKERS)}|{_MODAL})"
    rf"{_VERB_GROUP})"
    rf"|(?P<report>{_alternation(REPORTING_VERBS)})"
    r"|(?P<present>is|are|am)"
    rf"|{_NOT_AFTER_BE}(?<!\bto\s)(?:(?P<past>{_alternation(PAST_MARKERS)})"
    rf"|(?P<ed>{_NOT_VERBS}[a-z]{{2,}}ed)))"
    r"(?!\w)",
    re.IGNORECASE,
)
# The infinitive after a verb of intent in the same clause: "agreed on Wednesday to reopen".
_INTENT = re.compile(
    rf"\b(?:{_alternation(INTENT_VERBS)})\b[^.;!?]{{0,60}}?\b(?P<to>to)\s+"
    r"(?!(?:the|a|an|his|her|its|their|this|that|these|those|it|them|him|us|me|you)\b)[a-z]+\b",
    re.IGNORECASE,
)
_FUTURE_BEFORE = re.compile(rf"\b(?:{_alternation(FUTURE_PREPOSITIONS)})\s+$", re.IGNORECASE)
# Clause boundaries: sentence ends (not after a one-letter or month abbreviation), semicolons.
_BOUNDARY = re.compile(
    r"(?<!\b[A-Za-z])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[.!?;]\s|\n"
)
# The tense each kind of marker gives; a present "is" gives none (the DCT's nearest reading).
_TENSES = {"future": FUTURE, "present": None}
_WINDOW = 160
_QUOTE = re.compile(r"[\"“”]|''|``")
_REPORT_REACH = 12  # "said on Friday", "Friday, officials said": a report dates what is said
# ... or what follows a past report and a few words that are no clause: "told reporters on
# Tuesday", "said in a statement late Wednesday" (not "says no new results before").
_REPORT_OBJECT = re.compile(r"(?<!says)(?:\s+[\w-]+){1,4}\s+")
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_PERFECT_REACH = 40  # "had been due to expire by Friday", not "which had been expected, ..."
# In a headline without tense marker, "to" before a verb tells what is to come: "Biden to
# visit Paris Monday".
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their)\b)[a-z]+\b")
# ... and so does a sentence that opens like a headline: "May to quit as leader Friday."
_HEADLINE_TO = re.compile(
    r"\s*(?:(?!(?i:from|between)\b)\S+\s+){1,4}?to\s+"
    r"(?!(?:the|a|an|his|her|its|their|early|mid|late)\b)[a-z]+\b"
)
# Where a clause begins: a subordinating word or "that"; markers in the clause of the
# expression come first ("will strike on Sunday after talks collapsed": "will"; "a period
# that began in February ends": "began").
_CLAUSE_BOUNDARY = re.compile(
    r"\b(?:after|before|because|when|while|although|though|which|who|whose|whom|where|until|that|"
    r"unless|whereas)\b|\s[—–]\s",
    re.IGNORECASE,
)
_RELATIVE_PRONOUN = re.compile(r"(?:that|which|who)\b", re.IGNORECASE)
# After the expression a coordinated clause also ends it ("struck on Thursday and are due
# to walk out on Saturday"), and so does a participle after a comma ("from 1 December,
# ending a closure that had lasted").
_CLAUSE_END = re.compile(
    rf"{_CLAUSE_BOUNDARY.pattern}|\b(?:and|but)\b|,\s+[a-z]+ing\b", re.IGNORECASE
)
_CLAUSE_END_AT_COMMA = re.compile(rf"{_CLAUSE_END.pattern}|,", re.IGNORECASE)
# A deadline or a date set is still to come unless its own clause says otherwise ("missed a
# Friday deadline", "missed the deadline of Friday"; "set a trial date of Nov. 4").
_DEADLINE_AFTER = re.compile(r"\s+deadlines?\b", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:deadline|date)s?\s+(?:of|on|for|is)\s+\Z", re.IGNORECASE)
_WORD = re.compile(r"\w")
# "through" before an expression without "from" before it: a deadline, when nothing else tells.
_THROUGH_BEFORE = re.compile(r"\bthrough\s+\Z", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_FINAL_STOP = re.compile(r"[.!?:;'\"”’)]\s*$")


# Short texts (notices, posts, captions) mostly announce what is to come, news stories
# report what happened; but a verb whose past is its present ("set", "cut") may be a past,
# and a reporting verb ("said") shows news.
SHORT_TEXT = 280
_SAME_IN_PAST = re.compile(  # in lower case: "TO LET" and "Let's" are no past
    r"\b(?:set|put|cut|hit|let|quit|shut|split|spread|cast|cost|hurt|read|beat|bid|upset|"
    r"forecast|broadcast)\b"
)
_PAST_VERB = re.compile(rf"{_alternation(PAST_MARKERS)}|{_SAME_IN_PAST.pattern}")
_REPORTED = re.compile(  # a report in the past: "said", not "says" ("mum says dinner's at 4")
    rf"\b(?:{_alternation(tuple(v for v in REPORTING_VERBS if v != 'says'))})\b", re.IGNORECASE
)


def after_since(text: str, at: int) -> bool:
    """Whether "since" stands right before ``text[at]`` ("since 2009")."""
    return bool(_SINCE_BEFORE.search(text, max(0, at - 8), at))


def is_notice(text: str, at: int) -> bool:
    """Whether ``text`` is as short as a post or a notice, has no verb that may be a past
    and no past report in the sentence at ``at`` ("Info session Thursday at noon in Room
    1030.", "Talks resume Monday in Geneva."; not "..., the attorney said Thursday night")."""
    if len(text) > SHORT_TEXT or _SAME_IN_PAST.search(text):
        return False
    return not _REPORTED.search(text, *_sentence(text, at, at, SHORT_TEXT))


# A dateline: "LONDON (AP) —", "DHAKA, Feb. 26 -", "NAIROBI, Kenya, March 3 (Reuters) -".
_DATELINE = (
    r"(?-i:[A-Z][A-Z.' ]+)(?:,\s*(?-i:[A-Z])[\w.]*(?:\s+\d{1,2})?)*(?:\s*\([^()]{1,20}\))?"
    r"\s*[—–-]+\s*"
)
# A sentence that opens with a plural subject and a verb in the present ("Britons vote on
# Thursday", "Ministers meet in Brussels on Tuesday"; not "Rebels seized", "Prices hit").
_PLURAL_SUBJECT_VERB = re.compile(
    rf"\s*(?:{_DATELINE})?"
    r"(?:(?:The|Some|Many|Most|All)\s+)?(?!(?:This|His|Its|Thus)\b)"
    r"(?-i:(?:[A-Z][a-z]+\s+)?[A-Za-z][a-z]+[b-df-hj-np-tv-zi]s)\s+"  # "Polling stations"
    r"(?!(?:have|had|were|did|do|will|would|could|can|may|might|must|shall|should|also|still|"
    r"then|not|now|and|or|of|in|on|at|to|from|with|who|which|that|the|a|an)\b)"
    r"(?P<verb>[a-z]+)\b(?<!ed)(?<!s)(?<!ing)(?<!ly)"
)


def _opens_in_present(text: str, left: int, at: int) -> bool:
    """Whether the sentence from ``left`` opens with a plural subject and a verb in the
    present, in the clause of ``text[at]`` ("Britons vote on Thursday in a referendum")."""
    opening = _PLURAL_SUBJECT_VERB.match(text, left, at)
    return (
        bool(opening)
        and not _PAST_VERB.fullmatch(opening["verb"])
        and not _CLAUSE_BOUNDARY.search(text, opening.end(), at)
    )


def _sentence(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """Bounds of the sentence (or clause after a semicolon) around ``text[start:end]``, at
    most ``reach`` characters on each side."""
    left = max(0, start - reach)
    for boundary in _BOUNDARY.finditer(text, left, start):
        left = boundary.end()
    right = min(len(text), end + reach)
    if boundary := _BOUNDARY.search(text, end, right):
        right = boundary.start()
    return left, right


def is_headline(text: str, at: int) -> bool:
    """Whether the line around ``text[at]`` is a headline: one line, no final stop."""
    first = text.rfind("\n", 0, at) + 1
    last = text.find("\n", at)
    return not _FINAL_STOP.search(text, first, len(text) if last < 0 else last)


# An -ed word after a determiner or a preposition is an adjective: "a still unspecified
# date", "the planned trip", "between scheduled meetings"; after "as" it tells no tense of
# the clause: "will go ahead on Friday as planned".
_DETERMINER_BEFORE = re.compile(
    rf"\b(?:{_alternation(DETERMINERS)}|as|between|during|of|in|on|at|with|from)\s+"
    r"(?:[a-z]+ly\s+|still\s+)?$",
    re.IGNORECASE,
)
_ED_WORD = re.compile(r"[a-z]+ed\b", re.IGNORECASE)


def _is_adjective(text: str, marker: re.Match) -> bool:
    """Whether an -ed marker ("delayed", "scheduled") is a participle used as an adjective
    or after "as" ("as planned")."""
    before = max(0, marker.start() - 30)
    return (
        marker.lastgroup in ("ed", "future")
        and bool(_ED_WORD.match(text, marker.start()))
        and bool(_DETERMINER_BEFORE.search(text, before, marker.start()))
    )


def _quote_between(text: str, marker: re.Match, start: int, end: int) -> bool:
    """Whether a quotation mark stands between the marker and the expression: the quote has
    its own tense ("leave at 4 a.m. Thursday,'' Castro said"; "'... will march forward,' she
    said Thursday night")."""
    between = text[marker.end() : start] if marker.start() < start else text[end : marker.start()]
    return bool(_QUOTE.search(between))


def clause_tense(text: str, start: int, end: int, day: bool = False) -> str | None:
    """``"past"``, ``"future"`` or None for the clause around ``text[start:end]``.

    A deadline word right before the expression ("by May", "until Nov. 21") means the
    future, unless the past perfect governs it ("until Monday they had not", "had been due
    to expire by Friday"), and so does "deadline" after it when its clause has no marker
    ("set a Sunday deadline"); otherwise the nearest tense marker wins ("will", "next", "-ed"
    verbs; a present "is" leaves the tense open), first in the expression's own clause (cut
    at "after", "which", "when" ...; after the expression also at "and", "but", and at the
    comma that closes a "who"/"when" clause), then between the commas around it, then in
    the whole sentence. A reporting verb ("said") only counts right next to the expression
    ("said Friday"); a day in a sentence that opens with a plural subject and a verb in the
    present is to come ("Britons vote on Thursday"); a headline, or a sentence that opens
    like one, without markers but with an infinitive ("Biden to visit Paris Monday") is in
    the future; "through" before it is a deadline when nothing else tells.
    """
    left, right = _sentence(text, start, end, _WINDOW)
    if _FUTURE_BEFORE.search(text, max(0, start - 12), start):
        perfect = _PAST_PERFECT.search(text, max(left, start - _PERFECT_REACH), right)
        return PAST if perfect else FUTURE
    if after_since(text, start):
        return PAST
    clause_left, clause_right = left, right
    for boundary in _CLAUSE_BOUNDARY.finditer(text, left, start):
        clause_left = boundary.start()
    # a clause opened by "who", "when" ... ends at its comma: "who will be sworn in on Jan.
    # 17, said ..."
    ends = _CLAUSE_END_AT_COMMA if clause_left > left else _CLAUSE_END
    if boundary := ends.search(text, end, right):
        clause_right = boundary.start()
    markers = list(_markers(text, start, end, left, right))
    in_clause = [m for m in markers if clause_left <= m[0] and m[1] <= clause_right]
    if _RELATIVE_PRONOUN.match(text, clause_left) and any(m[0] < start for m in in_clause):
        # "a campaign that began on Monday will run until July 31": the main verb follows
        in_clause = [m for m in in_clause if m[0] < start]
    if not in_clause and (
        _DEADLINE_AFTER.match(text, end) or _DEADLINE_BEFORE.search(text, left, start)
    ):
        return FUTURE  # "set a Sunday deadline ... after talks failed", "a deadline of Friday"
    if day and not in_clause and _opens_in_present(text, left, start):
        return FUTURE  # a day planned: "Britons vote on Thursday, after a campaign that ..."
    segment_left, segment_right = _segment(text, start, end, left, right)
    in_segment = [m for m in markers if segment_left <= m[0] and m[1] <= segment_right]
    best = min(in_clause or in_segment or markers, key=lambda m: m[2], default=None)
    headline = is_headline(text, start) and _INFINITIVE.search(text, left, right)
    if best is None and (headline or _HEADLINE_TO.match(text, left, right)):
        return FUTURE  # "Biden to visit Paris Monday", "Climate strikers to march Saturday."
    tense = best[3] if best else None
    if tense is None and _is_through_deadline(text, max(left, start - 40), start):
        return FUTURE  # "open daily through the weekend" (not "from May through July")
    return tense


def _is_through_deadline(text: str, left: int, start: int) -> bool:
    """Whether "through" stands right before ``text[start]`` with no "from" before it."""
    through = _THROUGH_BEFORE.search(text, left, start)
    return bool(through) and not _FROM.search(text, left, through.start())


def _opens_sentence(text: str, marker: re.Match, left: int) -> bool:
    """Whether a capitalized marker is the first word of the sentence starting at ``left``."""
    return marker[0][0].isupper() and not _WORD.search(text, left, marker.start())


def _segment(text: str, start: int, end: int, left: int, right: int) -> tuple[int, int]:
    """Bounds of the stretch between the commas around ``text[start:end]`` within the
    sentence ``text[left:right]`` ("the deal, reached ... over the weekend, will ...")."""
    comma_before = text.rfind(",", left, start)
    comma_after = text.find(",", end, right)
    return (
        comma_before + 1 if comma_before >= 0 else left,
        comma_after if comma_after >= 0 else right,
    )


def _markers(
    text: str, start: int, end: int, left: int, right: int
) -> Iterator[tuple[int, int, int, str | None]]:
    """(start, end, distance, tense) of each tense marker of ``text[left:right]`` that may
    govern ``text[start:end]``."""
    for marker in _MARKER.finditer(text, left, right):
        if start <= marker.start() < end:
            continue  # a word of the expression itself ("next", "last")
        # a modal's verb group may run into the expression: "opens Monday" is right before it
        distance = max(0, start - marker.end()) if marker.start() < start else marker.start() - end
        if (
            marker.lastgroup == "report"
            and distance > _REPORT_REACH
            and not _REPORT_OBJECT.fullmatch(text, marker.end(), start)
        ):
            continue  # "said" dates only what is right next to it: "said Friday"
        if _quote_between(text, marker, start, end):
            continue
        if _is_adjective(text, marker):
            continue
        if marker.lastgroup == "ed" and (
            _opens_sentence(text, marker, left)
            or (len(text) <= SHORT_TEXT and marker[0].lower() == "closed")
        ):
            continue  # a notice's state: "Closed Christmas Day", "we're closed Easter Monday"
        yield marker.start(), marker.end(), distance, _TENSES.get(marker.lastgroup, PAST)
    for intent in _INTENT.finditer(text, left, right):
        to_start, to_end = intent.span("to")
        if to_end <= start and not _QUOTE.search(text, to_end, start):
            yield to_start, to_end, start - to_end, FUTURE
