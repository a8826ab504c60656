"""A batch's progress on stderr: a bar with rate and ETA on a terminal, one plain line per pair elsewhere.

Where it sits: the CLI hands one of these to `run_batch`, which reports each finished row. In a CI log
(stderr not a terminal) every pair checked in this run is one line; pairs reused from an earlier run
are counted in one line, so a resumed archive does not print 100,000 lines of nothing new.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from provenance.models import PairSummary
from provenance.report.safe import printable


def _line(pair: PairSummary) -> str:
    took = f" ({pair.seconds:.1f} s)" if pair.seconds else ""
    why = f": {printable(pair.errors[0])}" if pair.verdict == "error" and pair.errors else ""
    return f"{printable(pair.id)}: {pair.verdict}{why}{took}"


class PlainProgress:
    def __init__(self, stream: TextIO) -> None:
        self.stream, self.total, self.done, self.resumed, self.said_resumed = stream, 0, 0, 0, False

    def start(self, total: int) -> None:
        self.total = total

    def pair(self, pair: PairSummary) -> None:
        self.done += 1
        if pair.resumed:
            self.resumed += 1
            return
        self._say_resumed()
        print(f"provenance: [{self.done}/{self.total}] {_line(pair)}", file=self.stream, flush=True)

    def _say_resumed(self) -> None:
        if self.resumed and not self.said_resumed:
            self.said_resumed = True
            print(f"provenance: {self.resumed} pairs reused from earlier runs", file=self.stream, flush=True)

    def close(self) -> None:
        self._say_resumed()


class BarProgress:
    """rich's progress bar: done/total, pairs per second and time left, measured on this run's pairs only."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("provenance batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(file=stream),
            transient=False,
        )
        self.task: Any = None
        self.done = 0
        self.fresh = 0

    def start(self, total: int) -> None:
        self.progress.start()
        self.task = self.progress.add_task("batch", total=total, rate="")

    def pair(self, pair: PairSummary) -> None:
        self.done += 1
        if pair.resumed:
            self.progress.update(self.task, completed=self.done)
            return
        if self.fresh == 0:  # rate and ETA from this run's pairs, not the reused ones
            self.progress.reset(self.task, completed=self.done - 1, rate="")
        self.fresh += 1
        if pair.verdict == "error":
            self.progress.console.print(f"provenance: {_line(pair)}", markup=False, highlight=False)
        self.progress.advance(self.task)
        speed = self.progress.tasks[0].speed
        self.progress.update(self.task, rate=f"{speed:.2f} pairs/s" if speed else "")

    def close(self) -> None:
        self.progress.stop()


def progress_for(stream: TextIO | None = None) -> PlainProgress | BarProgress:
    stream = stream or sys.stderr
    return BarProgress(stream) if stream.isatty() else PlainProgress(stream)
