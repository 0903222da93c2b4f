"""Speed of ``timeline.temporal.tag`` against dateparser's ``search_dates`` on the TBAQ texts.

Also times event extraction (``timeline.events.events_from_article``, which tags the text
itself) and prints what it adds to tagging alone (issue 4 target: at most 50%). Rounds
alternate the contenders so that machine noise hits them alike; best and median shown::

    python tests/benchmarks/bench_tagger.py                   # 3 rounds, all 256 texts
    python tests/benchmarks/bench_tagger.py --repeat 5 --limit 50 --no-dateparser
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.articles import Article
from timeline.temporal.timeml import dct_date, read_file, read_timeml, timeml_files

DEFAULT_TBAQ = Path("/work/shared/corpora/tbaq")
CORPORA = ("TimeBank", "AQUAINT")
EVENTS_TARGET = 0.50


@dataclass(frozen=True, slots=True)
class Text:
    name: str
    text: str
    published: date | None


@dataclass(frozen=True, slots=True)
class Timing:
    name: str
    seconds: tuple[float, ...]  # one per round

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def load_texts(tbaq: Path, limit: int | None) -> list[Text]:
    """The plain texts of the TBAQ gold files with their DCT day (``limit`` first ones)."""
    texts = []
    for corpus in CORPORA:
        for path in timeml_files(tbaq / corpus):
            doc = read_timeml(read_file(path))
            texts.append(Text(path.name, doc.text, dct_date(doc.dct)))
    return texts[:limit]


def contenders(texts: list[Text], with_dateparser: bool) -> dict[str, Callable[[Text], object]]:
    """Name -> function of one text, for every contender that can be imported."""
    from timeline.temporal import tag

    found: dict[str, Callable[[Text], object]] = {"tag": lambda t: tag(t.text, t.published)}
    if with_dateparser:
        from dateparser.search import search_dates

        found["dateparser"] = lambda t: search_dates(t.text, languages=["en"])
    try:
        from timeline.events import events_from_article
    except (ImportError, AttributeError) as error:
        print(f"events: not available ({error})")
    else:
        articles = {t.name: Article(t.name, "", t.text, t.published) for t in texts}
        found["events"] = lambda t: events_from_article(articles[t.name])
    return found


def run_rounds(
    functions: dict[str, Callable[[Text], object]], texts: list[Text], repeat: int
) -> list[Timing]:
    """Time each function over all texts, ``repeat`` rounds, after one warm-up text each."""
    seconds: dict[str, list[float]] = {name: [] for name in functions}
    for function in functions.values():
        function(texts[0])
    for _ in range(repeat):
        for name, function in functions.items():
            started = time.perf_counter()
            for text in texts:
                function(text)
            seconds[name].append(time.perf_counter() - started)
    return [Timing(name, tuple(values)) for name, values in seconds.items()]


def report(timings: list[Timing], words: int) -> str:
    """Words per second of each contender, the tagger/dateparser ratio, the events overhead."""
    lines = [f"{'':<12}{'best s':>9}{'median s':>10}{'words/s best':>14}{'words/s med':>13}"]
    for t in timings:
        rates = f"{words / t.best:>14,.0f}{words / t.median:>13,.0f}"
        lines.append(f"{t.name:<12}{t.best:>9.2f}{t.median:>10.2f}{rates}")
    by_name = {t.name: t for t in timings}
    tag = by_name["tag"]
    if "dateparser" in by_name:
        dp = by_name["dateparser"]
        lines.append(
            f"tag is {dp.best / tag.best:.1f}x as fast as dateparser "
            f"(best; median {dp.median / tag.median:.1f}x)"
        )
    if "events" in by_name:
        ev = by_name["events"]
        best, median = (ev.best - tag.best) / tag.best, (ev.median - tag.median) / tag.median
        verdict = "within" if best <= EVENTS_TARGET else "OVER"
        lines.append(
            f"events add {best:+.0%} to tagging alone (best; median {median:+.0%}); "
            f"target <= {EVENTS_TARGET:.0%}: {verdict}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tbaq", type=Path, default=DEFAULT_TBAQ, help="TBAQ-cleaned folder")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (default 3)")
    parser.add_argument("--limit", type=int, help="only the first N texts")
    parser.add_argument("--no-dateparser", action="store_true", help="skip dateparser")
    args = parser.parse_args(argv)
    texts = load_texts(args.tbaq, args.limit)
    if not texts:
        print(f"no TimeML files under {args.tbaq}", file=sys.stderr)
        return 2
    words = sum(len(t.text.split()) for t in texts)
    print(f"{len(texts)} texts, {words:,} words, {args.repeat} rounds")
    timings = run_rounds(contenders(texts, not args.no_dateparser), texts, args.repeat)
    print(report(timings, words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
