"""OCR of burned-in text lines with Tesseract, and the writing system of what it read.

One Tesseract process serves the whole video. It starts at the first text line, so its models
load while decoding goes on, then waits for its list of line images on stdin (Tesseract reads the
whole list before recognising anything) and reads them all at the end of the pass. A reading
counts only with a mean word confidence of OCR_MIN_CONFIDENCE and OCR_MIN_LETTERS letters, or
OCR_MIN_DIGITS digits (a camera's date stamp); a line in a corner (a logo, a channel name, a clock)
with OCR_CORNER_MIN_LETTERS at OCR_CORNER_MIN_CONFIDENCE. Corner lines have a budget of their own,
so subtitles on every keyframe cannot crowd them out.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Hashable
from pathlib import Path

import cv2
import numpy as np

from provenance.settings import (
    MAX_OCR_CORNER_LINES,
    MAX_OCR_LINES,
    OCR_CORNER_MIN_CONFIDENCE,
    OCR_CORNER_MIN_LETTERS,
    OCR_LANGUAGES,
    OCR_MIN_CONFIDENCE,
    OCR_MIN_DIGITS,
    OCR_MIN_LETTERS,
    OCR_PAGE_MODE,
    TESSERACT_THREADS,
)


def ocr_crop(image: np.ndarray, box: list[int]) -> np.ndarray | None:
    """A text line prepared for Tesseract: dark ink on white, 48 px tall, with a margin."""
    x, y, w, h = box
    pad = max(4, h // 3)
    crop = image[max(0, y - pad) : y + h + pad, max(0, x - pad) : x + w + pad]
    if crop.size == 0:
        return None
    grey = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    grey = cv2.resize(grey, None, fx=48 / max(h, 1), fy=48 / max(h, 1), interpolation=cv2.INTER_CUBIC)
    _, binary = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    if float(binary.mean()) < 127:  # light text on dark: invert so the ink is dark
        binary = 255 - binary
    return cv2.copyMakeBorder(binary, 16, 16, 16, 16, cv2.BORDER_CONSTANT, value=255)


class Reader:
    """Collects line images under a key each, then reads them all in one Tesseract run."""

    def __init__(self, tesseract: str) -> None:
        self.tesseract = tesseract
        self.keys: list[Hashable] = []
        self.corner: list[bool] = []  # per key: read by the corner floor
        self.paths: list[Path] = []
        self.process: subprocess.Popen[bytes] | None = None
        self.folder: tempfile.TemporaryDirectory[str] | None = None
        self.failure: str | None = None

    def add(self, key: Hashable, crop: np.ndarray, corner: bool = False) -> None:
        taken = sum(self.corner) if corner else len(self.corner) - sum(self.corner)
        if taken >= (MAX_OCR_CORNER_LINES if corner else MAX_OCR_LINES) or self.failure:
            return
        if self.process is None:
            self.folder = tempfile.TemporaryDirectory(prefix="provenance-ocr-")
            command = [self.tesseract, "-", "stdout", "-l", OCR_LANGUAGES, "--psm", OCR_PAGE_MODE, "tsv"]
            try:
                self.process = subprocess.Popen(
                    command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    env={**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", TESSERACT_THREADS)},
                )
            except OSError as exc:
                self.failure = f"Tesseract failed: {type(exc).__name__}"
                return
        assert self.folder is not None
        path = Path(self.folder.name) / f"line{len(self.paths):03d}.png"
        cv2.imwrite(str(path), crop)
        self.keys.append(key)
        self.corner.append(corner)
        self.paths.append(path)

    def read(self, notes: list[str]) -> dict[Hashable, tuple[str, str | None]]:
        """Send the list and wait: key -> (text, script) for each confident reading."""
        if self.failure:
            notes.append(self.failure)
        if self.process is None:
            return {}
        listing = "".join(f"{path}\n" for path in self.paths).encode("utf-8")
        try:
            out, _ = self.process.communicate(listing, timeout=60 + 5 * len(self.paths))
        except (OSError, subprocess.TimeoutExpired) as exc:
            notes.append(f"Tesseract failed: {type(exc).__name__}")
            return {}
        readings = _tsv_pages(out.decode("utf-8", "replace"))
        found: dict[Hashable, tuple[str, str | None]] = {}
        for page, (key, corner) in enumerate(zip(self.keys, self.corner, strict=True), start=1):
            text, confidence = readings.get(page, ("", 0.0))
            if confident(text, confidence, corner):
                found[key] = (text, script_of(text))
        return found

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.folder is not None:
            self.folder.cleanup()


def confident(text: str, confidence: float, corner: bool = False) -> bool:
    """Whether a reading is text rather than texture: enough letters (or a stamp's digits) at enough confidence."""
    letters = sum(ch.isalpha() for ch in text)
    digits = sum(ch.isdigit() for ch in text)
    if confidence >= OCR_MIN_CONFIDENCE and (letters >= OCR_MIN_LETTERS or digits >= OCR_MIN_DIGITS):
        return True
    return corner and confidence >= OCR_CORNER_MIN_CONFIDENCE and letters >= OCR_CORNER_MIN_LETTERS


def _tsv_pages(tsv: str) -> dict[int, tuple[str, float]]:
    """Tesseract TSV -> {page: (text, mean word confidence)}."""
    words: dict[int, list[tuple[str, float]]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        try:
            words.setdefault(int(cells[1]), []).append((cells[11].strip(), float(cells[10])))
        except ValueError:
            continue
    return {
        page: (" ".join(w for w, _ in items), sum(c for _, c in items) / len(items)) for page, items in words.items()
    }


_SCRIPTS = (
    ("Arabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("Cyrillic", ((0x0400, 0x04FF),)),
    ("Hebrew", ((0x0590, 0x05FF),)),
    ("Greek", ((0x0370, 0x03FF),)),
    ("Latin", ((0x0041, 0x005A), (0x0061, 0x007A), (0x00C0, 0x024F))),
)


def script_of(text: str) -> str | None:
    """The writing system most of the text's letters belong to (Arabic, Cyrillic, Latin, ...)."""
    counts: dict[str, int] = {}
    for ch in text:
        code = ord(ch)
        for name, ranges in _SCRIPTS:
            if any(low <= code <= high for low, high in ranges):
                counts[name] = counts.get(name, 0) + 1
                break
    if not counts:
        return None
    name, count = max(counts.items(), key=lambda item: item[1])
    return name if count >= 3 else None
