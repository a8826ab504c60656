"""Platform sidecars: the JSON an archiver writes beside a downloaded video -> the report's `Platform`.

Where it sits: an adapter beside ExifTool's, called by the pipeline with the video's path. yt-dlp
(`--write-info-json`) writes `NAME.info.json` beside `NAME.mp4`; gallery-dl (`--write-metadata`)
writes `NAME.mp4.json`. Either is found by name, or given (`--sidecar FILE`). It reads what the
platform said about the upload (site, URL, uploader, channel, ids, upload and release time,
duration, title, description) and knows nothing of claims; whether the sidecar fits the file is
the evidence builder's question (`video.evidence.platform`).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from provenance.errors import SidecarError
from provenance.inputs import display_path
from provenance.models import Platform, PlatformTime, utc_iso
from provenance.settings import DATE_ONLY_H, SIDECAR_MAX_BYTES


def find_sidecar(video: Path) -> Path | None:
    """The sidecar beside `video`: yt-dlp's `NAME.info.json`, else gallery-dl's `NAME.EXT.json`."""
    for candidate in (video.with_suffix(".info.json"), video.with_name(video.name + ".json")):
        if candidate != video and candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path, shown: str | None = None) -> Platform:
    """Read one sidecar.

    Args:
        path: the sidecar file.
        shown: its path as the user gave it (default: `path`).

    Raises:
        SidecarError: the file cannot be read, is too large, or is not a JSON object.
    """
    name = shown if shown is not None else display_path(path)
    try:
        if path.stat().st_size > SIDECAR_MAX_BYTES:
            raise SidecarError(f"the sidecar {name!r} is larger than {SIDECAR_MAX_BYTES // 2**20} MB: not read")
        raw = path.read_bytes()
        data = json.loads(raw)
    except OSError as exc:
        raise SidecarError(f"cannot read the sidecar {name!r}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SidecarError(f"the sidecar {name!r} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise SidecarError(f"the sidecar {name!r} holds a JSON {type(data).__name__}, not an object")
    if "extractor" in data or "extractor_key" in data or "webpage_url" in data:
        fields = _ytdlp(data)
        kind = "yt-dlp"
    elif "category" in data and "subcategory" in data:
        fields = _gallery_dl(data)
        kind = "gallery-dl"
    else:
        fields = _ytdlp(data) | {k: v for k, v in _gallery_dl(data).items() if v is not None}
        kind = "json"
    # the digest of the bytes parsed: a sidecar rewritten meanwhile cannot be hashed in another state
    return Platform(sidecar=name, sha256=hashlib.sha256(raw).hexdigest(), format=kind, **fields)


def _ytdlp(data: dict[str, Any]) -> dict[str, Any]:
    """yt-dlp's info dict: the fields its README documents for every extractor."""
    uploaded = _instant(data, "timestamp") or _day(data, "upload_date")
    return {
        "site": _text(data, "extractor", "extractor_key"),
        "url": _text(data, "webpage_url", "original_url"),
        "id": _text(data, "id", "display_id"),
        "uploader": _text(data, "uploader"),
        "uploader_id": _text(data, "uploader_id"),
        "channel": _text(data, "channel"),
        "channel_id": _text(data, "channel_id"),
        "uploaded": uploaded,
        "released": _instant(data, "release_timestamp") or _day(data, "release_date"),
        "duration_s": _number(data, "duration"),
        "title": _text(data, "title", "fulltitle"),
        "description": _text(data, "description"),
    }


def _gallery_dl(data: dict[str, Any]) -> dict[str, Any]:
    """gallery-dl's metadata: `category` is the site, `date` a UTC date-time, the author an object."""
    author: dict[str, Any] = next((data[k] for k in ("author", "user", "owner") if isinstance(data.get(k), dict)), {})
    return {
        "site": _text(data, "category"),
        "url": _text(data, "post_url", "webpage_url", "url"),
        "id": _text(data, "tweet_id", "post_id", "id", "media_id"),
        "uploader": _text(author, "name", "username", "nick") or _text(data, "uploader", "username", "author"),
        "uploader_id": _text(author, "id") or _text(data, "uploader_id"),
        "channel": _text(author, "nick", "display_name") or _text(data, "channel"),
        "channel_id": None,
        "uploaded": _gallery_date(data) or _instant(data, "timestamp"),
        "released": None,
        "duration_s": _number(data, "duration"),
        "title": _text(data, "title"),
        "description": _text(data, "content", "description", "caption"),
    }


def _text(data: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)  # numeric ids
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _number(data: dict[str, Any], key: str) -> float | None:
    value = data.get(key)
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    return None


def _instant(data: dict[str, Any], key: str) -> PlatformTime | None:
    """A Unix timestamp (yt-dlp's `timestamp`, `release_timestamp`): an exact instant."""
    value = _number(data, key)
    if value is None or value <= 0:
        return None
    try:
        moment = datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return PlatformTime(utc=utc_iso(moment), source=key, raw=str(data[key]), uncertainty_h=0.0)


def _day(data: dict[str, Any], key: str) -> PlatformTime | None:
    """yt-dlp's `upload_date` / `release_date`: YYYYMMDD, a day in UTC by its documentation."""
    value = data.get(key)
    if not isinstance(value, str):
        return None
    try:
        day = datetime.strptime(value.strip(), "%Y%m%d").replace(hour=12, tzinfo=UTC)
    except ValueError:
        return None
    return PlatformTime(utc=utc_iso(day), source=key, raw=value, uncertainty_h=DATE_ONLY_H)


def _gallery_date(data: dict[str, Any]) -> PlatformTime | None:
    """gallery-dl's `date`: "YYYY-MM-DD HH:MM:SS" in UTC."""
    value = data.get("date")
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace(" ", "T"))
    except ValueError:
        return None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return PlatformTime(utc=utc_iso(moment), source="date", raw=value, uncertainty_h=0.0)
