"""The gold sentences (tests/events/gold_events.jsonl) stay extracted well."""

from __future__ import annotations

from pathlib import Path

from timeline.events.gold import read_gold, score

GOLD = Path(__file__).parent / "gold_events.jsonl"


def test_gold_set_scores() -> None:
    result = score(read_gold(GOLD))
    assert result.items >= 60
    assert result.type_accuracy >= 0.9
    assert result.actor_f1 >= 0.9
    assert result.title_keyword_rate >= 0.8
