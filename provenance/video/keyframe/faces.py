"""Frontal faces with OpenCV's Haar cascade, which ships inside opencv-python-headless (< 5)."""

from __future__ import annotations

import os
from typing import Any

import cv2
import numpy as np

from provenance.settings import FACE_MIN_NEIGHBOURS, FACE_SCALE_STEP, FACE_WIDTH

_FACE_CASCADE = "haarcascade_frontalface_default.xml"


def face_detector() -> Any:
    """A new cascade classifier (use each on one thread only)."""
    return cv2.CascadeClassifier(os.path.join(cv2.data.haarcascades, _FACE_CASCADE))  # type: ignore[attr-defined]


def detect_faces(grey: np.ndarray, detector: Any) -> list[tuple[int, int, int, int]]:
    """Frontal faces, boxes (x, y, w, h) in `grey`'s pixels; looked for at FACE_WIDTH and at least 6 % of the height."""
    scale = min(1.0, FACE_WIDTH / max(grey.shape[1], 1))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else grey
    small = cv2.equalizeHist(small)
    side = max(20, round(min(small.shape[:2]) * 0.06))
    found = detector.detectMultiScale(
        small, scaleFactor=FACE_SCALE_STEP, minNeighbors=FACE_MIN_NEIGHBOURS, minSize=(side, side)
    )
    return [tuple(int(v / scale) for v in box) for box in found]  # type: ignore[misc]
