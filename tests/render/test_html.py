"""HTML outputs: standalone page, fragment, JSON, report; nothing from articles runs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from timeline.render import event_table, figure_json, plot, write_html, write_report

SCRIPT_SRC = re.compile(r"<script[^>]*\bsrc=", re.I)


def test_standalone_page_carries_plotly_and_no_external_scripts(us_russia, tmp_path: Path):
    page = write_html(us_russia, tmp_path / "t.html", title="U.S.–Russia").read_text()
    assert page.startswith("<!doctype html>")
    assert "<title>U.S.–Russia</title>" in page
    assert not SCRIPT_SRC.search(page)
    assert len(page) > 3_000_000  # plotly.js is inside
    assert "plotly_click" in page and "window.open" in page


def test_cdn_and_directory_make_small_files(us_russia, tmp_path: Path):
    cdn = write_html(us_russia, tmp_path / "cdn.html", plotlyjs="cdn").read_text()
    assert 'src="https://cdn.plot.ly/' in cdn and len(cdn) < 200_000
    local = write_html(us_russia, tmp_path / "dir" / "t.html", plotlyjs="directory").read_text()
    assert 'src="plotly.min.js"' in local
    assert (tmp_path / "dir" / "plotly.min.js").stat().st_size > 1_000_000
    with pytest.raises(ValueError, match="plotlyjs"):
        write_html(us_russia, tmp_path / "x.html", plotlyjs="bundle")


def test_fragments_are_divs_with_their_own_ids(us_russia, tmp_path: Path):
    first = write_html(us_russia, tmp_path / "a.html", embed=True, plotlyjs="none").read_text()
    second = write_html(us_russia, tmp_path / "b.html", embed=True, plotlyjs="none").read_text()
    assert "<html" not in first and first.lstrip().startswith("<div")
    ids = [re.search(r'id="(timeline-[0-9a-f]+)"', text).group(1) for text in (first, second)]
    assert ids[0] != ids[1]
    assert ids[0] == re.search(r'id="(timeline-[0-9a-f]+)"', first).group(1)  # stable per path


def test_figure_json_round_trips(us_russia):
    figure = plot(us_russia)
    data = json.loads(figure_json(figure))
    assert len(data["data"]) == len(figure.data)
    assert data["layout"]["xaxis"]["rangeslider"]["visible"] is True


def test_figure_passed_with_plot_options_is_refused(us_russia, tmp_path: Path):
    with pytest.raises(TypeError, match="need a frame"):
        write_html(plot(us_russia), tmp_path / "t.html", lanes="actor")


@pytest.mark.parametrize("embed", [False, True])
def test_article_text_never_becomes_markup(hostile, tmp_path: Path, embed: bool):
    text = write_html(hostile, tmp_path / "h.html", embed=embed, plotlyjs="none").read_text()
    assert text.count("<script") == 1  # ours only: plotly's call and the post script
    assert "<img" not in text
    assert "&lt;img src=x onerror=&quot;" in text  # shown as text in hover cards
    assert "javascript:window" not in text


def test_report_has_an_escaped_linked_table(us_russia, hostile, tmp_path: Path):
    page = write_report(us_russia, tmp_path / "r.html", title="Report").read_text()
    assert page.count("<tr>") == len(us_russia) + 1
    assert 'id="events-filter"' in page
    assert page.count('target="_blank" rel="noopener noreferrer"') == us_russia["url"].notna().sum()
    table = event_table(hostile)
    assert "<script" not in table and "<img" not in table
    assert "javascript:" not in table
    assert 'href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in table
