"""`provenance check VIDEO ARTICLE`: the report of one pair, as JSON or text, and its exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from provenance.cli.app import OutputFormat, app, fail, one_line, parse_date
from provenance.errors import ProvenanceError

# the archive of earlier copies to look the footage up in (`provenance archive add` makes one)
ArchiveOption = Annotated[
    str | None,
    typer.Option(
        "--archive", envvar="PROVENANCE_ARCHIVE", help="Also look the footage up in this archive of earlier copies."
    ),
]


@app.command("check")
def check_command(
    video: Annotated[str, typer.Argument(help="The video file.", show_default=False)],
    article: Annotated[str, typer.Argument(help="The article: .txt or .html.", show_default=False)],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD; overrides the page's metadata.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file instead of stdout.")
    ] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="json (the report) or text (a summary).")] = (
        OutputFormat.json
    ),
    exiftool: Annotated[
        str | None, typer.Option(help="ExifTool executable (default: $PROVENANCE_EXIFTOOL, then PATH).")
    ] = None,
    no_frames: Annotated[
        bool, typer.Option("--no-frames", help="Metadata only: never decode (no shots, faces, text, audio level).")
    ] = False,
    every_frame: Annotated[
        bool,
        typer.Option(
            "--every-frame",
            help="Decode non-reference frames too: frame-exact cut, black and frozen times and a duplicated-frame "
            "count, at about 1.4x the decoding time on streams with B-frames.",
        ),
    ] = False,
    keyframes: Annotated[
        Path | None,
        typer.Option("--keyframes", help="Save each keyframe (JPEG) and contact_sheet.png in this folder."),
    ] = None,
    sidecar: Annotated[
        str | None,
        typer.Option(
            "--sidecar",
            help="The platform sidecar: yt-dlp's info.json or gallery-dl's JSON (default: NAME.info.json or "
            "NAME.EXT.json beside the video, when there is one).",
        ),
    ] = None,
    archive: ArchiveOption = None,
) -> None:
    """Check VIDEO against ARTICLE and write a JSON provenance report.

    Exit codes: 0 no mismatch, 1 at least one mismatch, 2 could not evaluate.
    """
    from provenance.pipeline import check, exit_code
    from provenance.report.json import render_json
    from provenance.report.text import render_text

    publication = parse_date(published)
    try:
        if keyframes is not None:
            keyframes.mkdir(parents=True, exist_ok=True)
        report = check(
            video,
            article,
            published=publication,
            exiftool_executable=exiftool,
            frames=not no_frames,
            every_frame=every_frame,
            keyframes_dir=keyframes,
            sidecar=sidecar,
            archive=archive,
        )
    except OSError as exc:
        raise fail(f"cannot create the keyframes folder {str(keyframes)!r}: {exc.strerror or exc}") from None
    except ProvenanceError as exc:
        raise fail(str(exc)) from None
    body = render_text(report) if fmt is OutputFormat.text else render_json(report)
    if output is not None:
        try:
            output.write_text(body, encoding="utf-8")
        except OSError as exc:
            raise fail(f"cannot write {str(output)!r}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(body)
    if report.errors:
        first = report.errors[0]
        more = f" (+{len(report.errors) - 1} more in the report)" if len(report.errors) > 1 else ""
        typer.echo(f"provenance: error: {first.stage}: {one_line(first.message)}{more}", err=True)
    raise typer.Exit(exit_code(report))
