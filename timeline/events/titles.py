"""Headlines: a trigger's template filled with the names an event involves.

>>> render_title("{subject} visits {place}", {"subject": "Kerry", "place": "Moscow"})
'Kerry visits Moscow'
>>> render_title("[{pair} ]summit[ in {place}]", {"pair": "Biden–Putin", "place": ""})
'Biden–Putin summit'
>>> render_title("{subject} protests||Protests[ in {place}]", {"place": "Minsk"})
'Protests in Minsk'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from timeline.events.actors import Actor, Actors
from timeline.events.cues import SUBCLAUSE_WORDS, alternation
from timeline.events.gazetteer import country_demonym, country_name
from timeline.events.triggers import Trigger

_OPTIONAL = re.compile(r"\[([^\]]*)\]")
_FIELD = re.compile(r"\{(\w+)\}")
_SUBCLAUSE = re.compile(rf"\b(?:{alternation(SUBCLAUSE_WORDS)})\b|;")
CLAUSE_REACH = 200


def _fill(segment: str, fields: Mapping[str, str]) -> str | None:
    """The segment with its fields filled, or None when one of them is empty."""
    names = _FIELD.findall(segment)
    if any(not fields.get(name) for name in names):
        return None
    return _FIELD.sub(lambda m: fields[m.group(1)], segment)


def render_title(template: str, fields: Mapping[str, str]) -> str:
    """Fill ``template``; ``[...]`` parts vanish when a field in them is empty, and
    ``A||B`` falls back to ``B`` when ``A`` cannot fill.

    Returns "" when no alternative can fill a field outside its optional parts.
    """
    for alternative in template.split("||"):
        body = _OPTIONAL.sub(lambda m: _fill(m.group(1), fields) or "", alternative)
        title = _fill(body, fields)
        if title:
            title = " ".join(title.split())
            return title[0].upper() + title[1:]
    return ""


def pair_name(first: str, second: str) -> str:
    """'Biden–Putin': two names joined by an en dash (empty unless both are given)."""
    return f"{first}–{second}" if first and second else ""


def headline(trigger: Trigger, actors: Actors, text: str) -> str:
    """A headline from the trigger's template, or "<Trigger>: <actors>" when it cannot fill.

    The subject is the first party before the trigger in its own clause ("… that Britain
    would donate"), else in the sentence; the object the first party of another country,
    after the trigger if there is one ("bombs exploded outside the U.S. embassies")."""
    before = [a for a in actors.actors if a.start < trigger.start]
    after = [a for a in actors.actors if a.start > trigger.start]
    clause = 0
    for opener in _SUBCLAUSE.finditer(text, max(0, trigger.start - CLAUSE_REACH), trigger.start):
        clause = opener.end()
    subject = _principal([a for a in before if a.start >= clause]) or _principal(before)
    others = [a for a in after + before if country_of(subject) != country_of(a)]
    target = _principal(others, prefer_country=subject is None or subject.kind != "person")
    target_country = country_of(target)
    fields = {
        "subject": _short(subject),
        "object": _short(target),
        "object_demonym": country_demonym(target_country) if target_country else "",
        "pair": _pair(actors.actors, trigger),
        "place": actors.location or _destination(trigger, target_country),
        "label": trigger.text,
    }
    title = render_title(trigger.template, fields)
    if title:
        return title
    names = ", ".join(dict.fromkeys(_short(a) for a in actors.actors if _short(a)))
    return f"{trigger.text.capitalize()}: {names}" if names else trigger.text.capitalize()


def country_of(actor: Actor | None) -> str:
    """The country an actor is or belongs to ("" for organisations and unknown people)."""
    if actor is None:
        return ""
    return actor.country or (actor.code if actor.kind == "country" else "")


def _principal(actors: list[Actor], prefer_country: bool = False) -> Actor | None:
    """The actor a headline names: the first person, or the first country."""
    kinds = ("country", "person") if prefer_country else ("person", "country")
    for kind in (*kinds, "org"):
        for actor in actors:
            if actor.kind == kind:
                return actor
    return None


def _pair(actors: tuple[Actor, ...], trigger: Trigger) -> str:
    """The two parties nearest the trigger with different countries: their leaders' names
    when the sentence names a person of each country, else the countries'."""
    parties: list[Actor] = []
    for actor in sorted(actors, key=lambda a: abs(a.start - trigger.start)):
        key = country_of(actor) or actor.code
        if all(key != (country_of(p) or p.code) for p in parties):
            parties.append(actor)
        if len(parties) == 2:
            break
    if len(parties) < 2:
        return ""
    first, second = sorted(parties, key=lambda a: a.start)
    people = [_person_of(actors, first), _person_of(actors, second)]
    if people[0] and people[1]:
        return pair_name(people[0].short, people[1].short)
    return pair_name(_name_or_country(first), _name_or_country(second))


def _person_of(actors: tuple[Actor, ...], party: Actor) -> Actor | None:
    """The party itself if a person, else the first person of its country in ``actors``."""
    if party.kind == "person":
        return party
    country = country_of(party)
    return next((a for a in actors if a.kind == "person" and a.country == country), None)


def _name_or_country(actor: Actor) -> str:
    country = country_of(actor)
    return country_name(country) if country else _short(actor)


def _destination(trigger: Trigger, country: str) -> str:
    """Where a visit goes when the text names no place: the visited party's country."""
    return country_name(country) if country and trigger.event_mode == "visit" else ""


def _short(actor: Actor | None) -> str:
    if actor is None:
        return ""
    if actor.kind == "country":
        return country_name(actor.code)
    return actor.short or actor.code
