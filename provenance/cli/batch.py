"""`provenance batch MANIFEST -o OUT`: every pair of a manifest, its reports, a summary and CI views.

Parses the options, calls `provenance.batch.run_batch`, writes the JUnit and Markdown views and exits
with the batch's code: 2 when any row could not be evaluated, else 1 when any pair fails --fail-on,
else 0. Ctrl-C keeps what finished (exit 130); the same command resumes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from provenance.cli.app import FAIL_ON_HELP, LookupArchiveOption, app, fail, one_line, parse_fail_on
from provenance.errors import ProvenanceError
from provenance.settings import PAIR_MEMORY_LIMIT_MB, PAIR_TIME_LIMIT_S

if TYPE_CHECKING:
    from provenance.batch.runner import BatchResult
    from provenance.report.policy import FailPolicy


@app.command("batch")
def batch_command(
    manifest: Annotated[
        str, typer.Argument(help="CSV (with a header) or JSON Lines: video, article[, id, published].")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for OUT/ID.json, summary.json and the results.")],
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: the cores).")
    ] = None,
    no_frames: Annotated[bool, typer.Option("--no-frames", help="Metadata only: never decode.")] = False,
    every_frame: Annotated[bool, typer.Option("--every-frame", help="Decode non-reference frames too.")] = False,
    junit: Annotated[Path | None, typer.Option("--junit", help="Write a JUnit XML report here.")] = None,
    markdown: Annotated[Path | None, typer.Option("--markdown", help="Write a Markdown summary table here.")] = None,
    html: Annotated[bool, typer.Option("--html", help="Write OUT/ID.html for each pair and OUT/index.html.")] = False,
    fail_on: Annotated[str, typer.Option("--fail-on", help=FAIL_ON_HELP)] = "mismatch",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Run on this Dask scheduler (tcp://HOST:PORT) instead.")
    ] = None,
    time_limit: Annotated[
        float, typer.Option("--time-limit", min=0.1, help="Seconds one pair may take before it is stopped.")
    ] = PAIR_TIME_LIMIT_S,
    memory_limit: Annotated[
        int, typer.Option("--memory-limit", min=64, help="MB one worker may use before its pair is stopped.")
    ] = PAIR_MEMORY_LIMIT_MB,
    retry_errors: Annotated[
        bool, typer.Option("--retry-errors", help="Check again the pairs an earlier run could not check.")
    ] = False,
    exiftool: Annotated[
        str | None, typer.Option(help="ExifTool executable (default: $PROVENANCE_EXIFTOOL, PATH).")
    ] = None,
    archive: LookupArchiveOption = None,
) -> None:
    """Check every video/article pair of MANIFEST; resume from what OUT already holds.

    Exit codes: 0 no pair fails, 1 a pair fails --fail-on (a mismatch), 2 a row could not be evaluated.
    """
    from provenance.batch.runner import INTERRUPTED, BatchInterrupted, BatchOptions, run_batch
    from provenance.batch.tasks import Limits
    from provenance.cli.progress import progress_for

    policy = parse_fail_on(fail_on)
    if scheduler is not None and jobs is not None:
        raise fail("--jobs does not apply with --scheduler: the cluster's workers decide how many pairs run")
    options = BatchOptions(
        frames=not no_frames,
        every_frame=every_frame,
        html=html,
        jobs=jobs,
        scheduler=scheduler,
        limits=Limits(seconds=time_limit, memory_mb=memory_limit),
        policy=policy,
        exiftool=exiftool,
        retry_errors=retry_errors,
        archive=archive,
    )
    progress = progress_for(sys.stderr)
    try:
        result = run_batch(manifest, out, options, progress)
    except BatchInterrupted as stop:
        progress.close()
        pairs = stop.result.summary.pairs
        done = sum(p.errors != [INTERRUPTED] for p in pairs)
        typer.echo(
            f"provenance: interrupted: {done} of {len(pairs)} rows have a result, kept in {one_line(str(out))}; "
            "run the same command again to resume",
            err=True,
        )
        raise typer.Exit(130) from None
    except ProvenanceError as exc:
        progress.close()
        raise fail(str(exc)) from None
    progress.close()
    _write_views(result, policy, junit, markdown)
    _say_totals(result, out)
    raise typer.Exit(result.exit_code)


def _write_views(result: BatchResult, policy: FailPolicy, junit: Path | None, markdown: Path | None) -> None:
    from provenance.batch.outputs import write_atomic

    for path, render in ((junit, _junit), (markdown, _markdown)):
        if path is None:
            continue
        try:
            write_atomic(path, render(result, policy))
        except OSError as exc:
            raise fail(f"cannot write {str(path)!r}: {exc.strerror or exc}") from None


def _junit(result: BatchResult, policy: FailPolicy) -> str:
    from provenance.report.junit import render_junit

    return render_junit(result.summary, result.reports(), result.manifest.folder_name, policy)


def _markdown(result: BatchResult, policy: FailPolicy) -> str:
    from provenance.report.markdown import render_markdown

    return render_markdown(result.summary, result.reports(), policy)


def _say_totals(result: BatchResult, out: Path) -> None:
    t, s = result.summary.totals, result.summary
    if result.manifest.ignored:
        typer.echo(
            f"provenance: note: manifest columns not read: {one_line(', '.join(result.manifest.ignored))}", err=True
        )
    typer.echo(
        f"provenance: {t.pairs} pairs: {t.consistent} consistent, {t.mismatch} mismatch, {t.unverifiable} "
        f"unverifiable, {t.error} could not be checked; {t.failed} fail --fail-on {s.fail_on}; "
        f"summary in {one_line(str(out / 'summary.json'))}",
        err=True,
    )
