"""Large timelines in Chromium: WebGL markers for every event, hover, zoom, no errors."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest
from test_timeline_page import hover_text, overlaps

from timeline.render import write_html

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BENCHMARK = Path(__file__).parents[1] / "benchmarks" / "bench_render.py"
WEBGL_POINTS = """(g) => g._fullData.filter(t => t.meta === 'point' && t.visible === true)
  .reduce((n, t) => n + t._length, 0)"""
FIRST_POINT = """(g) => { const xa = g._fullLayout.xaxis, ya = g._fullLayout.yaxis;
  const t = g._fullData.find(t => t.meta === 'point'), box = g.getBoundingClientRect();
  return [box.left + xa._offset + xa.d2p(t.x[0]), box.top + ya._offset + ya.d2p(t.y[0])]; }"""


def synthetic_frame(rows: int):
    """The benchmark's frame generator, loaded from ``tests/benchmarks/bench_render.py``."""
    spec = importlib.util.spec_from_file_location("bench_render", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.synthetic_frame(rows)


def test_ten_thousand_events_render_with_webgl(session, tmp_path: Path):
    frame = synthetic_frame(10_000)
    session.open(write_html(frame, tmp_path / "large.html"))
    chart = session.page.locator(".plotly-graph-div").first
    assert chart.evaluate(WEBGL_POINTS) == len(frame)
    assert session.page.locator(".gl-container canvas").count() >= 1
    session.page.evaluate("() => { window.opened = []; window.open = u => window.opened.push(u); }")
    x, y = chart.evaluate(FIRST_POINT)
    assert "Event " in hover_text(session, x, y)
    session.page.mouse.click(x, y)
    assert session.page.evaluate("() => window.opened")[0].startswith("https://example.org/")
    chart.evaluate("g => Plotly.relayout(g, {'xaxis.range': ['2018-01-01', '2018-03-01']})")
    chart.evaluate("g => Plotly.relayout(g, {'xaxis.autorange': true})")
    assert session.errors == []


GL_LABELS = """(g) => [...g.querySelectorAll('.timeline-gl-labels span')].map(s => {
  const r = s.getBoundingClientRect();
  return [r.left, r.top, r.right, r.bottom, s.textContent]; })"""


def test_webgl_events_get_labels_once_few_are_in_view(session, tmp_path: Path):
    frame = synthetic_frame(2_000)
    frame.loc[0, "title"] = '<img src=x onerror="window.__pwned = 1">'
    session.open(write_html(frame, tmp_path / "large.html"))
    chart = session.page.locator(".plotly-graph-div").first
    assert chart.evaluate(GL_LABELS) == []
    first = frame["start"].min()
    window = [str(first - pd.Timedelta(days=2)), str(first + pd.Timedelta(days=40))]
    chart.evaluate(f"g => Plotly.relayout(g, {{'xaxis.range': {window!r}}})")
    session.page.wait_for_timeout(300)
    labels = chart.evaluate(GL_LABELS)
    assert len(labels) >= 5
    assert overlaps(labels) == []
    assert {text for *_, text in labels} <= set(frame["title"].str.slice(0, 44))
    assert session.page.evaluate("() => window.__pwned") is None
    assert session.errors == []
