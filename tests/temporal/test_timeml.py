"""TimeML in the TempEval-3 format: reading, stripping to input files, annotating.

Offsets are into the plain text of TEXT: tags removed, XML entities unescaped.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal.model import Timex
from timeline.temporal.timeml import (
    TimeMLError,
    TimexTag,
    annotate,
    annotate_dir,
    dct_date,
    insert_timexes,
    read_file,
    read_timeml,
    strip,
    strip_dir,
)

HEAD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>APW19980807.0261</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" \
functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>
<TEXT>"""
TAIL = """</TEXT>
{links}</TimeML>
"""


def timeml(body: str, dct: str = "1998-08-07", links: str = "") -> str:
    """A TempEval-3 document whose TEXT content is ``body``."""
    return HEAD.format(dct=dct) + body + TAIL.format(links=links)


GOLD_BODY = (
    '\nAT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> it would '
    '<EVENT eid="e2" class="OCCURRENCE">merge</EVENT> '
    '<SIGNAL sid="s1">by</SIGNAL> <TIMEX3 tid="t2" type="DATE" value="1998-12" mod="END">'
    'late December</TIMEX3>, after <TIMEX3 tid="t3" type="DURATION" value="P2Y">'
    "two years</TIMEX3> of talks &lt;sic&gt;.\n"
)
PLAIN = "\nAT&T said Friday it would merge by late December, after two years of talks <sic>.\n"
LINKS = (
    '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>\n'
    '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>\n'
)
GOLD = timeml(GOLD_BODY, links=LINKS)


def echo_tagger(timexes: list[Timex]):
    """A tagger that returns ``timexes`` whatever the text (and records its arguments)."""
    calls = []

    def tagger(text: str, published: date | None) -> list[Timex]:
        calls.append((text, published))
        return timexes

    tagger.calls = calls
    return tagger


def as_timexes(tags: tuple[TimexTag, ...]) -> list[Timex]:
    return [Timex(t.char_start, t.char_end, t.text, t.type, t.value, t.mod) for t in tags]


# --- reading -------------------------------------------------------------------------------


def test_read_gives_dct_raw_text_plain_text_and_gold_timexes():
    doc = read_timeml(GOLD)
    assert doc.dct == "1998-08-07"
    assert doc.raw_text == GOLD_BODY
    assert doc.text == PLAIN
    assert doc.timexes == (
        TimexTag("t1", 11, 17, "Friday", "DATE", "1998-08-07"),
        TimexTag("t2", 36, 49, "late December", "DATE", "1998-12", "END"),
        TimexTag("t3", 57, 66, "two years", "DURATION", "P2Y"),
    )
    assert all(PLAIN[t.char_start : t.char_end] == t.text for t in doc.timexes)


def test_the_dct_timex_is_not_among_the_timexes():
    doc = read_timeml(timeml("Nothing dated here."))
    assert doc.timexes == ()
    assert doc.dct == "1998-08-07"


def test_a_file_without_dct_reads_with_dct_none():
    assert read_timeml("<TimeML><TEXT>x</TEXT></TimeML>").dct is None


def test_a_file_without_text_is_an_error():
    with pytest.raises(TimeMLError, match="TEXT"):
        read_timeml("<TimeML><DCT></DCT></TimeML>")


def test_attribute_values_are_unescaped_and_single_quotes_read():
    doc = read_timeml("<TEXT><TIMEX3 tid='t1' type='DATE' value='A&amp;B'>x</TIMEX3></TEXT>")
    assert doc.timexes[0].value == "A&B"


def test_carriage_returns_are_kept_by_read_file(tmp_path: Path):
    path = tmp_path / "crlf.tml"
    path.write_bytes(
        timeml("a\r\nb <TIMEX3 tid='t1' type='DATE' value='1998'>1998</TIMEX3>").encode()
    )
    timex = read_timeml(read_file(path)).timexes[0]
    assert (timex.char_start, timex.char_end) == (5, 9)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-08-07", date(1998, 8, 7)),
        ("1998-08-07T06:18:00", date(1998, 8, 7)),
        ("1998-W32", None),
        ("1998-02-30", None),
        (None, None),
    ],
)
def test_dct_date_is_the_calendar_day_of_the_dct(value, expected):
    assert dct_date(value) == expected


# --- stripping -----------------------------------------------------------------------------


def test_strip_makes_tempeval3_input_without_any_annotation_in_text():
    stripped = strip(GOLD)
    raw = read_timeml(stripped).raw_text
    assert raw == (
        "\nAT&amp;T said Friday it would merge by late December, after two years of talks "
        "&lt;sic&gt;.\n"
    )
    assert read_timeml(stripped).dct == "1998-08-07"
    assert "MAKEINSTANCE" not in stripped and "TLINK" not in stripped
    assert stripped == timeml(raw)


def test_strip_keep_events_removes_only_timexes_and_links():
    stripped = strip(GOLD, keep_events=True)
    assert '<EVENT eid="e1" class="OCCURRENCE">said</EVENT> Friday' in stripped
    assert '<SIGNAL sid="s1">by</SIGNAL> late December' in stripped
    assert "<MAKEINSTANCE" in stripped and "<TLINK" not in stripped
    assert read_timeml(stripped).timexes == ()


def test_strip_leaves_the_plain_text_unchanged():
    assert read_timeml(strip(GOLD)).text == PLAIN


# --- annotating ----------------------------------------------------------------------------


def test_annotate_calls_the_tagger_with_plain_text_and_dct_day():
    tagger = echo_tagger([])
    annotate(strip(GOLD), tagger)
    assert tagger.calls == [(PLAIN, date(1998, 8, 7))]


TIMEX_ONLY_BODY = (
    '\nAT&amp;T said <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> it would '
    'merge by <TIMEX3 tid="t2" type="DATE" value="1998-12" mod="END">late December</TIMEX3>, '
    'after <TIMEX3 tid="t3" type="DURATION" value="P2Y">two years</TIMEX3> of talks &lt;sic&gt;.\n'
)


@pytest.mark.parametrize(
    ("gold", "keep_events"), [(timeml(TIMEX_ONLY_BODY), False), (timeml(GOLD_BODY), True)]
)
def test_round_trip_annotating_stripped_gold_with_gold_timexes_gives_gold(gold, keep_events):
    tagger = echo_tagger(as_timexes(read_timeml(gold).timexes))
    result = annotate(strip(gold, keep_events=keep_events), tagger)
    assert (result.inserted, result.skipped) == (3, ())
    assert result.content == gold


def test_inserted_tags_sit_in_the_escaped_text_after_entities():
    content = timeml("AT&amp;T on Friday")
    result = annotate(content, echo_tagger([Timex(8, 14, "Friday", "DATE", "1998-08-07")]))
    assert 'AT&amp;T on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>' in (
        result.content
    )


def test_a_timex_may_cover_an_entity():
    content = timeml("Q3&amp;Q4")
    result = annotate(content, echo_tagger([Timex(0, 5, "Q3&Q4", "DATE", "1998-Q3")]))
    assert read_timeml(result.content).raw_text == (
        '<TIMEX3 tid="t1" type="DATE" value="1998-Q3">Q3&amp;Q4</TIMEX3>'
    )


def test_attribute_values_are_escaped_and_mod_written_when_given():
    timex = Timex(0, 4, "1998", "DATE", 'a"<&', mod="APPROX")
    raw = read_timeml(annotate(timeml("1998"), echo_tagger([timex])).content).raw_text
    assert raw == '<TIMEX3 tid="t1" type="DATE" value="a&quot;&lt;&amp;" mod="APPROX">1998</TIMEX3>'


def test_new_tids_do_not_reuse_the_dct_tid():
    timexes = [Timex(0, 1, "a", "DATE", "1"), Timex(2, 3, "b", "DATE", "2")]
    doc = read_timeml(annotate(timeml("a b"), echo_tagger(timexes)).content)
    assert [t.tid for t in doc.timexes] == ["t1", "t2"]
    assert doc.dct == "1998-08-07"


def test_existing_timexes_in_text_are_replaced():
    result = annotate(GOLD, echo_tagger([Timex(0, 1, "\n", "DATE", "X")]))
    assert [t.value for t in read_timeml(result.content).timexes] == ["X"]


def test_everything_but_the_new_tags_is_kept_character_for_character():
    content = strip(GOLD, keep_events=True)
    result = annotate(content, echo_tagger(as_timexes(read_timeml(GOLD).timexes)))
    assert strip(result.content, keep_events=True) == content


@pytest.mark.parametrize(
    ("body", "span", "expected"),
    [
        # a timex with the same span as an EVENT nests inside it
        ("<EVENT>Friday</EVENT> x", (0, 6), "<EVENT><T>Friday</T></EVENT> x"),
        # a timex ending where an EVENT ends takes the EVENT in
        ("the <EVENT>Friday</EVENT>.", (0, 10), "<T>the <EVENT>Friday</EVENT></T>."),
        # a timex starting where an EVENT starts takes it in too
        ("<EVENT>late</EVENT> May", (0, 8), "<T><EVENT>late</EVENT> May</T>"),
        # inside a longer EVENT
        ("<EVENT>met Friday</EVENT>", (4, 10), "<EVENT>met <T>Friday</T></EVENT>"),
    ],
)
def test_timexes_nest_well_with_other_tags(body: str, span: tuple[int, int], expected: str):
    plain = read_timeml(timeml(body)).text
    timex = Timex(*span, plain[span[0] : span[1]], "DATE", "1998")
    raw = read_timeml(annotate(timeml(body), echo_tagger([timex])).content).raw_text
    open_tag = '<TIMEX3 tid="t1" type="DATE" value="1998">'
    assert raw == expected.replace("<T>", open_tag).replace("</T>", "</TIMEX3>")


def test_a_timex_that_would_cross_a_tag_is_skipped():
    body = "<EVENT>met last</EVENT> Friday"
    timex = Timex(4, 15, "last Friday", "DATE", "1998-08-07")
    result = annotate(timeml(body), echo_tagger([timex]))
    assert result.skipped == (timex,)
    assert result.inserted == 0
    assert read_timeml(result.content).raw_text == body


def test_overlapping_timexes_keep_the_first_and_longest():
    longest = Timex(0, 11, "last Friday", "DATE", "1998-07-31")
    inner = Timex(5, 11, "Friday", "DATE", "1998-08-07")
    later = Timex(9, 15, "ay and", "DATE", "X")
    result = insert_timexes(timeml("last Friday and"), [inner, later, longest])
    assert result.skipped == (inner, later)
    assert [t.text for t in read_timeml(result.content).timexes] == ["last Friday"]


def test_timexes_outside_the_text_are_skipped():
    timex = Timex(2, 9, "far off", "DATE", "X")
    assert insert_timexes(timeml("abc"), [timex]).skipped == (timex,)


WORDS = ["AT&amp;T", "Friday", "&lt;b&gt;", "May 5", "\n", "x", "<EVENT>met</EVENT>"]


@given(
    words=st.lists(st.sampled_from(WORDS), max_size=12),
    cuts=st.lists(st.integers(min_value=0, max_value=80), max_size=8, unique=True),
)
def test_any_non_overlapping_spans_read_back_unless_they_cross_a_tag(words, cuts):
    content = timeml(" ".join(words))
    plain = read_timeml(content).text
    bounds = sorted(c for c in cuts if c <= len(plain))
    spans = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False) if a < b]
    timexes = [Timex(a, b, plain[a:b], "DATE", f"v{a}") for a, b in spans]
    result = insert_timexes(content, timexes)
    assert strip(result.content, keep_events=True) == content
    if "<EVENT>" not in content:
        assert result.skipped == ()
    assert [(t.char_start, t.char_end, t.value) for t in read_timeml(result.content).timexes] == [
        (t.char_start, t.char_end, t.value) for t in timexes if t not in result.skipped
    ]


# --- folders -------------------------------------------------------------------------------


def test_strip_dir_and_annotate_dir_go_on_past_bad_files(tmp_path: Path):
    gold, inputs, system = tmp_path / "gold", tmp_path / "input", tmp_path / "system"
    gold.mkdir()
    (gold / "good.tml").write_text(GOLD)
    (gold / "bad.tml").write_text("<TimeML>no text element</TimeML>")
    (gold / "notes.txt").write_text("not a TimeML file: ignored")

    stripped = strip_dir(gold, inputs)
    assert stripped.written == ("good.tml",)
    assert [name for name, _ in stripped.failed] == ["bad.tml"]
    assert "1 files written, 1 failed" in str(stripped)

    tagger = echo_tagger(as_timexes(read_timeml(GOLD).timexes))
    annotated = annotate_dir(inputs, system, tagger)
    assert annotated.written == ("good.tml",)
    assert read_timeml((system / "good.tml").read_text()).timexes == read_timeml(GOLD).timexes


def test_annotate_dir_reports_a_tagger_crash_by_file_name(tmp_path: Path):
    (tmp_path / "a.tml").write_text(timeml("a"))
    (tmp_path / "b.tml").write_text(timeml("b"))

    def tagger(text: str, published: date | None) -> list[Timex]:
        if text == "a":
            raise RuntimeError("boom")
        return []

    summary = annotate_dir(tmp_path, tmp_path / "out", tagger)
    assert summary.written == ("b.tml",)
    assert summary.failed == (("a.tml", "RuntimeError: boom"),)


def test_annotate_dir_notes_skipped_timexes(tmp_path: Path):
    (tmp_path / "a.tml").write_text(timeml("last Friday"))
    timexes = [Timex(0, 11, "last Friday", "DATE", "1"), Timex(5, 11, "Friday", "DATE", "2")]
    summary = annotate_dir(tmp_path, tmp_path / "out", echo_tagger(timexes))
    assert summary.notes == ("a.tml: 1 overlapping timexes skipped: 'Friday'",)
