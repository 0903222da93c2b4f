"""TempEval-3 timex scores: strict and relaxed matching, value and type F1, misses, reports."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.evaluate import (
    Scores,
    compare_documents,
    evaluate_dirs,
    format_misses,
    format_report,
    main_report,
    score_dirs,
    sentence_context,
    worst_misses,
)
from timeline.temporal.timeml import TimeMLDocument, read_timeml


def tx(text: str, value: str = "1998-08-07", type_: str = "DATE") -> str:
    """An inline TIMEX3 tag around ``text``."""
    return f'<TIMEX3 tid="t1" type="{type_}" value="{value}">{text}</TIMEX3>'


def tml(body: str) -> str:
    dct = '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">Aug 7</TIMEX3></DCT>'
    return f"<TimeML>{dct}<TEXT>{body}</TEXT></TimeML>"


def doc(body: str) -> TimeMLDocument:
    return read_timeml(tml(body))


def scores(gold: str, system: str) -> Scores:
    return compare_documents("f.tml", doc(gold), doc(system)).scores


def test_identical_annotations_score_one_everywhere():
    body = f"Bombs exploded {tx('Friday')} after {tx('two weeks', 'P2W', 'DURATION')} of calm."
    result = scores(body, body)
    assert (result.gold, result.system) == (2, 2)
    assert result.strict_f1 == result.relaxed_f1 == result.value_f1 == result.type_f1 == 1.0


def test_overlapping_spans_match_relaxed_but_not_strict():
    result = scores(f"He left {tx('last Friday')}.", f"He left last {tx('Friday')}.")
    assert (result.strict_precision, result.strict_recall, result.strict_f1) == (0, 0, 0)
    assert (result.relaxed_precision, result.relaxed_recall, result.relaxed_f1) == (1, 1, 1)
    assert result.value_f1 == 1.0


def test_one_system_timex_over_two_gold_ones_finds_both_and_counts_once():
    gold = f"Talks on {tx('Monday')} and {tx('Tuesday', '1998-08-11')}."
    system = f"Talks on {tx('Monday and Tuesday')}."
    result = scores(gold, system)
    assert (result.relaxed_gold, result.gold) == (2, 2)  # recall 1
    assert (result.relaxed_system, result.system) == (1, 1)  # precision 1
    assert result.strict_f1 == 0.0
    assert result.value_accuracy == 0.5  # each gold timex compared with its system partner


def test_value_and_type_f1_are_accuracy_over_relaxed_matches_times_relaxed_f1():
    gold = (
        f"{tx('Friday')} {tx('1998', '1998')} {tx('a week', 'P1W', 'DURATION')} "
        f"{tx('daily', 'P1D', 'SET')} missed"
    )
    system = (
        f"{tx('Friday')} {tx('1998', '1997')} a week {tx('daily', 'P1D', 'DURATION')} "
        f"{tx('missed', 'X')}"
    )
    # 4 gold, 4 system; 3 relaxed matches: P = R = 3/4, relaxed F1 = 0.75
    result = scores(gold, system)
    assert result.relaxed_f1 == pytest.approx(0.75)
    assert result.value_accuracy == pytest.approx(2 / 3)  # "1998" got 1997
    assert result.value_f1 == pytest.approx(0.5)
    assert result.type_accuracy == pytest.approx(2 / 3)  # "daily" SET got DURATION
    assert result.type_f1 == pytest.approx(0.5)


def test_values_compare_as_strings():
    result = scores(f"in {tx('week 6', '2000-W6')}", f"in {tx('week 6', '2000-W06')}")
    assert result.value_accuracy == 0.0


def test_nothing_to_find_and_nothing_found_scores_zero_without_dividing_by_zero():
    result = scores("No dates.", "No dates.")
    assert (result.strict_f1, result.relaxed_f1, result.value_f1) == (0, 0, 0)


def test_scores_add_up_over_files():
    total = scores(tx("Friday"), tx("Friday")) + scores(tx("Friday"), "Friday")
    assert (total.files, total.gold, total.system, total.relaxed_gold) == (2, 2, 1, 1)
    assert (total.relaxed_precision, total.relaxed_recall) == (1.0, 0.5)


def test_whitespace_differences_in_the_system_text_are_tolerated():
    result = scores(f"On\n{tx('Friday')} it rained.", f"On {tx(' Friday')}  it rained.")
    assert result.strict_f1 == 1.0


def test_a_system_text_that_differs_is_a_problem_and_its_gold_counts_as_missed():
    result = compare_documents("f.tml", doc(f"On {tx('Friday')}."), doc("On Saturday."))
    assert result.problem == "system text differs from the gold text"
    assert (result.scores.gold, result.scores.relaxed_gold) == (1, 0)


def test_the_dct_is_not_scored():
    result = scores("No dates.", "No dates.")
    assert (result.gold, result.system) == (0, 0)


# --- misses --------------------------------------------------------------------------------

GOLD = (
    f"Bombs exploded {tx('Friday')}. Officials said {tx('last week', '1998-W31')} "
    f"that {tx('the next day', '1998-08-08')} was calm. It rained {tx('Sunday', '1998-08-09')}."
)
SYSTEM = (
    f"{tx('Bombs', 'X')} exploded {tx('Friday', '1998-07-31')}. Officials said last "
    f"{tx('week', '1998-W31')} that the next day was calm. It rained "
    f"{tx('Sunday', '1998-08-09', 'TIME')}."
)


def test_each_error_is_listed_by_kind_with_its_sentence():
    result = compare_documents("f.tml", doc(GOLD), doc(SYSTEM))
    found = {(m.kind, (m.gold or m.system).text, m.context) for m in result.misses}
    assert found == {
        ("spurious", "Bombs", "[Bombs] exploded Friday."),
        ("value", "Friday", "Bombs exploded [Friday]."),
        ("span", "last week", "Officials said [last week] that the next day was calm."),
        ("missed", "the next day", "Officials said last week that [the next day] was calm."),
        ("type", "Sunday", "It rained [Sunday]."),
    }


def test_a_wrong_value_miss_shows_both_timexes():
    misses = compare_documents("f.tml", doc(GOLD), doc(SYSTEM)).misses
    miss = next(m for m in misses if m.kind == "value")
    assert (miss.gold.value, miss.system.value, miss.file) == ("1998-08-07", "1998-07-31", "f.tml")


def test_worst_misses_groups_by_kind_and_text_shape_largest_first():
    body = " ".join(tx(t) for t in ["Friday", "friday", "May 5", "May 6", "May 7", "May 17"])
    result = compare_documents("f.tml", doc(body), doc(doc(body).text))
    groups = worst_misses(result.misses, per_kind=2)
    assert [(g.kind, g.shape, len(g.misses)) for g in groups] == [
        ("missed", "may 9", 3),
        ("missed", "friday", 2),
    ]  # "may 99" (1) is left out


def test_format_misses_gives_totals_examples_and_context():
    text = format_misses(compare_documents("f.tml", doc(GOLD), doc(SYSTEM)).misses)
    assert "== missed: 1 ==" in text
    assert 'gold "Friday" DATE 1998-08-07 | system "Friday" DATE 1998-07-31  [f.tml]' in text
    assert "Officials said last week that [the next day] was calm." in text
    assert format_misses([]) == "no misses"


def test_sentence_context_is_cut_at_word_boundaries_when_long():
    text = "word " * 60 + "on Friday " + "word " * 60
    start = text.index("Friday")
    context = sentence_context(text, start, start + 6)
    assert context.startswith("…word") and context.endswith("word…")
    assert "on [Friday] word" in context


# --- folders and reports -------------------------------------------------------------------


def write_corpus(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, body in files.items():
        (folder / name).write_text(tml(body))
    return folder


def test_score_dirs_pairs_files_by_name_and_counts_a_missing_system_file(tmp_path: Path):
    gold = write_corpus(tmp_path / "gold", {"a.tml": GOLD, "b.tml": f"On {tx('Friday')}."})
    system = write_corpus(tmp_path / "sys", {"a.tml": GOLD})
    evaluation = evaluate_dirs(gold, system)
    assert evaluation.name == "gold"
    assert evaluation.problems == ("b.tml: no system file",)
    assert score_dirs(gold, system) == evaluation.scores
    assert (evaluation.scores.gold, evaluation.scores.relaxed_gold) == (5, 4)


def test_format_report_has_a_row_per_corpus_a_total_and_the_problems(tmp_path: Path):
    gold = write_corpus(tmp_path / "TimeBank", {"a.tml": GOLD, "b.tml": GOLD})
    system = write_corpus(tmp_path / "sys", {"a.tml": SYSTEM, "b.tml": "broken"})
    other = write_corpus(tmp_path / "AQUAINT", {"c.tml": GOLD})
    report = format_report([evaluate_dirs(gold, system), evaluate_dirs(other, other)])
    rows = {line.split()[0]: line.split()[1:] for line in report.splitlines()}
    assert rows["corpus"][:6] == ["files", "gold", "sys", "str.P", "str.R", "str.F1"]
    assert rows["TimeBank"][:3] == ["2", "8", "4"]
    assert rows["AQUAINT"][:6] == ["1", "4", "4", "100.00", "100.00", "100.00"]
    assert rows["total"][:3] == ["3", "12", "8"]
    assert "b.tml: system text differs from the gold text" in report


def test_main_report_scores_folder_pairs_and_lists_misses(tmp_path: Path):
    gold = write_corpus(tmp_path / "gold", {"a.tml": GOLD})
    system = write_corpus(tmp_path / "sys", {"a.tml": SYSTEM})
    report = main_report([gold], [system], misses=5)
    assert report.splitlines()[1].startswith("gold ")
    assert "== spurious: 1 ==" in report
    with pytest.raises(ValueError, match="one system folder per gold folder"):
        main_report([gold, gold], [system])


def test_the_pipeline_never_imports_the_evaluation_module():
    package = Path(__file__).parents[1] / "timeline"
    importers = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if re.search(r"timeline\.evaluate|from timeline import .*\bevaluate\b", path.read_text())
    ]
    assert set(importers) <= {"cli.py", "evaluate.py"}
