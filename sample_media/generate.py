"""Regenerate the sample clips in this folder, deterministically.

Each clip is named after the scenario it tests and sits beside the article written for
it. Frames are drawn with NumPy, encoded to H.264 with PyAV (FFmpeg and x264 ship inside
its wheel, single-threaded so the bytes do not depend on the machine), then ExifTool
writes the dates and GPS a phone would.

    python sample_media/generate.py [OUTPUT_DIR]     (default: this folder)

Needs the package's dependencies (numpy, av) and the exiftool program.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

WIDTH, HEIGHT, FPS = 320, 180, 10


@dataclass(frozen=True)
class Clip:
    name: str
    seconds: int
    shots: tuple[tuple[int, int, int], ...]  # one background colour (RGB) per shot
    tags: dict[str, str] = field(default_factory=dict)


# Deir ez-Zor, Syria (the place in the original article)
_DEIR_EZ_ZOR_GPS = "35.3359, 40.1408, 210"

CLIPS = [
    # the 42-second video, released Tuesday 3 October 2017 and dated Oct. 3: every claim holds
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
]


def _frame(index: int, total: int, shots: tuple[tuple[int, int, int], ...]) -> np.ndarray:
    shot = min(index * len(shots) // total, len(shots) - 1)
    image = np.empty((HEIGHT, WIDTH, 3), dtype=np.uint8)
    image[:] = shots[shot]
    # a moving square, so that frames differ within a shot
    x = (index * 7) % (WIDTH - 40)
    y = 40 + (shot * 37) % (HEIGHT - 80)
    image[y : y + 40, x : x + 40] = (230, 230, 230)
    # the frame number as a bar code along the bottom (helps eyeballing decoded frames)
    for bit in range(12):
        if index >> bit & 1:
            image[HEIGHT - 8 :, bit * 10 : bit * 10 + 8] = (255, 255, 0)
    return image


def encode(clip: Clip, path: Path) -> None:
    total = clip.seconds * FPS
    with av.open(str(path), "w", format="mp4", options={"fflags": "+bitexact"}) as container:
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        stream.time_base = Fraction(1, FPS)
        stream.codec_context.options = {"crf": "32", "preset": "veryfast", "threads": "1", "g": "50"}
        stream.codec_context.flags |= av.codec.context.Flags.bitexact
        for index in range(total):
            frame = av.VideoFrame.from_ndarray(_frame(index, total, clip.shots), format="rgb24")
            frame.pts = index
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)


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
