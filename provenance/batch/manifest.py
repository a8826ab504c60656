"""The batch manifest: CSV with a header, or JSON Lines; one video/article pair a row.

Where it sits: first step of a batch run (`batch.runner`). Each row names a `video` and an `article`
(paths relative to the manifest's folder, or absolute), optionally an `id` (the report's file name;
by default the video's name) and a `published` date (YYYY-MM-DD). A per-pair option is one more row of
`COLUMNS`. Other columns are ignored and named once.

A row that cannot be used (a missing or empty file, a bad date, a line that is not JSON) becomes that
row's error, never the batch's; only a manifest that cannot be read at all (missing, binary, without a
`video` and an `article` column) raises `ManifestError`.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from provenance.errors import InputError, ProvenanceError
from provenance.inputs import display_path, validate_input

# column -> what it holds; `video` and `article` are required
COLUMNS = {
    "video": "the video file, relative to the manifest's folder",
    "article": "the article file, relative to the manifest's folder",
    "id": "the pair's id: its report is OUT/ID.json (default: the video's file name without extension)",
    "published": "the article's publication date, YYYY-MM-DD (overrides the page's metadata)",
    "sidecar": "the platform sidecar (yt-dlp info.json, gallery-dl JSON); by default the one beside the video",
}
JSON_LINES_SUFFIXES = {".jsonl", ".ndjson", ".json"}
# names the batch writes in OUT beside the reports: no pair may take them
RESERVED_IDS = {"summary", "index", "results", "workers"}
MAX_ID_LENGTH = 100
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9._-]+")


class ManifestError(ProvenanceError):
    """The manifest cannot be read at all."""


@dataclass(frozen=True)
class Row:
    """One manifest row: where its files are, or why it cannot be checked."""

    line: int  # the row's line in the manifest (the CSV header is line 1)
    id: str
    video: str  # as shown in the reports: the manifest's folder joined with the row's path
    article: str
    published: date | None = None
    sidecar: str | None = None  # as shown, when the row names one
    problem: str | None = None  # why this row cannot be checked


@dataclass(frozen=True)
class Manifest:
    path: Path
    rows: list[Row]
    ignored: list[str]  # columns that were not read

    @property
    def folder_name(self) -> str:
        """The manifest's folder's name (JUnit's classname)."""
        return Path(os.path.abspath(self.path)).parent.name or "manifest"


def read_manifest(path: str | os.PathLike[str]) -> Manifest:
    """Read a manifest; every row comes back, the unusable ones with their problem.

    Raises:
        ManifestError: the manifest is missing, empty, binary, or has no `video` and `article` columns.
    """
    try:
        source = validate_input(path, "manifest")
    except InputError as exc:
        raise ManifestError(str(exc)) from None
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise ManifestError(f"cannot read the manifest: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192]:
        raise ManifestError(f"the manifest {display_path(path)!r} is a binary file, not CSV or JSON Lines")
    # file names that are not UTF-8 are legal on Linux: keep their bytes (shown with U+FFFD)
    text = data.decode("utf-8-sig", "surrogateescape")
    folder = os.path.dirname(os.fspath(path))
    entries = _json_lines(text) if _is_json_lines(source, text) else _csv(text, display_path(path))
    ignored: set[str] = set()
    rows = []
    for line, fields in entries:
        if isinstance(fields, dict):
            ignored.update(k for k in fields if k not in COLUMNS)
        rows.append(_row(line, fields, folder))
    return Manifest(source, _with_ids(rows), sorted(ignored))


def _is_json_lines(path: Path, text: str) -> bool:
    if path.suffix.lower() in JSON_LINES_SUFFIXES:
        return True
    return path.suffix.lower() != ".csv" and text.lstrip().startswith("{")


def _csv(text: str, shown: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    columns = [h.strip().lower() for h in header or []]
    if "video" not in columns or "article" not in columns:
        raise ManifestError(
            f"the manifest {shown!r} needs a header with 'video' and 'article' columns "
            f"(CSV with a header, or JSON Lines), not {', '.join(repr(c) for c in columns) or 'nothing'}"
        )
    for values in reader:
        if not any(v.strip() for v in values):
            continue  # a blank line
        if len(values) > len(columns):
            yield reader.line_num, f"the row has {len(values)} fields, the header {len(columns)}"
            continue
        yield reader.line_num, {c: v.strip() for c, v in zip(columns, values, strict=False) if c}


def _json_lines(text: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, f"the line is not valid JSON ({exc.msg} at column {exc.colno})"
            continue
        if not isinstance(value, dict):
            yield number, "the line is not a JSON object with 'video' and 'article'"
            continue
        yield number, {str(k).strip().lower(): v for k, v in value.items()}


def _row(line: int, fields: dict[str, Any] | str, folder: str) -> Row:
    if isinstance(fields, str):
        return Row(line, "", "", "", problem=fields)
    given = {name: fields.get(name) for name in COLUMNS}
    wanted_id = given["id"]
    shown = {name: _shown(folder, given[name]) for name in ("video", "article")}
    row = Row(line, "" if wanted_id is None else str(wanted_id).strip(), shown["video"], shown["article"])
    for name in ("video", "article"):
        if not shown[name]:
            return replace(row, problem=f"no {name} path in the row")
    if given["sidecar"] not in (None, ""):
        row = replace(row, sidecar=_shown(folder, given["sidecar"]) or None)
    published = given["published"]
    if published not in (None, ""):
        try:
            row = replace(row, published=date.fromisoformat(str(published).strip()))
        except ValueError:
            return replace(row, problem=f"published must be a date like 2017-10-03, not {published!r}")
    for name, path in (("video", row.video), ("article", row.article), ("sidecar", row.sidecar)):
        if path is None:
            continue
        try:
            validate_input(path, name)
        except InputError as exc:
            return replace(row, problem=str(exc))
        except (ValueError, OSError) as exc:  # a NUL byte in the name, a path too long
            return replace(row, problem=f"unusable {name} path {display_path(path)!r}: {exc}")
    return row


def _shown(folder: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        return ""
    return os.path.normpath(os.path.join(folder, value.strip())) if folder else os.path.normpath(value.strip())


def _with_ids(rows: list[Row]) -> list[Row]:
    """Every row gets an id that is a safe, unique file name (case-insensitively: macOS, Windows)."""
    used = set(RESERVED_IDS)
    out = []
    for row in rows:
        base = row.id or (Path(row.video).stem if row.video else "") or f"row-{row.line}"
        base = _UNSAFE_ID.sub("_", display_path(base)).strip("._")[:MAX_ID_LENGTH] or f"row-{row.line}"
        candidate, n = base, 1
        while candidate.casefold() in used:
            n += 1
            candidate = f"{base}-{n}"
        used.add(candidate.casefold())
        out.append(replace(row, id=candidate))
    return out
