"""Which date goes with which trigger in a sentence.

Each trigger goes to its nearest date (a clause boundary in between counts as distance);
each date then takes the best of its triggers. Triggers that name a happening only as the
background, object or prospect of another ("following the summit", "condemned the invasion",
"if there was an invasion") take no date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from timeline.events.clauses import ends_clause
from timeline.events.cues import (
    ABSTRACT_OBJECTS,
    BACKGROUND_WORDS,
    CLAUSE_BOUNDARIES,
    DETERMINERS,
    HYPOTHETICAL_WORDS,
    MEET_WORDS,
    OBJECT_TAKING_TYPES,
    OBJECT_TAKING_WORDS,
    PHRASE_PREPOSITIONS,
    REPORTING_VERBS,
    alternation,
)
from timeline.events.triggers import Trigger
from timeline.temporal import DateMention

_REPORTED = re.compile(
    rf"\b(?:{alternation(REPORTING_VERBS)})\s+(?:on\s+|late\s+|early\s+)?$", re.I
)
_BACKGROUND = re.compile(
    rf"\b(?:{alternation(BACKGROUND_WORDS)})\s+"
    r"(?:the|a|an|this|that|last|their|his|her|its)?\s*(?:[\w.'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(rf"\b(?:{alternation(HYPOTHETICAL_WORDS)})\b[^;]*$", re.IGNORECASE)
_MEET_ABSTRACT = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}(?:{alternation(ABSTRACT_OBJECTS)})\b")
_ATTRIBUTIVE = re.compile(rf"\b(?:{alternation(DETERMINERS)}|\d+)\s+$", re.IGNORECASE)
_CLAUSE_BOUNDARY = re.compile(alternation(CLAUSE_BOUNDARIES), re.IGNORECASE)
# "renewal of humanitarian assistance", "calls for a ceasefire", "condemned the invasion",
# "urged Russia on Friday to pull back": a trigger in the complement of another.
_COMPLEMENT = re.compile(r"\s+(?:of|for)\s+(?:[\w.'’-]+\s+){0,4}")
_AFTER_PREPOSITION = re.compile(r"\s+(?:[\w.'’-]+\s+){0,3}")
_OBJECT = re.compile(r"(?:\s+[\w.'’-]+){0,8}\s+")
_INFINITIVE = re.compile(r"(?:\s+[\w.'’-]+){0,5}\s+to\s+")
# "met leaders of the strike movement", "protested to China over the detention of": a noun
# in a prepositional phrase after a clear verb of its clause.
_PREPOSITIONAL = re.compile(
    rf"(?:\s+[\w.'’-]+){{0,6}}?\s+(?:{alternation(PHRASE_PREPOSITIONS)})\s+"
    rf"(?:(?:{alternation(DETERMINERS)})\s+)?(?:[\w'’-]+\s+)?"
)
# "Collective Security Treaty Organization", "Federal Bureau of Investigation": a trigger
# word inside a proper name.
_IN_NAME = re.compile(r"(?:[A-Z][\w.-]* [A-Z][\w.-]* [A-Z]|[A-Z][\w.-]* of [A-Z])")
_POSSESSIVE = re.compile(r"['’]s\b")
CHARS_PER_WEIGHT = 15  # one step of trigger weight outweighs this many characters of distance
CLAUSE_PENALTY = 60  # a clause boundary between a date and a trigger counts as this many
POSSESSIVE_REACH = 40  # "today's unanimous renewal": how far a possessive date reaches
LOOK_BACK = 40
CLEAR_WEIGHT = 2  # a trigger this strong names a happening of its own clause


def is_report_date(text: str, sentence_start: int, mention: DateMention) -> bool:
    """Whether ``mention`` dates a report ("…, the State Department said Thursday")."""
    start = max(sentence_start, mention.char_start - LOOK_BACK)
    return _REPORTED.search(text, start, mention.char_start) is not None


def attach_dates(
    text: str, dated: list[DateMention], triggers: list[Trigger]
) -> Iterator[tuple[DateMention, Trigger, bool]]:
    """Each date with the best of the triggers nearer to it than to other dates: one its
    possessive names ("today's renewal"), else the strongest and nearest. A clause of its
    own (after ", and" or ";") with a clear trigger of another kind names a second
    happening of the same date ("Israel struck Gaza on Sunday, and Hamas released two
    hostages"); it comes with True."""
    claimed: dict[int, list[Trigger]] = {}
    if any(t.weight for t in triggers):  # "fighter jets" names a happening only alone
        triggers = [t for t in triggers if t.weight]
    for trigger in (t for t in triggers if not is_background(text, t, triggers)):
        nearest = min(range(len(dated)), key=lambda i: _distance(dated[i], trigger, text))
        claimed.setdefault(nearest, []).append(trigger)
    for index, candidates in sorted(claimed.items()):
        mention = dated[index]
        rank = partial(_rank, text, mention)
        best = max(candidates, key=rank)
        yield mention, best, False
        kinds = {best.event_type}
        for clause in _clauses(text, candidates):
            other = max(clause, key=rank)
            if (
                best not in clause
                and other.weight >= CLEAR_WEIGHT
                and other.event_type not in kinds
            ):
                kinds.add(other.event_type)
                yield mention, other, True


def _rank(text: str, mention: DateMention, trigger: Trigger) -> tuple[bool, int]:
    """How well a trigger fits a date: named by its possessive, then strong and near."""
    possessive = _POSSESSIVE.match(text, mention.char_end) is not None
    return (
        possessive and 0 <= trigger.start - mention.char_end <= POSSESSIVE_REACH,
        trigger.weight * CHARS_PER_WEIGHT - _distance(mention, trigger, text),
    )


def _clauses(text: str, triggers: list[Trigger]) -> list[list[Trigger]]:
    """Triggers in text order, grouped by the clause they stand in."""
    clauses: list[list[Trigger]] = []
    for trigger in sorted(triggers, key=lambda t: t.start):
        if clauses and not ends_clause(text, clauses[-1][-1].end, trigger.start):
            clauses[-1].append(trigger)
        else:
            clauses.append([trigger])
    return clauses


def is_background(text: str, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Whether ``trigger`` names a happening only as the background, object or prospect of
    another ("following the summit", "condemned the invasion", "if there was an invasion")."""
    before = max(0, trigger.start - LOOK_BACK)
    return bool(
        _HYPOTHETICAL.search(text, before, trigger.start)
        or trigger.text.lower() in MEET_WORDS
        and _MEET_ABSTRACT.match(text, trigger.end)
        or any(_is_complement(text, trigger, head) for head in triggers)
        or _is_participle_clause(text, trigger, triggers)
        or _in_name(text, trigger)
        or _BACKGROUND.search(text, before, trigger.start)
        or trigger.text.endswith("ed")
        and _ATTRIBUTIVE.search(text, before, trigger.start)
    )


def _is_complement(text: str, trigger: Trigger, head: Trigger) -> bool:
    """Whether ``trigger`` completes ``head``: "renewal of assistance", "calls for a
    ceasefire", "urged Russia to pull back", "condemned the invasion"."""
    if head.end > trigger.start:
        return False
    if head.event_type in OBJECT_TAKING_TYPES or head.text.lower() in OBJECT_TAKING_WORDS:
        gap = _OBJECT
    elif head.text.lower().endswith((" for", " of")):
        gap = _AFTER_PREPOSITION
    else:
        gap = _COMPLEMENT
    gaps = (gap, _INFINITIVE, _PREPOSITIONAL) if head.weight >= CLEAR_WEIGHT else (gap, _INFINITIVE)
    return any(p.fullmatch(text, head.end, trigger.start) for p in gaps)


def _is_participle_clause(text: str, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "expelled the ambassador on Friday, accusing Madrid of …": a clause of an -ing verb
    after a comma says more about the happening of the clause before it."""
    return (
        trigger.text.endswith("ing")
        and text.endswith(", ", 0, trigger.start)
        and any(head.end <= trigger.start and head.weight for head in triggers)
    )


def _in_name(text: str, trigger: Trigger) -> bool:
    word_before = text.rfind(" ", 0, max(0, trigger.start - 1)) + 1
    if text[word_before : trigger.start] == "of ":
        word_before = text.rfind(" ", 0, max(0, word_before - 1)) + 1
    return _IN_NAME.match(text, word_before, trigger.end + 2) is not None


def _distance(mention: DateMention, trigger: Trigger, text: str) -> int:
    """Characters between a date and a trigger, more when a clause boundary lies between."""
    if trigger.start >= mention.char_end:
        start, end = mention.char_end, trigger.start
    else:
        start, end = trigger.end, mention.char_start
    boundary = end > start and _CLAUSE_BOUNDARY.search(text, start, end) is not None
    return max(end - start, 0) + (CLAUSE_PENALTY if boundary else 0)
