"""Date claims against the file's recording-date window.

A claimed date is a day (or week, month, year) in an unknown time zone: a recording date matches
when its window overlaps the file's recording window; a release or publication is contradicted
when the file was recorded after it.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta

from provenance.checks.common import finding
from provenance.models import Claim, Finding, FindingCode, SourcedValue, VideoEvidence, utc_instant
from provenance.settings import UNKNOWN_ZONE_H


def claim_window(claim: Claim) -> tuple[datetime, datetime]:
    """UTC window of a claimed date: its day, week or month, widened by the unknown time zone."""
    return days_window(*claim_days(claim))


def days_window(start: date, end: date) -> tuple[datetime, datetime]:
    """UTC window of calendar days (`end` the day after the last) somewhere on Earth: widened by the
    unknown time zone on both sides."""
    zone = timedelta(hours=UNKNOWN_ZONE_H)
    return (
        datetime.combine(start, datetime.min.time(), UTC) - zone,
        datetime.combine(end, datetime.min.time(), UTC) + zone,
    )


def claim_days(claim: Claim) -> tuple[date, date]:
    """The calendar days a claimed date names: its first day and the day after its last."""
    start = date.fromisoformat(str(claim.value))
    if claim.precision == "week":
        end = start + timedelta(days=7)
    elif claim.precision == "month":
        end = start.replace(day=calendar.monthrange(start.year, start.month)[1]) + timedelta(days=1)
    elif claim.precision == "year":
        end = date(start.year + 1, 1, 1)
    else:
        end = start + timedelta(days=1)
    return start, end


def check_date(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    if claim.value is None:
        return finding(
            claim,
            FindingCode.DATE_UNRESOLVED,
            f'"{claim.text}" could not be resolved to a date: {claim.reason or "unknown reason"}.',
            [],
        )
    recording = video.recording_date
    if recording is None:
        return finding(
            claim,
            FindingCode.DATE_NO_EVIDENCE,
            "The file carries no usable recording date (zero and file-system dates are not evidence).",
            [],
        )
    rec_start, rec_end = utc_instant(recording.earliest_utc), utc_instant(recording.latest_utc)
    low, high = claim_window(claim)
    evidence = [
        SourcedValue(source=recording.source, value=recording.raw),
        SourcedValue(source="recording window (UTC)", value=f"{recording.earliest_utc} .. {recording.latest_utc}"),
    ]
    rec_text = f"{recording.source} ({recording.raw})"
    if claim.role == "recorded" and claim.bound:
        return _bounded(claim, rec_start, rec_end, low, high, rec_text, evidence)
    if claim.role == "recorded":
        days = _gap_days(rec_start, rec_end, low, high)
        agree = (
            f'{rec_text} is compatible with "{claim.text}" ({claim.value}) '
            "once time-zone and recording-length uncertainty is allowed for."
        )
        differ = (
            f'{rec_text} lies {days:.1f} days from "{claim.text}" ({claim.value}), beyond any time-zone uncertainty.'
        )
        return _either(claim, rec_start < high and rec_end > low, agree, differ, evidence)
    released = claim.role == "released"
    label, past = ("release", "released") if released else ("publication", "published")
    if rec_start < high:
        return finding(
            claim,
            FindingCode.DATE_BEFORE_RELEASE if released else FindingCode.DATE_BEFORE_PUBLICATION,
            f"{rec_text} is not later than the claimed {label} on {claim.value}.",
            evidence,
        )
    days = (rec_start - high).total_seconds() / 86400
    return finding(
        claim,
        FindingCode.DATE_AFTER_RELEASE if released else FindingCode.DATE_AFTER_PUBLICATION,
        f"{rec_text} is {days:.1f} days after the claimed {label} on {claim.value}, "
        f"even allowing for time zones: a video cannot be recorded after it was {past}.",
        evidence,
    )


def _bounded(
    claim: Claim,
    rec_start: datetime,
    rec_end: datetime,
    low: datetime,
    high: datetime,
    rec_text: str,
    evidence: list[SourcedValue],
) -> list[Finding]:
    """ "no later than May 9" (bound before) or "since 2016" (bound after): one side of the window only."""
    before = claim.bound == "before"
    side = "no later than" if before else "no earlier than"
    days = _gap_days(rec_start, rec_end, low, high)
    agree = f'{rec_text} is {side} "{claim.text}" ({claim.value}), as the article says.'
    differ = (
        f'{rec_text} is not {side} "{claim.text}" ({claim.value}): {days:.1f} days beyond it, '
        "even allowing for time zones."
    )
    return _either(claim, rec_start < high if before else rec_end > low, agree, differ, evidence)


def _either(claim: Claim, agrees: bool, agree: str, differ: str, evidence: list[SourcedValue]) -> list[Finding]:
    """`date.match` or `date.mismatch`, each with its sentence."""
    if agrees:
        return finding(claim, FindingCode.DATE_MATCH, agree, evidence)
    return finding(claim, FindingCode.DATE_MISMATCH, differ, evidence)


def _gap_days(a0: datetime, a1: datetime, b0: datetime, b1: datetime) -> float:
    gap = b0 - a1 if a1 <= b0 else a0 - b1
    return max(gap.total_seconds(), 0.0) / 86400
