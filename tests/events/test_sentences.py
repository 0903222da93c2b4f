"""Sentence splitting: abbreviations, initials and titles do not end a sentence."""

from __future__ import annotations

import pytest

from timeline.events.sentences import split_sentences

CASES = [
    ("Kerry met Lavrov. They spoke.", ["Kerry met Lavrov.", "They spoke."]),
    ("Mr. Kerry met Dr. Lavrov.", ["Mr. Kerry met Dr. Lavrov."]),
    (
        "President Joseph R. Biden, Jr. spoke with Putin.",
        ["President Joseph R. Biden, Jr. spoke with Putin."],
    ),
    ("The U.S. Treasury acted. Russia replied.", ["The U.S. Treasury acted.", "Russia replied."]),
    ("He flew to the U.S. Then he left.", ["He flew to the U.S.", "Then he left."]),
    ("At 9:36 A.M. EDT the call began.", ["At 9:36 A.M. EDT the call began."]),
    ("**Heading**\nToday, he signed it.", ["**Heading**", "Today, he signed it."]),
    ("“It has great promise.” Biden said so.", ["“It has great promise.”", "Biden said so."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in split_sentences(text)] == expected


def test_spans_are_offsets_into_the_text() -> None:
    text = "  One.  Two.  "
    assert split_sentences(text) == [(2, 6), (8, 12)]
