"""Reading articles: every input format, folders and globs, junk cleaning, bad input."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from timeline.articles import Article, ArticleError, clean_text, read_articles

FIXTURES = Path(__file__).parent / "fixtures"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# ---------------------------------------------------------------- formats


def test_text_with_front_matter(tmp_path: Path) -> None:
    path = write(
        tmp_path / "kerry.md",
        "---\ntitle: Kerry to visit Moscow\npublished: 2021-07-08\n"
        "url: https://example.org/kerry\nsource: Example\n---\n"
        "Kerry will visit Moscow next week.\n",
    )
    (article,) = read_articles(path).articles
    assert article.title == "Kerry to visit Moscow"
    assert article.published == date(2021, 7, 8)
    assert article.url == "https://example.org/kerry"
    assert article.source == "Example"
    assert article.text == "Kerry will visit Moscow next week."
    assert article.article_id == "kerry"


def test_plain_text_takes_its_first_line_as_title(tmp_path: Path) -> None:
    path = write(tmp_path / "note.txt", "Summit ends\n\nThe leaders met on Monday.\n")
    (article,) = read_articles(path).articles
    assert article.title == "Summit ends"
    assert article.published is None


def test_jsonl_records_with_text_or_body_and_published_or_date(tmp_path: Path) -> None:
    records = [
        {"id": "a", "title": "A", "text": "Talks were held on Monday.", "published": "2021-04-15"},
        {"title": "B", "body": "They met in June.", "date": "2021-06-20", "url": "https://b"},
    ]
    path = write(tmp_path / "news.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    first, second = read_articles(path).articles
    assert (first.article_id, first.published) == ("a", date(2021, 4, 15))
    assert (second.article_id, second.text, second.published) == (
        "news-2",
        "They met in June.",
        date(2021, 6, 20),
    )
    assert second.url == "https://b"


def test_json_file_with_one_object_or_a_list(tmp_path: Path) -> None:
    one = write(tmp_path / "one.json", json.dumps({"text": "Hello.", "published": "2020-01-02"}))
    many = write(tmp_path / "many.json", json.dumps([{"text": "A."}, {"text": "B."}]))
    assert [a.article_id for a in read_articles([one, many])] == ["one", "many-1", "many-2"]


def test_html_page_main_text_title_and_date() -> None:
    (article,) = read_articles(FIXTURES / "article.html").articles
    assert article.title == "Foreign ministers meet in Vienna"
    assert article.published == date(2021, 5, 20)
    assert article.url == "https://news.example.org/2021/05/20/vienna-talks"
    assert "met in Vienna on Wednesday" in article.text
    assert "tracking" not in article.text  # script
    assert "Subscribe" not in article.text  # navigation
    assert "All rights reserved" not in article.text  # footer


def test_html_page_in_its_declared_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Caf\u00e9 talks in Z\u00fcrich</title>'
        '<meta property="article:published_time" content="2021-05-20"></head><body><article>'
        "<p>The foreign ministers met at a caf\u00e9 in Z\u00fcrich on Monday to discuss the "
        "crisis, officials said after the meeting ended.</p></article></body></html>"
    )
    path = write(tmp_path / "latin.html", page.encode("latin-1"))
    (article,) = read_articles(path).articles
    assert article.title == "Caf\u00e9 talks in Z\u00fcrich"
    assert "caf\u00e9 in Z\u00fcrich on Monday" in article.text


def test_folders_are_read_recursively_and_globs_expand(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "First.")
    write(tmp_path / "sub" / "b.md", "Second.")
    write(tmp_path / "sub" / "README.md", "About this folder.")
    write(tmp_path / "sub" / "notes.csv", "not,an,article")
    assert [a.text for a in read_articles(tmp_path)] == ["First.", "Second."]
    assert [a.text for a in read_articles(str(tmp_path / "*" / "b.*"))] == ["Second."]


# ---------------------------------------------------------------- publication dates


def test_metadata_date_wins_over_published_option(tmp_path: Path) -> None:
    dated = write(tmp_path / "dated.md", "---\npublished: 2021-07-08\n---\nText.")
    undated = write(tmp_path / "undated.txt", "Text.")
    result = read_articles([dated, undated], published="2022-01-01")
    assert [a.published for a in result] == [date(2021, 7, 8), date(2022, 1, 1)]
    assert result.undated == ()


def test_articles_without_any_date_are_listed_not_anchored_to_today(tmp_path: Path) -> None:
    result = read_articles(write(tmp_path / "undated.txt", "They met yesterday."))
    assert [a.published for a in result.undated] == [None]


def test_bad_published_option_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="not a date"):
        read_articles(write(tmp_path / "a.txt", "Text."), published="soon")


# ---------------------------------------------------------------- scraping junk


def test_related_headline_links_after_names_are_removed() -> None:
    scraped = (
        "U.S. climate envoy John KerryJohn KerryHow the US could help Australia "
        "No. 2 State Department official to travel to China amid tensions MORE will visit "
        "Moscow. Putin said Russia asked 24 diplomats to leave by September."
    )
    assert clean_text(scraped) == (
        "U.S. climate envoy John Kerry will visit Moscow. "
        "Putin said Russia asked 24 diplomats to leave by September."
    )


def test_photo_credits_and_repeated_title_are_removed() -> None:
    scraped = "Kerry to visit Moscow\n\nKerry to visit Moscow\n© Getty Images\n\nKerry will go."
    assert clean_text(scraped) == "Kerry to visit Moscow\n\nKerry will go."


def test_markdown_links_keep_their_words_and_lose_their_addresses() -> None:
    scraped = (
        "He signed an [Executive Order](https://example.gov/actions/2021/01/27/order/). "
        "![Biden signs](https://example.gov/photo.jpg)It took effect [1]."
    )
    assert clean_text(scraped) == "He signed an Executive Order. It took effect [1]."


def test_seed_article_loses_its_junk() -> None:
    (seed,) = read_articles(Path("data/thehill/kerry-moscow-2021.md")).articles
    assert seed.published == date(2021, 7, 8)
    assert "MORE" not in seed.text and "by September" not in seed.text
    assert "John Kerry will visit Moscow to speak to officials next week" in seed.text


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", "", "empty"),
        ("blank.md", "  \n\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("latin1.txt", "Caf\u00e9 talks".encode("latin-1"), "not valid UTF-8"),
        ("broken.json", '{"text": "unfinished', "malformed JSON"),
        ("notext.json", '{"title": "no body"}', "no 'text' or 'body'"),
        ("front.md", "---\ntitle: [unclosed\n---\nText.", "malformed YAML"),
        ("table.xlsx", b"PK\x03\x04", "unsupported file type"),
        ("empty.html", "<html><head><title>T</title></head><body></body></html>", "no article"),
        ("baddate.md", "---\npublished: someday\n---\nText.", "not a date"),
    ],
)
def test_a_bad_file_is_reported_by_name_and_the_others_still_read(
    tmp_path: Path, name: str, content: str | bytes, reason: str
) -> None:
    bad = write(tmp_path / name, content)
    good = write(tmp_path / "good.txt", "Good article.")
    result = read_articles([bad, good])
    assert [a.text for a in result] == ["Good article."]
    (failure,) = result.failures
    assert failure.path == str(bad)
    assert reason in failure.reason


def test_one_malformed_jsonl_line_does_not_lose_the_others(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", '{"text": "One."}\n{oops\n{"text": "Three."}\n')
    result = read_articles(path)
    assert [a.text for a in result] == ["One.", "Three."]
    assert [f.path for f in result.failures] == [f"{path}:2"]


def test_missing_inputs_and_unreadable_files_are_failures(tmp_path: Path) -> None:
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    result = read_articles([tmp_path / "absent.txt", str(tmp_path / "*.nothing"), dangling])
    reasons = [f.reason for f in result.failures]
    assert reasons[0] == "no such file or folder"
    assert reasons[1] == "no file matches this pattern"
    assert "cannot be read" in reasons[2]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission_is_a_failure(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", "Text.")
    path.chmod(0)
    assert "permission denied" in read_articles(path).failures[0].reason


def test_an_article_built_by_hand_takes_its_date_as_a_string() -> None:
    article = Article("a", "", "Biden met Putin on June 16.", "2021-07-08")
    assert article.published == date(2021, 7, 8)
    with pytest.raises(ValueError, match="unreadable publication date"):
        Article("a", "", "text", "not a date")
