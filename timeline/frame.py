"""The event DataFrame: its schema, and CSV/JSON export and import."""

from __future__ import annotations

FRAME_COLUMNS: tuple[str, ...] = (
    "event_id",
    "start",
    "end",
    "precision",
    "date_text",
    "timex_value",
    "title",
    "event_type",
    "event_mode",
    "actors",
    "location",
    "sentence",
    "article_id",
    "article_title",
    "url",
    "published",
    "mentions",
    "sources",
    "salience",
)
