"""The event DataFrame: its schema, and CSV/JSON export and import.

The frame is the one interface between extraction and everything downstream: a CSV written
here, edited by hand in a spreadsheet and read back with :func:`read_frame`, renders again.

>>> frame = to_frame(events)  # doctest: +SKIP
>>> write_csv(frame, "output/events.csv")  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.days import parse_day
from timeline.io import atomic_write_text

if TYPE_CHECKING:
    import pandas as pd

    from timeline.events.model import Event

FRAME_COLUMNS: tuple[str, ...] = (
    "event_id",
    "start",
    "end",
    "precision",
    "date_text",
    "timex_value",
    "title",
    "event_type",
    "event_mode",
    "trigger",
    "actors",
    "roles",
    "location",
    "sentence",
    "article_id",
    "article_title",
    "url",
    "published",
    "mentions",
    "sources",
    "salience",
)
DATE_COLUMNS: tuple[str, ...] = ("start", "end", "published")
LIST_SEPARATOR = "; "
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP: CSV injection).
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"


class FrameError(ValueError):
    """An events table cannot be used; the message names the file, row or column."""


def event_id(event: Event) -> str:
    """A stable id: the same article, date position, interval and happening give the same id."""
    key = "|".join(
        str(part)
        for part in (
            event.article_id,
            event.char_start,
            event.start,
            event.end,
            event.event_type,
            event.trigger,
            event.title,
        )
    )
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """One row per event with the columns of :data:`FRAME_COLUMNS`, sorted by date."""
    import pandas as pd

    rows = [
        {
            "event_id": event_id(event),
            "start": event.start,
            "end": event.end,
            "precision": event.precision,
            "date_text": event.date_text,
            "timex_value": event.timex_value,
            "title": event.title,
            "event_type": event.event_type,
            "event_mode": event.event_mode,
            "trigger": event.trigger,
            "actors": LIST_SEPARATOR.join(event.actors),
            "roles": LIST_SEPARATOR.join(event.roles),
            "location": event.location,
            "sentence": event.sentence,
            "article_id": event.article_id,
            "article_title": event.article_title,
            "url": event.url,
            "published": event.published,
            "mentions": 1,
            "sources": event.article_id,
            "salience": event.salience,
        }
        for event in events
    ]
    return normalize_frame(pd.DataFrame(rows, columns=list(FRAME_COLUMNS)))


def normalize_frame(frame: pd.DataFrame, source: str = "the frame") -> pd.DataFrame:
    """Give any events table the frame's columns and types, sorted by date.

    Missing columns are added empty, ``end`` defaults to ``start``, dates become
    ``datetime64`` days, text cells lose a spreadsheet formula guard. Raises
    :class:`FrameError` when ``start`` or ``title`` is missing or a date is not a date.
    """
    import pandas as pd

    frame = frame.copy()
    frame.columns = [str(column).strip() for column in frame.columns]
    missing = [column for column in ("start", "title") if column not in frame.columns]
    if missing:
        raise FrameError(f"{source} has no {' or '.join(missing)} column")
    for column in FRAME_COLUMNS:
        if column not in frame.columns:
            frame[column] = pd.NA
    for column in DATE_COLUMNS:
        frame[column] = _dates(frame[column], column, source)
    frame["end"] = frame["end"].fillna(frame["start"])
    bad = frame.index[frame["start"].isna()]
    if len(bad):
        raise FrameError(f"{source}: row {_row_number(frame, bad[0])} has no start date")
    frame["mentions"] = pd.to_numeric(frame["mentions"], errors="coerce").fillna(1).astype(int)
    frame["salience"] = pd.to_numeric(frame["salience"], errors="coerce").fillna(0.0)
    text_columns = [
        column for column in frame.columns if column not in (*DATE_COLUMNS, "mentions", "salience")
    ]
    for column in text_columns:
        frame[column] = _text(frame[column])
    frame["precision"] = frame["precision"].replace("", "day")
    frame["event_id"] = [
        existing or "ev-" + hashlib.sha1(f"{start}|{title}".encode()).hexdigest()[:12]
        for existing, start, title in zip(
            frame["event_id"], frame["start"], frame["title"], strict=True
        )
    ]
    ordered = [*FRAME_COLUMNS, *(c for c in frame.columns if c not in FRAME_COLUMNS)]
    frame = frame[ordered].sort_values(["start", "end", "title"], kind="stable")
    return frame.reset_index(drop=True)


def _dates(values: pd.Series, column: str, source: str) -> pd.Series:
    """Calendar days from ISO dates or timestamps (the day as written, whatever the time
    zone), and, cell by cell, from dates a spreadsheet re-wrote such as 7/12/2021."""
    import pandas as pd

    text = _text(values)
    iso_day = text.str.extract(r"^\s*(\d{4}-\d{2}-\d{2})", expand=False)
    parsed = pd.to_datetime(iso_day, errors="coerce", format="%Y-%m-%d").astype("datetime64[ns]")
    for index in parsed.index[parsed.isna() & (text != "")]:
        day = parse_day(text[index])
        if day is None:
            raise FrameError(
                f"{source}: row {_row_number(values, index)}, column {column}: "
                f"{text[index]!r} is not a date (use YYYY-MM-DD)"
            )
        parsed[index] = pd.Timestamp(day)
    return parsed


def _row_number(frame: Any, index: Any) -> int:
    return int(list(frame.index).index(index)) + 2  # +1 for the header, +1 to count from one


def _text(values: pd.Series) -> pd.Series:
    """Cells as text: missing values become "", a spreadsheet formula guard is removed."""
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(values):
        values = values.dt.strftime("%Y-%m-%d")  # the local day of zoned timestamps
    text = values.fillna("").astype(str)
    quoted = text[text.str.startswith(FORMULA_GUARD)]
    guarded = quoted[quoted.str.slice(1, 2).isin(FORMULA_PREFIXES)]
    text.loc[guarded.index] = guarded.str.slice(1)
    return text


def _guard_formula(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return FORMULA_GUARD + value
    return value


def _export_ready(frame: pd.DataFrame) -> pd.DataFrame:
    frame = normalize_frame(frame)
    for column in DATE_COLUMNS:
        frame[column] = frame[column].dt.strftime("%Y-%m-%d").fillna("")
    return frame


def frame_to_csv(frame: pd.DataFrame) -> str:
    """The frame as CSV text: ISO dates, and no cell a spreadsheet would run as a formula."""
    safe = _export_ready(frame)
    text_columns = safe.select_dtypes(exclude="number").columns
    safe[text_columns] = safe[text_columns].map(_guard_formula)
    return safe.to_csv(index=False, lineterminator="\n")


def frame_to_json(frame: pd.DataFrame) -> str:
    """The frame as a JSON array of event objects with ISO dates."""
    records = _export_ready(frame).to_dict(orient="records")
    return json.dumps(records, ensure_ascii=False, indent=1, default=str) + "\n"


def write_csv(frame: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write the frame to a CSV file atomically; see :func:`frame_to_csv`."""
    return atomic_write_text(path, frame_to_csv(frame))


def write_json(frame: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write the frame to a JSON file atomically; see :func:`frame_to_json`."""
    return atomic_write_text(path, frame_to_json(frame))


def read_frame(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read an events table (CSV, as written or edited in a spreadsheet, or JSON) into a frame."""
    import pandas as pd

    path = Path(path)
    try:
        if path.suffix.lower() == ".json":
            frame = pd.DataFrame(json.loads(path.read_text(encoding="utf-8-sig")))
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except FileNotFoundError:
        raise FrameError(f"{path}: no such file") from None
    except (OSError, ValueError, UnicodeDecodeError, pd.errors.ParserError) as error:
        raise FrameError(f"{path}: not a readable events table ({error})") from None
    return normalize_frame(frame, source=str(path))
