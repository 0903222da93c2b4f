"""timeline: from news articles to interactive timelines of diplomatic events.

The public API is imported lazily so that ``timeline --help`` stays instant::

    from timeline import read_articles, extract_events, plot
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_PUBLIC = {
    "Article": "timeline.articles",
    "ReadResult": "timeline.articles",
    "read_articles": "timeline.articles",
    "iter_articles": "timeline.articles",
    "tag": "timeline.temporal",
    "find_dates": "timeline.temporal",
    "Timex": "timeline.temporal.model",
    "DateMention": "timeline.temporal.model",
    "Event": "timeline.events.model",
    "events_from_article": "timeline.events",
    "merge_events": "timeline.events",
    "top_events": "timeline.events",
    "extract_events": "timeline.pipeline",
    "to_frame": "timeline.frame",
    "read_frame": "timeline.frame",
    "write_csv": "timeline.frame",
    "write_json": "timeline.frame",
    "plot": "timeline.render",
    "write_html": "timeline.render",
    "write_report": "timeline.render",
    "write_image": "timeline.render",
    "write_timeline": "timeline.render",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    """Import a public name on first use."""
    if name not in _PUBLIC:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    return getattr(importlib.import_module(_PUBLIC[name]), name)
