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

from provenance.frames import FrameFacts
from provenance.models import ContentCredentials, DateTag, Signal, utc_instant
from provenance.tags import IGNORED_GROUPS, split_key

# (pattern over a software string, code, what it usually means)
_SOFTWARE: list[tuple[re.Pattern[str], str, str]] = [
    (
        re.compile(r"\bLav[fc]\d|libx26[45]|\bffmpeg\b", re.I),
        "encoder.ffmpeg",
        "written by FFmpeg's libraries: the file was re-muxed or re-encoded by FFmpeg or a tool built on it, "
        "not stored as the camera wrote it",
    ),
    (re.compile(r"HandBrake", re.I), "encoder.transcoder", "written by HandBrake, a transcoder: this is a re-encode"),
    (
        re.compile(r"mkvmerge|mediabunny|mp4box|gpac|bento4|shaka", re.I),
        "encoder.remuxer",
        "written by a remuxing tool: the streams were repackaged after recording",
    ),
    (
        re.compile(
            r"premiere|after effects|adobe|mainconcept|final cut|imovie|davinci|resolve|capcut|inshot|kdenlive|"
            r"shotcut|vegas|filmora|clipchamp|lumafusion|avid|vn video",
            re.I,
        ),
        "encoder.editor",
        "written by a video editor or an editor's encoder SDK: the file was exported, not recorded as is",
    ),
    (
        re.compile(
            r"\bOBS\b|screen ?rec|bandicam|camtasia|quicktime player|chrome|firefox|libwebm|mediarecorder", re.I
        ),
        "encoder.screen_or_browser",
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

SIGNAL_CODES = (
    "encoder.ffmpeg",
    "encoder.transcoder",
    "encoder.remuxer",
    "encoder.editor",
    "encoder.screen_or_browser",
    "encoder.settings",
    "camera.no_make_model",
    "camera.computer",
    "container.brand_extension",
    "container.structure",
    "display.odd_rotation",
    "display.anamorphic",
    "dates.created_after_modified",
    "dates.modified_later",
    "dates.track_differs",
    "dates.local_time_as_utc",
    "c2pa.generated",
    "c2pa.edited",
)


def collect_signals(
    tags: Mapping[str, Any],
    frames: FrameFacts | None,
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
        assert signal.code in SIGNAL_CODES, signal.code
        unique.setdefault((signal.code, str(signal.value)), signal)
    return list(unique.values())


def _tag_items(tags: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    for key, value in tags.items():
        group, name = split_key(key)
        if group in IGNORED_GROUPS or not isinstance(value, str) or not value.strip():
            continue
        yield key, name, value.strip()


def _software(tags: Mapping[str, Any], frames: FrameFacts | None) -> Iterator[Signal]:
    default_handler_seen = False
    for key, name, value in _tag_items(tags):
        if name not in _SOFTWARE_TAGS:
            continue
        if name == "HandlerDescription" and value in _FFMPEG_HANDLERS:
            if default_handler_seen:
                continue
            default_handler_seen = True
            yield Signal(
                code="encoder.ffmpeg",
                explanation=f"the track handler is named {value!r}, FFmpeg's default: the file went through FFmpeg",
                source=key,
                value=value,
            )
            continue
        for pattern, code, meaning in _SOFTWARE:
            if pattern.search(value):
                yield Signal(code=code, explanation=f"{value!r}: {meaning}", source=key, value=value)
                break
    if frames and frames.encoder_sei:
        software = frames.encoder_sei.split(" - ", 1)[0]
        yield Signal(
            code="encoder.settings",
            explanation=f"the video stream carries {software}'s settings string: it was encoded in software "
            "(phones and cameras use hardware encoders that write none)",
            source="pyav:first_packet_sei",
            value=frames.encoder_sei,
        )


def _camera(tags: Mapping[str, Any]) -> Iterator[Signal]:
    makes = [(k, v) for k, n, v in _tag_items(tags) if n in ("Make", "Model")]
    vendor = any(n in _SOFTWARE_TAGS and _CAMERA_SOFTWARE.search(v) for _, n, v in _tag_items(tags))
    if not makes and not vendor:
        yield Signal(
            code="camera.no_make_model",
            explanation="no camera make or model is recorded; phone and camera originals usually name one, "
            "re-encodes, exports and screen recordings usually do not",
            source="exiftool:Make/Model",
        )
        return
    for key, value in makes:
        if _COMPUTER_MODEL.match(value):
            yield Signal(
                code="camera.computer",
                explanation=f"the recording device is a computer ({value}): likely a screen recording",
                source=key,
                value=value,
            )


def _container(tags: Mapping[str, Any]) -> Iterator[Signal]:
    brand = str(tags.get("QuickTime:MajorBrand") or "").strip().lower()
    name = tags.get("System:FileName")
    extension = PurePath(name).suffix.lower() if isinstance(name, str) else ""
    if brand and extension:
        family = next((f for f in _EXTENSIONS_FOR_BRAND if brand.startswith(f)), None)
        if family and extension not in _EXTENSIONS_FOR_BRAND[family]:
            yield Signal(
                code="container.brand_extension",
                explanation=f"the container's major brand is {brand!r} but the file is named {extension}: "
                "renamed or re-wrapped after it was written",
                source="QuickTime:MajorBrand",
                value=brand,
            )
        elif extension in (".mov", ".qt") and brand != _QUICKTIME_BRAND:
            yield Signal(
                code="container.brand_extension",
                explanation=f"a .mov file with major brand {brand!r}: QuickTime writers use 'qt'; "
                "the file was written by other software and renamed",
                source="QuickTime:MajorBrand",
                value=brand,
            )
    for key, value in tags.items():
        if key.endswith(":Warning") and isinstance(value, str) and not value.startswith("[minor]"):
            yield Signal(
                code="container.structure",
                explanation=f"ExifTool found a structural problem: {value}",
                source=key,
                value=value,
            )


def _display(tags: Mapping[str, Any], frames: FrameFacts | None) -> Iterator[Signal]:
    rotation = tags.get("Composite:Rotation")
    if isinstance(rotation, int | float) and rotation % 90:
        yield Signal(
            code="display.odd_rotation",
            explanation=f"the display matrix turns the picture by {rotation:g} degrees, which no camera writes",
            source="Composite:Rotation",
            value=rotation,
        )
    if frames and frames.sample_aspect_ratio:
        yield Signal(
            code="display.anamorphic",
            explanation=f"pixels are not square (sample aspect ratio {frames.sample_aspect_ratio}): "
            "the picture is stretched on display; phones record square pixels",
            source="pyav:sample_aspect_ratio",
            value=frames.sample_aspect_ratio,
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
            yield Signal(
                code="dates.created_after_modified",
                explanation=f"{created.tag} ({created.value}) is later than {modified.tag} ({modified.value}): "
                "one of them was rewritten",
                source=f"{created.tag}, {modified.tag}",
                value=str(gap),
            )
        elif gap > slack:
            yield Signal(
                code="dates.modified_later",
                explanation=f"{modified.tag} is {_span(gap)} after {created.tag}: the file was changed after recording",
                source=f"{created.tag}, {modified.tag}",
                value=str(gap),
            )
    reference = by_group.get("QuickTime", {}).get("created")
    if reference:
        for tag in dates:
            if tag.tag.startswith("Track") and tag.kind == "created" and tag.tz_basis == reference.tz_basis:
                gap = abs(utc_instant(tag.utc) - utc_instant(reference.utc))
                if gap > slack:
                    yield Signal(
                        code="dates.track_differs",
                        explanation=f"{tag.tag} is {_span(gap)} away from {reference.tag}: tracks from "
                        "different recordings, or dates rewritten by an editor",
                        source=f"{reference.tag}, {tag.tag}",
                        value=str(gap),
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
        yield Signal(
            code="dates.local_time_as_utc",
            explanation=f"QuickTime:CreateDate ({spec.value}) is the local clock time of {anchor.tag} "
            f"({anchor.value}), not UTC as the QuickTime spec says: read it with the offset",
            source=f"QuickTime:CreateDate, {anchor.tag}",
            value=spec.raw,
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
            yield Signal(
                code="c2pa.generated",
                explanation="the Content Credentials declare the content as made by an algorithm "
                f"({source_type.rsplit('/', 1)[-1]})",
                source="c2pa:actions.digitalSourceType",
                value=source_type,
            )
    edits = [a for a in credentials.actions if a not in ("c2pa.created", "c2pa.opened")]
    if edits:
        yield Signal(
            code="c2pa.edited",
            explanation=f"the Content Credentials record edits: {', '.join(sorted(set(edits)))}",
            source="c2pa:actions",
            value=edits,
        )
