"""The summary rule and the exit code, computed from findings, claims and errors and nothing else.

error         any part of the input could not be read
mismatch      any finding is a mismatch
consistent    at least one claim read from the article's text was confirmed (what stayed open is
              counted): a publication date given on the command line or in the page's metadata
              confirms nothing the article says about the video
unverifiable  anything else, with the reason: the article is in a language claims are not read
              from, it makes no claim about a video, or nothing it claims could be checked
"""

from __future__ import annotations

from provenance.models import Claim, Counts, ErrorEntry, Finding, Report, Summary
from provenance.report.policy import DEFAULT_POLICY

NO_CLAIM = "the article makes no claim about a video"
NOTHING_CONFIRMED = "nothing the article claims about the video could be confirmed from the file"


def summarise(
    findings: list[Finding], errors: list[ErrorEntry], claims: list[Claim] | None = None, notes: list[str] | None = None
) -> Summary:
    """The report's verdict, its counts, and the reason when it is neither consistent nor a mismatch.

    Args:
        findings: every finding of the report.
        errors: what could not be read.
        claims: the claims the findings are about (all findings count when not given).
        notes: what the article's reading noticed (a language claims are not read from), first reason.
    """
    counts = Counts(
        consistent=sum(f.verdict == "consistent" for f in findings),
        mismatch=sum(f.verdict == "mismatch" for f in findings),
        unverifiable=sum(f.verdict == "unverifiable" for f in findings),
    )
    from_text = {c.id for c in claims if c.origin == "text"} if claims is not None else None
    confirmed = [f for f in findings if f.verdict == "consistent" and (from_text is None or f.claim_id in from_text)]
    if errors:
        return Summary(verdict="error", counts=counts, reason=errors[0].message)
    if counts.mismatch:
        return Summary(verdict="mismatch", counts=counts)
    if confirmed:
        return Summary(verdict="consistent", counts=counts)
    if notes:
        reason = notes[0]
    elif from_text is not None and not from_text:
        reason = NO_CLAIM
    else:
        reason = NOTHING_CONFIRMED
    return Summary(verdict="unverifiable", counts=counts, reason=reason)


def exit_code(report: Report) -> int:
    """0 no mismatch, 1 at least one mismatch, 2 could not evaluate: the default `--fail-on` policy's."""
    return DEFAULT_POLICY.exit_code(report)
