"""Scoring event extraction against a small gold set of sentences.

Each gold line (JSON) holds a sentence, its publication date, optionally an article title,
and the expected ``type``, ``mode``, ``actors`` (country and organisation codes) and
``title_keywords``. The system's answer for a sentence is its most salient event.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.articles import Article
from timeline.events.extract import events_from_article
from timeline.events.model import Event


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One gold sentence and what an analyst expects from it."""

    text: str
    published: date
    title: str
    event_type: str
    event_mode: str
    actors: frozenset[str]
    title_keywords: tuple[str, ...]
    source: str = ""


@dataclass(frozen=True, slots=True)
class Scores:
    """Type accuracy, type+mode accuracy, micro P/R/F1 over actor codes, title keyword hits."""

    items: int
    type_accuracy: float
    mode_accuracy: float
    actor_precision: float
    actor_recall: float
    actor_f1: float
    title_keyword_rate: float


def read_gold(path: str | Path) -> list[GoldItem]:
    """The gold items of a JSON-lines file."""
    items = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            items.append(
                GoldItem(
                    row["text"],
                    date.fromisoformat(row["published"]),
                    row.get("title", ""),
                    row["type"],
                    row.get("mode", ""),
                    frozenset(row["actors"]),
                    tuple(row.get("title_keywords", ())),
                    row.get("source", ""),
                )
            )
    return items


def is_code(actor: str) -> bool:
    """Country and organisation codes are upper-case ("RUS", "UNSC"); names of people are not."""
    return actor.isupper()


def _folded(text: str) -> str:
    """Lower case without accents: "Erdoğan" holds the keyword "Erdogan"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def predict(item: GoldItem) -> Event | None:
    """The most salient event extracted from the gold sentence, or None."""
    article = Article("gold", item.title, item.text, item.published)
    events = events_from_article(article)
    return max(events, key=lambda e: e.salience, default=None)


def score(items: Iterable[GoldItem]) -> Scores:
    """Score the extractor on ``items``."""
    count = types = modes = keywords = 0
    true_pos = false_pos = false_neg = 0
    for item in items:
        count += 1
        event = predict(item)
        got = frozenset(a for a in event.actors if is_code(a)) if event else frozenset()
        true_pos += len(got & item.actors)
        false_pos += len(got - item.actors)
        false_neg += len(item.actors - got)
        if event is None:
            continue
        types += event.event_type == item.event_type
        modes += (event.event_type, event.event_mode) == (item.event_type, item.event_mode)
        title = _folded(event.title)
        keywords += all(_folded(word) in title for word in item.title_keywords)
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(
        count,
        types / count if count else 0.0,
        modes / count if count else 0.0,
        precision,
        recall,
        f1,
        keywords / count if count else 0.0,
    )
