"""Extraction, as a specification: a dated sentence in, the event an analyst writes down out."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.articles import Article
from timeline.events import events_from_article

PUBLISHED = date(2021, 7, 8)


def _events(text: str, title: str = "", published: date = PUBLISHED):
    return events_from_article(Article("a1", title, text, published, url="https://e.org/a1"))


CASES = [  # sentence -> (type, mode, countries and organisations, words the title holds)
    (
        "U.S. climate envoy John Kerry will visit Moscow next week.",
        ("CONSULT", "visit", {"USA", "RUS"}, ["Kerry", "visits", "Moscow"]),
    ),
    (
        "Biden and Putin held a summit in mid-June.",
        ("CONSULT", "", {"USA", "RUS"}, ["Biden", "Putin", "summit"]),
    ),
    (
        "President Biden will meet with President Putin in Geneva, Switzerland on June 16.",
        ("CONSULT", "third-party", {"USA", "RUS"}, ["Biden", "Putin", "Geneva"]),
    ),
    (
        "President Biden spoke by phone with President Putin on Friday.",
        ("CONSULT", "phone", {"USA", "RUS"}, ["Biden–Putin call"]),
    ),
    (
        "Leaders of 40 countries met on Monday at the climate summit hosted by Biden.",
        ("CONSULT", "multilateral", {"USA"}, ["Climate summit"]),
    ),
    (
        "Poland expelled three Russian diplomats on Thursday.",
        ("SANCTION", "expel", {"POL", "RUS"}, ["Poland expels Russian diplomats"]),
    ),
    (
        "The European Union imposed sanctions on Belarus on Monday.",
        ("SANCTION", "", {"EU", "BLR"}, ["sanctions", "Belarus"]),
    ),
    (
        "China and Russia signed a gas agreement in Beijing on Friday.",
        ("AGREE", "", {"CHN", "RUS"}, ["China", "Russia"]),
    ),
    (
        "Russian troops invaded Ukraine on February 24.",
        ("FIGHT", "", {"RUS", "UKR"}, ["Russia invades Ukraine"]),
    ),
    (
        "Turkey condemned on Wednesday the Greek decision.",
        ("DISAPPROVE", "", {"TUR", "GRC"}, ["Turkey condemns Greece"]),
    ),
    (
        "The Biden administration urged Russia on Friday to pull back its troops.",
        ("DEMAND", "", {"USA", "RUS"}, ["urges Russia"]),
    ),
    # who does what to whom: reported speech, passives, happenings named with their patient
    (
        "Ukraine's foreign ministry said Russia had attacked a grain terminal in Odesa on Monday.",
        ("FIGHT", "", {"RUS", "UKR"}, ["Russia attacks Odesa"]),
    ),
    (
        "Israel was attacked by Iran with hundreds of drones on Saturday.",
        ("FIGHT", "", {"IRN", "ISR"}, ["Iran attacks Israel"]),
    ),
    (
        "Two Ukrainian soldiers were killed by Russian shelling on Sunday.",
        ("FIGHT", "", {"RUS", "UKR"}, ["Russia"]),
    ),
    (
        "Biden raised the unjust detention of Alexei Navalny in Russia with Putin on Wednesday.",
        ("COERCE", "", {"RUS", "USA"}, ["Detention of Navalny"]),
    ),
    (
        "Iran seized a Greek oil tanker in the Gulf of Oman on Wednesday, the U.S. Navy said.",
        ("COERCE", "", {"IRN", "GRC"}, ["Iran"]),
    ),
    (
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held "
        "talks in Brussels on Sunday mediated by EU chief Charles Michel.",
        ("CONSULT", "third-party", {"ARM", "AZE", "EU"}, ["Pashinyan–Aliyev talks"]),
    ),
    (
        "Venezuela expelled the Spanish ambassador on Friday, accusing Madrid of interference.",
        ("SANCTION", "expel", {"VEN", "ESP"}, ["Venezuela expels"]),
    ),
    (
        "IAEA inspectors visited the Zaporizhzhia nuclear plant in Ukraine on Thursday.",
        ("INVESTIGATE", "", {"IAEA", "UKR"}, ["IAEA"]),
    ),
    (
        "On 12 March 1999, Poland, Hungary and the Czech Republic joined NATO.",
        ("COOPERATE", "", {"POL", "HUN", "CZE", "NATO"}, ["Poland joins NATO"]),
    ),
    (
        "Myanmar's military detained Aung San Suu Kyi on 1 February 2021.",
        ("COERCE", "", {"MMR"}, ["Myanmar detains"]),
    ),
    # where a strike falls, that country is struck; a host word gives a meeting its mode
    (
        "A Russian missile strike killed 14 people in the southern city of Odesa on Friday.",
        ("FIGHT", "", {"RUS", "UKR"}, ["Russia"]),
    ),
    (
        "Saudi Arabia hosted Ukraine peace talks in Jeddah on August 5.",
        ("CONSULT", "host", {"SAU", "UKR"}, ["Saudi Arabia"]),
    ),
    (
        "Egyptian mediators met Hamas leaders in Cairo on Wednesday to discuss a new truce.",
        ("CONSULT", "", {"EGY"}, []),
    ),
    (
        "Spain, Ireland and Norway recognised a Palestinian state on May 28.",
        ("SUPPORT", "", {"ESP", "IRL", "NOR", "PSE"}, ["Spain recognizes Palestine"]),
    ),
    (
        "Chad closed its border with Sudan on Saturday.",
        ("SANCTION", "", {"TCD", "SDN"}, ["Chad"]),
    ),
    (
        "Japan lodged a protest with China on Thursday over the detention of a businessman.",
        ("DISAPPROVE", "", {"JPN", "CHN"}, ["Japan"]),
    ),
    (
        "Niger revoked a military cooperation agreement with the United States on Saturday.",
        ("REJECT", "", {"NER", "USA"}, ["Niger revokes"]),
    ),
    (
        "Police in Dhaka fired tear gas at student protesters on Tuesday.",
        ("COERCE", "", {"BGD"}, ["Dhaka"]),
    ),
    (
        "The European Union pledged 50 billion euros in financial support for Ukraine on Monday.",
        ("AID", "", {"EU", "UKR"}, ["Ukraine"]),
    ),
    (
        "Rwanda and the Democratic Republic of Congo signed a peace agreement on June 27.",
        ("AGREE", "", {"RWA", "COD"}, ["Rwanda"]),
    ),
    (
        "The Indian foreign minister met his Chinese counterpart on the sidelines of the SCO "
        "summit in Astana on Thursday.",
        ("CONSULT", "third-party", {"IND", "CHN"}, ["India–China meeting in Astana"]),
    ),
    (
        "Secretary of State Antony Blinken arrived in Jerusalem on Tuesday for talks with "
        "Israeli leaders.",
        ("CONSULT", "visit", {"USA", "ISR"}, ["Blinken visits Jerusalem"]),
    ),
    (
        "Hamas released four Israeli hostages on Saturday in exchange for Palestinian prisoners.",
        ("CONCEDE", "", {"ISR", "PSE"}, ["Hamas releases"]),
    ),
    (
        "Brazil's President Lula hosted French President Emmanuel Macron in Belem on Tuesday.",
        ("CONSULT", "host", {"BRA", "FRA"}, ["Lula hosts Macron"]),
    ),
    (
        "The Kremlin said on Monday that Putin had spoken by phone with President Erdogan.",
        ("CONSULT", "phone", {"RUS", "TUR"}, ["call"]),
    ),
    (
        "Serbian President Aleksandar Vucic met Chinese leader Xi Jinping in Belgrade on Monday.",
        ("CONSULT", "visit", {"SRB", "CHN"}, ["Vucic–Xi meeting in Belgrade"]),
    ),
    (
        "Iranian-backed militias attacked U.S. forces in Syria on Friday, the Pentagon said.",
        ("ASSAULT", "", {"USA", "SYR"}, ["Attack on United States"]),
    ),
    (
        "Blinken told reporters that Moscow had massed troops on the border in November.",
        ("MOBILIZE", "", {"RUS"}, ["Russia mobilizes forces"]),
    ),
    (
        "Indian Prime Minister Narendra Modi met business leaders in Washington on Friday.",
        ("CONSULT", "visit", {"IND", "USA"}, ["Modi"]),
    ),
    (
        "The foreign ministers of Japan, India, Australia and the United States met in Tokyo "
        "on October 6.",
        (
            "CONSULT",
            "multilateral",
            {"JPN", "IND", "AUS", "USA"},
            ["Japan, India, Australia and United States meeting in Tokyo"],
        ),
    ),
    (
        "Colombia's president met leaders of the strike movement in Bogota on Thursday.",
        ("CONSULT", "", {"COL"}, ["Colombia"]),
    ),
    (
        "Sri Lanka's president fled to the Maldives on Wednesday.",
        ("CONCEDE", "", {"LKA", "MDV"}, ["flees"]),
    ),
    (
        "Rebels killed 20 villagers in Ituri province on Sunday.",
        ("ASSAULT", "", {"COD"}, ["Ituri"]),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_sentence_gives_event(sentence: str, expected) -> None:
    event_type, mode, codes, words = expected
    (event,) = _events(sentence)
    assert (event.event_type, event.event_mode) == (event_type, mode)
    assert {a for a in event.actors if a.isupper()} == codes
    assert all(word in event.title for word in words), event.title


def test_event_carries_date_and_provenance() -> None:
    (event,) = _events("Kerry will visit Moscow from July 12-15.")
    assert (event.start, event.end, event.precision) == (
        date(2021, 7, 12),
        date(2021, 7, 15),
        "days",
    )
    assert (event.article_id, event.url, event.published) == ("a1", "https://e.org/a1", PUBLISHED)
    assert event.sentence == "Kerry will visit Moscow from July 12-15."
    assert event.trigger == "visit"


def test_a_date_with_no_happening_is_no_event() -> None:
    assert _events("In the past three years, prices rose in Russia.") == []


def test_the_date_of_the_report_is_not_the_date_of_the_event() -> None:
    events = _events("Kerry will visit Moscow, the State Department said Thursday.")
    assert events == []


def test_each_date_of_a_sentence_gets_its_own_event() -> None:
    events = _events("Putin met Xi in Beijing on February 4 and phoned Biden on March 1.")
    assert [(str(e.start), e.event_mode) for e in events] == [
        ("2021-02-04", "third-party"),
        ("2021-03-01", "phone"),
    ]


def test_two_clauses_of_one_date_give_two_events() -> None:
    events = _events("Israel struck targets in Gaza on Sunday, and Hamas released two hostages.")
    assert [(str(e.start), e.event_type, e.title) for e in events] == [
        ("2021-07-04", "FIGHT", "Israel attacks Gaza"),
        ("2021-07-04", "CONCEDE", "Hamas releases prisoners"),
    ]


def test_a_second_clause_without_a_party_of_its_own_is_no_event() -> None:
    events = _events(
        "Russia expelled ten Polish diplomats on Monday, and later condemned the move."
    )
    assert [e.event_type for e in events] == ["SANCTION"]


def test_a_person_named_after_an_arrest_is_in_its_headline() -> None:
    (event,) = _events("Venezuelan forces detained opposition figure Freddy Superlano on Tuesday.")
    assert event.title == "Venezuela detains Freddy Superlano"


def test_a_protest_without_a_place_is_headed_with_its_country() -> None:
    (event,) = _events("Thousands of teachers went on strike across Nigeria on Monday.")
    assert event.title == "Protests in Nigeria"


def test_a_launch_at_another_country_is_military_force() -> None:
    (strike,) = _events("Iran launched more than 300 drones and missiles at Israel on Sunday.")
    (test,) = _events("North Korea fired a ballistic missile into the sea on Sunday.")
    assert (strike.event_type, test.event_type) == ("FIGHT", "MOBILIZE")


def test_background_happenings_take_no_date() -> None:
    (event,) = _events(
        "The leaders commended their teams following the summit that led to today's "
        "renewal of the agreement in the UN Security Council."
    )
    assert event.event_type == "AGREE"


def test_definite_reference_resolves_to_what_the_article_is_about() -> None:
    title = "John Kerry to visit Moscow officials to discuss climate"
    text = (
        f"{title}\n\nU.S. climate envoy John Kerry will visit Moscow next week.\n\n"
        "The trip will take place from July 12-15, the State Department said."
    )
    titles = {(str(e.start), e.title) for e in _events(text, title)}
    assert titles == {("2021-07-12", "Kerry visits Moscow")}


def test_consecutive_days_joined_by_and_are_one_range() -> None:
    (event,) = _events(
        "Biden will host the Leaders Summit on Climate on April 22 and 23.",
        published=date(2021, 3, 26),
    )
    assert (event.start, event.end, event.precision) == (
        date(2021, 4, 22),
        date(2021, 4, 23),
        "days",
    )


def test_goals_far_ahead_are_not_events() -> None:
    assert _events("Japan pledged to halve its emissions by 2030.") == []


def test_undated_readout_takes_its_publication_day() -> None:
    title = "Readout of President Biden's Call with President Putin of Russia"
    text = "President Biden spoke with President Putin. They discussed arms control."
    (event,) = _events(text, title, date(2021, 7, 9))
    assert (event.start, event.precision, event.event_mode) == (date(2021, 7, 9), "day", "phone")
    assert event.title == "Biden–Putin call"


def test_related_headline_junk_is_ignored() -> None:
    text = (
        "President Vladimir PutinVladimir Vladimirovich PutinRussia says 24 diplomats asked by "
        "U.S. to leave by September MORE called for talks in April."
    )
    events = _events(text)
    assert all(e.start.month != 9 and "MORE" not in e.sentence for e in events)


def test_a_clause_after_a_comma_and_has_its_own_parties() -> None:
    attack, sanctions = _events(
        "On Monday, Russia attacked Ukraine, and the United States imposed sanctions."
    )
    assert (attack.title, attack.actors) == ("Russia attacks Ukraine", ("RUS", "UKR"))
    assert (sanctions.event_type, sanctions.actors) == ("SANCTION", ("RUS", "USA"))


def test_a_list_of_names_is_no_clause_boundary() -> None:
    (event,) = _events(
        "Treasury, in partnership with the United Kingdom, Australia, and Canada, sanctioned "
        "eight Russian entities on Thursday."
    )
    assert {"GBR", "AUS", "CAN", "RUS"} <= set(event.actors)


def test_a_named_meeting_is_titled_by_its_name() -> None:
    (event,) = _events("Canada will join the Clean Energy Ministerial this June.")
    assert event.title == "Clean Energy Ministerial"
    (event,) = _events(
        "Biden thanked Parmelin for hosting the U.S.-Russia Summit in Geneva on June 16."
    )
    assert event.title == "U.S.-Russia Summit in Geneva"


def test_people_come_with_their_roles() -> None:
    (event,) = _events(
        "Special Presidential Envoy for Climate John Kerry will visit Moscow next week."
    )
    assert event.roles == ("John Kerry: Special Presidential Envoy for Climate",)


def test_a_report_date_dates_what_was_said_when_nothing_else_is_dated() -> None:
    (event,) = _events("Iran said on Saturday it rejected the European proposal.")
    assert (event.start, event.event_type) == (date(2021, 7, 3), "REJECT")


def test_negated_happenings() -> None:
    assert _events("Putin did not meet Biden on Friday.") == []
    (event,) = _events("Ankara said on Monday it would not agree to the Swedish bid.")
    assert event.event_type == "REJECT"


def test_a_relation_with_one_party_and_no_place_ranks_low() -> None:
    (vague,) = _events("In 2014, Russia decided to spend its reserves to defend the currency.")
    (clear,) = _events("In 2014, Russia invaded Ukraine.")
    assert vague.salience < clear.salience - 2
