"""`provenance check VIDEO ARTICLE`: the report of one pair, as JSON or text, and its exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from provenance.cli.app import (
    FAIL_ON_HELP,
    LookupArchiveOption,
    OutputFormat,
    app,
    fail,
    one_line,
    parse_date,
    parse_fail_on,
)
from provenance.errors import ProvenanceError

if TYPE_CHECKING:
    from provenance.models import Report
    from provenance.report.material import PageMaterial


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
    fmt: Annotated[
        OutputFormat,
        typer.Option("--format", help="json (the report), text (a summary) or html (a self-contained page)."),
    ] = OutputFormat.json,
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
    archive: LookupArchiveOption = None,
    fail_on: Annotated[str, typer.Option("--fail-on", help=FAIL_ON_HELP)] = "mismatch",
) -> None:
    """Check VIDEO against ARTICLE and write a JSON provenance report.

    Exit codes: 0 no mismatch, 1 at least one mismatch (or what --fail-on names), 2 could not evaluate.
    """
    from provenance.pipeline import check
    from provenance.report.material import PageMaterial

    publication = parse_date(published)
    policy = parse_fail_on(fail_on)
    material = PageMaterial() if fmt is OutputFormat.html else None
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
            material=material,
        )
    except OSError as exc:
        raise fail(f"cannot create the keyframes folder {str(keyframes)!r}: {exc.strerror or exc}") from None
    except ProvenanceError as exc:
        raise fail(str(exc)) from None
    _write(_render(report, fmt, material), output)
    if report.errors:
        first = report.errors[0]
        more = f" (+{len(report.errors) - 1} more in the report)" if len(report.errors) > 1 else ""
        typer.echo(f"provenance: error: {first.stage}: {one_line(first.message)}{more}", err=True)
    raise typer.Exit(policy.exit_code(report))


def _write(body: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(body)
        return
    try:
        output.write_text(body, encoding="utf-8")
    except OSError as exc:
        raise fail(f"cannot write {str(output)!r}: {exc.strerror or exc}") from None


def _render(report: Report, fmt: OutputFormat, material: PageMaterial | None) -> str:
    if fmt is OutputFormat.text:
        from provenance.report.text import render_text

        return render_text(report)
    if fmt is OutputFormat.html:
        from provenance.report.html import render_html

        return render_html(report, material)
    from provenance.report.json import render_json

    return render_json(report)
