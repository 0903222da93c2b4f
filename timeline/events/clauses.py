"""Who does what to whom: the subject and object of a trigger, read from its clause.

>>> from timeline.events.actors import find_actors
>>> from timeline.events.phrases import tokenize
>>> from timeline.events.triggers import find_triggers
>>> text = "Kyiv said Russia had attacked Ukraine, and Israel was attacked by Iran."
>>> found = find_actors(text, tokenize(text)).actors
>>> [(r.subject.short, r.object.short) for r in
...  (clause_roles(text, t, found) for t in find_triggers(text, tokenize(text)))]
[('Russia', 'Ukraine'), ('Iran', 'Israel')]

The subject is the first party before the trigger in its own clause (a reported clause
after "said" or "that" has its own), or the party after "by" in a passive ("was attacked
by Iran", "killed by Russian shelling", "the poisoning of Navalny by Russian agents"). A
happening named with its patient ("the detention of Navalny") has no subject unless a
possessive, a party right before it or a light verb gives one ("Russia's invasion of",
"Russia launched an invasion of"). The object is the first party of another country after
the trigger in its clause (a person may share the subject's), else before it; for
happenings that parties do together ("Armenia and Azerbaijan held talks") the party named
with the subject comes first. The participants are the parties of the clause (which ends at
", and", ", but", ";"), a speaker after it ("…, the U.S. Navy said") left out, at most
``MAX_PARTICIPANTS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.events.actors import Actor
from timeline.events.cues import (
    CLAUSE_ENDS,
    LIGHT_VERBS,
    SPEECH_VERBS,
    SUBCLAUSE_WORDS,
    SYMMETRIC_TYPES,
    alternation,
)
from timeline.events.triggers import Trigger

CLAUSE_REACH = 200
MAX_PARTICIPANTS = 6
LIST_ITEM_REACH = 40
SPEECH_REACH = 30  # "told reporters that": a verb of saying this near opens a reported clause
_OPENER = re.compile(
    rf"\b(?:(?:{alternation(SPEECH_VERBS)})(?:\s+that)?|{alternation(SUBCLAUSE_WORDS)})\b"
    rf"|{alternation(CLAUSE_ENDS)}"
)
# ", Australia" right before ", and": the last but one item of a list of names.
_LIST_ITEM = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,3}$")
_SPEECH = re.compile(rf"\b(?:{alternation(SPEECH_VERBS)})\b")
_CLAUSE_END = re.compile(
    rf",\s+(?:[\w.'’-]+\s+){{0,6}}?(?:{alternation(SPEECH_VERBS)})\b"
    rf"|{alternation(CLAUSE_ENDS)}"
)
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|got|gets)\s+(?:\w+ly\s+)?$", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+|its\s+)?$")
_OF_AFTER = re.compile(r"\s+of\s")
_OF_PATIENT = re.compile(r"\s+of\s+(?:the\s+)?")
_FIRST_WORDS = re.compile(r"(?:[\w-]+\s+){0,2}")  # "of Aleksey Navalny", "of five American"
# Between a passive or nominal trigger and its "by" agent: "attacked with drones by",
# "poisoning of Alexei Navalny by".
_TO_AGENT = re.compile(r"\s+(?:[^,;]{0,60}?\s)?by\s+(?:the\s+|a\s+|an\s+|its\s+)?")
# Between a party and the happening it does: "Russia's invasion", "Russian full-scale
# invasion", "by Russian shelling".
_TO_TRIGGER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}")
_LIGHT_VERB = re.compile(rf"\b(?:{alternation(LIGHT_VERBS)})\s+(?:[\w-]+\s+){{0,3}}$", re.I)


@dataclass(frozen=True, slots=True)
class Roles:
    """The parties of a happening: who does it, to whom, and who takes part."""

    subject: Actor | None
    object: Actor | None
    participants: tuple[Actor, ...]


def country_of(actor: Actor | None) -> str:
    """The country an actor is or belongs to ("" for organisations and unknown people)."""
    if actor is None:
        return ""
    return actor.country or (actor.code if actor.kind == "country" else "")


def principal(actors: list[Actor], prefer_country: bool = False) -> Actor | None:
    """The actor a headline names: the first person, or the first country."""
    kinds = ("country", "person") if prefer_country else ("person", "country")
    for kind in (*kinds, "org"):
        for actor in actors:
            if actor.kind == kind:
                return actor
    return None


def clause_roles(text: str, trigger: Trigger, actors: tuple[Actor, ...]) -> Roles:
    """Subject, object and participants of ``trigger`` among the ``actors`` of its sentence."""
    start, reported = _clause_start(text, trigger.start)
    end = _clause_end(text, trigger.end)
    agents = [a for a in actors if _BY_BEFORE.search(text, max(0, a.start - 12), a.start)]
    before = [a for a in actors if a.start < trigger.start and a not in agents]
    in_clause = [a for a in before if a.start >= start]
    after = [a for a in actors if trigger.start < a.start < end and a not in agents]
    subject = _agent(text, trigger, agents)
    if subject is None and not _is_patient_first(text, trigger, in_clause):
        subject = principal(in_clause) or principal(before)
    if is_passive(text, trigger):  # "Israel was attacked": the nearest party is the patient
        after, in_clause = in_clause[::-1], after
    elif trigger.event_type in SYMMETRIC_TYPES and trigger.event_mode not in ("host", "visit"):
        # "Armenia and Azerbaijan held talks" (but "Lula hosted Macron")
        after, in_clause = in_clause, after
    outside = [] if reported else before  # "Blinken said Moscow had …": no object before
    target = _patient(text, trigger, after) or _object(subject, (after, in_clause, outside))
    parties = [a for a in actors if start <= a.start < end or a is subject]
    kept = [a for a in (subject, target) if a is not None]
    kept += [a for a in parties if a not in kept][: MAX_PARTICIPANTS - len(kept)]
    return Roles(subject, target, tuple(sorted(kept, key=lambda a: a.start)))


def _object(subject: Actor | None, groups: tuple[list[Actor], ...]) -> Actor | None:
    """The first group's principal party of another country than the subject's; a person
    after the trigger may share it ("Russia poisoned Navalny")."""
    prefer_country = subject is None or subject.kind != "person"
    home = country_of(subject)
    for index, group in enumerate(groups):
        others = [
            a
            for a in group
            if a is not subject and (country_of(a) != home or index == 0 and a.kind == "person")
        ]
        found = principal(others, prefer_country)
        if found is not None:
            return found
    return None


def _patient(text: str, trigger: Trigger, after: list[Actor]) -> Actor | None:
    """The party right after "of" a happening is named with: "the detention of Navalny"."""
    match = _OF_PATIENT.match(text, trigger.end)
    if match is None:
        return None
    return next((a for a in after if _FIRST_WORDS.fullmatch(text, match.end(), a.start)), None)


def _clause_start(text: str, position: int) -> tuple[int, bool]:
    """Where the clause of ``position`` starts, and whether a verb of saying opens it
    ("said", "told reporters that")."""
    start = 0
    for opener in _OPENER.finditer(text, max(0, position - CLAUSE_REACH), position):
        if not _closes_list(text, opener.start()):
            start = opener.end()
    reported = _SPEECH.search(text, max(0, start - SPEECH_REACH), start) is not None
    return start, start > 0 and reported


def _clause_end(text: str, position: int) -> int:
    for end in _CLAUSE_END.finditer(text, position, position + CLAUSE_REACH):
        if not _closes_list(text, end.start()):
            return end.start()
    return len(text)


def ends_clause(text: str, start: int, end: int) -> bool:
    """Whether a clause ends between ``start`` and ``end`` (", and", ";", ", but" not closing
    a list of names)."""
    return any(not _closes_list(text, m.start()) for m in _CLAUSE_END.finditer(text, start, end))


def heads_own_clause(text: str, trigger: Trigger, actors: tuple[Actor, ...]) -> bool:
    """Whether ``trigger`` stands in a main clause of its own, opened by ", and" or ";" (not
    by "who", "that" or a verb of saying), that names a party."""
    start, end = _clause_start(text, trigger.start)[0], _clause_end(text, trigger.end)
    opened = text.endswith(CLAUSE_ENDS, 0, start)
    return opened and any(start <= actor.start < end for actor in actors)


def _closes_list(text: str, position: int) -> bool:
    """ "the United Kingdom, Australia, and Canada": this ", and" ends a list of names."""
    return _LIST_ITEM.search(text, max(0, position - LIST_ITEM_REACH), position) is not None


def is_passive(text: str, trigger: Trigger) -> bool:
    """ "was attacked", "were killed": the trigger is a participle after a form of *be*."""
    return _BE_BEFORE.search(text, max(0, trigger.start - 20), trigger.start) is not None


def _agent(text: str, trigger: Trigger, agents: list[Actor]) -> Actor | None:
    """The party after "by" that does what the trigger says: "attacked by Iran", "killed by
    Russian shelling", "the poisoning of Navalny by Russian agents"."""
    for actor in agents:
        if actor.start > trigger.end:
            nominal = _OF_AFTER.match(text, trigger.end) is not None
            if (nominal or is_passive(text, trigger)) and _TO_AGENT.fullmatch(
                text, trigger.end, actor.start
            ):
                return actor
        elif _TO_TRIGGER.fullmatch(text, actor.end, trigger.start):
            return actor
    return None


def _is_patient_first(text: str, trigger: Trigger, in_clause: list[Actor]) -> bool:
    """ "the unjust detention of Navalny": a happening named with its patient, whose doer
    neither a possessive, a party right before, nor a light verb ("launched an") gives."""
    if _OF_AFTER.match(text, trigger.end) is None:
        return False
    if any(_TO_TRIGGER.fullmatch(text, a.end, trigger.start) for a in in_clause):
        return False
    return _LIGHT_VERB.search(text, max(0, trigger.start - 60), trigger.start) is None
