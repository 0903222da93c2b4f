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


@cache
def trigger_table() -> PhraseTable[TriggerEntry]:
    """The trigger lexicon as a case-insensitive phrase table (built once)."""
    entries = []
    for forms, event_type, mode, weight, template, generic in data_rows("triggers.tsv"):
        entry = TriggerEntry(event_type, mode, int(weight), template, generic == "yes")
        entries.extend((form, entry) for form in forms.split("|"))
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


def find_triggers(text: str, tokens: list[Token]) -> list[Trigger]:
    """The trigger words among ``tokens`` of ``text``, in text order."""
    return [_trigger(match) for match in trigger_table().find(text, tokens)]
