"""Checks: (claims, evidence) -> findings. No file is opened here, and no decoder is imported.

Where it sits: after claim extraction and evidence building, before the report. Each check is one
module and one entry in `CHECKS` under the claim kind it reads (a date is checked against the file's
dates, the platform upload, an on-screen clock and the archive of earlier copies: four checks, each
saying nothing when its evidence is absent); file-level findings (Content Credentials, archive matches
no claim contradicts) come after the claims' ones. A finding has a stable code (`FindingCode`, listed
in the README), the verdict that code gives and one sentence of explanation. Absence of evidence
is `unverifiable`, never `consistent`. A check that fails internally becomes an `unverifiable`
finding; it never hides the others.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from provenance.checks.archive import archive_findings, check_seen_earlier
from provenance.checks.common import finding
from provenance.checks.credentials import file_findings
from provenance.checks.date import check_date
from provenance.checks.duration import check_duration
from provenance.checks.location import check_location
from provenance.checks.onscreen import check_onscreen_date
from provenance.checks.people import check_people
from provenance.checks.source import check_source
from provenance.checks.speech import check_speech
from provenance.checks.subtitles import check_subtitles
from provenance.checks.upload import check_upload
from provenance.models import Claim, ClaimKind, Finding, FindingCode, VideoEvidence

Check = Callable[[Claim, VideoEvidence, "date | None"], list[Finding]]

# claim kind -> its checks, in order; a kind without a row gets `claim.not_checked`
CHECKS: dict[ClaimKind, tuple[Check, ...]] = {
    "duration": (check_duration,),
    "date": (check_date, check_upload, check_onscreen_date, check_seen_earlier),
    "location": (check_location,),
    "people_count": (check_people,),
    "subtitle_language": (check_subtitles,),
    "spoken_language": (check_speech,),
    "source": (check_source,),
}


def run_checks(claims: list[Claim], video: VideoEvidence, published: date | None) -> list[Finding]:
    """One or more findings per claim; a failing check becomes an unverifiable finding."""
    findings: list[Finding] = []
    for claim in claims:
        if claim.kind == "hedge":  # the article's own caveat: reported as a claim, nothing to verify
            continue
        checks = CHECKS.get(claim.kind)
        if not checks:
            text = "Not checked: no check exists yet for this kind of claim."
            findings += finding(claim, FindingCode.CLAIM_NOT_CHECKED, text, [])
            continue
        for check in checks:
            try:
                findings.extend(_as_the_article_states(claim, check(claim, video, published)))
            except Exception as exc:  # noqa: BLE001 - isolate: one broken check must not hide the others
                findings += finding(
                    claim, FindingCode.CHECK_FAILED, f"The {claim.kind} check failed: {type(exc).__name__}: {exc}.", []
                )
    findings.extend(file_findings(video))
    findings.extend(archive_findings(claims, video))
    return findings


_FLIPPED = {"consistent": "mismatch", "mismatch": "consistent", "unverifiable": "unverifiable"}


def _as_the_article_states(claim: Claim, findings: list[Finding]) -> list[Finding]:
    """A refuted claim is checked the other way round: evidence against it agrees with the article, evidence
    for it contradicts the article. A reported claim keeps its verdict, and says whose claim it was."""
    if claim.stance == "refuted":
        return [
            f.model_copy(
                update={
                    "verdict": _FLIPPED[f.verdict],
                    "explanation": f"The article says this is false (stance: refuted), so the verdict is reversed: "
                    f"{f.explanation}",
                }
            )
            for f in findings
        ]
    if claim.stance == "reported":
        return [
            f.model_copy(update={"explanation": f"{f.explanation} (The article attributes this claim to others.)"})
            for f in findings
        ]
    return findings


__all__ = ["CHECKS", "run_checks", "file_findings"]
