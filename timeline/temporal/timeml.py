"""TimeML (TempEval-3 format) reading, stripping and annotation.

A TempEval-3 file holds a ``<DCT>`` timex (the document creation time) and a ``<TEXT>``
element whose content is the document text with inline ``TIMEX3``/``EVENT``/``SIGNAL``
tags. Offsets here are into the *plain* text: the ``TEXT`` content with tags removed and
XML entities (``&amp;`` ...) unescaped, exactly as a scorer compares documents::

    doc = read_timeml(read_file("wsj_0001.tml"))
    doc.text[doc.timexes[0].char_start : doc.timexes[0].char_end]  # "Nov. 29"

TimeML is a fixed machine format, so the markup is read with regular expressions; the
characters between tags are never rewritten, only tags removed or inserted.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.io import atomic_write_text
from timeline.temporal.model import Timex

Tagger = Callable[[str, date | None], Sequence[Timex]]
"""A temporal tagger: ``tagger(plain_text, published) -> timexes`` (offsets into the text)."""

TIMEML_SUFFIXES = (".tml", ".xml")

_TAG = re.compile(r"<(/?)([A-Za-z_][\w.:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>")
_ATTR = re.compile(r"([\w.:-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);")
_NAMED_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_TEXT_ELEMENT = re.compile(r"(<TEXT(?:\s[^>]*)?>)(.*?)(</TEXT>)", re.S)
_DCT_TIMEX = re.compile(r"<DCT\b[^>]*>\s*<TIMEX3\b([^>]*)>", re.S)
_LINKS = re.compile(r"[ \t]*<(TLINK|SLINK|ALINK)\b[^>]*/>[ \t]*\r?\n?")
_INSTANCES = re.compile(r"[ \t]*<MAKEINSTANCE\b[^>]*/>[ \t]*\r?\n?")
_CALENDAR_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TID_NUMBER = re.compile(r"tid\s*=\s*[\"']t(\d+)[\"']")


class TimeMLError(ValueError):
    """The content is not a TempEval-3 TimeML document (for example it has no TEXT)."""


@dataclass(frozen=True, slots=True)
class TimexTag:
    """A TIMEX3 annotation, offsets into the document's plain text (end exclusive)."""

    tid: str
    char_start: int
    char_end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """What a scorer reads from a TimeML file."""

    dct: str | None  # value of the DCT timex, e.g. "1998-01-08" or "1998-08-07T06:18"
    raw_text: str  # the characters between <TEXT> and </TEXT>, tags and entities included
    text: str  # plain text: tags removed, entities unescaped
    timexes: tuple[TimexTag, ...]  # TIMEX3 inside TEXT (the DCT is not among them)


@dataclass(frozen=True, slots=True)
class Annotated:
    """The result of :func:`annotate`: the new file and the timexes it could not insert."""

    content: str
    inserted: int
    skipped: tuple[Timex, ...]  # overlapping another timex, or crossing another tag


@dataclass(frozen=True, slots=True)
class DirSummary:
    """What :func:`annotate_dir` or :func:`strip_dir` did, file by file."""

    written: tuple[str, ...]
    failed: tuple[tuple[str, str], ...]  # (file name, reason)
    notes: tuple[str, ...] = ()  # warnings about files that were written

    def __str__(self) -> str:
        lines = [f"{len(self.written)} files written, {len(self.failed)} failed"]
        lines += [f"  failed {name}: {reason}" for name, reason in self.failed]
        lines += [f"  note {note}" for note in self.notes]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class _Tag:
    raw_start: int
    raw_end: int
    name: str
    attrs: str
    kind: str  # "open", "close" or "empty"
    plain_pos: int  # offset in the plain text where the tag stands


@dataclass(frozen=True, slots=True)
class _Markup:
    """Inline markup split into plain text, tags and the raw extent of every plain char."""

    raw: str
    plain: str
    tags: tuple[_Tag, ...]
    char_starts: tuple[int, ...]  # raw offset where plain char i begins
    char_ends: tuple[int, ...]  # raw offset just after plain char i


def unescape(raw: str) -> str:
    """Replace the XML entities of ``raw`` by their characters (``&amp;`` -> ``&``)."""
    return _ENTITY.sub(lambda m: _entity_char(m.group(1)), raw)


def escape(text: str, quote: bool = False) -> str:
    """Escape ``&``, ``<``, ``>`` (and ``"`` with ``quote``) for XML content or attributes."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text


def _entity_char(name: str) -> str:
    if name.startswith("#x"):
        return chr(int(name[2:], 16))
    if name.startswith("#"):
        return chr(int(name[1:]))
    return _NAMED_ENTITIES[name]


def _attributes(attrs: str) -> dict[str, str]:
    return {m.group(1): unescape(m.group(2) or m.group(3) or "") for m in _ATTR.finditer(attrs)}


def _parse_markup(raw: str) -> _Markup:
    plain: list[str] = []
    tags: list[_Tag] = []
    starts: list[int] = []
    ends: list[int] = []

    def add_chars(chunk_start: int, chunk_end: int) -> None:
        pos = chunk_start
        for entity in _ENTITY.finditer(raw, chunk_start, chunk_end):
            for i in range(pos, entity.start()):
                plain.append(raw[i])
                starts.append(i)
                ends.append(i + 1)
            plain.append(_entity_char(entity.group(1)))
            starts.append(entity.start())
            ends.append(entity.end())
            pos = entity.end()
        for i in range(pos, chunk_end):
            plain.append(raw[i])
            starts.append(i)
            ends.append(i + 1)

    pos = 0
    for m in _TAG.finditer(raw):
        add_chars(pos, m.start())
        kind = "close" if m.group(1) else "empty" if m.group(4) else "open"
        tags.append(_Tag(m.start(), m.end(), m.group(2), m.group(3), kind, len(plain)))
        pos = m.end()
    add_chars(pos, len(raw))
    return _Markup(raw, "".join(plain), tuple(tags), tuple(starts), tuple(ends))


def _text_element(content: str) -> re.Match[str]:
    match = _TEXT_ELEMENT.search(content)
    if match is None:
        raise TimeMLError("no <TEXT>...</TEXT> element: not a TempEval-3 TimeML file")
    return match


def _replace_text(content: str, match: re.Match[str], raw_text: str) -> str:
    return content[: match.start(2)] + raw_text + content[match.end(2) :]


def read_dct(content: str) -> str | None:
    """Return the value of the document creation time (``<DCT><TIMEX3 value=...>``), if any."""
    match = _DCT_TIMEX.search(content)
    return _attributes(match.group(1)).get("value") if match else None


def dct_date(value: str | None) -> date | None:
    """The calendar day of a DCT value (``"1998-08-07T06:18"`` -> 1998-08-07), else None."""
    match = _CALENDAR_DAY.match(value or "")
    try:
        return date.fromisoformat(match.group()) if match else None
    except ValueError:  # 1998-02-30
        return None


def _timex_tags(markup: _Markup) -> tuple[TimexTag, ...]:
    timexes = []
    opened: _Tag | None = None
    for tag in markup.tags:
        if tag.name != "TIMEX3":
            continue
        if tag.kind == "open":
            opened = tag
        elif tag.kind == "close" and opened is not None:
            attrs = _attributes(opened.attrs)
            start, end = opened.plain_pos, tag.plain_pos
            timexes.append(
                TimexTag(
                    tid=attrs.get("tid", ""),
                    char_start=start,
                    char_end=end,
                    text=markup.plain[start:end],
                    type=attrs.get("type", ""),
                    value=attrs.get("value", ""),
                    mod=attrs.get("mod"),
                )
            )
            opened = None
    return tuple(timexes)


def read_timeml(content: str) -> TimeMLDocument:
    """Read the DCT value, the TEXT content and its TIMEX3 annotations from a TimeML file.

    >>> doc = read_timeml('<TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3></TEXT>')
    >>> doc.text, doc.timexes[0].char_start, doc.timexes[0].value
    ('On 1998', 3, '1998')
    """
    raw_text = _text_element(content).group(2)
    markup = _parse_markup(raw_text)
    return TimeMLDocument(read_dct(content), raw_text, markup.plain, _timex_tags(markup))


def _remove_tags(raw: str, names: Iterable[str] | None) -> str:
    """Remove the tags of ``raw`` with these names (all tags when ``names`` is None)."""
    wanted = None if names is None else set(names)
    return _TAG.sub(lambda m: "" if wanted is None or m.group(2) in wanted else m.group(0), raw)


def strip(content: str, keep_events: bool = False) -> str:
    """Turn a gold TimeML file into TempEval-3 input: no annotation left inside TEXT.

    The DCT and everything outside TEXT stay; the TLINK/SLINK/ALINK elements go (they point
    at annotations that are gone), and so do EVENT, SIGNAL and MAKEINSTANCE unless
    ``keep_events``. The plain text is unchanged character for character.
    """
    match = _text_element(content)
    names = ("TIMEX3",) if keep_events else None
    stripped = _replace_text(content, match, _remove_tags(match.group(2), names))
    stripped = _LINKS.sub("", stripped)
    return stripped if keep_events else _INSTANCES.sub("", stripped)


def _used_tids(content: str) -> set[int]:
    return {int(number) for number in _TID_NUMBER.findall(content)}


def _fresh_tids(used: set[int]) -> Iterable[str]:
    number = 1
    while True:
        if number not in used:
            yield f"t{number}"
        number += 1


def _open_tag(tid: str, timex: Timex) -> str:
    attrs = {"tid": tid, "type": timex.type, "value": timex.value, "mod": timex.mod}
    rendered = " ".join(f'{key}="{escape(val, quote=True)}"' for key, val in attrs.items() if val)
    return f"<TIMEX3 {rendered}>"


def _boundary_positions(markup: _Markup, raw_pos: int, before: bool) -> list[int]:
    """Raw positions reachable from ``raw_pos`` by stepping over adjacent tags only.

    Innermost first: ``before`` walks left over the tags that end where the character starts,
    otherwise right over the tags that start where the character ends.
    """
    by_edge = {(tag.raw_end if before else tag.raw_start): tag for tag in markup.tags}
    positions = [raw_pos]
    while (tag := by_edge.get(positions[-1])) is not None:
        positions.append(tag.raw_start if before else tag.raw_end)
    return positions


def _balanced(tags: Sequence[_Tag]) -> bool:
    stack: list[str] = []
    for tag in tags:
        if tag.kind == "open":
            stack.append(tag.name)
        elif tag.kind == "close" and (not stack or stack.pop() != tag.name):
            return False
    return not stack


def _insertion_points(markup: _Markup, timex: Timex) -> tuple[int, int] | None:
    """Raw positions for a timex's open and close tags that keep the markup well nested."""
    if not 0 <= timex.char_start < timex.char_end <= len(markup.plain):
        return None
    tag_starts = [tag.raw_start for tag in markup.tags]
    opens = _boundary_positions(markup, markup.char_starts[timex.char_start], before=True)
    closes = _boundary_positions(markup, markup.char_ends[timex.char_end - 1], before=False)
    for close in closes:
        for open_ in opens:
            inside = markup.tags[
                bisect.bisect_left(tag_starts, open_) : bisect.bisect_left(tag_starts, close)
            ]
            if _balanced(inside):
                return open_, close
    return None


def insert_timexes(content: str, timexes: Iterable[Timex]) -> Annotated:
    """Replace the TIMEX3 tags inside TEXT by ``timexes`` (offsets into the plain text).

    Timexes that overlap an earlier (or longer) one, or that cannot be tagged without
    crossing another tag, are skipped and returned in :attr:`Annotated.skipped`.
    """
    match = _text_element(content)
    raw_text = _remove_tags(match.group(2), ("TIMEX3",))
    markup = _parse_markup(raw_text)
    outside = content[: match.start(2)] + content[match.end(2) :]
    tids = _fresh_tids(_used_tids(outside))
    inserts: list[tuple[int, int, str]] = []  # (raw position, order, text)
    skipped = []
    last_end = -1
    for timex in sorted(timexes, key=lambda t: (t.char_start, -t.char_end)):
        points = None if timex.char_start < last_end else _insertion_points(markup, timex)
        if points is None:
            skipped.append(timex)
            continue
        inserts += [(points[0], 1, _open_tag(next(tids), timex)), (points[1], 0, "</TIMEX3>")]
        last_end = timex.char_end
    pieces, pos = [], 0
    for raw_pos, _, tag in sorted(inserts):
        pieces += [raw_text[pos:raw_pos], tag]
        pos = raw_pos
    pieces.append(raw_text[pos:])
    new_content = _replace_text(content, match, "".join(pieces))
    return Annotated(new_content, len(inserts) // 2, tuple(skipped))


def annotate(content: str, tagger: Tagger) -> Annotated:
    """Tag the TEXT of a TimeML file with ``tagger`` (DCT day as publication date).

    TIMEX3 tags already inside TEXT are replaced; everything else is kept character for
    character, including EVENT and SIGNAL tags (a timex that would cross one is skipped).
    """
    doc = read_timeml(content)
    return insert_timexes(content, tagger(doc.text, dct_date(doc.dct)))


def read_file(path: str | os.PathLike[str]) -> str:
    """Read a TimeML file as UTF-8 without newline translation (offsets count ``\\r``)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def timeml_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The TimeML files (``*.tml``, ``*.xml``) directly inside ``folder``, sorted by name."""
    return sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in TIMEML_SUFFIXES)


def _map_dir(
    in_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    transform: Callable[[str], tuple[str, str]],
) -> DirSummary:
    written, failed, notes = [], [], []
    for path in timeml_files(in_dir):
        try:
            content, note = transform(read_file(path))
        except Exception as error:  # one bad file (or tagger bug) must not stop the batch
            failed.append((path.name, f"{type(error).__name__}: {error}"))
            continue
        atomic_write_text(Path(out_dir) / path.name, content)
        written.append(path.name)
        if note:
            notes.append(f"{path.name}: {note}")
    return DirSummary(tuple(written), tuple(failed), tuple(notes))


def _default_tagger() -> Tagger:
    from timeline.temporal import tag

    return tag


def annotate_dir(
    in_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    tagger: Tagger | None = None,
) -> DirSummary:
    """Annotate every TimeML file of ``in_dir`` into ``out_dir`` (same names).

    ``tagger`` defaults to :func:`timeline.temporal.tag`. A file that cannot be read is
    listed in :attr:`DirSummary.failed` and the others are still processed.
    """
    chosen = tagger or _default_tagger()

    def transform(content: str) -> tuple[str, str]:
        result = annotate(content, chosen)
        if not result.skipped:
            return result.content, ""
        texts = ", ".join(repr(t.text) for t in result.skipped)
        return result.content, f"{len(result.skipped)} overlapping timexes skipped: {texts}"

    return _map_dir(in_dir, out_dir, transform)


def strip_dir(
    gold_dir: str | os.PathLike[str], out_dir: str | os.PathLike[str], keep_events: bool = False
) -> DirSummary:
    """Write the TempEval-3 input version (see :func:`strip`) of every gold file."""
    return _map_dir(gold_dir, out_dir, lambda content: (strip(content, keep_events), ""))
