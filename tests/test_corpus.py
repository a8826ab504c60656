"""Every real file in ../shared/corpus/media gives a schema-valid report or a clean exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from provenance import check, exit_code

from .conftest import CORPUS, SAMPLES, exiftool_cli, ffprobe, require_shared

ARTICLE = SAMPLES / "consistent_42s_2017-10-03.html"
FILES = sorted(p.name for p in CORPUS.glob("*") if p.suffix != ".md") if CORPUS.exists() else []


# The files whose sound decodes: wind, engines, rooms, a drone, a 2005 phone; nobody speaks in any of them,
# and the voice-activity model must keep saying so (0 s of speech).
SOUND_WITHOUT_SPEECH = {
    "android601_gps_xyz.mp4",
    "android_3gp5_gps_null_island_rot90.mp4",
    "c2pa_signed_valid.mp4",
    "c2pa_unsigned_control.mp4",
    "canon_mvi_mjpeg.avi",
    "chrome_mediarecorder_no_duration.webm",
    "exiftool_stub_2audio.dv",
    "firefox_mediarecorder_duration0.webm",
    "flir_one_thermal_gps.mp4",
    "gopro_karma_drone_gpmf.mp4",
    "gopro_max_gps_gpmf.mp4",
    "hevc_start_offset.ts",
    "ipad_mini_hevc_gps_rot90.mov",
    "iphone6_gps_rot90.mov",
    "loci_gps_dto_tzoffset.mp4",
    "rot90_video_start_offset.mp4",
    "sample_3gpp_amr.3gp",
    "sony_a7m3_avchd.mts",
}


def test_corpus_is_there() -> None:
    require_shared(CORPUS)
    assert len(FILES) >= 40


def _ffmpeg_reading(path: Path) -> tuple[bool, bool, int, int]:
    """(FFmpeg opens it, it has a video stream, video packets, video frames that decode), per ffprobe."""
    streams = ffprobe(
        path, "-count_packets", "-count_frames", "-show_entries", "stream=codec_type,nb_read_packets,nb_read_frames"
    ).get("streams")
    if streams is None:
        return False, False, 0, 0
    video = next((s for s in streams if s.get("codec_type") == "video"), None)
    if video is None:
        return True, False, 0, 0

    def number(key: str) -> int:
        return int(video[key]) if str(video.get(key, "")).isdigit() else 0

    return True, True, number("nb_read_packets"), number("nb_read_frames")


@pytest.mark.parametrize("name", FILES)
def test_corpus_file_agrees_with_ffmpeg(name: str, exiftool_session, validate_report) -> None:
    """Every file: a schema-valid report whose frame count, or whose error, is what FFmpeg independently reads."""
    report = check(CORPUS / name, ARTICLE, exiftool=exiftool_session)
    validate_report(report.model_dump(mode="json"))
    opens, has_video, packets, frames = _ffmpeg_reading(CORPUS / name)
    errors = " ".join(e.message for e in report.errors)
    if not opens:
        assert "could not be opened" in errors, name
    elif not has_video:
        assert "no video stream" in errors, name
    elif packets == 0:
        assert "no video frames" in errors, name
    elif frames == 0:
        assert "no frame decodes" in errors, name
    else:
        assert not report.errors, (name, errors)
        video = report.video
        # a file we could read has its duration from its frames, never only from a header
        assert video.duration_s is not None and video.duration_s.source == "pyav:packet_timestamps"
        damaged = video.analysis is not None and any("failed to decode" in n for n in video.analysis.notes)
        # FFmpeg's count of decoded frames; where packets are damaged, its count of packets
        assert video.frame_count is not None and video.frame_count.value == (packets if damaged else frames), name
    assert exit_code(report) == (2 if report.errors else 1 if report.summary.counts.mismatch else 0)
    assert (report.summary.verdict == "error") == bool(report.errors)
    speech = report.video.audio.speech if report.video.audio is not None else None
    assert (speech is not None) == (name in SOUND_WITHOUT_SPEECH), name
    assert speech is None or (speech.present, speech.seconds, speech.segments) == (False, 0.0, []), name


# Articles written for real files: what they claim, and the findings the file's own tags must give.
REAL_PAIRS = [
    (
        "iphone6_gps_rot90.mov",
        "The four-second video was filmed in Tel Aviv on July 24, 2019.",
        {"duration.match", "date.match", "location.match"},
        "consistent",
    ),
    (
        "gopro_karma_drone_gpmf.mp4",
        "The 12-second drone video was filmed in Kyiv on April 17, 2017.",
        {"duration.match", "date.match", "location.mismatch"},
        "mismatch",
    ),
    (
        "ipad_mini_hevc_gps_rot90.mov",
        "The short video was filmed in Berlin on Sept. 30, 2023.",
        {"date.mismatch", "location.match"},
        "mismatch",
    ),
]


@pytest.mark.parametrize(("name", "text", "codes", "verdict"), REAL_PAIRS)
def test_real_files_checked_against_written_articles(
    name: str, text: str, codes: set[str], verdict: str, tmp_path: Path, exiftool_session
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    report = check(CORPUS / name, article, exiftool=exiftool_session)
    assert {f.code for f in report.findings} == codes and report.summary.verdict == verdict
    # the position behind the location finding is the one the exiftool command line reads
    tags = exiftool_cli(CORPUS / name, "-ee", "-GPSLatitude", "-GPSLongitude")
    latitude = next(v for k, v in tags.items() if k.endswith("GPSLatitude"))
    position = report.video.gps or report.video.gps_track.first
    assert abs(position.latitude - float(latitude)) < 1e-4


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
