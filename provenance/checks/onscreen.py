"""Recording-date claims against a clock burned into the picture (CCTV, dashcams, body cameras).

The stamp is the camera's own clock: same day as claimed is consistent, another day a mismatch
whose explanation says that camera clocks are often set wrong. A stamp whose day and month could be
swapped counts as the claimed day when either reading is. Without a stamp this check says nothing.
"""

from __future__ import annotations

from datetime import date

from provenance.checks.common import finding
from provenance.checks.date import claim_days
from provenance.models import Claim, Finding, FindingCode, SourcedValue, VideoEvidence


def check_onscreen_date(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    """A claimed recording date against the date stamps OCR read on the keyframes."""
    if claim.role != "recorded" or claim.value is None or not video.onscreen_dates:
        return []
    first, end = claim_days(claim)
    readings = [(stamp, reading) for stamp in video.onscreen_dates for reading in stamp.readings]
    evidence = [
        SourcedValue(source=f"ocr at {stamp.time_s:g} s ({stamp.position})", value=stamp.stamp)
        for stamp in video.onscreen_dates[:4]
    ]
    for stamp, reading in readings:
        if first <= date.fromisoformat(reading.value[:10]) < end:
            either = " (one of its two readings: day and month could be swapped)" if stamp.ambiguous else ""
            return finding(
                claim,
                FindingCode.DATE_ONSCREEN_MATCH,
                f"The clock burned into the picture at {stamp.time_s:g} s reads {stamp.stamp!r}, {reading.value}"
                f'{either}: the day "{claim.text}" names.',
                evidence,
            )
    stamp, reading = readings[0]
    apart = abs((date.fromisoformat(reading.value[:10]) - first).days)
    shown = " or ".join(r.value[:10] for r in stamp.readings)
    return finding(
        claim,
        FindingCode.DATE_ONSCREEN_MISMATCH,
        f"The clock burned into the picture at {stamp.time_s:g} s reads {stamp.stamp!r} ({shown}), about {apart} "
        f'days from "{claim.text}" ({claim.value}). Camera clocks are often set wrong (never set, reset by a flat '
        "battery, another time zone), so the camera's clock disagrees with the article; that alone does not "
        "prove the article wrong.",
        evidence,
    )
