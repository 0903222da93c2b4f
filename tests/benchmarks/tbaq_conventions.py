"""Where TimeBank's and AQUAINT's gold annotations follow different conventions.

Counts, on each corpus's gold files, how often a convention is followed one way or the
other (see tests/temporal/README.md)::

    python tests/benchmarks/tbaq_conventions.py [--tbaq DIR]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from timeline.temporal.timeml import TimeMLDocument, read_file, read_timeml

DEFAULT_TBAQ = Path("/work/shared/corpora/tbaq")
CORPORA = ("TimeBank", "AQUAINT")
Count = Callable[[TimeMLDocument], tuple[int, int]]


def _words_before(word: str) -> Count:
    """(inside, outside): timexes that start with ``word`` / that follow it in the text."""
    pattern = re.compile(rf"(?:{word})\s+$", re.IGNORECASE)
    start = re.compile(rf"(?:{word})\s", re.IGNORECASE)

    def count(doc: TimeMLDocument) -> tuple[int, int]:
        inside = sum(bool(start.match(t.text)) for t in doc.timexes)
        outside = sum(
            bool(pattern.search(doc.text, max(0, t.char_start - 24), t.char_start))
            for t in doc.timexes
        )
        return inside, outside

    return count


def _tagged(expression: str) -> Count:
    """(tagged, untagged): matches of ``expression`` in the text with or without a timex."""
    pattern = re.compile(expression, re.IGNORECASE)

    def count(doc: TimeMLDocument) -> tuple[int, int]:
        hits = [
            any(t.char_start < m.end() and m.start() < t.char_end for t in doc.timexes)
            for m in pattern.finditer(doc.text)
        ]
        return sum(hits), len(hits) - sum(hits)

    return count


def _values(expression: str, other: str) -> Count:
    """(values matching ``expression``, values matching ``other``)."""
    one, two = re.compile(expression), re.compile(other)

    def count(doc: TimeMLDocument) -> tuple[int, int]:
        return (
            sum(bool(one.fullmatch(t.value)) for t in doc.timexes),
            sum(bool(two.fullmatch(t.value)) for t in doc.timexes),
        )

    return count


_DAY_PART = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:night|morning|evening|afternoon)$", re.I
)
_PART_AFTER = re.compile(r"\s+(?:night|morning|evening|afternoon)\b", re.IGNORECASE)


def _day_parts(doc: TimeMLDocument) -> tuple[int, int]:
    """(with, without): weekday + part-of-day timexes valued with a part-of-day suffix."""
    parts = [t for t in doc.timexes if _DAY_PART.search(t.text)]
    suffixed = sum(bool(re.search(r"T(?:MO|AF|EV|NI)$", t.value)) for t in parts)
    return suffixed, len(parts) - suffixed


def _words_before_part(doc: TimeMLDocument) -> tuple[int, int]:
    """(inside, alone): a weekday before a part of day, spanned with it or alone."""
    inside = sum(bool(_DAY_PART.search(t.text)) for t in doc.timexes)
    alone = sum(
        t.text.lower().endswith("day") and bool(_PART_AFTER.match(doc.text, t.char_end))
        for t in doc.timexes
    )
    return inside, alone


CONVENTIONS: tuple[tuple[str, str, Count], ...] = (
    ('"the" before a timex', "inside / outside the span", _words_before("the")),
    (
        '"earlier/later" before a timex',
        "inside / outside the span",
        _words_before("earlier|later"),
    ),
    (
        '"about/around" before a timex',
        "inside / outside the span",
        _words_before("about|around"),
    ),
    ("year values", '"1998" / "1998-XX"', _values(r"\d{4}", r"\d{4}-XX")),
    ("weeks 1-9", '"1998-W08" / "2000-W7"', _values(r"\d{4}-W0\d.*", r"\d{4}-W\d(?!\d).*")),
    ("decade values", '"198" / "198X"', _values(r"\d{3}", r"\d{3}X")),
    ('"now"', "tagged / untagged", _tagged(r"\bnow\b")),
    ('"Friday night", "Monday morning"', "value with TNI, TMO ... / without", _day_parts),
    ('"Friday" before "night", "morning"', "inside the span / alone", _words_before_part),
    (
        '"the night of" before a date',
        "inside / outside the span",
        _words_before(r"the\s+(?:morning|afternoon|evening|night)\s+of"),
    ),
)


def documents(folder: Path) -> Iterable[TimeMLDocument]:
    """The gold documents of one corpus folder."""
    for path in sorted(folder.glob("*.tml")):
        yield read_timeml(read_file(path))


def main(argv: list[str] | None = None) -> None:
    """Print, per convention, how each corpus annotates it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tbaq", type=Path, default=DEFAULT_TBAQ, help="TBAQ-cleaned folder")
    arguments = parser.parse_args(argv)
    docs = {corpus: list(documents(arguments.tbaq / corpus)) for corpus in CORPORA}
    print(f"{'convention':36} {'counted as':38} {'TimeBank':>10} {'AQUAINT':>10}")
    for name, counted_as, count in CONVENTIONS:
        cells = []
        for corpus in CORPORA:
            pairs = [count(doc) for doc in docs[corpus]]
            cells.append(f"{sum(a for a, _ in pairs)} / {sum(b for _, b in pairs)}")
        print(f"{name:36} {counted_as:38} {cells[0]:>10} {cells[1]:>10}")


if __name__ == "__main__":
    main()
