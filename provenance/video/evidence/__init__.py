"""Evidence builder: ExifTool tags + the probe + the decode pass -> one `VideoEvidence`, every value sourced.

Where it sits: after the adapters, before the checks. It opens no file; it decides, for each
fact, which source to trust and keeps what the other sources said (`facts`). Dates are kept as
hypotheses (`dates`), positions with their tags (`gps`), edit and re-encode traces as signals
(`signals`). The decode pass's `FrameAnalysis` and `AudioEvidence` are the report's models
already and go in as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from provenance.models import AudioEvidence, ContentCredentials, Fact, Platform, SourcedValue, VideoEvidence
from provenance.video.evidence.dates import credential_dates, parse_date_tag, recording_window
from provenance.video.evidence.facts import (
    codec_fact,
    duration_fact,
    fps_fact,
    frame_count_fact,
    int_fact,
    named_fact,
    rotation_fact,
    tag_fact,
)
from provenance.video.evidence.gps import embedded_track, nearest_place, static_position, time_zone
from provenance.video.evidence.onscreen import onscreen_dates, onscreen_text
from provenance.video.evidence.platform import platform_doubts
from provenance.video.evidence.signals import collect_signals
from provenance.video.evidence.tags import split_key

if TYPE_CHECKING:  # the evidence builder never decodes: these are only the shapes it reads
    from provenance.video.credentials import CredentialTime
    from provenance.video.decode import Decoded
    from provenance.video.probe import Probe

_MAKE_NAMES = ("Make",)
_MODEL_NAMES = ("Model",)
_ENCODER_NAMES = ("Encoder", "Software", "WritingApp", "CreatorTool", "EncodingTool", "MuxingApp")


def build_evidence(
    tags: Mapping[str, Any],
    frames: Probe | None,
    embedded_gps: list[tuple[float, float, str | None]] | None = None,
    credentials: ContentCredentials | None = None,
    decoded: Decoded | None = None,
    credential_times: list[CredentialTime] | None = None,
    *,
    platform: Platform | None = None,
    video_name: str | None = None,
) -> VideoEvidence:
    """Combine ExifTool tags, the probe and the decode pass into the report's `video` section.

    Args:
        tags: group-qualified ExifTool tags (may be empty when ExifTool failed).
        frames: what the probe measured, or None when it failed.
        embedded_gps: fixes from embedded metadata streams (`ExifTool.read_embedded_gps`).
        credentials: the file's C2PA facts.
        decoded: the decode pass (`video.decode.decode`), or None when it did not run.
        credential_times: the C2PA signature and action times, which join the date hypotheses.
        platform: the platform sidecar (`video.sidecar`), when there is one.
        video_name: the video's file name, whose yt-dlp `[id]` must fit the sidecar's.
    """
    duration = duration_fact(tags, frames)
    gps = static_position(tags)
    track = embedded_track(embedded_gps or [])
    dates = [tag for key, raw in tags.items() if (tag := parse_date_tag(key, raw)) is not None]
    dates += credential_dates(credential_times or [])
    seconds = float(duration.value) if duration else None
    fields = decoded.analysis.timing if decoded is not None and decoded.field_pictures else None
    doubts = platform_doubts(platform, video_name, seconds) if platform is not None else []
    keyframes = decoded.analysis.keyframes if decoded is not None else []
    return VideoEvidence(
        file_type=tag_fact(tags, "File:FileType"),
        duration_s=duration,
        fps=fps_fact(frames, fields),
        frame_count=frame_count_fact(tags, frames, fields),
        width=int_fact(frames.width if frames else None, "opencv:CAP_PROP_FRAME_WIDTH"),
        height=int_fact(frames.height if frames else None, "opencv:CAP_PROP_FRAME_HEIGHT"),
        codec=codec_fact(tags, frames),
        has_audio=Fact(value=frames.has_audio, source="pyav:streams") if frames else None,
        dates=dates,
        recording_date=recording_window(dates, seconds, time_zone(gps, track)),
        gps=gps,
        gps_track=track,
        place=nearest_place(gps, track),
        make=named_fact(tags, _MAKE_NAMES),
        model=named_fact(tags, _MODEL_NAMES),
        encoder=named_fact(tags, _ENCODER_NAMES),
        handlers=[
            SourcedValue(source=k, value=v)
            for k, v in tags.items()
            if split_key(k)[1] == "HandlerDescription" and isinstance(v, str) and v.strip()
        ],
        rotation=rotation_fact(tags),
        sample_aspect_ratio=Fact(value=frames.sample_aspect_ratio, source="pyav:sample_aspect_ratio")
        if frames and frames.sample_aspect_ratio
        else None,
        content_credentials=credentials,
        signals=collect_signals(tags, frames, dates, credentials, seconds) + doubts,
        analysis=decoded.analysis if decoded is not None else None,
        audio=_audio(frames, decoded),
        platform=platform,
        onscreen_dates=onscreen_dates(keyframes),
        onscreen_text=onscreen_text(keyframes),
        notes=(list(frames.notes) if frames else []) + [doubt.explanation for doubt in doubts],
    )


def _audio(frames: Probe | None, decoded: Decoded | None) -> AudioEvidence | None:
    """The decode pass's audio level; without it, what the probe saw of the streams."""
    if frames is None:
        return None
    if not frames.has_audio:
        return AudioEvidence(present=False, method="pyav: streams")
    if decoded is not None and decoded.audio is not None:
        return decoded.audio
    if frames.audio is not None:  # metadata-only: metered in the probe's demux
        return frames.audio
    return AudioEvidence(present=True, streams=frames.audio_streams, method="pyav: streams (not decoded)")
