"""The contact sheet: every keyframe's thumbnail in a grid, each stamped with its time and shot."""

from __future__ import annotations

import math
from pathlib import Path

import cv2
import numpy as np

from provenance.models import Keyframe

CELL_WIDTH = 240
COLUMNS = 5


def write_contact_sheet(keyframes: list[Keyframe], thumbnails: list[np.ndarray], directory: Path) -> None:
    """Write `contact_sheet.png` in `directory` from the keyframes and their thumbnails (same order)."""
    if not thumbnails:
        return
    cell_h = max(t.shape[0] for t in thumbnails) + 20
    columns = min(COLUMNS, len(thumbnails))
    rows = math.ceil(len(thumbnails) / columns)
    sheet = np.full((rows * cell_h, columns * CELL_WIDTH, 3), 24, np.uint8)
    for i, (k, thumbnail) in enumerate(zip(keyframes, thumbnails, strict=True)):
        top, left = (i // columns) * cell_h, (i % columns) * CELL_WIDTH
        th, tw = thumbnail.shape[:2]
        sheet[top : top + th, left : left + tw] = thumbnail
        label = f"{k.time_s:.2f}s  shot {k.shot}"
        cv2.putText(sheet, label, (left + 4, top + th + 15), cv2.FONT_HERSHEY_SIMPLEX, 0.45, (235, 235, 235), 1)
    cv2.imwrite(str(directory / "contact_sheet.png"), sheet)
