"""Benchmark: our timeline against ``px.timeline`` on the same frames, in one run.

For 100 / 1,000 / 10,000 / 100,000 events it measures, for both: building the figure and
writing a standalone HTML file in Python, the file size, the time until headless Chromium
(``/usr/bin/chromium``, network blocked) has drawn the chart, and the mean time of a zoom
step (``Plotly.relayout`` of the x range). Prints a markdown table.

    python tests/benchmarks/bench_render.py                 # all sizes
    python tests/benchmarks/bench_render.py --sizes 100 1000 --no-browser
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from timeline.io import atomic_write_text
from timeline.render import plot, write_html

SIZES = (100, 1_000, 10_000, 100_000)
CHROMIUM = "/usr/bin/chromium"
RENDER_TIMEOUT_S = 180
TYPES = ("CONSULT", "AGREE", "SANCTION", "DEMAND", "AID", "REJECT", "THREATEN", "PROTEST")
ZOOM = """async () => { const g = document.querySelector('.plotly-graph-div');
  const [a, b] = g._fullLayout.xaxis.range.map(v => new Date(v).getTime());
  const began = performance.now();
  for (const part of [0.5, 0.25, 0.5, 1]) {
    await Plotly.relayout(g, {'xaxis.range': [a, a + (b - a) * part]});
  }
  return (performance.now() - began) / 4; }"""
"""Milliseconds per zoom step (four steps in and out), as a pan or zoom would redraw."""
DRAWN = """() => { const g = document.querySelector('.plotly-graph-div');
  return g && g._fullLayout && g.querySelector('.cartesianlayer .trace, .gl-container canvas'); }"""


def synthetic_frame(rows: int) -> pd.DataFrame:
    """``rows`` events over ten years: single days, ranges and rough dates, eight types."""
    days = pd.Timestamp("2015-01-01") + pd.to_timedelta(
        [(i * 7919) % 3650 for i in range(rows)], unit="D"
    )
    kinds = [i % 3 for i in range(rows)]
    return pd.DataFrame(
        {
            "start": days,
            "end": days + pd.to_timedelta([(0, 3, 29)[k] for k in kinds], unit="D"),
            "precision": [("day", "days", "month")[k] for k in kinds],
            "date_text": [("on Monday", "March 3-6", "in March")[k] for k in kinds],
            "title": [f"Event {i}: leaders meet to discuss trade" for i in range(rows)],
            "event_type": [TYPES[i % len(TYPES)] for i in range(rows)],
            "actors": "USA; RUS",
            "sentence": "The two presidents spoke for an hour about trade, climate and security.",
            "url": [f"https://example.org/{i}" for i in range(rows)],
        }
    )


def timed(action: Callable[[], object]) -> tuple[object, float]:
    began = time.perf_counter()
    result = action()
    return result, time.perf_counter() - began


def px_figure(frame: pd.DataFrame) -> go.Figure:
    return px.timeline(
        frame, x_start="start", x_end="end", y="event_type", color="event_type", hover_name="title"
    )


def px_write(figure: go.Figure, path: Path) -> Path:
    return atomic_write_text(path, figure.to_html(include_plotlyjs=True))


def browser_seconds(paths: list[Path]) -> list[tuple[float, float]]:
    """Per file: seconds until plotly has drawn (``inf`` after the timeout), and a zoom's."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
    seconds: list[tuple[float, float]] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        for path in paths:
            page = browser.new_page(viewport={"width": 1280, "height": 820})
            page.route(
                "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
            )
            began = time.perf_counter()
            try:
                page.goto(path.resolve().as_uri(), timeout=RENDER_TIMEOUT_S * 1000)
                page.wait_for_function(DRAWN, timeout=RENDER_TIMEOUT_S * 1000, polling=50)
                drawn = time.perf_counter() - began
                seconds.append((drawn, page.evaluate(ZOOM) / 1000))
            except PlaywrightTimeout:
                seconds.append((math.inf, math.inf))
            page.close()
        browser.close()
    return seconds


def measure(rows: int, folder: Path, browser: bool) -> dict[str, object]:
    """One row of the table: both tools on the same frame of ``rows`` events."""
    frame = synthetic_frame(rows)
    ours, ours_plot = timed(lambda: plot(frame))
    ours_path, ours_write = timed(lambda: write_html(ours, folder / f"ours-{rows}.html"))
    theirs, px_plot = timed(lambda: px_figure(frame))
    px_path, px_html = timed(lambda: px_write(theirs, folder / f"px-{rows}.html"))
    timings = browser_seconds([ours_path, px_path]) if browser else [(None, None)] * 2
    return {
        "events": rows,
        "ours": (ours_plot, ours_write, ours_path.stat().st_size, *timings[0]),
        "px": (px_plot, px_html, px_path.stat().st_size, *timings[1]),
    }


def _seconds(render: float | None) -> str:
    if render is None:
        return "n/a"
    return f"> {RENDER_TIMEOUT_S}" if math.isinf(render) else f"{render:.2f}"


def table(results: list[dict[str, object]]) -> str:
    """The results as a markdown table."""
    head = (
        "| events | tool | figure (s) | HTML write (s) | file (MB) | first render (s) | zoom (s) |"
        "\n"
        "|---:|---|---:|---:|---:|---:|---:|"
    )
    lines = [head]
    for result in results:
        for tool, name in (("ours", "timeline `plot`"), ("px", "`px.timeline`")):
            build, write, size, render, zoom = result[tool]
            lines.append(
                f"| {result['events']:,} | {name} | {build:.2f} | {write:.2f} "
                f"| {size / 1e6:.1f} | {_seconds(render)} | {_seconds(zoom)} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium timing")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        results = [measure(rows, Path(folder), not options.no_browser) for rows in options.sizes]
    print(table(results))


if __name__ == "__main__":
    main()
