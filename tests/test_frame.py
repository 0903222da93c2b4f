"""The event frame: columns, order, ids, CSV/JSON export, and reading edited tables back."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from timeline.events.model import Event
from timeline.frame import (
    FRAME_COLUMNS,
    FrameError,
    frame_to_csv,
    read_frame,
    to_frame,
    write_csv,
    write_json,
)


def event(start: date, end: date, title: str, **changes: object) -> Event:
    fields: dict[str, object] = dict(
        start=start,
        end=end,
        precision="day" if start == end else "days",
        date_text="July 12-15",
        timex_value=start.isoformat(),
        title=title,
        event_type="CONSULT",
        event_mode="visit",
        actors=("USA", "RUS"),
        location="Moscow",
        sentence="The trip will take place from July 12-15.",
        article_id="kerry",
        article_title="Kerry to visit Moscow",
        url="https://example.org/kerry",
        published=date(2021, 7, 8),
        char_start=len(title),
    )
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]


TRIP = event(date(2021, 7, 12), date(2021, 7, 15), "Kerry visits Moscow")
SUMMIT = event(date(2021, 6, 16), date(2021, 6, 16), "Biden–Putin summit in Geneva")


def test_frame_has_the_design_columns_sorted_by_date() -> None:
    frame = to_frame([TRIP, SUMMIT])
    assert tuple(frame.columns) == FRAME_COLUMNS
    assert list(frame["title"]) == ["Biden–Putin summit in Geneva", "Kerry visits Moscow"]
    assert frame.loc[1, "actors"] == "USA; RUS"
    assert frame.loc[1, "start"] == pd.Timestamp("2021-07-12")
    assert list(frame["mentions"]) == [1, 1]


def test_event_ids_are_stable_and_distinct() -> None:
    first, again = to_frame([TRIP, SUMMIT]), to_frame([SUMMIT, TRIP])
    assert list(first["event_id"]) == list(again["event_id"])
    assert first["event_id"].is_unique


def test_csv_has_iso_dates_and_round_trips(tmp_path: Path) -> None:
    frame = to_frame([TRIP, SUMMIT])
    path = write_csv(frame, tmp_path / "events.csv")
    assert "2021-07-12,2021-07-15,days" in path.read_text()
    pd.testing.assert_frame_equal(read_frame(path), frame)


def test_json_round_trips(tmp_path: Path) -> None:
    frame = to_frame([TRIP])
    path = write_json(frame, tmp_path / "events.json")
    (record,) = json.loads(path.read_text())
    assert (record["start"], record["end"], record["published"]) == (
        "2021-07-12",
        "2021-07-15",
        "2021-07-08",
    )
    pd.testing.assert_frame_equal(read_frame(path), frame)


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)"])
def test_no_csv_cell_starts_a_live_formula(tmp_path: Path, text: str) -> None:
    frame = to_frame([event(date(2021, 7, 12), date(2021, 7, 12), text, sentence=text)])
    rows = list(csv.reader(io.StringIO(frame_to_csv(frame))))
    cells = [cell for row in rows for cell in row]
    assert f"'{text}" in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    # reading back restores the text as written
    write_csv(frame, tmp_path / "e.csv")
    assert read_frame(tmp_path / "e.csv").loc[0, "title"] == text


def test_a_hand_edited_csv_reads_back(tmp_path: Path) -> None:
    """A person deleted columns, typed a US-style date and added a row with only a start."""
    path = tmp_path / "edited.csv"
    path.write_text(
        "start,end,title,event_type\n"
        "7/12/2021,7/15/2021,Kerry in Moscow (edited),CONSULT\n"
        "2021-06-16,,Geneva summit,\n",
        encoding="utf-8",
    )
    frame = read_frame(path)
    assert tuple(frame.columns) == FRAME_COLUMNS
    assert list(frame["title"]) == ["Geneva summit", "Kerry in Moscow (edited)"]
    assert frame.loc[0, "end"] == pd.Timestamp("2021-06-16")  # end defaults to start
    assert frame.loc[1, "start"] == pd.Timestamp("2021-07-12")
    assert frame["event_id"].is_unique and frame["event_id"].str.startswith("ev-").all()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("end,title\n2021-01-01,A\n", "no start column"),
        ("start,title\nsoon,A\n", "row 2, column start: 'soon' is not a date"),
        ("start,title\n,A\n", "row 2 has no start date"),
    ],
)
def test_unusable_tables_get_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content)
    with pytest.raises(FrameError, match=message):
        read_frame(path)


def test_missing_table_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FrameError, match="no such file"):
        read_frame(tmp_path / "absent.csv")
