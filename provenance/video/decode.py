"""The decode pass: one streaming pass over a video with PyAV, feeding the frame detectors.

Where it sits: after the probe (`video.probe`), whose packet scan gives every frame's time. The
pass demuxes the file once more and the decoder, with FFmpeg's threads, hands over the reference
frames (all of them with `every_frame=True`, and always for interlaced video). No frame refers to
a non-reference (disposable) frame, so skipping them loses nothing but the time resolution between
two decoded frames; encoders usually start a new shot with a reference frame, and a cut on a
skipped frame is placed on the next decoded one. Each decoded frame is measured once and handed to
the detectors (`video.detectors`: shots, frozen frames, keyframes); the same demux feeds the first
audio stream to its level meter (`video.audio`). Nothing is kept per frame beyond its time, so
memory does not grow with the video. What comes out is the report's `FrameAnalysis` and
`AudioEvidence`, built here and nowhere else.

It knows nothing of claims. Every loop checks a deadline.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENCV_LOG_LEVEL", "SILENT")

import av  # noqa: E402
import numpy as np  # noqa: E402

from provenance.errors import MediaError  # noqa: E402
from provenance.machine import cores  # noqa: E402
from provenance.models import OCR_NOT_INSTALLED, AudioEvidence, FrameAnalysis, Range, Segment, Timing  # noqa: E402
from provenance.settings import DECODE_DEADLINE_S, MAX_BAD_PACKETS, OCR_LANGUAGES  # noqa: E402
from provenance.video.audio import AudioLevel  # noqa: E402
from provenance.video.detectors import Measure, detectors  # noqa: E402
from provenance.video.detectors.frozen import FrozenDetector  # noqa: E402
from provenance.video.detectors.hashes import FrameHasher, HashPlan  # noqa: E402
from provenance.video.detectors.keyframes import KeyframeChooser  # noqa: E402
from provenance.video.detectors.shots import ShotDetector  # noqa: E402
from provenance.video.probe import Probe, ffmpeg_message, probe  # noqa: E402

PROGRESSIVE = (0, 1)  # FFmpeg's AVFieldOrder: unknown, progressive; the others are interlaced
METHOD = (
    "pyav: one pass, timing from every packet's timestamp; {decoded} decoded (FFmpeg threads), planes at "
    "64x36 for cuts, black and frozen frames; keyframes: OpenCV Haar cascade faces, morphological text lines, "
    "Tesseract OCR, lingua text language, imagehash pHash/dHash"
)


@dataclass
class Decoded:
    """What the pass gives: the report's frame analysis and audio level, and the keyframes' thumbnails."""

    analysis: FrameAnalysis
    audio: AudioEvidence | None
    field_pictures: bool  # interlaced, each field in a packet of its own: two packets a frame
    thumbnails: list[np.ndarray] = field(default_factory=list, repr=False)  # when saved or asked for
    hasher: FrameHasher | None = None  # the frame hashes, when a hash plan was given


def decode(
    path: str,
    probed: Probe | None = None,
    *,
    every_frame: bool = False,
    keyframes_dir: Path | None = None,
    deadline_s: float = DECODE_DEADLINE_S,
    ocr: bool = True,
    tesseract: str | None = None,
    hashing: HashPlan | None = None,
    lean: bool = False,
    thumbnails: bool = False,
) -> Decoded:
    """Decode the video once and measure shots, keyframes, faces, text, black/frozen frames and audio.

    Args:
        path: the video file (a path PyAV can open; see `video.paths.safe_path` for odd names).
        probed: the probe of the same file, whose packet times the timing uses (probed here when absent).
        every_frame: decode non-reference frames too: cut, black and frozen boundaries to the exact
            frame and a count of duplicated frames, for about 1.4x the decoding time on streams with
            B-frames (phone originals have none, so nothing is skipped there anyway).
        keyframes_dir: when given, each keyframe is saved there as JPEG.
        deadline_s: wall-clock budget; past it the pass stops and says so (`complete` False).
        ocr: read on-screen text with Tesseract when it is installed.
        tesseract: the Tesseract executable (default: `PROVENANCE_TESSERACT` or `tesseract` on PATH).
        hashing: also hash sampled frames for the archive, by this plan (`video.detectors.hashes`).
        lean: `archive add`'s pass: frames for the hashes only, no keyframe taken (no faces, text or
            keyframe hashes) and the audio not metered.
        thumbnails: keep each keyframe's thumbnail (`Decoded.thumbnails`) even when none is saved.

    Raises:
        MediaError: the file cannot be opened or has no video stream.
    """
    started = time.monotonic()
    probed = probed if probed is not None else probe(path, decode=False)
    try:
        container = av.open(path, metadata_errors="ignore")
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise MediaError(f"not a readable media file ({ffmpeg_message(exc)})") from exc
    executable = (tesseract or os.environ.get("PROVENANCE_TESSERACT") or shutil.which("tesseract")) if ocr else None
    with container:
        if not container.streams.video:
            raise MediaError("no video stream")
        state = _Pass(container, every_frame, keyframes_dir, executable, hashing, lean, thumbnails)
        try:
            state.run(started, deadline_s)
            state.finish(probed)
        except BaseException:
            if state.audio is not None:
                state.audio.close()
            raise
        finally:
            state.chooser.close()
    ocr_label = "disabled" if not ocr else OCR_NOT_INSTALLED
    if executable is not None:
        ocr_label = f"Tesseract ({OCR_LANGUAGES})"
    return _result(state, round(time.monotonic() - started, 3), ocr_label)


class _Pass:
    """The decode loop's own state: the decoder, frame times and the detectors it feeds."""

    def __init__(
        self,
        container: Any,
        every_frame: bool,
        keyframes_dir: Path | None,
        tesseract: str | None,
        hashing: HashPlan | None,
        lean: bool = False,
        thumbnails: bool = False,
    ) -> None:
        self.container = container
        video = self.video = container.streams.video[0]
        video.thread_type = "AUTO"
        # interlaced video is decoded whole: its fields may travel in packets of their own, and only
        # the decoded frames then say how many frames there are
        self.interlaced = getattr(video.codec_context, "field_order", 0) not in PROGRESSIVE
        if not every_frame and not self.interlaced:
            try:
                video.codec_context.skip_frame = "NONREF"
                # a skipped packet still takes a frame thread's turn: twice as many threads as cores keep
                # the cores busy (measured on 2 cores: 720p 2.96 -> 2.31 s, 1080p 9.34 -> 7.67 s)
                video.codec_context.thread_count = min(16, 2 * cores())
            except (AttributeError, ValueError, av.FFmpegError):  # a decoder without the option decodes all
                every_frame = True
        self.every_frame = every_frame or self.interlaced
        self.time_base = float(video.time_base) if video.time_base else None
        audio = container.streams.audio[0] if container.streams.audio and not lean else None
        self.audio = AudioLevel(audio, len(container.streams.audio)) if audio is not None else None
        self.notes: list[str] = []
        self.complete = True
        self.measure = Measure()
        self.detectors = detectors(
            keyframes_dir, tesseract, self.notes, hashing, keyframes=not lean, thumbnails=thumbnails
        )
        self.shots = next(d for d in self.detectors if isinstance(d, ShotDetector))
        self.frozen = next(d for d in self.detectors if isinstance(d, FrozenDetector))
        self.chooser = next(d for d in self.detectors if isinstance(d, KeyframeChooser))
        self.hasher = next((d for d in self.detectors if isinstance(d, FrameHasher)), None)
        self.frame_times: list[float] = []  # decoded frames' times, used when packets carry none
        self.last_t: float | None = None
        self.last_duration: float | None = None
        self.rotation = 0
        self.bad_packets = 0
        self.bad_in_a_row = 0
        self.first_failure = ""
        self.timing: Timing | None = None
        self.field_pictures = False
        self.duplicates: int | None = None

    def run(self, started: float, deadline_s: float) -> None:
        """Demux every packet; decode the video's, meter the first audio stream's."""
        audio_stream = self.audio.stream if self.audio is not None else None
        streams = [self.video] + ([audio_stream] if audio_stream is not None else [])
        try:
            for packet in self.container.demux(*streams):
                if time.monotonic() - started > deadline_s:
                    self.complete = False
                    self.notes.append(f"analysis stopped after {deadline_s:g} s: results cover the start only")
                    break
                if self.audio is not None and packet.stream is audio_stream:
                    self.audio.add(packet)
                elif packet.stream is self.video:
                    self._packet(packet)
        except (av.FFmpegError, OSError, ValueError) as exc:
            self.complete = False
            self.notes.append(f"decoding stopped early: {ffmpeg_message(exc)}")

    def _packet(self, packet: Any) -> None:
        try:
            frames = packet.decode()
        except (av.FFmpegError, ValueError) as exc:  # a damaged packet: the next may decode
            self.bad_packets += 1
            self.bad_in_a_row += 1
            if self.bad_packets == 1:
                self.first_failure = ffmpeg_message(exc)
            self.complete = False
            if self.bad_in_a_row > MAX_BAD_PACKETS:
                raise av.InvalidDataError(0, f"{self.bad_in_a_row} packets in a row fail to decode") from exc
            return
        self.bad_in_a_row = 0
        for frame in frames:
            self._frame(frame)

    def _frame(self, frame: Any) -> None:
        if self.time_base and frame.pts is not None:
            t = float(frame.pts) * self.time_base
        else:
            t = float(frame.time) if frame.time is not None else (self.last_t or 0.0) + 1 / 30
        if not self.frame_times:
            self._first_frame(frame)
        self.frame_times.append(t)
        duration = getattr(frame, "duration", None)
        if duration and self.time_base:
            self.last_duration = float(duration) * self.time_base
        sample = self.measure.sample(frame, t, self.rotation)
        for detector in self.detectors:
            detector.update(sample)
        self.last_t = t

    def _first_frame(self, frame: Any) -> None:
        rotation = int(getattr(frame, "rotation", 0) or 0)
        if -360 <= rotation <= 360:
            self.rotation = rotation
        else:
            self.notes.append(f"the display matrix gives a rotation of {rotation} degrees: ignored")
        if getattr(frame, "interlaced_frame", False) and not self.interlaced:
            self.interlaced = True  # the header did not say: decode every frame from here on
            if not self.every_frame:
                self.video.codec_context.skip_frame = "DEFAULT"
                self.every_frame = True
                self.notes.append("interlaced frames: every frame decoded from the first one on")

    def finish(self, probed: Probe) -> None:
        """Timing from the probe's packet times, then each detector's end."""
        self.timing = _timing(self, probed.packet_times)
        rate = float(self.video.average_rate) if self.video.average_rate else 0.0
        interval = self.timing.median_frame_interval_ms
        step = interval / 1000 if interval else (1 / rate if rate else 0.0)
        end = (self.last_t or 0.0) + (self.last_duration or step)
        if probed.packet_times:
            end = max(end, probed.packet_end_s, (self.timing.last_pts_s or 0.0) + step)
        for detector in self.detectors:
            detector.finish(end)
        self.duplicates = self.frozen.duplicates if self.every_frame else None


def _timing(state: _Pass, packet_times: list[float]) -> Timing:
    """Frame count, first and last time, and rate mode from the packets (every frame, decoded or
    skipped); from the decoded frames when the packets carry no timestamps or each carries a field."""
    decoded = len(state.frame_times)
    if state.bad_packets:
        state.notes.append(f"{state.bad_packets} video packets failed to decode (first: {state.first_failure})")
    packets = len(packet_times)
    state.field_pictures = state.interlaced and state.every_frame and packets >= 1.8 * decoded > 0
    if state.field_pictures:
        state.notes.append(f"interlaced, one field a packet: {packets} packets hold {decoded} frames")
    from_packets = bool(packets) and not state.field_pictures
    times = sorted(packet_times if from_packets else state.frame_times)
    stream_frames = len(times) if from_packets else decoded
    gaps = sorted(b - a for a, b in zip(times, times[1:], strict=False) if b > a)
    step = statistics.median(gaps) if gaps else 0.0
    if from_packets and state.every_frame and decoded < stream_frames and state.complete:
        state.notes.append(f"{stream_frames - decoded} of the stream's {stream_frames} frames did not decode")
    if from_packets and state.last_t is not None and state.complete and times[-1] - state.last_t > 0.5 + 4 * step:
        state.notes.append(
            f"frames stop decoding at {state.last_t:.3f} s; the stream's packets run to {times[-1]:.3f} s"
        )
    if decoded >= stream_frames > 0:  # nothing to skip: a stream without non-reference frames
        state.every_frame = True
    variable = None
    if gaps:
        # constant rate: (almost) every interval within 10 % of the median
        off = sum(abs(i - step) > 0.1 * step for i in gaps)
        variable = off > max(1, 0.01 * len(gaps))
    start = state.video.start_time
    return Timing(
        interlaced=state.interlaced,
        stream_frames=stream_frames or None,
        decoded_frames=decoded,
        first_pts_s=round(times[0], 6) if times else None,
        last_pts_s=round(times[-1], 6) if times else None,
        stream_start_s=float(start * state.video.time_base) if start is not None and state.video.time_base else None,
        frame_rate_mode=None if variable is None else "variable" if variable else "constant",
        frame_interval_ms=Range(min=round(gaps[0] * 1000, 3), max=round(gaps[-1] * 1000, 3)) if gaps else None,
        median_frame_interval_ms=round(step * 1000, 3) if gaps else None,
        rotation=state.rotation,
    )


def _result(state: _Pass, elapsed_s: float, ocr: str) -> Decoded:
    """The report's frame analysis: shots with their keyframes, the busiest keyframe, scripts read."""
    assert state.timing is not None
    keyframes = state.chooser.keyframes
    shots = [
        shot.model_copy(
            update={
                "keyframes": [k.time_s for k in keyframes if k.shot == shot.index],
                "max_faces": max((k.faces for k in keyframes if k.shot == shot.index), default=0),
            }
        )
        for shot in state.shots.shots
    ]
    busiest = max(keyframes, key=lambda k: k.faces, default=None)
    letters: dict[str, int] = {}
    languages: dict[str, int] = {}
    for k in keyframes:
        for line in k.text:
            count = sum(ch.isalpha() for ch in line.text or "")
            if line.script and line.text:
                letters[line.script] = letters.get(line.script, 0) + count
            if line.language:
                languages[line.language] = languages.get(line.language, 0) + count
    segments: list[Segment] = [s for _, _, s in sorted(state.shots.segments + state.frozen.segments)]
    analysis = FrameAnalysis(
        method=METHOD.format(decoded="every frame" if state.every_frame else "reference frames"),
        every_frame=state.every_frame,
        complete=state.complete,
        timing=state.timing,
        shots=shots,
        keyframes=keyframes,
        max_faces=busiest.faces if busiest else 0,
        max_faces_at_s=busiest.time_s if busiest and busiest.faces else None,
        text_present=any(k.text for k in keyframes),
        text_scripts=sorted(letters, key=lambda name: -letters[name]),
        text_languages=sorted(languages, key=lambda code: -languages[code]),
        ocr=ocr,
        segments=segments,
        duplicate_frames=state.duplicates,
        elapsed_s=elapsed_s,
        notes=state.notes,
    )
    audio = state.audio.finish() if state.audio is not None else None
    return Decoded(analysis, audio, state.field_pictures, state.chooser.thumbnails, state.hasher)
