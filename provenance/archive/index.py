"""The hash index: multi-index hashing on sixteen 16-bit bands, in SQLite, so lookups do not scan.

Where it sits: between the store (`archive.store`, the tables) and matching (`archive.matching`).
A 256-bit PDQ hash is cut into 16 bands of 16 bits; the `bands` table holds one row per band,
keyed by (band number << 16 | the band's bits, hash id), a B-tree SQLite seeks into. A lookup
takes the query hashes' band keys and keeps the archived hashes that agree with them on at least
ARCHIVE_MIN_SHARED_BANDS whole bands, counted inside SQLite; only those are read out and get their
full Hamming distance. Two hashes within 14 bits always share two bands (14 differences touch at
most 14 of the 16); up to 31 bits they share two unless the differences spread over 15 bands.
Against N random archived hashes a key matches N / 65536 rows, which SQLite reads and counts
in C, but a random hash shares two bands with a query about N * 120 / 65536^2 times (0.3 at
10^7), so what Python reads stays the true neighbours: `benchmarks/archive.py` times it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from provenance.archive.hashing import HASH_BYTES, FrameHash
from provenance.settings import ARCHIVE_MIN_SHARED_BANDS

BANDS = 16
# bits set in each byte value: Hamming distances of many hashes at once
POPCOUNT = np.unpackbits(np.arange(256, dtype=np.uint8)[:, None], axis=1).sum(axis=1).astype(np.uint16)


@dataclass(frozen=True)
class Candidates:
    """Archived hashes near a set of query hashes: their video, time and distance to each query hash."""

    videos: np.ndarray  # (n,) archive entry ids
    times: np.ndarray  # (n,) seconds into the archived video
    distances: np.ndarray  # (n, queries) Hamming distances


def band_keys(digest: bytes) -> list[int]:
    """The 16 index keys of one hash: band number in the high bits, the band's 16 bits below."""
    return [(band << 16) | (digest[2 * band] << 8) | digest[2 * band + 1] for band in range(BANDS)]


def insert_hashes(connection: sqlite3.Connection, video: int, frames: Sequence[FrameHash]) -> int:
    """Store each frame's hashes (one row per framing) and their band keys; returns the rows added."""
    start = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM hashes").fetchone()[0]
    rows = [(frame.t, framing, digest) for frame in frames for framing, digest in enumerate(frame.framings)]
    connection.executemany(
        "INSERT INTO hashes (id, video, t, framing, hash) VALUES (?, ?, ?, ?, ?)",
        [(start + n, video, t, framing, digest) for n, (t, framing, digest) in enumerate(rows)],
    )
    connection.executemany(
        "INSERT INTO bands (key, hash) VALUES (?, ?)",
        sorted((key, start + n) for n, (_, _, digest) in enumerate(rows) for key in band_keys(digest)),
    )
    return len(rows)


def delete_hashes(connection: sqlite3.Connection, video: int) -> None:
    """Remove a video's hashes and their band rows (each found by its own keys: no scan)."""
    rows = connection.execute("SELECT id, hash FROM hashes WHERE video = ?", (video,)).fetchall()
    keys = [(key, row_id) for row_id, digest in rows for key in band_keys(digest)]
    connection.executemany("DELETE FROM bands WHERE key = ? AND hash = ?", keys)
    connection.execute("DELETE FROM hashes WHERE video = ?", (video,))


def lookup(connection: sqlite3.Connection, queries: Sequence[bytes]) -> Candidates:
    """Every archived hash sharing ARCHIVE_MIN_SHARED_BANDS whole bands with `queries`, with its distance to each."""
    keys = sorted({key for digest in queries for key in band_keys(digest)})
    rows = connection.execute(
        "SELECT id, video, t, hash FROM hashes WHERE id IN (SELECT hash FROM bands "
        f"WHERE key IN ({','.join('?' * len(keys))}) GROUP BY hash HAVING count(*) >= {ARCHIVE_MIN_SHARED_BANDS})",
        keys,
    ).fetchall()
    if not rows:
        empty = np.zeros((0, len(queries)), np.uint16)
        return Candidates(np.zeros(0, np.int64), np.zeros(0), empty)
    stored = np.frombuffer(b"".join(row[3] for row in rows), np.uint8).reshape(-1, HASH_BYTES)
    wanted = np.frombuffer(b"".join(queries), np.uint8).reshape(-1, HASH_BYTES)
    distances = POPCOUNT[stored[:, None, :] ^ wanted[None, :, :]].sum(axis=2)
    return Candidates(
        videos=np.fromiter((row[1] for row in rows), np.int64, len(rows)),
        times=np.fromiter((row[2] for row in rows), np.float64, len(rows)),
        distances=distances,
    )
