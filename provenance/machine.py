"""What this machine gives a run: the cores it may use. Loads nothing."""

from __future__ import annotations

import os


def cores() -> int:
    """CPU cores this process may use (a container's limit included, where the OS tells)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
