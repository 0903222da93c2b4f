"""extract_events: a pure function of each article, merged across articles."""

from __future__ import annotations

from datetime import date

import pandas as pd

from timeline.articles import Article
from timeline.pipeline import extract_events

KERRY = Article(
    article_id="kerry",
    title="John Kerry to visit Moscow",
    text="U.S. climate envoy John Kerry will visit Moscow next week.\n\n"
    "The trip will take place from July 12-15, the State Department said.",
    published=date(2021, 7, 8),
)
CALL = Article(
    article_id="call",
    title="Readout of President Biden's Call with President Putin of Russia",
    text="President Biden spoke today with President Vladimir Putin of Russia.",
    published=date(2021, 7, 9),
)


def test_one_row_per_happening_sorted_by_date() -> None:
    frame = extract_events([CALL, KERRY])
    assert [(str(r.start.date()), str(r.end.date())) for r in frame.itertuples()] == [
        ("2021-07-09", "2021-07-09"),
        ("2021-07-12", "2021-07-15"),
    ]


def test_processes_give_the_same_frame_as_one_process() -> None:
    articles = [KERRY, CALL] * 3
    pd.testing.assert_frame_equal(extract_events(articles, jobs=2), extract_events(articles))


def test_an_undated_article_is_never_anchored_to_today() -> None:
    undated = Article(
        article_id="u",
        title="",
        text="The leaders of France and Germany met in Paris yesterday.",
        published=None,
    )
    assert extract_events([undated]).empty
