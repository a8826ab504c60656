"""The contact sheet: every keyframe's thumbnail in a grid, each stamped with its time and shot."""

from __future__ import annotations

import math
from pathlib import Path

import cv2
import numpy as np

from provenance.models import Keyframe

CELL_WIDTH = 240
COLUMNS = 5


def contact_sheet(keyframes: list[Keyframe], thumbnails: list[np.ndarray]) -> np.ndarray | None:
    """The sheet as a BGR image, from the keyframes and their thumbnails (same order); None without any."""
    if not thumbnails:
        return None
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
    return sheet


def write_contact_sheet(sheet: np.ndarray, directory: Path) -> None:
    """Write the sheet as `contact_sheet.png` in `directory`."""
    cv2.imwrite(str(directory / "contact_sheet.png"), sheet)


def encoded(image: np.ndarray, extension: str) -> bytes:
    """An image as the bytes of a `.jpg` or `.png` file."""
    done, data = cv2.imencode(extension, image, [cv2.IMWRITE_JPEG_QUALITY, 85] if extension == ".jpg" else [])
    if not done:
        raise ValueError(f"OpenCV could not encode a {extension} image")
    return data.tobytes()
