"""Frame detectors: small objects the decode pass feeds, one decoded frame at a time.

Where it sits: inside the decode pass (`video.decode`). The pass measures each decoded frame once
(`Measure` -> `FrameSample`: its planes shrunk to 64x36, whether it is black, how much it differs
from the frame before) and hands the sample to every detector in `detectors()` order. Each detector
keeps a few numbers, never the frames, and gives its result at the end:

    update(sample)        once per decoded frame, in decoding order
    finish(end_s)         once, with the time the last frame ends

A new detector is one module here and one line in `detectors()`, never a branch in the decode loop.
The keyframe chooser listens to the shot detector (a keyframe is taken in each shot), so the shot
detector comes first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import cv2
import numpy as np

from provenance.settings import BLACK_LUMA, BLACK_SPREAD, SMALL

if TYPE_CHECKING:
    from provenance.video.detectors.hashes import HashPlan

_PLANAR = ("yuv420p", "yuvj420p", "yuv422p", "yuvj422p", "yuv444p", "yuvj444p")


@dataclass(frozen=True)
class FrameSample:
    """One decoded frame as every detector sees it."""

    index: int  # decoded frames before this one
    t: float  # presentation time (s)
    frame: Any  # the decoder's frame (PyAV), for the detectors that need the picture
    luma: np.ndarray  # its luma at full size as stored (`luma_plane`), read once for every detector
    rotation: int  # degrees a player turns the stored picture
    black: bool
    first: bool  # no frame before it: score, peak and moved are 0
    score: float  # mean absolute luma+chroma change from the previous frame (0-255, doubled)
    peak: int  # the largest change of one cell
    moved: float  # colour-histogram distance from the previous frame (0 same, 1 disjoint)


class Detector(Protocol):
    def update(self, sample: FrameSample) -> None: ...

    def finish(self, end_s: float) -> None: ...


class Measure:
    """Turns decoded frames into samples: the one place a frame's planes are read and compared."""

    def __init__(self) -> None:
        self.previous: np.ndarray | None = None
        self.previous_histogram: np.ndarray | None = None
        self.count = 0

    def sample(self, frame: Any, t: float, rotation: int) -> FrameSample:
        full = luma_plane(frame)
        small = _small_planes(frame, full)
        luma = small[: SMALL[1]]
        black = float(luma.mean()) < BLACK_LUMA and float(luma.std()) < BLACK_SPREAD
        change = cv2.absdiff(small, self.previous) if self.previous is not None else None
        histogram = _histogram(small)
        moved = 0.0
        if self.previous_histogram is not None:
            moved = float(np.abs(histogram - self.previous_histogram).sum()) / 6
        sample = FrameSample(
            index=self.count,
            t=t,
            frame=frame,
            luma=full,
            rotation=rotation,
            black=black,
            first=change is None,
            # luma and chroma rows weigh alike: a cut between two shots of equal brightness still changes colour
            score=float(change.mean()) * 2 if change is not None else 0.0,
            peak=int(change.max()) if change is not None else 0,
            moved=moved,
        )
        self.previous, self.previous_histogram = small, histogram
        self.count += 1
        return sample


def detectors(
    keyframes_dir: Path | None,
    tesseract: str | None,
    notes: list[str],
    hashing: HashPlan | None = None,
    keyframes: bool = True,
    thumbnails: bool = False,
) -> list[Any]:
    """The detectors of one pass, in the order they see each frame (frame hashes only when asked for;
    without `keyframes` the chooser takes none, so no keyframe is analysed; `thumbnails`: keep each
    keyframe's)."""
    from provenance.video.detectors.frozen import FrozenDetector
    from provenance.video.detectors.hashes import FrameHasher
    from provenance.video.detectors.keyframes import KeyframeChooser
    from provenance.video.detectors.shots import ShotDetector

    shots = ShotDetector()
    chooser = KeyframeChooser(shots, keyframes_dir, tesseract, notes, analyse=keyframes, thumbnails=thumbnails)
    found: list[Any] = [shots, FrozenDetector(), chooser]
    return found + ([FrameHasher(hashing, notes)] if hashing is not None else [])


def luma_plane(frame: Any) -> np.ndarray:
    """The frame's luma as stored: read straight from its plane when the format allows (no conversion)."""
    name = frame.format.name
    if name in _PLANAR or name in ("nv12", "nv21", "gray"):
        return _plane(frame, 0)
    return frame.to_ndarray(format="gray")


def _small_planes(frame: Any, luma: np.ndarray) -> np.ndarray:
    """Luma (the frame's, as `luma_plane` reads it) at 64x36 with both chroma planes at 32x18 below it,
    read straight from the planes when the format allows (no colour conversion); other formats give
    grey with neutral chroma."""
    planar = frame.format.name in _PLANAR
    small = np.full((SMALL[1] + SMALL[1] // 2, SMALL[0]), 128, np.uint8)
    small[: SMALL[1]] = _shrink(luma, SMALL)
    if planar:
        half = (SMALL[0] // 2, SMALL[1] // 2)
        small[SMALL[1] :, : half[0]] = _shrink(_plane(frame, 1), half)
        small[SMALL[1] :, half[0] :] = _shrink(_plane(frame, 2), half)
    return small


def _histogram(small: np.ndarray) -> np.ndarray:
    """Normalised histograms of the small luma (16 bins) and each chroma plane (8 bins), end to end."""
    rows, half = SMALL[1], SMALL[0] // 2
    parts = (
        (small[:rows], 16, 4),
        (small[rows:, :half], 8, 5),
        (small[rows:, half:], 8, 5),
    )
    return np.concatenate([np.bincount((p >> shift).ravel(), minlength=bins) / p.size for p, bins, shift in parts])


def _plane(frame: Any, index: int) -> np.ndarray:
    plane = frame.planes[index]
    return np.frombuffer(plane, np.uint8).reshape(-1, plane.line_size)[: plane.height, : plane.width]


def _shrink(image: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    step = max(1, min(image.shape[0] // (size[1] * 2), image.shape[1] // (size[0] * 2)))
    return cv2.resize(np.ascontiguousarray(image[::step, ::step]), size, interpolation=cv2.INTER_AREA)
