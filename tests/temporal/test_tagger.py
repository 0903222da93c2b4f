"""The tagger walks its corpus of examples, tests/temporal/cases.tsv."""

from __future__ import annotations

import doctest
from datetime import date
from pathlib import Path

import pytest

from timeline import temporal
from timeline.temporal import find_dates, tag

HERE = Path(__file__).parent
SEED = Path(__file__).parents[2] / "data" / "thehill" / "kerry-moscow-2021.md"


def _load(kind: str) -> list[list[str | None]]:
    rows = []
    for line in (HERE / "cases.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if fields[0] == kind:
            rows.append([None if f == "-" else f for f in fields[1:]])
    return rows


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


@pytest.mark.parametrize(
    ("text", "published", "expression", "type_", "value", "start", "end", "precision"),
    _load("tag"),
)
def test_tag(text, published, expression, type_, value, start, end, precision):
    found = tag(text, published)
    if expression is None:
        assert found == []
        return
    matching = [t for t in found if t.text == expression]
    assert matching, f"{expression!r} not found in {[t.text for t in found]}"
    t = matching[0]
    assert (t.type, t.value, _iso(t.start), _iso(t.end), t.precision) == (
        type_,
        value,
        start,
        end,
        precision,
    )
    assert text[t.char_start : t.char_end] == t.text


@pytest.mark.parametrize(
    ("text", "published", "mention", "_type", "_value", "start", "end", "precision"),
    _load("find_dates"),
)
def test_find_dates(text, published, mention, _type, _value, start, end, precision):
    got = [(m.text, _iso(m.start), _iso(m.end), m.precision) for m in find_dates(text, published)]
    assert (mention, start, end, precision) in got


def test_published_accepts_dates_and_strings():
    assert tag("next week", date(2021, 7, 8)) == tag("next week", "2021-07-08")


def test_no_published_date_gives_no_relative_mentions():
    assert find_dates("They met last week and will meet on Monday.", None) == []


@pytest.mark.skipif(not SEED.exists(), reason="the bundled data/ folder is missing")
def test_seed_article():
    mentions = find_dates(SEED.read_text(encoding="utf-8"), "2021-07-08")
    got = {(m.start.isoformat(), m.end.isoformat(), m.precision) for m in mentions}
    assert ("2021-07-12", "2021-07-18", "week") in got
    assert ("2021-07-12", "2021-07-15", "days") in got
    assert ("2021-04-01", "2021-04-30", "month") in got
    assert ("2021-06-11", "2021-06-20", "part-of-month") in got


@pytest.mark.parametrize("published", ["Thu, 08 Jul 2021 14:00:00 GMT", "8 juillet 2021"])
def test_published_in_other_formats(published):
    assert tag("next week", published)[0].value == "2021-W28"


def test_publication_date_without_day_is_refused():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        tag("next week", "July 2021")


def test_docstring_examples():
    assert doctest.testmod(temporal).failed == 0
