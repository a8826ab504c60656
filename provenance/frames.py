"""Frame adapter: what the streams and pixels of a video say, through OpenCV and PyAV.

Where it sits: video file -> `probe()` -> `FrameFacts` (plain numbers, each with the
method that produced it). It knows nothing of claims.

* OpenCV opens the file as a decoder would (`cv2.VideoCapture`), gives the header's
  size, fps, fourcc and frame count, and proves that a first frame decodes.
* PyAV demuxes the video stream without decoding it: counting packets that are not
  flagged discard gives the exact frame count (the header's CAP_PROP_FRAME_COUNT is
  wrong for edit-listed, truncated and Matroska/WebM files), and the packets'
  presentation timestamps give the stream's real span, which is right for variable
  frame rate where frames / nominal fps is not.

Every loop checks a deadline so a hostile file cannot hold the run for ever.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

# Keep FFmpeg's and OpenCV's own logging off stderr: the CLI owns stderr.
os.environ.setdefault("OPENCV_LOG_LEVEL", "SILENT")
os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")

import av  # noqa: E402
import cv2  # noqa: E402

from provenance.errors import MediaError  # noqa: E402
from provenance.paths import safe_path  # noqa: E402

DEFAULT_DEADLINE_S = 120.0


@dataclass(frozen=True)
class FrameFacts:
    """What the frame adapter measured. None means "not measured", never zero."""

    has_video_stream: bool
    has_audio: bool
    audio_streams: int = 0
    codec: str | None = None
    width: int | None = None
    height: int | None = None
    nominal_fps: float | None = None
    nominal_fps_source: str | None = None
    header_frame_count: int | None = None
    indexed_frames: int | None = None  # frames the container's index lists (PyAV stream.frames), 0 = unknown
    stored_packets: int | None = None  # video packets actually in the file, discard-flagged included
    packet_count: int | None = None
    stream_span_s: float | None = None
    container_duration_s: float | None = None
    sample_aspect_ratio: str | None = None  # "2:1" when pixels are not square, None when square or unknown
    encoder_sei: str | None = None  # the x264/x265 settings string the encoder left in the first packet
    first_frame_decoded: bool = False
    opencv_opened: bool = False
    notes: list[str] = field(default_factory=list)


def probe(path: str, deadline_s: float = DEFAULT_DEADLINE_S, decode: bool = True) -> FrameFacts:
    """Measure a video file's streams and first frame.

    Args:
        path: the video file.
        deadline_s: wall-clock budget for the packet scan.
        decode: False for metadata only: demux, never decode (no OpenCV, no first frame).

    Returns:
        The measured facts.

    Raises:
        MediaError: the file cannot be demuxed at all (not a media file, corrupt header).
    """
    try:
        container = av.open(path, metadata_errors="ignore")
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise MediaError(f"not a readable media file ({ffmpeg_message(exc)})") from exc
    notes: list[str] = []
    with container:
        audio_streams = len(container.streams.audio)
        container_duration = container.duration / av.time_base if container.duration else None
        if not container.streams.video:
            return FrameFacts(
                has_video_stream=False,
                has_audio=audio_streams > 0,
                audio_streams=audio_streams,
                container_duration_s=container_duration,
            )
        stream = container.streams.video[0]
        codec = stream.codec_context.name if stream.codec_context else None
        rate = stream.average_rate or stream.base_rate
        indexed = stream.frames or None
        sar = stream.codec_context.sample_aspect_ratio if stream.codec_context else None
        count, stored, span, sei = _scan_packets(container, stream, deadline_s, notes)

    cv: dict[str, Any] = {}
    if decode:
        with safe_path(path) as native:
            cv = _opencv_facts(native)
    decoded = bool(cv.get("decoded"))
    if decode and not decoded and count:
        decoded = _pyav_decodes_first_frame(path)
        if decoded:
            notes.append("OpenCV could not decode this stream; PyAV could")
    nominal_fps = cv.get("fps") or (float(rate) if rate else None)
    return FrameFacts(
        has_video_stream=True,
        has_audio=audio_streams > 0,
        audio_streams=audio_streams,
        codec=codec,
        width=cv.get("width") or stream.codec_context.width or None,
        height=cv.get("height") or stream.codec_context.height or None,
        nominal_fps=nominal_fps,
        nominal_fps_source="opencv:CAP_PROP_FPS" if cv.get("fps") else "pyav:average_rate",
        header_frame_count=cv.get("frame_count"),
        indexed_frames=indexed,
        stored_packets=stored,
        packet_count=count,
        stream_span_s=span,
        container_duration_s=container_duration,
        sample_aspect_ratio=f"{sar.numerator}:{sar.denominator}" if sar and sar != 1 else None,
        encoder_sei=sei,
        first_frame_decoded=decoded,
        opencv_opened=bool(cv.get("opened")),
        notes=notes,
    )


def _scan_packets(
    container: av.container.InputContainer,
    stream: av.video.stream.VideoStream,
    deadline_s: float,
    notes: list[str],
) -> tuple[int | None, int, float | None, str | None]:
    """Count the video packets (all stored, and those presented), measure their timestamp span and
    keep the encoder's settings string (x264/x265 write one into the first packet's SEI)."""
    started = time.monotonic()
    sei: str | None = None
    count = stored = 0
    first: int | None = None
    last_end: int | None = None
    any_duration = False
    try:
        for packet in container.demux(stream):
            if packet.size == 0:  # flush packet
                continue
            stored += 1
            if stored == 1:
                sei = _encoder_sei(bytes(packet))
            if packet.is_discard:  # frames an edit list hides
                continue
            count += 1
            if packet.pts is not None:
                duration = packet.duration or 0
                any_duration = any_duration or duration > 0
                end = packet.pts + duration
                first = packet.pts if first is None else min(first, packet.pts)
                last_end = end if last_end is None else max(last_end, end)
            if time.monotonic() - started > deadline_s:
                notes.append(f"packet scan stopped after {deadline_s:g} s; frame count is a lower bound")
                return None, stored, None, sei
    except (av.FFmpegError, OSError) as exc:
        notes.append(f"demuxing stopped early: {ffmpeg_message(exc)}")
    if count == 0 or first is None or last_end is None or stream.time_base is None:
        return count, stored, None, sei
    if not any_duration and count > 1:
        # packets without durations: the last frame lasts one average interval
        last_end += round((last_end - first) / (count - 1))
    span = float((last_end - first) * Fraction(stream.time_base))
    return count, stored, span if span > 0 else None, sei


_SEI_MARKERS = (b"x264 - core", b"x265 (build")


def _encoder_sei(data: bytes) -> str | None:
    """The encoder's own settings string, e.g. "x264 - core 164 r3108 ... options: cabac=1 ref=3 ..."."""
    for marker in _SEI_MARKERS:
        at = data.find(marker)
        if at >= 0:
            end = data.find(b"\x00", at)
            text = data[at : end if end > at else at + 600][:600]
            return text.decode("ascii", "replace").strip()
    return None


def _opencv_facts(path: str) -> dict[str, Any]:
    capture = cv2.VideoCapture(path, cv2.CAP_FFMPEG)
    try:
        if not capture.isOpened():
            return {"opened": False}
        fps = capture.get(cv2.CAP_PROP_FPS)
        frames = capture.get(cv2.CAP_PROP_FRAME_COUNT)
        width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
        height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
        decoded = capture.grab()
        return {
            "opened": True,
            # OpenCV reports absurd values (negative, 1e18) when the header has none
            "fps": fps if 0 < fps < 1000 else None,
            "frame_count": int(frames) if 0 < frames < 1e9 else None,
            "width": width or None,
            "height": height or None,
            "decoded": bool(decoded),
        }
    except cv2.error:
        return {"opened": False}
    finally:
        capture.release()


def _pyav_decodes_first_frame(path: str) -> bool:
    try:
        with av.open(path, metadata_errors="ignore") as container:
            for _frame in container.decode(video=0):
                return True
    except (av.FFmpegError, OSError, ValueError):
        return False
    return False


def ffmpeg_message(exc: BaseException) -> str:
    """The first line of an FFmpeg/PyAV error, or its type when it says nothing."""
    message = getattr(exc, "strerror", None) or str(exc)
    return str(message).strip().splitlines()[0] if str(message).strip() else type(exc).__name__
