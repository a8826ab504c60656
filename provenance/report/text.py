"""Human-readable view of a Report. A view only: nothing here computes a verdict.

Every line passes through `safe.printable`: a tag, a file name or an article can carry terminal escape
sequences or line breaks, and none of them may reach the terminal or fake a line of this view.
"""

from __future__ import annotations

from provenance.models import Fact, Report
from provenance.report.safe import printable
from provenance.report.summary import NO_CLAIM


def _fact(fact: Fact | None, unit: str = "") -> str:
    return "?" if fact is None else f"{fact.value:g}{unit}" if isinstance(fact.value, float) else f"{fact.value}{unit}"


def render_text(report: Report) -> str:
    """A short terminal summary: verdict, what the video is, one line per finding, errors."""
    s, v = report.summary, report.video
    notes = report.article.notes if report.article else []
    lines = [
        f"provenance {report.tool.version}: {report.inputs.video.path} vs {report.inputs.article.path}",
        *(f"note: {note}" for note in notes),
        f"verdict: {s.verdict.upper()} ({s.counts.consistent} consistent, {s.counts.mismatch} mismatch, "
        f"{s.counts.unverifiable} unverifiable)" + (f": {s.reason}" if s.reason and s.verdict != "error" else ""),
        f"video: {_fact(v.duration_s, ' s')}, {_fact(v.frame_count)} frames, {_fact(v.fps)} fps, "
        f"{_fact(v.width)}x{_fact(v.height)} {_fact(v.codec)}, audio: {_fact(v.has_audio)}",
    ]
    if v.recording_date:
        r = v.recording_date
        lines.append(f"recorded: {r.earliest_utc} .. {r.latest_utc} (from {r.source})")
    else:
        lines.append("recorded: no usable recording date in the file")
    if v.archive_matches is not None:
        lines.append(
            f"archive: {len(v.archive_matches) or 'no'} earlier cop{'y' if len(v.archive_matches) == 1 else 'ies'}"
        )
        lines.extend(
            f"  #{m.id} {m.path} seen {m.seen} ({m.seen_basis}): "
            + (
                "identical file"
                if m.identical
                else f"{m.matched_seconds:g} s matched{', mirrored' if m.mirrored else ''}"
            )
            for m in v.archive_matches
        )
    if report.article:
        a = report.article
        lines.append(
            f"article: {a.title or '(no title)'}; published {a.published or 'unknown'}"
            + (f" ({a.published_source})" if a.published_source else "")
            + (f"; language {a.language} ({a.language_confidence:g}, {a.language_method})" if a.language else "")
        )
    claims = {c.id: c for c in report.claims}
    for hedge in (c for c in report.claims if c.kind == "hedge"):
        lines.append(f'the article itself says ({hedge.value}, about the {hedge.about}): "{hedge.text}"')
    if report.findings:
        lines.append("findings:")
    for f in report.findings:
        claim = claims.get(f.claim_id) if f.claim_id else None
        quoted = f' "{claim.text}"' if claim is not None else ""
        if claim is not None and claim.stance != "asserted":
            quoted += f" ({claim.stance})"
        lines.append(f"  [{f.verdict}] {f.code}{quoted}: {f.explanation}")
    if report.article is not None and not any(c.origin == "text" for c in report.claims):
        lines.append(NO_CLAIM)
    if v.signals:
        lines.append("signals (hints, not verdicts):")
        lines.extend(f"  {sig.code}: {sig.explanation}" for sig in v.signals)
    for e in report.errors:
        lines.append(f"error ({e.stage}): {e.message}")
    return "\n".join(printable(line) for line in lines) + "\n"
