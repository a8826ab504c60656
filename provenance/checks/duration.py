"""Duration claims against the duration measured from the video's packet timestamps."""

from __future__ import annotations

from datetime import date

from provenance.checks.common import finding
from provenance.models import Claim, Finding, FindingCode, Range, SourcedValue, VideoEvidence
from provenance.settings import ABOUT_SHARE, NEARLY_SHARE, UNIT_TOLERANCE_S


def duration_bounds(claim: Claim) -> tuple[float, float]:
    """The range of measured durations (seconds) that agree with a duration claim."""
    unit_tol = UNIT_TOLERANCE_S.get(claim.unit or "second", 1.0)
    if isinstance(claim.value, Range):
        low = (claim.value.min or 0.0) - unit_tol
        high = (claim.value.max if claim.value.max is not None else float("inf")) + unit_tol
        return max(low, 0.0), high
    value = float(claim.value)  # type: ignore[arg-type]
    q = claim.qualifier or ""
    if q in ("about", "around", "roughly", "approximately", "some"):
        spread = unit_tol + ABOUT_SHARE * value
        return max(value - spread, 0.0), value + spread
    if q in ("nearly", "almost", "just under", "barely"):
        return max(value - max(unit_tol, NEARLY_SHARE * value), 0.0), value + 1.0
    if q == "just over":
        return value - 1.0, value + max(unit_tol, NEARLY_SHARE * value)
    if q in ("more than", "over", "at least"):
        return value - 0.5, float("inf")
    if q in ("less than", "under", "at most", "up to"):
        return 0.0, value + 0.5
    return max(value - unit_tol, 0.0), value + unit_tol


def check_duration(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    fact = video.duration_s
    if fact is None:
        return finding(
            claim,
            FindingCode.DURATION_NO_EVIDENCE,
            "No duration could be measured from the video's frames, so the claim cannot be checked.",
            [],
        )
    measured = float(fact.value)
    low, high = duration_bounds(claim)
    evidence = [SourcedValue(source=fact.source, value=measured)]
    window = f"{low:g}-{high:g} s" if high != float("inf") else f"at least {low:g} s"
    if low <= measured <= high:
        return finding(
            claim,
            FindingCode.DURATION_MATCH,
            f'The video lasts {measured:g} s, within the {window} that "{claim.text}" allows.',
            evidence,
        )
    return finding(
        claim,
        FindingCode.DURATION_MISMATCH,
        f'The video lasts {measured:g} s, outside the {window} that "{claim.text}" allows.',
        evidence,
    )
