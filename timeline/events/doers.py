"""Types that hang on who acts or on what is acted on (``data/doer_types.tsv``).

>>> from timeline.events.triggers import Trigger
>>> text = "Soldiers stormed the palace"
>>> retyped(text, Trigger(9, 16, "stormed", "PROTEST", "", 1, "")).event_type
'FIGHT'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from timeline.events.gazetteer import data_rows
from timeline.events.triggers import Trigger, inflections

SIDE_REACH = 60  # how far before (the doer) or after (the object) a trigger its words stand
_BOUNDARY = re.compile(r"[.;,]|\b(?:and|but|while|after|before|as)\b")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class DoerRule:
    """Trigger words that take ``event_type`` and its headline when one of ``words``
    stands on ``side``."""

    forms: frozenset[str]
    side: str
    words: frozenset[str]
    event_type: str
    template: str


@cache
def _rules() -> tuple[DoerRule, ...]:
    return tuple(
        DoerRule(
            frozenset(word for form in forms.split("|") for word in inflections(form)),
            side,
            frozenset(words.split("|")),
            event_type,
            template,
        )
        for forms, side, words, event_type, template in data_rows("doer_types.tsv")
    )


def retyped(text: str, trigger: Trigger, passive: bool = False) -> Trigger:
    """The trigger with the type its doer or object gives it ("troops stormed": FIGHT); a
    passive trigger ("were killed") has no doer before it."""
    label = trigger.text.lower()
    for rule in _rules():
        applies = label in rule.forms and not (passive and rule.side == "doer")
        if applies and not rule.words.isdisjoint(_side_words(text, trigger, rule.side)):
            return replace(trigger, event_type=rule.event_type, template=rule.template)
    return trigger


def _side_words(text: str, trigger: Trigger, side: str) -> list[str]:
    """The lower-case words of the trigger's clause on one side of it, up to SIDE_REACH."""
    if side == "doer":
        window = text[max(0, trigger.start - SIDE_REACH) : trigger.start].lower()
        window = _BOUNDARY.split(window)[-1]
    else:
        window = _BOUNDARY.split(text[trigger.end : trigger.end + SIDE_REACH].lower())[0]
    return _WORD.findall(window)
