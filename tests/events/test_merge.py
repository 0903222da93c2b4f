"""Merging: one row per happening across articles; salience and the top-K summary."""

from __future__ import annotations

from datetime import date

import pandas as pd

from timeline.events import merge_events, top_events
from timeline.events.model import Event
from timeline.frame import to_frame


def _event(article: str, start: str, end: str | None = None, precision: str = "day", **fields):
    values = {
        "title": "Biden–Putin summit",
        "event_type": "CONSULT",
        "event_mode": "",
        "actors": ("Joe Biden", "USA", "Vladimir Putin", "RUS"),
        "salience": 1.0,
        **fields,
    }
    return Event(
        start=date.fromisoformat(start),
        end=date.fromisoformat(end or start),
        precision=precision,
        date_text=start,
        timex_value=start,
        location="",
        sentence=f"sentence of {article}",
        article_id=article,
        article_title=article,
        url="",
        published=date(2021, 7, 8),
        **values,
    )


def _merged(*events: Event) -> pd.DataFrame:
    return merge_events(to_frame(events))


def test_the_most_precise_consistent_interval_wins() -> None:
    frame = _merged(_event("a", "2021-06-01", "2021-06-30", "month"), _event("b", "2021-06-16"))
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row.start, row.end, row.precision) == (pd.Timestamp("2021-06-16"),) * 2 + ("day",)
    assert (row.mentions, row.sources) == (2, "a; b")


def test_a_day_inside_a_reported_day_range_joins_it() -> None:
    frame = _merged(
        _event("a", "2021-04-22", "2021-04-23", "days", event_mode="multilateral"),
        _event("b", "2021-04-22", event_mode="multilateral"),
    )
    assert [(str(r.start.date()), str(r.end.date())) for r in frame.itertuples()] == [
        ("2021-04-22", "2021-04-23")
    ]


def test_same_article_twice_counts_one_mention() -> None:
    frame = _merged(_event("a", "2021-07-12", "2021-07-18", "week"), _event("a", "2021-07-12"))
    assert (len(frame), frame.iloc[0].mentions) == (1, 1)


def test_different_happenings_on_the_same_day_stay_apart() -> None:
    frame = _merged(
        _event("a", "2021-07-09", event_mode="phone", title="Biden–Putin call"),
        _event("b", "2021-07-09", event_type="AGREE", title="Security Council renews aid"),
        _event(
            "c",
            "2021-07-09",
            event_mode="phone",
            title="Biden–Merkel call",
            actors=("Joe Biden", "USA", "Angela Merkel", "DEU"),
        ),
        _event("d", "2021-07-09", event_mode="visit", title="Kerry visits Moscow"),
    )
    assert len(frame) == 4


def test_merged_row_takes_the_most_salient_words_and_all_actors() -> None:
    frame = _merged(
        _event("a", "2021-06-16", title="Meeting", actors=("USA",), salience=1.0),
        _event("b", "2021-06-16", title="Biden–Putin summit in Geneva", salience=3.0),
    )
    row = frame.iloc[0]
    assert row.title == "Biden–Putin summit in Geneva"
    assert row.actors == "Joe Biden; USA; Vladimir Putin; RUS"
    assert row.salience > 3.0


def test_top_events_keeps_the_most_reported_in_date_order() -> None:
    frame = _merged(
        _event("a", "2021-01-26", event_mode="phone"),
        _event("b", "2021-06-16"),
        _event("c", "2021-06-16"),
        _event("d", "2021-12-07", event_mode="phone"),
        _event("e", "2021-12-07", event_mode="phone"),
    )
    top = top_events(frame, 2)
    assert [str(day.date()) for day in top["start"]] == ["2021-06-16", "2021-12-07"]


def test_empty_frame_merges_to_empty() -> None:
    assert merge_events(to_frame([])).empty


def test_merging_twice_changes_nothing() -> None:
    once = _merged(_event("a", "2021-06-16"), _event("b", "2021-06-16"), _event("c", "2021-06-17"))
    twice = merge_events(once)
    assert twice[["start", "mentions", "sources"]].equals(once[["start", "mentions", "sources"]])


def test_rows_without_dates_are_kept_apart() -> None:
    frame = to_frame([_event("a", "2021-06-16"), _event("b", "2021-06-16")])
    frame.loc[1, "start"] = pd.NaT
    assert len(merge_events(frame)) == 2


def test_the_same_year_reported_twice_is_one_row() -> None:
    frame = _merged(
        _event("a", "2014-01-01", "2014-12-31", "year", event_type="FIGHT"),
        _event("b", "2014-01-01", "2014-12-31", "year", event_type="FIGHT"),
    )
    assert (len(frame), frame.iloc[0].mentions) == (1, 2)


def test_merged_rows_keep_the_actors_most_reports_agree_on() -> None:
    call = {"event_mode": "phone", "title": "Biden–Putin call"}
    frame = _merged(
        _event("a", "2021-12-07", salience=3.0, **call),
        _event("b", "2021-12-07", **call),
        _event("c", "2021-12-07", actors=("Joe Biden", "USA", "RUS", "Jake Sullivan"), **call),
    )
    assert frame.iloc[0].actors == "Joe Biden; USA; Vladimir Putin; RUS"


def test_reports_of_one_happening_in_other_words_join_in_the_title() -> None:
    sanctions = {"event_type": "SANCTION", "actors": ("Joe Biden", "USA", "RUS")}
    frame = _merged(
        _event(
            "a",
            "2021-04-15",
            title="Biden sanctions Russia",
            trigger="sanctions",
            salience=2.0,
            **sanctions,
        ),
        _event(
            "b",
            "2021-04-15",
            title="Russian diplomats expelled",
            trigger="expulsion",
            event_mode="expel",
            **sanctions,
        ),
    )
    assert frame.iloc[0].title == "Biden sanctions Russia, expels Russian diplomats"
