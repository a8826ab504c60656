"""The ExifTool adapter: argument-stream safety and the watchdog."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

from provenance.errors import ExifToolError, ExifToolNotFound
from provenance.video.exiftool import ExifTool

from .conftest import SAMPLES

CLIP = SAMPLES / "consistent_42s_2017-10-03.mp4"

# A stand-in for exiftool that speaks just enough of the -stay_open protocol, and hangs on any
# file named hang.mp4.
FAKE_EXIFTOOL = r"""#!PYTHON
import json, sys, time
args = []
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.startswith("-execute"):
        args.append(line)
        continue
    number = line[len("-execute"):]
    echo = args[args.index("-echo4") + 1] if "-echo4" in args else ""
    if "-ver" in args:
        sys.stdout.write("12.57\n")
    else:
        files = [a for a in args if a.startswith("/")]
        if any(f.endswith("hang.mp4") for f in files):
            time.sleep(3600)
        sys.stdout.write(json.dumps([{"SourceFile": f, "File:FileType": "MP4"} for f in files]) + "\n")
    sys.stdout.write("{ready" + number + "}\n")
    sys.stdout.flush()
    sys.stderr.write(echo.replace("${status}", "0") + "\n")
    sys.stderr.flush()
    args = []
"""


def test_newline_in_a_name_cannot_inject_options(tmp_path: Path, exiftool_session: ExifTool) -> None:
    # Read as ExifTool argument lines, this name would be: <dir>/a.mp4, -w, txt -- i.e. "also write
    # a text dump next to a.mp4". The option must never run.
    shutil.copy(CLIP, tmp_path / "a.mp4")
    evil = tmp_path / "a.mp4\n-w\ntxt"
    shutil.copy(CLIP, evil)
    tags = exiftool_session.read(evil)
    assert tags["Keys:CreationDate"] == "2017:10:03 10:15:30+03:00"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a.mp4", evil.name])


def test_leading_dash_is_a_file_not_an_option(tmp_path: Path, exiftool_session: ExifTool, monkeypatch) -> None:
    shutil.copy(CLIP, tmp_path / "-ver")
    monkeypatch.chdir(tmp_path)
    tags = exiftool_session.read("-ver")
    assert tags["File:FileType"] == "MP4"


def test_watchdog_restarts_a_hanging_exiftool(tmp_path: Path) -> None:
    fake = tmp_path / "fake-exiftool"
    fake.write_text(FAKE_EXIFTOOL.replace("PYTHON", sys.executable))
    fake.chmod(0o755)
    ok, hang = tmp_path / "ok.mp4", tmp_path / "hang.mp4"
    ok.write_bytes(b"x")
    hang.write_bytes(b"x")
    with ExifTool(str(fake), timeout_s=1.0) as session:
        assert session.version == "12.57"
        assert session.read(ok)["File:FileType"] == "MP4"
        started = time.monotonic()
        with pytest.raises(ExifToolError, match="did not finish"):
            session.read(hang)
        assert time.monotonic() - started < 10
        # the next file is read by a fresh process
        assert session.read(ok)["File:FileType"] == "MP4"


def test_missing_executable_names_the_packages(monkeypatch) -> None:
    monkeypatch.delenv("PROVENANCE_EXIFTOOL", raising=False)
    monkeypatch.setenv("PATH", "")
    with pytest.raises(ExifToolNotFound, match="libimage-exiftool-perl.*brew install exiftool"):
        ExifTool()


def test_environment_variable_selects_the_executable(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PROVENANCE_EXIFTOOL", str(tmp_path / "nowhere"))
    with pytest.raises(ExifToolNotFound, match="nowhere"):
        ExifTool()
