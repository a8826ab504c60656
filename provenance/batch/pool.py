"""Worker processes on this machine, each pair isolated: a hang, a memory blow-up or a crash costs one pair.

Where it sits: the local backend of `batch.runner` (and, one worker a thread, inside each Dask worker:
`batch.cluster`). Each worker is a long-lived `python -m provenance.batch.worker` process in a session
of its own (Ctrl-C reaches only the batch; a kill reaches its ExifTool and Tesseract too). The pool
hands each worker one task at a time and watches it:

    a pair past Limits.seconds          -> the worker is killed, the pair fails: "took longer than ..."
    a worker past Limits.memory_mb      -> the same: "used more than ... MB"   (resident memory, children included)
    a worker that dies (a segfault)     -> the pair fails with the signal: "the worker crashed (SIGSEGV)"

and starts a fresh worker in its place; the other pairs go on. Workers that cannot start at all stop
the batch with the reason (`WorkerStartError`) instead of being restarted for ever.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from provenance.batch.tasks import Done, Limits
from provenance.batch.worker import DEFAULT_HANDLER, receive_from, send
from provenance.errors import ProvenanceError
from provenance.machine import CORES_ENV, cores
from provenance.settings import MEMORY_POLL_S, WORKER_START_FAILURES, WORKER_START_S


class WorkerStartError(ProvenanceError):
    """Batch workers die before they can take a pair (an install problem): the batch cannot go on."""


@dataclass
class _Worker:
    """One worker process, what it is doing, and its stderr (kept in a temporary file)."""

    proc: subprocess.Popen[bytes]
    stderr: IO[bytes]
    started: float = field(default_factory=time.monotonic)
    ready: bool = False
    task: Any = None
    task_started: float = 0.0

    @classmethod
    def start(cls, handler: str, share: int) -> _Worker:
        """A new worker with `share` cores to size its decoder threads for."""
        stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the worker; closed in end()
        env = {
            **os.environ,
            CORES_ENV: str(share),
            # fewer malloc arenas: decoder threads otherwise each keep an arena of freed frames, and a
            # long-lived worker grows
            "MALLOC_ARENA_MAX": os.environ.get("MALLOC_ARENA_MAX", "2"),
        }
        proc = subprocess.Popen(
            [sys.executable, "-m", "provenance.batch.worker", handler],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            start_new_session=True,  # Ctrl-C is the batch's; killpg reaches the worker's own children
            env=env,
        )
        return cls(proc, stderr)

    def end(self, log: Path | None) -> None:
        """Kill the worker and everything it started; append its stderr to the log."""
        _kill_group(self.proc)
        try:
            self.stderr.seek(0)
            text = self.stderr.read()
            if log is not None and text.strip():
                with log.open("ab") as handle:
                    handle.write(f"--- worker {self.proc.pid} ({_exit_status(self.proc)})\n".encode() + text)
        finally:
            self.stderr.close()


class WorkerPool:
    """`jobs` worker processes running `handler` (a `module:function` name). Use as a context manager.

    Args:
        jobs: how many workers run at once.
        limits: per-pair time and memory limits.
        handler: the function a worker applies to each task.
        log: a file the workers' stderr is appended to when each worker ends (None: dropped).
        cores: the cores the workers share (default: this machine's).
    """

    def __init__(
        self,
        jobs: int,
        limits: Limits | None = None,
        handler: str = DEFAULT_HANDLER,
        log: Path | None = None,
        cores: int | None = None,
    ):
        self.jobs = max(1, jobs)
        self.cores = cores
        self.limits = limits or Limits()
        self.handler = handler
        self.log = log
        self.workers: list[_Worker] = []
        self.selector = selectors.DefaultSelector()
        self.start_failures = 0

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- running

    def run(self, tasks: Iterable[Any]) -> Iterator[Done]:
        """Run every task; yields each one's `Done` as it finishes (in no fixed order)."""
        queue = deque(tasks)
        wanted = min(self.jobs, len(queue))
        try:
            while queue or any(w.task is not None for w in self.workers):
                while len(self.workers) < wanted:
                    self._spawn()
                for worker in self.workers:
                    if worker.ready and worker.task is None and queue:
                        self._hand(worker, queue.popleft())
                yield from self._wait()
        finally:
            # stopped early (Ctrl-C, or the caller stopped reading): a busy worker's answer would be stale
            for worker in [w for w in self.workers if w.task is not None]:
                self._retire(worker)

    def _hand(self, worker: _Worker, task: Any) -> None:
        worker.task, worker.task_started = task, time.monotonic()
        # a worker that died meanwhile: its stdout's end of file says so on the next wait
        with contextlib.suppress(OSError):
            send(worker.proc.stdin, task)  # type: ignore[arg-type]

    def _wait(self) -> Iterator[Done]:
        """Messages, deaths, and limits: one round."""
        for key, _ in self.selector.select(timeout=MEMORY_POLL_S):
            worker: _Worker = key.data
            try:
                kind, payload = receive_from(worker.proc.stdout.fileno())  # type: ignore[union-attr]
            except (EOFError, OSError, ValueError):
                yield from self._died(worker)
                continue
            if kind == "ready":
                worker.ready = True
                self.start_failures = 0
            else:
                task, worker.task = worker.task, None
                elapsed = time.monotonic() - worker.task_started
                yield Done(task, payload if kind == "done" else None, payload if kind != "done" else None, elapsed)
        yield from self._enforce_limits()

    def _enforce_limits(self) -> Iterator[Done]:
        now = time.monotonic()
        for worker in list(self.workers):
            if not worker.ready and now - worker.started > WORKER_START_S:
                self._retire(worker)
                self._start_failed(f"a worker did not start within {WORKER_START_S:g} s")
            if worker.task is None:
                continue
            elapsed = now - worker.task_started
            if elapsed > self.limits.seconds:
                yield self._stop(worker, f"took longer than {self.limits.seconds:g} s (the per-pair time limit)")
                continue
            used = _tree_rss_mb(worker.proc.pid)
            if used > self.limits.memory_mb:
                yield self._stop(
                    worker, f"used {used:.0f} MB of memory, more than the per-pair limit of {self.limits.memory_mb} MB"
                )

    def _stop(self, worker: _Worker, reason: str) -> Done:
        task, elapsed = worker.task, time.monotonic() - worker.task_started
        self._retire(worker)
        return Done(task, None, f"{reason}: stopped, and its worker replaced", elapsed)

    def _died(self, worker: _Worker) -> Iterator[Done]:
        task, elapsed = worker.task, time.monotonic() - worker.task_started
        code = _exit_status(worker.proc)
        why = _last_line(worker.stderr)
        self._retire(worker)
        if task is not None:
            yield Done(task, None, f"the worker crashed ({code}) while checking this pair; it was replaced", elapsed)
        elif not worker.ready:
            self._start_failed(f"a worker exited ({code}) before it was ready: {why}")

    def _start_failed(self, reason: str) -> None:
        self.start_failures += 1
        if self.start_failures >= WORKER_START_FAILURES:
            raise WorkerStartError(f"batch workers cannot start: {reason}")

    # ---------------------------------------------------------------- processes

    def _spawn(self) -> None:
        worker = _Worker.start(self.handler, max(1, (self.cores or cores()) // self.jobs))
        self.workers.append(worker)
        self.selector.register(worker.proc.stdout, selectors.EVENT_READ, worker)  # type: ignore[arg-type]

    def _retire(self, worker: _Worker) -> None:
        self.selector.unregister(worker.proc.stdout)  # type: ignore[arg-type]
        self.workers.remove(worker)
        worker.end(self.log)

    def close(self) -> None:
        """End every worker and what it started. A worker keeps nothing worth a clean exit (its results are
        sent, its ExifTool holds no state), and an interpreter with the video stack loaded takes a second to
        wind down: it is killed."""
        for worker in list(self.workers):
            self._retire(worker)
        self.selector.close()


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


def _exit_status(proc: subprocess.Popen[bytes]) -> str:
    try:
        code = proc.wait(timeout=2)
    except subprocess.TimeoutExpired:
        return "still running"
    if code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


def _last_line(stderr: IO[bytes]) -> str:
    stderr.seek(0)
    lines = [line for line in stderr.read().decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1].strip() if lines else "nothing on stderr"


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its descendants, in MB (Linux /proc; 0 where there is none)."""
    total, todo, seen = 0, [pid], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            with open(f"/proc/{current}/statm", "rb") as statm:
                total += int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            with open(f"/proc/{current}/task/{current}/children", "rb") as children:
                todo.extend(int(c) for c in children.read().split())
        except (OSError, ValueError):
            continue
    return total / (1 << 20)
