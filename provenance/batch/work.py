"""What a batch worker does with one pair: `run_task(Task) -> PairResult`.

Where it sits: inside a worker process (`batch.worker`), which calls it for each task it receives.
A worker is long-lived: the video stack is imported once, its ExifTool session is started once, the
archive of earlier copies (with `--archive`) is opened once, and an article shared by many pairs is
read (loaded, claims extracted) once per worker and kept for the next pair (ARTICLE_CACHE_SIZE
articles, keyed by content and publication date).
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from datetime import date

import cv2

from provenance import __version__
from provenance.archive.store import Store as Archive
from provenance.batch.store import PairResult
from provenance.batch.tasks import Task
from provenance.errors import ExifToolError, ProvenanceError
from provenance.machine import cores
from provenance.pipeline import ArticleSide, check, read_article
from provenance.report.material import PageMaterial
from provenance.settings import ARTICLE_CACHE_SIZE
from provenance.video.exiftool import ExifTool

# OpenCV's own thread pool is sized for the whole machine in every worker; a worker has its share
cv2.setNumThreads(cores())


class _State:
    """One worker thread's long-lived things: the ExifTool session, the archive and the articles read."""

    def __init__(self) -> None:
        self.session: ExifTool | None = None
        self.executable: str | None = None
        self.archive: tuple[str, Archive] | None = None  # the path as resolved, and the archive open to read
        self.articles: OrderedDict[tuple[str, date | None], ArticleSide] = OrderedDict()

    def exiftool(self, executable: str | None) -> ExifTool | None:
        """The session, started at first use; None when ExifTool cannot start (each report then says why)."""
        if self.session is not None and self.executable != executable:
            self.session.close()
            self.session = None
        if self.session is None:
            try:
                self.session = ExifTool(executable).__enter__()
            except ExifToolError:
                return None
            self.executable = executable
        return self.session

    def opened(self, archive: str | None) -> Archive | None:
        """The archive open to read, opened at first use (relative to the batch's folder, entered already).

        Raises:
            ArchiveError: it cannot be opened (gone or damaged since the batch checked it).
        """
        if archive is None:
            return None
        where = os.path.realpath(archive)
        if self.archive is not None and self.archive[0] != where:
            self.archive[1].close()
            self.archive = None
        if self.archive is None:
            self.archive = (where, Archive.open(archive))
        return self.archive[1]

    def article(self, task: Task) -> ArticleSide:
        key = (task.article_sha256, task.published)
        side = self.articles.get(key)
        if side is None:
            side = self.articles[key] = read_article(task.article, task.published)
            if len(self.articles) > ARTICLE_CACHE_SIZE:
                self.articles.popitem(last=False)
        else:
            self.articles.move_to_end(key)
        return side


_local = threading.local()


def _state() -> _State:
    state = getattr(_local, "state", None)
    if state is None:
        state = _local.state = _State()
    return state


def run_task(task: Task) -> PairResult:
    """Check one pair; a pair that cannot be checked at all (a file gone since the manifest was read) is a failure."""
    started = time.monotonic()
    if task.version != __version__:  # results are keyed by the batch's version: never mix two
        return PairResult(None, None, f"this worker runs provenance {__version__}, the batch {task.version}", 0.0)
    state = _state()
    material = PageMaterial() if task.material else None
    try:
        os.chdir(task.cwd)  # a worker process runs one pair at a time: its folder is the pair's
    except OSError as exc:
        return PairResult(None, None, f"this worker cannot enter the batch's folder {task.cwd!r}: {exc}", 0.0)
    try:
        report = check(
            task.video,
            task.article,
            published=task.published,
            exiftool=state.exiftool(task.exiftool),
            exiftool_executable=task.exiftool,
            frames=task.frames,
            every_frame=task.every_frame,
            sidecar=task.sidecar,
            archive=state.opened(task.archive),
            article_side=state.article(task),
            material=material,
        )
    except ProvenanceError as exc:
        return PairResult(None, None, str(exc), time.monotonic() - started)
    return PairResult(
        report.model_dump_json(), material.to_json() if material else None, None, time.monotonic() - started
    )
