"""The summary rule and the exit code, computed from findings and errors and nothing else."""

from __future__ import annotations

from provenance.models import Counts, ErrorEntry, Finding, Report, Summary


def summarise(findings: list[Finding], errors: list[ErrorEntry]) -> Summary:
    """`error` when any part could not be read; else `mismatch` if any finding is; else
    `consistent` when at least one claim was confirmed (the unverifiable ones stay counted);
    else `unverifiable`."""
    counts = Counts(
        consistent=sum(f.verdict == "consistent" for f in findings),
        mismatch=sum(f.verdict == "mismatch" for f in findings),
        unverifiable=sum(f.verdict == "unverifiable" for f in findings),
    )
    if errors:
        verdict = "error"
    elif counts.mismatch:
        verdict = "mismatch"
    elif counts.consistent:
        verdict = "consistent"
    else:
        verdict = "unverifiable"
    return Summary(verdict=verdict, counts=counts)


def exit_code(report: Report) -> int:
    """0 no mismatch, 1 at least one mismatch, 2 could not evaluate."""
    return {"error": 2, "mismatch": 1}.get(report.summary.verdict, 0)
