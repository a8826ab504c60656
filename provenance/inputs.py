"""The user's input paths: refused when they give nothing to report on, shown as given, hashed.

Where it sits: the first thing `check` and `provenance claims` do; loads nothing heavy.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from provenance.errors import InputError


def display_path(path: str | os.PathLike[str]) -> str:
    """The path as the user gave it, made safe for JSON (undecodable bytes replaced)."""
    text = os.fspath(path)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def validate_input(path: str | os.PathLike[str], what: str) -> Path:
    """Refuse paths that give nothing to report on.

    Raises:
        InputError: missing, a directory, empty or unreadable.
    """
    p = Path(path)
    shown = repr(display_path(path))
    if not p.exists():
        raise InputError(f"{what} file not found: {shown}")
    if p.is_dir():
        raise InputError(f"{what} path is a directory, not a file: {shown}")
    try:
        size = p.stat().st_size
        with p.open("rb") as handle:
            handle.read(1)
    except OSError as exc:
        raise InputError(f"cannot read {what} file {shown}: {exc.strerror or exc}") from exc
    if size == 0:
        raise InputError(f"{what} file is empty (0 bytes): {shown}")
    return p


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
