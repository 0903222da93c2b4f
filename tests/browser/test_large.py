"""Large timelines in Chromium: WebGL markers for every event, no errors."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from timeline.render import write_html

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WEBGL_POINTS = """(root) => root._fullData.filter(t => t.meta === 'point' && t.visible === true)
  .reduce((n, t) => n + t._length, 0)"""


def synthetic_frame(rows: int) -> pd.DataFrame:
    """``rows`` events over ten years: single days, ranges and rough dates, eight types."""
    days = pd.Timestamp("2015-01-01") + pd.to_timedelta(
        [(i * 7919) % 3650 for i in range(rows)], unit="D"
    )
    kinds = [i % 3 for i in range(rows)]
    types = ["CONSULT", "AGREE", "SANCTION", "DEMAND", "AID", "REJECT", "THREATEN", "PROTEST"]
    return pd.DataFrame(
        {
            "start": days,
            "end": days + pd.to_timedelta([[0, 3, 29][k] for k in kinds], unit="D"),
            "precision": [["day", "days", "month"][k] for k in kinds],
            "title": [f"Event {i}" for i in range(rows)],
            "event_type": [types[i % len(types)] for i in range(rows)],
            "url": [f"https://example.org/{i}" for i in range(rows)],
        }
    )


def test_ten_thousand_events_render_with_webgl(session, tmp_path: Path):
    frame = synthetic_frame(10_000)
    session.open(write_html(frame, tmp_path / "large.html"))
    chart = session.page.locator(".plotly-graph-div").first
    assert chart.evaluate(WEBGL_POINTS) == len(frame)
    assert session.page.locator(".gl-container canvas").count() >= 1
    chart.evaluate("g => Plotly.relayout(g, {'xaxis.range': ['2018-01-01', '2018-03-01']})")
    chart.evaluate("g => Plotly.relayout(g, {'xaxis.autorange': true})")
    assert session.errors == []
