"""`provenance archive add | list | remove`: the archive of earlier copies, over `provenance.archive`.

Exit codes: 0 done; 2 the archive could not be used (missing, damaged, not an archive, newer), or
a video could not be added (the others still are), or nothing to remove. `list` and `remove` load
no video stack.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from provenance.cli.app import EXIT_ERROR, OutputFormat, app, fail, one_line
from provenance.errors import ProvenanceError

archive_app = typer.Typer(
    name="archive",
    help="An archive of earlier copies: footage seen before, recognised when it comes back.",
    no_args_is_help=True,
)
app.add_typer(archive_app)

ARCHIVE_HELP = "The archive file (SQLite; `add` creates it). Default: $PROVENANCE_ARCHIVE."
ArchiveOption = Annotated[str, typer.Option("--archive", envvar="PROVENANCE_ARCHIVE", help=ARCHIVE_HELP)]


@archive_app.command("add")
def add_command(
    videos: Annotated[list[str], typer.Argument(help="The video files.", show_default=False)],
    archive: ArchiveOption,
    seen: Annotated[
        str | None,
        typer.Option(
            help="Date YYYY-MM-DD the footage existed by (else its sidecar's upload date, its recording "
            "date, or today)."
        ),
    ] = None,
    label: Annotated[str | None, typer.Option(help="A note for the desk: what it shows, what was verified.")] = None,
    exiftool: Annotated[
        str | None, typer.Option(help="ExifTool executable (default: $PROVENANCE_EXIFTOOL, then PATH).")
    ] = None,
) -> None:
    """Add videos to the archive; the same file twice keeps one entry and the earliest seen date."""
    from provenance.archive import add_videos
    from provenance.cli.app import parse_date

    when = parse_date(seen, "--seen")
    try:
        outcomes = add_videos(archive, videos, seen=when, label=label, exiftool_executable=exiftool)
    except ProvenanceError as exc:
        raise fail(str(exc)) from None
    for outcome in outcomes:
        if outcome.status == "not_added":
            typer.echo(f"provenance: error: {one_line(outcome.message)}", err=True)
        else:
            typer.echo(one_line(outcome.message))
    if any(outcome.status == "not_added" for outcome in outcomes):
        raise typer.Exit(EXIT_ERROR)


@archive_app.command("list")
def list_command(
    archive: ArchiveOption,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="json (default) or text.")] = OutputFormat.json,
) -> None:
    """What the archive holds, oldest entry first."""
    from provenance.archive import list_entries

    try:
        entries = list_entries(archive)
    except ProvenanceError as exc:
        raise fail(str(exc)) from None
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps([e.model_dump(mode="json") for e in entries], indent=2, ensure_ascii=False) + "\n")
        return
    for e in entries:
        length = f"{e.duration_s:.1f} s" if e.duration_s is not None else "? s"
        label = f"  {e.label}" if e.label else ""
        typer.echo(f"#{e.id}  seen {e.seen} ({e.seen_basis})  {length}  {e.frames} frames  {e.path}{label}")


@archive_app.command("remove")
def remove_command(
    target: Annotated[
        str, typer.Argument(help="A file with the archived content, or an entry id.", show_default=False)
    ],
    archive: ArchiveOption,
) -> None:
    """Remove one video from the archive, named by its file or its entry id."""
    from provenance.archive import remove_entry

    try:
        entry = remove_entry(archive, target)
    except ProvenanceError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"removed #{entry.id} {entry.path!r} (seen {entry.seen})")
