"""Perceptual hashes of a keyframe (imagehash pHash and dHash, 64 bits each), for matching copies."""

from __future__ import annotations

import cv2
import imagehash
import numpy as np
from PIL import Image


def perceptual_hashes(image: np.ndarray) -> tuple[str, str]:
    """(pHash, dHash) as hex of a BGR image, computed on its 64x64 thumbnail."""
    small = cv2.resize(image, (64, 64), interpolation=cv2.INTER_AREA)
    pil = Image.fromarray(cv2.cvtColor(small, cv2.COLOR_BGR2RGB))
    return str(imagehash.phash(pil)), str(imagehash.dhash(pil))
