"""Trigger words: the lexicon in ``data/triggers.tsv`` and its lookup.

>>> from timeline.events.phrases import tokenize
>>> text = "Kerry will visit Moscow"
>>> [t.event_type for t in find_triggers(text, tokenize(text))]
['CONSULT']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.events.cues import alternation
from timeline.events.gazetteer import data_rows
from timeline.events.phrases import Match, PhraseTable, Token, token_words


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
    visiting ("~~ban" doubles the consonant: banned; irregular verbs come from
    ``data/irregular_verbs.tsv``); "+summit" -> summit, summits. In a phrase the sign
    inflects its verb, the first word ("~cut ties": cut, cuts, cutting ties) or its noun,
    the last ("+border closure"). Any other form stands for itself."""
    if form.startswith("~"):
        verb, _, rest = form.lstrip("~").partition(" ")
        tail = f" {rest}" if rest else ""
        return [f"{word}{tail}" for word in verb_forms(verb, form.startswith("~~"))]
    if form.startswith("+"):
        head, _, noun = form[1:].rpartition(" ")
        lead = f"{head} " if head else ""
        return [f"{lead}{noun}", f"{lead}{plural(noun)}"]
    return [form]


def plural(noun: str) -> str:
    """The regular plural of an English noun: talks, crises are not made here."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return f"{noun[:-1]}ies"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return f"{noun}es"
    return f"{noun}s"


def verb_forms(lemma: str, double: bool = False) -> list[str]:
    """Base, third person, past (and participle) and -ing forms of an English verb."""
    stem = lemma + lemma[-1] if double else lemma
    if lemma.endswith("ee"):
        past, ing = f"{lemma}d", f"{lemma}ing"
    elif lemma.endswith("e"):
        past, ing = f"{lemma}d", f"{lemma[:-1]}ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = f"{lemma[:-1]}ied", f"{lemma}ing"
    else:
        past, ing = f"{stem}ed", f"{stem}ing"
    third = f"{lemma}es" if lemma.endswith("o") else plural(lemma)
    pasts = _irregular_verbs().get(lemma, (past,))
    return list(dict.fromkeys((lemma, third, *pasts, ing)))


@cache
def _irregular_verbs() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1:]) for row in data_rows("irregular_verbs.tsv")}


GAP = " … "  # "~remove … from office": up to MAX_GAP words may stand between the two parts
MAX_GAP = 3

Gapped = dict[str, list[tuple[re.Pattern[str], TriggerEntry]]]


@cache
def _lexicon() -> tuple[PhraseTable[TriggerEntry], Gapped]:
    """The lexicon, read once: a phrase table of its contiguous forms, and its gapped forms
    as regexes by the first word they start with."""
    entries: list[tuple[str, TriggerEntry]] = []
    gapped: Gapped = {}
    for forms, event_type, mode, weight, template, generic in data_rows("triggers.tsv"):
        entry = TriggerEntry(event_type, mode, int(weight), template, generic == "yes")
        for form in forms.split("|"):
            if GAP not in form:
                entries.extend((word, entry) for word in inflections(form))
                continue
            head, tail = form.split(GAP)
            for start in inflections(head):
                gapped.setdefault(start.split()[0].lower(), []).append(
                    (_gapped_pattern(start, inflections(tail)), entry)
                )
    return PhraseTable(entries, fold_case=True), gapped


def _gapped_pattern(head: str, tails: list[str]) -> re.Pattern[str]:
    """ "closed" and "border crossing(s)" -> a regex of "closed two border crossings"."""
    gap = rf"\s+(?:[\w'’.-]+\s+){{0,{MAX_GAP}}}?"
    return re.compile(rf"{re.escape(head)}{gap}(?:{alternation(tails)})\b", re.IGNORECASE)


def trigger_table() -> PhraseTable[TriggerEntry]:
    """The contiguous forms of the trigger lexicon as a case-insensitive phrase table."""
    return _lexicon()[0]


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
    """The trigger words among ``tokens`` of ``text``, in text order; a gapped form
    ("closed two border crossings") wins over the words inside it."""
    table, gapped = _lexicon()
    words = token_words(text, tokens, fold_case=True)
    found = [_trigger(match) for match in table.find(text, tokens, words)]
    end = tokens[-1].end() if tokens else 0
    spans = [
        _trigger(Match(0, 0, m.start(), m.end(), m.group(), entry))
        for index in [i for i, word in enumerate(words) if word in gapped]
        for pattern, entry in gapped[words[index]]
        if (m := pattern.match(text, tokens[index].start(), end))
    ]
    if not spans:
        return found
    kept = [t for t in found if not any(s.start <= t.start < s.end for s in spans)]
    return sorted(kept + spans, key=lambda t: t.start)
