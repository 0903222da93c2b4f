"""TempEval-3 timex scores of ``timeline.temporal.tag`` on TimeBank and AQUAINT (TBAQ).

Strips the gold files into TempEval-3 input, annotates them with the tagger, scores the
result and compares it with HeidelTime 1.8 and the project's targets::

    python tests/benchmarks/eval_tbaq.py                  # both corpora
    python tests/benchmarks/eval_tbaq.py --misses 15      # + the 15 worst groups per kind
    python tests/benchmarks/eval_tbaq.py --corpus AQUAINT --misses 10 --kind value
    python tests/benchmarks/eval_tbaq.py --keep /tmp/te3  # keep input and system files
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from timeline.evaluate import (
    MISS_KINDS,
    Evaluation,
    evaluate_dirs,
    format_misses,
    format_report,
)
from timeline.temporal.timeml import DirSummary, Tagger, annotate_dir, strip_dir

DEFAULT_TBAQ = Path("/work/shared/corpora/tbaq")
CORPORA = ("TimeBank", "AQUAINT")
MEASURES = ("strict_f1", "relaxed_f1", "value_f1", "type_f1")
HEIDELTIME = {  # HeidelTime 1.8, TempEval-3 measures, in MEASURES order
    "TimeBank": (84.91, 91.57, 79.24, 88.81),
    "AQUAINT": (80.99, 91.78, 72.95, 83.39),
}
TARGET = (88.0, 93.0, 82.0, 88.0)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tbaq", type=Path, default=DEFAULT_TBAQ, help="TBAQ-cleaned folder")
    parser.add_argument("--corpus", choices=CORPORA, action="append", help="only this corpus")
    parser.add_argument("--misses", type=int, default=0, metavar="N", help="N worst per kind")
    parser.add_argument("--kind", choices=MISS_KINDS, action="append", help="only these misses")
    parser.add_argument("--examples", type=int, default=2, help="examples per group of misses")
    parser.add_argument("--keep", type=Path, help="write input/ and system/ files here")
    return parser.parse_args(argv)


def _print_troubles(step: str, summary: DirSummary) -> None:
    for name, reason in summary.failed:
        print(f"{step} FAILED {name}: {reason}", file=sys.stderr)
    for note in summary.notes:
        print(f"{step} note {note}", file=sys.stderr)


def run_corpus(gold_dir: Path, work_dir: Path, tagger: Tagger) -> tuple[Evaluation, float]:
    """Strip, annotate and score one corpus; also return the annotation time in seconds."""
    input_dir, system_dir = work_dir / "input" / gold_dir.name, work_dir / "system" / gold_dir.name
    _print_troubles("strip", strip_dir(gold_dir, input_dir))
    started = time.perf_counter()
    summary = annotate_dir(input_dir, system_dir, tagger)
    seconds = time.perf_counter() - started
    _print_troubles("annotate", summary)
    return evaluate_dirs(gold_dir, system_dir), seconds


def comparison_table(evaluations: list[Evaluation]) -> str:
    """F1 measures next to HeidelTime 1.8's and the targets, with the gap to the target."""
    lines = [f"{'F1 (%)':<22}" + "".join(f"{m.removesuffix('_f1'):>9}" for m in MEASURES)]
    for evaluation in evaluations:
        ours = [100 * getattr(evaluation.scores, m) for m in MEASURES]
        reference = HEIDELTIME.get(evaluation.name)
        rows = [(evaluation.name, ours, "{:9.2f}")]
        if reference:
            rows.append(("  HeidelTime 1.8", reference, "{:9.2f}"))
        rows.append(("  target", TARGET, "{:9.2f}"))
        rows.append(
            ("  ours - target", [a - b for a, b in zip(ours, TARGET, strict=True)], "{:+9.2f}")
        )
        lines += [
            f"{label:<22}" + "".join(fmt.format(v) for v in values) for label, values, fmt in rows
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    try:
        from timeline.temporal import tag
    except ImportError as error:
        print(f"timeline.temporal.tag is not available: {error}", file=sys.stderr)
        return 2
    corpora = args.corpus or CORPORA
    with tempfile.TemporaryDirectory(prefix="tbaq-") as temp:
        work_dir = args.keep or Path(temp)
        runs = [run_corpus(args.tbaq / name, work_dir, tag) for name in corpora]
    evaluations = [evaluation for evaluation, _ in runs]
    print(format_report(evaluations))
    print()
    print(comparison_table(evaluations))
    print()
    print("annotation time: " + ", ".join(f"{e.name} {s:.2f}s" for e, s in runs))
    for evaluation in evaluations:
        kinds = Counter(miss.kind for miss in evaluation.misses)
        print(f"{evaluation.name} misses: " + ", ".join(f"{k} {kinds[k]}" for k in MISS_KINDS))
    if args.misses:
        kinds = set(args.kind or MISS_KINDS)
        misses = [m for e in evaluations for m in e.misses if m.kind in kinds]
        print()
        print(format_misses(misses, args.misses, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
