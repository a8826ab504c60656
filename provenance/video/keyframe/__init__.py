"""Keyframe detectors: what one upright keyframe shows (faces, text lines, perceptual hashes).

Where it sits: the keyframe chooser (`video.detectors.keyframes`) hands each keyframe here on a
worker thread beside the decoder; what comes back is the report's `Keyframe`, its text lines not
yet read (OCR reads them all at the end of the pass, `video.keyframe.ocr`).
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

from provenance.models import Keyframe
from provenance.video.keyframe.faces import detect_faces
from provenance.video.keyframe.hashes import perceptual_hashes
from provenance.video.keyframe.text import detect_text_lines


def analyse_keyframe(image: np.ndarray, t: float, shot: int, face_detector: Any) -> Keyframe:
    """Faces, text lines and hashes of one upright BGR keyframe taken `t` seconds in, in shot `shot`."""
    height, width = image.shape[:2]
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    faces = detect_faces(grey, face_detector)
    phash, dhash = perceptual_hashes(image)
    return Keyframe(
        time_s=round(t, 3),
        shot=shot,
        width=width,
        height=height,
        faces=len(faces),
        face_boxes=[list(box) for box in faces],
        text=detect_text_lines(grey),
        phash=phash,
        dhash=dhash,
    )
