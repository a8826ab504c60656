"""The batch's memory: results as they finish, in SQLite in OUT, keyed by what makes a report.

Where it sits: the runner looks every pair up here before running it and stores each result as soon as
it comes back, one committed transaction each, so an interrupted run loses nothing it finished. The
key (`result_key`) is the sha256 of the inputs (the sidecar's too), the options that change a report,
the tool's version and the paths as the report shows them: the same command run again skips what is
done and re-runs what changed. File hashes are remembered by path, size and modification time, so an
unchanged archive is not read twice; a video's hash is first read by the worker that checks it (the
report carries it), so the batch's own process never reads a video (on a cluster, the archive's bytes
need not cross to it).

    results(key, report, material, failure, seconds)   report and material zlib-compressed JSON
    hashes(path, size, mtime_ns, sha256)
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from provenance import __version__
from provenance.inputs import display_path, sha256

STORE_NAME = "results.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY, report BLOB, material BLOB, failure TEXT, seconds REAL
);
CREATE TABLE IF NOT EXISTS hashes (
    path BLOB PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class PairResult:
    """A pair's result: its report's JSON, or why there is none; and the HTML view's material when kept."""

    report: str | None
    material: str | None
    failure: str | None
    seconds: float


@dataclass(frozen=True)
class FileStamp:
    """A file as last seen: where, how big, when modified."""

    path: bytes
    size: int
    mtime_ns: int


def result_key(
    video_sha: str,
    article_sha: str,
    published: date | None,
    frames: bool,
    every_frame: bool,
    sidecar_sha: str | None = None,
    shown: tuple[str | None, ...] = (),
    archive: str | None = None,
) -> str:
    """What identifies a result: the inputs' contents (a sidecar's too), the options that change a report,
    the tool version, the paths as shown (the report names them) and the archive looked up in (its
    `fingerprint`: a result matched against yesterday's archive is not reused once it changed)."""
    parts = {
        "video": video_sha,
        "article": article_sha,
        "sidecar": sidecar_sha,
        "published": published.isoformat() if published else None,
        "frames": frames,
        "every_frame": every_frame and frames,
        "version": __version__,
        "shown": [display_path(p) if p is not None else None for p in shown],
    }
    if archive is not None:  # absent otherwise, so results stored before archives existed keep their keys
        parts["archive"] = archive
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


class Store:
    """One SQLite file; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def get(self, key: str) -> PairResult | None:
        row = self._db.execute(
            "SELECT report, material, failure, seconds FROM results WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            return None
        return PairResult(_unpack(row[0]), _unpack(row[1]), row[2], row[3] or 0.0)

    def put(self, key: str, result: PairResult) -> None:
        """Keep a result; committed before this returns."""
        self._db.execute(
            "INSERT OR REPLACE INTO results (key, report, material, failure, seconds) VALUES (?, ?, ?, ?, ?)",
            (key, _pack(result.report), _pack(result.material), result.failure, result.seconds),
        )

    def known_sha256(self, path: str) -> tuple[str | None, FileStamp]:
        """The sha256 remembered for a file whose size and modification time have not changed since, if any;
        and the file's stamp, to remember a sha256 read elsewhere (by a worker) under.

        Raises:
            OSError: the file cannot be looked at.
        """
        absolute = os.path.abspath(path)
        info = os.stat(absolute)
        stamp = FileStamp(os.fsencode(absolute), info.st_size, info.st_mtime_ns)  # bytes: names need not be UTF-8
        row = self._db.execute("SELECT size, mtime_ns, sha256 FROM hashes WHERE path = ?", (stamp.path,)).fetchone()
        known = row is not None and (row[0], row[1]) == (stamp.size, stamp.mtime_ns)
        return (str(row[2]) if known else None), stamp

    def remember_sha256(self, stamp: FileStamp, digest: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO hashes (path, size, mtime_ns, sha256) VALUES (?, ?, ?, ?)",
            (stamp.path, stamp.size, stamp.mtime_ns, digest),
        )

    def file_sha256(self, path: str) -> str:
        """The sha256 of a file, read again only when its size or modification time changed."""
        digest, stamp = self.known_sha256(path)
        if digest is None:
            digest = sha256(Path(os.fsdecode(stamp.path)))
            self.remember_sha256(stamp, digest)
        return digest


def _pack(text: str | None) -> bytes | None:
    return None if text is None else zlib.compress(text.encode("utf-8"), 6)


def _unpack(blob: bytes | None) -> str | None:
    return None if blob is None else zlib.decompress(blob).decode("utf-8")
