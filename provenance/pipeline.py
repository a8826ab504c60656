"""The one place that knows the order of the stages: `check(video, article) -> Report`.

    article --load--> Article --extract--> [Claim] ----------------------+
                                                                          +--check--> [Finding] --> Report
    video --exiftool--> tags --+--build--> VideoEvidence -----------------+
          --frames----> facts -+

Content problems (not a video, truncated, unreadable article) never raise: they become
entries in `Report.errors` and the rest of the report is still filled. Only unusable
paths (missing, directory, empty) raise `InputError`, because then there is nothing to
report on.
"""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

from provenance import __version__
from provenance.analysis import Analysis, analyse
from provenance.article import Article, load_article
from provenance.checks import run_checks
from provenance.claims import extract_claims
from provenance.credentials import read_credentials
from provenance.errors import ArticleError, ExifToolError, InputError, MediaError
from provenance.evidence import build_evidence
from provenance.exiftool import ExifTool, may_embed_gps
from provenance.frames import FrameFacts, probe
from provenance.models import (
    ArticleInfo,
    ArticleInput,
    Claim,
    Counts,
    ErrorEntry,
    Finding,
    Inputs,
    Report,
    Summary,
    ToolInfo,
    VideoEvidence,
    VideoInput,
)


def display_path(path: str | os.PathLike[str]) -> str:
    """The path as the user gave it, made safe for JSON (undecodable bytes replaced)."""
    text = os.fspath(path)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def validate_input(path: str | os.PathLike[str], what: str) -> Path:
    """Refuse paths that give nothing to report on.

    Raises:
        InputError: missing, a directory, empty or unreadable.
    """
    p = Path(path)
    shown = repr(display_path(path))
    if not p.exists():
        raise InputError(f"{what} file not found: {shown}")
    if p.is_dir():
        raise InputError(f"{what} path is a directory, not a file: {shown}")
    try:
        size = p.stat().st_size
        with p.open("rb") as handle:
            handle.read(1)
    except OSError as exc:
        raise InputError(f"cannot read {what} file {shown}: {exc.strerror or exc}") from exc
    if size == 0:
        raise InputError(f"{what} file is empty (0 bytes): {shown}")
    return p


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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
) -> Report:
    """Check a video against the article that describes it.

    Args:
        video: the video file.
        article: the article (.txt or .html).
        published: publication date; overrides the page's metadata.
        exiftool: an ExifTool session to reuse (one is started and stopped otherwise).
        exiftool_executable: which exiftool to start when no session is given.
        frames: False for metadata only: the video is demuxed but never decoded, so shots,
            faces, text and audio level are absent and the claims that need them unverifiable.
        every_frame: decode non-reference frames too (frame-exact boundaries, duplicated frames
            counted); by default the decoder skips them, which no other frame depends on.
        keyframes_dir: save each keyframe as JPEG and a contact sheet there.

    Returns:
        The report; its `errors` say what could not be read.

    Raises:
        InputError: a path is missing, a directory, or empty.
    """
    video_path = validate_input(video, "video")
    article_path = validate_input(article, "article")
    errors: list[ErrorEntry] = []

    loaded: Article | None = None
    claims: list[Claim] = []
    try:
        loaded = load_article(article_path, published)
    except ArticleError as exc:
        errors.append(ErrorEntry(stage="article", message=str(exc)))
    if loaded is not None:
        claims = extract_claims(loaded.text, loaded.published, loaded.published_source)

    tags, embedded, exiftool_version = _read_tags(video_path, exiftool, exiftool_executable, errors)
    facts = _read_frames(video_path, tags, errors, decode=frames)
    saved = Path(keyframes_dir) if keyframes_dir else None
    analysis = _analyse(video_path, facts, errors, saved, every_frame) if frames else None
    evidence = build_evidence(tags, facts, embedded, read_credentials(str(video_path)), analysis)
    publication = loaded.published if loaded else None
    findings = run_checks(claims, evidence, publication)

    return Report(
        tool=ToolInfo(name="provenance", version=__version__, exiftool_version=exiftool_version),
        inputs=Inputs(
            video=VideoInput(
                path=display_path(video), size_bytes=video_path.stat().st_size, sha256=_sha256(video_path)
            ),
            article=ArticleInput(path=display_path(article), sha256=_sha256(article_path)),
        ),
        video=evidence,
        article=_article_info(loaded),
        claims=claims,
        findings=findings,
        summary=summarise(findings, errors),
        errors=errors,
    )


def _read_tags(
    path: Path, session: ExifTool | None, executable: str | None, errors: list[ErrorEntry]
) -> tuple[dict, list, str | None]:
    """All tags, and the fixes of embedded GPS streams, through one ExifTool session."""
    try:
        if session is not None:
            return *_read_with(session, path), session.version
        with ExifTool(executable) as own:
            return *_read_with(own, path), own.version
    except ExifToolError as exc:
        errors.append(ErrorEntry(stage="metadata", message=str(exc)))
        return {}, [], session.version if session is not None else None


def _read_with(session: ExifTool, path: Path) -> tuple[dict, list]:
    tags = session.read(path)
    return tags, session.read_embedded_gps(path) if may_embed_gps(tags) else []


def _read_frames(path: Path, tags: dict, errors: list[ErrorEntry], decode: bool = True) -> FrameFacts | None:
    file_type = tags.get("File:FileType")
    try:
        frames = probe(str(path), decode=decode)
    except MediaError as exc:
        kind = f" (ExifTool identifies it as {file_type})" if file_type else ""
        errors.append(ErrorEntry(stage="frames", message=f"the video could not be opened: {exc}{kind}"))
        return None
    if not frames.has_video_stream:
        errors.append(
            ErrorEntry(
                stage="frames", message="the file has no video stream" + (" (audio only)" if frames.has_audio else "")
            )
        )
    elif frames.packet_count is None:
        errors.append(ErrorEntry(stage="frames", message="; ".join(frames.notes) or "the packet scan did not finish"))
    elif frames.packet_count == 0:
        # the largest duration any header states: what the file promises but does not hold
        stated = [v for k, v in tags.items() if k.endswith(":Duration") and isinstance(v, int | float)]
        promised = max([*stated, frames.container_duration_s or 0], default=0)
        claim = f"the header promises {promised:g} s but " if isinstance(promised, int | float) and promised else ""
        errors.append(ErrorEntry(stage="frames", message=f"{claim}the file holds no video frames (truncated?)"))
    elif frames.indexed_frames and (frames.stored_packets or 0) < frames.indexed_frames:
        errors.append(
            ErrorEntry(
                stage="frames",
                message=f"the file ends early: its index lists {frames.indexed_frames} video frames but only "
                f"{frames.stored_packets} are in the file (truncated?)",
            )
        )
    elif decode and not frames.first_frame_decoded:
        errors.append(ErrorEntry(stage="frames", message="video packets are present but no frame decodes"))
    return frames


def _analyse(
    path: Path, facts: FrameFacts | None, errors: list[ErrorEntry], keyframes: Path | None, every_frame: bool
) -> Analysis | None:
    """The decode pass, only over a video whose first frame decodes (the others already have their error)."""
    if facts is None or not facts.has_video_stream or not facts.packet_count or not facts.first_frame_decoded:
        return None
    try:
        analysis = analyse(str(path), every_frame=every_frame, keyframes_dir=keyframes)
    except MediaError as exc:
        errors.append(ErrorEntry(stage="frames", message=f"frame analysis failed: {exc}"))
        return None
    if analysis.decoded_frames == 0:
        errors.append(ErrorEntry(stage="frames", message="no video frame decodes in the analysis pass"))
        return None
    return analysis


def _article_info(article: Article | None) -> ArticleInfo | None:
    if article is None:
        return None
    return ArticleInfo(
        format=article.format,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        published_source=article.published_source,
        encoding=article.encoding,
        text_length=len(article.text),
        dateline=article.dateline,
    )


def summarise(findings: list[Finding], errors: list[ErrorEntry]) -> Summary:
    """`error` when any part could not be read; else `mismatch` if any finding is; else
    `consistent` when at least one claim was confirmed (the unverifiable ones stay counted);
    else `unverifiable`."""
    counts = Counts(
        consistent=sum(f.verdict == "consistent" for f in findings),
        mismatch=sum(f.verdict == "mismatch" for f in findings),
        unverifiable=sum(f.verdict == "unverifiable" for f in findings),
    )
    if errors:
        verdict = "error"
    elif counts.mismatch:
        verdict = "mismatch"
    elif counts.consistent:
        verdict = "consistent"
    else:
        verdict = "unverifiable"
    return Summary(verdict=verdict, counts=counts)


def exit_code(report: Report) -> int:
    """0 no mismatch, 1 at least one mismatch, 2 could not evaluate."""
    return {"error": 2, "mismatch": 1}.get(report.summary.verdict, 0)


__all__ = ["check", "exit_code", "summarise", "validate_input", "VideoEvidence"]
