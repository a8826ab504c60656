"""`batch --scheduler`: the same pairs on a Dask LocalCluster give the same outputs, and resume the same way."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.models import BatchSummary

from .conftest import SAMPLE_PAIRS, SAMPLES


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None) as running:
        yield running


def _batch(desk: Path, out: str, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "provenance", "batch", "m.csv", "-o", out, "--no-frames", "--junit", f"{out}.xml"]
    return subprocess.run([*command, *extra], cwd=desk, capture_output=True, text=True, timeout=300)


def test_dask_cluster_gives_the_local_outputs_and_resumes(tmp_path: Path, cluster) -> None:
    with (tmp_path / "m.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["video", "article"])
        writer.writerows([SAMPLES / v, SAMPLES / a] for v, a, _, _ in SAMPLE_PAIRS[:4])
        writer.writerow(["missing.mp4", SAMPLES / "no_dates_15s.txt"])
    on_dask = _batch(tmp_path, "dask", "--scheduler", cluster.scheduler_address)
    local = _batch(tmp_path, "local", "--jobs", "2")
    assert on_dask.returncode == local.returncode == 2, on_dask.stderr
    dask_summary = BatchSummary.model_validate_json((tmp_path / "dask" / "summary.json").read_text())
    local_summary = BatchSummary.model_validate_json((tmp_path / "local" / "summary.json").read_text())
    strip = {"seconds", "resumed"}
    assert [p.model_dump(exclude=strip) for p in dask_summary.pairs] == [
        p.model_dump(exclude=strip) for p in local_summary.pairs
    ]
    for pair in dask_summary.pairs:
        if pair.report:  # --no-frames reports carry no timing: byte for byte the same
            assert (tmp_path / "dask" / pair.report).read_bytes() == (tmp_path / "local" / pair.report).read_bytes()
    again = _batch(tmp_path, "dask", "--scheduler", cluster.scheduler_address)
    assert again.returncode == 2
    resumed = BatchSummary.model_validate_json((tmp_path / "dask" / "summary.json").read_text())
    assert [p.resumed for p in resumed.pairs] == [True] * 4 + [False]


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from provenance.batch import cluster as backend
    from provenance.cli import app

    monkeypatch.setattr(backend, "CONNECT_TIMEOUT_S", 1)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.csv").write_text(f"video,article\n{SAMPLES / 'no_dates_15s.mp4'},{SAMPLES / 'no_dates_15s.txt'}\n")
    done = CliRunner().invoke(app, ["batch", "m.csv", "-o", "out", "--scheduler", "tcp://127.0.0.1:9"])
    assert done.exit_code == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'" in done.stderr
