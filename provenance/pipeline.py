"""The one place that knows the order of the stages: `check(video, article) -> Report`.

    article --load--> Article --extract--> [Claim] ------------------------------+
                                                                                 +--check--> [Finding] --> Report
    video --exiftool--> tags ------+                                              |
          --probe-----> packets ---+--decode--> FrameAnalysis --+--build--> VideoEvidence
          --c2pa------> credentials ----------------------------+
          --sidecar---> Platform (NAME.info.json beside it) ----+
          --decode-----> frame hashes --archive--> matches -------+   (with an archive of earlier copies)

`examine(video)` is the video half alone: `check` runs it beside the article, and `archive add`
(`provenance.archive.add_videos`) runs it to learn a video's dates and frame hashes.

Content problems (not a video, truncated, unreadable article) never raise: they become
entries in `Report.errors` and the rest of the report is still filled. Only unusable
paths (missing, directory, empty) raise `InputError`, because then there is nothing to
report on.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from provenance import __version__
from provenance.archive.hashing import FrameHash
from provenance.archive.matching import find_matches
from provenance.archive.store import Store
from provenance.article.claims import extract_claims, language_note
from provenance.article.language import Detected, detect_language
from provenance.article.load import Article, load_article
from provenance.checks import run_checks
from provenance.errors import ArticleError, ExifToolError, MediaError, SidecarError
from provenance.inputs import display_path, sha256, validate_input
from provenance.models import (
    ArticleInput,
    Claim,
    ErrorEntry,
    Inputs,
    Platform,
    Report,
    Stage,
    ToolInfo,
    VideoEvidence,
    VideoInput,
)
from provenance.report.contact_sheet import contact_sheet, encoded, write_contact_sheet
from provenance.report.material import PageMaterial
from provenance.report.summary import exit_code, summarise
from provenance.video.credentials import read_credentials
from provenance.video.decode import Decoded, decode
from provenance.video.detectors.hashes import ARCHIVE_PLAN, QUERY_PLAN, HashPlan
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
    archive: str | os.PathLike[str] | Store | None = None,
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
        archive: an archive of earlier copies (a path or an open `Store`): `video.archive_matches`.
        article_side: the article already read by `read_article` with the same `published` (a batch
            reads an article shared by many pairs once).
        material: filled with what the HTML view shows beside the report: the article's text, each
            keyframe's thumbnail and the contact sheet.

    Returns:
        The report; its `errors` say what could not be read.

    Raises:
        InputError: a path is missing, a directory, or empty.
        ArchiveError: the archive is missing, damaged, not an archive or written by a newer version.
    """
    video_path = validate_input(video, "video")
    article_path = validate_input(article, "article")
    side = article_side if article_side is not None else read_article(article_path, published)
    loaded, claims, notes = side.article, side.claims, side.notes
    errors: list[ErrorEntry] = [side.error] if side.error is not None else []
    if material is not None:
        material.article_text = loaded.text if loaded is not None else None

    seen = examine(
        video_path,
        errors,
        exiftool=exiftool,
        exiftool_executable=exiftool_executable,
        frames=frames,
        every_frame=every_frame,
        keyframes_dir=keyframes_dir,
        sidecar=sidecar,
        archive=archive,
        material=material,
    )
    findings = run_checks(claims, seen.evidence, loaded.published if loaded else None)

    return Report(
        tool=ToolInfo(name="provenance", version=__version__, exiftool_version=seen.exiftool_version),
        inputs=Inputs(
            video=VideoInput(path=display_path(video), size_bytes=video_path.stat().st_size, sha256=seen.sha256),
            article=ArticleInput(path=display_path(article), sha256=sha256(article_path)),
        ),
        video=seen.evidence,
        article=loaded.info(side.language, notes) if loaded else None,
        claims=claims,
        findings=findings,
        summary=summarise(findings, errors, claims, notes),
        errors=errors,
    )


@dataclass(frozen=True)
class Examined:
    """The video half of a check: its evidence, its digest, and the frame hashes when asked for."""

    evidence: VideoEvidence
    sha256: str
    exiftool_version: str | None
    hashes: list[FrameHash] | None  # None when no hash plan ran or nothing decoded


def examine(
    video_path: Path,
    errors: list[ErrorEntry],
    *,
    exiftool: ExifTool | None = None,
    exiftool_executable: str | None = None,
    frames: bool = True,
    every_frame: bool = False,
    keyframes_dir: str | os.PathLike[str] | None = None,
    sidecar: str | os.PathLike[str] | None = None,
    archive: str | os.PathLike[str] | Store | None = None,
    for_archive: bool = False,
    digest: str | None = None,
    material: PageMaterial | None = None,
) -> Examined:
    """Read everything the video says: tags, packets, the decode pass, Content Credentials, its sidecar.

    Args mirror `check`'s; `errors` collects what could not be read. With an `archive` (opened
    first: a bad one stops the run before anything slow) the pass also hashes frames by the checked
    video's plan and the matches go into the evidence. `for_archive` is `archive add`'s reading:
    the dates and the frame hashes by the archive's plan, and nothing the archive does not keep
    (no OpenCV first-frame reading, keyframes, OCR or Content Credentials). `digest`: the file's
    SHA-256 when the caller has it already. `material`: given the keyframe pictures for the HTML view.

    Raises:
        InputError: the sidecar given is missing, a directory, or empty.
        ArchiveError: the archive is missing, damaged, not an archive or written by a newer version.
    """
    given = validate_input(sidecar, "sidecar") if sidecar is not None else None
    with _opened(archive) as store:
        digest = digest or sha256(video_path)
        tags, embedded, exiftool_version = _read_tags(video_path, exiftool, exiftool_executable, errors)
        facts = _probe(video_path, tags, errors, decode=frames and not for_archive, audio=not (frames or for_archive))
        platform = _platform(video_path, given, sidecar, errors)
        saved = Path(keyframes_dir) if keyframes_dir else None
        plan = ARCHIVE_PLAN if for_archive else QUERY_PLAN if store is not None else None
        pictures = material is not None
        decoded = (
            _decode(video_path, facts, errors, saved, every_frame, plan, lean=for_archive, thumbnails=pictures)
            if frames
            else None
        )
        _pictures(decoded, saved, material)
        credentials, credential_times = (None, []) if for_archive else read_credentials(str(video_path))
        hashes = decoded.hasher.hashes if decoded is not None and decoded.hasher is not None else None
        matches = find_matches(store, hashes or [], digest) if store is not None else None
        evidence = build_evidence(
            tags,
            facts,
            embedded,
            credentials,
            decoded,
            credential_times,
            platform=platform,
            video_name=video_path.name,
            archive_matches=matches,
        )
        return Examined(evidence, digest, exiftool_version, hashes)


@contextmanager
def _opened(archive: str | os.PathLike[str] | Store | None) -> Iterator[Store | None]:
    """The archive to look frames up in: one given open stays open, one given by path is opened to read."""
    if archive is None or isinstance(archive, Store):
        yield archive
        return
    with Store.open(archive) as store:
        yield store


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


def _probe(path: Path, tags: dict[str, Any], errors: list[ErrorEntry], decode: bool, audio: bool) -> Probe | None:
    """The probe; `audio`: meter the sound here (metadata-only runs, which decode nothing else)."""
    try:
        facts = probe(str(path), decode=decode, audio=audio)
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
        return read_sidecar(path, display_path(shown) if shown is not None else None)
    except SidecarError as exc:
        errors.append(ErrorEntry(stage=Stage.SIDECAR, message=str(exc)))
        return None


def _decode(
    path: Path,
    facts: Probe | None,
    errors: list[ErrorEntry],
    saved: Path | None,
    every_frame: bool,
    hashing: HashPlan | None = None,
    lean: bool = False,
    thumbnails: bool = False,
) -> Decoded | None:
    """The decode pass, only over a video whose first frame decodes (the others already have their error);
    `lean`: no keyframes, OCR or audio, and the first frame is not read beforehand (the pass finds out)."""
    if facts is None or not facts.has_video_stream or not facts.packet_count:
        return None
    if not lean and not facts.first_frame_decoded:
        return None
    try:
        decoded = decode(
            str(path),
            facts,
            every_frame=every_frame,
            keyframes_dir=saved,
            hashing=hashing,
            ocr=not lean,
            lean=lean,
            thumbnails=thumbnails,
        )
    except MediaError as exc:
        errors.append(ErrorEntry(stage=Stage.FRAMES, message=f"frame analysis failed: {exc}"))
        return None
    if decoded.analysis.timing.decoded_frames == 0:
        errors.append(ErrorEntry(stage=Stage.FRAMES, message="no video frame decodes in the analysis pass"))
        return None
    return decoded


def _pictures(decoded: Decoded | None, saved: Path | None, material: PageMaterial | None) -> None:
    """The contact sheet, made once: written beside the saved keyframes, and with the keyframe pictures
    given to the HTML view."""
    if decoded is None or (saved is None and material is None):
        return
    sheet = contact_sheet(decoded.analysis.keyframes, decoded.thumbnails)
    if saved is not None and sheet is not None:
        write_contact_sheet(sheet, saved)
    if material is not None:
        material.keyframes = [encoded(t, ".jpg") for t in decoded.thumbnails]
        material.contact_sheet = encoded(sheet, ".png") if sheet is not None else None


__all__ = ["ArticleSide", "Examined", "check", "examine", "exit_code", "read_article"]
