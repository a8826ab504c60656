"""The user's cache folder: what `provenance` builds once on a machine and reuses in every later run.

Where it sits: beside everything, imported by the modules that keep something there: the gazetteer's
SQLite index (`gazetteer.py`) and the claim expressions' compiled programs (`article/claims/programs.py`).
Each file is named after what it was built from, so a new version of the data or the code builds a new
file instead of trusting an old one; `remove_stale` clears the old ones once a week has passed. Importing this
module loads nothing else.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

_WEEK = 7 * 24 * 3600


def cache_dir() -> Path:
    """`PROVENANCE_CACHE_DIR`, else `$XDG_CACHE_HOME/provenance`, else `~/.cache/provenance` (not created here)."""
    chosen = os.environ.get("PROVENANCE_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "provenance"


def remove_stale(keep: Path, patterns: tuple[str, ...], *, unread_too: bool = False) -> None:
    """Files beside `keep` matching `patterns` and not written for a week (nor read, with `unread_too`) are
    removed: two installs sharing the folder keep their own files instead of deleting each other's in every
    run. A file gone already, another user's or a folder is not ours to clean and is left."""
    week_ago = time.time() - _WEEK
    for pattern in patterns:
        for old in keep.parent.glob(pattern):
            try:
                status = old.stat()
                if old != keep and status.st_mtime < week_ago and not (unread_too and status.st_atime >= week_ago):
                    old.unlink()
            except OSError:
                continue
