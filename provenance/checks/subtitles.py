"""Subtitle-language claims against the on-screen text of the keyframes: the script OCR read, and the
language lingua identified in it (Persian or Urdu, not Arabic; Ukrainian, not Russian)."""

from __future__ import annotations

from datetime import date

from provenance.checks.common import analysed, finding
from provenance.languages import LANGUAGE_SCRIPT, SCRIPT_LANGUAGES
from provenance.models import OCR_NOT_INSTALLED, Claim, Finding, FindingCode, SourcedValue, TextRegion, VideoEvidence
from provenance.settings import TEXT_LANGUAGE_CONFIDENCE as LANGUAGE_SURE


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
        evidence.append(SourcedValue(source="languages read", value=analysis.text_languages))
        return _by_language(claim, str(wanted), matching, evidence)
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


def _by_language(
    claim: Claim, script: str, lines: list[tuple[float, TextRegion]], evidence: list[SourcedValue]
) -> list[Finding]:
    """Lines in the claimed language's script: which language lingua says they are."""
    code = str(claim.value)
    if code not in SCRIPT_LANGUAGES.get(script, ()):  # lingua cannot tell this language from its neighbours
        t, line = lines[0]
        text = (
            f"On-screen text at {t:g} s reads as {script} script, as {claim.text!r} implies (its language is not "
            "one the offline detector tells apart, so the script is all that is checked)."
        )
        return _quoted(claim, FindingCode.SUBTITLES_MATCH, text, evidence, t, line)
    for t, line in lines:
        if line.language == code:
            text = f"On-screen text at {t:g} s is {code!r} (lingua, confidence {line.language_confidence:g}), as "
            return _quoted(claim, FindingCode.SUBTITLES_MATCH, text + f"{claim.text!r} says.", evidence, t, line)
    sure = [(t, line) for t, line in lines if line.language and (line.language_confidence or 0) >= LANGUAGE_SURE]
    if sure:
        t, line = sure[0]
        text = (
            f"On-screen text at {t:g} s is in {script} script but reads as {line.language!r} (lingua, confidence "
            f"{line.language_confidence:g}), not {code!r} as {claim.text!r} says; no line reads as {code!r}."
        )
        return _quoted(claim, FindingCode.SUBTITLES_OTHER_LANGUAGE, text, evidence, t, line)
    return finding(
        claim,
        FindingCode.SUBTITLES_UNREAD,
        f"Keyframes show {script} text, but its language could not be identified with confidence (lines too short, "
        f"or lingua unsure), so it is not known to be {code!r}.",
        evidence,
    )


def _quote(evidence: list[SourcedValue], t: float, line: TextRegion) -> None:
    evidence.append(SourcedValue(source=f"ocr text at {t:g} s ({line.position})", value=line.text))


def _quoted(
    claim: Claim, code: FindingCode, text: str, evidence: list[SourcedValue], t: float, line: TextRegion
) -> list[Finding]:
    """A finding that quotes the OCR line it rests on."""
    _quote(evidence, t, line)
    return finding(claim, code, text, evidence)
