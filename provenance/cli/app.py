"""The Typer application and what every command shares: one-line errors, dates, the version flag.

Errors are one line on stderr, never a traceback; exit codes: 0 no mismatch, 1 at least one
mismatch, 2 could not evaluate.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

import typer

from provenance import __version__

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


def fail(message: str) -> typer.Exit:
    """Say what went wrong in one line on stderr; the exit to raise (code 2)."""
    typer.echo(f"provenance: error: {one_line(message)}", err=True)
    return typer.Exit(EXIT_ERROR)


def one_line(text: str) -> str:
    return " ".join(text.replace("\r", "\\r").split("\n")).strip()


def parse_date(value: str | None, option: str = "--published") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"{option} must be a date like 2017-10-03, not {value!r}") from None


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
