"""Frame and audio analysis: one streaming decode pass over a video, with PyAV and OpenCV.

Where it sits: an adapter beside `frames.probe` (which only demuxes). `analyse()` demuxes the
file once. Every video packet's timestamp gives the exact frame count, the first and last
presentation time and whether the frame rate is constant. The decoder, with FFmpeg's threads,
hands over the reference frames (all of them with `every_frame=True`, and always for interlaced
video), and the pass works on their planes shrunk to 64x36: frame differences and colour
histograms give cuts, frame differences frozen frames, mean luma black segments. No frame
refers to a non-reference (disposable) frame, so skipping them loses nothing but the time
resolution between two decoded frames; encoders usually start a new shot with a reference
frame, and a cut on a skipped frame is placed on the next decoded one. The same pass decodes
the first audio stream for its level. Heavy work (faces, on-screen text, OCR, perceptual
hashes) runs on keyframes only, one per shot and more in long shots, on a worker thread beside
the decoder. Nothing is accumulated per frame beyond a few numbers, so memory does not grow
with the video.

It knows nothing of claims. Every loop checks a deadline.
"""

from __future__ import annotations

import math
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENCV_LOG_LEVEL", "SILENT")

import av  # noqa: E402
import cv2  # noqa: E402
import imagehash  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from provenance.errors import MediaError  # noqa: E402
from provenance.frames import ffmpeg_message  # noqa: E402

DEFAULT_DEADLINE_S = 600.0
SMALL = (64, 36)  # the size every frame is compared at
# Mean absolute luma difference (0-255) at 64x36. Measured on generated and real clips: hard
# cuts score 30 and more, motion inside a shot rarely above 10.
CUT_MIN_SCORE = 18.0
CUT_RATIO = 3.0  # a cut also stands out against the recent frames' differences
# In fast motion every frame differs a lot and a cut barely stands out; its colours still change
# at once. Histogram distance (half the L1 distance, averaged over Y, U and V; 0 same, 1 disjoint):
# cuts between the benchmark's moving sources score 0.24-0.9, frames inside a shot up to 0.47.
CUT_HISTOGRAM = 0.5
MIN_SHOT_S = 0.3
BLACK_LUMA = 24.0  # mean luma of a black frame in limited-range video (16 is black)
BLACK_SPREAD = 10.0
FROZEN_SCORE = 0.5  # consecutive frames this similar are "the same picture" ...
FROZEN_PEAK = 12  # ... provided no cell of the small image changed more than this (small moving objects)
FROZEN_MIN_S = 1.0
KEYFRAME_AFTER_S = 0.5  # a shot's keyframe is taken this far into it (or at its end when shorter)
KEYFRAME_EVERY_S = 10.0  # long shots get one more keyframe this often
KEYFRAMES_IN_FLIGHT = 2  # keyframes handed to the detector thread and not yet collected (bounds memory)
MAX_BAD_PACKETS = 25  # packets in a row that fail to decode before the pass gives up
PROGRESSIVE = (0, 1)  # FFmpeg's AVFieldOrder: unknown, progressive; the others are interlaced
MAX_OCR_LINES = 16
SILENCE_DBFS = -60.0  # below this throughout, nobody can be heard
SOUND_DBFS = -45.0  # a window above this carries audible sound
AUDIO_WINDOW_S = 0.5

_FACE_CASCADE = "haarcascade_frontalface_default.xml"
# Faces are looked for at this width (and at least 6 % of the picture's height): half the time
# of 640 px with the same hits on the sample clips (benchmarks/frames.py measures the whole pass).
FACE_WIDTH = 480
_OCR_LANGUAGES = "ara+rus+eng"


@dataclass
class TextLine:
    box: tuple[int, int, int, int]  # x, y, w, h in the upright keyframe's pixels
    position: str  # lower_third, top, corner, middle
    text: str | None = None
    script: str | None = None


@dataclass
class KeyframeFacts:
    time_s: float
    shot: int
    width: int
    height: int
    faces: list[tuple[int, int, int, int]]
    text_lines: list[TextLine]
    phash: str
    dhash: str
    file: str | None = None
    thumbnail: np.ndarray | None = field(default=None, repr=False)


@dataclass
class ShotFacts:
    index: int
    start_s: float
    end_s: float
    start_transition: str  # start, cut, black


@dataclass
class SegmentFacts:
    kind: str  # black, frozen
    start_s: float
    end_s: float


@dataclass
class AudioFacts:
    streams: int
    codec: str | None = None
    sample_rate: int | None = None
    channels: int | None = None
    duration_s: float | None = None
    peak_dbfs: float | None = None
    rms_dbfs: float | None = None
    sound_fraction: float | None = None  # share of 0.5 s windows above SOUND_DBFS
    digital_silence: bool = False  # every sample exactly zero
    modulated_fraction: float | None = None  # share of 1 s spans whose level swings like speech or music
    error: str | None = None


@dataclass
class Analysis:
    every_frame: bool = False  # False: the decoder skipped non-reference frames (the stream had some)
    stream_frames: int = 0  # the video stream's frames: its packets not flagged discard (decoded, when interlaced)
    decoded_frames: int = 0
    interlaced: bool = False
    field_pictures: bool = False  # interlaced, each field in a packet of its own: two packets a frame
    first_pts_s: float | None = None
    last_pts_s: float | None = None
    stream_start_s: float | None = None
    frame_interval_ms: tuple[float, float, float] | None = None  # min, median, max
    variable_frame_rate: bool | None = None
    rotation: int = 0
    shots: list[ShotFacts] = field(default_factory=list)
    keyframes: list[KeyframeFacts] = field(default_factory=list)
    segments: list[SegmentFacts] = field(default_factory=list)
    duplicate_frames: int | None = None  # consecutive identical frames; counted only when every frame is decoded
    audio: AudioFacts | None = None
    ocr: str = "not run"
    complete: bool = True
    notes: list[str] = field(default_factory=list)
    elapsed_s: float = 0.0


# ------------------------------------------------------------------ the pass


def analyse(
    path: str,
    *,
    every_frame: bool = False,
    keyframes_dir: Path | None = None,
    deadline_s: float = DEFAULT_DEADLINE_S,
    ocr: bool = True,
    tesseract: str | None = None,
) -> Analysis:
    """Decode the video once and measure shots, keyframes, faces, text, black/frozen frames and audio.

    Args:
        path: the video file (a path PyAV can open; see `paths.safe_path` for odd names).
        every_frame: decode non-reference frames too: cut, black and frozen boundaries to the exact
            frame and a count of duplicated frames, for about 1.4x the decoding time on streams with
            B-frames (phone originals have none, so nothing is skipped there anyway).
        keyframes_dir: when given, each keyframe is saved there as JPEG, plus `contact_sheet.png`.
        deadline_s: wall-clock budget; past it the pass stops and says so (`complete` False).
        ocr: read on-screen text with Tesseract when it is installed.
        tesseract: the Tesseract executable (default: `PROVENANCE_TESSERACT` or `tesseract` on PATH).

    Raises:
        MediaError: the file cannot be opened or has no video stream.
    """
    started = time.monotonic()
    try:
        container = av.open(path, metadata_errors="ignore")
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise MediaError(f"not a readable media file ({ffmpeg_message(exc)})") from exc
    with container:
        if not container.streams.video:
            raise MediaError("no video stream")
        video = container.streams.video[0]
        video.thread_type = "AUTO"
        # interlaced video is decoded whole: its fields may travel in packets of their own, and only
        # the decoded frames then say how many frames there are
        interlaced = getattr(video.codec_context, "field_order", 0) not in PROGRESSIVE
        if not every_frame and not interlaced:
            try:
                video.codec_context.skip_frame = "NONREF"
                # a skipped packet still takes a frame thread's turn: twice as many threads as cores keep
                # the cores busy (measured on 2 cores: 720p 2.96 -> 2.31 s, 1080p 9.34 -> 7.67 s)
                video.codec_context.thread_count = min(16, 2 * _cores())
            except (AttributeError, ValueError, av.FFmpegError):  # a decoder without the option decodes all
                every_frame = True
        every_frame = every_frame or interlaced
        audio_stream = container.streams.audio[0] if container.streams.audio else None
        executable = (tesseract or os.environ.get("PROVENANCE_TESSERACT") or shutil.which("tesseract")) if ocr else None
        state = _Pass(video, keyframes_dir, executable, every_frame)
        state.result.interlaced = interlaced
        level = _AudioLevel(audio_stream, len(container.streams.audio)) if audio_stream is not None else None
        streams = [video] + ([audio_stream] if audio_stream is not None else [])
        result = state.result
        try:
            try:
                for packet in container.demux(*streams):
                    if time.monotonic() - started > deadline_s:
                        result.complete = False
                        result.notes.append(f"analysis stopped after {deadline_s:g} s: results cover the start only")
                        break
                    if level is not None and packet.stream is audio_stream:
                        level.add(packet)
                        continue
                    if packet.stream is not video:
                        continue
                    state.packet(packet)
                    try:
                        frames = packet.decode()
                    except (av.FFmpegError, ValueError) as exc:  # a damaged packet: the next may decode
                        state.bad_packet(exc)
                        continue
                    state.bad_in_a_row = 0
                    for frame in frames:
                        state.add(frame)
            except (av.FFmpegError, OSError, ValueError) as exc:
                result.complete = False
                result.notes.append(f"decoding stopped early: {ffmpeg_message(exc)}")
            state.finish()
            if state.reader is not None:
                state.reader.read(result.notes)
        finally:
            if state.reader is not None:
                state.reader.close()
        result.audio = level.facts() if level is not None else None
        if video.start_time is not None and video.time_base is not None:
            result.stream_start_s = float(video.start_time * video.time_base)
        if executable is None:
            result.ocr = "Tesseract is not installed: text presence only" if ocr else "disabled"
        else:
            result.ocr = f"Tesseract ({_OCR_LANGUAGES})"
    if keyframes_dir is not None and result.keyframes:
        _contact_sheet(result.keyframes, keyframes_dir)
    for keyframe in result.keyframes:
        keyframe.thumbnail = None
    result.elapsed_s = round(time.monotonic() - started, 3)
    return result


def _cores() -> int:
    """CPU cores this process may use (a container's limit included, where the OS tells)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class _Pass:
    """Per-frame state of one decode pass; holds a few numbers and a few pending keyframes."""

    def __init__(self, stream: Any, keyframes_dir: Path | None, tesseract: str | None, every_frame: bool) -> None:
        self.stream = stream
        self.time_base = float(stream.time_base) if stream.time_base else None
        self.keyframes_dir = keyframes_dir
        self.result = Analysis(every_frame=every_frame)
        self.duplicates = 0
        self.bad_packets = 0
        self.bad_in_a_row = 0
        self.first_failure = ""
        self.previous: np.ndarray | None = None
        self.recent: deque[float] = deque(maxlen=15)
        self.recent_histogram: deque[float] = deque(maxlen=15)
        self.previous_histogram: np.ndarray | None = None
        # timestamps of the stream's frames, from its packets (8 bytes a frame): rate, count, first and last
        self.packet_times: list[float] = []
        self.packet_end = 0.0  # the latest packet's time plus its duration
        self.frame_times: list[float] = []  # decoded frames' times, used when packets carry none
        self.last_t: float | None = None
        self.last_duration: float | None = None
        self.shot_start = 0.0
        self.shot_transition = "start"
        self.next_keyframe_at = KEYFRAME_AFTER_S
        self.pending: Any = None  # the newest frame of the current shot not yet taken as keyframe
        self.pending_t = 0.0
        self.taken: tuple[int, float] | None = None  # shot and time of the latest keyframe taken
        self.black_start: float | None = None
        self.frozen_start: float | None = None
        self.reader = _Reader(tesseract) if tesseract else None  # reads at most MAX_OCR_LINES lines
        self.face_detector = cv2.CascadeClassifier(os.path.join(cv2.data.haarcascades, _FACE_CASCADE))  # type: ignore[attr-defined]
        # the keyframe detectors run beside the decoder; the cascade is only ever used on this one thread
        self.detectors = ThreadPoolExecutor(max_workers=1, thread_name_prefix="provenance-keyframes")
        self.in_flight: deque[tuple[Future[KeyframeFacts], np.ndarray]] = deque()

    def _time(self, frame: Any) -> float:
        if frame.pts is not None and self.time_base:
            return float(frame.pts) * self.time_base
        if frame.time is not None:
            return float(frame.time)
        return (self.last_t or 0.0) + 1 / 30

    def bad_packet(self, exc: Exception) -> None:
        """A packet the decoder rejects: the pass is no longer complete; too many in a row end it."""
        self.bad_packets += 1
        self.bad_in_a_row += 1
        if self.bad_packets == 1:
            self.first_failure = ffmpeg_message(exc)
        self.result.complete = False
        if self.bad_in_a_row > MAX_BAD_PACKETS:
            raise av.InvalidDataError(0, f"{self.bad_in_a_row} packets in a row fail to decode")

    def packet(self, packet: Any) -> None:
        """A video packet: one frame of the stream, unless it is empty or flagged discard (edit lists)."""
        if not packet.size or packet.is_discard or packet.pts is None or not self.time_base:
            return
        t = float(packet.pts) * self.time_base
        self.packet_times.append(t)
        self.packet_end = max(self.packet_end, t + float(packet.duration or 0) * self.time_base)

    def add(self, frame: Any) -> None:
        r = self.result
        t = self._time(frame)
        if r.decoded_frames == 0:
            rotation = int(getattr(frame, "rotation", 0) or 0)
            if -360 <= rotation <= 360:
                r.rotation = rotation
            else:
                r.notes.append(f"the display matrix gives a rotation of {rotation} degrees: ignored")
            self.shot_start = t
            self.next_keyframe_at = t + KEYFRAME_AFTER_S
            if getattr(frame, "interlaced_frame", False) and not r.interlaced:
                r.interlaced = True  # the header did not say: decode every frame from here on
                if not r.every_frame:
                    self.stream.codec_context.skip_frame = "DEFAULT"
                    r.every_frame = True
                    r.notes.append("interlaced frames: every frame decoded from the first one on")
        self.frame_times.append(t)
        r.decoded_frames += 1
        duration = getattr(frame, "duration", None)
        if duration and self.time_base:
            self.last_duration = float(duration) * self.time_base
        small = _small_planes(frame)
        luma = small[: SMALL[1]]
        mean = float(luma.mean())
        black = mean < BLACK_LUMA and float(luma.std()) < BLACK_SPREAD
        change = cv2.absdiff(small, self.previous) if self.previous is not None else None
        # luma and chroma rows weigh alike: a cut between two shots of equal brightness still changes colour
        score = float(change.mean()) * 2 if change is not None else 0.0
        peak = int(change.max()) if change is not None else 0
        histogram = _histogram(small)
        moved = (
            float(np.abs(histogram - self.previous_histogram).sum()) / 6 if self.previous_histogram is not None else 0.0
        )

        # black segments: a shot boundary of their own
        if black and self.black_start is None:
            self.black_start = t
            self._end_shot(t)
        elif not black and self.black_start is not None:
            self._segment("black", self.black_start, t)
            self.black_start = None
            self._start_shot(t, "black")
        elif not black and self.previous is not None and self._is_cut(score, moved, t):
            self._end_shot(t)
            self._start_shot(t, "cut")

        # frozen and duplicated frames (not black: a black screen is frozen by nature)
        if self.previous is not None and not black:
            if score == 0.0:
                self.duplicates += 1
            if score < FROZEN_SCORE and peak < FROZEN_PEAK:
                self.frozen_start = self.last_t if self.frozen_start is None else self.frozen_start
            elif self.frozen_start is not None:
                self._segment("frozen", self.frozen_start, t, minimum=FROZEN_MIN_S)
                self.frozen_start = None
        self.recent.append(score)
        self.recent_histogram.append(moved)
        self.previous = small
        self.previous_histogram = histogram
        self.last_t = t

        # keyframes: hold the newest frame; take it once the shot is KEYFRAME_AFTER_S old
        if not black:
            self.pending, self.pending_t = frame, t
            if t >= self.next_keyframe_at:
                self._take_keyframe()
                self.next_keyframe_at = t + KEYFRAME_EVERY_S

    def _is_cut(self, score: float, moved: float, t: float) -> bool:
        """A large change that stands out against the shot's recent frames, in pixels or in colours."""
        if score < CUT_MIN_SCORE or t - self.shot_start < MIN_SHOT_S:
            return False
        baseline = statistics.median(self.recent) if self.recent else 0.0
        if score > CUT_RATIO * baseline + 2.0:
            return True
        colours = statistics.median(self.recent_histogram) if self.recent_histogram else 0.0
        return moved >= CUT_HISTOGRAM and moved > CUT_RATIO * colours + 0.1

    def _segment(self, kind: str, start: float, end: float, minimum: float = 0.0) -> None:
        if end - start >= minimum and end > start:
            self.result.segments.append(SegmentFacts(kind=kind, start_s=round(start, 3), end_s=round(end, 3)))

    def _end_shot(self, t: float) -> None:
        shot_has_keyframe = self.taken is not None and self.taken[0] == len(self.result.shots)
        if self.pending is not None and not shot_has_keyframe:  # a shot shorter than KEYFRAME_AFTER_S
            self._take_keyframe()
        if t > self.shot_start:
            self.result.shots.append(
                ShotFacts(
                    index=len(self.result.shots),
                    start_s=round(self.shot_start, 3),
                    end_s=round(t, 3),
                    start_transition=self.shot_transition,
                )
            )
        self.shot_start = t
        self.pending = None

    def _start_shot(self, t: float, transition: str) -> None:
        self.shot_start = t
        self.shot_transition = transition
        self.next_keyframe_at = t + KEYFRAME_AFTER_S
        self.pending = None
        self.recent.clear()  # the new shot's motion is the baseline for its next cut
        self.recent_histogram.clear()

    def finish(self) -> None:
        r = self.result
        try:
            self._timeline()
            rate = float(self.stream.average_rate) if self.stream.average_rate else 0.0
            step = r.frame_interval_ms[1] / 1000 if r.frame_interval_ms else (1 / rate if rate else 0.0)
            end = (self.last_t or 0.0) + (self.last_duration or step)
            if self.packet_times:
                end = max(end, self.packet_end, (r.last_pts_s or 0.0) + step)
            in_black = self.black_start is not None
            if self.black_start is not None:
                self._segment("black", self.black_start, end)
            if self.frozen_start is not None:
                self._segment("frozen", self.frozen_start, end, minimum=FROZEN_MIN_S)
            if r.decoded_frames and not in_black:  # a video ending in black: the segment says so, no shot
                self._end_shot(end)
            self._collect(wait_for=0)
        finally:
            self.detectors.shutdown(wait=True, cancel_futures=True)

    def _timeline(self) -> None:
        """Frame count, first and last time, and rate mode from the packets (every frame, decoded or
        skipped); from the decoded frames when the packets carry no timestamps or each carries a field."""
        r = self.result
        if self.bad_packets:
            r.notes.append(f"{self.bad_packets} video packets failed to decode (first: {self.first_failure})")
        packets = len(self.packet_times)
        r.field_pictures = r.interlaced and r.every_frame and packets >= 1.8 * r.decoded_frames > 0
        if r.field_pictures:
            r.notes.append(f"interlaced, one field a packet: {packets} packets hold {r.decoded_frames} frames")
        from_packets = bool(packets) and not r.field_pictures
        times = sorted(self.packet_times if from_packets else self.frame_times)
        r.stream_frames = len(times) if from_packets else r.decoded_frames
        if times:
            r.first_pts_s, r.last_pts_s = times[0], times[-1]
        gaps = sorted(b - a for a, b in zip(times, times[1:], strict=False) if b > a)
        step = statistics.median(gaps) if gaps else 0.0
        if from_packets and r.every_frame and r.decoded_frames < r.stream_frames and r.complete:
            r.notes.append(
                f"{r.stream_frames - r.decoded_frames} of the stream's {r.stream_frames} frames did not decode"
            )
        if from_packets and self.last_t is not None and r.complete and times[-1] - self.last_t > 0.5 + 4 * step:
            r.notes.append(
                f"frames stop decoding at {self.last_t:.3f} s; the stream's packets run to {times[-1]:.3f} s"
            )
        if r.decoded_frames >= r.stream_frames > 0:  # nothing to skip: a stream without non-reference frames
            r.every_frame = True
        r.duplicate_frames = self.duplicates if r.every_frame else None
        if gaps:
            r.frame_interval_ms = (round(gaps[0] * 1000, 3), round(step * 1000, 3), round(gaps[-1] * 1000, 3))
            # constant rate: (almost) every interval within 10 % of the median
            off = sum(abs(i - step) > 0.1 * step for i in gaps)
            r.variable_frame_rate = off > max(1, 0.01 * len(gaps))

    def _take_keyframe(self) -> None:
        """Hand the pending frame to the detector thread; collect what it has finished."""
        frame, t = self.pending, self.pending_t
        self.pending = None
        if frame is None or (self.taken is not None and abs(self.taken[1] - t) < 1e-6):
            return
        try:
            image = frame.to_ndarray(format="bgr24")
        except (av.FFmpegError, ValueError) as exc:
            self.result.notes.append(f"a keyframe at {t:.3f} s could not be converted: {exc}")
            return
        image = _upright(image, self.result.rotation)
        shot = len(self.result.shots)
        self.taken = (shot, t)
        self.in_flight.append((self.detectors.submit(_keyframe_facts, image, t, shot, self.face_detector), image))
        self._collect(wait_for=KEYFRAMES_IN_FLIGHT)

    def _collect(self, wait_for: int) -> None:
        """Take finished keyframes in order; wait while more than `wait_for` are still in flight."""
        while self.in_flight and (self.in_flight[0][0].done() or len(self.in_flight) > wait_for):
            future, image = self.in_flight.popleft()
            self._keep(future.result(), image)

    def _keep(self, keyframe: KeyframeFacts, image: np.ndarray) -> None:
        if self.reader is not None:
            for line in keyframe.text_lines:
                crop = _ocr_crop(image, line.box)
                if crop is not None:
                    self.reader.add(line, crop)
        if self.keyframes_dir is not None:
            self.keyframes_dir.mkdir(parents=True, exist_ok=True)
            target = self.keyframes_dir / f"keyframe_{len(self.result.keyframes):04d}_{keyframe.time_s:09.3f}s.jpg"
            cv2.imwrite(str(target), image, [cv2.IMWRITE_JPEG_QUALITY, 88])
            keyframe.file = target.name
            scale = 240 / max(image.shape[1], 1)
            keyframe.thumbnail = cv2.resize(image, (240, max(1, round(image.shape[0] * scale))))
        self.result.keyframes.append(keyframe)


def _small_planes(frame: Any) -> np.ndarray:
    """Luma at 64x36 with both chroma planes at 32x18 below it, read straight from the planes when
    the format allows (no colour conversion); other formats give grey with neutral chroma."""
    name = frame.format.name
    planar = name in ("yuv420p", "yuvj420p", "yuv422p", "yuvj422p", "yuv444p", "yuvj444p")
    luma = _plane(frame, 0) if planar or name in ("nv12", "nv21", "gray") else frame.to_ndarray(format="gray")
    small = np.full((SMALL[1] + SMALL[1] // 2, SMALL[0]), 128, np.uint8)
    small[: SMALL[1]] = _shrink(luma, SMALL)
    if planar:
        half = (SMALL[0] // 2, SMALL[1] // 2)
        small[SMALL[1] :, : half[0]] = _shrink(_plane(frame, 1), half)
        small[SMALL[1] :, half[0] :] = _shrink(_plane(frame, 2), half)
    return small


def _histogram(small: np.ndarray) -> np.ndarray:
    """Normalised histograms of the small luma (16 bins) and each chroma plane (8 bins), end to end."""
    rows, half = SMALL[1], SMALL[0] // 2
    parts = (
        (small[:rows], 16, 4),
        (small[rows:, :half], 8, 5),
        (small[rows:, half:], 8, 5),
    )
    return np.concatenate([np.bincount((p >> shift).ravel(), minlength=bins) / p.size for p, bins, shift in parts])


def _plane(frame: Any, index: int) -> np.ndarray:
    plane = frame.planes[index]
    return np.frombuffer(plane, np.uint8).reshape(-1, plane.line_size)[: plane.height, : plane.width]


def _shrink(image: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    step = max(1, min(image.shape[0] // (size[1] * 2), image.shape[1] // (size[0] * 2)))
    return cv2.resize(np.ascontiguousarray(image[::step, ::step]), size, interpolation=cv2.INTER_AREA)


def _upright(image: np.ndarray, rotation: int) -> np.ndarray:
    """Turn a decoded frame the way a player would (PyAV delivers frames as stored)."""
    turns = {90: cv2.ROTATE_90_COUNTERCLOCKWISE, -270: cv2.ROTATE_90_COUNTERCLOCKWISE, 180: cv2.ROTATE_180}
    turns |= {-180: cv2.ROTATE_180, -90: cv2.ROTATE_90_CLOCKWISE, 270: cv2.ROTATE_90_CLOCKWISE}
    code = turns.get(rotation)
    return cv2.rotate(image, code) if code is not None else image


# ------------------------------------------------------------------ keyframe detectors


def _keyframe_facts(image: np.ndarray, t: float, shot: int, detector: Any) -> KeyframeFacts:
    height, width = image.shape[:2]
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    pil = Image.fromarray(cv2.cvtColor(cv2.resize(image, (64, 64), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2RGB))
    return KeyframeFacts(
        time_s=round(t, 3),
        shot=shot,
        width=width,
        height=height,
        faces=detect_faces(grey, detector),
        text_lines=detect_text_lines(grey),
        phash=str(imagehash.phash(pil)),
        dhash=str(imagehash.dhash(pil)),
    )


def detect_faces(grey: np.ndarray, detector: Any) -> list[tuple[int, int, int, int]]:
    """Frontal faces with OpenCV's Haar cascade (shipped in opencv-python-headless), boxes in `grey`'s pixels."""
    scale = min(1.0, FACE_WIDTH / max(grey.shape[1], 1))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else grey
    small = cv2.equalizeHist(small)
    side = max(20, round(min(small.shape[:2]) * 0.06))
    found = detector.detectMultiScale(small, scaleFactor=1.1, minNeighbors=6, minSize=(side, side))
    return [tuple(int(v / scale) for v in box) for box in found]  # type: ignore[misc]


def detect_text_lines(grey: np.ndarray) -> list[TextLine]:
    """Burned-in text lines: dense, horizontally aligned strokes (morphological gradient + closing).

    Works at 640 px wide; boxes are returned in `grey`'s pixels with where they sit on screen.
    """
    height, width = grey.shape[:2]
    scale = 640 / max(width, 1)
    small = cv2.resize(grey, (640, max(1, round(height * scale))), interpolation=cv2.INTER_AREA)
    h = small.shape[0]
    gradient = cv2.morphologyEx(small, cv2.MORPH_GRADIENT, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3)))
    _, binary = cv2.threshold(gradient, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    if float(binary.mean()) > 0.5 * 255:  # flat image: Otsu split noise
        return []
    joined = cv2.morphologyEx(binary, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (13, 3)))
    contours, _ = cv2.findContours(joined, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    lines: list[TextLine] = []
    for contour in contours:
        x, y, w, hh = cv2.boundingRect(contour)
        if hh < 8 or hh > 0.15 * h or w < 2.5 * hh or w < 40:
            continue
        strokes = binary[y : y + hh, x : x + w]
        fill = float(strokes.mean()) / 255
        if not 0.2 <= fill <= 0.75:
            continue
        # text has many separate strokes across its width: count ink/no-ink changes along the middle row
        middle = strokes[hh // 2] > 0
        if int(np.count_nonzero(middle[1:] != middle[:-1])) < w / 12:
            continue
        box = (round(x / scale), round(y / scale), round(w / scale), round(hh / scale))
        lines.append(TextLine(box=box, position=_position(x, y, w, hh, 640, h)))
    return sorted(lines, key=lambda line: (line.box[1], line.box[0]))


def _position(x: int, y: int, w: int, h: int, width: int, height: int) -> str:
    centre_y = (y + h / 2) / height
    if w < 0.3 * width and (x + w < 0.3 * width or x > 0.7 * width) and (centre_y < 0.2 or centre_y > 0.8):
        return "corner"
    if centre_y > 0.66:
        return "lower_third"
    if centre_y < 0.2:
        return "top"
    return "middle"


def _ocr_crop(image: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray | None:
    """A text line prepared for Tesseract: dark ink on white, 48 px tall, with a margin."""
    x, y, w, h = box
    pad = max(4, h // 3)
    crop = image[max(0, y - pad) : y + h + pad, max(0, x - pad) : x + w + pad]
    if crop.size == 0:
        return None
    grey = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    grey = cv2.resize(grey, None, fx=48 / max(h, 1), fy=48 / max(h, 1), interpolation=cv2.INTER_CUBIC)
    _, binary = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    if float(binary.mean()) < 127:  # light text on dark: invert so the ink is dark
        binary = 255 - binary
    return cv2.copyMakeBorder(binary, 16, 16, 16, 16, cv2.BORDER_CONSTANT, value=255)


OCR_MIN_CONFIDENCE = 60.0  # Tesseract's mean word confidence below which a reading is noise
# Raw-line mode: single-line mode (7) drops Arabic lines in its layout analysis, and a second
# Tesseract process for the lines it misses costs as much as the first (model loading).
OCR_PAGE_MODE = "13"
OCR_MIN_LETTERS = 5  # textures read as two or three letters; a subtitle has more


class _Reader:
    """One Tesseract process for the whole video. It starts at the first text line, so its models
    load while decoding goes on, then waits for its list of line images on stdin (Tesseract reads
    the whole list before recognising anything) and reads them all at the end.

    A reading counts only with a mean word confidence of OCR_MIN_CONFIDENCE and OCR_MIN_LETTERS letters.
    """

    def __init__(self, tesseract: str) -> None:
        self.tesseract = tesseract
        self.lines: list[TextLine] = []
        self.paths: list[Path] = []
        self.process: subprocess.Popen[bytes] | None = None
        self.folder: tempfile.TemporaryDirectory[str] | None = None
        self.failure: str | None = None

    def add(self, line: TextLine, crop: np.ndarray) -> None:
        if len(self.lines) >= MAX_OCR_LINES or self.failure:
            return
        if self.process is None:
            self.folder = tempfile.TemporaryDirectory(prefix="provenance-ocr-")
            command = [self.tesseract, "-", "stdout", "-l", _OCR_LANGUAGES, "--psm", OCR_PAGE_MODE, "tsv"]
            try:
                self.process = subprocess.Popen(
                    command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
                )
            except OSError as exc:
                self.failure = f"Tesseract failed: {type(exc).__name__}"
                return
        assert self.folder is not None
        path = Path(self.folder.name) / f"line{len(self.paths):03d}.png"
        cv2.imwrite(str(path), crop)
        self.lines.append(line)
        self.paths.append(path)

    def read(self, notes: list[str]) -> None:
        """Send the list, wait for the readings and put each on its line."""
        if self.failure:
            notes.append(self.failure)
        if self.process is None:
            return
        listing = "".join(f"{path}\n" for path in self.paths).encode("utf-8")
        try:
            out, _ = self.process.communicate(listing, timeout=60 + 5 * len(self.paths))
        except (OSError, subprocess.TimeoutExpired) as exc:
            notes.append(f"Tesseract failed: {type(exc).__name__}")
            return
        readings = _tsv_pages(out.decode("utf-8", "replace"))
        for page, line in enumerate(self.lines, start=1):
            text, confidence = readings.get(page, ("", 0.0))
            if sum(ch.isalpha() for ch in text) >= OCR_MIN_LETTERS and confidence >= OCR_MIN_CONFIDENCE:
                line.text, line.script = text, script_of(text)

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.folder is not None:
            self.folder.cleanup()


def _tsv_pages(tsv: str) -> dict[int, tuple[str, float]]:
    """Tesseract TSV -> {page: (text, mean word confidence)}."""
    words: dict[int, list[tuple[str, float]]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        try:
            words.setdefault(int(cells[1]), []).append((cells[11].strip(), float(cells[10])))
        except ValueError:
            continue
    return {
        page: (" ".join(w for w, _ in items), sum(c for _, c in items) / len(items)) for page, items in words.items()
    }


_SCRIPTS = (
    ("Arabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("Cyrillic", ((0x0400, 0x04FF),)),
    ("Hebrew", ((0x0590, 0x05FF),)),
    ("Greek", ((0x0370, 0x03FF),)),
    ("Latin", ((0x0041, 0x005A), (0x0061, 0x007A), (0x00C0, 0x024F))),
)


def script_of(text: str) -> str | None:
    """The writing system most of the text's letters belong to (Arabic, Cyrillic, Latin, ...)."""
    counts: dict[str, int] = {}
    for ch in text:
        code = ord(ch)
        for name, ranges in _SCRIPTS:
            if any(low <= code <= high for low, high in ranges):
                counts[name] = counts.get(name, 0) + 1
                break
    if not counts:
        return None
    name, count = max(counts.items(), key=lambda item: item[1])
    return name if count >= 3 else None


def _contact_sheet(keyframes: list[KeyframeFacts], directory: Path) -> None:
    """All keyframe thumbnails in a grid, each stamped with its time, as contact_sheet.png."""
    thumbs = [k for k in keyframes if k.thumbnail is not None]
    if not thumbs:
        return
    cell_w = 240
    cell_h = max(k.thumbnail.shape[0] for k in thumbs if k.thumbnail is not None) + 20
    columns = min(5, len(thumbs))
    rows = math.ceil(len(thumbs) / columns)
    sheet = np.full((rows * cell_h, columns * cell_w, 3), 24, np.uint8)
    for i, k in enumerate(thumbs):
        assert k.thumbnail is not None
        top, left = (i // columns) * cell_h, (i % columns) * cell_w
        th, tw = k.thumbnail.shape[:2]
        sheet[top : top + th, left : left + tw] = k.thumbnail
        label = f"{k.time_s:.2f}s  shot {k.shot}"
        cv2.putText(sheet, label, (left + 4, top + th + 15), cv2.FONT_HERSHEY_SIMPLEX, 0.45, (235, 235, 235), 1)
    cv2.imwrite(str(directory / "contact_sheet.png"), sheet)


# ------------------------------------------------------------------ audio


class _AudioLevel:
    """Level of the first audio stream in 0.5 s windows, decoded in the same demux pass."""

    def __init__(self, stream: Any, streams: int) -> None:
        self.stream = stream
        self.facts_ = AudioFacts(
            streams=streams,
            codec=stream.codec_context.name if stream.codec_context else None,
            sample_rate=stream.codec_context.sample_rate if stream.codec_context else None,
            channels=stream.codec_context.channels if stream.codec_context else None,
        )
        self.windows: list[float] = []  # mean square per window (a few numbers a second)
        self.window_sum = 0.0
        self.window_n = 0
        self.samples = 0
        self.peak = 0.0
        self.total_sq = 0.0
        self.rate = self.facts_.sample_rate or 0
        self.failures = 0

    def add(self, packet: Any) -> None:
        try:
            frames = packet.decode()
        except (av.FFmpegError, ValueError) as exc:
            self.failures += 1
            self.facts_.error = f"audio decoding failed: {exc}"
            return
        for frame in frames:
            data = frame.to_ndarray()
            if data.dtype.kind == "i":
                data = data.astype(np.float32) / float(np.iinfo(data.dtype).max)
            elif data.dtype.kind == "u":
                data = (data.astype(np.float32) - 128) / 128
            data = np.asarray(data, dtype=np.float32).reshape(-1)
            channels = max(1, frame.layout.nb_channels if frame.layout else 1)
            count = data.size // channels
            self.rate = frame.sample_rate or self.rate
            self.peak = max(self.peak, float(np.abs(data).max()) if data.size else 0.0)
            square = float(np.square(data, dtype=np.float64).sum()) / channels
            self.total_sq += square
            self.samples += count
            self.window_sum += square
            self.window_n += count
            if self.rate and self.window_n >= self.rate * AUDIO_WINDOW_S:
                self.windows.append(self.window_sum / self.window_n)
                self.window_sum, self.window_n = 0.0, 0

    def facts(self) -> AudioFacts:
        f = self.facts_
        if self.window_n:
            self.windows.append(self.window_sum / self.window_n)
        if not self.samples:
            f.error = f.error or "no audio sample decoded"
            return f
        f.duration_s = round(self.samples / self.rate, 3) if self.rate else None
        f.peak_dbfs = _dbfs(self.peak)
        f.rms_dbfs = _dbfs(math.sqrt(self.total_sq / self.samples))
        f.digital_silence = self.peak == 0.0
        levels = [_level(math.sqrt(w)) for w in self.windows]
        f.sound_fraction = round(sum(level > SOUND_DBFS for level in levels) / len(levels), 3) if levels else 0.0
        # speech and music swing by several dB from one half second to the next; a steady hum or tone does not
        pairs = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if max(a, b) > SOUND_DBFS]
        f.modulated_fraction = round(sum(abs(a - b) > 6 for a, b in pairs) / len(pairs), 3) if pairs else 0.0
        return f


def _dbfs(value: float) -> float | None:
    """Level in dB below full scale; None for digital zero (no level at all)."""
    return round(20 * math.log10(value), 1) if value > 0 else None


def _level(value: float) -> float:
    return 20 * math.log10(value) if value > 1e-6 else -120.0
