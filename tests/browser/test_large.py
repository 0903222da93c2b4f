"""Large timelines in Chromium: WebGL markers for every event, hover, zoom, no errors."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from test_timeline_page import hover_text

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
    assert "Event " in hover_text(session, *chart.evaluate(FIRST_POINT))
    chart.evaluate("g => Plotly.relayout(g, {'xaxis.range': ['2018-01-01', '2018-03-01']})")
    chart.evaluate("g => Plotly.relayout(g, {'xaxis.autorange': true})")
    assert session.errors == []
