"""Article loading: the four formats, the publication-date cascade and the dateline."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from provenance.article.claims import extract_claims
from provenance.article.load import load_article
from provenance.errors import ArticleError

BODY = "CAIRO, Oct 3 (Reuters) - In the 42-second video, released on Tuesday, two men appeared. (c) 2017"
JSON_LD = """<!DOCTYPE html><html><head><title>Clip</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Clip", "datePublished": "2019-05-02T10:00:00Z"}</script></head>
<body><article><p>The 30-second video was filmed on Monday in Aleppo, the group said. It shows two men standing
in a street near the old market, which was damaged in the fighting.</p>
<p>Officials could not verify the footage, which was posted on Telegram.</p></article></body></html>"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_dateline_gives_the_publication_date_when_nothing_better_exists(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.txt", BODY))
    assert article.dateline is not None and article.dateline.place == "Cairo"
    assert (article.published, article.published_source) == (date(2017, 10, 3), "dateline")
    overridden = load_article(write(tmp_path, "b.txt", BODY), published=date(2017, 10, 4))
    assert overridden.published_source == "option:--published"


def test_markdown_is_text(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.md", "# Clip\n\nThe *42-second video* was filmed on Oct. 3, 2017."))
    assert article.format == "md" and article.title == "# Clip"
    assert [c.value for c in extract_claims(article.text)] == [42.0, "2017-10-03"]


def test_json_article(tmp_path: Path) -> None:
    doc = {"title": "Clip", "published": "2017-10-03T09:00:00Z", "text": BODY}
    path = write(tmp_path, "a.json", json.dumps(doc))
    article = load_article(path)
    assert (article.format, article.title, article.published, article.published_source) == (
        "json",
        "Clip",
        date(2017, 10, 3),
        "json:published",
    )
    for bad in ('{"title": "x"}', "[1, 2]", "{not json", '{"text": "x", "published": "Tuesday"}'):
        with pytest.raises(ArticleError):
            load_article(write(tmp_path, "bad.json", bad))


def test_html_json_ld_date_and_claims(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.html", JSON_LD))
    assert article.format == "html" and article.published == date(2019, 5, 2)
    kinds = [c.kind for c in extract_claims(article.text, article.published)]
    assert kinds == ["date", "duration", "date", "location", "people_count", "hedge", "source"]


def test_without_publication_date_relative_dates_stay_unresolved(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.txt", "The video was posted on Monday."))
    assert article.published is None
    [claim] = extract_claims(article.text, article.published)
    assert claim.value is None and "publication date" in (claim.reason or "")
