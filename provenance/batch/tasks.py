"""What travels between the batch and its workers: a pair to check, the limits, and what came back.

Where it sits: the runner makes a `Task` per pair to run, a backend (`batch.pool` on this machine,
`batch.cluster` on Dask) hands it to a worker and gives back a `Done`. Plain dataclasses, cheap to
import and to pickle: the batch's own process never loads the video stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from provenance import __version__
from provenance.settings import PAIR_MEMORY_LIMIT_MB, PAIR_TIME_LIMIT_S


@dataclass(frozen=True)
class Limits:
    """What one pair may use in its worker before it is stopped and reported."""

    seconds: float = PAIR_TIME_LIMIT_S
    memory_mb: int = PAIR_MEMORY_LIMIT_MB


@dataclass(frozen=True)
class Task:
    """One pair to check. The paths are as the report shows them, relative to `cwd`, the batch's working
    folder, which the worker enters first (a cluster's workers see it under the same path): the report is
    then the one `provenance check` gives, paths and all."""

    key: str  # names the task within its batch
    cwd: str
    video: str
    article: str
    article_sha256: str
    published: date | None
    sidecar: str | None = None
    frames: bool = True
    every_frame: bool = False
    material: bool = False  # keep what the HTML view needs (article text, keyframe pictures)
    exiftool: str | None = None
    archive: str | None = None  # as given, relative to `cwd`
    version: str = __version__  # the batch's: a cluster worker with another version refuses the pair


@dataclass(frozen=True)
class Done:
    """A task's end: the handler's result, or why there is none (the pair failed in its worker)."""

    task: Any
    result: Any
    failure: str | None
    seconds: float
