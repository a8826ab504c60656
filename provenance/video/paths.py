"""File names that native tools cannot take as they are.

Where it sits: used by the adapters just before they hand a path to native code. ExifTool
reads `-stay_open` arguments one per line, so a newline in a name would split it into extra
arguments; OpenCV crashes (segfault) on a name that is not valid UTF-8. Such names are
handed over as a temporary symlink with a plain name instead.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager


def needs_alias(path: str) -> bool:
    """True when a path cannot travel safely as one line of UTF-8 text."""
    if "\n" in path or "\r" in path:
        return True
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes kept as surrogates by os.fsdecode
        return True
    return False


@contextmanager
def safe_path(path: str | os.PathLike[str]) -> Iterator[str]:
    """Yield an absolute path that is safe for native tools (a symlink when needed)."""
    target = os.path.abspath(os.fspath(path))
    if not needs_alias(target):
        yield target
        return
    alias_dir = tempfile.mkdtemp(prefix="provenance-")
    try:
        suffix = os.path.splitext(target)[1]
        if not (suffix.isascii() and suffix[1:].isalnum() and len(suffix) <= 8):
            suffix = ""
        alias = os.path.join(alias_dir, "media" + suffix)
        os.symlink(target, alias)
        yield alias
    finally:
        shutil.rmtree(alias_dir, ignore_errors=True)
