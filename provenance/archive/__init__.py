"""The archive of earlier copies: remember the footage the desk has seen, and recognise it when it returns.

Old footage presented as new is the commonest false claim a verification desk meets. The archive
is one SQLite file that keeps, for each video added, its SHA-256, duration, label, the date by
which it existed (`seen`, with its basis) and PDQ hashes of frames sampled through it; `check
--archive` samples the checked video in its own decode pass and looks those frames up.

    store.py     the SQLite file: schema, safe opening (WAL: many readers, one writer), entries
    hashing.py   PDQ hashes of one frame: luma, plain borders trimmed, two framings, mirrored
    index.py     multi-index hashing on ten 25- and 26-bit bands: lookups that do not scan
    matching.py  the checked video's frames -> archived videos repeated in the same order
    seen.py      the date footage existed by, and its basis

The library API (the CLI's `provenance archive add | list | remove` call these)::

    from provenance.archive import add_videos, list_entries, remove_entry
    add_videos("desk.archive", ["flood.mp4"], seen=date(2016, 4, 25), label="Flood, verified")
    report = provenance.check("clip.mp4", "article.html", archive="desk.archive")
    report.video.archive_matches

Listing and removing load no video stack; adding runs the pipeline's video half
(`pipeline.examine`) with the archive's hash plan and no OCR.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from provenance.archive.index import delete_hashes, insert_hashes
from provenance.archive.seen import earlier, seen_date
from provenance.archive.store import ArchiveEntry, Store
from provenance.errors import ArchiveError, InputError
from provenance.inputs import display_path, sha256, validate_input
from provenance.models import ErrorEntry, Stage

if TYPE_CHECKING:
    from provenance.video.exiftool import ExifTool


_TOO_FLAT = "no frame detailed enough to hash (only an identical file will match)"


@dataclass(frozen=True)
class Added:
    """What became of one video given to `add_videos`."""

    video: str  # as given
    status: Literal["added", "already", "not_added"]
    message: str
    entry: ArchiveEntry | None = None


def add_videos(
    archive: str | os.PathLike[str],
    videos: Iterable[str | os.PathLike[str]],
    *,
    seen: date | None = None,
    label: str | None = None,
    exiftool: ExifTool | None = None,
    exiftool_executable: str | None = None,
    today: date | None = None,
) -> list[Added]:
    """Add videos to the archive (created when missing); a video that does not decode is not added.

    Adding the same file again (same SHA-256) keeps one entry and the earliest seen date; a new
    label replaces the old one.

    Args:
        archive: the archive file.
        videos: the video files, each kept under the path as given.
        seen: the date the footage is known to have existed by (else the sidecar's upload date,
            the recording date, or the day it is added).
        label: a note for the desk (what it shows, what was verified).
        exiftool: an ExifTool session to reuse; `exiftool_executable` which one to start otherwise.
        today: the day it is added (default: today, UTC).

    Raises:
        ArchiveError: the archive cannot be opened or written.
        ExifToolError: ExifTool cannot be started.
    """
    from provenance.video.exiftool import ExifTool

    day = today or datetime.now(UTC).date()
    # ExifTool is started first: when it is missing, no archive is created
    with (
        _session(exiftool, exiftool_executable, ExifTool) as session,
        Store.open(archive, write=True, create=True) as store,
    ):
        return [_add_one(store, video, seen, label, session, day) for video in videos]


def list_entries(archive: str | os.PathLike[str]) -> list[ArchiveEntry]:
    """Every archived video, oldest entry first.

    Raises:
        ArchiveError: the archive is missing or cannot be read.
    """
    with Store.open(archive) as store:
        return store.entries()


def remove_entry(archive: str | os.PathLike[str], target: str | os.PathLike[str]) -> ArchiveEntry:
    """Remove one archived video, named by a file with the same content or by its entry id.

    Raises:
        ArchiveError: the archive cannot be written, or holds no such video.
    """
    with Store.open(archive, write=True) as store:
        entry = _find(store, target)
        with store.writing() as connection:
            delete_hashes(connection, entry.id)
            connection.execute("DELETE FROM videos WHERE id = ?", (entry.id,))
        return entry


def _find(store: Store, target: str | os.PathLike[str]) -> ArchiveEntry:
    """An existing file is looked up by content; otherwise a whole number is an entry id."""
    shown = repr(display_path(target))
    if Path(target).is_file():
        entry = store.by_sha256(sha256(Path(target)))
        if entry is None:
            raise ArchiveError(f"{shown} is not in the archive (no entry has its SHA-256)")
        return entry
    text = os.fspath(target)
    if not text.isdigit():
        raise ArchiveError(f"{shown} is neither a file nor an entry id of the archive")
    found = store.by_id(int(text))
    if found is None:
        raise ArchiveError(f"the archive has no entry {text} (`provenance archive list` shows them)")
    return found


def _add_one(
    store: Store, video: str | os.PathLike[str], given: date | None, label: str | None, session: ExifTool, day: date
) -> Added:
    from provenance.pipeline import examine

    shown = display_path(video)
    try:
        path = validate_input(video, "video")
    except InputError as exc:
        return Added(shown, "not_added", f"not added: {exc}")
    digest = sha256(path)
    existing = store.by_sha256(digest)
    errors: list[ErrorEntry] = []
    if existing is not None:  # the dates alone: ExifTool and the sidecar, no decoding
        evidence = examine(path, errors, exiftool=session, frames=False, for_archive=True, digest=digest).evidence
        return _again(store, shown, existing, seen_date(evidence, given, day), label)
    examined = examine(path, errors, exiftool=session, for_archive=True, digest=digest)
    if examined.hashes is None:
        why = next((e.message for e in errors if e.stage == Stage.FRAMES), "no frame decodes")
        return Added(shown, "not_added", f"not added: {shown!r}: {why}")
    when, basis = seen_date(examined.evidence, given, day)
    duration = examined.evidence.duration_s
    seconds = float(duration.value) if duration is not None else None
    with store.writing() as connection:
        # another process may have added the same file while this one decoded it
        raced = connection.execute("SELECT id FROM videos WHERE sha256 = ?", (digest,)).fetchone()
        if raced is None:
            cursor = connection.execute(
                "INSERT INTO videos (sha256, path, duration_s, label, seen, seen_basis, added, frames) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (digest, shown, seconds, label, when.isoformat(), basis, day.isoformat(), len(examined.hashes)),
            )
            entry_id = int(cursor.lastrowid or 0)
            insert_hashes(connection, entry_id, examined.hashes)
    if raced is not None and (other := store.by_id(raced[0])) is not None:
        return _again(store, shown, other, (when, basis), label)
    entry = store.by_id(entry_id)
    length = f"{seconds:.1f} s" if seconds is not None else "duration unknown"
    hashed = f"{len(examined.hashes)} frames hashed" if examined.hashes else _TOO_FLAT
    return Added(shown, "added", f"added #{entry_id} {shown!r}: {length}, {hashed}, seen {when} ({basis})", entry)


def _again(store: Store, shown: str, entry: ArchiveEntry, candidate: tuple[date, str], label: str | None) -> Added:
    """The same file once more: the earliest seen date stays, a new label replaces the old."""
    current = (date.fromisoformat(entry.seen), entry.seen_basis)
    when, basis = earlier(current, candidate)  # type: ignore[arg-type]
    with store.writing() as connection:
        connection.execute(
            "UPDATE videos SET seen = ?, seen_basis = ?, label = coalesce(?, label) WHERE id = ?",
            (when.isoformat(), basis, label, entry.id),
        )
    moved = "kept" if (when, basis) == current else "moved earlier to"
    return Added(
        shown,
        "already",
        f"already archived as #{entry.id} {entry.path!r}: seen {moved} {when} ({basis})",
        store.by_id(entry.id),
    )


@contextmanager
def _session(given: ExifTool | None, executable: str | None, factory: type[ExifTool]) -> Iterator[ExifTool]:
    """The ExifTool session given, else one started here (before the archive is touched) and stopped after."""
    if given is not None:
        yield given
        return
    with factory(executable) as own:
        yield own


__all__ = ["Added", "ArchiveEntry", "Store", "add_videos", "list_entries", "remove_entry"]
