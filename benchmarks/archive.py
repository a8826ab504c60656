"""The archive of earlier copies: lookup time at scale, the cost of adding, size per hour.

    python benchmarks/archive.py [--sizes 1000000 10000000] [--queries 200] [--seconds 60] [--keep DIR]
                                 [--skip-scale] [--skip-add]

Scale: an archive of N synthetic PDQ hashes (uniformly random 256-bit values, the worst case for
the band index: real hashes cluster, but each band's 16 bits are balanced either way) is built with
the archive's own schema, then `archive.index.lookup` is timed for one query keyframe as
`check --archive` asks it: four hashes (two framings, plain and mirrored), one of them a stored
hash with 12 bits flipped, which must be found. It prints the build time, the file size, the
median and 95th percentile per keyframe (warm page cache), and what a full scan of N hashes in
NumPy takes for comparison. Targets: <= 50 ms at 10^6, <= 3x that at 10^7.

Adding: on 60 s 720p and 1080p H.264 clips made as `benchmarks/frames.py` makes them (FFmpeg's
test sources, with cuts), side by side, each warmed up once and then the median of three runs:
the existing frame pass (`video.decode.decode`: probe and the whole pass, OCR included), `archive
add` of the same clip into a fresh archive (ExifTool, probe, the pass with the archive's hash plan
and no OCR, the insert), and the pass with the checked video's hash plan (`check --archive`'s
extra decoding cost: none, the hashes come from the same pass). Target: add <= frame pass. Then
the archive's growth per hour of video, on these clips and on the corpus's real footage.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from frames import make_clip  # noqa: E402

from provenance.archive.index import POPCOUNT, band_keys, lookup  # noqa: E402
from provenance.archive.store import Store  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "media"


# ---------------------------------------------------------------- scale


def build(path: Path, count: int, seed: int) -> tuple[float, np.ndarray]:
    """An archive of `count` random hashes, 3600 to a video; returns the build time and the hashes."""
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    hashes = rng.integers(0, 256, size=(count, 32), dtype=np.uint8)
    with Store.open(path, create=True) as store:
        connection = store.connection
        connection.execute("PRAGMA cache_size = -2000000")
        connection.execute("PRAGMA synchronous = OFF")
        with store.writing():
            videos = (count + 3599) // 3600
            connection.executemany(
                "INSERT INTO videos (id, sha256, path, duration_s, label, seen, seen_basis, added, frames) "
                "VALUES (?, ?, ?, 3600, NULL, '2016-04-25', 'given', '2026-01-01', 3600)",
                ((v + 1, f"{v:064x}", f"video{v}.mp4") for v in range(videos)),
            )
            connection.executemany(
                "INSERT INTO hashes (id, video, t, framing, hash) VALUES (?, ?, ?, 0, ?)",
                ((n + 1, n // 3600 + 1, float(n % 3600), hashes[n].tobytes()) for n in range(count)),
            )
            ids = np.arange(1, count + 1, dtype=np.int64)
            keys = np.concatenate([band_keys(hashes[s : s + (1 << 20)]) for s in range(0, count, 1 << 20)])
            ids = np.repeat(ids, keys.shape[1])
            keys = keys.ravel()
            order = np.lexsort((ids, keys))
            for start in range(0, order.size, 1 << 22):
                chunk = order[start : start + (1 << 22)]
                connection.executemany(
                    "INSERT INTO bands (key, hash) VALUES (?, ?)",
                    zip(keys[chunk].tolist(), ids[chunk].tolist(), strict=True),
                )
    return time.perf_counter() - started, hashes


def time_lookups(path: Path, hashes: np.ndarray, queries: int, seed: int) -> tuple[list[float], int, float]:
    """Milliseconds per query keyframe (4 hashes), how many planted near-copies were found, candidates read."""
    rng = random.Random(seed)
    times, found, candidates = [], 0, 0
    with Store.open(path) as store:
        for n in range(queries + 20):
            target = rng.randrange(len(hashes))
            near = int.from_bytes(hashes[target].tobytes(), "big") ^ sum(1 << b for b in rng.sample(range(256), 12))
            keyframe = [near.to_bytes(32, "big")] + [rng.randbytes(32) for _ in range(3)]
            started = time.perf_counter()
            result = lookup(store.connection, keyframe)
            elapsed = (time.perf_counter() - started) * 1000
            if n >= 20:  # the first ones warm the page cache
                times.append(elapsed)
                found += bool((result.distances[:, 0] == 12).any() and float(target % 3600) in result.times.tolist())
                candidates += len(result.times)
    return times, found, candidates / queries


def scan_ms(hashes: np.ndarray, repeat: int = 3) -> float:
    """A full scan for comparison: Hamming distance of one query to every hash, in NumPy."""
    query = hashes[0]
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for start in range(0, len(hashes), 1 << 20):
            POPCOUNT[hashes[start : start + (1 << 20)] ^ query].sum(axis=1)
        best = min(best, (time.perf_counter() - started) * 1000)
    return best


def scale(sizes: list[int], queries: int, folder: Path) -> list[tuple[int, float]]:
    print("\n## Lookup at scale (synthetic hashes; one query keyframe = 4 hashes)\n")
    print(
        "| archived hashes | build | file size | bytes / hash | lookup median | p95 | candidates read | found |", end=""
    )
    print(" full scan |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    medians = []
    for size in sizes:
        path = folder / f"scale_{size}.archive"
        path.unlink(missing_ok=True)
        built, hashes = build(path, size, seed=size)
        times, found, read = time_lookups(path, hashes, queries, seed=14)
        median, p95 = statistics.median(times), sorted(times)[int(0.95 * len(times)) - 1]
        megabytes = path.stat().st_size / 1e6
        print(
            f"| {size:,} | {built:.0f} s | {megabytes:,.0f} MB | {path.stat().st_size / size:.0f} | {median:.1f} ms "
            f"| {p95:.1f} ms | {read:,.0f} | {found}/{queries} | {scan_ms(hashes):.0f} ms |",
            flush=True,
        )
        medians.append((size, median))
        del hashes
    return medians


# ---------------------------------------------------------------- adding


def _median_time(run, repeat: int) -> float:
    run()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def adding(seconds: float, repeat: int, folder: Path) -> None:
    from provenance.archive import add_videos
    from provenance.video.decode import decode
    from provenance.video.detectors.hashes import QUERY_PLAN
    from provenance.video.exiftool import ExifTool
    from provenance.video.probe import probe

    print(f"\n## Adding, side by side with the frame pass (median of {repeat})\n")
    print("| clip | frame pass | archive add | add / pass | pass + checked-video hashes | hashes kept |", end="")
    print(" archive per hour |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    with ExifTool() as session:
        for name, (width, height) in (("720p", (1280, 720)), ("1080p", (1920, 1080))):
            clip = folder / f"clip_{name}_{seconds:g}s.mp4"
            make_clip(clip, width, height, seconds, seed=7)
            frame_pass = _median_time(lambda c=clip: decode(str(c), probe(str(c), decode=False)), repeat)
            archive = folder / "add.archive"

            def add(c: Path = clip, a: Path = archive) -> None:
                for leftover in a.parent.glob(a.name + "*"):
                    leftover.unlink()
                (outcome,) = add_videos(a, [c], exiftool=session)
                assert outcome.status == "added", outcome.message

            added = _median_time(add, repeat)
            queried = _median_time(
                lambda c=clip: decode(str(c), probe(str(c), decode=False), hashing=QUERY_PLAN), repeat
            )
            add()
            entry = Store.open(archive).entries()[0]
            grown = archive.stat().st_size - _empty_size(folder)
            kept = f"{entry.frames} ({entry.frames / seconds:.1f}/s)"
            print(
                f"| {name}, {seconds:g} s | {frame_pass:.2f} s | {added:.2f} s | {added / frame_pass:.2f} "
                f"| {queried:.2f} s | {kept} | {grown / seconds * 3600 / 1e6:.1f} MB |",
                flush=True,
            )
    corpus_per_hour(folder)


def _empty_size(folder: Path) -> int:
    empty = folder / "empty.archive"
    if not empty.exists():
        Store.open(empty, create=True).close()
    return empty.stat().st_size


def corpus_per_hour(folder: Path) -> None:
    """The archive's growth per hour on the corpus's real footage (every file that decodes)."""
    from provenance.archive import add_videos

    if not CORPUS.exists():
        print("\n(the corpus is not beside this checkout: no real-footage size)")
        return
    archive = folder / "corpus.archive"
    for leftover in folder.glob("corpus.archive*"):
        leftover.unlink()
    outcomes = add_videos(archive, sorted(p for p in CORPUS.iterdir() if p.suffix != ".md"))
    entries = Store.open(archive).entries()
    seconds = sum(e.duration_s or 0 for e in entries)
    frames = sum(e.frames for e in entries)
    grown = archive.stat().st_size - _empty_size(folder)
    print(
        f"\nCorpus: {len(entries)} of {len(outcomes)} files added, {seconds:.0f} s of video, {frames} frames kept "
        f"({frames / seconds:.1f}/s): {grown / seconds * 3600 / 1e6:.1f} MB per hour of video"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep what is built")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--skip-add", action="store_true")
    args = parser.parse_args()
    if not args.skip_add and shutil.which("ffmpeg") is None:
        sys.exit("ffmpeg is needed to make the clips (apt-get install ffmpeg), or pass --skip-add")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="provenance-archive-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        if not args.skip_scale:
            medians = scale(args.sizes, args.queries, folder)
            if len(medians) == 2:
                (small, t_small), (large, t_large) = medians
                ratio = t_large / t_small
                print(
                    f"\n{large:,} vs {small:,} hashes: {ratio:.2f}x the lookup time for {large / small:g}x the hashes"
                )
        if not args.skip_add:
            adding(args.seconds, args.repeat, folder)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
