"""The user's cache folder: what `provenance` builds once on a machine and reuses in every later run.

Where it sits: beside everything, imported by the modules that keep something there: the gazetteer's
SQLite index (`gazetteer.py`) and the claim expressions' compiled programs (`article/claims/programs.py`).
Each file is named after what it was built from, so a new version of the data or the code builds a new
file instead of trusting an old one. Importing this module loads nothing else.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """`PROVENANCE_CACHE_DIR`, else `$XDG_CACHE_HOME/provenance`, else `~/.cache/provenance` (not created here)."""
    chosen = os.environ.get("PROVENANCE_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "provenance"
