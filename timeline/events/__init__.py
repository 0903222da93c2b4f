"""Events: dated happenings found in articles, and their merging across articles."""

from timeline.events.extract import events_from_article
from timeline.events.merge import merge_events, top_events
from timeline.events.model import Event

__all__ = ["Event", "events_from_article", "merge_events", "top_events"]
