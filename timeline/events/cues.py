"""Cue words that tell how a date, a trigger and a sentence relate: data for the rules in
:mod:`timeline.events.attach`, :mod:`timeline.events.extract` and :mod:`timeline.events.titles`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# "the State Department said Thursday": a date right after these verbs dates the report.
REPORTING_VERBS = [
    "said",
    "says",
    "say",
    "told",
    "stated",
    "added",
    "noted",
    "wrote",
    "reported",
    "tweeted",
    "explained",
]
# "following the summit", "ahead of the call", "over the jailing", "the upcoming call":
# a happening named as the background or the prospect of another takes no date.
BACKGROUND_WORDS = (
    "following",
    "after",
    "since",
    "before",
    "ahead of",
    "in advance of",
    "in the wake of",
    "on the heels of",
    "building on",
    "previewing",
    "upcoming",
    "possible",
    "potential",
    "proposed",
    "future",
    "ongoing",
    "continuing",
    "regular",
    "routine",
    "over",
    "because of",
    "due to",
    "in response to",
    "in retaliation for",
    "amid",
)
# "If there was an invasion tomorrow": a hypothetical happening is no event.
HYPOTHETICAL_WORDS = ("if", "unless", "whether", "in the event of", "in the event that", "in case")
# "to meet these goals": meeting an abstract object is no meeting.
MEET_WORDS = frozenset({"meet", "meets", "met", "meeting"})
ABSTRACT_OBJECTS = [
    "goal",
    "goals",
    "target",
    "targets",
    "demand",
    "demands",
    "needs",
    "moment",
    "challenge",
    "challenges",
    "deadline",
    "deadlines",
    "commitment",
    "commitments",
    "obligation",
    "obligations",
    "standard",
    "standards",
    "requirement",
    "requirements",
    "criteria",
    "expectations",
    "threshold",
    "thresholds",
]
# "several detained leaders", "the sanctioned goods": a participle used as an adjective.
DETERMINERS = [
    "the",
    "a",
    "an",
    "several",
    "many",
    "some",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "all",
]
# "The trip will …": a definite noun phrase refers back to what the article is about.
DEFINITE_WORDS = ["the", "this", "that", "these", "those", "its", "his", "her", "their"]
# Words that open a subordinate clause, whose own subject does what its verb says.
SUBCLAUSE_WORDS = [
    "when",
    "while",
    "after",
    "before",
    "because",
    "which",
    "who",
    "that",
    "whereas",
    "although",
    "since",
    "if",
]
# Words that end a clause: a date beyond one belongs to another happening.
CLAUSE_BOUNDARIES = (";", " and ", ", and ", " but ", ", but ", " while ", " whereas ", ", which ")
# Triggers whose object is another happening: "condemned the invasion", "vetoed a
# resolution", "lifted the suspension".
OBJECT_TAKING_TYPES = frozenset({"DISAPPROVE", "REJECT", "CONCEDE"})
# Dates written as "April 22 and 23": one happening over consecutive days.
DATE_JOINERS = frozenset({" and ", "-", "–", " to ", " through ", " and on "})
# Official releases whose first sentence reports a happening of the publication day.
RELEASE_TITLES = ("readout", "statement", "joint statement")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, special characters escaped."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
