"""The hash index: multi-index hashing on ten 25- and 26-bit bands, in SQLite, so lookups do not scan.

Where it sits: between the store (`archive.store`, the tables) and matching (`archive.matching`).
A 256-bit PDQ hash is cut into BANDS bands (six of 26 bits, four of 25); the `bands` table holds
one row per band, keyed by (band number << 32 | the band's bits, hash id), a B-tree SQLite seeks
into. A lookup asks for each query band and its one-bit neighbours (1 + width keys a band, 266
a hash) and reads out the archived hashes found under any of them, which then get their full
Hamming distance. Two hashes within 19 bits always meet this way (with every band two or more
bits apart they would differ in 20); of pairs 31 bits apart, 88 % do (differences spread at
random). The work is ~266 B-tree seeks per query hash, which grow with the tree's depth, not with
N, plus the random hashes that happen to sit under a key: 5.5 per query hash per 10^6 archived
(N * (6 * 27 / 2^26 + 4 * 26 / 2^25)), each read and measured. `benchmarks/archive.py` times it.

Archive format 1 cut sixteen 16-bit bands and kept hashes sharing two whole ones: every key held
N / 65,536 rows for SQLite to read and count (6.5x the time for 10x the hashes), and only 62 % of
pairs 31 bits apart shared two.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from provenance.archive.hashing import HASH_BYTES, FrameHash

# widths of the bands, most significant bits first; they add up to the hash's 256 bits
BAND_BITS = (26, 26, 26, 26, 26, 26, 25, 25, 25, 25)
BANDS = len(BAND_BITS)
# a band matches the query's when at most this many of its bits differ
RADIUS = 1
_STARTS = np.cumsum((0,) + BAND_BITS[:-1])
_BAND_IDS = np.arange(BANDS, dtype=np.int64) << 32
# each bit of the hash -> its value inside its band (a column per band): band values by one product
_WEIGHTS = np.zeros((HASH_BYTES * 8, BANDS), np.int64)
for _band, (_start, _width) in enumerate(zip(_STARTS, BAND_BITS, strict=True)):
    _WEIGHTS[_start : _start + _width, _band] = 1 << np.arange(_width - 1, -1, -1, dtype=np.int64)
# per band, the masks that make its neighbours within RADIUS (1) bits (0 for the band itself; 0 pads the
# narrower bands)
_NEIGHBOURS = np.array(
    [[0] + [1 << bit for bit in range(width)] + [0] * (max(BAND_BITS) - width) for width in BAND_BITS], np.int64
)
# bits set in each byte value: Hamming distances of many hashes at once
POPCOUNT = np.unpackbits(np.arange(256, dtype=np.uint8)[:, None], axis=1).sum(axis=1).astype(np.uint16)


@dataclass(frozen=True)
class Candidates:
    """Archived hashes near a set of query hashes: their video, time and distance to each query hash."""

    videos: np.ndarray  # (n,) archive entry ids
    times: np.ndarray  # (n,) seconds into the archived video
    distances: np.ndarray  # (n, queries) Hamming distances


def band_keys(hashes: np.ndarray) -> np.ndarray:
    """(n, BANDS) index keys of (n, 32) uint8 hashes: band number << 32 | the band's bits."""
    return (np.unpackbits(hashes, axis=1).astype(np.int64) @ _WEIGHTS) | _BAND_IDS


def finds(xor: np.ndarray) -> np.ndarray:
    """Whether a lookup reads out a stored hash, for the XOR of query and stored hash (..., 32) uint8."""
    differing = np.add.reduceat(np.unpackbits(xor, axis=-1), _STARTS, axis=-1)
    return np.asarray((differing <= RADIUS).any(axis=-1))


def _as_array(digests: Sequence[bytes]) -> np.ndarray:
    return np.frombuffer(b"".join(digests), np.uint8).reshape(-1, HASH_BYTES)


def insert_hashes(connection: sqlite3.Connection, video: int, frames: Sequence[FrameHash]) -> int:
    """Store each frame's hashes (one row per framing) and their band keys; returns the rows added."""
    start = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM hashes").fetchone()[0]
    rows = [(frame.t, framing, digest) for frame in frames for framing, digest in enumerate(frame.framings)]
    connection.executemany(
        "INSERT INTO hashes (id, video, t, framing, hash) VALUES (?, ?, ?, ?, ?)",
        [(start + n, video, t, framing, digest) for n, (t, framing, digest) in enumerate(rows)],
    )
    if rows:
        insert_keys(connection, np.arange(start, start + len(rows)), _as_array([digest for _, _, digest in rows]))
    return len(rows)


def insert_keys(connection: sqlite3.Connection, ids: np.ndarray, hashes: np.ndarray) -> None:
    """The band rows of hashes already stored under `ids`, in key order (the B-tree's cheapest)."""
    keys = band_keys(hashes)
    order = np.lexsort((np.repeat(ids, BANDS), keys.ravel()))
    connection.executemany(
        "INSERT INTO bands (key, hash) VALUES (?, ?)",
        zip(keys.ravel()[order].tolist(), np.repeat(ids, BANDS)[order].tolist(), strict=True),
    )


def rebuild(connection: sqlite3.Connection, chunk: int = 1 << 16) -> None:
    """Index every stored hash afresh (an archive whose keys an older version wrote), inside the caller's
    write transaction."""
    connection.execute("DELETE FROM bands")
    cursor = connection.execute("SELECT id, hash FROM hashes ORDER BY id")
    while rows := cursor.fetchmany(chunk):
        insert_keys(connection, np.array([row[0] for row in rows], np.int64), _as_array([row[1] for row in rows]))


def delete_hashes(connection: sqlite3.Connection, video: int) -> None:
    """Remove a video's hashes and their band rows (each found by its own keys: no scan)."""
    rows = connection.execute("SELECT id, hash FROM hashes WHERE video = ?", (video,)).fetchall()
    if rows:
        keys = band_keys(_as_array([digest for _, digest in rows]))
        ids = np.repeat([row_id for row_id, _ in rows], BANDS)
        pairs = zip(keys.ravel().tolist(), ids.tolist(), strict=True)
        connection.executemany("DELETE FROM bands WHERE key = ? AND hash = ?", pairs)
    connection.execute("DELETE FROM hashes WHERE video = ?", (video,))


def probe_keys(queries: np.ndarray) -> list[int]:
    """The keys a lookup seeks for (n, 32) query hashes: every band of each and its one-bit neighbours, once each."""
    return np.unique(band_keys(queries)[:, :, None] ^ _NEIGHBOURS[None, :, :]).tolist()


def lookup(connection: sqlite3.Connection, queries: Sequence[bytes]) -> Candidates:
    """Every archived hash with a band within RADIUS bits of a query hash's, with its distance to each query."""
    wanted = _as_array(queries)
    keys = probe_keys(wanted)
    rows = connection.execute(
        "SELECT id, video, t, hash FROM hashes WHERE id IN "
        f"(SELECT hash FROM bands WHERE key IN ({','.join('?' * len(keys))}))",
        keys,
    ).fetchall()
    if not rows:
        empty = np.zeros((0, len(queries)), np.uint16)
        return Candidates(np.zeros(0, np.int64), np.zeros(0), empty)
    stored = _as_array([row[3] for row in rows])
    distances = POPCOUNT[stored[:, None, :] ^ wanted[None, :, :]].sum(axis=2)
    return Candidates(
        videos=np.fromiter((row[1] for row in rows), np.int64, len(rows)),
        times=np.fromiter((row[2] for row in rows), np.float64, len(rows)),
        distances=distances,
    )
