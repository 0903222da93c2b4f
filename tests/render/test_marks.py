"""Marks: shapes by precision, hover cards, lanes, URLs and label packing."""

from __future__ import annotations

import math
from datetime import date, datetime

import pandas as pd
import pytest

from timeline.render.marks import (
    Packing,
    date_line,
    event_marks,
    format_interval,
    pack_rows,
    safe_url,
)

T = pd.Timestamp


def test_precision_decides_the_shape(us_russia):
    marks = event_marks(us_russia).set_index("label")
    assert marks.loc["Biden–Putin summit in Geneva", "kind"] == "point"
    assert marks.loc["Kerry visits Moscow", "kind"] == "range"
    assert marks.loc["Leaders Summit on Climate", "kind"] == "range"
    assert marks.loc["Biden and Putin hold a summit", "kind"] == "band"
    assert marks.loc["Russia joins White House climate summit", "kind"] == "band"


def test_intervals_cover_whole_days(us_russia):
    kerry = event_marks(us_russia).set_index("label").loc["Kerry visits Moscow"]
    assert (kerry["x0"], kerry["x1"]) == (T("2021-07-12"), T("2021-07-16"))


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2021-06-16", "2021-06-16", "16 Jun 2021"),
        ("2021-07-12", "2021-07-15", "12–15 Jul 2021"),
        ("2021-04-22", "2021-05-02", "22 Apr – 2 May 2021"),
        ("2020-12-30", "2021-01-02", "30 Dec 2020 – 2 Jan 2021"),
    ],
)
def test_format_interval(start, end, expected):
    assert format_interval(T(start), T(end)) == expected


def test_hover_shows_date_as_written_beside_interval(us_russia):
    card = event_marks(us_russia).set_index("label").loc["Biden and Putin hold a summit", "hover"]
    assert "“mid-June” · 11–20 Jun 2021 (part of month)" in card
    assert card.startswith("<b>Biden and Putin hold a summit</b>")
    for part in ("Type: CONSULT · third-party", "Actors: USA, RUS, Joe Biden", "Source: John"):
        assert part in card
    assert date_line(T("2021-04-01"), T("2021-04-30"), "month", "") == "1–30 Apr 2021 (month)"


def test_hover_wraps_the_evidence_sentence():
    frame = pd.DataFrame({"start": ["2021-01-01"], "title": ["t"], "sentence": ["word " * 60]})
    card = event_marks(frame)["hover"].iat[0]
    sentence = card.split("<i>")[1]
    assert sentence.count("<br>") >= 3
    assert all(len(line) <= 80 for line in sentence.split("<br>"))


def test_everything_from_articles_is_escaped(hostile):
    marks = event_marks(hostile)
    text = " ".join(marks["hover"]) + " ".join(marks["label"]) + " ".join(marks["lane"])
    assert "<script" not in text and "<img" not in text and "</script" not in text
    assert "&lt;script&gt;" in text
    assert "Second &lt;b&gt;bold&lt;/b&gt; &amp; co" in text


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//example.org", False),
        ("", False),
    ],
)
def test_only_http_links_survive(url, kept):
    assert safe_url(url) == (url if kept else "")


def test_minimal_spreadsheet_frame_with_strings_and_nan():
    frame = pd.DataFrame(
        {
            "start": ["2021-07-12", pd.Timestamp("2021-06-16"), "2021-04-01"],
            "end": ["2021-07-15", math.nan, None],
            "title": ["Kerry visits Moscow", "Geneva", "Sanctions"],
            "actors": [math.nan, "USA", ""],
        }
    )
    marks = event_marks(frame)
    assert list(marks["kind"]) == ["point", "point", "range"]
    assert set(marks["type"]) == {"other"}
    assert (marks["url"] == "").all()


@pytest.mark.parametrize("missing", ["start", "title"])
def test_missing_required_column_names_it(us_russia, missing):
    with pytest.raises(ValueError, match=missing):
        event_marks(us_russia.drop(columns=[missing]))


def test_unknown_lanes_are_refused(us_russia):
    with pytest.raises(ValueError, match="lanes must be one of"):
        event_marks(us_russia, lanes="colour")


def test_lanes_by_actor_country_source_and_none(us_russia):
    rows = len(us_russia)
    by_actor = event_marks(us_russia, lanes="actor")
    assert {"USA", "RUS", "Joe Biden", "John Kerry"} <= set(by_actor["lane"])
    assert len(by_actor) > rows  # a shared event appears in every actor's lane
    by_country = event_marks(us_russia, lanes="country")
    assert set(by_country["lane"]) == {"USA", "RUS", "UKR", "CHN"}
    by_source = event_marks(us_russia, lanes="source")
    assert set(by_source["lane"]) == {
        "bidenwhitehouse.archives.gov",
        "John Kerry to visit Moscow officials to discuss 'global climate ambition'",
    }
    assert set(event_marks(us_russia, lanes="none")["lane"]) == {""}


def test_many_lanes_are_capped_with_an_other_lane():
    frame = pd.DataFrame(
        {"start": ["2021-01-01"] * 40, "title": ["t"] * 40, "actors": [f"A{i}" for i in range(40)]}
    )
    lanes = event_marks(frame, lanes="actor")["lane"]
    assert lanes.nunique() == 24 and "other" in set(lanes)


def _label_boxes(packed: pd.DataFrame, days_per_px: float, packing: Packing) -> list:
    shown = packed[packed["show_label"]]
    width = (shown["label"].str.len() + 2) * packing.char_px * days_per_px
    end = shown["x1"] + pd.to_timedelta(width, unit="D")
    return list(zip(shown["lane"], shown["row"], shown["x0"], end, strict=True))


def test_packed_labels_never_overlap():
    days = pd.date_range("2021-01-01", periods=60, freq="3D")
    frame = pd.DataFrame(
        {"start": days, "title": [f"A long event title number {i}" for i in range(60)]}
    )
    packing = Packing()
    days_per_px = 200 / 1000
    packed = pack_rows(event_marks(frame), days_per_px, packing)
    assert packed["row"].max() == packing.max_rows - 1
    assert 0 < packed["show_label"].sum() < len(packed)
    boxes = _label_boxes(packed, days_per_px, packing)
    for i, (lane, row, x0, x1) in enumerate(boxes):
        for other in boxes[i + 1 :]:
            if (lane, row) == other[:2]:
                assert x1 <= other[2] or other[3] <= x0


def test_dates_as_objects_and_with_time_zones_become_calendar_days():
    frame = pd.DataFrame(
        {
            "start": [
                pd.Timestamp("2021-07-12 23:00", tz="Europe/Berlin"),
                pd.Timestamp("2021-07-14", tz="Europe/Berlin"),
            ],
            "title": ["late evening", "b"],
        }
    )
    assert list(event_marks(frame)["x0"]) == [T("2021-07-12"), T("2021-07-14")]
    frame = pd.DataFrame(
        {"start": [date(2021, 7, 12)], "end": [datetime(2021, 7, 15, 13)], "title": ["a"]}
    )
    marks = event_marks(frame)
    assert (marks["x0"].iat[0], marks["x1"].iat[0]) == (T("2021-07-12"), T("2021-07-16"))
