"""Frame-hash detector: PDQ hashes of frames sampled through the whole video, for the archive.

It runs in the decode pass like the other detectors, on the frames the pass decodes anyway, so
`check --archive` decodes once. Two plans: the archive's (`ARCHIVE_PLAN`: a frame every 0.1 s at
most, kept only when it differs from the last kept, at two framings) and a checked video's
(`QUERY_PLAN`: a frame every 0.5 s, at two framings, plain and mirrored). Frames too flat for
PDQ to hash reliably (quality under ARCHIVE_MIN_QUALITY: black, fades, blank screens) are
skipped and counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from provenance.archive.hashing import FrameHash, distance, hash_luma
from provenance.settings import (
    ARCHIVE_EVERY_S,
    ARCHIVE_FRAMINGS,
    ARCHIVE_KEEP_DISTANCE,
    ARCHIVE_MAX_GAP_S,
    ARCHIVE_MIN_QUALITY,
    ARCHIVE_QUERY_EVERY_S,
    ARCHIVE_QUERY_FRAMINGS,
)
from provenance.video.detectors import FrameSample


@dataclass(frozen=True)
class HashPlan:
    """How often frames are hashed, at which framings, and which of them are kept."""

    every_s: float
    framings: tuple[float, ...]
    mirror: bool
    keep_distance: int | None  # keep a frame only when it differs from the last kept by more than this


ARCHIVE_PLAN = HashPlan(ARCHIVE_EVERY_S, ARCHIVE_FRAMINGS, mirror=False, keep_distance=ARCHIVE_KEEP_DISTANCE)
QUERY_PLAN = HashPlan(ARCHIVE_QUERY_EVERY_S, ARCHIVE_QUERY_FRAMINGS, mirror=True, keep_distance=None)


class FrameHasher:
    def __init__(self, plan: HashPlan, notes: list[str]) -> None:
        self.plan = plan
        self.notes = notes
        self.hashes: list[FrameHash] = []
        self.sampled = 0  # frames hashed, kept or not
        self.too_flat = 0
        self.next_at: float | None = None

    def update(self, sample: FrameSample) -> None:
        if self.next_at is not None and sample.t < self.next_at - 1e-6:
            return
        self.next_at = sample.t + self.plan.every_s
        if sample.black:
            return
        luma = _upright(sample.luma, sample.rotation)
        hashed = hash_luma(luma, sample.t, self.plan.framings, self.plan.mirror)
        self.sampled += 1
        if hashed is None or hashed.quality < ARCHIVE_MIN_QUALITY:
            self.too_flat += 1
            return
        if self.plan.keep_distance is not None and self.hashes:
            last = self.hashes[-1]
            similar = distance(last.framings[0], hashed.framings[0]) <= self.plan.keep_distance
            if similar and hashed.t - last.t < ARCHIVE_MAX_GAP_S:
                return
        self.hashes.append(hashed)

    def finish(self, end_s: float) -> None:
        """Every sampled frame was hashed when it came; say how many were too flat to hash."""
        if self.too_flat:
            self.notes.append(
                f"archive hashes: {self.too_flat} of {self.sampled} sampled frames too flat for PDQ (quality under "
                f"{ARCHIVE_MIN_QUALITY}){'' if self.hashes else ': only an identical file can match'}"
            )


def _upright(luma: np.ndarray, rotation: Any) -> np.ndarray:
    """Turn the luma the way a player would (90 degrees: a quarter turn counter-clockwise)."""
    turns = (int(rotation) // 90) % 4 if rotation else 0
    return np.rot90(luma, k=turns) if turns else luma
