"""Which outcomes fail a run (`--fail-on`), and the exit code that follows; for `check` and `batch` alike.

A policy is a comma-separated list of terms:

    mismatch        a pair with any mismatch finding (the default)
    unverifiable    a pair whose summary is unverifiable: nothing confirmed, nothing contradicted
    error           only what could not be evaluated fails (it always does, with exit 2)
    date.*, ...     finding codes, with shell wildcards: a finding that is not consistent and whose
                    code matches (a confirmed claim never fails a run)

Exit codes stay the contract: 2 could not evaluate, whatever the policy; 1 the policy fails; 0 otherwise.
The policy reads the report's summary and findings; it never recomputes a verdict.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass

from provenance.models import Finding, FindingCode, Report

TERMS = ("mismatch", "unverifiable", "error")
_PATTERN = re.compile(r"^[a-z0-9_.*?\[\]!-]+$")


class PolicyError(ValueError):
    """A `--fail-on` value that names no outcome and matches no finding code."""


@dataclass(frozen=True)
class FailPolicy:
    mismatch: bool = True
    unverifiable: bool = False
    codes: tuple[str, ...] = ()
    text: str = "mismatch"

    def failing(self, report: Report) -> list[Finding]:
        """The findings that make this report fail the policy (empty for a pair-level reason alone)."""
        return [
            f
            for f in report.findings
            if (self.mismatch and f.verdict == "mismatch")
            or (f.verdict != "consistent" and any(fnmatch.fnmatchcase(f.code, p) for p in self.codes))
        ]

    def fails(self, report: Report) -> bool:
        """The report fails the run: a failing finding, or an unverifiable summary when that is asked for."""
        if report.summary.verdict == "error":
            return False  # could not evaluate: exit 2, not a policy failure
        return bool(self.failing(report)) or (self.unverifiable and report.summary.verdict == "unverifiable")

    def exit_code(self, report: Report) -> int:
        """2 could not evaluate, 1 the policy fails, 0 otherwise."""
        if report.summary.verdict == "error":
            return 2
        return 1 if self.fails(report) else 0


DEFAULT_POLICY = FailPolicy()


def parse_policy(text: str) -> FailPolicy:
    """Read a `--fail-on` value.

    Raises:
        PolicyError: an empty value, or a term that is neither an outcome nor a pattern matching any finding code.
    """
    terms = [t.strip().lower() for t in text.split(",") if t.strip()]
    if not terms:
        raise PolicyError("--fail-on needs at least one of mismatch, unverifiable, error, or finding-code patterns")
    codes: list[str] = []
    for term in terms:
        if term in TERMS:
            continue
        if not _PATTERN.match(term) or not any(fnmatch.fnmatchcase(c.value, term) for c in FindingCode):
            raise PolicyError(
                f"--fail-on: {term!r} is not one of {', '.join(TERMS)} and matches no finding code "
                "(codes are listed in the README, e.g. date.mismatch, location.*)"
            )
        codes.append(term)
    return FailPolicy(
        mismatch="mismatch" in terms, unverifiable="unverifiable" in terms, codes=tuple(codes), text=",".join(terms)
    )
