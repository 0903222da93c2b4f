"""The blind passages (tests/temporal/passages.jsonl) are well formed and stay well tagged."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from timeline.evaluate import Scores

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from eval_passages import PASSAGES, evaluate_passages, gold_document  # noqa: E402

TYPES = {"DATE", "TIME", "DURATION", "SET"}


def _passages() -> list[dict]:
    return [json.loads(line) for line in PASSAGES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("passage", _passages(), ids=lambda p: p["id"])
def test_every_gold_timex_is_found_in_order_with_a_timeml_type(passage):
    document = gold_document(passage)
    assert len(document.timexes) == len(passage["timexes"])
    for timex in document.timexes:
        assert document.text[timex.char_start : timex.char_end] == timex.text
        assert timex.type in TYPES


def test_the_tagger_keeps_its_level_on_the_passages():
    """A floor well under the measured scores (eval_passages.py), to catch regressions."""
    scores = sum((evaluation.scores for evaluation in evaluate_passages()), Scores())
    assert scores.relaxed_f1 >= 0.95
    assert scores.value_f1 >= 0.85
