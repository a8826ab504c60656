"""Every real file in ../shared/corpus/media gives a schema-valid report or a clean exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from provenance import check, exit_code

from .conftest import CORPUS, SAMPLES, require_shared

ARTICLE = SAMPLES / "consistent_42s_2017-10-03.html"
FILES = sorted(p.name for p in CORPUS.glob("*") if p.suffix != ".md") if CORPUS.exists() else []


def test_corpus_is_there() -> None:
    require_shared(CORPUS)
    assert len(FILES) >= 40


@pytest.mark.parametrize("name", FILES)
def test_corpus_file_gives_a_valid_report(name: str, exiftool_session, validate_report) -> None:
    report = check(CORPUS / name, ARTICLE, exiftool=exiftool_session)
    validate_report(report.model_dump(mode="json"))
    code = exit_code(report)
    assert code in (0, 1, 2)
    if report.errors:
        assert code == 2 and report.summary.verdict == "error"
    else:
        # a file we could read has its duration from its frames, never only from a header
        assert report.video.duration_s is not None and report.video.duration_s.source == "pyav:packet_timestamps"


# Values read independently of this tool (exiftool -G1 -n on the command line, ffprobe), as SOURCES.md notes.
def test_known_corpus_facts(exiftool_session) -> None:
    def video(name: str):
        return check(CORPUS / name, ARTICLE, exiftool=exiftool_session)

    iphone = video("iphone6_gps_rot90.mov").video
    assert iphone.recording_date.source == "Keys:CreationDate" and iphone.recording_date.raw.endswith("+03:00")
    assert (iphone.gps.latitude, iphone.gps.longitude) == (32.0929, 34.862)
    assert iphone.make.value == "Apple" and iphone.model.value == "iPhone 6"
    assert video("android_3gp5_gps_null_island_rot90.mp4").video.gps is None  # (0, 0) is no fix
    chrome = video("chrome_mediarecorder_no_duration.webm").video
    assert chrome.frame_count.value == 185 and abs(chrome.duration_s.value - 7.61) < 0.02
    firefox = video("firefox_mediarecorder_duration0.webm").video
    assert firefox.frame_count.value == 240 and abs(firefox.duration_s.value - 8.59) < 0.02
    cursed = video("vfr_cursed.mp4").video
    assert cursed.frame_count.value == 63 and abs(cursed.duration_s.value - 8.73) < 0.02
    macos = video("macos_screenrec_keys.mov").video
    assert macos.frame_count.value == 310 and "313" in macos.frame_count.note
    anamorphic = video("anamorphic_sar2x1.mp4").video
    assert anamorphic.dates == [] and anamorphic.recording_date is None  # all zero dates
    truncated = video("truncated_header_claims_231s.mp4")
    assert truncated.errors and "231" in truncated.errors[0].message and truncated.video.duration_s is None
    assert video("audio_only_two_aac_tracks.mp4").errors[0].message.startswith("the file has no video stream")
    assert video("malformed_nested_moov.mp4").errors
    # GPS only in the GPMF stream (exiftool -ee -n -p '$GPSLatitude $GPSLongitude $GPSDateTime' on the command line)
    karma = video("gopro_karma_drone_gpmf.mp4").video
    assert karma.gps is None and karma.gps_track is not None
    assert (karma.gps_track.first.latitude, karma.gps_track.first.longitude) == (33.1253807, -117.3310746)
    assert karma.gps_track.first_time == "2017:04:17 19:27:58.28313" and karma.gps_track.fixes == 12
    assert karma.place is not None and karma.place.country_code == "US"
    assert video("iphone6_gps_rot90.mov").video.place.country_code == "IL"
    # C2PA states as SOURCES.md gives them (c2patool) and c2pa.Reader reports them
    valid = video("c2pa_signed_valid.mp4").video.content_credentials
    assert valid.present and valid.validation_state == "Valid" and not valid.trusted  # test CA: untrusted
    assert "signingCredential.untrusted" in valid.status_codes and valid.manifests == 2
    tampered = video("c2pa_signed_hash_mismatch.mp4").video.content_credentials
    assert tampered.validation_state == "Invalid" and "assertion.bmffHash.mismatch" in tampered.status_codes
    assert not video("c2pa_unsigned_control.mp4").video.content_credentials.present


def test_cli_on_hostile_files_has_no_traceback() -> None:
    require_shared(CORPUS)
    for name in ("malformed_nested_moov.mp4", "truncated_header_claims_231s.mp4", "exiftool_stub.mkv"):
        done = subprocess.run(
            [sys.executable, "-m", "provenance", "check", str(CORPUS / name), str(ARTICLE)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2, name
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
        assert done.stdout.startswith("{")


def test_no_file_is_written_next_to_the_corpus(tmp_path: Path) -> None:
    require_shared(CORPUS)
    assert not any(p.suffix in (".json", ".txt") for p in CORPUS.iterdir())
