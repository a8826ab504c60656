"""Date claims against the archive of earlier copies, and the matches no date claim contradicts.

Where it sits: with the other date checks, on `video.archive_matches` (filled by `check --archive`).
Footage cannot be recorded, nor first released, after it was already in the archive: a recording
or release date claimed later than the day a matching video was seen is `date.seen_earlier`. The
seen date is a day in an unknown time zone, as the claim is, so the claim's window must begin
after the seen day's window ends (UNKNOWN_ZONE_H each side: three days apart at least). A match
that no date claim contradicts becomes one file-level `archive.match`, so the desk sees the
earlier copy even when the article names no date.
"""

from __future__ import annotations

from datetime import date, timedelta

from provenance.checks.common import file_finding, finding
from provenance.checks.date import claim_window, days_window
from provenance.models import ArchiveMatch, Claim, Finding, FindingCode, SourcedValue, VideoEvidence

_BASIS = {
    "given": "the date given when it was archived",
    "platform_upload": "its platform upload date",
    "recording_date": "its recording date",
    "added": "the day it was archived",
}


def check_seen_earlier(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    """`date.seen_earlier` when the claimed recording or release comes after an archived copy was seen."""
    contradicted = [match for match in video.archive_matches or [] if later_than_seen(claim, match)]
    if not contradicted:
        return []
    first = min(contradicted, key=lambda match: (match.seen, match.id))
    more = len(contradicted) - 1
    others = f" (and {more} more archived {'copy' if more == 1 else 'copies'})" if more else ""
    return finding(
        claim,
        FindingCode.DATE_SEEN_EARLIER,
        f"The footage matches {_described(first)}{others}; "
        f'"{claim.text}" ({claim.value}) is later than that, even allowing for time zones.',
        [_evidence(match) for match in contradicted],
    )


def later_than_seen(claim: Claim, match: ArchiveMatch) -> bool:
    """A recording or release date (or a "since" bound) whose earliest moment follows the seen day."""
    if claim.kind != "date" or claim.role not in ("recorded", "released") or claim.value is None:
        return False
    if claim.bound == "before":  # "no later than": an earlier copy cannot contradict it
        return False
    low, _ = claim_window(claim)
    seen = date.fromisoformat(match.seen)
    _, seen_end = days_window(seen, seen + timedelta(days=1))
    return low > seen_end


def archive_findings(claims: list[Claim], video: VideoEvidence) -> list[Finding]:
    """One file-level `archive.match` for each match that no date claim contradicts."""
    return [
        file_finding(
            FindingCode.ARCHIVE_MATCH,
            f"The footage matches {_described(match)}; no claimed date is later than that.",
            [_evidence(match)],
        )
        for match in video.archive_matches or []
        if not any(later_than_seen(claim, match) for claim in claims)
    ]


def _described(match: ArchiveMatch) -> str:
    label = f' ("{match.label}")' if match.label else ""
    if match.identical:
        how = "the same file (identical SHA-256)"
    else:
        mirrored = ", mirrored" if match.mirrored else ""
        how = (
            f"{match.matched_seconds:g} s of footage matched (here {match.query_range.min:g}-{match.query_range.max:g} "
            f"s, there {match.archive_range.min:g}-{match.archive_range.max:g} s{mirrored})"
        )
    return f"{match.path!r}{label} in the archive, seen on {match.seen} ({_BASIS[match.seen_basis]}): {how}"


def _evidence(match: ArchiveMatch) -> SourcedValue:
    return SourcedValue(
        source=f"archive:{match.id}",
        value={
            "path": match.path,
            "label": match.label,
            "seen": match.seen,
            "seen_basis": match.seen_basis,
            "matched_seconds": match.matched_seconds,
            "distance": match.distance,
        },
    )
