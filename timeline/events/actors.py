"""Actors and places named in a sentence: countries, organisations, people, location.

>>> from timeline.events.phrases import tokenize
>>> text = "Russian President Vladimir Putin met Swiss officials in Geneva."
>>> found = find_actors(text, tokenize(text))
>>> found.codes, found.location
(('RUS', 'Vladimir Putin', 'CHE'), 'Geneva')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.events.cues import (
    BACKER_SUFFIXES,
    DOCUMENT_NAMES,
    GEOGRAPHIC_HEADS,
    LOCATIVES,
    NAME_PARTICLES,
    PLACE_NOUNS,
    REGION_NOUNS,
    SPEAKER_TITLES,
    SPEECH_NOUNS,
    TRAVEL_WORDS,
    alternation,
)
from timeline.events.gazetteer import Name, gazetteer, short_name, towns
from timeline.events.phrases import Match, Token

PLACE_KINDS = frozenset({"country", "capital", "city"})
ACTOR_KINDS = frozenset({"country", "demonym", "capital", "org", "person"})
NAME_JOINERS = frozenset({" ", ". ", "-", ", "})
MAX_NAME_WORDS = 4
_TOWN = re.compile(
    rf"\b(?:{alternation(PLACE_NOUNS)}) of ((?:[A-Z][\w'’]*[ -])*[A-Z][\w'’]*)"
    rf"|((?:[A-Z][\w'’]*[ -])*[A-Z][\w'’]*) (?:{alternation(REGION_NOUNS)})\b"
)


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor as named in a text: ``code`` is an ISO alpha-3 code, acronym or name."""

    start: int
    code: str
    kind: str  # country, org, person
    country: str = ""  # a person's country
    role: str = ""
    short: str = ""  # the name a headline uses ("Kerry", "Russia")
    end: int = 0  # where the name ends in the text


@dataclass(frozen=True, slots=True)
class Actors:
    """The actors and the location of a sentence, in text order."""

    actors: tuple[Actor, ...]
    location: str = ""
    location_country: str = ""

    @property
    def codes(self) -> tuple[str, ...]:
        """Actor codes in order of appearance, each once, a person's country after them."""
        codes: dict[str, None] = {}
        for actor in self.actors:
            codes[actor.code] = None
            if actor.country:
                codes[actor.country] = None
        return tuple(codes)

    @property
    def roles(self) -> tuple[str, ...]:
        """ "Name: role" of the people named with a role, each once."""
        return tuple(dict.fromkeys(f"{a.code}: {a.role}" for a in self.actors if a.role))

    @property
    def countries(self) -> frozenset[str]:
        """The countries among the actors (persons' countries included)."""
        return frozenset(a.code if a.kind == "country" else a.country for a in self.actors) - {""}


def _person_name(text: str, tokens: list[Token[str]], index: int, starts: dict[int, Match[Name]]):
    """The capitalised name right after ``tokens[index - 1]`` (end index, name, known
    person); it stops before another gazetteer name and after a known person's name."""
    end = index
    while (
        end < len(tokens)
        and end - index < MAX_NAME_WORDS
        and (tokens[end].group()[0].isupper() or tokens[end].group() in NAME_PARTICLES)
        and text[tokens[end - 1].end() : tokens[end].start()] in NAME_JOINERS
    ):
        match = starts.get(end)
        if match is not None:
            if match.value.kind != "person":
                break
            return match.last, match.text, match.value
        end += 1
    words = (token.group() for token in tokens[index:end])
    return end, " ".join(word for word in words if len(word) > 1), None


def _country_before(text: str, matches: list[Match[Name]], position: int) -> str:
    """The country of a demonym/country name directly before match ``position``
    ("Russian President", "Brazil's President")."""
    if position > 0:
        previous, match = matches[position - 1], matches[position]
        between = text[previous.end : match.start]
        if between in {" ", "'s ", "’s "} and previous.value.kind in ACTOR_KINDS:
            return previous.value.country
    return ""


def _country_after(tokens: list[Token[str]], end: int, starts: dict[int, Match[Name]]) -> str:
    """The country in "of Russia" / "of the UAE" right after token ``end``."""
    if end < len(tokens) and tokens[end].group() == "of":
        following = (
            end + 2 if end + 1 < len(tokens) and tokens[end + 1].group() == "the" else end + 1
        )
        match = starts.get(following)
        if match is not None and match.value.kind == "country":
            return match.value.country
    return ""


def _titled_person(
    tokens: list[Token[str]],
    title: Match[Name],
    country: str,
    text: str,
    starts: dict[int, Match[Name]],
) -> tuple[Actor | None, int]:
    """A person named after ``title``, with the index of the token after the name."""
    end, name, known = _person_name(text, tokens, title.last, starts)
    if known is not None:
        return _person(title.start, tokens[end - 1].end(), known, title.text), end
    if not name:
        return None, title.last
    country = country or _country_after(tokens, end, starts)
    last = tokens[end - 1].end()
    return Actor(title.start, name, "person", country, title.text, short_name(name), last), end


def _person(start: int, end: int, name: Name, role: str = "") -> Actor:
    return Actor(start, name.code, "person", name.country, role or name.role, name.short, end)


def _word_before(tokens: list[Token[str]], match: Match[Name], distance: int = 1) -> str:
    return tokens[match.first - distance].group() if match.first >= distance else ""


def _place_role(
    text: str, tokens: list[Token[str]], matches: list[Match[Name]], position: int
) -> str:
    """location ("in Geneva", "in Geneva, Switzerland", "the city of Odesa"), destination
    ("visit Moscow"), part of a geographic name ("the Gulf of Oman") or of a document's ("the
    Paris Agreement"): feature, or actor."""
    match = matches[position]
    if position > 0:
        previous = matches[position - 1]
        if previous.value.kind in PLACE_KINDS and text[previous.end : match.start] == ", ":
            return _place_role(text, tokens, matches, position - 1)
    if text.startswith(("'s", "’s"), match.end):
        return "actor"  # "in America's interest"
    if DOCUMENT_NAMES.match(text, match.end):
        return "feature"  # "the Paris Agreement", "the Minsk agreements"
    before = _word_before(tokens, match)
    if before == "of" and _word_before(tokens, match, 2) in GEOGRAPHIC_HEADS:
        return "feature"  # "the Gulf of Oman"
    if before in LOCATIVES or before == "of" and _word_before(tokens, match, 2) in PLACE_NOUNS:
        return "location"
    if before in TRAVEL_WORDS or before == "to" and _word_before(tokens, match, 2) in TRAVEL_WORDS:
        return "destination"
    return "actor"


def _without_article(name: str) -> str:
    """ "The Security Council" -> "Security Council"."""
    return name[4:] if name.startswith(("the ", "The ")) else name


def _is_speaker(tokens: list[Token[str]], match: Match[Name]) -> bool:
    by_speaker = (
        _word_before(tokens, match).lower() == "by"
        and _word_before(tokens, match, 2).lower() in SPEECH_NOUNS
    )
    return by_speaker or any(marker in match.text for marker in SPEAKER_TITLES)


def find_actors(text: str, tokens: list[Token[str]]) -> Actors:
    """Actors and location named among ``tokens`` of ``text``."""
    matches = gazetteer().find(text, tokens)
    starts = {match.first: match for match in matches}
    actors: list[Actor] = []
    location, location_country = "", ""
    skip_to = 0
    for position, match in enumerate(matches):
        if match.first < skip_to:
            continue
        name = match.value
        if name.kind == "title":
            country = _country_before(text, matches, position)
            person, skip_to = _titled_person(tokens, match, country, text, starts)
            if person is not None and not _is_speaker(tokens, match):
                actors.append(person)
            continue
        if name.kind == "person":
            if not _is_speaker(tokens, match) and not any(
                marker in name.role for marker in SPEAKER_TITLES
            ):
                actors.append(_person(match.start, match.end, name))
            continue
        role = _place_role(text, tokens, matches, position) if name.kind in PLACE_KINDS else "actor"
        if role == "feature" or text.startswith(BACKER_SUFFIXES, match.end):
            continue  # "the Gulf of Oman", "Iranian-backed militias"
        if role != "actor" and not location:
            location, location_country = match.text, name.country
        if role != "location" and name.kind in ACTOR_KINDS:
            kind = "org" if name.kind == "org" else "country"
            code, short = name.country or name.code, _without_article(match.text)
            actors.append(Actor(match.start, code, kind, short=short, end=match.end))
    if not location and tokens:
        location, location_country = _named_town(text, tokens[0].start(), tokens[-1].end())
    return Actors(tuple(actors), location, location_country)


def _named_town(text: str, start: int, end: int) -> tuple[str, str]:
    """ "the city of Kherson", "the town of Bakhmut", "Borno state": a place too small for
    the gazetteer, named as such; its name and country, or empty strings."""
    for match in _TOWN.finditer(text, start, end):
        name = match.group(1) or match.group(2)
        country = towns().get(name)
        if country:
            return name, country
    return "", ""
