"""Regenerate the sample clips in this folder, deterministically.

Each clip is named after the scenario it tests and sits beside the article written for
it (and, for the platform scenarios, the yt-dlp sidecar written for it). Frames are drawn
with NumPy and OpenCV (cartoon faces that OpenCV's face detector finds) and Pillow
(subtitles, a CCTV clock, a corner logo, in the DejaVu fonts that the README set-up
installs), encoded to H.264 with PyAV (FFmpeg and x264 ship inside its wheel,
single-threaded so the bytes do not depend on the machine), with an AAC track where the
scenario needs sound, silence, music or a voice (espeak-ng speaking Russian), then ExifTool
writes the dates and GPS a phone would. Clips without tags are what a platform serves:
re-encoded, no date, no place.

    python sample_media/generate.py [OUTPUT_DIR]     (default: this folder)

Needs the package's dependencies (numpy, av, opencv, pillow), the exiftool and espeak-ng
programs and fonts-dejavu-core.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT, FPS = 320, 180, 10
AUDIO_RATE = 16000
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
# what the synthetic voice says (espeak-ng, Russian): a fighter's message to his mother
RUSSIAN_LINE = "Мама, не волнуйся. Мы живы и скоро вернёмся домой."


@dataclass(frozen=True)
class Clip:
    name: str
    seconds: int
    shots: tuple[tuple[int, int, int], ...]  # one background colour (RGB) per shot
    tags: dict[str, str] = field(default_factory=dict)
    size: tuple[int, int] = (WIDTH, HEIGHT)
    faces: int = 0  # cartoon faces in every shot
    subtitle: str | None = None  # burned into the lower third
    audio: str | None = None  # "speech" (voiced bursts), "silence" (zeros), "music" (no voice), "voice" (espeak-ng)
    clock: tuple[str, str] | None = None  # a camera clock in the top-left corner: (strftime layout, first second)
    logo: str | None = None  # a channel logo in the top-right corner


# Deir ez-Zor, Syria (the place in the original article)
_DEIR_EZ_ZOR_GPS = "35.3359, 40.1408, 210"

CLIPS = [
    # the 42-second video, released Tuesday 3 October 2017 and dated Oct. 3: every claim holds
    # (two men in a room, one speaking, with Arabic subtitles: three shots, two faces, sound)
    Clip(
        "consistent_42s_2017-10-03.mp4",
        42,
        ((90, 90, 100), (40, 70, 40), (110, 60, 40)),
        {
            "QuickTime:CreateDate": "2017:10:03 07:16:12",
            "QuickTime:ModifyDate": "2017:10:03 07:16:12",
            "Keys:CreationDate": "2017:10:03 10:15:30+03:00",
            "Keys:Make": "Apple",
            "Keys:Model": "iPhone 6",
            "Keys:GPSCoordinates": _DEIR_EZ_ZOR_GPS,
        },
        size=(640, 360),
        faces=2,
        subtitle="نحن جنود من الجيش السوري",
        audio="speech",
    ),
    # the article calls it a 42-second video; it lasts 20 seconds
    Clip(
        "duration_mismatch_20s.mp4",
        20,
        ((60, 60, 120), (120, 120, 60)),
        {
            "QuickTime:CreateDate": "2017:10:03 07:16:12",
            "Keys:CreationDate": "2017:10:03 10:15:50+03:00",
        },
    ),
    # the article says it was dated Oct. 3, 2017; the phone recorded it on 1 May 2019
    Clip(
        "date_mismatch_recorded_2019-05-01.mp4",
        30,
        ((100, 40, 40), (40, 40, 100)),
        {
            "QuickTime:CreateDate": "2019:05:01 15:00:30",
            "QuickTime:ModifyDate": "2019:05:01 15:00:30",
            "Keys:CreationDate": "2019:05:01 18:00:00+03:00",
        },
    ),
    # no date anywhere in the file (zero QuickTime dates): date claims stay unverifiable
    Clip("no_dates_15s.mp4", 15, ((70, 100, 70),)),
    # the article says a man speaks in Russian with Arabic subtitles: the track is silent, no text on screen
    Clip(
        "speech_subtitles_mismatch_silent_no_text.mp4",
        20,
        ((80, 80, 90), (60, 80, 60)),
        {"Keys:CreationDate": "2018:06:02 14:00:00+03:00"},
        size=(640, 360),
        faces=1,
        audio="silence",
    ),
    # the article says one man appears; four faces are on screen together
    Clip(
        "people_mismatch_four_faces.mp4",
        10,
        ((70, 90, 110),),
        {"Keys:CreationDate": "2018:06:02 15:00:00+03:00"},
        size=(640, 360),
        faces=4,
    ),
    # the article places it in Deir al-Zor; the phone's GPS says Kyiv
    Clip(
        "location_mismatch_gps_kyiv.mp4",
        12,
        ((50, 50, 50), (90, 70, 50)),
        {
            "QuickTime:CreateDate": "2017:10:01 09:00:12",
            "Keys:CreationDate": "2017:10:01 12:00:00+03:00",
            "Keys:GPSCoordinates": "50.4501, 30.5234, 170",
        },
    ),
    # downloaded from YouTube with yt-dlp ("Title [id].mp4" beside its .info.json), every tag stripped:
    # filmed on March 12, posted on March 13 by the channel the article names
    Clip("sidecar_consistent_posted_2018-03-13 [rX7bq2LmT4w].mp4", 20, ((40, 70, 110), (60, 90, 120))),
    # the sidecar says it was uploaded on 1 February 2019; the article says it was filmed on the 8th and
    # released on the 10th
    Clip("sidecar_mismatch_uploaded_earlier.mp4", 15, ((90, 60, 60),)),
    # a CCTV camera's clock in the corner: 14 March 2021, as the article says
    Clip(
        "cctv_clock_consistent_2021-03-14.mp4",
        12,
        ((70, 75, 80),),
        size=(640, 360),
        clock=("%Y-%m-%d %H:%M:%S", "2021-03-14T22:10:05"),
    ),
    # a dashcam clock in US layout reads 03-14-2021; the article says it was filmed on 20 March
    Clip(
        "cctv_clock_mismatch_2021-03-20.mp4",
        12,
        ((60, 60, 70), (80, 70, 60)),
        size=(640, 360),
        clock=("%m-%d-%Y %I:%M %p", "2021-03-14T22:10:00"),
    ),
    # "released by the group's AMAQ news agency": its logo sits in the top-right corner
    Clip("logo_source_consistent_amaq.mp4", 10, ((50, 55, 60), (70, 60, 50)), size=(640, 360), logo="AMAQ"),
    # "a man speaks in Arabic": the sound track is music, nobody speaks
    Clip("music_speech_mismatch_no_voice.mp4", 10, ((80, 80, 90),), size=(640, 360), faces=1, audio="music"),
    # "a man speaking in Russian": a synthetic voice (espeak-ng) says a Russian sentence
    Clip("voice_russian_speech_present.mp4", 8, ((80, 80, 90),), size=(640, 360), faces=1, audio="voice"),
    # "with Arabic subtitles": the subtitles are Persian, in the same script
    Clip(
        "subtitles_mismatch_persian_not_arabic.mp4",
        10,
        ((80, 70, 90),),
        size=(640, 360),
        subtitle="ما سربازان ارتش سوریه هستیم",
    ),
]


def _face(image: np.ndarray, cx: int, cy: int, size: int) -> None:
    """A cartoon face: skin ellipse, eyes with pupils and brows, nose, mouth (BGR-agnostic colours)."""
    cv2.ellipse(image, (cx, cy), (int(size * 0.8), size), 0, 0, 360, (215, 175, 150), -1)
    for side in (-0.33, 0.33):
        ex, ey = int(cx + side * size), int(cy - 0.25 * size)
        cv2.ellipse(image, (ex, ey), (int(0.18 * size), int(0.09 * size)), 0, 0, 360, (255, 255, 255), -1)
        cv2.circle(image, (ex, ey), int(0.07 * size), (20, 30, 40), -1)
        brow = int(0.18 * size)
        cv2.line(image, (ex - int(0.2 * size), ey - brow), (ex + int(0.2 * size), ey - brow), (60, 40, 40), 4)
    cv2.line(image, (cx, cy - int(0.1 * size)), (cx - int(0.06 * size), cy + int(0.2 * size)), (170, 130, 110), 3)
    cv2.ellipse(image, (cx, cy + int(0.45 * size)), (int(0.3 * size), int(0.08 * size)), 0, 0, 360, (140, 60, 70), -1)


def _subtitle_layer(text: str, width: int, height: int) -> tuple[np.ndarray, np.ndarray]:
    """White subtitle text on a dark band, drawn once: (RGB image, mask of the band)."""
    layer = Image.new("RGB", (width, height), (0, 0, 0))
    mask = Image.new("L", (width, height), 0)
    font = ImageFont.truetype(FONT, max(14, height // 14))
    draw = ImageDraw.Draw(layer)
    box = draw.textbbox((0, 0), text, font=font)
    w, h = box[2] - box[0], box[3] - box[1]
    x, y = (width - w) // 2, int(height * 0.82) - h // 2
    ImageDraw.Draw(mask).rectangle((x - 12, y - 10, x + w + 12, y + h + 14), fill=255)
    draw.rectangle((x - 12, y - 10, x + w + 12, y + h + 14), fill=(16, 16, 16))
    draw.text((x - box[0], y - box[1]), text, font=font, fill=(250, 250, 250))
    return np.asarray(layer), np.asarray(mask) > 0


def _clock_text(clip: Clip, index: int) -> str:
    assert clip.clock is not None
    layout, first = clip.clock
    return (datetime.fromisoformat(first) + timedelta(seconds=index // FPS)).strftime(layout)


def _overlay(image: np.ndarray, text: str, font_path: str, size: int, corner: str) -> None:
    """Light text on a dark box in a corner, as cameras print their clock and channels their logo."""
    font = ImageFont.truetype(font_path, size)
    height, width = image.shape[:2]
    box = ImageDraw.Draw(Image.new("L", (1, 1))).textbbox((0, 0), text, font=font)
    w, h = box[2] - box[0], box[3] - box[1]
    x = 10 if corner == "left" else width - w - 22
    y = 10
    layer = Image.fromarray(image)
    draw = ImageDraw.Draw(layer)
    draw.rectangle((x - 6, y - 5, x + w + 6, y + h + 7), fill=(20, 20, 20))
    draw.text((x - box[0], y - box[1]), text, font=font, fill=(245, 245, 245))
    image[:] = np.asarray(layer)


def _frame(index: int, total: int, clip: Clip, subtitle: tuple[np.ndarray, np.ndarray] | None) -> np.ndarray:
    width, height = clip.size
    shots = clip.shots
    shot = min(index * len(shots) // total, len(shots) - 1)
    image = np.empty((height, width, 3), dtype=np.uint8)
    image[:] = shots[shot]
    # a moving square along the top, so that frames differ within a shot
    square = height // 8
    x = (index * 7) % (width - square)
    y = 4 + (shot * 5) % square
    image[y : y + square, x : x + square] = (230, 230, 230)
    if clip.faces:
        size = int(height * (0.22 if clip.faces <= 2 else 0.16))
        for n in range(clip.faces):
            cx = int(width * (n + 1) / (clip.faces + 1)) + (shot * 9) % 20
            _face(image, cx, int(height * 0.42), size)
    if subtitle is not None:
        layer, mask = subtitle
        image[mask] = layer[mask]
    if clip.clock is not None:
        _overlay(image, _clock_text(clip, index), MONO_FONT, max(14, height // 20), "left")
    if clip.logo is not None:
        _overlay(image, clip.logo, FONT, max(14, height // 12), "right")
    return image


def encode(clip: Clip, path: Path) -> None:
    total = clip.seconds * FPS
    subtitle = _subtitle_layer(clip.subtitle, *clip.size) if clip.subtitle else None
    with av.open(str(path), "w", format="mp4", options={"fflags": "+bitexact"}) as container:
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height = clip.size
        stream.pix_fmt = "yuv420p"
        stream.time_base = Fraction(1, FPS)
        stream.codec_context.options = {"crf": "32", "preset": "veryfast", "threads": "1", "g": "50"}
        stream.codec_context.flags |= av.codec.context.Flags.bitexact
        audio = None
        if clip.audio:  # every stream is added before the first packet is written
            audio = container.add_stream("aac", rate=AUDIO_RATE)
            audio.layout = "mono"
            audio.codec_context.flags |= av.codec.context.Flags.bitexact
        for index in range(total):
            frame = av.VideoFrame.from_ndarray(_frame(index, total, clip, subtitle), format="rgb24")
            frame.pts = index
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
        if audio is not None:
            _encode_audio(container, audio, clip)


def _encode_audio(container: av.container.OutputContainer, stream: av.audio.stream.AudioStream, clip: Clip) -> None:
    """Mono AAC: voiced bursts (a 140 Hz buzz with harmonics, syllable-like envelope, pauses), music, a
    synthetic voice, or zeros."""
    t = np.arange(clip.seconds * AUDIO_RATE) / AUDIO_RATE
    if clip.audio == "speech":
        voice = sum(np.sin(2 * np.pi * 140 * k * t) / k for k in range(1, 6))
        syllables = np.clip(np.sin(2 * np.pi * 4 * t), 0, None)
        phrases = (np.sin(2 * np.pi * 0.25 * t) > -0.3).astype(float)
        samples = (0.25 * voice * syllables * phrases).astype(np.float32)
    elif clip.audio == "music":
        samples = _music(t)
    elif clip.audio == "voice":
        samples = np.zeros_like(t, dtype=np.float32)
        spoken = _espeak(RUSSIAN_LINE, "ru")[: t.size - AUDIO_RATE // 2]
        samples[AUDIO_RATE // 2 : AUDIO_RATE // 2 + spoken.size] = spoken
    else:
        samples = np.zeros_like(t, dtype=np.float32)
    block = 1024
    for start in range(0, samples.size, block):
        chunk = samples[start : start + block]
        frame = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
        frame.sample_rate = AUDIO_RATE
        frame.pts = start
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode():
        container.mux(packet)


def _music(t: np.ndarray) -> np.ndarray:
    """An arpeggio of plucked notes over held chords and a hi-hat: music with no voice in it."""
    plucked = np.zeros_like(t)
    notes = (261.63, 329.63, 392.0, 523.25, 440.0, 349.23, 293.66, 392.0)
    step = AUDIO_RATE // 4
    tail = np.arange(AUDIO_RATE) / AUDIO_RATE
    for n, start in enumerate(range(0, t.size, step)):
        note = np.exp(-3 * tail) * sum(np.sin(2 * np.pi * notes[n % 8] * k * tail) / k**1.5 for k in range(1, 7))
        end = min(t.size, start + note.size)
        plucked[start:end] += note[: end - start]
    chords = ((261.63, 329.63, 392.0), (220.0, 261.63, 329.63), (174.61, 220.0, 261.63), (196.0, 246.94, 293.66))
    bar = (t // 2).astype(int) % 4
    pad = sum(np.sin(2 * np.pi * np.take([c[i] for c in chords], bar) * t) for i in range(3)) / 3
    hat = np.random.default_rng(7).standard_normal(t.size) * np.exp(-(t % 0.5) / 0.01)
    mix = 0.14 * plucked / np.abs(plucked).max() + 0.07 * pad + 0.05 * hat
    return mix.astype(np.float32)


def _espeak(text: str, voice: str) -> np.ndarray:
    """A sentence spoken by espeak-ng, as float samples at AUDIO_RATE."""
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        sys.exit("espeak-ng is needed for the synthetic voice (apt-get install espeak-ng)")
    with tempfile.TemporaryDirectory(prefix="provenance-voice-") as folder:
        target = Path(folder) / "voice.wav"
        subprocess.run([espeak, "-v", voice, "-s", "140", "-w", str(target), text], check=True)
        with wave.open(str(target)) as spoken:
            rate = spoken.getframerate()
            pcm = np.frombuffer(spoken.readframes(spoken.getnframes()), dtype=np.int16).astype(np.float64)
    at = np.arange(int(pcm.size * AUDIO_RATE / rate)) * rate / AUDIO_RATE  # linear resampling: deterministic
    return (0.8 * np.interp(at, np.arange(pcm.size), pcm) / 32768).astype(np.float32)


def write_tags(path: Path, tags: dict[str, str]) -> None:
    if not tags:
        return
    exiftool = shutil.which("exiftool")
    if exiftool is None:
        sys.exit("exiftool is needed to write the sample clips' dates (apt-get install libimage-exiftool-perl)")
    args = [exiftool, "-q", "-overwrite_original", "-api", "QuickTimeUTC=0"]
    args += [f"-{tag}={value}" for tag, value in tags.items()]
    subprocess.run([*args, str(path)], check=True)


def generate(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for clip in CLIPS:
        path = out_dir / clip.name
        encode(clip, path)
        write_tags(path, clip.tags)
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    for written in generate(target):
        print(f"{written.name}: {written.stat().st_size} bytes")
