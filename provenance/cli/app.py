"""The Typer application and what every command shares: one-line errors, dates, the version flag.

Errors are one line on stderr, never a traceback; exit codes: 0 no mismatch, 1 at least one
mismatch, 2 could not evaluate.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from provenance import __version__
from provenance.report.safe import printable

if TYPE_CHECKING:
    from provenance.report.policy import FailPolicy

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
    html = "html"


FAIL_ON_HELP = (
    "Which outcomes exit 1: mismatch (default), unverifiable (nothing confirmed), error (only what could not be "
    "evaluated fails), or finding-code patterns such as 'date.*,location.mismatch'; comma-separated. "
    "What could not be evaluated always exits 2."
)

# the archive of earlier copies to look the footage up in (`provenance archive add` makes one)
LookupArchiveOption = Annotated[
    str | None,
    typer.Option(
        "--archive", envvar="PROVENANCE_ARCHIVE", help="Also look the footage up in this archive of earlier copies."
    ),
]


def parse_fail_on(value: str) -> FailPolicy:
    """The `--fail-on` policy, or a one-line error (exit 2)."""
    from provenance.report.policy import PolicyError, parse_policy

    try:
        return parse_policy(value)
    except PolicyError as exc:
        raise fail(str(exc)) from None


def fail(message: str) -> typer.Exit:
    """Say what went wrong in one line on stderr; the exit to raise (code 2)."""
    typer.echo(f"provenance: error: {one_line(message)}", err=True)
    return typer.Exit(EXIT_ERROR)


def one_line(text: str) -> str:
    """A message as one line with no terminal control in it (file names and tags can carry both)."""
    return printable(text).strip()


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
