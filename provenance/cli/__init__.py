"""Command line: a thin layer over the library, one module per command.

    app.py      the Typer app, one-line errors, shared options
    archive.py  provenance archive add | list | remove (the archive of earlier copies)
    check.py    provenance check VIDEO ARTICLE
    batch.py    provenance batch MANIFEST -o OUT
    progress.py the batch's progress bar or plain lines
    claims.py   provenance claims ARTICLE
    schema.py   provenance schema

Each command parses its arguments, calls the library, renders the report and turns the summary
into an exit code: 0 no mismatch, 1 at least one mismatch, 2 could not evaluate. Commands import
what they need when they run, so `provenance --version` and `provenance claims` load no video stack.
"""

from __future__ import annotations

import logging
import os
import sys

import typer

from provenance.cli import archive, batch, check, claims, schema  # noqa: F401 - importing registers the commands
from provenance.cli.app import EXIT_ERROR, app, one_line


def main() -> None:
    """Console-script entry point: no traceback ever reaches the user."""
    # Libraries (trafilatura, htmldate) log warnings; without a handler Python would print them
    # on stderr, which belongs to our one-line errors.
    logging.getLogger().addHandler(logging.NullHandler())
    # Pydantic looks for plugins (observability hooks of other packages) by reading every installed package's
    # entry points (8 ms of each run here); the report's models use none. Set it to "" to let them load.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        typer.echo("provenance: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, exit 2
        typer.echo(f"provenance: internal error: {type(exc).__name__}: {one_line(str(exc))}", err=True)
        sys.exit(EXIT_ERROR)


__all__ = ["app", "main"]
