"""A batch run from manifest to summary: `run_batch(manifest, out, options) -> BatchResult`.

Where it sits: the library entry point of `provenance batch`; the only module that knows the order of
a batch's steps:

    manifest --read--> rows --key--> in the store? --yes----------------------------+
                                       | no, or the video not hashed yet           |
                                       +--> Task --backend--> PairResult ----------+--> OUT/ID.json (ID.html)
                                            (pool or cluster)  stored at once            |
                                                                                         +--> OUT/summary.json

A pair's report is written, and its result committed to the store, the moment it comes back, so an
interrupt (Ctrl-C) loses nothing finished: the summary is still written, the unfinished rows marked,
and the same command resumes. Rows that share a key (same files, same options) run once. A key needs
the video's sha256: remembered from an earlier run (by path, size and modification time), else read by
the worker that checks it, so this process never reads a video.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from provenance import __version__
from provenance.batch.manifest import Manifest, Row, read_manifest
from provenance.batch.outputs import unfinished, write_pair, write_summary
from provenance.batch.store import STORE_NAME, FileStamp, PairResult, Store, result_key
from provenance.batch.tasks import Done, Limits, Task
from provenance.errors import ProvenanceError
from provenance.inputs import display_path
from provenance.machine import cores
from provenance.models import BatchSummary, PairSummary, Report, ToolInfo, Totals
from provenance.report.policy import DEFAULT_POLICY, FailPolicy

LOG_NAME = "workers.log"
INTERRUPTED = "interrupted before this pair was checked: run the same command again to resume"


class BatchError(ProvenanceError):
    """The batch cannot run at all: the output folder cannot be written, a cluster cannot be reached."""


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C during a batch: what was finished is kept and summarised in `result`."""

    def __init__(self, result: BatchResult) -> None:
        super().__init__("interrupted")
        self.result = result


@dataclass(frozen=True)
class BatchOptions:
    frames: bool = True
    every_frame: bool = False
    html: bool = False  # one page per pair and an index
    jobs: int | None = None  # local workers (default: the cores)
    scheduler: str | None = None  # a Dask scheduler's address: run there instead
    limits: Limits = field(default_factory=Limits)
    policy: FailPolicy = DEFAULT_POLICY
    exiftool: str | None = None
    retry_errors: bool = False  # run again the pairs an earlier run could not check
    archive: str | None = None  # an archive of earlier copies to look every video up in


class Progress(Protocol):
    def start(self, total: int) -> None: ...
    def pair(self, pair: PairSummary) -> None: ...


@dataclass
class BatchResult:
    manifest: Manifest
    out: Path
    summary: BatchSummary

    @property
    def exit_code(self) -> int:
        return self.summary.totals.exit_code

    def reports(self) -> Iterator[tuple[PairSummary, Report | None]]:
        """Each pair with the report of a pair that fails --fail-on (what the JUnit and Markdown views quote),
        read back one at a time (an archive's reports do not fit in memory); None for the others."""
        for pair in self.summary.pairs:
            report = None
            if pair.report is not None and pair.exit_code == 1:
                report = Report.model_validate_json((self.out / pair.report).read_text(encoding="utf-8"))
            yield pair, report


def run_batch(
    manifest: str | os.PathLike[str],
    out: str | os.PathLike[str],
    options: BatchOptions | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Check every pair of a manifest, resuming from what OUT already holds.

    Raises:
        ManifestError: the manifest cannot be read at all.
        BatchError: OUT cannot be written, the cluster cannot be reached, workers cannot start.
        BatchInterrupted: Ctrl-C; its `result` holds what was finished (all of it written and stored).
        ArchiveError: `options.archive` is missing, damaged, not an archive or written by a newer version.
    """
    options = options or BatchOptions()
    rows = read_manifest(manifest)
    folder = Path(out)
    shown = display_path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        store = Store(folder / STORE_NAME)
    except OSError as exc:
        raise BatchError(f"cannot write the output folder {shown!r}: {exc.strerror or exc}") from None
    except sqlite3.Error as exc:
        raise BatchError(f"{shown}/{STORE_NAME} is not a results database this tool can use ({exc})") from None
    with store:
        run = _Run(rows, folder, options, store, progress)
        try:
            run.execute(run.plan())
        except KeyboardInterrupt:
            raise BatchInterrupted(run.finish(interrupted=True)) from None
        except (OSError, sqlite3.Error) as exc:  # a full disk, a folder removed under us
            raise BatchError(
                f"cannot write in {shown!r}: {getattr(exc, 'strerror', None) or exc}; what finished is kept, "
                "and the same command resumes"
            ) from None
        return run.finish(interrupted=False)


def _archive_fingerprint(archive: str | None) -> str | None:
    """The archive's fingerprint, read before anything slow: a missing or damaged one stops the batch.

    Raises:
        ArchiveError: the archive is missing, damaged, not an archive or written by a newer version.
    """
    if archive is None:
        return None
    from provenance.archive.store import Store as Archive  # sqlite3 and the models: no video stack

    with Archive.open(archive) as opened:
        return opened.fingerprint()


@dataclass
class _Pending:
    """A task and the rows it answers; its result's key when the video's hash is already known."""

    rows: list[Row]
    key: str | None
    stamp: FileStamp
    article_sha256: str
    sidecar_sha256: str | None


class _Run:
    """One batch run's state: the rows, the tasks out, what is finished."""

    def __init__(self, manifest: Manifest, out: Path, options: BatchOptions, store: Store, progress: Any) -> None:
        self.manifest, self.out, self.options, self.store, self.progress = manifest, out, options, store, progress
        self.finished: dict[str, PairSummary] = {}
        self.waiting: dict[str, _Pending] = {}  # task key -> what it answers
        self.exiftool_version: str | None = None
        self.archive_fingerprint = _archive_fingerprint(options.archive)

    def plan(self) -> list[Task]:
        """Rows with a problem end here; stored results are reused; the rest become tasks (one per distinct pair)."""
        if self.progress is not None:
            self.progress.start(len(self.manifest.rows))
        tasks = []
        for row in self.manifest.rows:
            if row.problem is not None:
                self._finish(row, PairResult(None, None, row.problem, 0.0))
                continue
            try:
                article_sha, sidecar_sha = self.store.file_sha256(row.article), self._sidecar_sha256(row)
                video_sha, stamp = self.store.known_sha256(row.video)
            except OSError as exc:
                self._finish(row, PairResult(None, None, f"cannot read the inputs: {exc.strerror or exc}", 0.0))
                continue
            key = self._key(video_sha, article_sha, sidecar_sha, row) if video_sha else None
            stored = self.store.get(key) if key else None
            if stored is not None and self._reusable(stored):
                self._finish(row, stored, resumed=True)
                continue
            ident = key or "\0".join(map(str, (row.video, row.article, row.sidecar, row.published)))
            if ident in self.waiting:
                self.waiting[ident].rows.append(row)
            else:
                self.waiting[ident] = _Pending([row], key, stamp, article_sha, sidecar_sha)
                tasks.append(self._task(ident, row, article_sha))
        # the largest videos first: the slow pairs start early instead of ending the run on one worker
        return sorted(tasks, key=lambda t: -self.waiting[t.key].stamp.size)

    def _sidecar_sha256(self, row: Row) -> str | None:
        """The sidecar the check will read (the row's, else the one beside the video): it changes the report."""
        from provenance.video.sidecar import find_sidecar  # light: json and the models

        path = row.sidecar or find_sidecar(Path(row.video))
        return self.store.file_sha256(str(path)) if path is not None else None

    def _key(self, video_sha: str, article_sha: str, sidecar_sha: str | None, row: Row) -> str:
        frames, every_frame, shown = (
            self.options.frames,
            self.options.every_frame,
            (row.video, row.article, row.sidecar),
        )
        return result_key(
            video_sha, article_sha, row.published, frames, every_frame, sidecar_sha, shown, self.archive_fingerprint
        )

    def _reusable(self, stored: PairResult) -> bool:
        if stored.failure is not None:
            return not self.options.retry_errors
        return not (self.options.html and stored.material is None)

    def _task(self, ident: str, row: Row, article_sha: str) -> Task:
        return Task(
            key=ident,
            cwd=os.getcwd(),
            video=row.video,
            article=row.article,
            article_sha256=article_sha,
            published=row.published,
            sidecar=row.sidecar,
            frames=self.options.frames,
            every_frame=self.options.every_frame,
            material=self.options.html,
            exiftool=self.options.exiftool,
            archive=self.options.archive,
        )

    def execute(self, tasks: list[Task]) -> None:
        if not tasks:
            return
        with _backend(self.options, self.out) as backend:
            for done in backend.run(tasks):
                pending = self.waiting.pop(done.task.key)
                result = _result(done)
                key = pending.key or self._key_after(pending, result)
                if key is not None:
                    self.store.put(key, result)
                for row in pending.rows:
                    self._finish(row, result)

    def _key_after(self, pending: _Pending, result: PairResult) -> str | None:
        """The key of a result whose video was first hashed by its worker (the report carries the hash)."""
        try:
            if result.report is not None:
                video_sha = json.loads(result.report)["inputs"]["video"]["sha256"]
                self.store.remember_sha256(pending.stamp, video_sha)
            else:  # no report (the pair failed in its worker): read the hash here
                video_sha = self.store.file_sha256(pending.rows[0].video)
        except OSError:
            return None  # the file went away: nothing to key the result by
        return self._key(video_sha, pending.article_sha256, pending.sidecar_sha256, pending.rows[0])

    def _finish(self, row: Row, result: PairResult, resumed: bool = False) -> None:
        pair, version = write_pair(self.out, row, result, self.options.policy, self.options.html, resumed)
        self.exiftool_version = self.exiftool_version or version
        self.finished[row.id] = pair
        if self.progress is not None:
            self.progress.pair(pair)

    def finish(self, interrupted: bool) -> BatchResult:
        """The summary (every row, in manifest order) and the index page."""
        pairs = [self.finished.get(row.id) or unfinished(row, INTERRUPTED) for row in self.manifest.rows]
        summary = BatchSummary(
            tool=ToolInfo(name="provenance", version=__version__, exiftool_version=self.exiftool_version),
            manifest=display_path(self.manifest.path),
            fail_on=self.options.policy.text,
            frames=self.options.frames,
            every_frame=self.options.every_frame and self.options.frames,
            archive=display_path(self.options.archive) if self.options.archive else None,
            interrupted=interrupted,
            pairs=pairs,
            totals=_totals(pairs),
        )
        write_summary(self.out, summary, self.options.html)
        return BatchResult(self.manifest, self.out, summary)


def _result(done: Done) -> PairResult:
    if done.failure is not None or not isinstance(done.result, PairResult):
        return PairResult(None, None, done.failure or "the worker gave no result", done.seconds)
    return done.result


def _totals(pairs: list[PairSummary]) -> Totals:
    def count(verdict: str) -> int:
        return sum(p.verdict == verdict for p in pairs)

    errors = count("error")
    failed = sum(p.exit_code == 1 for p in pairs)
    return Totals(
        pairs=len(pairs),
        consistent=count("consistent"),
        mismatch=count("mismatch"),
        unverifiable=count("unverifiable"),
        error=errors,
        failed=failed,
        exit_code=2 if errors else 1 if failed else 0,
    )


def _backend(options: BatchOptions, out: Path) -> Any:
    if options.scheduler:
        from provenance.batch.cluster import DaskBackend

        return DaskBackend(options.scheduler, options.limits)
    from provenance.batch.pool import WorkerPool

    return WorkerPool(options.jobs or cores(), options.limits, log=out / LOG_NAME)


__all__ = ["BatchError", "BatchInterrupted", "BatchOptions", "BatchResult", "Progress", "run_batch"]
