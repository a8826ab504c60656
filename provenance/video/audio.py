"""Audio level and speech: the first audio stream, decoded in the demux that already runs.

Where it sits: the decode pass (or, with `--no-frames`, the probe's packet scan) hands it every
packet of the first audio stream; each decoded frame is metered in 0.5 s windows and handed to the
voice-activity model (`video.speech`); `finish()` gives the report's `AudioEvidence`. A few
numbers a second are kept, never the samples.
"""

from __future__ import annotations

import math
from typing import Any

import av
import numpy as np

from provenance.models import AudioEvidence
from provenance.settings import AUDIO_WINDOW_S, MODULATION_DB, SILENCE_DBFS, SOUND_DBFS
from provenance.video.speech import VoiceActivity


class AudioLevel:
    def __init__(self, stream: Any, streams: int) -> None:
        self.stream = stream
        context = stream.codec_context
        self.streams = streams
        self.codec = context.name if context else None
        self.sample_rate = context.sample_rate if context else None
        self.channels = context.channels if context else None
        self.error: str | None = None
        self.windows: list[float] = []  # mean square per window (a few numbers a second)
        self.window_sum = 0.0
        self.window_n = 0
        self.samples = 0
        self.peak = 0.0
        self.total_sq = 0.0
        self.rate = self.sample_rate or 0
        self.voice: VoiceActivity | None = None
        self.voice_error: str | None = None
        try:
            self.voice = VoiceActivity()
        except (ImportError, OSError, RuntimeError, ValueError) as exc:
            self.voice_error = f"the voice-activity model could not be loaded: {exc}"

    def add(self, packet: Any) -> None:
        try:
            frames = packet.decode()
        except (av.FFmpegError, ValueError) as exc:
            self.error = f"audio decoding failed: {exc}"
            return
        for frame in frames:
            self._voice(frame)
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

    def _voice(self, frame: Any) -> None:
        if self.voice is None:
            return
        try:
            self.voice.add(frame)
        except (av.FFmpegError, ValueError, RuntimeError) as exc:
            self.close()
            self.voice_error = f"voice activity stopped: {exc}"

    def close(self) -> None:
        """Stop the voice-activity thread of a pass that ends without `finish` (an error on the way)."""
        if self.voice is not None:
            self.voice.close()
            self.voice = None

    def finish(self) -> AudioEvidence:
        stream = {
            "present": True,
            "streams": self.streams,
            "codec": self.codec,
            "sample_rate": self.sample_rate,
            "channels": self.channels,
        }
        if self.window_n:
            self.windows.append(self.window_sum / self.window_n)
        if not self.samples:
            self.close()
            return AudioEvidence(**stream, error=self.error or "no audio sample decoded")
        speech = None
        if self.voice is not None:
            try:
                speech = self.voice.finish()
            except RuntimeError as exc:
                self.voice_error = str(exc)
        peak = _dbfs(self.peak)
        levels = [_level(math.sqrt(w)) for w in self.windows]
        # speech and music swing by several dB from one half second to the next; a steady hum or tone does not
        pairs = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if max(a, b) > SOUND_DBFS]
        silent = None
        if self.error is None:
            silent = self.peak == 0.0 or (peak is not None and peak < SILENCE_DBFS)
        return AudioEvidence(
            **stream,
            duration_s=round(self.samples / self.rate, 3) if self.rate else None,
            peak_dbfs=peak,
            rms_dbfs=_dbfs(math.sqrt(self.total_sq / self.samples)),
            sound_fraction=round(sum(level > SOUND_DBFS for level in levels) / len(levels), 3) if levels else 0.0,
            modulated_fraction=round(sum(abs(a - b) > MODULATION_DB for a, b in pairs) / len(pairs), 3)
            if pairs
            else 0.0,
            silent=silent,
            speech=speech,
            error=self.error or self.voice_error,
        )


def _dbfs(value: float) -> float | None:
    """Level in dB below full scale; None for digital zero (no level at all)."""
    return round(20 * math.log10(value), 1) if value > 0 else None


def _level(value: float) -> float:
    return 20 * math.log10(value) if value > 1e-6 else -120.0
