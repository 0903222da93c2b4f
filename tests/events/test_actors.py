"""Actors: countries from names, demonyms, capitals and metonyms; people with their country;
the place where a happening is."""

from __future__ import annotations

import pytest

from timeline.events.actors import find_actors
from timeline.events.phrases import tokenize

CASES = [  # sentence, actor codes in order, location
    ("Russia and China signed a deal.", ("RUS", "CHN"), ""),
    ("The Kremlin said Moscow would answer Washington.", ("RUS", "USA"), ""),
    ("Russian diplomats left.", ("RUS",), ""),
    ("Russian President Vladimir Putin spoke.", ("RUS", "Vladimir Putin"), ""),
    ("President Putin of Russia met him in Geneva.", ("Vladimir Putin", "RUS"), "Geneva"),
    (
        "U.S. climate envoy John Kerry will visit Moscow.",
        ("USA", "John Kerry", "RUS"),
        "Moscow",
    ),
    (
        "President Joseph R. Biden, Jr. spoke with President Xi.",
        ("Joe Biden", "USA", "Xi Jinping", "CHN"),
        "",
    ),
    (
        "Foreign Minister Ahmed Al Jaber of the UAE met them.",
        ("Ahmed Al Jaber", "ARE"),
        "",
    ),
    ("The UN Security Council and NATO met in Brussels.", ("UNSC", "NATO"), "Brussels"),
    ("Thousands of Cubans protested in Havana.", ("CUB",), "Havana"),
    ("Russian forces shelled the town of Bakhmut.", ("RUS",), "Bakhmut"),
    ("Gunmen killed nine people in Borno state.", (), "Borno"),
    ("The United States rejoined the Paris Agreement.", ("USA",), ""),
    ("Russia and Ukraine signed the Minsk agreements.", ("RUS", "UKR"), ""),
    ("Xi met Kishida Fumio.", ("Xi Jinping", "CHN", "Fumio Kishida", "JPN"), ""),
    (
        "Statement by Press Secretary Jen Psaki on the meeting of Biden and Putin.",
        ("Joe Biden", "USA", "Vladimir Putin", "RUS"),
        "",
    ),
]


@pytest.mark.parametrize(("sentence", "codes", "location"), CASES)
def test_actors_and_location(sentence: str, codes: tuple[str, ...], location: str) -> None:
    found = find_actors(sentence, tokenize(sentence))
    assert found.codes == codes
    assert found.location == location


def test_people_keep_their_role() -> None:
    sentence = "Special Presidential Envoy for Climate John Kerry arrived."
    (kerry,) = find_actors(sentence, tokenize(sentence)).actors
    assert (kerry.code, kerry.country, kerry.role) == (
        "John Kerry",
        "USA",
        "Special Presidential Envoy for Climate",
    )


def test_a_place_after_in_is_the_location_not_an_actor() -> None:
    sentence = "Biden met Putin in Geneva, Switzerland."
    found = find_actors(sentence, tokenize(sentence))
    assert found.location == "Geneva"
    assert found.countries == {"USA", "RUS"}
