"""Platform sidecars end to end: found beside the video or given, malformed, or of another video."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from provenance import check, exit_code
from provenance.cli import app
from provenance.video.sidecar import find_sidecar, read_sidecar

from .conftest import SAMPLES

POSTED = "sidecar_consistent_posted_2018-03-13 [rX7bq2LmT4w]"
EARLIER = "sidecar_mismatch_uploaded_earlier"


def _copy(tmp_path: Path, name: str, sidecar: bool = True) -> tuple[Path, Path]:
    video, article = tmp_path / f"{name}.mp4", tmp_path / f"{name}.txt"
    shutil.copy(SAMPLES / f"{name}.mp4", video)
    shutil.copy(SAMPLES / f"{name}.txt", article)
    if sidecar:
        shutil.copy(SAMPLES / f"{name}.info.json", tmp_path / f"{name}.info.json")
    return video, article


def test_malformed_sidecar_is_an_error_of_its_own_and_everything_else_goes_on(
    tmp_path: Path, exiftool_session, validate_report
) -> None:
    video, article = _copy(tmp_path, POSTED, sidecar=False)
    (tmp_path / f"{POSTED}.info.json").write_text('{"id": "rX7bq2LmT4w", "timestamp": 15209', encoding="utf-8")
    report = check(video, article, exiftool=exiftool_session)
    validate_report(report.model_dump(mode="json"))
    assert [e.stage for e in report.errors] == ["sidecar"] and "not valid JSON" in report.errors[0].message
    assert report.video.platform is None and report.video.duration_s.value == 20.0
    codes = {f.code for f in report.findings}
    assert "duration.match" in codes and not codes & {"date.before_upload", "date.upload_day"}
    assert report.summary.verdict == "error" and exit_code(report) == 2


def test_sidecar_of_another_video_is_said_so_and_still_used(tmp_path: Path, exiftool_session) -> None:
    """The 15 s clip's sidecar given for the 20 s clip whose name carries its own yt-dlp id."""
    video, article = _copy(tmp_path, POSTED, sidecar=False)
    report = check(video, article, exiftool=exiftool_session, sidecar=SAMPLES / f"{EARLIER}.info.json")
    platform = report.video.platform
    assert platform is not None and platform.id == "1091203749512" and platform.sidecar.endswith(f"{EARLIER}.info.json")
    signals = {s.code: s for s in report.video.signals}
    assert {"sidecar.duration_differs", "sidecar.id_not_in_name"} <= set(signals)
    assert (
        signals["sidecar.duration_differs"].value == 15.0
        and "rX7bq2LmT4w" in signals["sidecar.id_not_in_name"].explanation
    )
    assert sum("may describe another" in note for note in report.video.notes) == 2
    # still used: the claimed release (13 March 2018) is long before this sidecar's upload (1 February 2019)
    assert "date.upload_other_day" in {f.code for f in report.findings} and not report.errors


def test_sidecar_option_and_unusable_sidecar_path(tmp_path: Path, validate_report) -> None:
    video, article = _copy(tmp_path, EARLIER, sidecar=False)
    runner = CliRunner()
    alone = runner.invoke(app, ["check", str(video), str(article)])
    assert "date.uploaded_earlier" not in alone.stdout  # no sidecar beside it
    given = runner.invoke(app, ["check", str(video), str(article), "--sidecar", str(SAMPLES / f"{EARLIER}.info.json")])
    report = validate_report(given.stdout)
    assert given.exit_code == 1 and "date.uploaded_earlier" in {f["code"] for f in report["findings"]}
    missing = runner.invoke(app, ["check", str(video), str(article), "--sidecar", str(tmp_path / "nope.info.json")])
    assert missing.exit_code == 2 and "sidecar file not found" in missing.stderr and "Traceback" not in missing.stderr


def test_sidecar_layouts(tmp_path: Path) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"x")
    assert find_sidecar(video) is None
    gallery = tmp_path / "clip.mp4.json"
    gallery.write_text(
        json.dumps(
            {
                "category": "twitter",
                "subcategory": "tweet",
                "tweet_id": 1370123456789012345,
                "date": "2021-03-14 22:41:07",
                "author": {"id": 99, "name": "cctvwatch", "nick": "CCTV Watch"},
                "content": "Car stops outside the pharmacy",
            }
        ),
        encoding="utf-8",
    )
    assert find_sidecar(video) == gallery
    read = read_sidecar(gallery)
    assert (read.format, read.site, read.id, read.uploader, read.channel) == (
        "gallery-dl",
        "twitter",
        "1370123456789012345",
        "cctvwatch",
        "CCTV Watch",
    )
    assert read.uploaded is not None and (read.uploaded.utc, read.uploaded.source) == ("2021-03-14T22:41:07Z", "date")
    ytdlp = tmp_path / "clip.info.json"
    ytdlp.write_text(json.dumps({"id": "a", "extractor": "vk", "upload_date": "20210314", "release_timestamp": 0}))
    assert find_sidecar(video) == ytdlp  # yt-dlp's name first
    day = read_sidecar(ytdlp)
    assert day.uploaded is not None and (day.uploaded.utc, day.uploaded.uncertainty_h) == ("2021-03-14T12:00:00Z", 12.0)
    assert day.released is None  # a zero timestamp is no time
    ytdlp.write_text("[1, 2]")
    try:
        read_sidecar(ytdlp)
    except Exception as exc:  # noqa: BLE001 - the message is what is checked
        assert "not an object" in str(exc)
    else:
        raise AssertionError("a JSON list was read as a sidecar")
