"""`provenance batch` end to end: the sample pairs and the corpus with bad rows mixed in, then resumed.

One full batch (frames analysed, HTML, JUnit, Markdown, two workers) runs through the installed console
script once for the module; the tests read what it wrote. Then the same command runs again (everything
reused) and once more after one article changed (only that pair runs).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from junitparser import Error, Failure, JUnitXml
from lxml import html as lxml_html

from provenance.models import BatchSummary

from .conftest import CORPUS, ROOT, SAMPLE_PAIRS, SAMPLES, SEEDS, require_shared

SEED = "000_18f4f90a71d0d1ab.txt"
# (id, video, article, published, why the row cannot be checked, or None)
BAD_ROWS = [
    ("missing-video", "nowhere/gone.mp4", "articles/empty-ok.txt", "", "video file not found"),
    ("empty-article", "samples/no_dates_15s.mp4", "articles/empty.txt", "", "article file is empty"),
    ("folder-video", "articles", "articles/empty-ok.txt", "", "is a directory"),
    ("bad-date", "samples/no_dates_15s.mp4", "articles/empty-ok.txt", "3 Oct 2017", "published must be a date"),
    ("no-video", "", "articles/empty-ok.txt", "", "no video path"),
]


def batch(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "provenance", "batch", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A newsroom folder: the samples, the corpus, a manifest with paths relative to it, and bad rows."""
    corpus = require_shared(CORPUS)
    seed = require_shared(SEEDS) / SEED
    root = tmp_path_factory.mktemp("desk")
    (root / "samples").symlink_to(SAMPLES)
    (root / "corpus").symlink_to(corpus)
    articles = root / "articles"
    articles.mkdir()
    shutil.copy(seed, articles / SEED)
    (articles / "empty.txt").write_bytes(b"")
    (articles / "empty-ok.txt").write_text("In the 15-second video, nothing else.\n")
    (articles / "changing.txt").write_text("The 20-second video was released on Tuesday.\n")
    rows = [("", f"samples/{v}", f"samples/{a}", "", None) for v, a, _, _ in SAMPLE_PAIRS]
    rows += [
        ("", f"corpus/{f.name}", f"articles/{SEED}", "", None)
        for f in sorted(corpus.iterdir())
        if f.name != "SOURCES.md"
    ]
    rows += [("changing", "samples/duration_mismatch_20s.mp4", "articles/changing.txt", "2017-10-03", None)]
    rows += BAD_ROWS
    with (root / "today.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["video", "article", "id", "published", "desk_note"])
        writer.writerows([vid, art, id_, pub, "night desk"] for id_, vid, art, pub, _ in rows)
        writer.writerow(["a", "b", "c", "d", "e", "one field too many"])
    return root


@pytest.fixture(scope="module")
def first_run(desk: Path) -> subprocess.CompletedProcess[str]:
    return batch(
        "today.csv", "-o", "out", "--jobs", "2", "--html", "--junit", "junit.xml", "--markdown", "summary.md", cwd=desk
    )


def summary(desk: Path) -> BatchSummary:
    return BatchSummary.model_validate_json((desk / "out" / "summary.json").read_text())


def test_every_row_gets_a_result_and_bad_rows_are_their_own_errors(desk: Path, first_run) -> None:
    assert first_run.returncode == 2, first_run.stderr  # rows that could not be evaluated
    assert "Traceback" not in first_run.stderr
    result = summary(desk)
    manifest_rows = sum(1 for _ in (desk / "today.csv").open()) - 1
    assert len(result.pairs) == manifest_rows == len({p.id for p in result.pairs})
    by_id = {p.id: p for p in result.pairs}
    for id_, *_, why in BAD_ROWS:
        assert by_id[id_].verdict == "error" and by_id[id_].report is None
        assert why in by_id[id_].errors[0], by_id[id_].errors
    assert any("fields" in p.errors[0] for p in result.pairs if p.report is None and p.id.startswith("row-"))
    # a text file can be unreadable as video and still be a report: its verdict is error, with the report
    truncated = by_id["truncated_header_claims_231s"]
    assert truncated.verdict == "error" and truncated.report == "truncated_header_claims_231s.json"
    assert result.totals.exit_code == 2 and result.totals.pairs == manifest_rows
    assert "manifest columns not read: desk_note" in first_run.stderr


def test_sample_pairs_keep_their_verdicts_and_reports_are_what_check_writes(
    desk: Path, first_run, validate_report, exiftool_session
) -> None:
    from provenance.pipeline import check
    from provenance.report.json import render_json

    by_paths = {(p.video, p.article): p for p in summary(desk).pairs}
    for video, article, verdict, code in SAMPLE_PAIRS:
        pair = by_paths[f"samples/{video}", f"samples/{article}"]
        assert (pair.verdict, pair.exit_code) == (verdict, code), pair
        validate_report(json.loads((desk / "out" / pair.report).read_text()))
    # byte for byte the report `check` writes for the same paths (the decode's own timing scrubbed), a
    # sidecar found beside the video included
    old = Path.cwd()
    os.chdir(desk)
    try:
        for video, article in [
            ("no_dates_15s.mp4", "no_dates_15s.txt"),
            ("sidecar_mismatch_uploaded_earlier.mp4", "sidecar_mismatch_uploaded_earlier.txt"),
        ]:
            expected = render_json(check(f"samples/{video}", f"samples/{article}", exiftool=exiftool_session))
            written = (desk / "out" / by_paths[f"samples/{video}", f"samples/{article}"].report).read_text()
            assert scrub(written) == scrub(expected)
    finally:
        os.chdir(old)


def scrub(text: str) -> list[str]:
    return [line for line in text.splitlines() if '"elapsed_s"' not in line]


def test_junit_is_read_by_a_ci_reporter(desk: Path, first_run) -> None:
    result = summary(desk)
    suites = list(JUnitXml.fromfile(str(desk / "junit.xml")))
    assert len(suites) == 1
    cases = list(suites[0])
    assert len(cases) == result.totals.pairs
    assert {c.classname for c in cases} == {desk.name}
    by_name = {c.name: c for c in cases}
    for pair in result.pairs:
        outcome = by_name[pair.id].result
        if pair.verdict == "error":
            assert isinstance(outcome[0], Error)
        elif pair.exit_code == 1:
            assert isinstance(outcome[0], Failure)
            assert "mismatch" in outcome[0].message
        else:
            assert outcome == []
    failure = by_name["duration_mismatch_20s"].result[0]
    assert "duration.mismatch" in failure.message
    assert "42-second video" in failure.text  # the failing finding, with its claim and evidence
    assert suites[0].failures == result.totals.failed and suites[0].errors == result.totals.error


def test_markdown_summary_puts_failing_pairs_first(desk: Path, first_run) -> None:
    text = (desk / "summary.md").read_text()
    lines = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(lines) == summary(desk).totals.pairs
    verdicts = [line.split(" | ")[1] for line in lines]
    passing = [i for i, v in enumerate(verdicts) if v in ("consistent", "unverifiable")]
    assert passing and min(passing) > max(i for i, v in enumerate(verdicts) if v in ("mismatch", "error"))
    assert "no\\_dates\\_15s" in text  # Markdown specials in ids are escaped


def test_html_index_links_a_page_for_every_report(desk: Path, first_run) -> None:
    result = summary(desk)
    index = lxml_html.parse(str(desk / "out" / "index.html")).getroot()
    assert len(index.xpath("//tr[@class='pair']")) == result.totals.pairs
    links = index.xpath("//tr[@class='pair']//a/@href")
    assert len(links) == sum(p.report is not None for p in result.pairs)
    for link in links:
        page = (desk / "out" / link).read_text()
        assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    consistent = (desk / "out" / "consistent_42s_2017-10-03.html").read_text()
    assert consistent.count("data:image/jpeg;base64,") >= 1 and "data:image/png;base64," in consistent


def test_second_run_resumes_in_seconds(desk: Path, first_run) -> None:
    before = {p.name: p.read_bytes() for p in (desk / "out").glob("*.json") if p.name != "summary.json"}
    started = time.monotonic()
    again = batch("today.csv", "-o", "out", "--jobs", "2", "--html", cwd=desk)
    took = time.monotonic() - started
    assert again.returncode == 2, again.stderr
    assert took < 15, took  # the first run checks ~50 pairs with frames; this one reads the store
    result = summary(desk)
    assert all(p.resumed for p in result.pairs if p.report is not None)
    assert f"{sum(p.report is not None for p in result.pairs)} pairs reused from earlier runs" in again.stderr
    after = {p.name: p.read_bytes() for p in (desk / "out").glob("*.json") if p.name != "summary.json"}
    assert after == before


def test_a_changed_article_is_checked_again_and_only_it(desk: Path, first_run) -> None:
    args = ("today.csv", "-o", "out", "--jobs", "2")
    changing = desk / "articles" / "changing.txt"
    original = changing.read_text()
    changing.write_text("The 42-second video was released on Tuesday.\n")
    try:
        again = batch(*args, cwd=desk)
    finally:
        changing.write_text(original)
    ran = [line for line in again.stderr.splitlines() if line.startswith("provenance: [")]
    unreadable = [line for line in ran if ": error: " in line]  # bad rows are read anew each time
    assert len(unreadable) == len(BAD_ROWS) + 1, again.stderr
    checked = [line for line in ran if line not in unreadable]
    assert len(checked) == 1 and "changing: mismatch" in checked[0], again.stderr


def test_fail_on_patterns_and_outcomes(desk: Path, first_run) -> None:
    # reuses the stored results: only the exit codes and the summary's failing counts change
    only_errors = batch("today.csv", "-o", "out", "--jobs", "2", "--fail-on", "error", cwd=desk)
    assert only_errors.returncode == 2
    assert summary(desk).totals.failed == 0
    dates = batch("today.csv", "-o", "out", "--jobs", "2", "--fail-on", "date.*", cwd=desk)
    failed = {p.id for p in summary(desk).pairs if p.exit_code == 1}
    assert "date_mismatch_recorded_2019-05-01" in failed and "duration_mismatch_20s" not in failed, dates.stderr
    typo = batch("today.csv", "-o", "out", "--fail-on", "locaton.mismatch", cwd=desk)
    assert typo.returncode == 2 and typo.stderr.count("\n") == 1 and "matches no finding code" in typo.stderr


def test_batch_command_errors_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "no-header.csv").write_text("clip.mp4,article.txt\n")
    (tmp_path / "binary.csv").write_bytes(b"\x00\x01\x02video,article")
    (tmp_path / "good.csv").write_text(
        f"video,article\n{SAMPLES / 'no_dates_15s.mp4'},{SAMPLES / 'no_dates_15s.txt'}\n"
    )
    (tmp_path / "taken").write_text("a file where OUT should be")
    (tmp_path / "spoilt").mkdir()
    (tmp_path / "spoilt" / "results.sqlite").write_text("not a database")
    cases = [
        (("good.csv", "-o", "taken"), "cannot write the output folder 'taken'"),
        (("good.csv", "-o", "spoilt"), "spoilt/results.sqlite is not a results database"),
        (("missing.csv", "-o", "out"), "manifest file not found"),
        (("no-header.csv", "-o", "out"), "needs a header with 'video' and 'article'"),
        (("binary.csv", "-o", "out"), "binary file"),
        (("no-header.csv", "-o", "out", "--jobs", "2", "--scheduler", "tcp://127.0.0.1:1"), "--jobs does not apply"),
    ]
    for args, message in cases:
        done = batch(*args, cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and message in done.stderr and "Traceback" not in done.stderr


def test_importing_the_batch_package_loads_no_video_stack_nor_dask() -> None:
    heavy = ("cv2", "av", "exiftool", "dask", "distributed")
    code = f"import provenance.batch.runner, sys; print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"
