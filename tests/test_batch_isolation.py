"""Worker isolation: a pair that hangs, exhausts memory or crashes its worker costs only that pair.

The pool runs test handlers (tests/batch_handlers.py) that misbehave on purpose; then the real batch
command loses one worker mid-pair (killed from outside) and is interrupted with Ctrl-C, and keeps the
rest each time.
"""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from provenance.batch.pool import WorkerPool, WorkerStartError
from provenance.batch.tasks import Limits
from provenance.models import BatchSummary

from .conftest import ROOT, SAMPLES

HANDLERS = "tests.batch_handlers:act"


@pytest.fixture(autouse=True)
def importable_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))


def test_hang_memory_and_crashes_cost_one_task_each() -> None:
    tasks = ["a", "hang", "b", "hog", "c", "segfault", "d", "exit", "e", "raise", "f"]
    with WorkerPool(2, Limits(seconds=3, memory_mb=400), handler=HANDLERS) as pool:
        done = {d.task: d for d in pool.run(tasks)}
    assert set(done) == set(tasks)
    for ok in "abcdef":
        assert done[ok].result.startswith(f"done {ok}") and done[ok].failure is None
    assert "took longer than 3 s" in done["hang"].failure
    assert 2.5 < done["hang"].seconds < 10
    assert "more than the per-pair limit of 400 MB" in done["hog"].failure
    assert "crashed (SIGSEGV)" in done["segfault"].failure
    assert "crashed (exit code 3)" in done["exit"].failure
    assert done["raise"].failure == "internal error: RuntimeError: a bug in one pair"
    # the workers that failed were replaced: later tasks ran in other processes
    pids = {d.result.split()[-1] for d in done.values() if d.result}
    assert len(pids) >= 3


def test_a_long_lived_worker_answers_many_tasks() -> None:
    with WorkerPool(1, handler=HANDLERS) as pool:
        results = [d.result for d in pool.run(["x", "y", "z"])]
    assert len({r.split()[-1] for r in results}) == 1


def test_workers_that_cannot_start_stop_the_batch_with_the_reason() -> None:
    with WorkerPool(1, handler="tests.no_such_module:act") as pool, pytest.raises(WorkerStartError) as raised:
        list(pool.run(["a"]))
    assert "No module named 'tests.no_such_module'" in str(raised.value)


@pytest.fixture(scope="module")
def slow_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five minutes of flat grey at 30 fps: 9,000 frames whose pass takes seconds, in a file smaller than the
    consistent sample (the batch starts the largest videos first, and the sample must finish first)."""
    path = tmp_path_factory.mktemp("clips") / "slow.mp4"
    source = "color=c=gray:size=320x180:rate=30"
    command = ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", source, "-t", "300", "-c:v", "libx264"]
    subprocess.run([*command, "-preset", "ultrafast", "-g", "300", str(path)], check=True)
    assert path.stat().st_size < (SAMPLES / "consistent_42s_2017-10-03.mp4").stat().st_size
    return path


def _desk(tmp_path: Path, slow_clip: Path) -> Path:
    article = tmp_path / "article.txt"
    article.write_text("In the five-minute video, released on Tuesday, nothing happens.\n")
    with (tmp_path / "m.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "video", "article"])
        writer.writerow(
            ["first", str(SAMPLES / "consistent_42s_2017-10-03.mp4"), str(SAMPLES / "consistent_42s_2017-10-03.html")]
        )
        writer.writerow(["slow", str(slow_clip), str(article)])
        writer.writerow(
            ["last", str(SAMPLES / "duration_mismatch_20s.mp4"), str(SAMPLES / "duration_mismatch_20s.txt")]
        )
    return tmp_path


def _start(desk: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "provenance", "batch", "m.csv", "-o", "out", "--jobs", "1"],
        cwd=desk,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        # as from a terminal: a suite started in the background (`cmd &` in a script) inherits SIGINT ignored,
        # and Python then leaves Ctrl-C ignored too, as `nohup` intends
        preexec_fn=_ctrl_c_as_on_a_terminal,
    )


def _ctrl_c_as_on_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _after_first_pair(proc: subprocess.Popen[str]) -> list[str]:
    """Read stderr until the first pair is done (the one worker has then taken the slow one, for seconds)."""
    assert proc.stderr is not None
    lines = [proc.stderr.readline()]
    assert "[1/3] first" in lines[0], lines
    time.sleep(0.3)
    return lines


def _worker_pids(parent: int) -> list[int]:
    children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
    return [int(c) for c in children if b"provenance.batch.worker" in Path(f"/proc/{c}/cmdline").read_bytes()]


def test_a_worker_killed_mid_pair_costs_only_that_pair(tmp_path: Path, slow_clip: Path) -> None:
    desk = _desk(tmp_path, slow_clip)
    proc = _start(desk)
    _after_first_pair(proc)
    (worker,) = _worker_pids(proc.pid)
    os.kill(worker, signal.SIGKILL)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, err
    pairs = {p.id: p for p in BatchSummary.model_validate_json((desk / "out" / "summary.json").read_text()).pairs}
    assert pairs["first"].verdict == "consistent" and pairs["last"].verdict == "mismatch"
    assert pairs["slow"].verdict == "error" and "crashed (SIGKILL)" in pairs["slow"].errors[0]
    assert "Traceback" not in err


def test_ctrl_c_keeps_what_finished_and_the_same_command_resumes(tmp_path: Path, slow_clip: Path) -> None:
    desk = _desk(tmp_path, slow_clip)
    proc = _start(desk)
    _after_first_pair(proc)
    workers = _worker_pids(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted: 1 of 3 rows have a result" in err and "Traceback" not in err
    summary = BatchSummary.model_validate_json((desk / "out" / "summary.json").read_text())
    assert summary.interrupted and [p.verdict for p in summary.pairs] == ["consistent", "error", "error"]
    assert (desk / "out" / "first.json").exists() and not (desk / "out" / "slow.json").exists()
    for pid in workers:  # the worker and its ExifTool are gone
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
    again = subprocess.run(
        [sys.executable, "-m", "provenance", "batch", "m.csv", "-o", "out", "--jobs", "1"],
        cwd=desk,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 1, again.stderr
    assert "1 pairs reused from earlier runs" in again.stderr
    summary = BatchSummary.model_validate_json((desk / "out" / "summary.json").read_text())
    assert not summary.interrupted and [p.resumed for p in summary.pairs] == [True, False, False]
