"""Word tokens and a longest-match phrase lookup over them (a dictionary automaton).

Lexicons are turned into a :class:`PhraseTable` once; matching a sentence then costs one
tokenizer scan plus a few dictionary probes per token, however large the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

Value = TypeVar("Value")

# Dotted abbreviations ("U.S.", "U.N.") are one token; other words split at punctuation.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+")


# A word of a text: the regex match gives its offsets (``start()``, ``end()``) and ``group()``;
# matches are cheaper to make than records, and a text has many words.
Token = re.Match


@dataclass(frozen=True, slots=True)
class Match(Generic[Value]):
    """A lexicon phrase found in a text: token and character span, and its value."""

    first: int
    last: int  # index of the token after the phrase
    start: int
    end: int
    text: str
    value: Value


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token[str]]:
    """The word tokens of ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    return list(_TOKEN.finditer(text, start, stop))


def phrase_key(phrase: str, fold_case: bool) -> tuple[str, ...]:
    """The lookup key of a phrase: its tokens, lower-cased when ``fold_case``."""
    words = _TOKEN.findall(phrase)
    return tuple(word.lower() if fold_case else word for word in words)


class PhraseTable(Generic[Value]):
    """Longest-match lookup of multi-word phrases over token lists."""

    def __init__(
        self, phrases: Mapping[str, Value] | Iterable[tuple[str, Value]], *, fold_case: bool
    ) -> None:
        items = phrases.items() if isinstance(phrases, Mapping) else phrases
        self.fold_case = fold_case
        self._table: dict[tuple[str, ...], Value] = {}
        for phrase, value in items:
            key = phrase_key(phrase, fold_case)
            if key:
                self._table.setdefault(key, value)
        # The phrase lengths that start with each word: most words start none, so a text
        # costs about one dictionary probe per token.
        sizes: dict[str, set[int]] = {}
        for key in self._table:
            sizes.setdefault(key[0], set()).add(len(key))
        self._sizes = {word: tuple(sorted(s, reverse=True)) for word, s in sizes.items()}

    def lookup(self, phrase: str) -> Value | None:
        """The value of ``phrase``, or None."""
        return self._table.get(phrase_key(phrase, self.fold_case))

    def find(
        self, text: str, tokens: list[Token[str]], words: list[str] | None = None
    ) -> list[Match[Value]]:
        """Non-overlapping phrases of the table in ``tokens``, longest first at each place
        (``words``: the tokens' words as the table compares them, when already made)."""
        if words is None:
            words = token_words(text, tokens, self.fold_case)
        sizes = self._sizes
        found: list[Match[Value]] = []
        free = 0  # the first token not inside a phrase found already
        for index in [i for i, word in enumerate(words) if word in sizes]:
            if index < free:
                continue
            for size in sizes[words[index]]:
                value = self._table.get(tuple(words[index : index + size]))
                if value is not None and index + size <= len(words):
                    first, last = tokens[index].start(), tokens[index + size - 1].end()
                    found.append(Match(index, index + size, first, last, text[first:last], value))
                    free = index + size
                    break
        return found


def token_words(text: str, tokens: list[Token[str]], fold_case: bool) -> list[str]:
    """The words of ``tokens``, lower-cased when ``fold_case`` (in one pass over the span)."""
    if not tokens:
        return []
    if not fold_case:
        return [token.group() for token in tokens]
    words = _TOKEN.findall(text[tokens[0].start() : tokens[-1].end()].lower())
    if len(words) == len(tokens):
        return words
    return [token.group().lower() for token in tokens]  # lower-casing changed a word's length
