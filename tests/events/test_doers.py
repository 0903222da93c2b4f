"""Types that hang on who acts or what is acted on (timeline.events.doers)."""

from __future__ import annotations

import pytest

from timeline.events.clauses import is_passive
from timeline.events.doers import retyped
from timeline.events.phrases import tokenize
from timeline.events.triggers import find_triggers


def _type(text: str) -> str:
    trigger = find_triggers(text, tokenize(text))[0]
    return retyped(text, trigger, is_passive(text, trigger)).event_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers stormed the presidential palace", "FIGHT"),
        ("Protesters stormed the parliament", "PROTEST"),
        ("Police stormed the embassy", "COERCE"),
        ("Army officers seized the state broadcaster", "FIGHT"),
        ("The government banned women from universities", "COERCE"),
        ("China banned imports of Japanese seafood", "SANCTION"),
        ("Rebel fighters stormed the town", "FIGHT"),
        ("Gunmen killed nine people", "ASSAULT"),
        ("Two soldiers were killed", "ASSAULT"),
        ("Rebels attacked the base, and the army killed ten", "ASSAULT"),
    ],
)
def test_doer_or_object_decides_the_type(text: str, expected: str) -> None:
    assert _type(text) == expected
