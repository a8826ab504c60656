"""People claims against the frontal faces the keyframes show (never a mismatch on too few faces)."""

from __future__ import annotations

from datetime import date

from provenance.checks.common import analysed, finding
from provenance.models import Claim, Finding, FindingCode, Range, SourcedValue, VideoEvidence
from provenance.settings import CLEARLY_MORE_FACES


def check_people(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    """Claimed number of people vs frontal faces per keyframe (never a mismatch on too few)."""
    analysis = analysed(claim, video)
    if isinstance(analysis, list):
        return analysis
    # "two men": exactly two; "dozens of people": at least 24, and never "too many"; a named person: at least one
    low, high = (
        (claim.value.min or 1, claim.value.max) if isinstance(claim.value, Range) else (claim.value, claim.value)
    )
    claimed = int(float(low))  # type: ignore[arg-type]
    most = int(float(high)) if high is not None else None  # type: ignore[arg-type]
    if claim.names:
        most = None  # "shows Joe Biden at a rally" says he is seen, not that he is alone
    evidence = [
        SourcedValue(source="opencv:haar_frontalface max faces in one keyframe", value=analysis.max_faces),
        SourcedValue(source="keyframes examined", value=len(analysis.keyframes)),
    ]
    exact = [k for k in analysis.keyframes if claimed <= k.faces and (most is None or k.faces <= most)]
    if exact:
        evidence.append(SourcedValue(source="keyframe time (s)", value=exact[0].time_s))
        return finding(
            claim,
            FindingCode.PEOPLE_MATCH,
            f"The keyframe at {exact[0].time_s:g} s shows {exact[0].faces} face{'s' if exact[0].faces != 1 else ''}.",
            evidence,
        )
    crowded = [k for k in analysis.keyframes if most is not None and k.faces >= most + CLEARLY_MORE_FACES]
    if crowded:
        k = max(crowded, key=lambda item: item.faces)
        evidence.append(SourcedValue(source="keyframe time (s)", value=k.time_s))
        return finding(
            claim,
            FindingCode.PEOPLE_MORE_FACES,
            f"The keyframe at {k.time_s:g} s shows {k.faces} faces together; the article says {claimed}.",
            evidence,
        )
    return finding(
        claim,
        FindingCode.PEOPLE_FEWER_FACES,
        f"At most {analysis.max_faces} frontal face{'s' if analysis.max_faces != 1 else ''} detected in one "
        f"keyframe, not {claimed}; faces turned away, masked or small are not counted.",
        evidence,
    )
