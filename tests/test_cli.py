"""The command line end to end: build, extract, edit the CSV, render; errors and exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from timeline.cli import main

ARTICLE = """---
title: Kerry to visit Moscow
published: 2021-07-08
url: https://example.org/kerry
---
U.S. climate envoy John Kerry will visit Moscow next week to talk about climate.
The trip will take place from July 12-15, the State Department said.
Biden and Putin held a summit in Geneva in mid-June.
"""


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "kerry.md").write_text(ARTICLE, encoding="utf-8")
    return folder


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def test_help_lists_the_commands_without_importing_heavy_packages() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from timeline.cli import main\n"
            "try: main(['--help'])\nexcept SystemExit: pass\n"
            "print(sorted(m for m in ('pandas', 'plotly', 'dateparser') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    for command in ("build", "extract", "render", "timeml", "eval"):
        assert command in done.stdout
    assert done.stdout.strip().endswith("[]")


def test_build_writes_timeline_csv_and_json(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run("build", str(articles), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "1 articles read" in done.stdout
    html = (out / "timeline.html").read_text(encoding="utf-8")
    assert "Plotly.newPlot" in html and not re.search(r"<script[^>]+src=", html)  # offline
    assert "<table" in (out / "report.html").read_text(encoding="utf-8")
    frame = pd.read_csv(out / "events.csv")
    assert len(frame) >= 2
    assert "2021-07-12" in set(frame["start"])
    assert len(json.loads((out / "events.json").read_text())) == len(frame)


def test_build_without_arguments_reads_data_folder(articles: Path, tmp_path: Path) -> None:
    (articles.parent / "data").mkdir()
    (articles.parent / "data" / "kerry.md").write_text(ARTICLE, encoding="utf-8")
    done = run("build", cwd=articles.parent)
    assert done.returncode == 0, done.stderr
    assert (articles.parent / "output" / "timeline.html").is_file()


def test_build_reports_bad_files_by_name_and_still_writes(articles: Path, tmp_path: Path) -> None:
    (articles / "broken.json").write_text("{not json", encoding="utf-8")
    (articles / "undated.txt").write_text("They met yesterday in Paris.", encoding="utf-8")
    out = tmp_path / "out"
    done = run("build", str(articles), "--out", str(out))
    assert done.returncode == 1
    assert f"{articles / 'broken.json'}: malformed JSON" in done.stderr
    assert "no publication date" in done.stderr and "undated.txt" in done.stderr
    assert (out / "events.csv").is_file()


def test_published_option_anchors_undated_articles(tmp_path: Path) -> None:
    source = tmp_path / "undated.txt"
    source.write_text(
        "The foreign ministers of France and Germany met in Paris yesterday to discuss trade.",
        encoding="utf-8",
    )
    assert (
        main(["extract", str(source), "--published", "2021-03-10", "-o", str(tmp_path / "e.csv")])
        == 0
    )
    frame = pd.read_csv(tmp_path / "e.csv")
    assert list(frame["start"]) == ["2021-03-09"]


def test_extract_edit_render_round_trip(articles: Path, tmp_path: Path) -> None:
    events_csv = tmp_path / "events.csv"
    assert main(["extract", str(articles), "-o", str(events_csv)]) == 0
    frame = pd.read_csv(events_csv, dtype=str, keep_default_na=False)
    # what a person does in a spreadsheet: retitle, drop columns, add a row by hand
    frame.loc[0, "title"] = "Edited by hand"
    frame = frame.drop(columns=["timex_value", "salience"])
    extra = {column: "" for column in frame.columns} | {"start": "2021-09-01", "title": "Added"}
    frame = pd.concat([frame, pd.DataFrame([extra])], ignore_index=True)
    frame.to_csv(events_csv, index=False)

    html = tmp_path / "timeline.html"
    assert main(["render", str(events_csv), "-o", str(html)]) == 0
    page = html.read_text(encoding="utf-8")
    assert "Edited by hand" in page and "Added" in page

    fragment = tmp_path / "fragment.html"
    assert main(["render", str(events_csv), "-o", str(fragment), "--embed"]) == 0
    assert "<html" not in fragment.read_text(encoding="utf-8").lower()
    assert json.loads((tmp_path / "fragment.json").read_text())["data"]  # the figure as JSON

    report = tmp_path / "report.html"
    assert main(["render", str(events_csv), "-o", str(report), "--report"]) == 0
    assert "Edited by hand" in report.read_text(encoding="utf-8")


def test_image_without_a_browser_is_a_message_not_a_traceback(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events_csv = tmp_path / "events.csv"
    assert main(["extract", str(articles), "-o", str(events_csv)]) == 0
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chromium-here"))
    done = run("render", str(events_csv), "-o", str(tmp_path / "t.png"))
    assert done.returncode == 2
    assert "need Chromium" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "t.png").exists()


def test_render_of_a_missing_or_broken_table_is_a_clear_error(tmp_path: Path) -> None:
    done = run("render", str(tmp_path / "absent.csv"), "-o", str(tmp_path / "t.html"))
    assert done.returncode == 2
    assert "absent.csv: no such file" in done.stderr
    assert "Traceback" not in done.stderr
    broken = tmp_path / "broken.csv"
    broken.write_text("title\nNo dates here\n", encoding="utf-8")
    done = run("render", str(broken), "-o", str(tmp_path / "t.html"))
    assert done.returncode == 2 and "no start column" in done.stderr


def test_build_without_inputs_and_without_data_folder_says_what_to_do(tmp_path: Path) -> None:
    done = run("build", cwd=tmp_path)
    assert done.returncode == 2
    assert "no data/ folder" in done.stderr
