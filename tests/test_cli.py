"""The CLI: every exit code, -o, --format text, schema, and bad input without tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.inputs import display_path
from provenance.models import report_json_schema

from .conftest import SAMPLES, SCHEMA_FILE

runner = CliRunner()
GOOD_VIDEO = SAMPLES / "consistent_42s_2017-10-03.mp4"
GOOD_ARTICLE = SAMPLES / "consistent_42s_2017-10-03.html"


def invoke(*args: str, cwd: Path | None = None):
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        return runner.invoke(app, list(args))
    finally:
        os.chdir(old)


def assert_clean_error(result, code: int = 2) -> str:
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("provenance: error:"), result.stderr
    return lines[0]


def test_exit_0_on_consistent_pair(validate_report) -> None:
    result = invoke("check", str(GOOD_VIDEO), str(GOOD_ARTICLE))
    assert result.exit_code == 0, result.stderr
    report = validate_report(result.stdout)
    assert report["summary"]["verdict"] == "consistent"
    assert result.stderr == ""


def test_exit_1_on_mismatch(validate_report) -> None:
    result = invoke("check", str(SAMPLES / "duration_mismatch_20s.mp4"), str(SAMPLES / "duration_mismatch_20s.txt"))
    assert result.exit_code == 1
    report = validate_report(result.stdout)
    assert [f["code"] for f in report["findings"] if f["verdict"] == "mismatch"] == ["duration.mismatch"]


def test_output_file_and_text_format(tmp_path: Path, validate_report) -> None:
    out = tmp_path / "report.json"
    result = invoke("check", str(GOOD_VIDEO), str(GOOD_ARTICLE), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    validate_report(out.read_text())
    text = invoke("check", str(GOOD_VIDEO), str(GOOD_ARTICLE), "--published", "2017-10-03", "--format", "text")
    assert text.exit_code == 0
    assert "verdict: CONSISTENT" in text.stdout and "duration.match" in text.stdout


def test_every_frame_option_decodes_non_reference_frames(validate_report) -> None:
    default = validate_report(invoke("check", str(GOOD_VIDEO), str(GOOD_ARTICLE)).stdout)["video"]["analysis"]
    result = invoke("check", str(GOOD_VIDEO), str(GOOD_ARTICLE), "--every-frame")
    assert result.exit_code == 0, result.stderr
    every = validate_report(result.stdout)["video"]["analysis"]
    assert not default["every_frame"] and default["duplicate_frames"] is None
    assert every["every_frame"] and every["timing"]["decoded_frames"] == every["timing"]["stream_frames"] == 420
    assert default["timing"]["decoded_frames"] < 420 and every["duplicate_frames"] == 0


def test_published_option_overrides_metadata(validate_report) -> None:
    result = invoke("check", str(GOOD_VIDEO), str(GOOD_ARTICLE), "--published", "2017-10-04")
    report = validate_report(result.stdout)
    assert report["article"]["published"] == "2017-10-04"
    assert report["article"]["published_source"] == "option:--published"
    bad = invoke("check", str(GOOD_VIDEO), str(GOOD_ARTICLE), "--published", "Tuesday")
    assert "--published" in assert_clean_error(bad)


def test_schema_command_prints_the_committed_schema() -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json.loads(SCHEMA_FILE.read_text()) == report_json_schema()


def test_claims_command(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("In the 42-second video, released on Tuesday, two men appeared.", encoding="utf-8")
    result = invoke("claims", str(article), "--published", "2017-10-03")
    assert result.exit_code == 0
    claims = json.loads(result.stdout)
    assert [(c["kind"], c.get("role"), c["value"]) for c in claims] == [
        ("date", "published", "2017-10-03"),
        ("duration", None, 42.0),
        ("date", "released", "2017-10-03"),
        ("people_count", None, 2.0),
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.mp4", "not found"),
        (lambda d: d, "directory"),
        (lambda d: _write(d / "empty.mp4", b""), "empty"),
    ],
    ids=["missing", "directory", "zero-byte"],
)
def test_unusable_video_path(tmp_path: Path, make, message: str) -> None:
    result = invoke("check", str(make(tmp_path)), str(GOOD_ARTICLE))
    assert message in assert_clean_error(result)
    assert result.stdout == ""


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_text_file_named_mp4_gives_a_report_with_errors(tmp_path: Path, validate_report) -> None:
    fake = _write(tmp_path / "clip.mp4", b"this is not a video, only text\n" * 20)
    result = invoke("check", str(fake), str(GOOD_ARTICLE))
    line = assert_clean_error(result)
    assert "frames" in line and "TXT" in line
    report = validate_report(result.stdout)
    assert report["summary"]["verdict"] == "error"
    assert report["claims"], "the article was readable, so its claims are still reported"
    assert all(f["verdict"] != "consistent" for f in report["findings"] if f["kind"] == "duration")


def test_truncated_mp4_says_what_failed(tmp_path: Path, validate_report) -> None:
    data = GOOD_VIDEO.read_bytes()
    truncated = _write(tmp_path / "truncated.mp4", data[: len(data) // 3])
    result = invoke("check", str(truncated), str(GOOD_ARTICLE))
    assert_clean_error(result)
    report = validate_report(result.stdout)
    assert report["errors"] and report["summary"]["verdict"] == "error"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"   \n\n ", "empty"), (bytes(range(256)) * 8, "binary")],
    ids=["empty", "whitespace", "binary"],
)
def test_unreadable_article(tmp_path: Path, content: bytes, message: str, validate_report) -> None:
    article = _write(tmp_path / "article.txt", content)
    result = invoke("check", str(GOOD_VIDEO), str(article))
    line = assert_clean_error(result)
    assert message in line
    if content:  # readable bytes: a report that says what failed, with the video evidence intact
        report = validate_report(result.stdout)
        assert report["errors"][0]["stage"] == "article" and report["video"]["duration_s"]["value"] == 42.0


def test_non_utf8_article_is_decoded_with_a_stated_fallback(tmp_path: Path, validate_report) -> None:
    article = _write(tmp_path / "latin.txt", "The 42-second vid\xe9o \u2013 the 42-second video.".encode("cp1252"))
    result = invoke("check", str(GOOD_VIDEO), str(article))
    report = validate_report(result.stdout)
    assert report["article"]["encoding"].startswith("cp1252")


@pytest.mark.parametrize(
    "name",
    [
        "clip with spaces.mp4",
        "vidéo_دير_الزور.mp4",
        "-leading-dash.mp4",
        "new\nline.mp4",
        "semi;colon $(x).mp4",
        os.fsdecode(b"not-utf8-\xff\xfe.mp4"),  # OpenCV crashed on such names before they were aliased
    ],
    ids=["spaces", "non-ascii", "leading-dash", "newline", "shell-chars", "not-utf8"],
)
def test_odd_file_names(tmp_path: Path, name: str, validate_report) -> None:
    video = tmp_path / name
    shutil.copy(GOOD_VIDEO, video)
    before = sorted(p.name for p in tmp_path.iterdir())
    arg = f"./{name}"  # a leading "-" needs "./" or "--" on any command line
    result = invoke("check", "--", arg, str(GOOD_ARTICLE), cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    report = validate_report(result.stdout)
    assert report["inputs"]["video"]["path"] == display_path(arg)
    assert report["video"]["duration_s"]["value"] == 42.0 and report["video"]["recording_date"]
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "nothing may be written outside -o"


def test_installed_console_script_runs() -> None:
    script = Path(sys.executable).with_name("provenance")
    assert script.exists(), "the console script is installed by the set-up"
    done = subprocess.run(
        [str(script), "check", str(GOOD_VIDEO), str(GOOD_ARTICLE), "--format", "text"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "verdict: CONSISTENT" in done.stdout
    module = subprocess.run(
        [sys.executable, "-m", "provenance", "--version"], capture_output=True, text=True, timeout=60
    )
    assert module.returncode == 0 and module.stdout.startswith("provenance ")
    missing = subprocess.run(
        [str(script), "check", "nope.mp4", str(GOOD_ARTICLE)], capture_output=True, text=True, timeout=60
    )
    assert missing.returncode == 2 and "Traceback" not in missing.stderr and missing.stdout == ""


def test_missing_exiftool_is_a_clean_exit_2(tmp_path: Path) -> None:
    result = invoke("check", str(GOOD_VIDEO), str(GOOD_ARTICLE), "--exiftool", str(tmp_path / "no-exiftool"))
    assert "ExifTool" in assert_clean_error(result)
