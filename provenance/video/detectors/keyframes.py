"""Keyframe chooser: which decoded frames are looked at closely, and the close look itself.

A shot's keyframe is taken KEYFRAME_AFTER_S into it (or at its end when it is shorter), long
shots get one more every KEYFRAME_EVERY_S, and black frames are never keyframes. Each keyframe is
turned upright and handed to the keyframe detectors (`video.keyframe`: faces, text lines, hashes)
on one worker thread beside the decoder, at most KEYFRAMES_IN_FLIGHT at a time, so memory stays
flat. Text lines go to one Tesseract process, read at the end of the pass.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import av
import cv2
import numpy as np

from provenance.models import Keyframe, TextRegion
from provenance.settings import KEYFRAME_AFTER_S, KEYFRAME_EVERY_S, KEYFRAMES_IN_FLIGHT
from provenance.video.detectors import FrameSample
from provenance.video.detectors.shots import ShotDetector
from provenance.video.keyframe import analyse_keyframe
from provenance.video.keyframe.faces import face_detector
from provenance.video.keyframe.language import identify
from provenance.video.keyframe.ocr import Reader, ocr_crop

THUMBNAIL_WIDTH = 240


class KeyframeChooser:
    def __init__(
        self,
        shots: ShotDetector,
        keyframes_dir: Path | None,
        tesseract: str | None,
        notes: list[str],
        analyse: bool = True,  # False: no keyframe is taken (the archive's pass needs none)
        thumbnails: bool = False,
    ):
        self.analyse = analyse
        self.shots = shots
        shots.listeners.append(self)
        self.keyframes_dir = keyframes_dir
        self.notes = notes
        self.keyframes: list[Keyframe] = []
        # for the contact sheet and the HTML view: kept when keyframes are saved or thumbnails asked for
        self.keep_thumbnails = thumbnails or keyframes_dir is not None
        self.thumbnails: list[np.ndarray] = []
        self.next_at = KEYFRAME_AFTER_S
        self.pending: Any = None  # the newest frame of the current shot not yet taken as keyframe
        self.pending_t = 0.0
        self.rotation = 0
        self.taken: tuple[int, float] | None = None  # shot and time of the latest keyframe taken
        self.reader = Reader(tesseract) if tesseract else None  # reads at most MAX_OCR_LINES lines
        self.face_detector = face_detector() if analyse else None
        # the keyframe detectors run beside the decoder; the cascade is only ever used on this one thread
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="provenance-keyframes")
        self.in_flight: deque[tuple[Future[Keyframe], np.ndarray]] = deque()

    # ---------------------------------------------------------------- detector interface

    def update(self, sample: FrameSample) -> None:
        if sample.first:
            self.next_at = sample.t + KEYFRAME_AFTER_S
            self.rotation = sample.rotation
        if not sample.black:
            self.pending, self.pending_t = sample.frame, sample.t
            if sample.t >= self.next_at:
                self._take()
                self.next_at = sample.t + KEYFRAME_EVERY_S

    def finish(self, end_s: float) -> None:
        """Collect every keyframe still in flight and read their text lines."""
        try:
            self._collect(wait_for=0)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)
        if self.reader is not None:
            readings = self.reader.read(self.notes)
            for index, keyframe in enumerate(self.keyframes):
                if any((index, line) in readings for line in range(len(keyframe.text))):
                    text = [
                        _read(region, *readings[(index, line)]) if (index, line) in readings else region
                        for line, region in enumerate(keyframe.text)
                    ]
                    self.keyframes[index] = keyframe.model_copy(update={"text": text})

    def close(self) -> None:
        """Stop the worker thread and Tesseract, whatever happened to the pass."""
        self.pool.shutdown(wait=True, cancel_futures=True)
        if self.reader is not None:
            self.reader.close()

    # ---------------------------------------------------------------- shot listener

    def shot_ended(self, index: int) -> None:
        if self.pending is not None and not (self.taken is not None and self.taken[0] == index):
            self._take()  # a shot shorter than KEYFRAME_AFTER_S
        self.pending = None

    def shot_started(self, t: float) -> None:
        self.next_at = t + KEYFRAME_AFTER_S
        self.pending = None

    # ---------------------------------------------------------------- keyframes

    def _take(self) -> None:
        """Hand the pending frame to the detector thread; collect what it has finished."""
        frame, t = self.pending, self.pending_t
        self.pending = None
        if not self.analyse or frame is None or (self.taken is not None and abs(self.taken[1] - t) < 1e-6):
            return
        try:
            image = frame.to_ndarray(format="bgr24")
        except (av.FFmpegError, ValueError) as exc:
            self.notes.append(f"a keyframe at {t:.3f} s could not be converted: {exc}")
            return
        image = _upright(image, self.rotation)
        shot = self.shots.index
        self.taken = (shot, t)
        self.in_flight.append((self.pool.submit(analyse_keyframe, image, t, shot, self.face_detector), image))
        self._collect(wait_for=KEYFRAMES_IN_FLIGHT)

    def _collect(self, wait_for: int) -> None:
        """Take finished keyframes in order; wait while more than `wait_for` are still in flight."""
        while self.in_flight and (self.in_flight[0][0].done() or len(self.in_flight) > wait_for):
            future, image = self.in_flight.popleft()
            self._keep(future.result(), image)

    def _keep(self, keyframe: Keyframe, image: np.ndarray) -> None:
        index = len(self.keyframes)
        if self.reader is not None:
            for line, region in enumerate(keyframe.text):
                crop = ocr_crop(image, region.box)
                if crop is not None:
                    self.reader.add((index, line), crop, corner=region.position == "corner")
        if self.keyframes_dir is not None:
            self.keyframes_dir.mkdir(parents=True, exist_ok=True)
            target = self.keyframes_dir / f"keyframe_{index:04d}_{keyframe.time_s:09.3f}s.jpg"
            cv2.imwrite(str(target), image, [cv2.IMWRITE_JPEG_QUALITY, 88])
            keyframe = keyframe.model_copy(update={"file": target.name})
        if self.keep_thumbnails:
            scale = THUMBNAIL_WIDTH / max(image.shape[1], 1)
            self.thumbnails.append(cv2.resize(image, (THUMBNAIL_WIDTH, max(1, round(image.shape[0] * scale)))))
        self.keyframes.append(keyframe)


def _read(region: TextRegion, text: str, script: str | None) -> TextRegion:
    """A text line with OCR's reading, its script and (lingua) its language."""
    found = identify(text, script)
    language, confidence = found if found is not None else (None, None)
    update = {"text": text, "script": script, "language": language, "language_confidence": confidence}
    return region.model_copy(update=update)


def _upright(image: np.ndarray, rotation: int) -> np.ndarray:
    """Turn a decoded frame the way a player would (PyAV delivers frames as stored)."""
    turns = {90: cv2.ROTATE_90_COUNTERCLOCKWISE, -270: cv2.ROTATE_90_COUNTERCLOCKWISE, 180: cv2.ROTATE_180}
    turns |= {-180: cv2.ROTATE_180, -90: cv2.ROTATE_90_CLOCKWISE, 270: cv2.ROTATE_90_CLOCKWISE}
    code = turns.get(rotation)
    return cv2.rotate(image, code) if code is not None else image
