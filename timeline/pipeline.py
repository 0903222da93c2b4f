"""Articles to the event frame: extraction per article, then merging across articles.

>>> from timeline import read_articles, extract_events
>>> frame = extract_events(read_articles("data"))  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from timeline.articles import Article

if TYPE_CHECKING:
    import pandas as pd

    from timeline.events.model import Event


def article_events(articles: Iterable[Article], jobs: int = 1) -> Iterator[Event]:
    """Events of each article in turn; ``jobs`` > 1 spreads articles over processes.

    Extraction is a pure function of one article, so the result does not depend on ``jobs``.
    """
    from timeline.events import events_from_article

    if jobs <= 1:
        for article in articles:
            yield from events_from_article(article)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for events in pool.map(events_from_article, articles, chunksize=8):
            yield from events


def extract_events(
    articles: Iterable[Article], *, jobs: int = 1, merge: bool = True
) -> pd.DataFrame:
    """The event frame of ``articles``: one row per happening, sorted by date.

    With ``merge`` (the default) the same happening reported several times becomes one
    row whose ``mentions`` and ``sources`` say who reported it.
    """
    from timeline.frame import normalize_frame, to_frame

    frame = to_frame(article_events(articles, jobs))
    if merge and len(frame):
        from timeline.events import merge_events

        frame = normalize_frame(merge_events(frame))
    return frame
