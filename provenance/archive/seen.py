"""The date by which archived footage existed, and what that date rests on.

Where it sits: `archive add` asks it once per video, with the video's evidence. In order: the
date given with `--seen`; else the upload date of the platform sidecar beside the video (the
evidence's `platform.uploaded`, read duck-typed: that evidence comes from the platform sidecar
adapter, and a build without it simply has none); else the file's recording date (the middle
of its UTC window); else the day the video is added. Opens no file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from provenance.models import SeenBasis, utc_instant


def seen_date(evidence: Any, given: date | None, today: date) -> tuple[date, SeenBasis]:
    """The earliest date the footage is known to exist by, and its basis.

    Args:
        evidence: the video's `VideoEvidence` (anything with `recording_date`, and `platform` when
            a sidecar was read).
        given: the date from `--seen`, which wins.
        today: the day the video is added, the last resort.
    """
    if given is not None:
        return given, "given"
    uploaded = _upload_date(evidence)
    if uploaded is not None:
        return uploaded, "platform_upload"
    recording = getattr(evidence, "recording_date", None)
    if recording is not None:
        start, end = utc_instant(recording.earliest_utc), utc_instant(recording.latest_utc)
        return (start + (end - start) / 2).date(), "recording_date"
    return today, "added"


def _upload_date(evidence: Any) -> date | None:
    """`video.platform.uploaded.utc` as a date, when the evidence carries a platform sidecar's upload time."""
    uploaded = getattr(getattr(evidence, "platform", None), "uploaded", None)
    instant = getattr(uploaded, "utc", None)
    if not isinstance(instant, str):
        return None
    try:
        return utc_instant(instant).date()
    except ValueError:
        return None


def earlier(a: tuple[date, SeenBasis], b: tuple[date, SeenBasis]) -> tuple[date, SeenBasis]:
    """The earlier of two seen dates; on the same day the stronger basis (given, upload, recording, added)."""
    order: tuple[SeenBasis, ...] = ("given", "platform_upload", "recording_date", "added")
    return min(a, b, key=lambda seen: (seen[0], order.index(seen[1])))
