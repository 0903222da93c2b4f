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
from functools import cache, cached_property

from timeline.articles import Article
from timeline.events.actors import Actors, find_actors
from timeline.events.attach import attach_dates, is_background, is_report_date
from timeline.events.clauses import Roles, clause_roles, heads_own_clause, is_passive
from timeline.events.cues import (
    DATE_JOINERS,
    DEFINITE_WORDS,
    LAUNCHED_WEAPONS,
    NEGATED_TO_REJECT,
    NEGATIONS,
    PLACE_TARGET_TYPES,
    RELATIONAL_TYPES,
    RELEASE_TITLES,
    STATE_ATTACK_WORDS,
    VERBAL_TYPES,
    alternation,
)
from timeline.events.doers import retyped
from timeline.events.model import Event
from timeline.events.phrases import Token, tokenize
from timeline.events.sentences import paragraph_at, split_sentences
from timeline.events.titles import headline
from timeline.events.triggers import Trigger, find_triggers, trigger_table
from timeline.temporal import DateMention, find_dates
from timeline.temporal.resolve import PAST
from timeline.temporal.tense import clause_tense

# "The trip will …": a definite noun phrase refers back to what the article is about.
_ANAPHORA = re.compile(rf"\b(?:{alternation(DEFINITE_WORDS)})\s+(?:\w+\s+)?$", re.IGNORECASE)
# Scraped "related headline" links glued to a name: "John KerryJohn KerryHow the … MORE".
_RELATED_HEADLINES = re.compile(r"(?<=[a-z])(?=[A-Z])[^\n]{0,400}? MORE\b")
_NEGATED = re.compile(rf"(?:\b(?:{alternation(NEGATIONS)})|n['’]t)\s+(?:\w+\s+)?$", re.I)
NEGATION_REACH = 24
_RELEASE_TITLE = re.compile(rf"^\s*(?:{alternation(RELEASE_TITLES)})\b", re.IGNORECASE)
# Coarse dates far ahead of publication are goals ("by 2030"), not happenings; and an
# interval of years ("this century") dates no happening.
GOAL_HORIZON_DAYS = 366
COARSE_DAYS = 31
MAX_EVENT_DAYS = 731
MULTILATERAL_WEIGHT = 3  # words that name a meeting ("summit") keep their own mode
LEAD_SENTENCES = 2  # the sentences after the title that say what the article is about
NOT_AN_EVENT = "-"
# A host or visit word this near a meeting, in its clause, gives the meeting its mode.
MODE_WORDS_FOR = frozenset({"host", "visit"})
MODE_WORD_REACH = 40
# Local salience: trigger strength, more in the lead (where the news is), more again for
# what the article is about (its title's happening).
WEIGHT_SCALE = 1.0 / 3.0
CENTRAL_BONUS = 2.0
SUBJECT_BONUS = 1.0
# "Russia supports" (2014), "United States agrees" (March): a relation with one party, no
# place and a weak trigger says little; it ranks below every happening with a party more.
VAGUE_PENALTY = 3.0


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


@dataclass(frozen=True)
class Context:
    """An article being read: its cleaned text, lead sentences and main happening."""

    article: Article
    text: str
    lead: list[tuple[int, int]]  # the first sentences after the title

    @property
    def lead_end(self) -> int:
        return self.lead[-1][1] if self.lead else 0

    @cached_property
    def main(self) -> Happening | None:
        """What the article is about (read only when a sentence has a happening)."""
        first = self.text[self.lead[0][0] : self.lead[0][1]] if self.lead else ""
        return _main_happening(self.article.title, first)


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
    return Context(article, text, _lead(text, _first_body_start(article, text)))


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
            and text[previous.char_end : mention.char_start] in DATE_JOINERS
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
    dated = [m for m in dated if not _is_goal(m, published)]
    if not dated or _is_question(text, start, end):
        return
    tokens = tokenize(text, start, end)
    triggers = [t for t in map(_unless_negated(text), _event_triggers(text, tokens)) if t]
    triggers = [retyped(text, t, is_passive(text, t)) for t in triggers]
    # "…, the State Department said Thursday": the report's date dates only what was said
    # or had happened, and only when the sentence gives no date of its own.
    happening_dates = [m for m in dated if not is_report_date(text, start, m)]
    if not happening_dates:
        triggers = [
            t
            for t in triggers
            if t.event_type in VERBAL_TYPES or clause_tense(text, t.start, t.start) == PAST
        ]
    if not triggers:
        return
    actors = find_actors(text, tokens)
    sentence = " ".join(text[start:end].split())
    central = start < context.lead_end
    for mention, trigger, second in attach_dates(text, happening_dates or dated, triggers):
        if second and not heads_own_clause(text, trigger, actors.actors):
            continue
        trigger = _qualified(text, trigger, triggers)
        happening = _describe(trigger, actors, text, context.main, central)
        if happening.actors:
            yield _event(context, mention, happening, sentence, central)


def _qualified(text: str, trigger: Trigger, triggers: list[Trigger]) -> Trigger:
    """The trigger with what the words around it say of its kind and mode."""
    return _with_mode_word(text, _with_participant(text, trigger, triggers), triggers)


def _with_participant(text: str, trigger: Trigger, triggers: list[Trigger]) -> Trigger:
    """ "Inspectors visited the plant", "protesters met the mayor": a participant word right
    before a visit or meeting says what kind of happening it is."""
    if trigger.event_type != "CONSULT":
        return trigger
    for word in triggers:
        if not word.weight and word is not trigger and text[word.end : trigger.start] == " ":
            return replace(
                trigger, event_type=word.event_type, event_mode="", template=word.template
            )
    return trigger


def _with_mode_word(text: str, trigger: Trigger, triggers: list[Trigger]) -> Trigger:
    """ "Saudi Arabia hosted peace talks", "arrived in Jerusalem for talks": a meeting takes
    the mode (and headline) of a host or visit word of its clause; a summit keeps its own
    (the host of "the U.S.-Russia Summit" is a third party)."""
    if (
        trigger.event_type != "CONSULT"
        or trigger.event_mode
        or trigger.weight >= MULTILATERAL_WEIGHT
    ):
        return trigger
    for word in triggers:
        near = abs(word.start - trigger.start) <= MODE_WORD_REACH
        if word.event_type == "CONSULT" and word.event_mode in MODE_WORDS_FOR and near:
            between = text[min(word.end, trigger.end) : max(word.start, trigger.start)]
            if not any(mark in between for mark in ";,"):
                template = f"{word.template}||{trigger.template}"
                return replace(trigger, event_mode=word.event_mode, template=template)
    return trigger


def _unless_negated(text: str):
    """A function of a trigger: None when negated ("did not meet"), a rejection for a
    negated agreement or support ("would not approve"), else the trigger itself."""

    def resolve(trigger: Trigger) -> Trigger | None:
        if not _NEGATED.search(text, max(0, trigger.start - NEGATION_REACH), trigger.start):
            return trigger
        if trigger.event_type not in NEGATED_TO_REJECT:
            return None
        return replace(trigger, **_rejection_fields())

    return resolve


@cache
def _rejection_fields() -> dict[str, object]:
    entry = trigger_table().lookup("reject")
    return {"event_type": entry.event_type, "event_mode": "", "template": entry.template}


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


def _describe(
    trigger: Trigger, actors: Actors, text: str, main: Happening | None, central: bool
) -> Happening:
    """Type, mode, actors, place and title of what ``trigger`` names; its actors are the
    participants of its clause."""
    roles = clause_roles(text, trigger, actors.actors)
    actors = Actors(roles.participants, actors.location, actors.location_country)
    if _is_state_attack(trigger, roles, actors.location_country):
        trigger = replace(trigger, event_type="FIGHT")
    mode = _refine_mode(trigger, actors)
    codes, countries, place = actors.codes, actors.countries, actors.location_country
    if (
        place
        and place not in countries
        and (mode == "visit" or not countries or trigger.event_type in PLACE_TARGET_TYPES)
    ):
        # the visited country takes part; so does the country where a happening with no
        # named party took place ("Police in Hong Kong arrested …"), or that is struck
        codes, countries = (*codes, place), countries | {place}
    own = Happening(
        headline(trigger, roles, actors.location, text) if codes else "",  # no party: no event
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


def _is_state_attack(trigger: Trigger, roles: Roles, place: str) -> bool:
    """ "Iran attacked Israel", "Russia attacked a terminal in Odesa", "Iran launched drones
    at Israel": an attack or a launch by one country on another (or in another) is military
    force."""
    subject, target = roles.subject, roles.object
    if subject is None or subject.kind != "country":
        return False
    struck = target.code if target is not None and target.kind == "country" else place
    label = trigger.text.lower()
    launch = trigger.event_type == "MOBILIZE" and not LAUNCHED_WEAPONS.isdisjoint(label.split())
    return bool(struck) and struck != subject.code and (label in STATE_ATTACK_WORDS or launch)


def _refine_mode(trigger: Trigger, actors: Actors) -> str:
    """CONSULT modes the trigger leaves open: third-party meetings, multilateral summits."""
    if trigger.event_type != "CONSULT" or trigger.event_mode:
        return trigger.event_mode
    place = actors.location_country
    parties = actors.countries - {place}
    if len({a.code for a in actors.actors if a.kind == "country"} - {place}) > 2:
        return "multilateral"  # three countries named as such (their people may be mediators)
    if place and len(parties) >= 2:
        return "third-party"
    if place and parties and (place in actors.countries or len(parties) == 1):
        # met in one party's country, or one party met abroad: the other party visits
        return "visit"
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
    found = _event_triggers(context, tokens)
    triggers = [t for t in found if not is_background(context, t, found)]
    in_title = [t for t in triggers if t.end <= len(title)] or triggers
    if not in_title:
        return None
    trigger = _qualified(context, max(in_title, key=lambda t: t.weight), found)
    return _describe(trigger, find_actors(context, tokens), context, None, True)


def _release_event(context: Context) -> list[Event]:
    """A readout or statement reports its main happening in its first sentence, undated and
    in the past tense: that happening took place on the publication day."""
    article, text = context.article, context.text
    if article.published is None or not _RELEASE_TITLE.match(article.title):
        return []
    main = context.main
    if main is None:
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
    return [_event(context, mention, happening, " ".join(sentence.split()), True)]


def _says_little(happening: Happening) -> bool:
    """One party, no place, a weak trigger, and a type that relates parties to each other."""
    parties = {code for code in happening.actors if code.isupper()}
    return (
        len(parties) < 2
        and not happening.location
        and happening.weight < MULTILATERAL_WEIGHT
        and happening.event_type in RELATIONAL_TYPES
    )


def _event(
    context: Context, mention: DateMention, happening: Happening, sentence: str, central: bool
) -> Event:
    """The event; its salience grows with the trigger's strength, a place in the lead, and
    being what the article is about."""
    article = context.article
    main = context.main
    about = (
        main is not None
        and happening.event_type == main.event_type
        and bool(happening.countries & main.countries)
    )
    salience = (
        happening.weight * WEIGHT_SCALE
        + (CENTRAL_BONUS if central else 0.0)
        + (SUBJECT_BONUS if about else 0.0)
        - (VAGUE_PENALTY if _says_little(happening) else 0.0)
    )
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
