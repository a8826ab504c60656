"""Matching: which archived videos a checked video repeats, frame after frame in the same order.

Where it sits: the pipeline hands it the checked video's frame hashes (sampled every 0.5 s in the
decode pass, each at two framings, plain and mirrored) and the open archive; it returns the
report's `ArchiveMatch`es. Each sampled frame is looked up in the index (`archive.index`); an
archived frame within ARCHIVE_MAX_DISTANCE of it pairs with it. Per archived video, and
separately for the plain and the mirrored picture, the longest chain of pairs that runs forward
in both videos (checked times strictly increasing, archived times never decreasing: a still
scene may stand on one stored frame) is the match, when it holds at least
ARCHIVE_MIN_MATCHED_FRAMES sampled frames. An excerpt that starts anywhere, a re-edit that drops
parts, a re-encode, a smaller copy all keep that order; unrelated footage does not pair at all
(measured: no frame of one corpus file or sample clip within 58 bits of another's). A file whose SHA-256 is in
the archive is reported as identical whatever its frames.
"""

from __future__ import annotations

import bisect
import statistics
from collections import defaultdict
from collections.abc import Sequence

from provenance.archive.hashing import FrameHash
from provenance.archive.index import lookup
from provenance.archive.store import ArchiveEntry, Store
from provenance.models import ArchiveMatch, Range
from provenance.settings import ARCHIVE_MAX_DISTANCE, ARCHIVE_MIN_MATCHED_FRAMES, ARCHIVE_QUERY_EVERY_S

Pair = tuple[int, float, int]  # sampled frame's index in the checked video, archived time, distance
_NEAR = ARCHIVE_QUERY_EVERY_S / 2  # seconds an archived frame may sit off the offset most frames share


def find_matches(store: Store, frames: Sequence[FrameHash], digest: str) -> list[ArchiveMatch]:
    """The archived videos the checked one repeats, most footage first.

    Args:
        store: the archive, open to read.
        frames: the checked video's sampled frames (`QUERY_PLAN`: framings plain and mirrored).
        digest: the checked file's SHA-256, for an identical copy.

    Raises:
        ArchiveError: the archive could not be read.
    """
    chains = {
        video: found for video, found in _chains(store, frames).items() if len(found[0]) >= ARCHIVE_MIN_MATCHED_FRAMES
    }
    identical = store.by_sha256(digest)
    ids = sorted(set(chains) | ({identical.id} if identical is not None else set()))
    entries = store.entries(f"id IN ({','.join('?' * len(ids))})", ids) if ids else []
    matches = []
    for entry in entries:
        if identical is not None and entry.id == identical.id:
            matches.append(_identical(entry))
        else:
            matches.append(_match(entry, frames, *chains[entry.id]))
    return sorted(matches, key=lambda m: (not m.identical, -m.matched_seconds, m.seen, m.id))


def _chains(store: Store, frames: Sequence[FrameHash]) -> dict[int, tuple[list[Pair], bool]]:
    """Per archived video, its longest in-order chain of pairs and whether it is the mirrored one."""
    pairs: dict[tuple[int, bool], dict[tuple[int, float], int]] = defaultdict(dict)
    with store.reading():
        for index, frame in enumerate(frames):
            found = lookup(store.connection, frame.framings + frame.mirrored)
            plain = len(frame.framings)
            sides = [(False, found.distances[:, :plain].min(axis=1, initial=256))]
            if frame.mirrored:
                sides.append((True, found.distances[:, plain:].min(axis=1, initial=256)))
            for mirrored, distances in sides:
                for row in (distances <= ARCHIVE_MAX_DISTANCE).nonzero()[0]:
                    key = (index, float(found.times[row]))
                    known = pairs[(int(found.videos[row]), mirrored)]
                    known[key] = min(known.get(key, 256), int(distances[row]))  # two framings at one time
    best: dict[int, tuple[list[Pair], bool]] = {}
    for (video, mirrored), found_pairs in sorted(pairs.items()):
        chain = _aligned(_in_order([(i, t, d) for (i, t), d in found_pairs.items()]), found_pairs, frames)
        if video not in best or (len(chain), -_median(chain)) > (len(best[video][0]), -_median(best[video][0])):
            best[video] = (chain, mirrored)
    return best


def _aligned(chain: list[Pair], found: dict[tuple[int, float], int], frames: Sequence[FrameHash]) -> list[Pair]:
    """The chain's frames, each moved to its pair nearest the time offset most of them agree on.

    In a still shot every stored frame of the shot pairs with every checked frame, and the longest
    chain takes the earliest. The offset (archived minus checked time) that the most chain frames
    have a pair near (within half a sampling step: a sweep over their offsets) is where the
    excerpt sits. A frame with no pair near it stands in a still stretch whose one stored frame
    lies earlier: when at least half the chain agrees on the offset it is placed by the offset,
    otherwise (a re-edit that moves parts) it keeps its pair.
    """
    members = {i for i, _, _ in chain}
    options: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for (i, t), d in found.items():
        if i in members:
            options[i].append((t - frames[i].t, t, d))
    events: list[tuple[float, int]] = []
    for offsets in options.values():
        for low, high in _union(sorted((o - _NEAR, o + _NEAR) for o, _, _ in offsets)):
            events += [(low, 1), (high, -1)]
    covered = most = 0
    where = 0.0
    for at, step in sorted(events, key=lambda e: (e[0], -e[1])):
        covered += step
        if covered > most:
            most, where = covered, at + _NEAR
    agreed = 2 * most >= len(chain)
    moved = []
    for i, t, d in chain:
        offset, near_t, near_d = min(options[i], key=lambda option: abs(option[0] - where))
        if abs(offset - where) <= _NEAR:
            moved.append((i, near_t, near_d))
        else:
            moved.append((i, round(frames[i].t + where, 3) if agreed else t, d))
    return moved


def _union(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sorted intervals merged where they overlap."""
    merged: list[tuple[float, float]] = []
    for low, high in intervals:
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _in_order(pairs: list[Pair]) -> list[Pair]:
    """The longest chain with checked frames strictly increasing and archived times never decreasing.

    Longest non-decreasing subsequence of archived times over pairs sorted by checked frame, with
    each frame's pairs in decreasing time so that no frame is used twice (patience sorting, n log n).
    """
    ordered = sorted(pairs, key=lambda p: (p[0], -p[1]))
    tails: list[float] = []  # smallest archived time ending a chain of each length
    ends: list[int] = []  # which pair ends it
    parent: list[int] = []
    for k, (_, t, _) in enumerate(ordered):
        length = bisect.bisect_right(tails, t)
        parent.append(ends[length - 1] if length else -1)
        if length == len(tails):
            tails.append(t)
            ends.append(k)
        else:
            tails[length], ends[length] = t, k
    chain: list[Pair] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        chain.append(ordered[k])
        k = parent[k]
    return chain[::-1]


def _median(chain: list[Pair]) -> float:
    return statistics.median(d for _, _, d in chain) if chain else 256.0


def _match(entry: ArchiveEntry, frames: Sequence[FrameHash], chain: list[Pair], mirrored: bool) -> ArchiveMatch:
    checked = [frames[i].t for i, _, _ in chain]
    archived = [t for _, t, _ in chain]
    return _reported(
        entry,
        matched_seconds=round(len(chain) * ARCHIVE_QUERY_EVERY_S, 1),
        query_range=Range(min=checked[0], max=checked[-1]),
        archive_range=Range(min=min(archived), max=max(archived)),
        distance=round(_median(chain), 1),
        mirrored=mirrored,
    )


def _identical(entry: ArchiveEntry) -> ArchiveMatch:
    whole = Range(min=0.0, max=entry.duration_s)
    seconds = round(entry.duration_s or 0.0, 1)
    return _reported(
        entry, matched_seconds=seconds, query_range=whole, archive_range=whole, distance=0.0, identical=True
    )


def _reported(entry: ArchiveEntry, **found: object) -> ArchiveMatch:
    """The report's match: what the archive says of the entry, and what was found."""
    return ArchiveMatch.model_validate(
        {"id": entry.id, "path": entry.path, "label": entry.label, "seen": entry.seen, "seen_basis": entry.seen_basis}
        | found
    )
