"""The same tasks on a Dask distributed cluster: `provenance batch ... --scheduler tcp://HOST:PORT`.

Where it sits: the other backend of `batch.runner`, beside `batch.pool`. The batch's own process stays
the client: it reads the manifest, keeps the store and writes every output, so the outputs and the
resumption are the same as on one machine. Each Dask worker thread runs its pairs through a one-worker
`WorkerPool` of its own (`run_isolated`), so a pair that hangs, blows its memory or crashes is stopped
and reported there exactly as it is locally, and the Dask worker itself stays up. The workers open the
paths the client sends (absolute): they must see the files under the same paths (a shared mount).

Pairs are handed to the scheduler a window at a time (DASK_TASKS_PER_THREAD per worker thread), so an
archive of 100,000 pairs never sits in the scheduler at once.
"""

from __future__ import annotations

import atexit
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from provenance.batch.runner import BatchError
from provenance.batch.tasks import Done, Limits, Task
from provenance.machine import cores
from provenance.settings import DASK_TASKS_PER_THREAD

CONNECT_TIMEOUT_S = 20
INSTALL_HINT = "--scheduler needs Dask: install it with pip install 'provenance[cluster]' (dask[distributed])"

_local = threading.local()


def run_isolated(task: Task, limits: Limits) -> Done:
    """On a Dask worker: run one pair in this thread's own worker process, with the pair's limits."""
    from provenance.batch.pool import WorkerPool

    pool = getattr(_local, "pool", None)
    if pool is None or pool.limits != limits:
        if pool is not None:
            pool.close()
        # each of the Dask worker's threads drives one worker process: they share its cores
        pool = _local.pool = WorkerPool(1, limits, cores=max(1, cores() // _dask_threads()))
        atexit.register(pool.close)
    return next(iter(pool.run([task])))


def _dask_threads() -> int:
    from distributed import get_worker

    worker = get_worker()
    state = getattr(worker, "state", worker)
    return max(1, int(getattr(state, "nthreads", 1)))


class DaskBackend:
    """A client of an existing Dask scheduler. Use as a context manager."""

    def __init__(self, address: str, limits: Limits) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise BatchError(INSTALL_HINT) from None
        self.limits = limits
        try:
            self.client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
        except (OSError, TimeoutError, ValueError, TypeError) as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {address!r}: {exc}") from None

    def __enter__(self) -> DaskBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def run(self, tasks: Iterable[Task]) -> Iterator[Done]:
        """Every task through the cluster; each `Done` as it finishes."""
        from distributed import as_completed

        queue = deque(tasks)
        threads = sum(self.client.nthreads().values())
        window = max(8, threads * DASK_TASKS_PER_THREAD)
        owners: dict[Any, Task] = {}

        def submit() -> Any:
            task = queue.popleft()
            future = self.client.submit(
                run_isolated, task, self.limits, key=f"provenance-{task.key[:16]}-{uuid.uuid4().hex[:8]}", pure=False
            )
            owners[future.key] = task
            return future

        if not queue:
            return
        running = as_completed([submit() for _ in range(min(window, len(queue)))], loop=self.client.loop)
        try:
            for future in running:
                task = owners.pop(future.key)
                yield _done(future, task)
                future.release()
                if queue:
                    running.add(submit())
        finally:
            for future in list(running.futures):
                future.cancel()


def _done(future: Any, task: Task) -> Done:
    try:
        done = future.result()
    except Exception as exc:  # noqa: BLE001 - a lost worker, a scheduler restart: this pair's error
        return Done(task, None, f"the cluster could not run this pair: {type(exc).__name__}: {exc}", 0.0)
    return done if isinstance(done, Done) else Done(task, None, "the cluster returned no result", 0.0)
