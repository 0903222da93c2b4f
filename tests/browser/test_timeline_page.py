"""The standalone timeline page in headless Chromium: drawn events, hover, legend, click."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SCREENSHOTS

from timeline.render import plot, write_html

pytestmark = pytest.mark.browser

DRAWN = (
    "(root) => root.querySelectorAll("
    "'.cartesianlayer .scatterlayer .point, .cartesianlayer .barlayer .point').length"
)
VISIBLE_LABELS = """(root) => [...root.querySelectorAll('.cartesianlayer .textpoint text')]
  .filter(t => t.style.visibility !== 'hidden')
  .map(t => { const r = t.getBoundingClientRect();
              return [r.left, r.top, r.right, r.bottom, t.textContent]; })"""
CENTRES = """(root) => [...root.querySelectorAll(
    '.cartesianlayer .scatterlayer .point, .cartesianlayer .barlayer .point')]
  .map(p => { const r = p.getBoundingClientRect();
              return [r.x + r.width / 2, r.y + r.height / 2]; })"""


@pytest.fixture
def page_path(us_russia, tmp_path: Path) -> Path:
    return write_html(plot(us_russia, title="U.S.–Russia relations, 2021"), tmp_path / "t.html")


def run(session, script: str, root: str = "body"):
    """Evaluate ``script``, a function of one element, on the first ``root`` element."""
    return session.page.locator(root).first.evaluate(script)


def hover_text(session, x: float, y: float) -> str:
    """Move away (so the previous card goes), then onto ``x, y``; the card's text."""
    session.page.mouse.move(2, 2)
    session.page.evaluate(
        "() => document.querySelectorAll('.plotly-graph-div').forEach(Plotly.Fx.unhover)"
    )
    session.page.wait_for_selector(".hoverlayer .hovertext", state="detached")
    session.page.mouse.move(x, y)
    hover = session.page.locator(".hoverlayer .hovertext")
    hover.first.wait_for(timeout=3000)
    return hover.first.text_content()


def overlaps(boxes: list) -> list:
    return [
        (a[4], b[4])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    ]


def test_every_row_is_drawn_offline_without_errors(session, page_path, us_russia):
    session.open(page_path)
    assert run(session, DRAWN) == len(us_russia)
    assert session.errors == []
    assert session.blocked == []


def test_hovering_each_event_shows_its_title(session, page_path, us_russia):
    session.open(page_path)
    cards = [hover_text(session, x, y) for x, y in run(session, CENTRES)]
    for title in us_russia["title"]:
        assert any(title in card for card in cards), title
    assert any("“mid-June” · 11–20 Jun 2021 (part of month)" in card for card in cards)


def test_legend_click_hides_that_type(session, page_path, us_russia):
    session.open(page_path)
    consult = int((us_russia["event_type"] == "CONSULT").sum())
    session.page.locator(".legend .traces", has_text="CONSULT").click()
    session.page.wait_for_function(f"() => ({DRAWN})(document) === {len(us_russia) - consult}")
    session.page.locator(".legend .traces", has_text="CONSULT").click()
    session.page.wait_for_function(f"() => ({DRAWN})(document) === {len(us_russia)}")
    assert session.errors == []


def test_clicking_an_event_opens_its_source(session, page_path, us_russia):
    session.open(page_path)
    session.page.evaluate("() => { window.opened = []; window.open = u => window.opened.push(u); }")
    for x, y in run(session, CENTRES):
        hover_text(session, x, y)
        session.page.mouse.click(x, y)
        session.page.wait_for_timeout(600)  # two quick clicks are a double click: zoom reset
    opened = session.page.evaluate("() => window.opened")
    assert sorted(opened) == sorted(us_russia["url"].dropna())


MARKS = """(root) => [...root.querySelectorAll(
    '.cartesianlayer .scatterlayer .point, .cartesianlayer .barlayer .point')]
  .map(p => { const r = p.getBoundingClientRect();
              return [r.left, r.top, r.right, r.bottom, ""]; })"""


def covered_marks(labels: list, marks: list) -> list:
    """Labels whose words (past the two leading spaces over their own mark) cover a mark."""
    words = [
        [left + 10, top + 2, right, bottom - 2, text] for left, top, right, bottom, text in labels
    ]
    return [pair for pair in overlaps(words + marks) if pair[0] and not pair[1]]


@pytest.mark.parametrize("lanes", ["event_type", "actor"])
def test_labels_never_overlap_labels_or_marks(session, us_russia, tmp_path, lanes):
    session.open(write_html(plot(us_russia, lanes=lanes), tmp_path / "t.html"))
    labels = run(session, VISIBLE_LABELS)
    assert len(labels) >= 10
    assert overlaps(labels) == []
    assert covered_marks(labels, run(session, MARKS)) == []
    session.page.evaluate(
        "() => Plotly.relayout(document.querySelector('.plotly-graph-div'),"
        " {'xaxis.range': ['2015-01-01', '2027-01-01']})"
    )
    session.page.wait_for_timeout(300)
    zoomed_out = run(session, VISIBLE_LABELS)
    assert 0 < len(zoomed_out) < len(labels)
    assert overlaps(zoomed_out) == []
    assert covered_marks(zoomed_out, run(session, MARKS)) == []


def test_zoom_buttons_and_range_slider(session, page_path):
    session.open(page_path)
    before = session.page.evaluate(
        "() => document.querySelector('.plotly-graph-div')._fullLayout.xaxis.range"
    )
    session.page.locator(".rangeselector .button", has_text="month").first.click()
    session.page.wait_for_timeout(300)
    after = session.page.evaluate(
        "() => document.querySelector('.plotly-graph-div')._fullLayout.xaxis.range"
    )
    assert after != before
    assert session.page.locator(".rangeslider-container").count() == 1
    assert session.page.locator(".rangeslider-container .point").count() > 0
    assert session.page.locator(".rangeslider-container .textpoint").count() == 0  # no labels
    assert session.errors == []


def test_screenshot_of_the_default_timeline(session, page_path):
    """Writes the picture the README shows: ``tests/browser/screenshots/timeline.png``."""
    session.open(page_path)
    session.page.mouse.move(2, 2)
    shot = SCREENSHOTS / "timeline.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    session.page.locator(".plotly-graph-div").first.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    assert session.errors == []
