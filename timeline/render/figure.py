"""The plotly figure of a timeline: lanes, markers, bars, uncertainty bands and labels.

>>> fig = plot(frame, lanes="event_type", title="U.S.–Russia, 2021")  # doctest: +SKIP
>>> fig.update_layout(height=600)  # doctest: +SKIP
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import convert_colors_to_same_type, qualitative

from timeline.render.marks import (
    LABEL_PREFIX,
    OTHER_LANE,
    Packing,
    event_marks,
    lane_order,
    pack_rows,
)

PLOVER_COLOURS: dict[str, str] = {
    "AGREE": "#16a34a",
    "CONSULT": "#2563eb",
    "SUPPORT": "#0891b2",
    "CONCEDE": "#7c3aed",
    "COOPERATE": "#0d9488",
    "AID": "#65a30d",
    "RETREAT": "#a78bfa",
    "INVESTIGATE": "#64748b",
    "DEMAND": "#ca8a04",
    "DISAPPROVE": "#d97706",
    "REJECT": "#ea580c",
    "THREATEN": "#e11d48",
    "PROTEST": "#db2777",
    "SANCTION": "#dc2626",
    "MOBILIZE": "#b45309",
    "COERCE": "#9f1239",
    "ASSAULT": "#7f1d1d",
    "FIGHT": "#991b1b",
    "CRIME": "#57534e",
}
"""Colours by PLOVER type: cooperation in blues and greens, conflict in oranges and reds."""

DENSE_THRESHOLD = 400
"""Above this many marks the figure switches to WebGL markers and drops labels: an SVG
timeline with labels and its range-slider copy takes ~0.3 s per zoom step at this size."""

DENSE_SYMBOLS = {"point": "circle", "range": "diamond", "band": "circle-open"}
"""WebGL marker of each kind; the legend shows the first drawn, so points come first."""
LABEL_AXIS = "x2"
"""A hidden x axis that matches the main one: what is on it stays out of the range slider."""
OUTLIER_REACH = 0.5
"""Events further than this many times the middle 80%'s span beyond it are outliers."""
DAY = pd.Timedelta(days=1)
LEGEND_ITEM_PX = 44
LEGEND_CHAR_PX = 7.5
LEGEND_PREFERENCE: tuple[str, ...] = ("point", "range", "band", "labels", "extent")
"""The legend shows a type with its most typical mark."""
FONT = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
LANE_GAP = 0.6
ROW_PX = 30


@dataclass(frozen=True)
class Theme:
    """Colours of a theme, on top of a plotly template."""

    template: str
    paper: str
    text: str
    muted: str
    lane_fill: str
    hover_bg: str


THEMES: dict[str, Theme] = {
    "light": Theme("plotly_white", "#ffffff", "#1f2937", "#6b7280", "#f3f4f6", "#ffffff"),
    "dark": Theme("plotly_dark", "#111827", "#e5e7eb", "#9ca3af", "#1f2937", "#1f2937"),
}


def plot(
    frame: pd.DataFrame,
    lanes: str = "event_type",
    title: str | None = None,
    subtitle: str | None = None,
    theme: str = "light",
    *,
    dense: bool | None = None,
) -> go.Figure:
    """A timeline figure of an event frame, returned so it can be restyled with plotly.

    Single days are markers, ranges bars, and dates known only roughly ("April") faint
    hatched bands over their whole interval. ``lanes`` is ``event_type``, ``actor``,
    ``country``, ``source`` or ``none``; colours follow the event type. ``subtitle=None``
    summarises the events, ``""`` shows none. ``dense`` forces (or forbids) WebGL markers,
    used by default above :data:`DENSE_THRESHOLD` events.
    """
    if theme not in THEMES:
        raise ValueError(f"theme must be one of {', '.join(THEMES)}, not {theme!r}")
    colours = THEMES[theme]
    marks = event_marks(frame, lanes)
    figure = go.Figure()
    _style(figure, colours, title, _summary(marks, len(frame)) if subtitle is None else subtitle)
    if marks.empty:
        return figure
    dense = len(marks) > DENSE_THRESHOLD if dense is None else dense
    packing = Packing(labels=not dense, max_rows=4 if dense else 8)
    view = initial_view(marks)
    days_per_px = (view[1] - view[0] + 2 * _pad(view)) / DAY / packing.plot_width_px
    marks = pack_rows(marks, days_per_px, packing)
    types = type_order(marks["type"])
    lane_names = lane_order(marks, lanes, types)
    bases = _lane_bases(marks, lane_names)
    marks["y"] = marks["lane"].map(bases) + marks["row"]
    for name in types:
        traces = _type_traces(marks[marks["type"] == name], name, colour_of(name, types), dense)
        legend = min(traces, key=lambda trace: LEGEND_PREFERENCE.index(trace.meta))
        for trace in traces:
            trace.update(showlegend=trace is legend, legendgroup=name, name=name)
            figure.add_trace(trace)
    if any(trace.meta == "labels" for trace in figure.data):
        twin = {"matches": "x", "overlaying": "x", "visible": False}
        # plotly.js 3 fails drawing the slider unless the twin says it has none of its own
        figure.update_layout(xaxis2={**twin, "rangeslider": {"visible": False}})
    _lanes_axis(figure, marks, lane_names, bases, colours, show=lanes != "none")
    _fit_height(figure, marks, lane_names, bases, legend_px=_legend_height(types))
    _x_ranges(figure, marks, view, days_per_px, packing)
    return figure


def initial_view(marks: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The dates shown first: all but outliers, events far outside the middle 80% that would
    squeeze the rest into a corner (the range slider and ``all`` still show everything)."""
    low, high = marks["x0"].quantile(0.1), marks["x1"].quantile(0.9)
    reach = (high - low) * OUTLIER_REACH
    inside = marks[(marks["x0"] >= low - reach) & (marks["x1"] <= high + reach)]
    return inside["x0"].min(), inside["x1"].max()


def _pad(view: tuple[pd.Timestamp, pd.Timestamp]) -> pd.Timedelta:
    return max(((view[1] - view[0]) * 0.03).ceil("D"), pd.Timedelta(days=2))


def _x_ranges(
    figure: go.Figure,
    marks: pd.DataFrame,
    view: tuple[pd.Timestamp, pd.Timestamp],
    days_per_px: float,
    packing: Packing,
) -> None:
    """The initial x range (with room for the last labels) and the range slider's, all."""
    pad = _pad(view)
    in_view = marks[marks["x1"] <= view[1]]
    end = max(view[1] + pad, _label_end(in_view, days_per_px, packing).ceil("D"))
    everything = [min(marks["x0"].min() - pad, view[0] - pad), max(marks["x1"].max() + pad, end)]
    figure.update_xaxes(range=[view[0] - pad, end], rangeslider_range=everything)


def type_order(types: pd.Series) -> list[str]:
    """Types in legend order: PLOVER order (cooperation to conflict), then others by name."""
    present = set(types)
    known = [name for name in PLOVER_COLOURS if name in present]
    return known + sorted(present - set(known) - {OTHER_LANE}) + sorted(present & {OTHER_LANE})


def colour_of(name: str, types: list[str]) -> str:
    """The colour of an event type: PLOVER's own, else one of plotly's safe palette."""
    if name in PLOVER_COLOURS:
        return PLOVER_COLOURS[name]
    extra = [t for t in types if t not in PLOVER_COLOURS]
    return qualitative.Safe[extra.index(name) % len(qualitative.Safe)]


def _rgba(colour: str, alpha: float) -> str:
    """``#16a34a`` or ``rgb(22, 163, 74)`` with an alpha: ``rgba(22, 163, 74, 0.2)``."""
    (rgb,), _ = convert_colors_to_same_type(colour, colortype="rgb")
    return rgb.replace("rgb(", "rgba(").replace(")", f", {alpha})")


def _summary(marks: pd.DataFrame, events: int) -> str:
    if marks.empty:
        return "No events"
    first, last = marks["x0"].min(), marks["x1"].max() - pd.Timedelta(days=1)
    same_month = (first.year, first.month) == (last.year, last.month)
    span = f"{first:%b %Y}" if same_month else f"{first:%b %Y} – {last:%b %Y}"
    return f"{events} event{'s' * (events != 1)}, {span}"


def _hover(marks: pd.DataFrame) -> dict:
    return {
        "hovertext": marks["hover"].to_numpy(),
        "hovertemplate": "%{hovertext}<extra></extra>",
        "customdata": marks["url"].to_numpy(),
    }


def _type_traces(marks: pd.DataFrame, name: str, colour: str, dense: bool) -> list:
    """The traces of one event type: bands first (underneath), then bars, markers, labels."""
    by_kind = {kind: marks[marks["kind"] == kind] for kind in ("band", "range", "point")}
    if dense:
        return _dense_traces(marks, by_kind, colour)
    traces: list = [
        _bar(by_kind["band"], colour, band=True),
        _bar(by_kind["range"], colour, band=False),
        _points(by_kind["point"], colour),
        _labels(marks[marks["show_label"]]),
    ]
    return [trace for trace in traces if trace is not None]


def _bar(marks: pd.DataFrame, colour: str, *, band: bool) -> go.Bar | None:
    if marks.empty:
        return None
    marker = (
        {
            "color": _rgba(colour, 0.14),
            "line": {"color": _rgba(colour, 0.55), "width": 1},
            "pattern": {"shape": "/", "fgcolor": colour, "fgopacity": 0.35, "size": 7},
        }
        if band
        else {"color": colour, "line": {"width": 0}}
    )
    return go.Bar(
        orientation="h",
        base=marks["x0"].to_numpy(),
        x=((marks["x1"] - marks["x0"]) / pd.Timedelta(milliseconds=1)).to_numpy(),
        y=marks["y"].to_numpy(),
        width=0.72 if band else 0.42,
        marker=marker,
        meta="band" if band else "range",
        **_hover(marks),
    )


def _points(marks: pd.DataFrame, colour: str) -> go.Scatter | None:
    if marks.empty:
        return None
    return go.Scatter(
        mode="markers",
        x=(marks["x0"] + pd.Timedelta(hours=12)).to_numpy(),
        y=marks["y"].to_numpy(),
        marker={"size": 12, "color": colour, "line": {"color": "white", "width": 1.5}},
        meta="point",
        **_hover(marks),
    )


def _labels(marks: pd.DataFrame) -> go.Scatter | None:
    """Titles right of their marks, most salient first (the page hides any that collide).

    They live on a hidden twin of the x axis, so the range slider does not draw them too.
    """
    if marks.empty:
        return None
    marks = marks.sort_values("salience", ascending=False, kind="stable")
    points = marks["kind"] == "point"
    x = (marks["x0"] + pd.Timedelta(hours=12)).where(points, marks["x1"])
    return go.Scatter(
        mode="text",
        x=x.to_numpy(),
        y=marks["y"].to_numpy(),
        text=(LABEL_PREFIX + marks["label"]).to_numpy(),
        textposition="middle right",
        textfont={"size": 11},
        hoverinfo="skip",
        xaxis=LABEL_AXIS,
        meta="labels",
    )


def _label_end(marks: pd.DataFrame, days_per_px: float, packing: Packing) -> pd.Timestamp:
    shown = marks[marks["show_label"]]
    if shown.empty:
        return marks["x1"].max()
    widths = (shown["label"].str.len() + len(LABEL_PREFIX)) * packing.char_px * days_per_px
    return (shown["x1"] + pd.to_timedelta(widths, unit="D")).max()


def _dense_traces(marks: pd.DataFrame, by_kind: dict[str, pd.DataFrame], colour: str) -> list:
    """WebGL: one marker per event (ranges and bands at their middle) over its extent.

    Extents are single line traces broken by gaps (NaN), so 100,000 ranges cost one trace.
    One marker trace per kind keeps each symbol a scalar (plotly checks symbol arrays point by
    point). Titles ride along as plain ``text``: the page labels events once few are in view.
    """
    extents = [
        _extent(by_kind["band"], _rgba(colour, 0.25), 7),
        _extent(by_kind["range"], colour, 2.5),
    ]
    markers = [
        _dense_markers(by_kind[kind], colour, symbol) for kind, symbol in DENSE_SYMBOLS.items()
    ]
    return [trace for trace in extents + markers if trace is not None]


def _dense_markers(marks: pd.DataFrame, colour: str, symbol: str) -> go.Scattergl | None:
    if marks.empty:
        return None
    return go.Scattergl(
        mode="markers",
        x=(marks["x0"] + (marks["x1"] - marks["x0"]) / 2).to_numpy(),
        y=marks["y"].to_numpy(),
        marker={
            "size": 7,
            "color": colour,
            "symbol": symbol,
            "line": {"color": colour, "width": 1.5},  # WebGL draws open symbols by their line
        },
        text=marks["label"].map(html.unescape).to_numpy(),
        meta="point",
        **_hover(marks),
    )


def _extent(marks: pd.DataFrame, colour: str, width: float) -> go.Scattergl | None:
    if marks.empty:
        return None
    x = np.full(3 * len(marks), np.nan)
    y = np.full(3 * len(marks), np.nan)
    x[0::3] = _epoch_ms(marks["x0"])
    x[1::3] = _epoch_ms(marks["x1"])
    y[0::3] = y[1::3] = marks["y"].to_numpy()
    return go.Scattergl(
        mode="lines",
        x=x,
        y=y,
        line={"color": colour, "width": width},
        hoverinfo="skip",
        meta="extent",
    )


def _legend_height(types: list[str]) -> int:
    """Room under the chart for the legend's rows at the assumed plot width."""
    width = sum(LEGEND_ITEM_PX + LEGEND_CHAR_PX * len(name) for name in ["Event type", *types])
    return 24 + 26 * math.ceil(width / 1000)


def _epoch_ms(days: pd.Series) -> np.ndarray:
    """Dates as milliseconds since 1970, which plotly's date axes read like dates."""
    return ((days - pd.Timestamp(0)) / pd.Timedelta(milliseconds=1)).to_numpy(dtype=float)


def _lane_bases(marks: pd.DataFrame, lane_names: list[str]) -> dict[str, float]:
    rows = marks.groupby("lane")["row"].max() + 1
    bases: dict[str, float] = {}
    top = 0.0
    for name in lane_names:
        bases[name] = top
        top += rows[name] + LANE_GAP
    return bases


def _lanes_axis(
    figure: go.Figure,
    marks: pd.DataFrame,
    lane_names: list[str],
    bases: dict[str, float],
    colours: Theme,
    *,
    show: bool,
) -> None:
    """Lane names as y ticks, alternate lanes shaded."""
    rows = marks.groupby("lane")["row"].max() + 1
    centres = [bases[name] + (rows[name] - 1) / 2 for name in lane_names]
    bottom = bases[lane_names[-1]] + rows[lane_names[-1]] - 0.5
    for index, name in enumerate(lane_names):
        if index % 2:
            figure.add_hrect(
                y0=bases[name] - 0.5 - LANE_GAP / 2,
                y1=bases[name] + rows[name] - 0.5 + LANE_GAP / 2,
                fillcolor=colours.lane_fill,
                line_width=0,
                layer="below",
            )
    longest = max((len(name) for name in lane_names), default=0)
    figure.update_yaxes(
        range=[bottom + 0.2, -0.7],
        tickvals=centres if show else [],
        ticktext=[html.escape(name) for name in lane_names] if show else [],
        fixedrange=True,
        showgrid=False,
        zeroline=False,
    )
    figure.update_layout(margin_l=min(24 + 7 * longest, 200) if show else 24)


def _fit_height(
    figure: go.Figure,
    marks: pd.DataFrame,
    lane_names: list[str],
    bases: dict[str, float],
    *,
    legend_px: int,
) -> None:
    """A height that gives every row :data:`ROW_PX`, plus room for the legend underneath."""
    rows = bases[lane_names[-1]] + marks.loc[marks["lane"] == lane_names[-1], "row"].max() + 1
    height = 210 + ROW_PX * rows + legend_px
    figure.update_layout(height=int(min(max(height, 420), 2400)), margin_b=legend_px)


def _style(figure: go.Figure, colours: Theme, title: str | None, subtitle: str) -> None:
    """Title, theme, legend, range slider and zoom buttons."""
    figure.update_layout(
        template=colours.template,
        paper_bgcolor=colours.paper,
        plot_bgcolor=colours.paper,
        font={"family": FONT, "color": colours.text, "size": 12},
        title={
            "text": f"<b>{html.escape(title or 'Timeline')}</b>",
            "subtitle": {"text": html.escape(subtitle), "font": {"color": colours.muted}},
            "x": 0.01,
            "xanchor": "left",
            "yref": "container",
            "y": 1,
            "yanchor": "top",
            "pad": {"t": 14},
        },
        barmode="overlay",
        bargap=0,
        dragmode="pan",
        hovermode="closest",
        hoverlabel={"align": "left", "bgcolor": colours.hover_bg, "font": {"size": 12}},
        legend={
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "yref": "container",
            "y": 0,
            "yanchor": "bottom",
            "title": {"text": "Event type "},
            "itemclick": "toggle",
            "itemdoubleclick": "toggleothers",
        },
        margin={"t": 96, "r": 24},
        xaxis={
            "type": "date",
            "showgrid": True,
            "rangeslider": {"visible": True, "thickness": 0.07},
            "rangeselector": {
                "buttons": [
                    {"count": 1, "label": "month", "step": "month", "stepmode": "backward"},
                    {"count": 6, "label": "6 months", "step": "month", "stepmode": "backward"},
                    {"count": 1, "label": "year", "step": "year", "stepmode": "backward"},
                    {"label": "all", "step": "all"},
                ],
                "x": 0,
                "y": 1,
                "yanchor": "bottom",
                "bgcolor": colours.lane_fill,
                "font": {"color": colours.text},
            },
        },
    )
