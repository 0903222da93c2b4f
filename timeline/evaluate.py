"""TempEval-3 timex scores: compare system TimeML files with gold ones.

For the command line and the benchmarks only; the pipeline never imports this module.

Matching follows the TempEval-3 entity scorer. A system timex matches a gold one *strictly*
when their spans are identical and *relaxed* when they overlap. Precision counts the system
timexes that match some gold timex, recall the gold timexes that match some system timex,
each side on its own: one system timex over two gold ones is one correct answer for
precision and two found timexes for recall. Value and type accuracy are counted over the
relaxed-matched gold timexes, each compared with the system timex that overlaps it most;
value F1 = value accuracy x relaxed F1 (type F1 likewise). Values compare as strings. The
DCT is not scored. Spans are compared on the text with whitespace removed, so system files
whose text differs from the gold one in whitespace only still score, like token-based
scorers do; any other difference in text is reported as a problem of that file.

    >>> scores = score_dirs("gold/", "system/")  # doctest: +SKIP
    >>> print(format_report([evaluate_dirs("gold/", "system/")]))  # doctest: +SKIP
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from timeline.temporal.timeml import TimeMLDocument, TimexTag, read_file, read_timeml, timeml_files

MISS_KINDS = ("missed", "spurious", "span", "value", "type")
"""Kinds of error: gold timex not found, system timex not in gold, span not identical,
wrong value, wrong type (the last three on relaxed matches)."""

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'`]*\s+(?=[\"'`(]*[A-Z0-9])|\n\s*\n")
_CONTEXT_CHARS = 120


@dataclass(frozen=True, slots=True)
class Scores:
    """Timex counts over files, and the TempEval-3 measures computed from them (0..1)."""

    files: int = 0
    gold: int = 0
    system: int = 0
    strict_gold: int = 0  # gold timexes with a system timex of identical span
    strict_system: int = 0  # system timexes with a gold timex of identical span
    relaxed_gold: int = 0  # gold timexes overlapping a system timex
    relaxed_system: int = 0  # system timexes overlapping a gold timex
    value_correct: int = 0  # relaxed-matched gold timexes given the right value
    type_correct: int = 0  # relaxed-matched gold timexes given the right type

    def __add__(self, other: Scores) -> Scores:
        return Scores(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict_system, self.system)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict_gold, self.gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed_system, self.system)

    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed_gold, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_correct, self.relaxed_gold)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_correct, self.relaxed_gold)

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1


@dataclass(frozen=True, slots=True)
class Miss:
    """One error: which kind, where, the timexes involved and the sentence around them."""

    kind: str  # one of MISS_KINDS
    file: str
    gold: TimexTag | None
    system: TimexTag | None
    context: str  # the sentence, the timex in [brackets]


@dataclass(frozen=True, slots=True)
class FileResult:
    """The comparison of one gold file with its system file."""

    name: str
    scores: Scores
    misses: tuple[Miss, ...] = ()
    problem: str | None = None  # why the file could not be compared (its gold counts as missed)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The comparison of a gold folder (a corpus) with a system folder."""

    name: str
    files: tuple[FileResult, ...]

    @property
    def scores(self) -> Scores:
        return sum((result.scores for result in self.files), Scores())

    @property
    def misses(self) -> tuple[Miss, ...]:
        return tuple(miss for result in self.files for miss in result.misses)

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(f"{r.name}: {r.problem}" for r in self.files if r.problem)


@dataclass(frozen=True, slots=True)
class MissGroup:
    """Misses of one kind whose timex texts have the same shape (lowercase, digits as 9)."""

    kind: str
    shape: str
    misses: tuple[Miss, ...]


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def _compact_offsets(text: str) -> list[int]:
    """``offsets[i]``: how many non-whitespace characters ``text[:i]`` holds."""
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (not char.isspace()))
    return offsets


def _compact_span(offsets: Sequence[int], timex: TimexTag) -> tuple[int, int]:
    return offsets[timex.char_start], offsets[timex.char_end]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def sentence_context(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` on one line, that span in [brackets]."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    boundary = _SENTENCE_END.search(text, end)
    right = boundary.start() if boundary else len(text)
    before, after = text[left:start], text[end:right]
    if len(before) > _CONTEXT_CHARS:
        before = "…" + before[-_CONTEXT_CHARS:].split(maxsplit=1)[-1]
    if len(after) > _CONTEXT_CHARS:
        after = after[:_CONTEXT_CHARS].rsplit(maxsplit=1)[0] + "…"
    return " ".join(f"{before}[{text[start:end]}]{after}".split())


def _best_partner(span: tuple[int, int], others: Sequence[tuple[int, int]]) -> int | None:
    """Index of the span of ``others`` overlapping ``span`` most (the first on ties), if any."""
    best = max(range(len(others)), key=lambda i: (_overlap(span, others[i]), -i), default=None)
    return best if best is not None and _overlap(span, others[best]) > 0 else None


def _miss(
    kind: str, name: str, doc: TimeMLDocument, gold: TimexTag | None, system: TimexTag | None
) -> Miss:
    anchor = gold or system
    assert anchor is not None
    return Miss(
        kind, name, gold, system, sentence_context(doc.text, anchor.char_start, anchor.char_end)
    )


def compare_documents(name: str, gold: TimeMLDocument, system: TimeMLDocument) -> FileResult:
    """Score the timexes of ``system`` against ``gold`` (documents of the same text)."""
    if "".join(gold.text.split()) != "".join(system.text.split()):
        return _unscored(name, gold, "system text differs from the gold text")
    gold_offsets, system_offsets = _compact_offsets(gold.text), _compact_offsets(system.text)
    gold_spans = [_compact_span(gold_offsets, t) for t in gold.timexes]
    system_spans = [_compact_span(system_offsets, t) for t in system.timexes]
    misses = []
    counts = defaultdict(int)
    for timex, span in zip(gold.timexes, gold_spans, strict=True):
        index = _best_partner(span, system_spans)
        if index is None:
            misses.append(_miss("missed", name, gold, timex, None))
            continue
        partner = system.timexes[index]
        strict = span in system_spans
        checks = {
            "span": strict,
            "value": partner.value == timex.value,
            "type": partner.type == timex.type,
        }
        counts["relaxed_gold"] += 1
        counts["strict_gold"] += strict
        counts["value_correct"] += checks["value"]
        counts["type_correct"] += checks["type"]
        misses += [_miss(kind, name, gold, timex, partner) for kind, ok in checks.items() if not ok]
    for timex, span in zip(system.timexes, system_spans, strict=True):
        relaxed = any(_overlap(span, g) > 0 for g in gold_spans)
        counts["relaxed_system"] += relaxed
        counts["strict_system"] += span in gold_spans
        if not relaxed:
            misses.append(_miss("spurious", name, system, None, timex))
    scores = Scores(files=1, gold=len(gold.timexes), system=len(system.timexes), **counts)
    return FileResult(name, scores, tuple(misses))


def _unscored(name: str, gold: TimeMLDocument | None, problem: str) -> FileResult:
    gold_count = len(gold.timexes) if gold else 0
    return FileResult(name, Scores(files=1, gold=gold_count), problem=problem)


def compare_files(
    gold_path: str | os.PathLike[str], system_path: str | os.PathLike[str]
) -> FileResult:
    """Score one system TimeML file against its gold file (problems reported, not raised)."""
    name = Path(gold_path).name
    try:
        gold = read_timeml(read_file(gold_path))
    except (OSError, ValueError) as error:
        return _unscored(name, None, f"gold file unreadable: {error}")
    try:
        system = read_timeml(read_file(system_path))
    except FileNotFoundError:
        return _unscored(name, gold, "no system file")
    except (OSError, ValueError) as error:
        return _unscored(name, gold, f"system file unreadable: {error}")
    return compare_documents(name, gold, system)


def evaluate_dirs(
    gold_dir: str | os.PathLike[str], sys_dir: str | os.PathLike[str], name: str | None = None
) -> Evaluation:
    """Compare every gold TimeML file with the system file of the same name."""
    results = tuple(
        compare_files(path, Path(sys_dir) / path.name) for path in timeml_files(gold_dir)
    )
    return Evaluation(name or Path(gold_dir).name, results)


def score_dirs(gold_dir: str | os.PathLike[str], sys_dir: str | os.PathLike[str]) -> Scores:
    """The TempEval-3 timex scores of the system folder against the gold folder."""
    return evaluate_dirs(gold_dir, sys_dir).scores


def _shape(text: str) -> str:
    return re.sub(r"\d", "9", " ".join(text.lower().split()))


def worst_misses(misses: Iterable[Miss], per_kind: int = 10) -> list[MissGroup]:
    """The most frequent misses: groups by kind and text shape, largest first, per kind."""
    groups: dict[tuple[str, str], list[Miss]] = defaultdict(list)
    for miss in misses:
        timex = miss.gold or miss.system
        assert timex is not None
        groups[miss.kind, _shape(timex.text)].append(miss)
    ranked = sorted(
        groups.items(), key=lambda item: (MISS_KINDS.index(item[0][0]), -len(item[1]), item[0][1])
    )
    shown: dict[str, int] = defaultdict(int)
    result = []
    for (kind, shape), members in ranked:
        if shown[kind] < per_kind:
            shown[kind] += 1
            result.append(MissGroup(kind, shape, tuple(members)))
    return result


def _describe(timex: TimexTag | None) -> str:
    if timex is None:
        return "-"
    mod = f" {timex.mod}" if timex.mod else ""
    return f'"{timex.text}" {timex.type} {timex.value}{mod}'


def format_misses(misses: Sequence[Miss], per_kind: int = 10, examples: int = 2) -> str:
    """Text listing of the :func:`worst_misses`: per kind, each group with a few examples."""
    totals = Counter(miss.kind for miss in misses)
    lines = []
    kind = None
    for group in worst_misses(misses, per_kind):
        if group.kind != kind:
            kind = group.kind
            lines.append(f"\n== {kind}: {totals[kind]} ==")
        lines.append(f"{len(group.misses):4d}  {group.shape}")
        for miss in group.misses[:examples]:
            described = f"gold {_describe(miss.gold)} | system {_describe(miss.system)}"
            lines.append(f"      {described}  [{miss.file}]")
            lines.append(f"        {miss.context}")
    return "\n".join(lines).lstrip("\n") or "no misses"


_COLUMNS = (
    ("files", "files"),
    ("gold", "gold"),
    ("sys", "system"),
    ("str.P", "strict_precision"),
    ("str.R", "strict_recall"),
    ("str.F1", "strict_f1"),
    ("rel.P", "relaxed_precision"),
    ("rel.R", "relaxed_recall"),
    ("rel.F1", "relaxed_f1"),
    ("val.acc", "value_accuracy"),
    ("val.F1", "value_f1"),
    ("typ.acc", "type_accuracy"),
    ("typ.F1", "type_f1"),
)


def _cell(number: float) -> str:
    """Counts as they are, measures as percentages."""
    return str(number) if isinstance(number, int) else f"{100 * number:.2f}"


def format_report(evaluations: Sequence[Evaluation]) -> str:
    """A text table of the scores, one row per corpus (and a total row for several)."""
    rows = [(e.name, e.scores) for e in evaluations]
    if len(rows) > 1:
        rows.append(("total", sum((scores for _, scores in rows), Scores())))
    width = max(len(name) for name, _ in rows + [("corpus", None)])
    header = "corpus".ljust(width) + "".join(f" {title:>7}" for title, _ in _COLUMNS)
    lines = [header]
    for name, scores in rows:
        cells = (_cell(getattr(scores, attr)) for _, attr in _COLUMNS)
        lines.append(name.ljust(width) + "".join(f" {cell:>7}" for cell in cells))
    problems = [p for e in evaluations for p in e.problems]
    if problems:
        lines.append(f"{len(problems)} files not scored (their gold timexes count as missed):")
        lines += [f"  {problem}" for problem in problems]
    return "\n".join(lines)


def main_report(
    gold_dirs: Sequence[str | os.PathLike[str]],
    sys_dirs: Sequence[str | os.PathLike[str]],
    misses: int = 0,
) -> str:
    """Score each gold folder against the system folder at the same position; the report.

    With ``misses`` > 0, the report also lists up to that many groups of misses per kind.
    """
    if len(gold_dirs) != len(sys_dirs):
        raise ValueError("give one system folder per gold folder")
    evaluations = [evaluate_dirs(g, s) for g, s in zip(gold_dirs, sys_dirs, strict=True)]
    report = format_report(evaluations)
    if misses > 0:
        all_misses = [miss for e in evaluations for miss in e.misses]
        report += "\n\n" + format_misses(all_misses, misses)
    return report
