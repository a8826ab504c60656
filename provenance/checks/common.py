"""What every check shares: building a finding from its code, and the not-analysed finding."""

from __future__ import annotations

from provenance.models import Claim, Finding, FindingCode, FrameAnalysis, SourcedValue, VideoEvidence


def finding(claim: Claim, code: FindingCode, explanation: str, evidence: list[SourcedValue]) -> list[Finding]:
    """One finding about `claim`, with the verdict its code gives."""
    return [
        Finding(
            claim_id=claim.id,
            kind=claim.kind,
            code=code,
            verdict=code.verdict,
            explanation=explanation,
            evidence=evidence,
        )
    ]


def file_finding(code: FindingCode, explanation: str, evidence: list[SourcedValue]) -> Finding:
    """A finding about the file itself rather than a claim (`claim_id` null, `kind` file)."""
    return Finding(
        claim_id=None, kind="file", code=code, verdict=code.verdict, explanation=explanation, evidence=evidence
    )


def analysed(claim: Claim, video: VideoEvidence) -> FrameAnalysis | list[Finding]:
    """The decode pass's analysis, or a `frames.not_analysed` finding when it did not run."""
    if video.analysis is not None:
        return video.analysis
    return finding(
        claim,
        FindingCode.FRAMES_NOT_ANALYSED,
        "The frames were not analysed (metadata-only run, or no frame decodes), so this cannot be checked.",
        [],
    )
