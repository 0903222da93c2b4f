"""Acceptance (issue 4): the bundled data/ gives each key happening of 2021 exactly once.

"Exactly once" means: exactly one row with these dates and this event type (and mode, where
given) whose actors include both RUS and USA; its title names the happening.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from timeline import extract_events, read_articles

DATA = Path(__file__).parents[2] / "data"

REQUIRED = [  # (what, start, end, type, mode or None, words one of which the title holds)
    ("Biden–Putin call", "2021-01-26", "2021-01-26", "CONSULT", "phone", ["Putin"]),
    ("Biden–Putin call", "2021-04-13", "2021-04-13", "CONSULT", "phone", ["Putin"]),
    (
        "sanctions and expulsions",
        "2021-04-15",
        "2021-04-15",
        "SANCTION",
        None,
        ["sanction", "expel"],
    ),
    (
        "Leaders Summit on Climate",
        "2021-04-22",
        "2021-04-23",
        "CONSULT",
        "multilateral",
        ["Summit"],
    ),
    ("Geneva summit", "2021-06-16", "2021-06-16", "CONSULT", None, ["summit", "Geneva"]),
    ("Biden–Putin call", "2021-07-09", "2021-07-09", "CONSULT", "phone", ["Putin"]),
    ("Kerry's Moscow trip", "2021-07-12", "2021-07-15", "CONSULT", "visit", ["Kerry"]),
    ("video call", "2021-12-07", "2021-12-07", "CONSULT", "phone", ["Putin"]),
    ("Biden–Putin call", "2021-12-30", "2021-12-30", "CONSULT", "phone", ["Putin"]),
]


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    if not (DATA / "whitehouse").is_dir() or not (DATA / "thehill").is_dir():
        pytest.skip("the bundled data/ folder (thehill, whitehouse) is missing from this checkout")
    return extract_events(read_articles(DATA))


def _rows(frame: pd.DataFrame, start: str, end: str, event_type: str) -> pd.DataFrame:
    actors = frame["actors"].str.split("; ")
    both = actors.map(lambda names: {"RUS", "USA"} <= set(names))
    return frame[
        (frame["start"] == pd.Timestamp(start))
        & (frame["end"] == pd.Timestamp(end))
        & (frame["event_type"] == event_type)
        & both
    ]


@pytest.mark.slow
@pytest.mark.parametrize(("what", "start", "end", "event_type", "mode", "words"), REQUIRED)
def test_key_happening_comes_out_once(frame, what, start, end, event_type, mode, words) -> None:
    rows = _rows(frame, start, end, event_type)
    if mode is not None:
        rows = rows[rows["event_mode"] == mode]
    assert len(rows) == 1, f"{what} {start}…{end}: {rows[['title', 'event_mode']].values}"
    title = rows["title"].iloc[0]
    assert any(word.lower() in title.lower() for word in words), title


@pytest.mark.slow
def test_each_call_day_has_one_biden_putin_phone_row(frame) -> None:
    calls = frame[(frame["event_mode"] == "phone") & frame["title"].str.contains("Biden–Putin")]
    assert not calls["start"].duplicated().any()


@pytest.mark.slow
def test_summary_timeline_keeps_the_key_happenings(frame) -> None:
    from timeline.events import top_events

    top = top_events(frame, 12)
    days = {(str(r.start.date()), r.event_type) for r in top.itertuples()}
    for _, start, _, event_type, _, _ in REQUIRED[2:8]:
        assert (start, event_type) in days
