"""Acceptance: the seed article gives exactly its three events, nothing from the junk."""

from __future__ import annotations

from pathlib import Path

from timeline import extract_events, read_articles

SEED = Path(__file__).parent.parent / "data" / "thehill" / "kerry-moscow-2021.md"

EXPECTED = [  # (start, end, precision) of shared/seed/README.md, in date order
    ("2021-04-01", "2021-04-30", "month"),  # White House climate summit, "in April"
    ("2021-06-11", "2021-06-20", "part-of-month"),  # Biden–Putin summit, "in mid-June"
    ("2021-07-12", "2021-07-15", "days"),  # Kerry's trip, "next week" + "from July 12-15"
]


def test_seed_article_gives_its_three_events_exactly() -> None:
    frame = extract_events(read_articles(SEED))
    got = [
        (row.start.date().isoformat(), row.end.date().isoformat(), row.precision)
        for row in frame.itertuples()
    ]
    assert got == EXPECTED


def test_no_event_is_dated_from_related_headline_junk() -> None:
    frame = extract_events(read_articles(SEED))
    assert not frame["start"].dt.month.eq(9).any()  # "asked … to leave by September"
    assert not frame["sentence"].str.contains("MORE").any()
