"""Batch runs: every video/article pair of a manifest, in parallel, isolated and resumable.

    manifest.py   CSV or JSON Lines -> rows (a bad row is that row's error)
    store.py      SQLite in OUT: results by the inputs' sha256, options and tool version; file hashes
    tasks.py      what travels to a worker and back (Task, Done, Limits)
    worker.py     one worker process: a long-lived loop over tasks, its messages
    work.py       what a worker does with a task: `check` with one ExifTool session and read articles kept
    pool.py       worker processes on this machine, each pair under a time and a memory limit
    cluster.py    the same tasks on a Dask distributed cluster (`--scheduler`)
    outputs.py    OUT/ID.json, OUT/ID.html, OUT/summary.json, OUT/index.html
    runner.py     run_batch(manifest, out, options) -> BatchResult: the order of it all

    from provenance.batch import BatchOptions, run_batch
    result = run_batch("today.csv", "out/", BatchOptions(jobs=4))
    print(result.summary.totals, result.exit_code)

Importing this package loads neither the video stack nor Dask: workers load the first, `--scheduler`
the second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from provenance.batch.runner import BatchOptions, BatchResult, run_batch

_EXPORTS = {"BatchOptions", "BatchResult", "run_batch"}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        from provenance.batch import runner

        return getattr(runner, name)
    raise AttributeError(f"module 'provenance.batch' has no attribute {name!r}")


__all__ = ["BatchOptions", "BatchResult", "run_batch"]
