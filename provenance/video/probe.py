"""Probe: what the streams of a video say before anything is decoded, through PyAV and OpenCV.

Where it sits: video file -> `probe()` -> `Probe` (plain numbers, each with the method that
produced it), read by the evidence builder and handed to the decode pass. It knows nothing of
claims. The packet scan here is the only place that reads the packets' timing: the decode pass
takes its timestamps from here instead of reading them again.

* OpenCV opens the file as a decoder would (`cv2.VideoCapture`), gives the header's
  size, fps, fourcc and frame count, and proves that a first frame decodes.
* PyAV demuxes the video stream without decoding it: counting packets that are not
  flagged discard gives the exact frame count (the header's CAP_PROP_FRAME_COUNT is
  wrong for edit-listed, truncated and Matroska/WebM files), and the packets'
  presentation timestamps give the stream's real span, which is right for variable
  frame rate where frames / nominal fps is not. Every presented packet's time is kept
  (8 bytes a frame), so the decode pass measures the frame rate over frames it skips too.

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
from provenance.models import AudioEvidence  # noqa: E402
from provenance.settings import PROBE_DEADLINE_S  # noqa: E402
from provenance.video.audio import AudioLevel  # noqa: E402
from provenance.video.paths import safe_path  # noqa: E402


@dataclass(frozen=True)
class Probe:
    """What the probe measured. None means "not measured", never zero."""

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
    # presentation times (s) of the presented packets that carry one, in stream order, and the latest
    # packet's time plus its duration: the decode pass's frame timing
    packet_times: list[float] = field(default_factory=list, repr=False)
    packet_end_s: float = 0.0
    notes: list[str] = field(default_factory=list)
    # the first audio stream's level and speech, when the scan metered it (metadata-only runs)
    audio: AudioEvidence | None = None


def probe(path: str, deadline_s: float = PROBE_DEADLINE_S, decode: bool = True, audio: bool = False) -> Probe:
    """Measure a video file's streams and first frame.

    Args:
        path: the video file.
        deadline_s: wall-clock budget for the packet scan.
        decode: False for metadata only: demux, never decode (no OpenCV, no first frame).
        audio: also decode the first audio stream in the same demux, for its level and speech (the
            decode pass does this otherwise); video packets are still only counted.

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
            return Probe(
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
        meter = AudioLevel(container.streams.audio[0], audio_streams) if audio and audio_streams else None
        try:
            scan = _scan_packets(container, stream, deadline_s, notes, meter)
        except BaseException:
            if meter is not None:
                meter.close()
            raise

    cv: dict[str, Any] = {}
    if decode:
        with safe_path(path) as native:
            cv = _opencv_facts(native)
    decoded = bool(cv.get("decoded"))
    if decode and not decoded and scan.count:
        decoded = _pyav_decodes_first_frame(path)
        if decoded:
            notes.append("OpenCV could not decode this stream; PyAV could")
    nominal_fps = cv.get("fps") or (float(rate) if rate else None)
    return Probe(
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
        stored_packets=scan.stored,
        packet_count=scan.count,
        stream_span_s=scan.span,
        container_duration_s=container_duration,
        sample_aspect_ratio=f"{sar.numerator}:{sar.denominator}" if sar and sar != 1 else None,
        encoder_sei=scan.sei,
        first_frame_decoded=decoded,
        opencv_opened=bool(cv.get("opened")),
        packet_times=scan.times,
        packet_end_s=scan.end,
        notes=notes,
        audio=meter.finish() if meter is not None else None,
    )


@dataclass
class _Scan:
    count: int | None = 0  # presented packets (not flagged discard); None when the scan ran out of time
    stored: int = 0  # every packet in the file, discard-flagged included
    span: float | None = None
    sei: str | None = None
    times: list[float] = field(default_factory=list)
    end: float = 0.0


def problem(facts: Probe, stated_durations: list[float], decode: bool = True) -> str | None:
    """Why the probed file cannot be evaluated as a video, or None when it can.

    Args:
        facts: the probe.
        stated_durations: durations the file's headers state (ExifTool tags): what a truncated
            file promises but does not hold.
        decode: whether the probe tried to decode a first frame.
    """
    if not facts.has_video_stream:
        return "the file has no video stream" + (" (audio only)" if facts.has_audio else "")
    if facts.packet_count is None:
        return "; ".join(facts.notes) or "the packet scan did not finish"
    if facts.packet_count == 0:
        promised = max([*stated_durations, facts.container_duration_s or 0], default=0)
        claim = f"the header promises {promised:g} s but " if isinstance(promised, int | float) and promised else ""
        return f"{claim}the file holds no video frames (truncated?)"
    if facts.indexed_frames and (facts.stored_packets or 0) < facts.indexed_frames:
        return (
            f"the file ends early: its index lists {facts.indexed_frames} video frames but only "
            f"{facts.stored_packets} are in the file (truncated?)"
        )
    if decode and not facts.first_frame_decoded:
        return "video packets are present but no frame decodes"
    return None


def _scan_packets(
    container: av.container.InputContainer,
    stream: av.video.stream.VideoStream,
    deadline_s: float,
    notes: list[str],
    meter: AudioLevel | None = None,
) -> _Scan:
    """Count the video packets (all stored, and those presented), measure their timestamp span, keep
    each presented packet's time and the encoder's settings string (x264/x265 write one into the first
    packet's SEI); hand the first audio stream's packets to `meter` when given."""
    started = time.monotonic()
    scan = _Scan()
    count = 0
    first: int | None = None
    last_end: int | None = None
    any_duration = False
    time_base = float(stream.time_base) if stream.time_base else None
    streams = [stream] + ([meter.stream] if meter is not None else [])
    try:
        for packet in container.demux(*streams):
            if meter is not None and packet.stream is meter.stream:
                meter.add(packet)
                continue
            if packet.size == 0:  # flush packet
                continue
            scan.stored += 1
            if scan.stored == 1:
                scan.sei = _encoder_sei(bytes(packet))
            if packet.is_discard:  # frames an edit list hides
                continue
            count += 1
            if packet.pts is not None:
                duration = packet.duration or 0
                any_duration = any_duration or duration > 0
                end = packet.pts + duration
                first = packet.pts if first is None else min(first, packet.pts)
                last_end = end if last_end is None else max(last_end, end)
                if time_base:
                    t = float(packet.pts) * time_base
                    scan.times.append(t)
                    scan.end = max(scan.end, t + float(duration) * time_base)
            if time.monotonic() - started > deadline_s:
                notes.append(f"packet scan stopped after {deadline_s:g} s; frame count is a lower bound")
                scan.count = None
                return scan
    except (av.FFmpegError, OSError) as exc:
        notes.append(f"demuxing stopped early: {ffmpeg_message(exc)}")
    scan.count = count
    if count == 0 or first is None or last_end is None or stream.time_base is None:
        return scan
    if not any_duration and count > 1:
        # packets without durations: the last frame lasts one average interval
        last_end += round((last_end - first) / (count - 1))
    span = float((last_end - first) * Fraction(stream.time_base))
    scan.span = span if span > 0 else None
    return scan


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
