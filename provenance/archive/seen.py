"""The date by which archived footage existed, and what that date rests on.

Where it sits: `archive add` asks it once per video, with the video's evidence. In order: the
date given with `--seen`; else the upload date of the platform sidecar beside the video (the
evidence's `platform.uploaded`); else the file's recording date (the middle of its UTC window);
else the day the video is added. Opens no file.
"""

from __future__ import annotations

from datetime import date
from typing import get_args

from provenance.models import SeenBasis, VideoEvidence, utc_instant


def seen_date(evidence: VideoEvidence, given: date | None, today: date) -> tuple[date, SeenBasis]:
    """The earliest date the footage is known to exist by, and its basis.

    Args:
        evidence: the video's evidence (`platform` is there when a sidecar was read).
        given: the date from `--seen`, which wins.
        today: the day the video is added, the last resort.
    """
    if given is not None:
        return given, "given"
    uploaded = evidence.platform.uploaded if evidence.platform is not None else None
    if uploaded is not None:
        return utc_instant(uploaded.utc).date(), "platform_upload"
    recording = evidence.recording_date
    if recording is not None:
        start, end = utc_instant(recording.earliest_utc), utc_instant(recording.latest_utc)
        return (start + (end - start) / 2).date(), "recording_date"
    return today, "added"


def earlier(a: tuple[date, SeenBasis], b: tuple[date, SeenBasis]) -> tuple[date, SeenBasis]:
    """The earlier of two seen dates; on the same day the stronger basis (given, upload, recording, added)."""
    order: tuple[SeenBasis, ...] = get_args(SeenBasis)
    return min(a, b, key=lambda seen: (seen[0], order.index(seen[1])))
