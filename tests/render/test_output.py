"""write_timeline: the output file chosen by suffix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.render import ImageExportError, write_timeline


def test_html_page(us_russia, tmp_path: Path):
    (page,) = write_timeline(us_russia, tmp_path / "t.html", title="T", lanes="country")
    assert page.read_text().startswith("<!doctype html>")


def test_embed_writes_the_fragment_and_the_figure_json(us_russia, tmp_path: Path):
    fragment, figure = write_timeline(us_russia, tmp_path / "t.html", embed=True, plotlyjs="cdn")
    assert fragment.read_text().startswith("<div")
    assert figure == tmp_path / "t.json"
    assert json.loads(figure.read_text())["layout"]["title"]["text"] == "<b>Timeline</b>"


def test_json_only(us_russia, tmp_path: Path):
    (figure,) = write_timeline(us_russia, tmp_path / "t.json")
    assert "data" in json.loads(figure.read_text())


def test_unknown_suffix_and_missing_browser_are_clear_errors(us_russia, tmp_path, monkeypatch):
    with pytest.raises(ValueError, match="use one of .html"):
        write_timeline(us_russia, tmp_path / "t.docx")
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "none"))
    with pytest.raises(ImageExportError, match="Install one"):
        write_timeline(us_russia, tmp_path / "t.pdf")
