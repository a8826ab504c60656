"""Command line: a thin layer over `provenance.check`.

It parses arguments, calls the library, renders the report (JSON or text) and turns the
summary into an exit code: 0 no mismatch, 1 at least one mismatch, 2 could not evaluate.
Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from provenance import __version__
from provenance.errors import ProvenanceError
from provenance.models import report_json_schema

app = typer.Typer(
    name="provenance",
    help="Check a video file against the article that describes it.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
)

EXIT_OK, EXIT_MISMATCH, EXIT_ERROR = 0, 1, 2


class OutputFormat(StrEnum):
    json = "json"
    text = "text"


def _fail(message: str) -> typer.Exit:
    typer.echo(f"provenance: error: {_one_line(message)}", err=True)
    return typer.Exit(EXIT_ERROR)


def _one_line(text: str) -> str:
    return " ".join(text.replace("\r", "\\r").split("\n")).strip()


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _fail(f"--published must be a date like 2017-10-03, not {value!r}") from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"provenance {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Check a video file against the article that describes it."""


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
) -> None:
    """Check VIDEO against ARTICLE and write a JSON provenance report.

    Exit codes: 0 no mismatch, 1 at least one mismatch, 2 could not evaluate.
    """
    from provenance.pipeline import check, exit_code
    from provenance.render import render_text

    publication = _parse_date(published)
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
        )
    except OSError as exc:
        raise _fail(f"cannot create the keyframes folder {str(keyframes)!r}: {exc.strerror or exc}") from None
    except ProvenanceError as exc:
        raise _fail(str(exc)) from None
    body = render_text(report) if fmt is OutputFormat.text else report.model_dump_json(indent=2) + "\n"
    if output is not None:
        try:
            output.write_text(body, encoding="utf-8")
        except OSError as exc:
            raise _fail(f"cannot write {str(output)!r}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(body)
    if report.errors:
        first = report.errors[0]
        more = f" (+{len(report.errors) - 1} more in the report)" if len(report.errors) > 1 else ""
        typer.echo(f"provenance: error: {first.stage}: {_one_line(first.message)}{more}", err=True)
    raise typer.Exit(exit_code(report))


@app.command("claims")
def claims_command(
    article: Annotated[str, typer.Argument(help="The article: .txt or .html.", show_default=False)],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
) -> None:
    """Print the claims an article makes about its video, as JSON."""
    from provenance.article import load_article
    from provenance.claims import extract_claims
    from provenance.pipeline import validate_input

    publication = _parse_date(published)
    try:
        loaded = load_article(validate_input(article, "article"), publication)
    except ProvenanceError as exc:
        raise _fail(str(exc)) from None
    claims = extract_claims(loaded.text, loaded.published, loaded.published_source)
    sys.stdout.write(json.dumps([c.model_dump(mode="json") for c in claims], indent=2, ensure_ascii=False) + "\n")


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the report."""
    sys.stdout.write(json.dumps(report_json_schema(), indent=2) + "\n")


def main() -> None:
    """Console-script entry point: no traceback ever reaches the user."""
    # Libraries (trafilatura, htmldate) log warnings; without a handler Python would print them
    # on stderr, which belongs to our one-line errors.
    logging.getLogger().addHandler(logging.NullHandler())
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        typer.echo("provenance: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, exit 2
        typer.echo(f"provenance: internal error: {type(exc).__name__}: {_one_line(str(exc))}", err=True)
        sys.exit(EXIT_ERROR)
