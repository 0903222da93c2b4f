"""Event extraction on the gold sentences: type accuracy, actor F1, title keyword hits.

python tests/benchmarks/bench_events.py [--details] [--batch WORDS]

``--batch "batch 5"`` scores only the gold items whose source holds those words, as whole
words ("batch 1" is not "batch 10"; one blind batch; tests/events/README.md keeps the blind
numbers of each).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from timeline.events.gold import predict, read_gold, score

GOLD = Path(__file__).parents[1] / "events" / "gold_events.jsonl"


def main(argv: list[str]) -> None:
    items = read_gold(GOLD)
    if "--batch" in argv:
        words = re.compile(rf"\b{re.escape(argv[argv.index('--batch') + 1])}\b")
        items = [item for item in items if words.search(item.source)]
    if "--details" in argv:
        for item in items:
            event = predict(item)
            got = (event.event_type, event.event_mode, event.actors, event.title) if event else None
            print(f"{item.event_type}/{item.event_mode} {sorted(item.actors)} -> {got}")
    result = score(items)
    print(f"gold sentences      {result.items}")
    print(f"type accuracy       {result.type_accuracy:.3f}")
    print(f"type+mode accuracy  {result.mode_accuracy:.3f}")
    print(
        f"actor P/R/F1        {result.actor_precision:.3f} / {result.actor_recall:.3f} / "
        f"{result.actor_f1:.3f}"
    )
    print(f"title keyword hits  {result.title_keyword_rate:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
