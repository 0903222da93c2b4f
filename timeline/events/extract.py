"""One article to its events: dated sentences, their triggers, actors, place and title.

>>> from timeline.articles import Article
>>> article = Article("a1", "Kerry to visit Moscow", "Kerry will visit Moscow next week.",
...                   date(2021, 7, 8))
>>> [(e.title, e.event_type, e.event_mode, str(e.start)) for e in events_from_article(article)]
[('Kerry visits Moscow', 'CONSULT', 'visit', '2021-07-12')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from timeline.articles import Article
from timeline.events.actors import Actor, Actors, find_actors
from timeline.events.gazetteer import country_demonym, country_name
from timeline.events.model import Event
from timeline.events.phrases import Token, tokenize
from timeline.events.sentences import paragraph_at, split_sentences
from timeline.events.titles import pair_name, render_title
from timeline.events.triggers import Trigger, find_triggers
from timeline.temporal import DateMention, find_dates
from timeline.temporal.resolve import PAST
from timeline.temporal.tense import clause_tense

# "the State Department said Thursday": a date right after a reporting verb dates the report.
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|stated|added|noted|wrote|reported|tweeted|explained)"
    r"\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
# "The trip will ...": a definite noun phrase refers back to what the article is about.
_ANAPHORA = re.compile(
    r"\b(?:the|this|that|these|those|its|his|her|their)\s+(?:\w+\s+)?$", re.IGNORECASE
)
# Scraped "related headline" links glued to a name: "John KerryJohn KerryHow the … MORE".
_RELATED_HEADLINES = re.compile(r"(?<=[a-z])(?=[A-Z])[^\n]{0,400}? MORE\b")
# Dates written as "April 22 and 23": one happening over consecutive days.
_DATE_JOINERS = frozenset({" and ", "-", "–", " to ", " through ", " and on "})
# Official releases whose first sentence reports a happening of the publication day.
_RELEASE_TITLE = re.compile(r"^\s*(?:readout|statement|joint statement)\b", re.IGNORECASE)
# "following the summit", "ahead of the call": a happening named as the background of another.
_BACKGROUND = re.compile(
    r"\b(?:following|after|since|before|ahead of|in advance of|in the wake of|on the heels of"
    r"|building on|previewing|upcoming|possible|potential|proposed|future|ongoing|continuing"
    r"|over|because of|due to|in response to|in retaliation for|amid"
    r"|regular|routine)\s+(?:the|a|an|this|that|last|their|his|her|its)?\s*(?:[\w.'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "to meet these goals": meeting an abstract object is no meeting.
_MEET_ABSTRACT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:goals?|targets?|demands?|needs|moment|challenges?|deadlines?"
    r"|commitments?|obligations?|standards?|requirements?|criteria|expectations|thresholds?)\b"
)
MEET_WORDS = frozenset({"meet", "meets", "met", "meeting"})
# "If there was an invasion tomorrow": a hypothetical happening is no event.
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|whether|in the event (?:of|that)|in case)\b[^;]*$", re.I
)
# Words that open a subordinate clause, whose own subject does what its verb says.
_SUBCLAUSE = re.compile(
    r"\b(?:when|while|after|before|because|which|who|that|whereas|although|since|if)\b|;"
)
# Words that end a clause: a date beyond one belongs to another happening.
_CLAUSE_BOUNDARY = re.compile(r";|,? and |,? but |,? while | whereas |, which ", re.IGNORECASE)
# "renewal of humanitarian assistance": a trigger in the complement of another names no date.
_COMPLEMENT = re.compile(r"\s+(?:of|for)\s+(?:[\w.'’-]+\s+){0,4}")
_COMPLEMENT_GAP = re.compile(r"\s+(?:[\w.'’-]+\s+){0,3}")  # after "calls for", "in support of"
# "condemned the invasion", "vetoed a resolution": what a stance is taken on is its object.
STANCE_TYPES = frozenset({"DISAPPROVE", "REJECT"})
_OBJECT_GAP = re.compile(r"(?:\s+[\w.'’-]+){0,6}\s+")
# "urged Russia on Friday to pull back": an infinitive after a trigger says what it is about.
_INFINITIVE = re.compile(r"(?:\s+[\w.'’-]+){0,5}\s+to\s+")
# "Collective Security Treaty Organization": a capitalised word inside a proper name.
_IN_NAME = re.compile(r"(?:[A-Z][\w.-]* [A-Z][\w.-]* [A-Z]|[A-Z][\w.-]* of [A-Z])")
# "several detained leaders", "the sanctioned goods": a participle used as an adjective.
_ATTRIBUTIVE = re.compile(
    r"\b(?:the|a|an|several|many|some|these|those|its|their|his|her|all|\d+)\s+$", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"['’]s\b")
# Coarse dates far ahead of publication are goals ("by 2030"), not happenings.
GOAL_HORIZON_DAYS = 366
MAX_EVENT_DAYS = 731
COARSE_DAYS = 31
CENTRAL_BONUS = 2.0
MULTILATERAL_WEIGHT = 3  # only words that name a meeting ("summit") become multilateral
CHARS_PER_WEIGHT = 15
CLAUSE_PENALTY = 60  # one step of trigger weight outweighs this many characters of distance
POSSESSIVE_REACH = 40
LEAD_SENTENCES = 2
NOT_AN_EVENT = "-"
WEIGHT_SCALE = 1.0 / 3.0


@dataclass(frozen=True, slots=True)
class Happening:
    """What a trigger in a sentence describes, before it is dated."""

    title: str
    event_type: str
    event_mode: str
    actors: tuple[str, ...]
    countries: frozenset[str]
    location: str
    trigger: str
    weight: int
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Context:
    """An article being read: its cleaned text, lead sentences and main happening."""

    article: Article
    text: str
    lead: list[tuple[int, int]]  # the first sentences after the title
    main: Happening | None

    @property
    def lead_end(self) -> int:
        return self.lead[-1][1] if self.lead else 0


def events_from_article(article: Article) -> list[Event]:
    """The events of one article: one per dated happening (``find_dates`` included)."""
    text = _blank_related_headlines(article.text)
    mentions = _join_coordinated(text, find_dates(text, article.published))
    context = _context(article, text)
    events = [
        event
        for span, dated in _dated_sentences(text, mentions)
        for event in _sentence_events(context, span, dated)
    ]
    if context.lead and not any(e.char_start < context.lead[0][1] for e in events):
        events[:0] = _release_event(context)
    return events


def _dated_sentences(text: str, mentions: list[DateMention]):
    """The sentences that hold dates, each with its dates; only their lines are split."""
    by_line: dict[tuple[int, int], list[DateMention]] = {}
    for mention in mentions:
        by_line.setdefault(paragraph_at(text, mention.char_start), []).append(mention)
    for (start, end), dated in by_line.items():
        sentences = split_sentences(text, start, end)
        starts = [span[0] for span in sentences]
        by_sentence: dict[int, list[DateMention]] = {}
        for mention in dated:
            index = max(0, bisect_right(starts, mention.char_start) - 1)
            by_sentence.setdefault(index, []).append(mention)
        for index, in_sentence in by_sentence.items():
            yield sentences[index], in_sentence


def _context(article: Article, text: str) -> Context:
    lead = _lead(text, _first_body_start(article, text))
    first = text[lead[0][0] : lead[0][1]] if lead else ""
    return Context(article, text, lead, _main_happening(article.title, first))


def _lead(text: str, body: int) -> list[tuple[int, int]]:
    """The first sentences of the body, splitting lines until there are enough."""
    lead: list[tuple[int, int]] = []
    start = body
    while len(lead) < LEAD_SENTENCES and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        lead.extend(split_sentences(text, start, end))
        start = end + 1
    return lead[:LEAD_SENTENCES]


def _blank_related_headlines(text: str) -> str:
    """Text with scraped headline junk replaced by spaces (offsets stay the same)."""
    if " MORE" not in text:
        return text
    return _RELATED_HEADLINES.sub(lambda m: " " * len(m.group()), text)


def _join_coordinated(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Merge "April 22 and 23" (two consecutive days, one joiner apart) into one range."""
    joined: list[DateMention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.precision == mention.precision == "day"
            and (mention.start - previous.end).days == 1
            and text[previous.char_end : mention.char_start] in _DATE_JOINERS
        ):
            joined[-1] = DateMention(
                previous.char_start,
                mention.char_end,
                text[previous.char_start : mention.char_end],
                previous.start,
                mention.end,
                "days",
                f"{previous.value}/{mention.value}",
            )
        else:
            joined.append(mention)
    return joined


def _event_triggers(text: str, tokens: list[Token[str]]) -> list[Trigger]:
    return [t for t in find_triggers(text, tokens) if t.event_type != NOT_AN_EVENT]


def _sentence_events(
    context: Context, span: tuple[int, int], dated: list[DateMention]
) -> Iterable[Event]:
    text, published = context.text, context.article.published
    start, end = span
    dated = [
        m
        for m in dated
        if not _REPORTING.search(text, max(start, m.char_start - 40), m.char_start)
        and not _is_goal(m, published)
    ]
    if not dated or _is_question(text, start, end):
        return
    tokens = tokenize(text, start, end)
    triggers = _event_triggers(text, tokens)
    if not triggers:
        return
    actors = find_actors(text, tokens)
    sentence = " ".join(text[start:end].split())
    central = start < context.lead_end
    for mention, trigger in _pair_dates_with_triggers(text, dated, triggers):
        happening = _describe(trigger, actors, text, context.main, central)
        if happening.actors:
            yield _event(context.article, mention, happening, sentence, central)


def _is_question(text: str, start: int, end: int) -> bool:
    """A question ("Q Will the President…?") asks about a happening, it does not report one."""
    return text.endswith("?", start, end) or text.startswith(("Q ", "Q:"), start)


def _is_goal(mention: DateMention, published: date | None) -> bool:
    """Too vague to date a happening ("this century"), or a goal far ahead ("by 2030")."""
    days = (mention.end - mention.start).days
    if days > MAX_EVENT_DAYS:
        return True
    if published is None or days < COARSE_DAYS:
        return False
    return (mention.start - published).days > GOAL_HORIZON_DAYS


def _pair_dates_with_triggers(text: str, dated: list[DateMention], triggers: list[Trigger]):
    """Each date with the best of the triggers nearer to it than to other dates: one its
    possessive names ("today's renewal"), else the strongest and nearest. Happenings
    mentioned as background ("following the summit") take no date."""
    claimed: dict[int, list[Trigger]] = {}
    for trigger in (t for t in triggers if not _is_background(text, t, triggers)):
        nearest = min(range(len(dated)), key=lambda i: _distance(dated[i], trigger, text))
        claimed.setdefault(nearest, []).append(trigger)
    for index, candidates in sorted(claimed.items()):
        mention = dated[index]
        possessed = _POSSESSIVE.match(text, mention.char_end)
        best = max(
            candidates,
            key=lambda t: (
                possessed is not None and 0 <= t.start - mention.char_end <= POSSESSIVE_REACH,
                _score(mention, t, text),
            ),
        )
        yield mention, best


def _is_complement(text: str, trigger: Trigger, head: Trigger) -> bool:
    """Whether ``trigger`` completes ``head``: "renewal of assistance", "calls for a
    ceasefire", "urged Russia to pull back", "condemned the invasion"."""
    if head.end > trigger.start:
        return False
    gap = _COMPLEMENT_GAP if head.text.lower().endswith((" for", " of")) else _COMPLEMENT
    if head.event_type in STANCE_TYPES:
        gap = _OBJECT_GAP
    return any(p.fullmatch(text, head.end, trigger.start) for p in (gap, _INFINITIVE))


def _is_background(text: str, trigger: Trigger, triggers: list[Trigger]) -> bool:
    before = max(0, trigger.start - 40)
    word_before = text.rfind(" ", 0, max(0, trigger.start - 1)) + 1
    if text[word_before : trigger.start] == "of ":  # "Federal Bureau of Investigation"
        word_before = text.rfind(" ", 0, max(0, word_before - 1)) + 1
    return bool(
        _HYPOTHETICAL.search(text, before, trigger.start)
        or trigger.text.lower() in MEET_WORDS
        and _MEET_ABSTRACT.match(text, trigger.end)
        or any(_is_complement(text, trigger, head) for head in triggers)
        or _IN_NAME.match(text, word_before, trigger.end + 2)
        or _BACKGROUND.search(text, before, trigger.start)
        or trigger.text.endswith("ed")
        and _ATTRIBUTIVE.search(text, before, trigger.start)
    )


def _score(mention: DateMention, trigger: Trigger, text: str) -> int:
    return trigger.weight * CHARS_PER_WEIGHT - _distance(mention, trigger, text)


def _distance(mention: DateMention, trigger: Trigger, text: str) -> int:
    """Characters between a date and a trigger, more when a clause boundary lies between."""
    if trigger.start >= mention.char_end:
        start, end = mention.char_end, trigger.start
    else:
        start, end = trigger.end, mention.char_start
    boundary = end > start and _CLAUSE_BOUNDARY.search(text, start, end) is not None
    return max(end - start, 0) + (CLAUSE_PENALTY if boundary else 0)


def _describe(
    trigger: Trigger, actors: Actors, text: str, main: Happening | None, central: bool
) -> Happening:
    """Type, mode, actors, place and title of what ``trigger`` names."""
    mode = _refine_mode(trigger, actors)
    codes, countries, place = actors.codes, actors.countries, actors.location_country
    if place and place not in countries and (mode == "visit" or not countries):
        # the visited country takes part; so does the country where a happening with no
        # named party took place ("Police in Hong Kong arrested …")
        codes, countries = (*codes, place), countries | {place}
    own = Happening(
        _title(trigger, actors, text),
        trigger.event_type,
        mode,
        codes,
        countries,
        actors.location,
        trigger.text,
        trigger.weight,
        actors.roles,
    )
    if main is None or not _refers_to(own, main, trigger, text, central):
        return own
    return replace(
        main,
        event_mode=main.event_mode or own.event_mode,
        actors=tuple(dict.fromkeys(main.actors + own.actors)),
        countries=main.countries | own.countries,
        location=own.location or main.location,
        trigger=own.trigger,
        weight=own.weight,
        roles=tuple(dict.fromkeys(main.roles + own.roles)),
    )


def _refine_mode(trigger: Trigger, actors: Actors) -> str:
    """CONSULT modes the trigger leaves open: third-party meetings, multilateral summits."""
    if trigger.event_type != "CONSULT" or trigger.event_mode:
        return trigger.event_mode
    place = actors.location_country
    parties = actors.countries - {place}
    if len(parties) > 2 and trigger.weight == MULTILATERAL_WEIGHT:
        return "multilateral"
    if place and len(parties) >= 2:
        return "third-party"
    if place and place in actors.countries and parties:
        return "visit"  # met in one party's country: the other party visits
    return ""


def _refers_to(own: Happening, main: Happening, trigger: Trigger, text: str, central: bool) -> bool:
    """Whether a sentence's happening is the article's main one, said again: the same kind
    of happening named with a definite article ("The trip"), or in general words ("spoke
    with") in the lead; its countries among the main happening's."""
    if own.event_type != main.event_type or not own.countries <= main.countries:
        return False
    if own.event_mode and main.event_mode and own.event_mode != main.event_mode:
        return False
    if trigger.generic:
        return central
    anaphoric = _ANAPHORA.search(text, max(0, trigger.start - 30), trigger.start) is not None
    return anaphoric and own.event_mode == main.event_mode


def _title(trigger: Trigger, actors: Actors, text: str) -> str:
    """A headline from the trigger's template, or "<Trigger>: <actors>" when it cannot fill.

    The subject is the first party of the trigger's own clause ("… that Britain would
    donate"), else of the sentence."""
    before = [a for a in actors.actors if a.start < trigger.start]
    after = [a for a in actors.actors if a.start > trigger.start]
    clause = 0
    for clause_word in _SUBCLAUSE.finditer(text, max(0, trigger.start - 200), trigger.start):
        clause = clause_word.end()
    subject = _principal([a for a in before if a.start >= clause]) or _principal(before)
    subject = subject or _principal(after)
    others = [a for a in after + before if _country_of(a) != _country_of(subject)]
    target = _principal(others, prefer_country=subject is None or subject.kind != "person")
    fields = {
        "subject": _short(subject),
        "object": _short(target),
        "object_demonym": country_demonym(_country_of(target)) if _country_of(target) else "",
        "pair": _pair(actors.actors, trigger),
        "place": actors.location or (_destination(target) if trigger.event_mode == "visit" else ""),
        "label": trigger.text.lower(),
    }
    title = render_title(trigger.template, fields)
    if title:
        return title
    names = ", ".join(dict.fromkeys(_short(a) for a in actors.actors if _short(a)))
    return f"{trigger.text.capitalize()}: {names}" if names else trigger.text.capitalize()


def _principal(actors: list[Actor] | tuple[Actor, ...], prefer_country: bool = False):
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
    nearest = sorted(actors, key=lambda a: abs(a.start - trigger.start))
    parties: list[Actor] = []
    for actor in nearest:
        key = _country_of(actor) or actor.code
        if all(key != (_country_of(p) or p.code) for p in parties):
            parties.append(actor)
        if len(parties) == 2:
            break
    if len(parties) < 2:
        return ""
    people = [_person_of(actors, party) for party in sorted(parties, key=lambda a: a.start)]
    if all(people):
        return pair_name(people[0].short, people[1].short)
    first, second = sorted(parties, key=lambda a: a.start)
    return pair_name(_name_or_country(first), _name_or_country(second))


def _name_or_country(actor: Actor) -> str:
    """A headline name: the country of a person whose country is known, else the name."""
    country = _country_of(actor)
    return country_name(country) if country else _short(actor)


def _person_of(actors: tuple[Actor, ...], party: Actor) -> Actor | None:
    """The party itself if a person, else the first person of its country in ``actors``."""
    if party.kind == "person":
        return party
    country = _country_of(party)
    return next((a for a in actors if a.kind == "person" and a.country == country), None)


def _destination(actor: Actor | None) -> str:
    country = _country_of(actor)
    return country_name(country) if country else ""


def _country_of(actor: Actor | None) -> str:
    if actor is None:
        return ""
    return actor.country or (actor.code if actor.kind == "country" else "")


def _short(actor: Actor | None) -> str:
    if actor is None:
        return ""
    if actor.kind == "country":
        return country_name(actor.code)
    return actor.short or actor.code


def _first_body_start(article: Article, text: str) -> int:
    """Offset of the text after the title line, when the text repeats the title."""
    stripped = text.lstrip()
    if article.title and stripped.startswith(article.title):
        return len(text) - len(stripped) + len(article.title) + 1
    return 0


def _main_happening(title: str, first_sentence: str) -> Happening | None:
    """What the article is about: the strongest trigger of its title (else of its first
    sentence), with the actors of both."""
    context = f"{title}\n{first_sentence}"
    tokens = tokenize(context)
    triggers = _event_triggers(context, tokens)
    in_title = [t for t in triggers if t.end <= len(title)] or triggers
    if not in_title:
        return None
    trigger = max(in_title, key=lambda t: t.weight)
    return _describe(trigger, find_actors(context, tokens), context, None, True)


def _release_event(context: Context) -> list[Event]:
    """A readout or statement reports its main happening in its first sentence, undated and
    in the past tense: that happening took place on the publication day."""
    article, text, main = context.article, context.text, context.main
    if main is None or article.published is None or not _RELEASE_TITLE.match(article.title):
        return []
    start, end = context.lead[0]
    sentence = text[start:end]
    tokens = tokenize(text, start, end)
    triggers = [t for t in _event_triggers(text, tokens) if t.event_type == main.event_type]
    if not triggers or clause_tense(text, triggers[0].start, triggers[0].start) != PAST:
        return []
    happening = _describe(triggers[0], find_actors(text, tokens), text, main, True)
    day = article.published
    mention = DateMention(start, start, "", day, day, "day", day.isoformat())
    return [_event(article, mention, happening, " ".join(sentence.split()), True)]


def _event(
    article: Article, mention: DateMention, happening: Happening, sentence: str, central: bool
) -> Event:
    salience = happening.weight * WEIGHT_SCALE + (CENTRAL_BONUS if central else 0.0)
    return Event(
        start=mention.start,
        end=mention.end,
        precision=mention.precision,
        date_text=mention.text,
        timex_value=mention.value,
        title=happening.title,
        event_type=happening.event_type,
        event_mode=happening.event_mode,
        actors=happening.actors,
        location=happening.location,
        sentence=sentence,
        article_id=article.article_id,
        article_title=article.title,
        url=article.url,
        published=article.published if isinstance(article.published, date) else None,
        char_start=mention.char_start,
        trigger=happening.trigger,
        salience=round(salience, 3),
        roles=happening.roles,
    )
