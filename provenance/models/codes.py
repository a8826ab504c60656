"""Stable codes as `StrEnum`s: finding codes, signal codes and pipeline stages.

Where it sits: the checks give findings a `FindingCode`, the evidence builder gives signals a
`SignalCode`, the pipeline files errors under a `Stage`. Each finding code carries the verdict it
gives an asserted claim and its meaning; each signal code its meaning. The README's tables are
tested against these enums, so the two cannot drift. The report's JSON keeps plain strings.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

Verdict = Literal["consistent", "mismatch", "unverifiable"]


class FindingCode(StrEnum):
    """A finding's stable dotted code, with the verdict it gives and what it means."""

    verdict: Verdict
    meaning: str

    def __new__(cls, value: str, verdict: Verdict, meaning: str) -> FindingCode:
        member = str.__new__(cls, value)
        member._value_ = value
        member.verdict = verdict
        member.meaning = meaning
        return member

    # one member in one to three lines, a table as the README shows it
    # fmt: off
    DURATION_MATCH = ("duration.match", "consistent",
        "the measured duration is within the tolerance of the claimed one")
    DURATION_MISMATCH = ("duration.mismatch", "mismatch",
        "the measured duration is outside the tolerance of the claimed one")
    DURATION_NO_EVIDENCE = ("duration.no_evidence", "unverifiable", "no duration could be measured from the file")
    DATE_MATCH = ("date.match", "consistent", "the claimed recording date overlaps the file's recording-date window")
    DATE_MISMATCH = ("date.mismatch", "mismatch",
        "the claimed recording date is outside the file's recording-date window")
    DATE_BEFORE_RELEASE = ("date.before_release", "consistent",
        "the file was recorded no later than the claimed release")
    DATE_AFTER_RELEASE = ("date.after_release", "mismatch", "the file's recording date is after the claimed release")
    DATE_BEFORE_PUBLICATION = ("date.before_publication", "consistent",
        "the file was recorded no later than the article's publication")
    DATE_AFTER_PUBLICATION = ("date.after_publication", "mismatch",
        "the file's recording date is after the article's publication")
    DATE_NO_EVIDENCE = ("date.no_evidence", "unverifiable", "the file carries no usable recording date")
    DATE_BEFORE_UPLOAD = ("date.before_upload", "consistent",
        "the claimed recording date is not later than the platform upload (sidecar)")
    DATE_AFTER_UPLOAD = ("date.after_upload", "mismatch",
        "the claimed recording date is after the platform upload, even allowing for time zones")
    DATE_UPLOAD_DAY = ("date.upload_day", "consistent",
        "the platform upload falls on the claimed release day (time zones allowed for)")
    DATE_UPLOADED_EARLIER = ("date.uploaded_earlier", "mismatch",
        "the platform upload is more than a day before the claimed release: the video was online earlier; the "
        "upload time and URL are given")
    DATE_UPLOAD_OTHER_DAY = ("date.upload_other_day", "unverifiable",
        "the platform upload is after the claimed release, or only a day before it (re-uploads are common)")
    DATE_ONSCREEN_MATCH = ("date.onscreen_match", "consistent",
        "a clock burned into the picture shows the claimed recording day")
    DATE_ONSCREEN_MISMATCH = ("date.onscreen_mismatch", "mismatch",
        "a clock burned into the picture shows another day than the claimed recording (camera clocks can be set "
        "wrong)")
    DATE_UNRESOLVED = ("date.unresolved", "unverifiable", "the claimed date could not be resolved to a calendar date")
    LOCATION_MATCH = ("location.match", "consistent",
        "the file's GPS position lies within the claimed place's radius (city: 30 km; region: one of its places "
        "within 25 km; country: in it or within 50 km of it)")
    LOCATION_MISMATCH = ("location.mismatch", "mismatch",
        "the file's GPS position lies beyond that radius; the distance is given")
    LOCATION_NO_EVIDENCE = ("location.no_evidence", "unverifiable",
        "the file carries no usable GPS position ((0, 0) is no fix)")
    LOCATION_UNRESOLVED = ("location.unresolved", "unverifiable", "the claimed place is not in the offline gazetteer")
    C2PA_INVALID = ("c2pa.invalid", "mismatch",
        "the file's Content Credentials fail validation: changed after signing, or a damaged manifest (a file-"
        "level finding, no claim)")
    PEOPLE_MATCH = ("people.match", "consistent", "a keyframe shows as many faces as the article says people appear")
    PEOPLE_MORE_FACES = ("people.more_faces", "mismatch",
        "a keyframe shows at least two more faces together than claimed (never for a named person, who is said to be "
        "seen, not alone); its time is given")
    PEOPLE_FEWER_FACES = ("people.fewer_faces", "unverifiable",
        "fewer faces were detected than claimed (faces can be turned away or hidden)")
    SUBTITLES_MATCH = ("subtitles.match", "consistent",
        "OCR read on-screen text identified as the claimed subtitle language (lingua), or in its script where "
        "lingua cannot tell that language")
    SUBTITLES_OTHER_LANGUAGE = ("subtitles.other_language", "mismatch",
        "OCR read text in the claimed language's script that lingua confidently identifies as another language "
        "(Persian, not Arabic)")
    SUBTITLES_NONE = ("subtitles.none", "mismatch",
        "no keyframe shows any on-screen text, though subtitles are claimed")
    SUBTITLES_UNREAD = ("subtitles.unread", "unverifiable",
        "text is on screen, but OCR is missing or could not confirm its script or language")
    SPEECH_NO_AUDIO = ("speech.no_audio", "mismatch",
        "no audio track, or silence throughout, though someone is said to speak")
    SPEECH_NONE = ("speech.none", "mismatch",
        "the voice-activity model finds no speech anywhere, though someone is said to speak (music or noise may be"
        " present)")
    SPEECH_PRESENT = ("speech.present", "unverifiable",
        "someone speaks (voice activity found); the spoken language cannot be identified offline")
    SPEECH_AUDIO_PRESENT = ("speech.audio_present", "unverifiable",
        "the file carries sound, but it could not be searched for speech (the audio did not decode)")
    SOURCE_MATCH = ("source.match", "consistent",
        "the claimed source is the sidecar's site, uploader or channel, or the text of an on-screen corner logo")
    SOURCE_UNCONFIRMED = ("source.unconfirmed", "unverifiable",
        "no sidecar or corner logo names the claimed source (cross-posting is common: never a mismatch on a name "
        "alone)")
    FRAMES_NOT_ANALYSED = ("frames.not_analysed", "unverifiable",
        "the frames were not analysed (`--no-frames`, or nothing decodes)")
    CLAIM_NOT_CHECKED = ("claim.not_checked", "unverifiable", "no check exists for this kind of claim")
    CHECK_FAILED = ("check.failed", "unverifiable", "the check itself failed; the reason is given")
    DATE_SEEN_EARLIER = ("date.seen_earlier", "mismatch",
        "the footage matches a video in the archive (--archive) that was seen before the claimed recording or "
        "release date; the archived file, its label, the seen date and how much footage matched are named")
    ARCHIVE_MATCH = ("archive.match", "unverifiable",
        "the footage matches a video in the archive and no claimed date is later than when that was seen (a "
        "file-level finding, so the desk sees the earlier copy)")
    # fmt: on


class SignalCode(StrEnum):
    """A signal's stable dotted code (a hint for the editor, never a verdict) and what it usually means."""

    meaning: str

    def __new__(cls, value: str, meaning: str) -> SignalCode:
        member = str.__new__(cls, value)
        member._value_ = value
        member.meaning = meaning
        return member

    ENCODER_FFMPEG = (
        "encoder.ffmpeg",
        "`Lavf`/`Lavc`/`libx264` strings or FFmpeg's default handler names: re-muxed or re-encoded with FFmpeg",
    )
    ENCODER_TRANSCODER = ("encoder.transcoder", "a transcoder (HandBrake) wrote the file")
    ENCODER_REMUXER = ("encoder.remuxer", "a remuxer (mkvmerge, MP4Box, Mediabunny) repackaged the streams")
    ENCODER_EDITOR = (
        "encoder.editor",
        "a video editor or its encoder SDK (Premiere, MainConcept, Final Cut, CapCut, ...) exported the file",
    )
    ENCODER_SCREEN_OR_BROWSER = ("encoder.screen_or_browser", "a screen recorder or a browser's MediaRecorder made it")
    ENCODER_SETTINGS = (
        "encoder.settings",
        "the stream carries x264/x265's settings string: a software encode (phones use hardware encoders)",
    )
    CAMERA_NO_MAKE_MODEL = (
        "camera.no_make_model",
        "no camera make or model anywhere (camera makers named in handler tags count)",
    )
    CAMERA_COMPUTER = (
        "camera.computer",
        "the recording device is a computer (e.g. `Mac15,9`): likely a screen recording",
    )
    CONTAINER_BRAND_EXTENSION = (
        "container.brand_extension",
        "the major brand does not fit the file name (`3gp5` in a `.mp4`, `isom` in a `.mov`)",
    )
    CONTAINER_STRUCTURE = ("container.structure", "ExifTool reports a structural problem (truncated atom, bad offsets)")
    DISPLAY_ODD_ROTATION = ("display.odd_rotation", "a display rotation that is not a multiple of 90 degrees")
    DISPLAY_ANAMORPHIC = ("display.anamorphic", "pixels are not square: the picture is stretched on display")
    DATES_CREATED_AFTER_MODIFIED = (
        "dates.created_after_modified",
        "a create date later than the same group's modify date",
    )
    DATES_MODIFIED_LATER = (
        "dates.modified_later",
        "modified more than one duration + 60 s after creation: changed after recording",
    )
    DATES_TRACK_DIFFERS = (
        "dates.track_differs",
        "a track's create date far from the movie's: spliced tracks or rewritten dates",
    )
    DATES_LOCAL_TIME_AS_UTC = (
        "dates.local_time_as_utc",
        "`QuickTime:CreateDate` equals the local clock time of a tag with an offset, not UTC as the spec says",
    )
    C2PA_GENERATED = ("c2pa.generated", "the Content Credentials declare algorithmic or AI-generated content")
    C2PA_EDITED = ("c2pa.edited", "the Content Credentials record edit actions")
    SIDECAR_DURATION = (
        "sidecar.duration_differs",
        "the platform sidecar's duration differs from the file's by more than 2 s: it may describe another file",
    )
    SIDECAR_ID = (
        "sidecar.id_not_in_name",
        "the file name follows yt-dlp's `[id]` naming with another id than the sidecar's: it may describe another "
        "video",
    )


class Stage(StrEnum):
    """Where in the pipeline an error happened (`Report.errors[].stage`)."""

    INPUT = "input"
    METADATA = "metadata"
    FRAMES = "frames"
    ARTICLE = "article"
    SIDECAR = "sidecar"
    CLAIMS = "claims"
    CHECKS = "checks"
