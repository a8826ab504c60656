"""Spoken-language claims: someone is said to speak, so a file without sound, or without a voice, contradicts it.

The voice-activity model (Silero VAD, in the evidence's `audio.speech`) says whether anyone speaks;
which language they speak cannot be told offline (no spoken-language model ships in a package this
tool installs), so speech present is unverifiable.
"""

from __future__ import annotations

from datetime import date

from provenance.checks.common import analysed, finding
from provenance.models import Claim, Finding, FindingCode, SourcedValue, VideoEvidence


def check_speech(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    """Someone is said to speak: no audio, silence throughout, or sound without a voice contradicts it."""
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
    speech = audio.speech
    if speech is None:
        why = audio.error or "the voice-activity model did not run"
        return finding(claim, FindingCode.SPEECH_AUDIO_PRESENT, f"The file carries sound, but {why}.", evidence)
    evidence.append(SourcedValue(source="silero-vad: seconds of speech", value=speech.seconds))
    if not speech.present:
        return finding(
            claim,
            FindingCode.SPEECH_NONE,
            f"The voice-activity model finds no speech ({speech.seconds:g} s of voice in {audio.duration_s or 0:g} s "
            f"of sound, {audio.sound_fraction or 0:.0%} of it audible): the track holds music or noise, nobody "
            "speaking.",
            evidence,
        )
    first = speech.segments[0].start_s if speech.segments else 0.0
    return finding(
        claim,
        FindingCode.SPEECH_PRESENT,
        f"Someone speaks ({speech.seconds:g} s, {speech.share:.0%} of the audio, from {first:g} s on), but the "
        "spoken language cannot be identified offline.",
        evidence,
    )
