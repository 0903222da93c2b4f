"""Merging: the same happening reported several times becomes one row.

Rows are grouped by event type and interval: a row joins the *anchor* of a group when their
modes agree and one's countries contain the other's, and the anchor's interval lies inside
the row's ("June" joins "June 16") or, for day ranges, contains it ("April 22" joins
"April 22-23"). Anchors are taken most precise first, so the most precise interval wins,
and among equal intervals those naming most parties first.
Sorting dominates the cost (n log n); each row looks at the anchors of one short window.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import pandas as pd

from timeline.events.titles import predicate

DAY_PRECISIONS = frozenset({"day", "days"})
# Rank of imprecise intervals by their length in days: week, part of month, month, ...
SPAN_RANKS: tuple[int, ...] = (7, 11, 31, 92, 184, 366)
# A day range anchor may start this many days before a day inside it.
MAX_RANGE_DAYS = 31
# Coarser rows ("this summer", "in 2021") say too little to join a precise happening.
MAX_JOINING_DAYS = 31
# At most this many anchors are compared with one row (keeps dense corpora n log n).
MAX_CANDIDATES = 64
# Modes of meeting in person: the same happening may be called a visit by one report and a
# summit in a third country by another.
IN_PERSON_MODES = frozenset({"visit", "host", "third-party", "multilateral"})
SEPARATOR = "; "


@dataclass(frozen=True, slots=True)
class MergeKey:
    """What merging compares: interval (as day ordinals), type, mode and countries."""

    start: int
    end: int
    rank: int
    event_type: str
    event_mode: str
    countries: frozenset[str]


def precision_rank(precision: str, days: int) -> int:
    """0 for day-precise intervals (single days and day ranges), larger for coarser ones."""
    if precision in DAY_PRECISIONS:
        return 0
    return 1 + sum(days > limit for limit in SPAN_RANKS)


@cache
def _country_codes() -> frozenset[str]:
    import pycountry

    return frozenset(country.alpha_3 for country in pycountry.countries)


def countries_of(actors: str) -> frozenset[str]:
    """The ISO alpha-3 codes among ``; ``-separated actors."""
    return frozenset(a for a in actors.split(SEPARATOR) if a in _country_codes())


def _compatible(anchor: MergeKey, key: MergeKey, inside_range: bool) -> bool:
    """Modes agree and countries nest; a day joining a day range must match it closely (same
    mode, no new country), since a range holds many days and so many happenings."""
    if inside_range and anchor.event_mode != key.event_mode:
        return False
    modes = {anchor.event_mode, key.event_mode} - {""}
    if len(modes) > 1 and not modes <= IN_PERSON_MODES:
        return False
    if not anchor.countries or not key.countries or key.countries <= anchor.countries:
        return True
    return not inside_range and anchor.countries <= key.countries


def cluster(keys: Sequence[MergeKey]) -> list[int]:
    """The index of the anchor row each row merges into (itself when it is an anchor)."""
    order = sorted(
        range(len(keys)),
        key=lambda i: (
            keys[i].rank,
            keys[i].start - keys[i].end,  # wider day ranges first, to take in their days
            -len(keys[i].countries),  # most parties first, to take in reports naming fewer
            keys[i].start,
            i,
        ),
    )
    anchors: dict[str, list[tuple[int, int]]] = {}  # type -> sorted (start, row index)
    labels = list(range(len(keys)))
    sizes: Counter[int] = Counter()
    for index in order:
        key = keys[index]
        starts = anchors.setdefault(key.event_type, [])
        low = bisect_left(starts, (key.start - (MAX_RANGE_DAYS if key.rank == 0 else 0), -1))
        high = bisect_right(starts, (key.end, len(keys)))
        best, best_fit = None, None
        for _, anchor_index in starts[low:high][:MAX_CANDIDATES]:
            anchor = keys[anchor_index]
            inside = key.start <= anchor.start and anchor.end <= key.end
            inside_range = key.rank == 0 and anchor.start <= key.start and key.end <= anchor.end
            same = (anchor.start, anchor.end) == (key.start, key.end)
            joins = same or inside_range or inside and key.end - key.start < MAX_JOINING_DAYS
            if joins and _compatible(anchor, key, inside_range and not inside):
                fit = (
                    anchor.event_mode == key.event_mode,
                    len(anchor.countries & key.countries),
                    sizes[anchor_index],
                )
                if best_fit is None or fit > best_fit:
                    best, best_fit = anchor_index, fit
        if best is None:
            insort(starts, (key.start, index))
            best = index
        labels[index] = best
        sizes[best] += 1
    return labels


def _key(row: dict) -> MergeKey:
    start, end = row["start"].toordinal(), row["end"].toordinal()
    return MergeKey(
        start,
        end,
        precision_rank(row["precision"], end - start + 1),
        row["event_type"],
        row["event_mode"],
        countries_of(row["actors"]),
    )


def _union(values: Sequence[str]) -> str:
    items = (item for value in values for item in value.split(SEPARATOR) if item)
    return SEPARATOR.join(dict.fromkeys(items))


def _agreed(lead: dict, members: list[dict]) -> list[str]:
    """The lead report's actors, then those that at least half the reports name; a
    multilateral meeting gathers the participants each report names."""
    counts = Counter(a for r in members for a in set(r["actors"].split(SEPARATOR)) if a)
    everyone = lead["event_mode"] == "multilateral"
    agreed = [a for a, count in counts.items() if everyone or 2 * count >= len(members) > 1]
    return [a for a in dict.fromkeys([*lead["actors"].split(SEPARATOR), *agreed]) if a]


def _named(row: dict, actors: list[str]) -> bool:
    return any(role.split(":")[0] in actors for role in (row.get("roles") or "").split(SEPARATOR))


def _joined_title(lead: dict, members: list[dict]) -> str:
    """The lead's headline, joined by what a report of another mode says of the same subject
    ("Biden sanctions Russia, expels Russian diplomats")."""
    countries = [a for a in lead["actors"].split(SEPARATOR) if a in _country_codes()]
    target = countries[1] if len(countries) > 1 else ""
    own = predicate(lead.get("trigger", ""), target)
    if not own or not lead["title"].endswith(f" {own}"):
        return lead["title"]
    for row in members:
        said = predicate(row.get("trigger", ""), target)
        if said and row["event_mode"] != lead["event_mode"] and said.split()[0] != own.split()[0]:
            return f"{lead['title']}, {said}"
    return lead["title"]


def _combine(anchor: dict, members: list[dict]) -> dict:
    """One row for a merged happening: the anchor's date, the most salient member's words,
    the first report's provenance, and every source (rows merged before keep theirs)."""
    precise = [r for r in members if r["precision"] == anchor["precision"]] or members
    by_salience = sorted(precise, key=lambda r: -r["salience"])
    by_report = sorted(members, key=lambda r: (r["published"], r["article_id"]))
    first, lead = by_report[0], by_salience[0]
    sources = _union([r["sources"] or r["article_id"] for r in by_report]).split(SEPARATOR)
    modes = [r["event_mode"] for r in by_salience if r["event_mode"]]
    actors = _agreed(lead, members)
    return {
        **anchor,
        "title": _joined_title(lead, by_salience),
        "event_mode": lead["event_mode"] or (modes[0] if modes else ""),
        "trigger": lead.get("trigger", ""),
        "actors": SEPARATOR.join(actors),
        "roles": _union([r.get("roles") or "" for r in (lead, *by_report) if _named(r, actors)]),
        "location": next((r["location"] for r in by_salience if r["location"]), ""),
        "sentence": lead["sentence"],
        "article_id": first["article_id"],
        "article_title": first["article_title"],
        "url": first["url"],
        "published": first["published"],
        "mentions": len(sources),
        "sources": SEPARATOR.join(sources),
        "salience": round(len(sources) + lead["salience"], 3),
    }


def merge_events(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per happening: rows of the same type, compatible mode and countries, and
    nested intervals merge; ``mentions``, ``sources`` and ``salience`` say how widely it was
    reported."""
    if frame.empty:
        return frame
    dated = frame["start"].notna() & frame["end"].notna()
    rows = frame[dated].to_dict("records")
    labels = cluster([_key(row) for row in rows])
    groups: dict[int, list[dict]] = {}
    for row, label in zip(rows, labels, strict=True):
        groups.setdefault(label, []).append(row)
    merged = [_combine(rows[label], members) for label, members in groups.items()]
    undated = frame[~dated].to_dict("records")  # a hand-edited row without dates stays as is
    result = pd.DataFrame(merged + undated, columns=frame.columns)
    return result.sort_values(["start", "end", "event_id"], kind="stable", ignore_index=True)


def top_events(frame: pd.DataFrame, k: int) -> pd.DataFrame:
    """The ``k`` most salient events, in date order (a summary timeline)."""
    top = frame.sort_values(
        ["salience", "mentions", "start"], ascending=[False, False, True], kind="stable"
    ).head(k)
    return top.sort_values(["start", "end"], kind="stable", ignore_index=True)
