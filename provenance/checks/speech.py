"""Spoken-language claims: someone is said to speak, so a file without sound contradicts it."""

from __future__ import annotations

from datetime import date

from provenance.checks.common import analysed, finding
from provenance.models import Claim, Finding, FindingCode, SourcedValue, VideoEvidence


def check_speech(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    """Someone is said to speak: a file with no audio, or silence throughout, contradicts it."""
    audio = video.audio
    if audio is not None and not audio.present:
        return finding(
            claim,
            FindingCode.SPEECH_NO_AUDIO,
            "The file has no audio track, so nobody can be heard speaking in it.",
            [SourcedValue(source="pyav:streams", value="no audio stream")],
        )
    if audio is None or audio.silent is None:
        analysis = analysed(claim, video)
        if isinstance(analysis, list):
            return analysis
        why = audio.error if audio is not None and audio.error else "the audio could not be decoded"
        return finding(claim, FindingCode.SPEECH_AUDIO_PRESENT, f"Not checked: {why}.", [])
    evidence = [
        SourcedValue(source="pyav:audio peak (dBFS)", value=audio.peak_dbfs),
        SourcedValue(source="pyav:audio share of windows with sound", value=audio.sound_fraction),
    ]
    if audio.silent:
        level = "digital silence" if audio.peak_dbfs is None else f"a peak of {audio.peak_dbfs:g} dBFS"
        return finding(
            claim,
            FindingCode.SPEECH_NO_AUDIO,
            f"The audio track is silent throughout ({level}), so nobody can be heard speaking.",
            evidence,
        )
    return finding(
        claim,
        FindingCode.SPEECH_AUDIO_PRESENT,
        "The file carries sound, but its language cannot be identified offline.",
        evidence,
    )
