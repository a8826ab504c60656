"""Burned-in text lines on a keyframe: dense, horizontally aligned strokes, and where they sit on screen."""

from __future__ import annotations

import cv2
import numpy as np

from provenance.models import TextRegion
from provenance.settings import TEXT_LINE_WIDTH


def detect_text_lines(grey: np.ndarray) -> list[TextRegion]:
    """Text lines by morphological gradient + closing, found at TEXT_LINE_WIDTH px wide.

    Boxes are returned in `grey`'s pixels, top to bottom; their text is read later by OCR.
    """
    height, width = grey.shape[:2]
    scale = TEXT_LINE_WIDTH / max(width, 1)
    small = cv2.resize(grey, (TEXT_LINE_WIDTH, max(1, round(height * scale))), interpolation=cv2.INTER_AREA)
    h = small.shape[0]
    gradient = cv2.morphologyEx(small, cv2.MORPH_GRADIENT, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3)))
    _, binary = cv2.threshold(gradient, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    if float(binary.mean()) > 0.5 * 255:  # flat image: Otsu split noise
        return []
    joined = cv2.morphologyEx(binary, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (13, 3)))
    contours, _ = cv2.findContours(joined, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    lines: list[TextRegion] = []
    for contour in contours:
        x, y, w, hh = cv2.boundingRect(contour)
        if hh < 8 or hh > 0.15 * h or w < 2.5 * hh or w < 40:
            continue
        strokes = binary[y : y + hh, x : x + w]
        fill = float(strokes.mean()) / 255
        if not 0.2 <= fill <= 0.75:
            continue
        # text has many separate strokes across its width: count ink/no-ink changes along the middle row
        middle = strokes[hh // 2] > 0
        if int(np.count_nonzero(middle[1:] != middle[:-1])) < w / 12:
            continue
        box = [round(x / scale), round(y / scale), round(w / scale), round(hh / scale)]
        lines.append(TextRegion(position=_position(x, y, w, hh, TEXT_LINE_WIDTH, h), box=box))
    return sorted(lines, key=lambda line: (line.box[1], line.box[0]))


def _position(x: int, y: int, w: int, h: int, width: int, height: int) -> str:
    centre_y = (y + h / 2) / height
    if w < 0.3 * width and (x + w < 0.3 * width or x > 0.7 * width) and (centre_y < 0.2 or centre_y > 0.8):
        return "corner"
    if centre_y > 0.66:
        return "lower_third"
    if centre_y < 0.2:
        return "top"
    return "middle"
