"""The trigger lexicon lists lemmas; their inflected forms are found in text."""

from __future__ import annotations

import pytest

from timeline.events.phrases import tokenize
from timeline.events.triggers import find_triggers, inflections


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("~visit", ["visit", "visits", "visited", "visiting"]),
        ("~~ban", ["ban", "bans", "banned", "banning"]),
        ("~fight", ["fight", "fights", "fought", "fighting"]),
        ("~veto", ["veto", "vetoes", "vetoed", "vetoing"]),
        ("~rally", ["rally", "rallies", "rallied", "rallying"]),
        (
            "~break off ties",
            [
                "break off ties",
                "breaks off ties",
                "broke off ties",
                "broken off ties",
                "breaking off ties",
            ],
        ),
        ("+medical supply", ["medical supply", "medical supplies"]),
        ("+border closure", ["border closure", "border closures"]),
        ("marched", ["marched"]),
    ],
)
def test_inflections(form: str, expected: list[str]) -> None:
    assert inflections(form) == expected


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Colombia broke off diplomatic relations with Israel", "SANCTION"),
        ("Sweden became NATO's 32nd member", "COOPERATE"),
        ("Putin and Xi spoke by video link", "CONSULT"),
        ("Israel called up 300,000 reservists", "MOBILIZE"),
        ("Dockworkers walked off the job", "PROTEST"),
        ("Armed gangs looted shops", "CRIME"),
        ("Russian authorities blocked access to Instagram", "COERCE"),
        ("Russia vetoes a resolution", "REJECT"),
        ("Authorities suspended mobile internet services", "COERCE"),
        ("Rebels seized the city of Goma", "FIGHT"),
        ("Poland deployed 10,000 soldiers", "MOBILIZE"),
        ("Egypt reopened the border", "CONCEDE"),
        ("Lithuania closed two border crossings with Belarus", "SANCTION"),
        ("Congress removed President Pedro Castillo from office", "COERCE"),
        ("Chad ended its defence cooperation agreement with France", "REJECT"),
    ],
)
def test_inflected_triggers_are_found(text: str, event_type: str) -> None:
    assert [t.event_type for t in find_triggers(text, tokenize(text))][0] == event_type


def test_march_the_month_is_no_protest() -> None:
    text = "In March the talks resumed"
    assert [t.event_type for t in find_triggers(text, tokenize(text))] == ["CONSULT"]


def test_a_gapped_form_holds_few_words() -> None:
    text = "Lithuania closed the old road from the village to the border"
    assert [t.event_type for t in find_triggers(text, tokenize(text))] == []
