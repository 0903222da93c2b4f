"""Fragments on a shared page, the report table, and hostile article text, in Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_timeline_page import CENTRES, DRAWN, hover_text, run

from timeline.render import write_html, write_report

pytestmark = pytest.mark.browser

HOST = """<!doctype html><html><head><meta charset="utf-8"><title>Two timelines</title></head>
<body><h1>Our report</h1><p>First chart:</p>{first}<p>Second chart:</p>{second}</body></html>"""


def test_two_fragments_on_one_page(session, us_russia, tmp_path: Path):
    first = write_html(us_russia, tmp_path / "a.html", embed=True, title="All events")
    second = write_html(
        us_russia.head(5), tmp_path / "b.html", embed=True, lanes="none", title="First five"
    )
    host = tmp_path / "host.html"
    host.write_text(HOST.format(first=first.read_text(), second=second.read_text()))
    session.open(host)
    charts = session.page.locator(".plotly-graph-div")
    assert charts.count() == 2
    assert [charts.nth(i).evaluate(DRAWN) for i in range(2)] == [len(us_russia), 5]
    charts.nth(0).locator(".legend .traces", has_text="CONSULT").click()
    left = len(us_russia) - int((us_russia["event_type"] == "CONSULT").sum())
    session.page.wait_for_function(
        f"() => ({DRAWN})(document.querySelector('.plotly-graph-div')) === {left}"
    )
    assert [charts.nth(i).evaluate(DRAWN) for i in range(2)] == [left, 5]
    assert session.errors == []
    assert session.blocked == []


def test_report_table_sorts_filters_and_links(session, us_russia, tmp_path: Path):
    session.open(write_report(us_russia, tmp_path / "r.html", title="Report"))
    rows = session.page.locator("#events tbody tr")
    assert rows.count() == len(us_russia)
    assert run(session, DRAWN) == len(us_russia)
    session.page.fill("#events-filter", "geneva")
    assert session.page.locator("#events tbody tr:not([hidden])").count() == 2
    assert session.page.text_content("#events-count") == f"2 of {len(us_russia)} events"
    session.page.fill("#events-filter", "")
    date_header = session.page.locator("#events th", has_text="Date")
    date_header.click()
    date_header.click()
    assert "30 Dec 2021" in rows.first.text_content()
    links = session.page.locator("#events tbody a")
    assert links.count() == us_russia["url"].notna().sum()
    assert links.first.get_attribute("href").startswith("https://")
    assert session.errors == []


@pytest.mark.parametrize("writer", [write_html, write_report])
def test_hostile_article_text_renders_as_text_and_never_runs(session, hostile, tmp_path, writer):
    session.open(writer(hostile, tmp_path / "h.html"))
    session.page.evaluate("() => { window.opened = []; window.open = u => window.opened.push(u); }")
    for x, y in run(session, CENTRES):
        card = hover_text(session, x, y)
        session.page.mouse.click(x, y)
        session.page.wait_for_timeout(600)
        assert "<script>" in card or "<b>bold</b>" in card  # shown literally
    assert session.page.evaluate("() => window.__pwned") is None
    assert session.page.locator("[onerror]").count() == 0
    assert session.page.locator("body img").count() == 0
    assert session.dialogs == []
    assert session.page.evaluate("() => window.opened") == ["https://example.org/a?b=1&c=<2>"]
    assert session.errors == []
