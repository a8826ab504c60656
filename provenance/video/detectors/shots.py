"""Shot detector: cuts and black segments split the video into shots.

A cut is a large change between two decoded frames that stands out against the shot's recent
changes, in pixels or, in fast motion, in colours. A black stretch ends the shot before it and
starts the next one (`start_transition: black`). Listeners (the keyframe chooser) hear of every
boundary as it happens, before they see the frame that starts the new shot.
"""

from __future__ import annotations

import statistics
from collections import deque
from typing import Protocol

from provenance.models import Segment, Shot
from provenance.settings import CUT_HISTOGRAM, CUT_MIN_SCORE, CUT_RATIO, MIN_SHOT_S
from provenance.video.detectors import FrameSample

# segments closed at the pass's end sort after every frame's
END = 1 << 62


class ShotListener(Protocol):
    def shot_ended(self, index: int) -> None: ...

    def shot_started(self, t: float) -> None: ...


class ShotDetector:
    def __init__(self) -> None:
        self.shots: list[Shot] = []
        # (decoded frame that closed it, 0, segment): the pass orders black and frozen segments by closure
        self.segments: list[tuple[int, int, Segment]] = []
        self.listeners: list[ShotListener] = []
        self.start = 0.0
        self.transition = "start"
        self.black_start: float | None = None
        self.recent: deque[float] = deque(maxlen=15)
        self.recent_histogram: deque[float] = deque(maxlen=15)
        self.frames = 0

    @property
    def index(self) -> int:
        """The current shot's index."""
        return len(self.shots)

    def update(self, sample: FrameSample) -> None:
        t = sample.t
        if sample.first:
            self.start = t
        self.frames += 1
        if sample.black and self.black_start is None:
            self.black_start = t
            self._end(t)
        elif not sample.black and self.black_start is not None:
            self._segment(sample.index, self.black_start, t)
            self.black_start = None
            self._start(t, "black")
        elif not sample.black and not sample.first and self._is_cut(sample):
            self._end(t)
            self._start(t, "cut")
        self.recent.append(sample.score)
        self.recent_histogram.append(sample.moved)

    def finish(self, end_s: float) -> None:
        in_black = self.black_start is not None
        if self.black_start is not None:
            self._segment(END, self.black_start, end_s)
        if self.frames and not in_black:  # a video ending in black: the segment says so, no shot
            self._end(end_s)

    def _is_cut(self, sample: FrameSample) -> bool:
        """A large change that stands out against the shot's recent frames, in pixels or in colours."""
        if sample.score < CUT_MIN_SCORE or sample.t - self.start < MIN_SHOT_S:
            return False
        baseline = statistics.median(self.recent) if self.recent else 0.0
        if sample.score > CUT_RATIO * baseline + 2.0:
            return True
        colours = statistics.median(self.recent_histogram) if self.recent_histogram else 0.0
        return sample.moved >= CUT_HISTOGRAM and sample.moved > CUT_RATIO * colours + 0.1

    def _segment(self, closed_at: int, start: float, end: float) -> None:
        if end > start:
            self.segments.append((closed_at, 0, Segment(kind="black", start_s=round(start, 3), end_s=round(end, 3))))

    def _end(self, t: float) -> None:
        for listener in self.listeners:
            listener.shot_ended(self.index)
        if t > self.start:
            self.shots.append(
                Shot(
                    index=self.index, start_s=round(self.start, 3), end_s=round(t, 3), start_transition=self.transition
                )
            )
        self.start = t

    def _start(self, t: float, transition: str) -> None:
        self.start = t
        self.transition = transition
        for listener in self.listeners:
            listener.shot_started(t)
        self.recent.clear()  # the new shot's motion is the baseline for its next cut
        self.recent_histogram.clear()
