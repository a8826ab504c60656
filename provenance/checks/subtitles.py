"""Subtitle-language claims against the on-screen text of the keyframes and the script OCR read."""

from __future__ import annotations

from datetime import date

from provenance.checks.common import analysed, finding
from provenance.models import OCR_NOT_INSTALLED, Claim, Finding, FindingCode, SourcedValue, VideoEvidence

# Script each subtitle language is written in (ISO 639-1).
LANGUAGE_SCRIPT = {
    **dict.fromkeys(("ar", "fa", "ur", "ps", "ku"), "Arabic"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn"), "Cyrillic"),
    **dict.fromkeys(("he", "yi"), "Hebrew"),
    "el": "Greek",
    **dict.fromkeys(
        ("en", "fr", "de", "es", "it", "pt", "nl", "tr", "pl", "ro", "cs", "sv", "da", "no", "fi", "hu", "id", "az"),
        "Latin",
    ),
}


def check_subtitles(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    """Claimed subtitle language vs on-screen text on keyframes and the script OCR read."""
    analysis = analysed(claim, video)
    if isinstance(analysis, list):
        return analysis
    lines = [(k.time_s, line) for k in analysis.keyframes for line in k.text]
    evidence = [
        SourcedValue(source="keyframes examined", value=len(analysis.keyframes)),
        SourcedValue(source="keyframes with text lines", value=len({t for t, _ in lines})),
        SourcedValue(source="ocr", value=analysis.ocr),
    ]
    if not lines:
        if not analysis.complete:
            return finding(
                claim,
                FindingCode.SUBTITLES_UNREAD,
                "No on-screen text in the part of the video analysed, but the analysis did not reach the end.",
                evidence,
            )
        return finding(
            claim,
            FindingCode.SUBTITLES_NONE,
            f"None of the {len(analysis.keyframes)} keyframes shows on-screen text, so there are no "
            "burned-in subtitles.",
            evidence,
        )
    wanted = LANGUAGE_SCRIPT.get(str(claim.value))
    read = [(t, line) for t, line in lines if line.script]
    evidence.append(SourcedValue(source="scripts read", value=analysis.text_scripts))
    matching = [(t, line) for t, line in read if wanted and line.script == wanted]
    if matching:
        t, line = matching[0]
        evidence.append(SourcedValue(source=f"ocr text at {t:g} s ({line.position})", value=line.text))
        return finding(
            claim,
            FindingCode.SUBTITLES_MATCH,
            f"On-screen text at {t:g} s reads as {wanted} script, as {claim.text!r} implies.",
            evidence,
        )
    if not read:
        why = "OCR is not available" if analysis.ocr == OCR_NOT_INSTALLED else "OCR could not read it with confidence"
    elif wanted is None:
        why = f"no script is known for the language code {claim.value!r}"
    else:
        why = f"OCR read {', '.join(analysis.text_scripts)} script, not {wanted}"
    return finding(
        claim,
        FindingCode.SUBTITLES_UNREAD,
        f"Keyframes show text lines, but {why}.",
        evidence,
    )
