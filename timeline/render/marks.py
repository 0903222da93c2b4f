"""Marks: what the figure draws for each event — shape, lane, row, label and hover card.

Everything here is plain pandas; :mod:`timeline.render.figure` turns marks into traces.
Every string that comes from an article is HTML-escaped here, once, because plotly
renders hover cards, labels and tick text as a subset of HTML.

>>> marks = event_marks(frame, lanes="event_type")  # doctest: +SKIP
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from timeline.frame import LIST_SEPARATOR, normalize_frame

LANE_CHOICES: tuple[str, ...] = ("event_type", "actor", "country", "source", "none")
EXACT_PRECISIONS = frozenset({"day", "days", "time", "hour", "minute"})
MAX_LANES = 24
OTHER_LANE = "other"
HTTP_URL = re.compile(
    r"https?://(?:[^/\s?#@]*@)?(?:www\.)?(?P<host>[^/\s?#:@]+)[^\s]*$", re.IGNORECASE
)
HOVER_COLUMNS: tuple[str, ...] = (
    "title",
    "start",
    "end",
    "precision",
    "date_text",
    "event_type",
    "event_mode",
    "actors",
    "location",
    "article_title",
    "url",
    "mentions",
    "sentence",
)
LABEL_CHARS = 44
LABEL_PREFIX = "\u2002\u2002"
"""Two en spaces between a mark and its label."""
SENTENCE_CHARS = 420
WRAP_CHARS = 72


@dataclass(frozen=True)
class Packing:
    """How rows are packed: pixel sizes at the assumed plot width."""

    plot_width_px: float = 1000.0
    marker_px: float = 14.0
    char_px: float = 6.6
    gap_px: float = 10.0
    max_rows: int = 6
    labels: bool = True


def event_marks(frame: pd.DataFrame, lanes: str = "event_type") -> pd.DataFrame:
    """One mark per event (per lane for actor and country lanes, which repeat shared events).

    Columns: ``x0``/``x1`` (first day, day after the last), ``kind`` (``point``, ``range``
    or ``band`` for dates known only roughly), ``type``, ``lane``, ``label``, ``hover``,
    ``url`` (http(s) only, else empty) and ``salience``. Raises ``ValueError`` naming a
    missing ``start`` or ``title`` column.
    """
    if lanes not in LANE_CHOICES:
        raise ValueError(f"lanes must be one of {', '.join(LANE_CHOICES)}, not {lanes!r}")
    events = normalize_frame(frame)  # start and end as time-zone-free calendar days
    start = events["start"]
    end = events["end"].where(events["end"] >= start, start)
    marks = pd.DataFrame(
        {
            "x0": start,
            "x1": end + pd.Timedelta(days=1),
            "kind": _kinds(events["precision"], start, end),
            "type": event_types(events["event_type"]),
            "label": events["title"].map(_label),
            "hover": hover_cards(events.assign(end=end)),
            "url": events["url"].map(safe_url),
            "salience": events["salience"],
        }
    )
    marks["lane"] = _lane_keys(events, lanes)
    marks = marks.explode("lane", ignore_index=True)
    marks["lane"] = _cap_lanes(marks["lane"])
    return marks


def event_types(types: pd.Series) -> pd.Series:
    """Types in upper case; events without one are of type ``other``."""
    return types.str.strip().str.upper().replace("", OTHER_LANE)


def _kinds(precision: pd.Series, start: pd.Series, end: pd.Series) -> np.ndarray:
    """``band`` for dates known only roughly, else ``range`` or ``point`` by length."""
    precision = precision.str.strip().str.lower()
    rough = ~precision.isin(EXACT_PRECISIONS) & (precision != "")
    return np.where(rough, "band", np.where(end > start, "range", "point"))


def _label(title: str) -> str:
    text = " ".join(title.split())
    if len(text) > LABEL_CHARS:
        text = text[: LABEL_CHARS - 1].rstrip() + "…"
    return html.escape(text)


def safe_url(url: str) -> str:
    """``url`` when it is an http(s) link, else ``""`` (no ``javascript:`` links)."""
    url = url.strip()
    return url if HTTP_URL.match(url) else ""


def source_name(url: str, article_title: str) -> str:
    """The publisher's domain (``thehill.com``), else the article title."""
    match = HTTP_URL.match(url.strip())
    return match.group("host").lower() if match else article_title.strip()


@functools.lru_cache(maxsize=8192)
def format_interval(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """A day interval for people: ``16 Jun 2021``, ``12–15 Jul 2021``, ``1 Apr – 30 Jun 2021``."""
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {start:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def date_line(start: pd.Timestamp, end: pd.Timestamp, precision: str, date_text: str) -> str:
    """The date as written beside its interval: ``“mid-June” · 11–20 Jun 2021 (part of month)``."""
    interval = format_interval(start, end)
    if precision and precision not in ("day", "days"):
        interval += f" ({precision.replace('-', ' ')})"
    written = " ".join(date_text.split())
    return f"“{written}” · {interval}" if written else interval


def hover_cards(events: pd.DataFrame) -> list[str]:
    """The hover card of every row of a normalized frame."""
    columns = {name: events[name].tolist() for name in HOVER_COLUMNS}
    return [
        hover_card(dict(zip(columns, row, strict=True)))
        for row in zip(*columns.values(), strict=True)
    ]


def hover_card(event: Mapping[str, Any]) -> str:
    """The hover card of one event (a row of a normalized frame as a mapping), HTML-escaped."""
    get = event.__getitem__
    kind = " · ".join(part for part in (get("event_type"), get("event_mode")) if part)
    actors = ", ".join(a.strip() for a in get("actors").split(LIST_SEPARATOR.strip()) if a.strip())
    source = " — ".join(
        part for part in (get("article_title"), source_name(get("url"), "")) if part.strip()
    )
    lines = [
        f"<b>{html.escape(get('title'))}</b>",
        html.escape(date_line(get("start"), get("end"), get("precision"), get("date_text"))),
        *_field("Type", kind),
        *_field("Actors", actors),
        *_field("Place", get("location")),
        *_field("Source", source),
        *(_field("Reported by", f"{get('mentions')} articles") if get("mentions") > 1 else ()),
    ]
    wrapped = wrap(get("sentence"), WRAP_CHARS, SENTENCE_CHARS)
    if wrapped:
        lines.append("<i>" + "<br>".join(html.escape(line) for line in wrapped) + "</i>")
    return "<br>".join(lines)


def wrap(text: str, width: int, limit: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters (longer words alone), cut near ``limit``.

    A lean stand-in for ``textwrap.wrap``, which is too slow for 100,000 hover cards.
    """
    lines: list[str] = []
    line = ""
    used = 0
    for word in text.split():
        if used + len(word) > limit:
            line += " …"
            break
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
        used += len(word) + 1
    return [*lines, line] if line else lines


def _field(name: str, value: str) -> tuple[str, ...]:
    value = " ".join(str(value).split())
    return (f"{name}: {html.escape(value)}",) if value else ()


def _lane_keys(events: pd.DataFrame, lanes: str) -> pd.Series:
    """The lane (or, for actors and countries, the list of lanes) of every event."""
    if lanes == "event_type":
        return event_types(events["event_type"])
    if lanes == "source":
        names = [
            source_name(url, title)
            for url, title in zip(events["url"], events["article_title"], strict=True)
        ]
        return pd.Series([name or "unknown source" for name in names], index=events.index)
    if lanes in ("actor", "country"):
        return events["actors"].map(lambda text: _actor_lanes(text, countries=lanes == "country"))
    return pd.Series("", index=events.index)


def _actor_lanes(actors: str, *, countries: bool) -> list[str]:
    names = [name.strip() for name in actors.split(LIST_SEPARATOR.strip()) if name.strip()]
    if countries:
        names = [name for name in names if len(name) == 3 and name.isalpha() and name.isupper()]
    return list(dict.fromkeys(names)) or ["no country" if countries else "no actor"]


def _cap_lanes(lanes: pd.Series) -> pd.Series:
    """Keep the :data:`MAX_LANES` - 1 busiest lanes; the rest share the lane ``other``."""
    counts = lanes.value_counts()
    if len(counts) <= MAX_LANES:
        return lanes
    keep = set(counts.index[: MAX_LANES - 1])
    return lanes.where(lanes.isin(keep), OTHER_LANE)


def lane_order(marks: pd.DataFrame, lanes: str, type_order: list[str]) -> list[str]:
    """Lanes top to bottom: types in legend order, other lanes busiest first, ``other`` last."""
    present = marks["lane"].value_counts()
    if lanes == "event_type":
        return [name for name in type_order if name in present.index]
    ordered = [name for name in present.index if name != OTHER_LANE]
    return ordered + ([OTHER_LANE] if OTHER_LANE in present.index else [])


def pack_rows(marks: pd.DataFrame, days_per_px: float, packing: Packing) -> pd.DataFrame:
    """Give each mark a ``row`` in its lane and say whether its ``label`` fits (``show_label``).

    Greedy first fit in date order: a mark and its label take a row from its first day to the
    end of its label at the assumed plot width; when all ``max_rows`` rows are busy the mark
    goes to the row that frees first and loses its label, so labels never overlap.
    """
    day0 = marks["x0"].min()
    x0 = ((marks["x0"] - day0) / pd.Timedelta(days=1)).to_numpy(dtype=float)
    x1 = ((marks["x1"] - day0) / pd.Timedelta(days=1)).to_numpy(dtype=float)
    label_chars = marks["label"].str.len().to_numpy() + len(LABEL_PREFIX)
    label_px = label_chars * packing.char_px if packing.labels else None
    lanes = marks["lane"].to_numpy()
    rows = [0] * len(marks)
    shown = [False] * len(marks)
    row_ends: dict[str, list[float]] = {}
    order = marks.sort_values(["lane", "x0", "x1"], kind="stable").index
    for position in marks.index.get_indexer(order):
        ends = row_ends.setdefault(lanes[position], [])
        left = x0[position] - packing.marker_px / 2 * days_per_px
        own_end = max(x1[position], x0[position] + packing.marker_px / 2 * days_per_px)
        gap = packing.gap_px * days_per_px
        label_end = own_end + (label_px[position] * days_per_px if label_px is not None else 0)
        free = [row for row, end in enumerate(ends) if end <= left]
        if free:
            row, shown[position] = free[0], label_px is not None
        elif len(ends) < packing.max_rows:
            row, shown[position] = len(ends), label_px is not None
            ends.append(left)
        else:
            row = min(range(len(ends)), key=ends.__getitem__)
            label_end = own_end
        ends[row] = max(ends[row], label_end + gap)
        rows[position] = row
    return marks.assign(row=rows, show_label=shown)
