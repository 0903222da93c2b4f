"""Articles and their readers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: cleaned text plus the metadata dates are anchored to."""

    article_id: str
    title: str
    text: str
    published: date | None = None
    url: str = ""
    source: str = ""
    path: str = ""
