"""Trigger words: the lexicon in ``data/triggers.tsv`` and its lookup.

>>> from timeline.events.phrases import tokenize
>>> text = "Kerry will visit Moscow"
>>> [t.event_type for t in find_triggers(text, tokenize(text))]
['CONSULT']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from timeline.events.gazetteer import data_rows
from timeline.events.phrases import Match, PhraseTable, Token


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """What a trigger word means: PLOVER type and mode, strength, headline template."""

    event_type: str
    event_mode: str
    weight: int
    template: str
    generic: bool = False


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in a text."""

    start: int
    end: int
    text: str
    event_type: str
    event_mode: str
    weight: int
    template: str
    generic: bool = False


def inflections(form: str) -> list[str]:
    """The word forms a lexicon entry stands for: "~visit" -> visit, visits, visited,
    visiting; "~~ban" doubles the consonant (banned); any other form stands for itself."""
    if not form.startswith("~"):
        return [form]
    lemma = form.lstrip("~")
    if form.startswith("~~"):
        doubled = lemma + lemma[-1]
        return [lemma, f"{lemma}s", f"{doubled}ed", f"{doubled}ing"]
    if lemma.endswith("e") and not lemma.endswith("ee"):
        return [lemma, f"{lemma}s", f"{lemma}d", f"{lemma[:-1]}ing"]
    if lemma.endswith("ee"):
        return [lemma, f"{lemma}s", f"{lemma}d", f"{lemma}ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma, f"{lemma[:-1]}ies", f"{lemma[:-1]}ied", f"{lemma}ing"]
    plural = f"{lemma}es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else f"{lemma}s"
    return [lemma, plural, f"{lemma}ed", f"{lemma}ing"]


@cache
def trigger_table() -> PhraseTable[TriggerEntry]:
    """The trigger lexicon as a case-insensitive phrase table (built once)."""
    entries = []
    for forms, event_type, mode, weight, template, generic in data_rows("triggers.tsv"):
        entry = TriggerEntry(event_type, mode, int(weight), template, generic == "yes")
        entries.extend((word, entry) for form in forms.split("|") for word in inflections(form))
    return PhraseTable(entries, fold_case=True)


def _trigger(match: Match[TriggerEntry]) -> Trigger:
    entry = match.value
    return Trigger(
        match.start,
        match.end,
        match.text,
        entry.event_type,
        entry.event_mode,
        entry.weight,
        entry.template,
        entry.generic,
    )


def find_triggers(text: str, tokens: list[Token[str]]) -> list[Trigger]:
    """The trigger words among ``tokens`` of ``text``, in text order."""
    return [_trigger(match) for match in trigger_table().find(text, tokens)]
