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
from functools import cache

from timeline.events.actors import Actor
from timeline.events.clauses import Roles, country_of
from timeline.events.cues import PLACE_TARGET_TYPES
from timeline.events.gazetteer import country_demonym, country_name
from timeline.events.triggers import Trigger, trigger_table

_OPTIONAL = re.compile(r"\[([^\]]*)\]")
_FIELD = re.compile(r"\{(\w+)\}")
# Capitalised words right before a trigger: "U.S.-Russia ", "Clean Energy ".
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.-]*\s+){1,5}$")
NAME_REACH = 60
# A person's name after a happening, past a few words of role: "sentenced U.S. journalist
# Evan Gershkovich", "arrested Aung San Suu Kyi".
_NAME_AFTER = re.compile(
    r"\s+(?:(?!(?:in|at|on|to|from|for|with|by|of|over|after|during|near)\b)[\w.-]+\s+){0,3}?"
    r"((?:[A-Z][a-z][\w'’-]*\s+){1,3}[A-Z][a-z][\w'’-]*)\b"
)
MIN_PARTIES, MAX_PARTIES = 3, 4  # how many countries a headline lists


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


def proper_name(text: str, trigger: Trigger) -> str:
    """The name a trigger word ends ("the U.S.-Russia Summit", "the Clean Energy
    Ministerial"), or "" when no capitalised words come right before it."""
    match = _NAME_BEFORE.search(text, max(0, trigger.start - NAME_REACH), trigger.start)
    return f"{match.group()}{trigger.text}" if match else ""


def headline(trigger: Trigger, roles: Roles, location: str, text: str) -> str:
    """A headline from the trigger's template, filled with the roles of its clause
    (:func:`~timeline.events.clauses.clause_roles`), the place and the happening's own name;
    "<Trigger>: <actors>" when it cannot fill."""
    subject, target = roles.subject, roles.object
    target_country = country_of(target)
    fields = {
        "subject": _short(subject),
        "object": _short(target),
        "object_demonym": country_demonym(target_country) if target_country else "",
        "object_person": _object_person(text, trigger, roles),
        "pair": _pair(roles, trigger),
        "parties": _parties(roles.participants),
        "place": location or _destination(trigger, target_country) or _scene(trigger, roles),
        "label": trigger.text,
        "name": proper_name(text, trigger),
    }
    title = render_title(trigger.template, fields)
    if title and title != _bare(trigger.template):
        return title
    # "Talks", "Protests": a bare noun says little; the parties say who.
    names = ", ".join(dict.fromkeys(_short(a) for a in roles.participants if _short(a)))
    bare = title or trigger.text.capitalize()
    return f"{bare}: {names}" if names else bare


@cache
def _bare(template: str) -> str:
    """The headline a template gives with no names at all ("Talks"), or ""."""
    return render_title(template, {})


def predicate(trigger: str, object_code: str) -> str:
    """What the headline of ``trigger`` says of its subject, for an object country:
    ``predicate("expulsion", "RUS")`` is "expels Russian diplomats"; "" when the headline
    does not start with its subject."""
    entry = trigger_table().lookup(trigger)
    first = entry.template.split("||")[0] if entry else ""
    if not first.startswith("{subject} "):
        return ""
    fields = {"object": "", "object_demonym": ""}
    if object_code:
        fields = {
            "object": country_name(object_code),
            "object_demonym": country_demonym(object_code),
        }
    said = render_title(first.removeprefix("{subject} "), fields)
    return said[:1].lower() + said[1:]


def _parties(actors: tuple[Actor, ...]) -> str:
    """ "Japan, India, Australia and United States": three or four countries named as such
    ("" for fewer or more)."""
    names = list(dict.fromkeys(_short(a) for a in actors if a.kind == "country"))
    if not MIN_PARTIES <= len(names) <= MAX_PARTIES:
        return ""
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _pair(roles: Roles, trigger: Trigger) -> str:
    """Subject and object, else the two parties nearest the trigger with different
    countries: their leaders' names when the sentence names a person of each country, else
    the countries'."""
    actors = roles.participants
    parties = [a for a in (roles.subject, roles.object) if a is not None]
    if len(parties) < 2:
        parties = []
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


def _object_person(text: str, trigger: Trigger, roles: Roles) -> str:
    """The person a happening is done to: the object if a person, else a name written
    right after the trigger that names no known party ("detained opposition figure Freddy
    Superlano")."""
    target = roles.object
    if target is not None and target.kind == "person":
        return _short(target)
    match = _NAME_AFTER.match(text, trigger.end)
    if match is None or any(
        a.start < match.end(1) and match.start(1) < a.end for a in roles.participants
    ):
        return ""
    return match.group(1)


def _scene(trigger: Trigger, roles: Roles) -> str:
    """Where a happening done at a place with no named doer took place when the text names
    no place: the country of its parties ("went on strike across Nigeria")."""
    if trigger.event_type not in PLACE_TARGET_TYPES or roles.subject is not None:
        return ""
    countries = (country_of(a) for a in (roles.object, *roles.participants))
    return next((country_name(code) for code in countries if code), "")


def _short(actor: Actor | None) -> str:
    if actor is None:
        return ""
    if actor.kind == "country":
        return country_name(actor.code)
    return actor.short or actor.code
