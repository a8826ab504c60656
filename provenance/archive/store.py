"""The archive's SQLite file: its schema, opening it safely, and its entries.

Where it sits: under everything in `provenance.archive`; it knows SQL and nothing of video. One
file, in WAL mode (set once, when the archive is created), so several processes read while one
writes; writers take the lock up front (`BEGIN IMMEDIATE`) and wait up to ARCHIVE_BUSY_TIMEOUT_S
for one another.

Opening never changes a file it cannot vouch for: a missing file is only created by a writer
asked to create; a file whose header is not SQLite's, or whose application id is not the
archive's, is refused before SQLite touches it (so no journal of someone else's database is
rolled back); a format newer than this version reads is refused before any write. SQLite's
own errors (a damaged page, a lock held too long) become an `ArchiveError` naming the file.

    videos  one row per archived file (by SHA-256): path as given, duration, label, seen + basis
    hashes  sampled frames: video, time, framing, PDQ hash (32 bytes)
    bands   the index: 10 rows per hash, (band number << 32 | the band's bits, hash id)

Format 1 (provenance before the index's 25- and 26-bit bands) had 16-bit band keys; such a file
is re-indexed from its stored hashes the first time it is opened, in one write transaction.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pydantic import Field

from provenance.errors import ArchiveError
from provenance.inputs import display_path
from provenance.models.common import _Model
from provenance.models.evidence import SeenBasis
from provenance.settings import ARCHIVE_BUSY_TIMEOUT_S

# "PRVA" in SQLite's application-id header field: tells an archive from any other SQLite file
APPLICATION_ID = 0x50525641
# the archive format this version writes and reads; a newer one is refused, never altered, an older one
# re-indexed (format 1: the index's 16-bit bands)
FORMAT = 2
_SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA = """
CREATE TABLE videos (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    duration_s REAL,
    label TEXT,
    seen TEXT NOT NULL,
    seen_basis TEXT NOT NULL,
    added TEXT NOT NULL,
    frames INTEGER NOT NULL
);
CREATE TABLE hashes (
    id INTEGER PRIMARY KEY,
    video INTEGER NOT NULL REFERENCES videos(id),
    t REAL NOT NULL,
    framing INTEGER NOT NULL,
    hash BLOB NOT NULL
);
CREATE INDEX hashes_by_video ON hashes(video);
CREATE TABLE bands (
    key INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    PRIMARY KEY (key, hash)
) WITHOUT ROWID;
"""


class ArchiveEntry(_Model):
    """One archived video, as `provenance archive list` prints it."""

    id: int
    path: str = Field(description="as given when it was added")
    sha256: str
    duration_s: float | None
    label: str | None
    seen: str = Field(description="ISO date by which the footage existed (the earliest known)")
    seen_basis: SeenBasis
    added: str = Field(description="ISO date it was added")
    frames: int = Field(description="sampled frames whose hashes are kept")


class Store:
    """An open archive file. Use `Store.open`; close it (or use it as a context manager) when done."""

    def __init__(self, connection: sqlite3.Connection, path: Path, shown: str, writable: bool) -> None:
        self.connection = connection
        self.path = path
        self.shown = shown
        self.writable = writable

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, write: bool = False, create: bool = False) -> Store:
        """Open an archive to read (any number of processes at once) or to write (one at a time).

        Raises:
            ArchiveError: missing (unless `create`), a directory, unreadable, not an archive, damaged,
                written by a newer version, or by an older one and not writable (to re-index it).
        """
        target = Path(path)
        shown = repr(display_path(path))
        if not target.exists() and not target.is_symlink():
            if not create:
                raise ArchiveError(f"archive not found: {shown} (`provenance archive add` creates one)")
            return cls(_create(target, shown), target, shown, writable=True)
        _vouch_for(target, shown)
        mode = "rw" if write else "ro"
        with _guard(shown):
            connection = _connect(target, mode)
        store = cls(connection, target, shown, writable=write)
        with _guard(shown, connection):
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > FORMAT:
                raise ArchiveError(
                    f"the archive {shown} was written by a newer provenance (archive format {version}; this "
                    f"version reads format {FORMAT}): upgrade provenance; nothing was changed"
                )
            connection.execute("SELECT count(*) FROM videos").fetchone()
        if version < FORMAT:
            try:
                _upgrade(target, shown)
            except ArchiveError:
                connection.close()
                raise
        return store

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- reading

    def query(self, sql: str, parameters: Any = ()) -> list[tuple[Any, ...]]:
        """Rows of one SELECT; SQLite's errors become an ArchiveError naming the file."""
        with _guard(self.shown):
            return self.connection.execute(sql, parameters).fetchall()

    def entries(self, where: str = "", parameters: Any = ()) -> list[ArchiveEntry]:
        """The archived videos, oldest entry first (optionally filtered by an SQL condition on `videos`)."""
        rows = self.query(
            "SELECT id, path, sha256, duration_s, label, seen, seen_basis, added, frames FROM videos "
            f"{'WHERE ' + where if where else ''} ORDER BY id",
            parameters,
        )
        names = ArchiveEntry.model_fields
        return [ArchiveEntry(**dict(zip(names, row, strict=True))) for row in rows]

    def fingerprint(self) -> str:
        """What the archive holds, as one digest: it changes when any entry is added, removed or relabelled
        (a batch keys its stored results by it, so a result never outlives the archive it was matched in)."""
        rows = self.query("SELECT id, sha256, seen, seen_basis, label FROM videos ORDER BY id")
        return hashlib.sha256(json.dumps(rows).encode()).hexdigest()

    def by_sha256(self, digest: str) -> ArchiveEntry | None:
        found = self.entries("sha256 = ?", (digest,))
        return found[0] if found else None

    def by_id(self, entry_id: int) -> ArchiveEntry | None:
        found = self.entries("id = ?", (entry_id,))
        return found[0] if found else None

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: every query inside sees the same state, whatever a writer does meanwhile."""
        with _guard(self.shown):
            self.connection.execute("BEGIN")
            try:
                yield self.connection
            finally:
                self.connection.execute("ROLLBACK")

    # ---------------------------------------------------------------- writing

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, the lock taken up front; rolled back whole when anything fails."""
        if not self.writable:
            raise ArchiveError(f"the archive {self.shown} was opened to read only")
        with _guard(self.shown):
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")


def _connect(target: Path, mode: str) -> sqlite3.Connection:
    """An existing archive opened in `mode` ("ro" or "rw"), waiting up to ARCHIVE_BUSY_TIMEOUT_S for a writer."""
    uri = f"file:{quote(os.fsencode(target.resolve()))}?mode={mode}"  # any name, even one not UTF-8
    return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=ARCHIVE_BUSY_TIMEOUT_S)


def _vouch_for(target: Path, shown: str) -> None:
    """Refuse, before SQLite opens it, anything that is not a readable archive file."""
    if target.is_dir():
        raise ArchiveError(f"the archive path is a directory, not a file: {shown}")
    try:
        with target.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise ArchiveError(f"cannot read the archive {shown}: {exc.strerror or exc}") from None
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise ArchiveError(f"{shown} is not a provenance archive (not an SQLite database); nothing was changed")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise ArchiveError(f"{shown} is an SQLite database but not a provenance archive; nothing was changed")


def _upgrade(target: Path, shown: str) -> None:
    """Re-index an archive an older version wrote (its hashes are kept; only the band rows change)."""
    from provenance.archive.index import rebuild

    if not _writable(target):
        raise ArchiveError(
            f"the archive {shown} was written by an older provenance and must be re-indexed once, which needs "
            "write access to it; nothing was changed"
        )
    with _guard(shown):
        connection = _connect(target, "rw")
    with Store(connection, target, shown, writable=True) as store, store.writing():
        if connection.execute("PRAGMA user_version").fetchone()[0] < FORMAT:  # not done meanwhile by another
            rebuild(connection)
            connection.execute(f"PRAGMA user_version = {FORMAT}")


def _writable(target: Path) -> bool:
    return os.access(target, os.W_OK)


def _create(target: Path, shown: str) -> sqlite3.Connection:
    """A new, empty archive in WAL mode; the name is claimed first so no existing file is overwritten."""
    try:
        target.open("xb").close()
    except FileExistsError:
        raise ArchiveError(f"the archive {shown} appeared while being created; run again") from None
    except OSError as exc:
        raise ArchiveError(f"cannot create the archive {shown}: {exc.strerror or exc}") from None
    try:
        connection = sqlite3.connect(str(target), isolation_level=None)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.executescript(f"BEGIN; {_SCHEMA} PRAGMA user_version = {FORMAT}; COMMIT;")
        connection.execute(f"PRAGMA busy_timeout = {int(ARCHIVE_BUSY_TIMEOUT_S * 1000)}")
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise ArchiveError(f"cannot create the archive {shown}: {exc}") from None
    return connection


@contextmanager
def _guard(shown: str, connection: sqlite3.Connection | None = None) -> Iterator[None]:
    """SQLite's errors as one line that names the archive and says what to do."""
    try:
        yield
    except sqlite3.Error as exc:
        if connection is not None:
            connection.close()
        raise ArchiveError(_explain(shown, exc)) from None
    except ArchiveError:
        if connection is not None:
            connection.close()
        raise


def _explain(shown: str, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "malformed" in text or "not a database" in text:
        return f"the archive {shown} is damaged ({text}): nothing was changed; restore it from a copy"
    if "locked" in text or "busy" in text:
        return f"the archive {shown} is locked by another writer for over {ARCHIVE_BUSY_TIMEOUT_S:g} s ({text})"
    if "readonly" in text or "read-only" in text:
        return f"cannot write to the archive {shown} ({text})"
    if "unable to open" in text:
        return f"cannot open the archive {shown} ({text}): is its folder readable and writable?"
    return f"the archive {shown} could not be read ({text})"
