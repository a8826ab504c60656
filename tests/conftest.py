"""Shared fixtures: paths, one ExifTool session, and a validator for the committed schema."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from provenance.video.exiftool import ExifTool

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_media"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "media"
SEEDS = SHARED / "seeds"
SCHEMA_FILE = ROOT / "provenance" / "schema" / "report.schema.json"

# (video, article, expected summary verdict, expected exit code)
SAMPLE_PAIRS = [
    ("consistent_42s_2017-10-03.mp4", "consistent_42s_2017-10-03.html", "consistent", 0),
    ("duration_mismatch_20s.mp4", "duration_mismatch_20s.txt", "mismatch", 1),
    ("date_mismatch_recorded_2019-05-01.mp4", "date_mismatch_recorded_2019-05-01.html", "mismatch", 1),
    # the duration is confirmed, the date stays unverifiable (date.no_evidence): consistent overall
    ("no_dates_15s.mp4", "no_dates_15s.txt", "consistent", 0),
    ("location_mismatch_gps_kyiv.mp4", "location_mismatch_gps_kyiv.txt", "mismatch", 1),
    # a man is said to speak Russian with Arabic subtitles: the track is digital silence, no text on screen
    ("speech_subtitles_mismatch_silent_no_text.mp4", "speech_subtitles_mismatch_silent_no_text.txt", "mismatch", 1),
    # "only one man appears": four faces together in one keyframe
    ("people_mismatch_four_faces.mp4", "people_mismatch_four_faces.txt", "mismatch", 1),
    # stripped by the platform; its yt-dlp sidecar (found beside it) gives the upload: posted on the day claimed
    (
        "sidecar_consistent_posted_2018-03-13 [rX7bq2LmT4w].mp4",
        "sidecar_consistent_posted_2018-03-13 [rX7bq2LmT4w].txt",
        "consistent",
        0,
    ),
    # the sidecar's upload is 9 days before the claimed release, and before the claimed recording
    ("sidecar_mismatch_uploaded_earlier.mp4", "sidecar_mismatch_uploaded_earlier.txt", "mismatch", 1),
    # a CCTV clock burned into the picture shows the claimed day; another clip's dashcam clock another day
    ("cctv_clock_consistent_2021-03-14.mp4", "cctv_clock_consistent_2021-03-14.txt", "consistent", 0),
    ("cctv_clock_mismatch_2021-03-20.mp4", "cctv_clock_mismatch_2021-03-20.txt", "mismatch", 1),
    # "released by the group's AMAQ news agency": the AMAQ logo in a corner
    ("logo_source_consistent_amaq.mp4", "logo_source_consistent_amaq.txt", "consistent", 0),
    # "a man speaks in Arabic" over music with no voice
    ("music_speech_mismatch_no_voice.mp4", "music_speech_mismatch_no_voice.txt", "mismatch", 1),
    # a synthetic Russian voice: speech present, its language unverifiable; the duration confirmed
    ("voice_russian_speech_present.mp4", "voice_russian_speech_present.txt", "consistent", 0),
    # "Arabic subtitles": Persian ones, in the same script
    ("subtitles_mismatch_persian_not_arabic.mp4", "subtitles_mismatch_persian_not_arabic.txt", "mismatch", 1),
]
# what each new pair is there for: the codes its findings must include
SAMPLE_CODES = {
    "sidecar_consistent_posted_2018-03-13 [rX7bq2LmT4w].mp4": {"date.before_upload", "date.upload_day", "source.match"},
    "sidecar_mismatch_uploaded_earlier.mp4": {"date.uploaded_earlier", "date.after_upload"},
    "cctv_clock_consistent_2021-03-14.mp4": {"date.onscreen_match"},
    "cctv_clock_mismatch_2021-03-20.mp4": {"date.onscreen_mismatch"},
    "logo_source_consistent_amaq.mp4": {"source.match"},
    "music_speech_mismatch_no_voice.mp4": {"speech.none"},
    "voice_russian_speech_present.mp4": {"speech.present"},
    "subtitles_mismatch_persian_not_arabic.mp4": {"subtitles.other_language"},
}


def require_shared(path: Path) -> Path:
    """The shared corpus sits beside the checkout in CI; there its absence is a failure."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must have ../shared beside the checkout")
        pytest.skip(f"{path} is not beside this checkout")
    return path


def ffprobe(path: Path, *args: str) -> dict:
    """FFmpeg's own reading of a file (JSON), the independent measure the tests compare with.

    `scripts/test` installs FFmpeg; without it the suite fails rather than skipping these checks.
    """
    if shutil.which("ffprobe") is None:
        pytest.fail("ffprobe is missing: scripts/test installs it (Debian package ffmpeg)")
    done = subprocess.run(["ffprobe", "-v", "error", "-of", "json", *args, str(path)], capture_output=True, text=True)
    return json.loads(done.stdout or "{}")


def exiftool_cli(path: Path, *tags: str) -> dict:
    """The exiftool command line's own reading (-G1 -n), outside this tool's adapter."""
    done = subprocess.run(["exiftool", "-j", "-G1", "-n", *tags, str(path)], capture_output=True, text=True)
    return json.loads(done.stdout)[0]


@pytest.fixture(scope="session")
def exiftool_session():
    with ExifTool() as session:
        yield session


@pytest.fixture(scope="session")
def validate_report():
    schema = json.loads(SCHEMA_FILE.read_text())
    validator = jsonschema.Draft202012Validator(schema)

    def validate(report_json: str | dict) -> dict:
        data = json.loads(report_json) if isinstance(report_json, str) else report_json
        validator.validate(data)
        return data

    return validate
