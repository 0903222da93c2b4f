"""Articles and their readers: text, Markdown, JSON, JSON Lines and HTML, files, folders, globs.

Readers never raise on a bad file: each problem becomes a :class:`ReadFailure` naming the
file and the reason, and the other files are still read.

>>> result = read_articles(["data"], published="2021-07-08")  # doctest: +SKIP
>>> [a.title for a in result.articles]  # doctest: +SKIP
"""

from __future__ import annotations

import glob
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from timeline.days import parse_day

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES
MAX_TITLE_LENGTH = 200


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: cleaned text plus the metadata dates are anchored to.

    ``published`` may be given as a string ("2021-07-08"); it is kept as a ``date``.
    """

    article_id: str
    title: str
    text: str
    published: date | None = None
    url: str = ""
    source: str = ""
    path: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.published, str):
            day = parse_day(self.published)
            if day is None:
                raise ValueError(f"unreadable publication date {self.published!r}")
            object.__setattr__(self, "published", day)


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A file (or one record of it) that could not be read, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What :func:`read_articles` found: the articles, and the failures by file."""

    articles: tuple[Article, ...]
    failures: tuple[ReadFailure, ...]

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    @property
    def undated(self) -> tuple[Article, ...]:
        """Articles with no publication date: their relative dates stay unresolved."""
        return tuple(article for article in self.articles if article.published is None)


class ArticleError(ValueError):
    """A file's content cannot be turned into an article; the message says why."""


# ---------------------------------------------------------------- public entry points


def read_articles(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    published: date | str | None = None,
) -> ReadResult:
    """Read every article under ``inputs`` (files, folders read recursively, or globs).

    ``published`` is the publication date for articles whose own metadata has none.
    """
    articles: list[Article] = []
    failures: list[ReadFailure] = []
    for item in iter_articles(inputs, published):
        (articles if isinstance(item, Article) else failures).append(item)
    return ReadResult(tuple(articles), tuple(failures))


def iter_articles(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    published: date | str | None = None,
) -> Iterator[Article | ReadFailure]:
    """Stream articles (and failures) file by file, without loading a whole folder first."""
    fallback = parse_day(published) if published is not None else None
    if published is not None and fallback is None:
        raise ArticleError(f"--published {published!r} is not a date (use YYYY-MM-DD)")
    for path in expand_inputs(inputs):
        yield from read_file(path, fallback)


def expand_inputs(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> Iterator[Path | ReadFailure]:
    """Turn files, folders and glob patterns into file paths, in a stable sorted order.

    Folders are walked recursively for supported files, skipping hidden files and READMEs.
    An input that matches nothing becomes a :class:`ReadFailure`.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    for raw in inputs:
        name = os.fspath(raw)
        path = Path(name)
        if path.is_dir():
            yield from sorted(_walk(path))
        elif path.exists() or path.is_symlink():
            yield path
        elif glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield ReadFailure(name, "no file matches this pattern")
            for match in matches:
                match_path = Path(match)
                yield from sorted(_walk(match_path)) if match_path.is_dir() else [match_path]
        else:
            yield ReadFailure(name, "no such file or folder")


def read_file(
    path: Path | ReadFailure, published: date | None = None
) -> Iterator[Article | ReadFailure]:
    """Read one file into its articles, or a failure saying why it cannot be read."""
    if isinstance(path, ReadFailure):
        yield path
        return
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield ReadFailure(
            str(path),
            f"unsupported file type {suffix or '(none)'!r}; "
            f"use one of {', '.join(sorted(SUPPORTED_SUFFIXES))}",
        )
        return
    try:
        data = path.read_bytes()
        if suffix in HTML_SUFFIXES:  # a page declares its own charset: trafilatura reads it
            records: list[Article | ReadFailure] = [parse_html(_html_bytes(data), path)]
        elif suffix in TEXT_SUFFIXES:
            records = [parse_text(decode(data), path)]
        else:
            records = list(parse_json_records(decode(data), path))
    except (OSError, ArticleError) as error:
        yield ReadFailure(str(path), _reason(error))
        return
    for record in records:
        if isinstance(record, Article) and record.published is None and published is not None:
            record = replace(record, published=published)
        yield record


# ---------------------------------------------------------------- decoding and metadata


def decode(data: bytes) -> str:
    """Decode file bytes as UTF-8 (a BOM, UTF-16 with BOM allowed); refuse binary data."""
    if not data.strip():
        raise ArticleError("the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise ArticleError("the file is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"not valid UTF-8 (byte {data[error.start]:#04x} at offset {error.start}); "
            "re-save the file as UTF-8"
        ) from None


def _metadata_date(metadata: dict[str, Any], *keys: str) -> date | None:
    for key in keys:
        raw = metadata.get(key)
        if raw not in (None, ""):
            parsed = parse_day(raw)
            if parsed is None:
                raise ArticleError(f"{key} {raw!r} is not a date (use YYYY-MM-DD)")
            return parsed
    return None


def _text_field(metadata: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = metadata.get(key)
        if value not in (None, ""):
            return str(value).strip()
    return ""


# ---------------------------------------------------------------- formats

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def parse_text(content: str, path: Path) -> Article:
    """A ``.txt``/``.md`` article, with optional YAML front matter (title, published, url…)."""
    metadata: dict[str, Any] = {}
    match = _FRONT_MATTER.match(content)
    if match:
        import yaml

        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as error:
            raise ArticleError(f"malformed YAML front matter: {_first_line(error)}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ArticleError("the YAML front matter is not a mapping of keys to values")
        metadata = loaded or {}
        content = content[match.end() :]
    text = clean_text(content)
    if not text:
        raise ArticleError("the article has no text")
    title = _text_field(metadata, "title") or _first_line_title(text)
    return Article(
        article_id=_text_field(metadata, "id") or path.stem,
        title=title,
        text=text,
        published=_metadata_date(metadata, "published", "date"),
        url=_text_field(metadata, "url"),
        source=_text_field(metadata, "source"),
        path=str(path),
    )


def parse_json_records(content: str, path: Path) -> Iterator[Article | ReadFailure]:
    """Articles from ``.json`` (one object or a list) or ``.jsonl`` (one object a line).

    A record needs ``text`` or ``body``; ``title``, ``published`` or ``date``, ``url``,
    ``id`` and ``source`` are used when present. A bad record is a failure of its own.
    """
    if path.suffix.lower() == ".json":
        try:
            loaded = json.loads(content)
        except json.JSONDecodeError as error:
            raise ArticleError(f"malformed JSON: {error}") from None
        items = loaded if isinstance(loaded, list) else [loaded]
        single = len(items) == 1
        located = [(str(path) if single else f"{path}[{i}]", item) for i, item in enumerate(items)]
    else:
        located = []
        for number, line in enumerate(content.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                located.append((f"{path}:{number}", json.loads(line)))
            except json.JSONDecodeError as error:
                yield ReadFailure(f"{path}:{number}", f"malformed JSON line: {error}")
        single = False
        if not located:
            return
    for index, (where, record) in enumerate(located):
        try:
            yield _json_article(record, path, index, single)
        except ArticleError as error:
            yield ReadFailure(where, str(error))


def _json_article(record: Any, path: Path, index: int, single: bool) -> Article:
    if not isinstance(record, dict):
        raise ArticleError("a record must be a JSON object with a 'text' or 'body' field")
    raw_text = record.get("text", record.get("body"))
    if not isinstance(raw_text, str) or not raw_text.strip():
        raise ArticleError("the record has no 'text' or 'body'")
    text = clean_text(raw_text)
    default_id = path.stem if single else f"{path.stem}-{index + 1}"
    return Article(
        article_id=_text_field(record, "id") or default_id,
        title=_text_field(record, "title") or _first_line_title(text),
        text=text,
        published=_metadata_date(record, "published", "date"),
        url=_text_field(record, "url"),
        source=_text_field(record, "source"),
        path=str(path),
    )


def _html_bytes(data: bytes) -> str | bytes:
    """HTML as text when it is UTF-8, else the bytes, for the page's own charset to decode."""
    try:
        return decode(data)
    except ArticleError as error:
        if "UTF-8" not in str(error):
            raise
        return data


def parse_html(content: str | bytes, path: Path) -> Article:
    """An HTML page: main text, title and publication date extracted by trafilatura."""
    import trafilatura

    document = trafilatura.bare_extraction(
        content,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        as_dict=False,
        # metadata only: a date guessed from the body text could anchor everything wrongly
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise ArticleError("no article text found in the HTML page")
    text = clean_text(text)
    return Article(
        article_id=path.stem,
        title=(document.title or "").strip() or _first_line_title(text),
        text=text,
        published=parse_day(document.date),
        url=(document.url or "").strip(),
        source=(document.sitename or "").strip(),
        path=str(path),
    )


# ---------------------------------------------------------------- scraping junk

# "John KerryJohn KerryHow the US could help … MORE": text of related-headline links glued to
# a name (a lowercase letter straight followed by a capital) and closed by the word MORE.
_RELATED_LINKS = re.compile(r"(?<=[a-z])(?=[A-Z])[^\n]{0,600}? MORE\b")
_SPACES = re.compile(r"[ \t]+")
_JUNK_LINE = re.compile(
    r"^\s*(?:©.*|\(?(?:photo|image)s?(?: credit)?:.*|getty images|advertisement|"
    r"(?:read|see) more:?.*|share (?:this|on).*|sign up.*newsletter.*|subscribe.*|"
    r"click here.*|related:.*)\s*$",
    re.I,
)


# "[the order](https://...)" keeps "the order"; "![photo](https://...)" goes.
_MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]*)\]\((?:https?://|www\.|/)[^)\s]*\)")


def clean_text(text: str) -> str:
    """Remove scraping junk: related-headline link text, photo credits, share/subscribe lines,
    and paragraphs repeated straight after themselves; keep the words of Markdown links and
    drop their addresses and images; normalise line endings and spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _MARKDOWN_LINK.sub(lambda link: "" if link[0].startswith("!") else link[1], text)
    text = _RELATED_LINKS.sub("", text)
    paragraphs: list[str] = []
    last_paragraph = ""
    for line in text.split("\n"):
        stripped = _SPACES.sub(" ", line).strip()
        if _JUNK_LINE.match(stripped) or (stripped and stripped == last_paragraph):
            continue
        if stripped or (paragraphs and paragraphs[-1]):
            paragraphs.append(stripped)
        last_paragraph = stripped or last_paragraph
    return "\n".join(paragraphs).strip()


# ---------------------------------------------------------------- small helpers


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in files:
            candidate = Path(root, name)
            if (
                candidate.suffix.lower() in SUPPORTED_SUFFIXES
                and not name.startswith(".")
                and not name.upper().startswith("README")
            ):
                yield candidate


def _first_line_title(text: str) -> str:
    first = text.split("\n", 1)[0].strip()
    return first if len(first) <= MAX_TITLE_LENGTH else first[: MAX_TITLE_LENGTH - 1] + "…"


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _reason(error: Exception) -> str:
    if isinstance(error, PermissionError):
        return "permission denied: the file cannot be read"
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(error, OSError):
        return f"cannot be read: {error.strerror or error}"
    return str(error)
