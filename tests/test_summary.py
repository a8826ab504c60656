"""Honest summaries: an article in another language, or one that makes no claim about a video, is not
"consistent" because a publication date was given."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from provenance import check, exit_code
from provenance.cli import app
from provenance.report.text import render_text

from .conftest import SAMPLES

CLIP = SAMPLES / "consistent_42s_2017-10-03.mp4"
RUSSIAN = (
    "Видео длительностью 42 секунды, опубликованное во вторник, показывает двух мужчин в серой форме. "
    "Один из них говорит по-русски, на видео арабские субтитры. Оно датировано 3 октября."
)
COUNCIL = (
    "The city council met on Tuesday to discuss next year's budget. Members agreed to raise spending on "
    "roads by 4 percent and to review the library's opening hours in the spring."
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_article_in_another_language_is_unverifiable_and_says_so(tmp_path: Path, exiftool_session) -> None:
    from datetime import date

    report = check(CLIP, _write(tmp_path, "ru.txt", RUSSIAN), published=date(2017, 10, 3), exiftool=exiftool_session)
    assert report.article.language == "ru" and report.article.language_confidence > 0.5
    assert report.summary.verdict == "unverifiable" and exit_code(report) == 0
    assert "(ru)" in report.summary.reason and report.article.notes == [report.summary.reason]
    assert [c.origin for c in report.claims] == ["option"]  # only the date given on the command line
    text = render_text(report)
    assert text.splitlines()[1].startswith("note: The article is in a language claims are not read from (ru)")


def test_an_article_that_makes_no_claim_about_a_video_is_unverifiable(tmp_path: Path, exiftool_session) -> None:
    from datetime import date

    report = check(
        CLIP, _write(tmp_path, "council.txt", COUNCIL), published=date(2017, 10, 3), exiftool=exiftool_session
    )
    assert report.article.language == "en"
    # the publication date alone is "consistent" with the file, but the article claims nothing about it
    assert [f.code for f in report.findings] == ["date.before_publication"]
    assert (
        report.summary.verdict == "unverifiable" and report.summary.reason == "the article makes no claim about a video"
    )
    assert "the article makes no claim about a video" in render_text(report)


def test_claims_command_names_the_language_it_cannot_read(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["claims", str(_write(tmp_path, "ru.txt", RUSSIAN))])
    assert result.exit_code == 0 and result.stdout.strip() == "[]"
    assert "(ru)" in result.stderr
