"""Date claims against the platform upload in the sidecar (yt-dlp info.json, gallery-dl JSON).

A video cannot be recorded after it was uploaded; a release the article dates more than a day after
the upload means the video was online before the article says. A claimed release on the upload day
(in some time zone) is consistent; an upload after the claimed release is common (re-uploads, copies)
and proves nothing. Without a sidecar, or an upload time in it, this check says nothing.
"""

from __future__ import annotations

from datetime import date, timedelta

from provenance.checks.common import finding
from provenance.checks.date import claim_days, claim_window
from provenance.models import (
    Claim,
    Finding,
    FindingCode,
    Platform,
    PlatformTime,
    SourcedValue,
    VideoEvidence,
    utc_instant,
)
from provenance.settings import UNKNOWN_ZONE_H, UPLOAD_SLACK_DAYS

# the local day of an instant runs from UTC-12 to UTC+14
_WEST, _EAST = timedelta(hours=12), timedelta(hours=UNKNOWN_ZONE_H)


def check_upload(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    """Recording and release claims against the sidecar's upload time."""
    platform = video.platform
    if platform is None or platform.uploaded is None or claim.value is None:
        return []
    if claim.role not in ("recorded", "released"):
        return []
    uploaded = platform.uploaded
    instant = utc_instant(uploaded.utc)
    spread = timedelta(hours=uploaded.uncertainty_h)
    evidence = _evidence(platform, uploaded)
    where = _where(platform, uploaded)
    if claim.role == "recorded":
        low, _ = claim_window(claim)
        if low > instant + spread:
            return finding(
                claim,
                FindingCode.DATE_AFTER_UPLOAD,
                f'"{claim.text}" ({claim.value}) is after {where}, even allowing for time zones: a video cannot be '
                "recorded after it was uploaded.",
                evidence,
            )
        return finding(
            claim,
            FindingCode.DATE_BEFORE_UPLOAD,
            f'"{claim.text}" ({claim.value}) is not later than {where}.',
            evidence,
        )
    first, last = claim_days(claim)  # the claimed release: first day, and the day after its last
    earliest, latest = (instant - spread - _WEST).date(), (instant + spread + _EAST).date()
    if first <= latest and last > earliest:
        return finding(
            claim,
            FindingCode.DATE_UPLOAD_DAY,
            f'{where[0].upper()}{where[1:]} falls on "{claim.text}" ({claim.value}) in some time zone.',
            evidence,
        )
    if first > latest + timedelta(days=UPLOAD_SLACK_DAYS):
        days = (first - latest).days
        return finding(
            claim,
            FindingCode.DATE_UPLOADED_EARLIER,
            f'The video was online {days} day{"s" if days > 1 else ""} or more before "{claim.text}" '
            f"({claim.value}): {where}.",
            evidence,
        )
    when = "a day before" if first > latest else "after"
    return finding(
        claim,
        FindingCode.DATE_UPLOAD_OTHER_DAY,
        f'{where[0].upper()}{where[1:]}, {when} "{claim.text}" ({claim.value}): a re-upload or a copy posted '
        "elsewhere first would look the same, so this neither confirms nor contradicts the release date.",
        evidence,
    )


def _where(platform: Platform, uploaded: PlatformTime) -> str:
    site = f" to {platform.site}" if platform.site else ""
    url = f"{platform.url}, " if platform.url else ""
    when = uploaded.utc[:10] if uploaded.uncertainty_h else uploaded.utc
    return f"the upload{site} on {when} ({url}per the sidecar)"


def _evidence(platform: Platform, uploaded: PlatformTime) -> list[SourcedValue]:
    found = [SourcedValue(source=f"sidecar:{uploaded.source}", value=uploaded.raw)]
    found.append(SourcedValue(source="sidecar: upload (UTC)", value=uploaded.utc))
    if platform.url:
        found.append(SourcedValue(source="sidecar:webpage_url", value=platform.url))
    found.append(SourcedValue(source="sidecar", value=platform.sidecar))
    return found
