"""Dates as hypotheses: each date tag with its raw value, time-zone basis and uncertainty, and the
best recording-date window with its reasons.

Where it sits: inside the evidence builder; reads tag values and C2PA times, opens no file.
QuickTime dates are UTC by spec but many cameras write local time; `Keys:CreationDate` carries an
offset; zero and epoch-default dates mean absent; file-system dates are never evidence.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from provenance.models import DateTag, RecordingDate, utc_instant, utc_iso
from provenance.settings import DATE_ONLY_H, UNKNOWN_ZONE_H
from provenance.video.credentials import CredentialTime
from provenance.video.evidence.tags import IGNORED_GROUPS, split_key

# mvhd/tkhd/mdhd dates: UTC by the QuickTime spec, though many cameras write local time.
_QUICKTIME_SPEC_GROUP = re.compile(r"^(QuickTime|Track\d+)$")
_QUICKTIME_SPEC_NAMES = {
    "CreateDate",
    "ModifyDate",
    "TrackCreateDate",
    "TrackModifyDate",
    "MediaCreateDate",
    "MediaModifyDate",
}
_DATE_RE = re.compile(
    r"^(?P<y>\d{4})[:-](?P<mo>\d{2})[:-](?P<d>\d{2})"
    r"(?:[ T](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?P<frac>\.\d+)?)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?"
)
# Defaults written by software that had no clock value: not dates.
_EPOCH_DEFAULTS = {(1904, 1, 1), (1970, 1, 1), (1601, 1, 1)}


def parse_date_tag(key: str, raw: Any) -> DateTag | None:
    """Turn one ExifTool date value into a hypothesis, or None when it is not a real date."""
    if not isinstance(raw, str):
        return None
    group, name = split_key(key)
    if group in IGNORED_GROUPS:
        return None
    match = _DATE_RE.match(raw.strip())
    if not match:
        return None
    y, mo, d = int(match["y"]), int(match["mo"]), int(match["d"])
    if y == 0 or mo == 0 or d == 0 or (y, mo, d) in _EPOCH_DEFAULTS:
        return None
    date_only = match["h"] is None
    try:
        local = datetime(
            y,
            mo,
            d,
            int(match["h"] or 12),
            int(match["mi"] or 0),
            int(match["s"] or 0),
            int(float(match["frac"] or 0) * 1_000_000),
        )
    except ValueError:
        return None
    tz = match["tz"]
    if tz:
        offset = UTC if tz == "Z" else _parse_offset(tz)
        aware = local.replace(tzinfo=offset)
        basis = "explicit_offset"
        uncertainty = DATE_ONLY_H if date_only else 0.0
        value = aware.isoformat()
    else:
        aware = local.replace(tzinfo=UTC)
        spec_utc = bool(_QUICKTIME_SPEC_GROUP.match(group)) and name in _QUICKTIME_SPEC_NAMES
        basis = "utc_by_spec" if spec_utc else "unknown"
        uncertainty = UNKNOWN_ZONE_H + (DATE_ONLY_H if date_only else 0.0)
        value = local.date().isoformat() if date_only else local.isoformat()
    return DateTag(
        tag=key,
        raw=raw,
        value=value,
        utc=utc_iso(aware),
        tz_basis=basis,
        uncertainty_h=uncertainty,
        kind=_date_kind(name),
    )


def _parse_offset(text: str) -> timezone:
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _date_kind(name: str) -> Literal["created", "modified", "original", "other"]:
    if "Modif" in name:
        return "modified"
    if "Original" in name:
        return "original"
    if "Create" in name or "Creation" in name:
        return "created"
    return "other"


def recording_window(dates: list[DateTag], duration_s: float | None, zone: str | None = None) -> RecordingDate | None:
    """Pick the best recording-date hypothesis and widen it into a UTC window.

    An explicit offset beats a bare QuickTime date, which beats a date of unknown zone;
    "original" beats "created". Modification dates are never recording dates. Cameras
    often stamp the end of recording, so the start may be up to one duration earlier.
    With the time zone at the file's GPS position (`zone`), a date without an offset is either
    UTC or the local clock there, instead of anywhere within +/-14 h, and the window is also
    given in local time.
    """
    candidates = [d for d in dates if d.kind in ("original", "created") or split_key(d.tag)[1] == "GPSDateTime"]
    if not candidates:
        return None
    basis_rank = {"explicit_offset": 0, "utc_by_spec": 1, "unknown": 2}
    kind_rank = {"original": 0, "created": 1, "other": 2, "modified": 3}
    best = min(candidates, key=lambda d: (basis_rank[d.tz_basis], d.uncertainty_h, kind_rank[d.kind]))
    instant = utc_instant(best.utc)
    low, high = instant - timedelta(hours=best.uncertainty_h), instant + timedelta(hours=best.uncertainty_h)
    reasons = [f"{best.tag} chosen: {_BASIS_REASON[best.tz_basis]}"]
    place = _zone(zone)
    if place is not None and best.tz_basis != "explicit_offset":
        # the wall clock read as local time at the position, beside the same clock read as UTC
        local = instant.replace(tzinfo=place).astimezone(UTC)
        undated = timedelta(hours=max(0.0, best.uncertainty_h - UNKNOWN_ZONE_H))  # a date without a time of day
        low, high = min(instant, local) - undated, max(instant, local) + undated
        offset = _offset_text(instant.replace(tzinfo=place))
        reasons.append(
            f"time zone at the GPS position: {zone} (UTC{offset}, timezonefinder); the clock is read as UTC or "
            "as local time there, instead of +/-14 h"
        )
    elif best.uncertainty_h:
        reasons.append(f"time zone unknown: +/-{best.uncertainty_h:g} h")
    before = timedelta(seconds=duration_s or 0.0)
    if duration_s:
        reasons.append(f"the tag may mark the end of recording: start up to {duration_s:.1f} s earlier")
    if place is not None:
        start, end = (low - before).astimezone(place), high.astimezone(place)
        reasons.append(f"local time at the GPS position ({zone}): {_local_text(start, end)}")
    others = sorted({d.tag for d in candidates if d is not best})
    if others:
        reasons.append(f"also seen: {', '.join(others[:6])}" + (" ..." if len(others) > 6 else ""))
    return RecordingDate(
        earliest_utc=utc_iso(low - before),
        latest_utc=utc_iso(high),
        source=best.tag,
        raw=best.raw,
        tz_basis=best.tz_basis,
        reasons=reasons,
        time_zone=zone if place is not None else None,
        local_earliest=(low - before).astimezone(place).isoformat() if place is not None else None,
        local_latest=high.astimezone(place).isoformat() if place is not None else None,
    )


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _offset_text(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _local_text(start: datetime, end: datetime) -> str:
    """ "Tuesday 2017-10-03 10:14 .. 10:15" or, across days, both days in full."""
    first = f"{start:%A %Y-%m-%d %H:%M}"
    return f"{first} .. {end:%H:%M}" if start.date() == end.date() else f"{first} .. {end:%A %Y-%m-%d %H:%M}"


_BASIS_REASON = {
    "explicit_offset": "it carries an explicit UTC offset",
    "utc_by_spec": "QuickTime dates are UTC by specification, but many cameras write local time",
    "unknown": "no time zone is recorded with it",
}


def credential_dates(times: list[CredentialTime]) -> list[DateTag]:
    """C2PA times as hypotheses, each of the kind the credentials adapter gave it: a signature time
    says the content existed by then ("signed"); a `c2pa.created` action's time is a creation date;
    other actions' times are modifications."""
    found: list[DateTag] = []
    for item in times:
        tag = parse_date_tag(item.source, item.value)
        if tag is not None:
            found.append(tag.model_copy(update={"kind": item.kind}))
    return found
