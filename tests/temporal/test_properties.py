"""Property tests: any text, any publication date, the tagger never crashes and stays in bounds."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import find_dates, tag

# Words that steer the text into the tagger's rules, mixed with arbitrary Unicode.
_TEMPORAL_WORDS = st.sampled_from(
    [
        "May", "Jan.", "Sept. 30", "July 12-15", "1990s", "'98", "next week", "last",
        "Friday", "tonight", "the third quarter", "a year ago", "10:30 a.m.", "12/31/1999",
        "2021-02-29", "Feb. 30", "mid-", "early", "the past three years", "five-year",
        "nineteen ninety-six", "every", "between", "and", "to", "-", " ", ",", ".",
        "Thanksgiving", "9999", "0", "31st", "of", "the", "year-earlier", "noon",
        "3000 years ago", "in 9999", "a century ago", "last summer", "Christmas",
        "Easter", "Holy Week", "the day before", "over", "later", "War", "''",
    ]
)  # fmt: skip
_TEXT = st.one_of(
    st.text(),
    st.lists(st.one_of(_TEMPORAL_WORDS, st.text(max_size=3)), max_size=30).map(" ".join),
)
_PUBLISHED = st.one_of(st.none(), st.dates())


@settings(max_examples=300, deadline=None)
@given(_TEXT, _PUBLISHED)
def test_timexes_lie_inside_the_text(text, published):
    found = tag(text, published)
    for before, after in zip(found, found[1:], strict=False):
        assert before.char_end <= after.char_start  # in text order, never overlapping
    for t in found:
        assert 0 <= t.char_start < t.char_end <= len(text)
        assert text[t.char_start : t.char_end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value
        if t.start is not None:
            assert t.start <= t.end


@settings(max_examples=300, deadline=None)
@given(_TEXT, _PUBLISHED)
def test_mentions_are_day_intervals_inside_the_text(text, published):
    mentions = find_dates(text, published)
    for before, after in zip(mentions, mentions[1:], strict=False):
        assert before.char_end <= after.char_start
    for m in mentions:
        assert 0 <= m.char_start < m.char_end <= len(text)
        assert text[m.char_start : m.char_end] == m.text
        assert m.start <= m.end


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_without_publication_date_nothing_relative_is_anchored(text):
    for t in tag(text, None):
        if t.start is not None:
            assert "X" not in t.value


def test_long_runs_of_number_words_stay_fast():
    """Patterns never backtrack over a whole list: 2,000 number words tag in well under 3 s."""
    start = time.perf_counter()
    tag("one two three four " * 500 + "and " * 500, "2021-07-08")
    assert time.perf_counter() - start < 3
