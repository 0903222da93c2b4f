"""Cue words: the small lexicons the event rules read, kept apart from the rules.

Sentence splitting (:mod:`sentences`), actors (:mod:`actors`), date attachment
(:mod:`attach`), headlines (:mod:`titles`) and extraction (:mod:`extract`) take their
words from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text`` (word lists stay compact and readable)."""
    return tuple(text.split())


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, longest first, special characters escaped."""
    return "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))


# --- sentences -------------------------------------------------------------------------
# Words that end with a period without ending a sentence (lower-case, without the last dot).
ABBREVIATIONS = frozenset(
    words(
        """mr mrs ms dr prof jr sr st gen lt col sgt capt adm gov sen rep amb pres sec no vs
        etc inc corp ltd co dept est approx jan feb mar apr jun jul aug sep sept oct nov dec
        a.m p.m u.s u.k u.n e.u d.c u.s.a e.o"""
    )
)
# Abbreviations that also end sentences: they do when the next word opens a sentence.
SENTENCE_FINAL_ABBREVIATIONS = frozenset(words("u.s u.k u.n e.u d.c u.s.a etc inc jr"))
SENTENCE_OPENERS = frozenset(
    words(
        """The A An He She It They We I You This That These Those But And In On At After
        Then There His Her Their Its Our"""
    )
)

# --- actors ----------------------------------------------------------------------------
# Words before a place that make it the scene of the happening rather than an actor.
LOCATIVES = frozenset(words("in at In At"))
# "the southern city of Odesa": a place named after one of these and "of" is a location.
PLACE_NOUNS = frozenset(words("city town village province region district port capital"))
# "Borno state", "Yala province": a region named before its kind (lower case).
REGION_NOUNS = words("province state region district governorate prefecture county oblast")
# "Iranian-backed militias": the backer is no party of what the militias do.
BACKER_SUFFIXES = ("-backed", "-sponsored", "-funded", "-supported", "-allied")
# "the Gulf of Oman", "the Sea of Japan": a country's name inside a geographic name.
GEOGRAPHIC_HEADS = frozenset(words("Gulf Sea Strait Straits Bay Gulfs"))
# "the Paris Agreement", "the Minsk agreements", "the Geneva Conventions": a place naming a
# document or a club, which is no actor.
DOCUMENT_NAMES = re.compile(
    r"\s+(?:climate\s+|peace\s+|nuclear\s+|final\s+)?(?:agreements?|accords?|protocols?|"
    r"conventions?|club|declaration|treaty|memorandum|format|charter|consensus|principles|act)\b",
    re.IGNORECASE,
)
# Words before a place (or before "to" and a place) that make it a destination: its
# country takes part (is visited).
TRAVEL_WORDS = frozenset(
    words(
        """visit visits visited visiting trip trips travel travels traveled travelled
        traveling travelling flew fly flies head heads headed journey return returns
        returned"""
    )
)
# A person named right after "statement by" ("Statement by Press Secretary Jen Psaki")
# speaks, and so do holders of these titles: they report a happening, not take part in it.
SPEECH_NOUNS = frozenset(
    words(
        """statement statements remarks readout briefing call gaggle conference interview
        letter comments testimony speech address"""
    )
)
SPEAKER_TITLES = ("spokes", "Spokes", "Press Secretary", "Moderator")
# Lower-case words inside names: "Abdel Fattah el-Sisi", "Ursula von der Leyen".
NAME_PARTICLES = frozenset(words("al el bin ibn de da van von der le"))

# --- dates and triggers ----------------------------------------------------------------
# "the State Department said Thursday": a date right after these verbs dates the report.
REPORTING_VERBS = words("said says say told stated added noted wrote reported tweeted explained")
# "following the summit", "ahead of the call", "over the jailing", "the upcoming call",
# "on the sidelines of the summit":
# a happening named as the background or the prospect of another takes no date.
BACKGROUND_WORDS = (
    *words(
        """following after since before previewing upcoming possible potential proposed
        future ongoing continuing regular routine over amid"""
    ),
    "ahead of",
    "in advance of",
    "in the wake of",
    "on the heels of",
    "building on",
    "because of",
    "due to",
    "in response to",
    "in retaliation for",
    "on the sidelines of",
    "on the margins of",
)
# "If there was an invasion tomorrow": a hypothetical happening is no event.
HYPOTHETICAL_WORDS = ("if", "unless", "whether", "in the event of", "in the event that", "in case")
# "to meet these goals": meeting an abstract object is no meeting.
MEET_WORDS = frozenset(words("meet meets met meeting"))
ABSTRACT_OBJECTS = words(
    """goal goals target targets demand demands needs moment challenge challenges deadline
    deadlines commitment commitments obligation obligations standard standards requirement
    requirements criteria expectations threshold thresholds"""
)
# "several detained leaders", "the sanctioned goods": a participle used as an adjective.
DETERMINERS = words("the a an several many some these those its their his her all")
# Words that end a clause: a date beyond one belongs to another happening.
CLAUSE_BOUNDARIES = (";", " and ", ", and ", " but ", ", but ", " while ", " whereas ", ", which ")
# Triggers whose object is another happening: "condemned the invasion", "vetoed a
# resolution", "lifted the suspension", "warned Israel against any attack", "demanded the
# release of prisoners".
OBJECT_TAKING_TYPES = frozenset(words("DISAPPROVE REJECT CONCEDE THREATEN DEMAND"))
# Verbal acts and past happenings: a date right after "said" dates them ("Iran said on
# Saturday it rejected …", "… said on Friday that it had recalled its ambassador") when
# the sentence gives no other date; a future happening it does not ("will visit").
VERBAL_TYPES = frozenset(words("DEMAND DISAPPROVE REJECT THREATEN SUPPORT"))
# "did not agree", "never met", "didn't meet" ("n't" is matched as well): a negated
# happening did not happen, and refusing to agree or support is to reject.
NEGATIONS = words("not never no")
NEGATED_TO_REJECT = frozenset(words("AGREE SUPPORT COOPERATE"))
# Dates written as "April 22 and 23": one happening over consecutive days.
DATE_JOINERS = frozenset({" and ", "-", "–", " to ", " through ", " and on "})

# --- clauses ---------------------------------------------------------------------------
# "Kyiv said Russia had attacked …": a verb of saying opens a clause with its own subject,
# and ", the U.S. Navy said" closes one (the speaker is no party of the happening).
SPEECH_VERBS = (
    *REPORTING_VERBS,
    *words("announced announces noted notes confirmed confirms claimed claims insisted"),
    *words("argued stressed alleged"),
)
# "Russia annexed Crimea, and the United States imposed sanctions": where a clause ends.
CLAUSE_ENDS = (";", ", and ", ", but ", ", while ", ", whereas ", " while ")
# "Russia launched an invasion of Ukraine", "Macron announced the withdrawal of troops":
# verbs whose subject does the happening named after them (its patient after "of").
LIGHT_VERBS = words(
    """launched launches launch began begins begin started starts start staged stages
    carried conducted conducts conduct ordered orders order imposed imposes impose held
    holds hold made makes make mounted mounts mount undertook led leads continued
    continues announced announces proposed proposes"""
)
# Happenings between parties: one named alone ("Russia supports") says little.
RELATIONAL_TYPES = frozenset(
    words("CONSULT AGREE SUPPORT COOPERATE AID CONCEDE DEMAND DISAPPROVE REJECT THREATEN")
)
# Happenings done at a place: where they happen, that country takes part (is struck:
# "strikes in Afghanistan's Khost province", "shelled the city of Kharkiv"; its people
# protest: "protesters in Baghdad"); a headline without a place names that country.
PLACE_TARGET_TYPES = frozenset(words("FIGHT ASSAULT COERCE PROTEST CRIME"))
# Words whose object is a happening: "met to discuss a new truce", "negotiations on a
# ceasefire" (the truce is what was discussed, not what happened), "banned protests".
OBJECT_TAKING_WORDS = frozenset(
    words(
        "discuss discussed discusses discussing negotiate negotiated negotiating talks"
        " ban bans banned banning"
    )
)
# Prepositions whose phrase names what a clear act is about, not a happening of its own.
PHRASE_PREPOSITIONS = words("of on over about against from into")
# Happenings that parties do together: "A and B met" names both sides.
SYMMETRIC_TYPES = frozenset(words("CONSULT AGREE FIGHT"))
# "Iran attacked Israel": an attack of one state on another is military force (FIGHT), an
# attack on a person or by a group is violence of another kind (ASSAULT, PLOVER).
STATE_ATTACK_WORDS = frozenset(words("attack attacks attacked attacking bomb bombs bombed"))
# "Iran launched drones and missiles at Israel": a launch is a show of force (MOBILIZE, as a
# missile test) unless it strikes another country, then it is military force too.
LAUNCHED_WEAPONS = frozenset(words("missile missiles rocket rockets drone drones"))

# --- articles and headlines ------------------------------------------------------------
# "The trip will …": a definite noun phrase refers back to what the article is about.
DEFINITE_WORDS = words("the this that these those its his her their")
# Words that open a subordinate clause, whose own subject does what its verb says.
SUBCLAUSE_WORDS = words("when while after before because which who that whereas although since if")
# Official releases whose first sentence reports a happening of the publication day.
RELEASE_TITLES = ("readout", "statement", "joint statement")
