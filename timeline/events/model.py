"""The event record that extraction produces and the frame stores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Event:
    """One dated happening reported by one article.

    ``actors`` holds ISO 3166 alpha-3 codes for countries, acronyms for organisations
    and names for people. ``char_start`` is the offset of the date in the article text;
    together with ``article_id`` it makes the event id stable.
    """

    start: date
    end: date
    precision: str
    date_text: str
    timex_value: str
    title: str
    event_type: str
    event_mode: str
    actors: tuple[str, ...]
    location: str
    sentence: str
    article_id: str
    article_title: str
    url: str
    published: date | None
    char_start: int = 0
    trigger: str = ""
    salience: float = 0.0
    roles: tuple[str, ...] = ()  # "John Kerry: Special Presidential Envoy for Climate"
