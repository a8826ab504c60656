"""One normalised value per stream fact, from the probe and the tags, with the other sources as alternatives.

Where it sits: inside the evidence builder. Stream timestamps beat headers (a header is what the
file promises, not what it holds); the probe's packet count is the frame count.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from provenance.models import Fact, SourcedValue, Timing
from provenance.video.evidence.tags import IGNORED_GROUPS, split_key
from provenance.video.probe import Probe

_DURATION_NAMES = {"Duration"}


def rotation_fact(tags: Mapping[str, Any]) -> Fact | None:
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


def duration_fact(tags: Mapping[str, Any], frames: Probe | None) -> Fact | None:
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


def fps_fact(frames: Probe | None, fields: Timing | None) -> Fact | None:
    """Frames per second of the timestamps; `fields`: the decode pass's timing when each packet held one field."""
    if frames is None or not frames.has_video_stream:
        return None
    nominal = frames.nominal_fps if frames.nominal_fps and 0 < frames.nominal_fps <= 500 else None
    alternatives = (
        [SourcedValue(source=frames.nominal_fps_source or "nominal", value=round(nominal, 3))] if nominal else []
    )
    if fields is not None and fields.median_frame_interval_ms:
        return Fact(
            value=round(1000 / fields.median_frame_interval_ms, 3),
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


def frame_count_fact(tags: Mapping[str, Any], frames: Probe | None, fields: Timing | None) -> Fact | None:
    """Presented packets; decoded frames when each packet held one field (`fields`, the decode pass's timing)."""
    if frames is None or not frames.has_video_stream or frames.packet_count is None:
        return None
    alternatives = []
    if frames.header_frame_count is not None:
        alternatives.append(SourcedValue(source="opencv:CAP_PROP_FRAME_COUNT", value=frames.header_frame_count))
    alternatives += _numbers(tags, {"FrameCount", "VideoFrameCount"})
    if fields is not None:
        alternatives.append(SourcedValue(source="pyav:packet_count", value=frames.packet_count))
        return Fact(
            value=fields.decoded_frames,
            source="pyav:decoded_frames",
            alternatives=alternatives,
            note=f"interlaced, one field a packet: {frames.packet_count} packets hold {fields.decoded_frames} frames",
        )
    note = None
    if frames.header_frame_count is not None and frames.header_frame_count != frames.packet_count:
        note = f"the header says {frames.header_frame_count} frames; {frames.packet_count} are present"
    return Fact(value=frames.packet_count, source="pyav:packet_count", alternatives=alternatives, note=note)


def codec_fact(tags: Mapping[str, Any], frames: Probe | None) -> Fact | None:
    if frames is None or not frames.codec:
        return None
    alternatives = [
        SourcedValue(source=k, value=v)
        for k, v in tags.items()
        if split_key(k)[1] in ("CompressorID", "VideoCodecID", "CodecID", "VideoCodec") and isinstance(v, str)
    ]
    return Fact(value=frames.codec, source="pyav:codec_context", alternatives=alternatives[:4])


def int_fact(value: int | None, source: str) -> Fact | None:
    return Fact(value=value, source=source) if value else None


def tag_fact(tags: Mapping[str, Any], key: str) -> Fact | None:
    value = tags.get(key)
    return Fact(value=value, source=key) if isinstance(value, str | int | float) and value != "" else None


def named_fact(tags: Mapping[str, Any], names: tuple[str, ...]) -> Fact | None:
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
