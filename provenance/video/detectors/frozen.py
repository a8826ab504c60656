"""Frozen-frame detector: stretches where the picture does not change, and exact duplicate frames.

Black frames are left to the shot detector (a black screen is frozen by nature). Duplicates are
counted only when every frame was decoded; the pass decides whether to report them.
"""

from __future__ import annotations

from provenance.models import Segment
from provenance.settings import FROZEN_MIN_S, FROZEN_PEAK, FROZEN_SCORE
from provenance.video.detectors import FrameSample
from provenance.video.detectors.shots import END


class FrozenDetector:
    def __init__(self) -> None:
        # (decoded frame that closed it, 1, segment): after a black segment closed by the same frame
        self.segments: list[tuple[int, int, Segment]] = []
        self.duplicates = 0
        self.frozen_start: float | None = None
        self.last_t: float | None = None

    def update(self, sample: FrameSample) -> None:
        if not sample.first and not sample.black:
            if sample.score == 0.0:
                self.duplicates += 1
            if sample.score < FROZEN_SCORE and sample.peak < FROZEN_PEAK:
                self.frozen_start = self.last_t if self.frozen_start is None else self.frozen_start
            elif self.frozen_start is not None:
                self._segment(sample.index, self.frozen_start, sample.t)
                self.frozen_start = None
        self.last_t = sample.t

    def finish(self, end_s: float) -> None:
        if self.frozen_start is not None:
            self._segment(END, self.frozen_start, end_s)

    def _segment(self, closed_at: int, start: float | None, end: float) -> None:
        start = start or 0.0
        if end - start >= FROZEN_MIN_S and end > start:
            self.segments.append((closed_at, 1, Segment(kind="frozen", start_s=round(start, 3), end_s=round(end, 3))))
