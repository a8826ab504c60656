"""Batch speed and memory over the corpus, side by side with what a hand-written pipeline costs.

    python benchmarks/batch.py [--corpus DIR] [--article FILE] [--jobs 2]

Pairs every video of ../shared/corpus/media with the seed article and times, in one run:

  * a hand-written metadata script: one `exiftool -j` over every file, then `ffprobe -count_packets` per file
  * `provenance batch --no-frames --jobs N` (a fresh OUT: nothing resumed)
  * `ffmpeg -threads N -i FILE -f null -` over every file: decoding alone
  * `provenance batch --jobs N` (frames analysed)
  * the same full batch again on the same OUT: the resumed run

and prints the ratios the README quotes (targets: metadata batch / script <= 1.5, full batch / ffmpeg
<= 1.5) and the peak memory of the whole batch (its process, the workers, their ExifTool and
Tesseract), sampled every 50 ms from /proc: the proportional set size (a library page the workers
share counts once in all) and, for comparison, the resident sizes summed (shared pages counted in
every process). Needs ffmpeg, ffprobe and exiftool on PATH.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PROVENANCE = [sys.executable, "-m", "provenance"]


def tree(pid: int) -> list[int]:
    """A process and its descendants (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            with open(f"/proc/{current}/task/{current}/children", "rb") as children:
                todo.extend(int(c) for c in children.read().split())
        except OSError:
            continue
    return found


def memory_mb(pids: list[int]) -> tuple[float, float]:
    """Proportional set size (a page shared by n processes counts 1/n in each) and resident size, summed."""
    pss = rss = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as rollup:
                for line in rollup:
                    name, _, value = line.partition(":")
                    if name in ("Pss", "Rss"):
                        kb = int(value.split()[0])
                        pss, rss = (pss + kb, rss) if name == "Pss" else (pss, rss + kb)
        except (OSError, ValueError):
            continue
    return pss / 1024, rss / 1024


def timed(command: list[str], memory: bool = False) -> tuple[float, tuple[float, float]]:
    """Wall time of a command, and the peak (PSS, RSS) of its process tree in MB when asked."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = (0.0, 0.0)
    if memory:
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not stop.is_set():
                pss, rss = memory_mb(tree(proc.pid))
                peak = (max(peak[0], pss), max(peak[1], rss))
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        proc.wait()
        stop.set()
        sampler.join()
    proc.wait()
    return time.perf_counter() - started, peak


def hand_written(files: list[Path]) -> float:
    started = time.perf_counter()
    subprocess.run(["exiftool", "-j", *map(str, files)], capture_output=True)
    for f in files:
        subprocess.run(
            ["ffprobe", "-v", "quiet", "-count_packets", "-show_streams", "-of", "json", str(f)], capture_output=True
        )
    return time.perf_counter() - started


def ffmpeg_decode(files: list[Path], threads: int) -> float:
    started = time.perf_counter()
    for f in files:
        subprocess.run(["ffmpeg", "-v", "quiet", "-threads", str(threads), "-i", str(f), "-f", "null", "-"])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "media")
    parser.add_argument("--article", type=Path, default=SHARED / "seeds" / "000_18f4f90a71d0d1ab.txt")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    for tool in ("exiftool", "ffprobe", "ffmpeg"):
        if shutil.which(tool) is None:
            sys.exit(f"benchmarks/batch.py needs {tool} on PATH")
    files = sorted(p for p in args.corpus.iterdir() if p.is_file() and p.name != "SOURCES.md")
    with tempfile.TemporaryDirectory(prefix="provenance-bench-") as tmp:
        work = Path(tmp)
        manifest = work / "manifest.csv"
        with manifest.open("w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["video", "article"])
            writer.writerows([str(f.resolve()), str(args.article.resolve())] for f in files)
        for f in files:  # the page cache holds every file for every contender
            f.read_bytes()
        jobs = ["--jobs", str(args.jobs)]
        script = hand_written(files)
        metadata, _ = timed([*PROVENANCE, "batch", str(manifest), "-o", str(work / "meta"), "--no-frames", *jobs])
        decode = ffmpeg_decode(files, args.jobs)
        full, peak = timed([*PROVENANCE, "batch", str(manifest), "-o", str(work / "full"), *jobs], memory=True)
        resumed, _ = timed([*PROVENANCE, "batch", str(manifest), "-o", str(work / "full"), *jobs])
    rows = [
        ("hand-written script (exiftool -j + ffprobe -count_packets)", f"{script:6.2f} s", ""),
        ("provenance batch --no-frames", f"{metadata:6.2f} s", f"ratio {metadata / script:.2f} (target <= 1.5)"),
        (f"ffmpeg -f null, every file, {args.jobs} threads", f"{decode:6.2f} s", ""),
        ("provenance batch (frames analysed)", f"{full:6.2f} s", f"ratio {full / decode:.2f} (target <= 1.5)"),
        ("provenance batch again (resumed)", f"{resumed:6.2f} s", ""),
        ("peak memory of the whole batch (all its processes)", f"{peak[0]:6.0f} MB PSS", f"({peak[1]:.0f} MB RSS)"),
    ]
    print(f"{len(files)} corpus videos, each paired with {args.article.name}; {args.jobs} jobs")
    for name, value, note in rows:
        print(f"{name:<52} {value:>12}  {note}".rstrip())


if __name__ == "__main__":
    main()
