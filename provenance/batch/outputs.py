"""What a batch writes in OUT: each pair's report (and page), the summary, the index page.

Where it sits: called by the runner as each result comes back (or is found in the store), and once at
the end. `OUT/ID.json` is the report `provenance check VIDEO ARTICLE` writes for the paths as the
manifest gives them (relative to where the batch was started: the worker checks the pair from there).
Files are written whole or not at all (a temporary name, then a rename), so an interrupt leaves no
half report.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from provenance.batch.manifest import Row
from provenance.batch.store import PairResult
from provenance.inputs import display_path
from provenance.models import BatchSummary, PairSummary, Report
from provenance.report.json import render_json
from provenance.report.material import PageMaterial
from provenance.report.policy import FailPolicy

KEPT = " (kept from an earlier run; --retry-errors checks it again)"


def write_pair(
    out: Path, row: Row, result: PairResult, policy: FailPolicy, html: bool, resumed: bool
) -> tuple[PairSummary, str | None]:
    """Write a pair's report (and page) and say what the summary says of it; also the ExifTool version."""
    if result.report is None:
        _remove(out / f"{row.id}.json", out / f"{row.id}.html")
        reason = (result.failure or "no report") + (KEPT if resumed and result.failure else "")
        return unfinished(row, reason, result.seconds, resumed), None
    report = Report.model_validate_json(result.report)
    write_atomic(out / f"{row.id}.json", render_json(report))
    if html:
        from provenance.report.html import render_html

        material = PageMaterial.from_json(result.material) if result.material else None
        write_atomic(out / f"{row.id}.html", render_html(report, material))
    elif not resumed:
        _remove(out / f"{row.id}.html")  # an earlier run's page of what was checked again would be stale
    pair = PairSummary(
        id=row.id,
        line=row.line,
        video=display_path(row.video),
        article=display_path(row.article),
        verdict=report.summary.verdict,
        exit_code=policy.exit_code(report),
        report=f"{row.id}.json",
        errors=[f"{e.stage}: {e.message}" for e in report.errors],
        counts=report.summary.counts,
        seconds=round(result.seconds, 3),
        resumed=resumed,
    )
    return pair, report.tool.exiftool_version


def unfinished(row: Row, reason: str, seconds: float | None = None, resumed: bool = False) -> PairSummary:
    """A row without a report: it could not be evaluated (exit 2)."""
    return PairSummary(
        id=row.id,
        line=row.line,
        video=display_path(row.video),
        article=display_path(row.article),
        verdict="error",
        exit_code=2,
        report=None,
        errors=[reason],
        seconds=round(seconds, 3) if seconds else None,
        resumed=resumed,
    )


def write_summary(out: Path, summary: BatchSummary, html: bool) -> None:
    write_atomic(out / "summary.json", summary.model_dump_json(indent=2) + "\n")
    if html:
        from provenance.report.html import render_index

        write_atomic(out / "index.html", render_index(summary))


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def write_atomic(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.partial")
    temporary.write_text(text, encoding="utf-8", errors="replace")
    os.replace(temporary, path)
