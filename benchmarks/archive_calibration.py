"""Calibrate the archive's match threshold on measured distances: copies against unrelated footage.

    python benchmarks/archive_calibration.py [--keep DIR]      (needs ffmpeg and ../shared/corpus/media)

Copies: FFmpeg makes eight copies of each source (the corpus files with 3 s or more of footage PDQ
can hash, and three sample clips): re-encoded (x264 CRF 32), halved, cropped 10 %, letterboxed
(+30 % height, black), pillarboxed in white (+20 % width), mirrored, an excerpt from 30 % + 0.137 s
in, and all at once (that excerpt, 8 % cropped, halved, mirrored). The macOS screen recording is
left out: no frame of it is detailed enough for PDQ (quality 12), so only an identical file matches.

Per frame: each copy's sampled frames (the checked video's plan: every 0.5 s, two framings, plain
and mirrored) against the source's stored frames (the archive's plan) within 0.6 s of the known
time, the best distance over framings on the copy's side (mirrored for mirrored copies). Unrelated:
every sampled frame of every corpus file and sample clip against every stored frame of every
other (the corpus's two copies of one C2PA clip excepted), the best over framings and both sides.
Per video: all of them in one archive, each copy and each original looked up as `check --archive`
does. Prints both distributions (percentiles and a histogram) and the share within the threshold.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from provenance.archive.hashing import FrameHash  # noqa: E402
from provenance.archive.index import POPCOUNT, finds, insert_hashes  # noqa: E402
from provenance.archive.matching import find_matches  # noqa: E402
from provenance.archive.store import Store  # noqa: E402
from provenance.settings import ARCHIVE_MAX_DISTANCE  # noqa: E402
from provenance.video.decode import decode  # noqa: E402
from provenance.video.detectors.hashes import ARCHIVE_PLAN, QUERY_PLAN, HashPlan  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "media"
SAMPLES = ROOT / "sample_media"
SOURCES = [
    CORPUS / name
    for name in (
        "gopro_karma_drone_gpmf.mp4",
        "gopro_max_gps_gpmf.mp4",
        "flir_one_thermal_gps.mp4",
        "vfr_dropped_frames.mp4",
        "handbrake_100_subtitle_tracks.mp4",
        "freemxf_mpeg2.mxf",
        "vimeo_transcode_stripped.mp4",
        "iphone6_gps_rot90.mov",
        "chrome_mediarecorder_no_duration.webm",
        "anamorphic_sar2x1.mp4",
        "loci_gps_dto_tzoffset.mp4",
    )
] + [
    SAMPLES / name
    for name in (
        "consistent_42s_2017-10-03.mp4",
        "people_mismatch_four_faces.mp4",
        "archive_old_clip_seen_2016-04-25.mp4",
    )
]
SAME_FOOTAGE = {frozenset({"c2pa_signed_valid.mp4", "c2pa_unsigned_control.mp4"})}
COPIES = {
    "re-encoded": ([], []),
    "halved": ([], ["scale=trunc(iw/4)*2:trunc(ih/4)*2"]),
    "cropped 10 %": ([], ["crop=trunc(iw*0.9/2)*2:trunc(ih*0.9/2)*2"]),
    "letterboxed": ([], ["pad=iw:trunc(ih*1.3/2)*2:0:(oh-ih)/2"]),
    "white pillarbox": ([], ["pad=trunc(iw*1.2/2)*2:ih:(ow-iw)/2:0:color=white"]),
    "mirrored": ([], ["hflip"]),
    "excerpt": (["start"], []),
    "all at once": (
        ["start"],
        ["crop=trunc(iw*0.92/2)*2:trunc(ih*0.92/2)*2", "scale=trunc(iw/4)*2:trunc(ih/4)*2", "hflip"],
    ),
}


Hashed = tuple[float, list[FrameHash]]  # the first frame's time, and the sampled frames' hashes


def hashes(path: Path, plan: HashPlan) -> Hashed:
    decoded = decode(str(path), hashing=plan, ocr=False)
    first = decoded.analysis.timing.first_pts_s or 0.0
    return first, decoded.hasher.hashes if decoded.hasher is not None else []


def duration(path: Path) -> float:
    out = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-select_streams",
            "v:0",
            "-count_packets",
            "-show_entries",
            "format=duration",
            "-of",
            "csv=p=0",
            str(path),
        ],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return float(out) if out and out != "N/A" else 0.0


def make_copies(source: Path, folder: Path) -> dict[str, tuple[Path, float]]:
    """The eight copies of one source, with where each starts in it (s)."""
    start = round(max(duration(source), 3.0) * 0.3 + 0.137, 3)
    made = {}
    for kind, (seek, filters) in COPIES.items():
        target = folder / f"{source.stem}__{kind.replace(' ', '_').replace('%', 'pc')}.mp4"
        offset = start if seek else 0.0
        if not target.exists():
            command = ["ffmpeg", "-v", "error", "-y"] + (["-ss", str(start)] if seek else []) + ["-i", str(source)]
            command += ["-an", "-sn", "-dn"] + (["-vf", ",".join(filters)] if filters else [])
            command += ["-c:v", "libx264", "-preset", "veryfast", "-crf", "32", str(target)]
            subprocess.run(command, check=True)
        made[kind] = (target, offset)
    return made


def _matrix(frames: list[FrameHash], mirrored: bool | None) -> np.ndarray:
    """(frames, variants, 32) bytes: the framings, plain, mirrored or both."""
    sides = [frame.framings if mirrored is not True else () for frame in frames]
    if mirrored is not False:
        sides = [side + frame.mirrored for side, frame in zip(sides, frames, strict=True)]
    return np.frombuffer(b"".join(b"".join(side) for side in sides), np.uint8).reshape(len(frames), -1, 32)


def best_distances(
    query: list[FrameHash], stored: list[FrameHash], mirrored: bool | None, indexed: bool = False
) -> np.ndarray:
    """(query frames, stored frames): the smallest distance over every variant pair; with `indexed`, whether
    the index reads that closest variant pair out (`archive.index.finds`)."""
    if not query or not stored:
        return np.zeros((len(query), len(stored)), np.uint16)
    q, s = _matrix(query, mirrored), _matrix(stored, False)
    xor = q[:, None, :, None, :] ^ s[None, :, None, :, :]
    distances = POPCOUNT[xor].sum(axis=-1)
    if not indexed:
        return distances.min(axis=(2, 3))
    flat = distances.reshape(*distances.shape[:2], -1)
    best = flat.argmin(axis=-1)
    closest = np.take_along_axis(xor.reshape(*flat.shape, 32), best[..., None, None], axis=2)[..., 0, :]
    return finds(closest)


def copy_distances(copy: Hashed, source: Hashed, offset: float, mirrored: bool) -> list[tuple[int, bool]]:
    """Each copy frame's best distance to the source's stored frames near the same moment, and whether the
    index reads that closest pair out."""
    (copy_first, copied), (source_first, stored) = copy, source
    if not copied or not stored:
        return []
    times = np.array([frame.t for frame in stored])
    table = best_distances(copied, stored, mirrored)
    indexed = best_distances(copied, stored, mirrored, indexed=True)
    found = []
    for row, frame in enumerate(copied):
        near = np.flatnonzero(np.abs(times - (source_first + offset + frame.t - copy_first)) <= 0.6)
        if near.size:
            col = near[table[row, near].argmin()]
            found.append((int(table[row, col]), bool(indexed[row, col])))
    return found


def describe(name: str, values: list[int]) -> None:
    data = np.array(values)
    p = np.percentile(data, [1, 5, 10, 50, 90, 95, 99]).round(1)
    print(
        f"| {name} | {len(data):,} | {data.min()} | {p[0]:g} | {p[1]:g} | {p[2]:g} | {p[3]:g} | {p[4]:g} | {p[5]:g} "
        f"| {p[6]:g} | {data.max()} | {np.mean(data <= ARCHIVE_MAX_DISTANCE):.3f} |"
    )


def histogram(copies: list[int], unrelated: list[int]) -> None:
    print("\n| distance | copies | unrelated |\n| --- | --- | --- |")
    for low in range(0, 160, 16):
        a = sum(low <= d < low + 16 for d in copies) / len(copies)
        b = sum(low <= d < low + 16 for d in unrelated) / len(unrelated)
        print(f"| {low}-{low + 15} | {a:.3f} | {b:.4f} |")


def video_level(archived: dict[Path, Hashed], queries: dict[Path, tuple[Hashed, Path | None]], folder: Path) -> None:
    """All originals in one archive; each copy must match its source, each original only itself."""
    path = folder / "calibration.archive"
    path.unlink(missing_ok=True)
    with Store.open(path, create=True) as store, store.writing() as connection:
        for n, (source, (_, stored)) in enumerate(sorted(archived.items()), start=1):
            connection.execute(
                "INSERT INTO videos VALUES (?, ?, ?, NULL, NULL, '2016-04-25', 'given', '2026-01-01', ?)",
                (n, f"{n:064x}", str(source), len(stored)),
            )
            insert_hashes(connection, n, stored)
    wrong, missed, by_kind = [], [], {}
    with Store.open(path) as store:
        for query, ((_, sampled), source) in sorted(queries.items()):
            found = {Path(m.path) for m in find_matches(store, sampled, "-")}
            expected = {source} if source is not None else {query} if query in archived else set()
            expected |= {p for p in archived if frozenset({p.name, query.name}) in SAME_FOOTAGE}
            if source is not None:
                kind = query.stem.split("__")[1]
                by_kind.setdefault(kind, []).append(source in found)
                if source not in found:
                    missed.append(query.name)
            if found - expected:
                wrong.append((query.name, sorted(p.name for p in found - expected)))
    print("\n| copy | matched its source |\n| --- | --- |")
    for kind, hits in by_kind.items():
        print(f"| {kind.replace('_', ' ').replace('pc', '%')} | {sum(hits)}/{len(hits)} |")
    print(f"\nmissed: {missed or 'none'}\nmatched something else: {wrong or 'none'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="make the copies in this folder and keep them")
    args = parser.parse_args()
    if shutil.which("ffmpeg") is None or not CORPUS.exists():
        sys.exit("needs ffmpeg (apt-get install ffmpeg) and ../shared/corpus/media beside the checkout")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="provenance-calibration-"))
    folder.mkdir(parents=True, exist_ok=True)
    everything = sorted(p for p in CORPUS.iterdir() if p.suffix != ".md") + [s for s in SOURCES if s.parent == SAMPLES]
    archived: dict[Path, Hashed] = {}
    queries: dict[Path, tuple[Hashed, Path | None]] = {}
    for path in everything:
        try:
            archived[path] = hashes(path, ARCHIVE_PLAN)
            queries[path] = (hashes(path, QUERY_PLAN), None)
        except Exception:  # noqa: BLE001 - a file that does not decode has no frames to compare
            continue
    per_copy: list[tuple[int, bool]] = []
    for source in SOURCES:
        for kind, (copy, offset) in make_copies(source, folder).items():
            sampled = hashes(copy, QUERY_PLAN)
            queries[copy] = (sampled, source)
            per_copy += copy_distances(sampled, archived[source], offset, mirrored="mirror" in kind or "all" in kind)
    unrelated: list[int] = []
    for a, ((_, sampled), _) in ((p, q) for p, q in queries.items() if q[1] is None):
        for b, (_, stored) in archived.items():
            if a != b and frozenset({a.name, b.name}) not in SAME_FOOTAGE:
                unrelated += best_distances(sampled, stored, None).ravel().tolist()
    print("| frames | pairs | min | 1 % | 5 % | 10 % | median | 90 % | 95 % | 99 % | max | within threshold |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    distances = [d for d, _ in per_copy]
    describe("copies vs their source", distances)
    describe("unrelated footage", unrelated)
    within = [indexed for d, indexed in per_copy if d <= ARCHIVE_MAX_DISTANCE]
    print(f"\ncopy frames within {ARCHIVE_MAX_DISTANCE} that the index reads out: {sum(within)} of {len(within)}")
    histogram(distances, unrelated)
    video_level(archived, queries, folder)
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
