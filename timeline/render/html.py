"""HTML outputs: a standalone page, an embeddable fragment, the figure as JSON, a report page.

Article text reaches the page in two ways only, both inert: as JSON data inside the plotly
call (plotly's encoder writes ``<``, ``>`` and ``/`` as ``\\u003c``…, so no ``</script>``
can close the script early) and, in the report table, as ``html.escape``-d text.

>>> write_html(frame, "output/timeline.html")  # doctest: +SKIP
>>> write_html(frame, "output/timeline.fragment.html", embed=True, plotlyjs="cdn")  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import html
import os
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from timeline.frame import normalize_frame
from timeline.io import atomic_write_text
from timeline.render.figure import THEMES, plot
from timeline.render.marks import date_line, safe_url, source_name

PLOTLYJS_CHOICES: tuple[str, ...] = ("inline", "cdn", "directory", "none")

POST_SCRIPT = """
var gd = document.getElementById("{plot_id}");
var MAX_GL_LABELS = 150;
gd.on("plotly_click", function (event) {
  var point = event && event.points && event.points[0];
  var url = point && point.customdata;
  if (typeof url === "string" && /^https?:\\/\\//i.test(url)) {
    window.open(url, "_blank", "noopener,noreferrer");
  }
});
function rects(selector) {
  return Array.prototype.map.call(gd.querySelectorAll(selector), function (element) {
    return element.getBoundingClientRect();
  });
}
function overlap(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
function declutterLabels() {
  var area = gd.querySelector(".cartesianlayer .bglayer rect, .draglayer .nsewdrag");
  var box = area ? area.getBoundingClientRect() : null;
  var labels = gd.querySelectorAll(".cartesianlayer .textpoint text");
  labels.forEach(function (label) { label.style.visibility = ""; });
  var marks = rects(".cartesianlayer .scatterlayer .point, .cartesianlayer .barlayer .point");
  var kept = [];
  labels.forEach(function (label) {
    var r = label.getBoundingClientRect();
    // the label's own mark sits under its leading spaces: test only the words
    var words = {left: r.left + 10, right: r.right, top: r.top + 2, bottom: r.bottom - 2};
    var hide = !box || r.left >= box.right || r.right <= box.left || r.width === 0 ||
      kept.some(function (k) { return overlap(r, k); }) ||
      marks.some(function (m) { return overlap(words, m); });
    if (hide) { label.style.visibility = "hidden"; } else { kept.push(r); }
  });
}
var glLayer = null;
function glLabels() {
  var layout = gd._fullLayout, xa = layout.xaxis, ya = layout.yaxis;
  var traces = gd._fullData.filter(function (t) {
    return t.type === "scattergl" && t.meta === "point" && t.visible === true && t.text;
  });
  if (!traces.length) { return; }
  if (!glLayer) {
    glLayer = document.createElement("div");
    glLayer.className = "timeline-gl-labels";
    glLayer.style.cssText = "position:absolute;overflow:hidden;pointer-events:none;";
    gd.style.position = "relative";
    gd.appendChild(glLayer);
  }
  glLayer.style.left = xa._offset + "px";
  glLayer.style.top = ya._offset + "px";
  glLayer.style.width = xa._length + "px";
  glLayer.style.height = ya._length + "px";
  glLayer.textContent = "";
  var shown = [];
  traces.forEach(function (t) {
    for (var i = 0; i < t.x.length && shown.length <= MAX_GL_LABELS; i++) {
      var x = xa.l2p(xa.d2l(t.x[i])), y = ya.l2p(t.y[i]);
      if (x >= 0 && x <= xa._length && y >= 0 && y <= ya._length) {
        shown.push({x: x, y: y, text: t.text[i]});
      }
    }
  });
  if (shown.length > MAX_GL_LABELS) { return; }
  var dots = shown.map(function (p) {
    return {left: p.x - 4, right: p.x + 4, top: p.y - 4, bottom: p.y + 4};
  });
  var kept = [];
  shown.forEach(function (p) {
    var label = document.createElement("span");
    label.textContent = p.text;
    label.style.cssText = "position:absolute;white-space:nowrap;font-size:11px;color:" +
      layout.font.color + ";left:" + (p.x + 8) + "px;top:" + (p.y - 8) + "px;";
    glLayer.appendChild(label);
    var r = {left: p.x + 8, right: p.x + 8 + label.offsetWidth, top: p.y - 6, bottom: p.y + 6};
    var hide = kept.some(function (k) { return overlap(r, k); }) ||
      dots.some(function (d) { return overlap(r, d); });
    if (hide) { glLayer.removeChild(label); } else { kept.push(r); }
  });
}
gd.on("plotly_afterplot", function () { declutterLabels(); glLabels(); });
declutterLabels();
glLabels();
"""
"""Runs after the plot is drawn: clicking an event opens its http(s) source, and labels
that would collide with another label or cover another event at the current zoom are
hidden (the most salient are kept). WebGL charts get labels (as text, never markup) once
no more than 150 events are in view."""

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
html, body {{ margin: 0; background: {paper}; color: {text}; }}
body {{ font-family: {font}; padding: 12px 16px; }}
{style}
</style>
</head>
<body>
{body}
</body>
</html>
"""


def figure_json(figure: go.Figure) -> str:
    """The figure as plotly JSON (``Plotly.newPlot(div, fig.data, fig.layout)`` reads it).

    ``<``, ``>`` and ``/`` are escaped, so the JSON is safe inside a ``<script>`` block.
    """
    return figure.to_json()


def write_figure_json(figure: go.Figure, path: str | os.PathLike[str]) -> Path:
    """Write :func:`figure_json` to ``path`` atomically."""
    return atomic_write_text(path, figure_json(figure))


def write_html(
    figure_or_frame: go.Figure | pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    plotlyjs: str = "inline",
    embed: bool = False,
    div_id: str | None = None,
    **plot_options: Any,
) -> Path:
    """Write the timeline as a standalone page, or with ``embed=True`` as a fragment.

    ``plotlyjs``: ``inline`` (works offline), ``cdn``, ``directory`` (``plotly.min.js``
    written beside the file) or ``none`` (the host page loads plotly.js). A fragment is a
    ``<div>`` and its ``<script>``; several fit on one page because each gets its own id.
    A frame is first drawn with :func:`plot` and ``plot_options``.
    """
    figure = _as_figure(figure_or_frame, plot_options)
    target = Path(path)
    fragment = chart_fragment(figure, target, plotlyjs=plotlyjs, div_id=div_id, embed=embed)
    if plotlyjs == "directory":
        _write_plotlyjs_beside(target)
    if embed:
        return atomic_write_text(target, fragment + "\n")
    page = _page(figure, fragment, style=".plotly-graph-div { min-height: 420px; }")
    return atomic_write_text(target, page)


def chart_fragment(
    figure: go.Figure,
    path: Path,
    *,
    plotlyjs: str = "inline",
    div_id: str | None = None,
    embed: bool = False,
) -> str:
    """The ``<div>`` and ``<script>`` of a chart; its id is stable for a figure and a path."""
    if plotlyjs not in PLOTLYJS_CHOICES:
        raise ValueError(f"plotlyjs must be one of {', '.join(PLOTLYJS_CHOICES)}, not {plotlyjs!r}")
    include: bool | str = {"inline": True, "none": False}.get(plotlyjs, plotlyjs)
    if div_id is None:
        digest = hashlib.sha1((figure_json(figure) + path.name).encode("utf-8")).hexdigest()
        div_id = f"timeline-{digest[:12]}"
    return figure.to_html(
        full_html=False,
        include_plotlyjs=include,
        div_id=div_id,
        default_width="100%",
        post_script=POST_SCRIPT,
        config={
            "displaylogo": False,
            "responsive": True,
            "scrollZoom": not embed,
            "modeBarButtonsToRemove": ["select2d", "lasso2d"],
            "toImageButtonOptions": {"filename": path.stem or "timeline", "scale": 2},
        },
    )


def _as_figure(figure_or_frame: go.Figure | pd.DataFrame, plot_options: dict) -> go.Figure:
    if isinstance(figure_or_frame, go.Figure):
        if plot_options:
            raise TypeError(f"plot options {sorted(plot_options)} need a frame, not a figure")
        return figure_or_frame
    return plot(figure_or_frame, **plot_options)


def _write_plotlyjs_beside(target: Path) -> None:
    bundle = target.parent / "plotly.min.js"
    if not bundle.exists():
        atomic_write_text(bundle, get_plotlyjs())


def _page(figure: go.Figure, body: str, style: str = "") -> str:
    """A full HTML page around ``body`` in the figure's theme colours."""
    layout = figure.layout
    dark = layout.paper_bgcolor == THEMES["dark"].paper
    theme = THEMES["dark" if dark else "light"]
    return PAGE.format(
        title=html.escape(_plain_title(figure)),
        paper=theme.paper,
        text=theme.text,
        font=layout.font.family or "sans-serif",
        style=style,
        body=body,
    )


def _plain_title(figure: go.Figure) -> str:
    """The figure's title without markup, for the page's ``<title>``."""
    text = figure.layout.title.text or "Timeline"
    return html.unescape(text.replace("<b>", "").replace("</b>", ""))


REPORT_STYLE = """
.report-tools { display: flex; gap: 12px; align-items: center; margin: 8px 0; }
.report-tools input { font: inherit; padding: 6px 10px; min-width: 280px;
  border: 1px solid #9ca3af80; border-radius: 6px; background: transparent; color: inherit; }
.report-count { opacity: 0.7; }
table.events { border-collapse: collapse; width: 100%; font-size: 13px; }
table.events th, table.events td { text-align: left; vertical-align: top; padding: 6px 8px;
  border-bottom: 1px solid #9ca3af40; }
table.events th { cursor: pointer; user-select: none; position: sticky; top: 0;
  background: inherit; white-space: nowrap; }
table.events th[aria-sort="ascending"]::after { content: " ▲"; }
table.events th[aria-sort="descending"]::after { content: " ▼"; }
table.events td.sentence { max-width: 40em; opacity: 0.85; }
table.events a { color: #3b82f6; }
"""

TABLE_SCRIPT = """
(function () {
  var table = document.getElementById("events");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var filter = document.getElementById("events-filter");
  var count = document.getElementById("events-count");
  function show() {
    var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !match;
      shown += match ? 1 : 0;
    });
    count.textContent = shown + " of " + rows.length + " events";
  }
  function key(row, column) {
    var cell = row.cells[column];
    return cell.getAttribute("data-sort") || cell.textContent.toLowerCase();
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    th.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) {
        other.removeAttribute("aria-sort");
      });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = key(a, column), y = key(b, column);
        return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  filter.addEventListener("input", show);
  show();
})();
"""

TABLE_COLUMNS: tuple[str, ...] = ("Date", "Event", "Type", "Actors", "Place", "Source", "Evidence")


def write_report(
    frame: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    plotlyjs: str = "inline",
    figure: go.Figure | None = None,
    **plot_options: Any,
) -> Path:
    """Write one self-contained page: the timeline, then a sortable, filterable event table.

    Each row links to its source article when the frame has an http(s) ``url``.
    ``plot_options`` go to :func:`plot` (``lanes``, ``title``, ``subtitle``, ``theme``);
    pass ``figure`` instead to reuse a figure already drawn from ``frame``.
    """
    figure = _as_figure(frame if figure is None else figure, plot_options)
    target = Path(path)
    chart = chart_fragment(figure, target, plotlyjs=plotlyjs, embed=True)
    if plotlyjs == "directory":
        _write_plotlyjs_beside(target)
    body = "\n".join(
        [
            chart,
            '<div class="report-tools">',
            '<input id="events-filter" type="search" placeholder="Filter events…"'
            ' aria-label="Filter events">',
            '<span id="events-count" class="report-count"></span>',
            "</div>",
            event_table(frame),
            f"<script>{TABLE_SCRIPT}</script>",
        ]
    )
    return atomic_write_text(target, _page(figure, body, style=REPORT_STYLE))


def event_table(frame: pd.DataFrame) -> str:
    """The events as an HTML ``<table id="events">``, every cell escaped."""
    events = normalize_frame(frame)
    head = "".join(f'<th scope="col">{name}</th>' for name in TABLE_COLUMNS)
    rows = "\n".join(_table_row(event) for event in events.itertuples())
    return (
        f'<table id="events" class="events"><thead><tr>{head}</tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody></table>"
    )


def _table_row(event: Any) -> str:
    url = safe_url(event.url)
    source = html.escape(event.article_title or source_name(event.url, "") or "source")
    link = (
        f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">{source}</a>'
        if url
        else source
    )
    when = date_line(event.start, event.end, event.precision, event.date_text)
    cells = [
        f'<td data-sort="{event.start:%Y-%m-%d}{event.end:%Y-%m-%d}">{html.escape(when)}</td>',
        f"<td>{html.escape(event.title)}</td>",
        f"<td>{html.escape(event.event_type)}</td>",
        f"<td>{html.escape(event.actors)}</td>",
        f"<td>{html.escape(event.location)}</td>",
        f"<td>{link}</td>",
        f'<td class="sentence">{html.escape(event.sentence)}</td>',
    ]
    return f"<tr>{''.join(cells)}</tr>"
