"""The one place that knows the order of the stages: `check(video, article) -> Report`.

    article --load--> Article --extract--> [Claim] ------------------------------+
                                                                                 +--check--> [Finding] --> Report
    video --exiftool--> tags ------+                                              |
          --probe-----> packets ---+--decode--> FrameAnalysis --+--build--> VideoEvidence
          --c2pa------> credentials ----------------------------+
          --sidecar---> Platform (NAME.info.json beside it) ----+

Content problems (not a video, truncated, unreadable article) never raise: they become
entries in `Report.errors` and the rest of the report is still filled. Only unusable
paths (missing, directory, empty) raise `InputError`, because then there is nothing to
report on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from provenance import __version__
from provenance.article.claims import extract_claims, language_note
from provenance.article.language import Detected, detect_language
from provenance.article.load import Article, load_article
from provenance.checks import run_checks
from provenance.errors import ArticleError, ExifToolError, MediaError, SidecarError
from provenance.inputs import display_path, sha256, validate_input
from provenance.models import ArticleInput, Claim, ErrorEntry, Inputs, Platform, Report, Stage, ToolInfo, VideoInput
from provenance.report.contact_sheet import contact_sheet, encoded, write_contact_sheet
from provenance.report.material import PageMaterial
from provenance.report.summary import exit_code, summarise
from provenance.video.credentials import read_credentials
from provenance.video.decode import Decoded, decode
from provenance.video.evidence import build_evidence
from provenance.video.exiftool import ExifTool, read_everything
from provenance.video.probe import Probe, probe, problem
from provenance.video.sidecar import find_sidecar, read_sidecar


@dataclass(frozen=True)
class ArticleSide:
    """The article loaded, its language and claims, or the error that stopped the loading."""

    article: Article | None
    claims: list[Claim]
    language: Detected | None = None
    notes: list[str] = field(default_factory=list)  # what the reader must know first (a language not read)
    error: ErrorEntry | None = None


def read_article(path: str | os.PathLike[str], published: date | None = None) -> ArticleSide:
    """Load the article, detect its language and extract its claims; an unreadable article is the error,
    never an exception."""
    try:
        loaded = load_article(Path(path), published)
    except ArticleError as exc:
        return ArticleSide(None, [], error=ErrorEntry(stage=Stage.ARTICLE, message=str(exc)))
    language = detect_language(loaded.text)
    notes = [note] if (note := language_note(language.code)) else []
    claims = extract_claims(loaded.text, loaded.published, loaded.published_source, loaded.title, language.code)
    return ArticleSide(loaded, claims, language, notes)


def check(
    video: str | os.PathLike[str],
    article: str | os.PathLike[str],
    *,
    published: date | None = None,
    exiftool: ExifTool | None = None,
    exiftool_executable: str | None = None,
    frames: bool = True,
    every_frame: bool = False,
    keyframes_dir: str | os.PathLike[str] | None = None,
    sidecar: str | os.PathLike[str] | None = None,
    article_side: ArticleSide | None = None,
    material: PageMaterial | None = None,
) -> Report:
    """Check a video against the article that describes it.

    Args:
        video: the video file.
        article: the article (.txt, .md, .html or .json).
        published: publication date; overrides the page's metadata.
        exiftool: an ExifTool session to reuse (one is started and stopped otherwise).
        exiftool_executable: which exiftool to start when no session is given.
        frames: False for metadata only: the video is demuxed but never decoded, so shots,
            faces, text and audio level are absent and the claims that need them unverifiable.
        every_frame: decode non-reference frames too (frame-exact boundaries, duplicated frames
            counted); by default the decoder skips them, which no other frame depends on.
        keyframes_dir: save each keyframe as JPEG and a contact sheet there.
        sidecar: the platform sidecar (yt-dlp info.json, gallery-dl JSON); by default `NAME.info.json`
            or `NAME.EXT.json` beside the video is used when there is one.
        article_side: the article already read by `read_article` with the same `published` (a batch
            reads an article shared by many pairs once).
        material: filled with what the HTML view shows beside the report: the article's text, each
            keyframe's thumbnail and the contact sheet.

    Returns:
        The report; its `errors` say what could not be read.

    Raises:
        InputError: a path is missing, a directory, or empty.
    """
    video_path = validate_input(video, "video")
    article_path = validate_input(article, "article")
    sidecar_path = validate_input(sidecar, "sidecar") if sidecar is not None else None
    side = article_side if article_side is not None else read_article(article_path, published)
    loaded, claims, notes = side.article, side.claims, side.notes
    errors: list[ErrorEntry] = [side.error] if side.error is not None else []

    tags, embedded, exiftool_version = _read_tags(video_path, exiftool, exiftool_executable, errors)
    facts = _probe(video_path, tags, errors, decode=frames)
    platform = _platform(video_path, sidecar_path, sidecar, errors)
    saved = Path(keyframes_dir) if keyframes_dir else None
    decoded = _decode(video_path, facts, errors, saved, every_frame, material is not None) if frames else None
    if saved is not None and decoded is not None:
        write_contact_sheet(decoded.analysis.keyframes, decoded.thumbnails, saved)
    if material is not None:
        _fill(material, loaded, decoded)
    credentials, credential_times = read_credentials(str(video_path))
    evidence = build_evidence(
        tags, facts, embedded, credentials, decoded, credential_times, platform=platform, video_name=video_path.name
    )
    findings = run_checks(claims, evidence, loaded.published if loaded else None)

    return Report(
        tool=ToolInfo(name="provenance", version=__version__, exiftool_version=exiftool_version),
        inputs=Inputs(
            video=VideoInput(path=display_path(video), size_bytes=video_path.stat().st_size, sha256=sha256(video_path)),
            article=ArticleInput(path=display_path(article), sha256=sha256(article_path)),
        ),
        video=evidence,
        article=loaded.info(side.language, notes) if loaded else None,
        claims=claims,
        findings=findings,
        summary=summarise(findings, errors, claims, notes),
        errors=errors,
    )


def _read_tags(
    path: Path, session: ExifTool | None, executable: str | None, errors: list[ErrorEntry]
) -> tuple[dict[str, Any], list, str | None]:
    """All tags, and the fixes of embedded GPS streams, through one ExifTool session."""
    try:
        if session is not None:
            return *read_everything(session, path), session.version
        with ExifTool(executable) as own:
            return *read_everything(own, path), own.version
    except ExifToolError as exc:
        errors.append(ErrorEntry(stage=Stage.METADATA, message=str(exc)))
        return {}, [], session.version if session is not None else None


def _probe(path: Path, tags: dict[str, Any], errors: list[ErrorEntry], decode: bool = True) -> Probe | None:
    try:
        facts = probe(str(path), decode=decode, audio=not decode)  # metadata-only: meter the audio here
    except MediaError as exc:
        file_type = tags.get("File:FileType")
        kind = f" (ExifTool identifies it as {file_type})" if file_type else ""
        errors.append(ErrorEntry(stage=Stage.FRAMES, message=f"the video could not be opened: {exc}{kind}"))
        return None
    stated = [v for k, v in tags.items() if k.endswith(":Duration") and isinstance(v, int | float)]
    why = problem(facts, stated, decode)
    if why is not None:
        errors.append(ErrorEntry(stage=Stage.FRAMES, message=why))
    return facts


def _platform(
    video: Path, given: Path | None, shown: str | os.PathLike[str] | None, errors: list[ErrorEntry]
) -> Platform | None:
    """The sidecar given, else the one beside the video; a malformed one is an error of its own stage."""
    path = given if given is not None else find_sidecar(video)
    if path is None:
        return None
    try:
        return read_sidecar(path, display_path(shown) if given is not None and shown is not None else None)
    except SidecarError as exc:
        errors.append(ErrorEntry(stage=Stage.SIDECAR, message=str(exc)))
        return None


def _decode(
    path: Path,
    facts: Probe | None,
    errors: list[ErrorEntry],
    keyframes: Path | None,
    every_frame: bool,
    thumbnails: bool = False,
) -> Decoded | None:
    """The decode pass, only over a video whose first frame decodes (the others already have their error)."""
    if facts is None or not facts.has_video_stream or not facts.packet_count or not facts.first_frame_decoded:
        return None
    try:
        decoded = decode(str(path), facts, every_frame=every_frame, keyframes_dir=keyframes, thumbnails=thumbnails)
    except MediaError as exc:
        errors.append(ErrorEntry(stage=Stage.FRAMES, message=f"frame analysis failed: {exc}"))
        return None
    if decoded.analysis.timing.decoded_frames == 0:
        errors.append(ErrorEntry(stage=Stage.FRAMES, message="no video frame decodes in the analysis pass"))
        return None
    return decoded


def _fill(material: PageMaterial, loaded: Article | None, decoded: Decoded | None) -> None:
    """The article's text and the keyframe pictures, for the HTML view."""
    material.article_text = loaded.text if loaded is not None else None
    if decoded is None:
        return
    material.keyframes = [encoded(t, ".jpg") for t in decoded.thumbnails]
    sheet = contact_sheet(decoded.analysis.keyframes, decoded.thumbnails)
    material.contact_sheet = encoded(sheet, ".png") if sheet is not None else None


__all__ = ["ArticleSide", "check", "exit_code", "read_article"]
