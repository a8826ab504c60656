"""What this machine gives a run: the cores it may use. Loads nothing."""

from __future__ import annotations

import os

# A batch worker's share of the machine, set by the pool that starts it: with N workers on C cores each
# decoder sizes its threads for C / N cores, not C (N decoders each sized for the whole machine only add
# memory and switching).
CORES_ENV = "PROVENANCE_CORES"


def cores() -> int:
    """CPU cores this process may use: its share in a batch, else what the OS allows (containers included)."""
    share = os.environ.get(CORES_ENV, "")
    if share.isdigit() and int(share) > 0:
        return int(share)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
