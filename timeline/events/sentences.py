"""A small sentence splitter: one regex scan, abbreviation-aware.

>>> text = "Mr. Kerry met Lavrov. They spoke."
>>> [text[s:e] for s, e in split_sentences(text)]
['Mr. Kerry met Lavrov.', 'They spoke.']
"""

from __future__ import annotations

import re

from timeline.events.cues import ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_OPENERS

# A candidate boundary: end punctuation (and closing quotes) followed by space, perhaps a
# list bullet ("goal. - Canada will"), and a sentence-like start; or any line break.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(?=\s+(?:[-–•*]\s+)?[\"“‘(\[]?[A-Z0-9])|\n")
_LAST_WORD = re.compile(r"([\w.]+)\.$")
_NEXT_WORD = re.compile(r"\s+(\w+)")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    match = _LAST_WORD.search(text, max(0, dot - 12), dot + 1)
    if match is None:
        return False
    word = match.group(1).lower()
    if word in SENTENCE_FINAL_ABBREVIATIONS:
        following = _NEXT_WORD.match(text, dot + 1)
        return following is None or following.group(1) not in SENTENCE_OPENERS
    return len(word) == 1 and word.isalpha() or word in ABBREVIATIONS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``text[start:end]`` (offsets into
    ``text``), whitespace trimmed."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for match in _BOUNDARY.finditer(text, start, stop):
        if match.group() == "." and _is_abbreviation(text, match.start()):
            continue
        _add_span(text, start, match.end(), spans)
        start = match.end()
    _add_span(text, start, stop, spans)
    return spans


def paragraph_at(text: str, position: int) -> tuple[int, int]:
    """The line of ``text`` around ``position``: a line break always ends a sentence, so the
    sentences of a text are those of its lines."""
    return text.rfind("\n", 0, position) + 1, _line_end(text, position)


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
