"""PDQ hashes of one frame: the picture's luma, borders trimmed, at each framing, plain and mirrored.

Where it sits: the frame-hash detector of the decode pass (`video.detectors.hashes`) hands each
sampled frame's luma here, for `archive add` (the archive's side) and `check --archive` (the
checked video's side). PDQ (Meta's open perceptual hash, `pdqhash`) turns a 64x64 luma image
into 256 bits and a quality score; vPDQ, the video form platforms and GIFCT use, is PDQ on
sampled frames, which is what the detector does inside the pass this tool already makes.

A frame is reduced the same way on both sides: its luma plane, subsampled to about 128 px on
the short side, turned upright, plain dark or light borders trimmed (letterboxing), then each
framing (the centred share of the picture) shrunk to 64x64 and hashed. The mirrored hash is
the PDQ of the mirrored 64x64 image, which is how a flipped copy looks to the hash.

OpenCV and pdqhash are imported when a frame is first hashed: listing or removing archive
entries, which only handle stored hashes, loads neither.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from provenance.settings import (
    ARCHIVE_BORDER_DARK,
    ARCHIVE_BORDER_FLAT,
    ARCHIVE_BORDER_LIGHT,
    ARCHIVE_MAX_TRIM,
    ARCHIVE_WORK_SIDE,
)

HASH_BYTES = 32


@dataclass(frozen=True)
class FrameHash:
    """A sampled frame's PDQ hashes: one per framing, and the same mirrored (empty when not asked for)."""

    t: float
    quality: int
    framings: tuple[bytes, ...]
    mirrored: tuple[bytes, ...] = ()


def hash_luma(luma: np.ndarray, t: float, framings: tuple[float, ...], mirror: bool) -> FrameHash | None:
    """PDQ hashes of an upright luma image at each framing; None when nothing is left after trimming.

    Args:
        luma: 8-bit luma (any size, e.g. a decoded frame's Y plane, already turned upright).
        t: the frame's time (s).
        framings: shares of the picture to hash, centred (1.0 is the whole picture).
        mirror: also hash each framing mirrored left to right.
    """
    step = max(1, min(luma.shape[0], luma.shape[1]) // ARCHIVE_WORK_SIDE)
    work = _trim(np.ascontiguousarray(luma[::step, ::step]))
    if work.shape[0] < 16 or work.shape[1] < 16:
        return None
    plain: list[bytes] = []
    flipped: list[bytes] = []
    quality = 0
    for index, share in enumerate(framings):
        small = _framed(work, share)
        digest, score = _pdq(small)
        plain.append(digest)
        if index == 0:
            quality = score
        if mirror:
            flipped.append(_pdq(np.ascontiguousarray(small[:, ::-1]))[0])
    return FrameHash(t=round(t, 3), quality=quality, framings=tuple(plain), mirrored=tuple(flipped))


def distance(a: bytes, b: bytes) -> int:
    """Hamming distance of two hashes (bits that differ)."""
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).bit_count()


def _trim(luma: np.ndarray) -> np.ndarray:
    """Cut plain borders: lines along each edge that are flat and dark (or light), as letterboxing adds."""
    height, width = luma.shape
    top = _border(luma, int(height * ARCHIVE_MAX_TRIM))
    bottom = _border(luma[::-1], int(height * ARCHIVE_MAX_TRIM))
    left = _border(luma.T, int(width * ARCHIVE_MAX_TRIM))
    right = _border(luma.T[::-1], int(width * ARCHIVE_MAX_TRIM))
    return luma[top : height - bottom, left : width - right]


def _border(lines: np.ndarray, limit: int) -> int:
    """How many lines from the start are border: flat, and dark or light."""
    if limit <= 0:
        return 0
    head = lines[:limit]
    spread = head.max(axis=1) - head.min(axis=1)  # uint8, never negative
    mean = head.mean(axis=1)
    plain = (spread <= ARCHIVE_BORDER_FLAT) & ((mean <= ARCHIVE_BORDER_DARK) | (mean >= ARCHIVE_BORDER_LIGHT))
    content = np.flatnonzero(~plain)
    return int(content[0]) if content.size else limit


def _framed(luma: np.ndarray, share: float) -> np.ndarray:
    import cv2

    height, width = luma.shape
    dy, dx = round(height * (1 - share) / 2), round(width * (1 - share) / 2)
    return cv2.resize(luma[dy : height - dy, dx : width - dx], (64, 64), interpolation=cv2.INTER_AREA)


def _pdq(small: np.ndarray) -> tuple[bytes, int]:
    """PDQ of a 64x64 luma image: 32 bytes in PDQ's own hex order, and its quality (0-100)."""
    import pdqhash

    # pdqhash takes RGB and weighs it to luma itself: equal channels give the luma back
    bits, quality = pdqhash.compute(np.repeat(small[:, :, None], 3, axis=2))
    return np.packbits(bits.astype(np.uint8)).tobytes(), int(quality)
