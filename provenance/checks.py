"""Checks: (claims, evidence) -> findings. No file is opened here.

Where it sits: after claim extraction and evidence building, before the report. Each
finding has a stable dotted code (listed in `CODES` and in the README), a verdict and one
sentence of explanation. Absence of evidence is `unverifiable`, never `consistent`. A check
that fails internally becomes an `unverifiable` finding; it never hides the others.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from provenance.evidence import UNKNOWN_ZONE_H
from provenance.models import Claim, Finding, Place, Range, SourcedValue, VideoEvidence, utc_instant
from provenance.places import distance_km

CODES: dict[str, str] = {
    "duration.match": "the measured duration is within the tolerance of the claimed one",
    "duration.mismatch": "the measured duration is outside the tolerance of the claimed one",
    "duration.no_evidence": "no duration could be measured from the file",
    "date.match": "the claimed recording date overlaps the file's recording-date window",
    "date.mismatch": "the claimed recording date is outside the file's recording-date window",
    "date.before_release": "the file was recorded no later than the claimed release",
    "date.after_release": "the file's recording date is after the claimed release",
    "date.before_publication": "the file was recorded no later than the article's publication",
    "date.after_publication": "the file's recording date is after the article's publication",
    "date.no_evidence": "the file carries no usable recording date",
    "date.unresolved": "the claimed date could not be resolved to a calendar date",
    "location.match": "the file's GPS position lies within the claimed place's radius",
    "location.mismatch": "the file's GPS position lies beyond the claimed place's radius",
    "location.no_evidence": "the file carries no usable GPS position",
    "location.unresolved": "the claimed place is not in the offline gazetteer",
    "c2pa.invalid": "the file's Content Credentials fail validation (a file-level finding, no claim)",
    "people.match": "a keyframe shows as many faces as the article says people appear",
    "people.more_faces": "keyframes clearly show more faces together than the article says people appear",
    "people.fewer_faces": "fewer faces were detected than claimed (faces can be turned away or hidden)",
    "subtitles.match": "on-screen text was read in the script of the claimed subtitle language",
    "subtitles.none": "no on-screen text in any keyframe, though the article says there are subtitles",
    "subtitles.unread": "on-screen text is present but OCR could not confirm its script",
    "speech.no_audio": "the file has no audio track, or only silence, though the article says someone speaks",
    "speech.audio_present": "the file carries sound; its language cannot be identified offline",
    "frames.not_analysed": "the frames were not analysed (--no-frames, or nothing decodes)",
    "claim.not_checked": "no check exists yet for this kind of claim",
    "check.failed": "the check itself failed; the reason is given",
}

# Tolerance that follows the precision of the phrase: "42-second" is right to the second,
# "a two-minute clip" to the half minute.
_UNIT_TOLERANCE_S = {"second": 1.0, "minute": 30.0, "hour": 1800.0}


def _finding(claim: Claim, code: str, verdict: str, explanation: str, evidence: list[SourcedValue]) -> Finding:
    assert code in CODES, code
    return Finding(
        claim_id=claim.id,
        kind=claim.kind,
        code=code,
        verdict=verdict,
        explanation=explanation,
        evidence=evidence,
    )


# ------------------------------------------------------------------ duration


def duration_bounds(claim: Claim) -> tuple[float, float]:
    """The range of measured durations (seconds) that agree with a duration claim."""
    unit_tol = _UNIT_TOLERANCE_S.get(claim.unit or "second", 1.0)
    if isinstance(claim.value, Range):
        low = (claim.value.min or 0.0) - unit_tol
        high = (claim.value.max if claim.value.max is not None else float("inf")) + unit_tol
        return max(low, 0.0), high
    value = float(claim.value)  # type: ignore[arg-type]
    q = claim.qualifier or ""
    if q in ("about", "around", "roughly", "approximately", "some"):
        spread = unit_tol + 0.1 * value
        return max(value - spread, 0.0), value + spread
    if q in ("nearly", "almost", "just under", "barely"):
        return max(value - max(unit_tol, 0.15 * value), 0.0), value + 1.0
    if q == "just over":
        return value - 1.0, value + max(unit_tol, 0.15 * value)
    if q in ("more than", "over", "at least"):
        return value - 0.5, float("inf")
    if q in ("less than", "under", "at most", "up to"):
        return 0.0, value + 0.5
    return max(value - unit_tol, 0.0), value + unit_tol


def check_duration(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    fact = video.duration_s
    if fact is None:
        return [
            _finding(
                claim,
                "duration.no_evidence",
                "unverifiable",
                "No duration could be measured from the video's frames, so the claim cannot be checked.",
                [],
            )
        ]
    measured = float(fact.value)
    low, high = duration_bounds(claim)
    evidence = [SourcedValue(source=fact.source, value=measured)]
    window = f"{low:g}-{high:g} s" if high != float("inf") else f"at least {low:g} s"
    if low <= measured <= high:
        return [
            _finding(
                claim,
                "duration.match",
                "consistent",
                f'The video lasts {measured:g} s, within the {window} that "{claim.text}" allows.',
                evidence,
            )
        ]
    return [
        _finding(
            claim,
            "duration.mismatch",
            "mismatch",
            f'The video lasts {measured:g} s, outside the {window} that "{claim.text}" allows.',
            evidence,
        )
    ]


# ------------------------------------------------------------------ dates


def claim_window(claim: Claim) -> tuple[datetime, datetime]:
    """UTC window of a claimed date: its day, week or month, widened by the unknown time zone."""
    start = date.fromisoformat(str(claim.value))
    if claim.precision == "week":
        end = start + timedelta(days=7)
    elif claim.precision == "month":
        end = start.replace(day=calendar.monthrange(start.year, start.month)[1]) + timedelta(days=1)
    elif claim.precision == "year":
        end = date(start.year + 1, 1, 1)
    else:
        end = start + timedelta(days=1)
    zone = timedelta(hours=UNKNOWN_ZONE_H)
    return (
        datetime.combine(start, datetime.min.time(), UTC) - zone,
        datetime.combine(end, datetime.min.time(), UTC) + zone,
    )


def check_date(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    if claim.value is None:
        return [
            _finding(
                claim,
                "date.unresolved",
                "unverifiable",
                f'"{claim.text}" could not be resolved to a date: {claim.reason or "unknown reason"}.',
                [],
            )
        ]
    recording = video.recording_date
    if recording is None:
        return [
            _finding(
                claim,
                "date.no_evidence",
                "unverifiable",
                "The file carries no usable recording date (zero and file-system dates are not evidence).",
                [],
            )
        ]
    rec_start, rec_end = utc_instant(recording.earliest_utc), utc_instant(recording.latest_utc)
    low, high = claim_window(claim)
    evidence = [
        SourcedValue(source=recording.source, value=recording.raw),
        SourcedValue(source="recording window (UTC)", value=f"{recording.earliest_utc} .. {recording.latest_utc}"),
    ]
    rec_text = f"{recording.source} ({recording.raw})"
    if claim.role == "recorded":
        if rec_start < high and rec_end > low:
            return [
                _finding(
                    claim,
                    "date.match",
                    "consistent",
                    f'{rec_text} is compatible with "{claim.text}" ({claim.value}) '
                    f"once time-zone and recording-length uncertainty is allowed for.",
                    evidence,
                )
            ]
        days = _gap_days(rec_start, rec_end, low, high)
        return [
            _finding(
                claim,
                "date.mismatch",
                "mismatch",
                f'{rec_text} lies {days:.1f} days from "{claim.text}" ({claim.value}), '
                f"beyond any time-zone uncertainty.",
                evidence,
            )
        ]
    label = "release" if claim.role == "released" else "publication"
    past = "released" if claim.role == "released" else "published"
    if rec_start < high:
        return [
            _finding(
                claim,
                f"date.before_{label}",
                "consistent",
                f"{rec_text} is not later than the claimed {label} on {claim.value}.",
                evidence,
            )
        ]
    days = (rec_start - high).total_seconds() / 86400
    return [
        _finding(
            claim,
            f"date.after_{label}",
            "mismatch",
            f"{rec_text} is {days:.1f} days after the claimed {label} on {claim.value}, "
            f"even allowing for time zones: a video cannot be recorded after it was {past}.",
            evidence,
        )
    ]


def _gap_days(a0: datetime, a1: datetime, b0: datetime, b1: datetime) -> float:
    gap = b0 - a1 if a1 <= b0 else a0 - b1
    return max(gap.total_seconds(), 0.0) / 86400


# ------------------------------------------------------------------ location

# How far from a city's centre footage can be and still be "in" it: wide enough for suburbs and a
# city's own outskirts, since GeoNames gives one point per city.
CITY_RADIUS_KM = 30.0
COUNTRY_BORDER_KM = 50.0


def check_location(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    place = claim.value
    if not isinstance(place, Place):
        return [
            _finding(
                claim,
                "location.unresolved",
                "unverifiable",
                f'"{claim.text}" is not in the offline gazetteer, so it cannot be placed on a map.',
                [],
            )
        ]
    position = video.gps or (video.gps_track.first if video.gps_track else None)
    if position is None:
        return [
            _finding(
                claim,
                "location.no_evidence",
                "unverifiable",
                "The file carries no usable GPS position ((0, 0) and empty fixes are not evidence).",
                [],
            )
        ]
    evidence = [SourcedValue(source=position.source, value=f"{position.latitude:.5f}, {position.longitude:.5f}")]
    if video.place is not None:
        evidence.append(
            SourcedValue(source=video.place.source, value=f"{video.place.name}, {video.place.country_code}")
        )
    if place.kind == "country":
        near = video.place.countries_within_50km if video.place else []
        if video.place is not None and (video.place.country_code == place.country_code or place.country_code in near):
            return [
                _finding(
                    claim,
                    "location.match",
                    "consistent",
                    f"The file's GPS position is in or within {COUNTRY_BORDER_KM:g} km of {place.name}.",
                    evidence,
                )
            ]
        where = f"near {video.place.name}, {video.place.country_code}" if video.place else "elsewhere"
        return [
            _finding(
                claim,
                "location.mismatch",
                "mismatch",
                f"The file's GPS position is {where}, not within {COUNTRY_BORDER_KM:g} km of {place.name}.",
                evidence,
            )
        ]
    distance = distance_km(position.latitude, position.longitude, place.latitude, place.longitude)
    evidence.append(SourcedValue(source=f"distance to {place.name} (km)", value=round(distance, 1)))
    if distance <= CITY_RADIUS_KM:
        return [
            _finding(
                claim,
                "location.match",
                "consistent",
                f"The file's GPS position is {distance:.1f} km from {place.name}, within {CITY_RADIUS_KM:g} km.",
                evidence,
            )
        ]
    return [
        _finding(
            claim,
            "location.mismatch",
            "mismatch",
            f"The file's GPS position is {distance:.0f} km from {place.name}, beyond {CITY_RADIUS_KM:g} km.",
            evidence,
        )
    ]


# ------------------------------------------------------------------ people, subtitles, speech

# How many more faces than claimed must appear together before "clearly more" is said:
# the Haar cascade's false faces come one at a time.
CLEARLY_MORE_FACES = 2


def _not_analysed(claim: Claim, video: VideoEvidence) -> list[Finding] | None:
    if video.analysis is not None:
        return None
    return [
        _finding(
            claim,
            "frames.not_analysed",
            "unverifiable",
            "The frames were not analysed (metadata-only run, or no frame decodes), so this cannot be checked.",
            [],
        )
    ]


def check_people(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    """Claimed number of people vs frontal faces per keyframe (never a mismatch on too few)."""
    skipped = _not_analysed(claim, video)
    if skipped is not None:
        return skipped
    analysis = video.analysis
    assert analysis is not None
    claimed = int(float(claim.value))  # type: ignore[arg-type]
    evidence = [
        SourcedValue(source="opencv:haar_frontalface max faces in one keyframe", value=analysis.max_faces),
        SourcedValue(source="keyframes examined", value=len(analysis.keyframes)),
    ]
    exact = [k for k in analysis.keyframes if k.faces == claimed]
    if exact:
        evidence.append(SourcedValue(source="keyframe time (s)", value=exact[0].time_s))
        return [
            _finding(
                claim,
                "people.match",
                "consistent",
                f"The keyframe at {exact[0].time_s:g} s shows {claimed} face{'s' if claimed != 1 else ''}.",
                evidence,
            )
        ]
    crowded = [k for k in analysis.keyframes if k.faces >= claimed + CLEARLY_MORE_FACES]
    if crowded:
        k = max(crowded, key=lambda item: item.faces)
        evidence.append(SourcedValue(source="keyframe time (s)", value=k.time_s))
        return [
            _finding(
                claim,
                "people.more_faces",
                "mismatch",
                f"The keyframe at {k.time_s:g} s shows {k.faces} faces together; the article says {claimed}.",
                evidence,
            )
        ]
    return [
        _finding(
            claim,
            "people.fewer_faces",
            "unverifiable",
            f"At most {analysis.max_faces} frontal face{'s' if analysis.max_faces != 1 else ''} detected in one "
            f"keyframe, not {claimed}; faces turned away, masked or small are not counted.",
            evidence,
        )
    ]


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
    skipped = _not_analysed(claim, video)
    if skipped is not None:
        return skipped
    analysis = video.analysis
    assert analysis is not None
    lines = [(k.time_s, line) for k in analysis.keyframes for line in k.text]
    evidence = [
        SourcedValue(source="keyframes examined", value=len(analysis.keyframes)),
        SourcedValue(source="keyframes with text lines", value=len({t for t, _ in lines})),
        SourcedValue(source="ocr", value=analysis.ocr),
    ]
    if not lines:
        if not analysis.complete:
            return [
                _finding(
                    claim,
                    "subtitles.unread",
                    "unverifiable",
                    "No on-screen text in the part of the video analysed, but the analysis did not reach the end.",
                    evidence,
                )
            ]
        return [
            _finding(
                claim,
                "subtitles.none",
                "mismatch",
                f"None of the {len(analysis.keyframes)} keyframes shows on-screen text, so there are no "
                "burned-in subtitles.",
                evidence,
            )
        ]
    wanted = LANGUAGE_SCRIPT.get(str(claim.value))
    read = [(t, line) for t, line in lines if line.script]
    evidence.append(SourcedValue(source="scripts read", value=analysis.text_scripts))
    matching = [(t, line) for t, line in read if wanted and line.script == wanted]
    if matching:
        t, line = matching[0]
        evidence.append(SourcedValue(source=f"ocr text at {t:g} s ({line.position})", value=line.text))
        return [
            _finding(
                claim,
                "subtitles.match",
                "consistent",
                f"On-screen text at {t:g} s reads as {wanted} script, as {claim.text!r} implies.",
                evidence,
            )
        ]
    if not read:
        why = "OCR is not available" if "not installed" in analysis.ocr else "OCR could not read it with confidence"
    elif wanted is None:
        why = f"no script is known for the language code {claim.value!r}"
    else:
        why = f"OCR read {', '.join(analysis.text_scripts)} script, not {wanted}"
    return [
        _finding(
            claim,
            "subtitles.unread",
            "unverifiable",
            f"Keyframes show text lines, but {why}.",
            evidence,
        )
    ]


def check_speech(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    """Someone is said to speak: a file with no audio, or silence throughout, contradicts it."""
    audio = video.audio
    if audio is not None and not audio.present:
        return [
            _finding(
                claim,
                "speech.no_audio",
                "mismatch",
                "The file has no audio track, so nobody can be heard speaking in it.",
                [SourcedValue(source="pyav:streams", value="no audio stream")],
            )
        ]
    if audio is None or audio.silent is None:
        skipped = _not_analysed(claim, video)
        if skipped is not None:
            return skipped
        why = audio.error if audio is not None and audio.error else "the audio could not be decoded"
        return [_finding(claim, "speech.audio_present", "unverifiable", f"Not checked: {why}.", [])]
    evidence = [
        SourcedValue(source="pyav:audio peak (dBFS)", value=audio.peak_dbfs),
        SourcedValue(source="pyav:audio share of windows with sound", value=audio.sound_fraction),
    ]
    if audio.silent:
        level = "digital silence" if audio.peak_dbfs is None else f"a peak of {audio.peak_dbfs:g} dBFS"
        return [
            _finding(
                claim,
                "speech.no_audio",
                "mismatch",
                f"The audio track is silent throughout ({level}), so nobody can be heard speaking.",
                evidence,
            )
        ]
    return [
        _finding(
            claim,
            "speech.audio_present",
            "unverifiable",
            "The file carries sound, but its language cannot be identified offline.",
            evidence,
        )
    ]


# ------------------------------------------------------------------ dispatch

Check = Callable[[Claim, VideoEvidence, "date | None"], list[Finding]]
_CHECKS: dict[str, Check] = {
    "duration": check_duration,
    "date": check_date,
    "location": check_location,
    "people_count": check_people,
    "subtitle_language": check_subtitles,
    "spoken_language": check_speech,
}


_NOT_CHECKED_YET = {
    "source": "a claimed source cannot be confirmed from the file itself",
}


def run_checks(claims: list[Claim], video: VideoEvidence, published: date | None) -> list[Finding]:
    """One or more findings per claim; a failing check becomes an unverifiable finding."""
    findings: list[Finding] = []
    for claim in claims:
        if claim.kind == "hedge":  # the article's own caveat: reported as a claim, nothing to verify
            continue
        check = _CHECKS.get(claim.kind)
        if check is None:
            why = _NOT_CHECKED_YET.get(claim.kind, "no check exists yet for this kind of claim")
            findings.append(_finding(claim, "claim.not_checked", "unverifiable", f"Not checked: {why}.", []))
            continue
        try:
            findings.extend(check(claim, video, published))
        except Exception as exc:  # noqa: BLE001 - isolate: one broken check must not hide the others
            findings.append(
                _finding(
                    claim,
                    "check.failed",
                    "unverifiable",
                    f"The {claim.kind} check failed: {type(exc).__name__}: {exc}.",
                    [],
                )
            )
    findings.extend(file_findings(video))
    return findings


def file_findings(video: VideoEvidence) -> list[Finding]:
    """Findings about the file itself rather than a claim: today, Content Credentials that fail validation.

    A manifest that does not validate means the file was changed after it was signed (or the
    manifest is damaged): a mismatch between the file and its own provenance record.
    """
    credentials = video.content_credentials
    if credentials is None or not credentials.present or credentials.validation_state != "Invalid":
        return []
    informational = (".trusted", ".untrusted", ".validated", ".match")
    failures = [c for c in credentials.status_codes if not c.endswith(informational)]
    shown = ", ".join(failures or credentials.status_codes) or "no status code given"
    return [
        Finding(
            claim_id=None,
            kind="file",
            code="c2pa.invalid",
            verdict="mismatch",
            explanation=f"The file's Content Credentials fail validation ({shown}): "
            "it was changed after signing or its manifest is damaged.",
            evidence=[
                SourcedValue(source="c2pa:validation_state", value=credentials.validation_state),
                *(SourcedValue(source="c2pa:validation_status", value=code) for code in credentials.status_codes),
            ],
        )
    ]
