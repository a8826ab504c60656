"""Edit and re-encode traces: hints read from the file's tags, never verdicts.

Where it sits: called by the evidence builder with the tags, frame facts and date
hypotheses it already holds; opens no file. Each `Signal` names the tag or method it came
from and says in plain words what it usually means. A signal is a reason to look closer
(a camera original rarely says "Lavf"), not a finding: software that writes these
strings is also used for honest trimming and transcoding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from pathlib import PurePath
from typing import Any

from provenance.models import ContentCredentials, DateTag, Signal, SignalCode, utc_instant
from provenance.video.evidence.tags import IGNORED_GROUPS, split_key
from provenance.video.probe import Probe

# (pattern over a software string, code, what it usually means)
_SOFTWARE: list[tuple[re.Pattern[str], SignalCode, str]] = [
    (
        re.compile(r"\bLav[fc]\d|libx26[45]|\bffmpeg\b", re.I),
        SignalCode.ENCODER_FFMPEG,
        "written by FFmpeg's libraries: the file was re-muxed or re-encoded by FFmpeg or a tool built on it, "
        "not stored as the camera wrote it",
    ),
    (
        re.compile(r"HandBrake", re.I),
        SignalCode.ENCODER_TRANSCODER,
        "written by HandBrake, a transcoder: this is a re-encode",
    ),
    (
        re.compile(r"mkvmerge|mediabunny|mp4box|gpac|bento4|shaka", re.I),
        SignalCode.ENCODER_REMUXER,
        "written by a remuxing tool: the streams were repackaged after recording",
    ),
    (
        re.compile(
            r"premiere|after effects|adobe|mainconcept|final cut|imovie|davinci|resolve|capcut|inshot|kdenlive|"
            r"shotcut|vegas|filmora|clipchamp|lumafusion|avid|vn video",
            re.I,
        ),
        SignalCode.ENCODER_EDITOR,
        "written by a video editor or an editor's encoder SDK: the file was exported, not recorded as is",
    ),
    (
        re.compile(
            r"\bOBS\b|screen ?rec|bandicam|camtasia|quicktime player|chrome|firefox|libwebm|mediarecorder", re.I
        ),
        SignalCode.ENCODER_SCREEN_OR_BROWSER,
        "written by a screen recorder or a browser's MediaRecorder: a capture of a screen or a web page, "
        "not a camera recording",
    ),
]
# Where software names live: the first two are per file, the rest per track.
_SOFTWARE_TAGS = {
    "Encoder",
    "Software",
    "WritingApp",
    "MuxingApp",
    "CreatorTool",
    "EncodingTool",
    "CompressorName",
    "HandlerDescription",
    "HandlerVendorID",
}
# FFmpeg's muxer names its handlers like this when nothing else is given.
_FFMPEG_HANDLERS = {"VideoHandler", "SoundHandler", "SubtitleHandler", "DataHandler"}
# A camera maker named by a handler, compressor or software tag counts as a make.
_CAMERA_SOFTWARE = re.compile(r"GoPro|DJI|Canon|Sony|Panasonic|Nikon|Pentax|Insta360|Garmin|Parrot", re.I)
_COMPUTER_MODEL = re.compile(r"^(Mac\d+,\d+|MacBook|iMac|Macmini|MacPro|Windows|PC)\b", re.I)
# Brands a phone or camera writes into an .mp4 / .mov, by container family.
_QUICKTIME_BRAND = "qt"
_EXTENSIONS_FOR_BRAND = {
    "qt": {".mov", ".qt"},
    "3gp": {".3gp", ".3gpp", ".3g2"},
    "3g2": {".3g2", ".3gp"},
}


def collect_signals(
    tags: Mapping[str, Any],
    frames: Probe | None,
    dates: list[DateTag],
    credentials: ContentCredentials | None,
    duration_s: float | None,
) -> list[Signal]:
    """All signals the file gives, in a stable order (software, camera, container, display, dates, C2PA)."""
    signals = [
        *_software(tags, frames),
        *_camera(tags),
        *_container(tags),
        *_display(tags, frames),
        *_dates(dates, duration_s),
        *_credentials(credentials),
    ]
    unique: dict[tuple[str, str], Signal] = {}
    for signal in signals:
        unique.setdefault((signal.code, str(signal.value)), signal)
    return list(unique.values())


def _signal(code: SignalCode, explanation: str, source: str, value: Any = None) -> Signal:
    return Signal(code=code, explanation=explanation, source=source, value=value)


def _tag_items(tags: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    for key, value in tags.items():
        group, name = split_key(key)
        if group in IGNORED_GROUPS or not isinstance(value, str) or not value.strip():
            continue
        yield key, name, value.strip()


def _software(tags: Mapping[str, Any], frames: Probe | None) -> Iterator[Signal]:
    default_handler_seen = False
    for key, name, value in _tag_items(tags):
        if name not in _SOFTWARE_TAGS:
            continue
        if name == "HandlerDescription" and value in _FFMPEG_HANDLERS:
            if default_handler_seen:
                continue
            default_handler_seen = True
            yield _signal(
                SignalCode.ENCODER_FFMPEG,
                f"the track handler is named {value!r}, FFmpeg's default: the file went through FFmpeg",
                key,
                value,
            )
            continue
        for pattern, code, meaning in _SOFTWARE:
            if pattern.search(value):
                yield _signal(code, f"{value!r}: {meaning}", key, value)
                break
    if frames and frames.encoder_sei:
        software = frames.encoder_sei.split(" - ", 1)[0]
        yield _signal(
            SignalCode.ENCODER_SETTINGS,
            f"the video stream carries {software}'s settings string: it was encoded in software "
            "(phones and cameras use hardware encoders that write none)",
            "pyav:first_packet_sei",
            frames.encoder_sei,
        )


def _camera(tags: Mapping[str, Any]) -> Iterator[Signal]:
    makes = [(k, v) for k, n, v in _tag_items(tags) if n in ("Make", "Model")]
    vendor = any(n in _SOFTWARE_TAGS and _CAMERA_SOFTWARE.search(v) for _, n, v in _tag_items(tags))
    if not makes and not vendor:
        yield _signal(
            SignalCode.CAMERA_NO_MAKE_MODEL,
            "no camera make or model is recorded; phone and camera originals usually name one, "
            "re-encodes, exports and screen recordings usually do not",
            "exiftool:Make/Model",
        )
        return
    for key, value in makes:
        if _COMPUTER_MODEL.match(value):
            yield _signal(
                SignalCode.CAMERA_COMPUTER,
                f"the recording device is a computer ({value}): likely a screen recording",
                key,
                value,
            )


def _container(tags: Mapping[str, Any]) -> Iterator[Signal]:
    brand = str(tags.get("QuickTime:MajorBrand") or "").strip().lower()
    name = tags.get("System:FileName")
    extension = PurePath(name).suffix.lower() if isinstance(name, str) else ""
    if brand and extension:
        family = next((f for f in _EXTENSIONS_FOR_BRAND if brand.startswith(f)), None)
        if family and extension not in _EXTENSIONS_FOR_BRAND[family]:
            yield _signal(
                SignalCode.CONTAINER_BRAND_EXTENSION,
                f"the container's major brand is {brand!r} but the file is named {extension}: "
                "renamed or re-wrapped after it was written",
                "QuickTime:MajorBrand",
                brand,
            )
        elif extension in (".mov", ".qt") and brand != _QUICKTIME_BRAND:
            yield _signal(
                SignalCode.CONTAINER_BRAND_EXTENSION,
                f"a .mov file with major brand {brand!r}: QuickTime writers use 'qt'; "
                "the file was written by other software and renamed",
                "QuickTime:MajorBrand",
                brand,
            )
    for key, value in tags.items():
        if key.endswith(":Warning") and isinstance(value, str) and not value.startswith("[minor]"):
            yield _signal(
                SignalCode.CONTAINER_STRUCTURE,
                f"ExifTool found a structural problem: {value}",
                key,
                value,
            )


def _display(tags: Mapping[str, Any], frames: Probe | None) -> Iterator[Signal]:
    rotation = tags.get("Composite:Rotation")
    if isinstance(rotation, int | float) and rotation % 90:
        yield _signal(
            SignalCode.DISPLAY_ODD_ROTATION,
            f"the display matrix turns the picture by {rotation:g} degrees, which no camera writes",
            "Composite:Rotation",
            rotation,
        )
    if frames and frames.sample_aspect_ratio:
        yield _signal(
            SignalCode.DISPLAY_ANAMORPHIC,
            f"pixels are not square (sample aspect ratio {frames.sample_aspect_ratio}): "
            "the picture is stretched on display; phones record square pixels",
            "pyav:sample_aspect_ratio",
            frames.sample_aspect_ratio,
        )


def _dates(dates: list[DateTag], duration_s: float | None) -> Iterator[Signal]:
    """The file's own dates against each other."""
    slack = timedelta(seconds=(duration_s or 0.0) + 60)
    by_group: dict[str, dict[str, DateTag]] = {}
    for tag in dates:
        group = tag.tag.split(":")[0]
        if not group.startswith("Track"):
            by_group.setdefault(group, {}).setdefault(tag.kind, tag)
    for pair in by_group.values():
        created, modified = pair.get("created"), pair.get("modified")
        if not (created and modified and created.tz_basis == modified.tz_basis):
            continue
        gap = utc_instant(modified.utc) - utc_instant(created.utc)
        if gap < -timedelta(seconds=1):
            yield _signal(
                SignalCode.DATES_CREATED_AFTER_MODIFIED,
                f"{created.tag} ({created.value}) is later than {modified.tag} ({modified.value}): "
                "one of them was rewritten",
                f"{created.tag}, {modified.tag}",
                str(gap),
            )
        elif gap > slack:
            yield _signal(
                SignalCode.DATES_MODIFIED_LATER,
                f"{modified.tag} is {_span(gap)} after {created.tag}: the file was changed after recording",
                f"{created.tag}, {modified.tag}",
                str(gap),
            )
    reference = by_group.get("QuickTime", {}).get("created")
    if reference:
        for tag in dates:
            if tag.tag.startswith("Track") and tag.kind == "created" and tag.tz_basis == reference.tz_basis:
                gap = abs(utc_instant(tag.utc) - utc_instant(reference.utc))
                if gap > slack:
                    yield _signal(
                        SignalCode.DATES_TRACK_DIFFERS,
                        f"{tag.tag} is {_span(gap)} away from {reference.tag}: tracks from "
                        "different recordings, or dates rewritten by an editor",
                        f"{reference.tag}, {tag.tag}",
                        str(gap),
                    )
                    break
    yield from _local_time_in_utc_field(dates, duration_s)


def _local_time_in_utc_field(dates: list[DateTag], duration_s: float | None) -> Iterator[Signal]:
    """A QuickTime date (UTC by spec) that equals the wall-clock time of a tag with an offset."""
    offset_tags = [d for d in dates if d.tz_basis == "explicit_offset" and d.kind in ("created", "original")]
    spec = next((d for d in dates if d.tag == "QuickTime:CreateDate"), None)
    if not offset_tags or spec is None:
        return
    anchor = offset_tags[0]
    aware = datetime.fromisoformat(anchor.value)
    offset = aware.utcoffset()
    if not offset:
        return
    wall_clock = aware.replace(tzinfo=None)
    spec_naive = utc_instant(spec.utc).replace(tzinfo=None)
    tolerance = timedelta(seconds=(duration_s or 0.0) + 2)
    if (
        abs(spec_naive - wall_clock) <= tolerance
        and abs(spec_naive - utc_instant(anchor.utc).replace(tzinfo=None)) > tolerance
    ):
        yield _signal(
            SignalCode.DATES_LOCAL_TIME_AS_UTC,
            f"QuickTime:CreateDate ({spec.value}) is the local clock time of {anchor.tag} "
            f"({anchor.value}), not UTC as the QuickTime spec says: read it with the offset",
            f"QuickTime:CreateDate, {anchor.tag}",
            spec.raw,
        )


def _span(gap: timedelta) -> str:
    seconds = abs(gap.total_seconds())
    if seconds >= 2 * 86400:
        return f"{seconds / 86400:.0f} days"
    if seconds >= 2 * 3600:
        return f"{seconds / 3600:.1f} hours"
    return f"{seconds / 60:.0f} minutes"


_GENERATED = ("trainedAlgorithmicMedia", "compositeSynthetic", "algorithmicMedia", "compositeWithTrainedAlgorithmic")


def _credentials(credentials: ContentCredentials | None) -> Iterator[Signal]:
    if credentials is None or not credentials.present:
        return
    for source_type in credentials.digital_source_types:
        if any(source_type.rsplit("/", 1)[-1].startswith(g) for g in _GENERATED):
            yield _signal(
                SignalCode.C2PA_GENERATED,
                "the Content Credentials declare the content as made by an algorithm "
                f"({source_type.rsplit('/', 1)[-1]})",
                "c2pa:actions.digitalSourceType",
                source_type,
            )
    edits = [a for a in credentials.actions if a not in ("c2pa.created", "c2pa.opened")]
    if edits:
        yield _signal(
            SignalCode.C2PA_EDITED,
            f"the Content Credentials record edits: {', '.join(sorted(set(edits)))}",
            "c2pa:actions",
            edits,
        )
