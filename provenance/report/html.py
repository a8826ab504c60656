"""The HTML view: one self-contained page per report for an editor, and a batch's index page.

Where it sits: a view of one `Report`, with the `PageMaterial` the report does not carry (the article's
text, keyframe thumbnails, the contact sheet). Nothing here computes a verdict: the page shows the
summary, then each claim highlighted in the article's text beside its finding and evidence, the shots
with their keyframes, dates, places, signals and the article's own hedges.

Every string that came from a file, a file name or an article is escaped (`_t`, `_block`): a video tag
or an article can carry `<script>`. The page loads nothing: pictures are inline data URIs, styles are
inline, there is no script at all, and a Content-Security-Policy forbids anything else, so it works
offline and a slip in escaping could still run nothing.
"""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from provenance.models import BatchSummary, Claim, Fact, Finding, Keyframe, Report
from provenance.report.material import PageMaterial
from provenance.report.safe import printable, printable_block

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
# worst first: a claim with several findings is marked with the worst
VERDICT_ORDER = ("mismatch", "unverifiable", "consistent")
FACTS = [
    "duration_s",
    "frame_count",
    "fps",
    "width",
    "height",
    "codec",
    "has_audio",
    "file_type",
    "make",
    "model",
    "encoder",
]

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f5f5f7}
main{max-width:1200px;margin:0 auto;padding:0 20px 40px}
header.verdict{padding:18px 20px;color:#fff}
header.verdict h1{margin:0;font-size:30px;letter-spacing:.04em}
header.verdict p{margin:4px 0}
.v-consistent{background:#1e7d3a}.v-mismatch{background:#b3261e}.v-unverifiable{background:#6b6f76}
.v-error{background:#5b2a86}.v-hedge{background:#8a6d00}
section{background:#fff;border-radius:8px;margin:16px 0;padding:12px 18px}
h2{font-size:18px;margin:6px 0 10px}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:18px}
.article-text{white-space:pre-wrap;font-family:Georgia,serif;max-height:80vh;overflow:auto}
mark{color:inherit;border-radius:3px;padding:0 2px}
mark.v-consistent{background:#c9ecd3}mark.v-mismatch{background:#f6c7c3}
mark.v-unverifiable{background:#e3e4e8}mark.v-hedge{background:#f5e7a8}
mark a{color:inherit;text-decoration:none}
.badge{color:#fff;border-radius:4px;padding:1px 6px;font-size:12px;text-transform:uppercase}
ol.findings{list-style:none;padding:0;margin:0}
li.finding{border-left:5px solid #999;padding:4px 10px;margin:0 0 12px}
li.finding.v-consistent{border-color:#1e7d3a;background:none}li.finding.v-mismatch{border-color:#b3261e;background:none}
li.finding.v-unverifiable{border-color:#6b6f76;background:none}
blockquote{margin:4px 0;font-style:italic}
table{border-collapse:collapse;font-size:13px}td,th{border-bottom:1px solid #e5e5ea;padding:3px 8px;text-align:left;
vertical-align:top}
.shots{display:flex;height:28px;border-radius:4px;overflow:hidden;margin:6px 0}
.shot{background:#4a6fa5;color:#fff;font-size:11px;border-right:2px solid #fff;overflow:hidden;padding:0 3px}
.shot.black{background:#222}
.keyframes{display:flex;flex-wrap:wrap;gap:10px}
figure{margin:0;width:240px;font-size:12px}figure img{width:240px;display:block;border-radius:3px}
code{font-size:13px}.muted{color:#6b6f76}
img.sheet{max-width:100%}
table.pairs{width:100%}table.pairs td:nth-child(n+4){width:22%}td code{word-break:break-all}
"""


def _t(value: object) -> str:
    """A file- or article-borne value as one escaped line."""
    return html.escape(printable(value), quote=True)


def _block(text: str) -> str:
    """Escaped text whose line breaks matter."""
    return html.escape(printable_block(text), quote=True)


def _value(value: Any) -> str:
    return _t(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True))


def _page(title: str, body: Iterable[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def render_html(report: Report, material: PageMaterial | None = None) -> str:
    """One self-contained page: the verdict first, then claims in the text, shots, dates, places, signals."""
    material = material or PageMaterial()
    title = f"provenance: {report.summary.verdict} - {_t(report.inputs.video.path)}"
    body = [
        _header(report),
        "<main>",
        _errors(report),
        _claims(report, material.article_text),
        _hedges(report.claims),
        _timeline(report, material),
        _dates(report),
        _places(report),
        _signals(report),
        _facts(report),
        f'<footer class="muted">provenance {_t(report.tool.version)}, report schema {_t(report.schema_version)}; '
        "a view of the JSON report: nothing on this page is computed anew.</footer>",
        "</main>",
    ]
    return _page(title, (part for part in body if part))


def _header(report: Report) -> str:
    s, inputs = report.summary, report.inputs
    article = report.article
    title = f"<p>{_t(article.title)}</p>" if article is not None and article.title else ""
    reason = f'<p id="reason">{_t(s.reason)}</p>' if s.reason else ""
    notes = "".join(f'<p class="note">note: {_t(n)}</p>' for n in (article.notes if article else []))
    language = f", written in {_t(article.language)}" if article is not None and article.language else ""
    return (
        f'<header class="verdict v-{s.verdict}" id="verdict" data-verdict="{s.verdict}">{notes}'
        f'<p class="muted" style="color:#eee">verdict</p><h1>{s.verdict.upper()}</h1>{reason}'
        f"<p>{s.counts.consistent} consistent, {s.counts.mismatch} mismatch, {s.counts.unverifiable} unverifiable"
        f"{', ' + str(len(report.errors)) + ' errors' if report.errors else ''}</p>{title}"
        f"<p>video <code>{_t(inputs.video.path)}</code> ({inputs.video.size_bytes} bytes, sha256 "
        f"{_t(inputs.video.sha256[:16])}...) against article <code>{_t(inputs.article.path)}</code>{language}</p>"
        "</header>"
    )


def _errors(report: Report) -> str:
    if not report.errors:
        return ""
    items = "".join(f"<li><b>{_t(e.stage)}</b>: {_t(e.message)}</li>" for e in report.errors)
    return f'<section id="errors"><h2>Could not be read</h2><ul>{items}</ul></section>'


def _worst(findings: list[Finding]) -> str:
    verdicts = {f.verdict for f in findings}
    return next((v for v in VERDICT_ORDER if v in verdicts), "hedge")


def _claims(report: Report, text: str | None) -> str:
    by_claim: dict[str, list[Finding]] = {}
    for f in report.findings:
        if f.claim_id is not None:
            by_claim.setdefault(f.claim_id, []).append(f)
    if text is None:
        article = '<p class="muted">The article\'s text is not available to this page.</p>'
    else:
        article = f'<div class="article-text" id="article-text">{_marked(text, report.claims, by_claim)}</div>'
    claims = {c.id: c for c in report.claims}
    anchored: set[str] = set()
    items = []
    for i, f in enumerate(report.findings):
        # the first finding of a claim is where the claim's mark in the text leads
        first = f.claim_id is not None and f.claim_id not in anchored
        anchored.add(f.claim_id or "")
        items.append(_finding(i, f, claims.get(f.claim_id or ""), first))
    findings = "".join(items)
    if not report.findings:
        findings = '<li class="muted">No finding: the article makes no claim this tool checks.</li>'
    return (
        '<section id="claims"><h2>What the article claims, and what the file shows</h2><div class="columns">'
        f'<div><h3>The article</h3>{article}</div><div><h3>Findings</h3><ol class="findings">{findings}</ol></div>'
        "</div></section>"
    )


def _marked(text: str, claims: list[Claim], by_claim: dict[str, list[Finding]]) -> str:
    """The article's text with every claim span marked (overlapping spans split into pieces)."""
    spans = [
        (c.start, c.end, c)
        for c in claims
        if c.start is not None and c.end is not None and 0 <= c.start < c.end <= len(text)
    ]
    bounds = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in pairwise(bounds):
        piece = _block(text[a:b])
        covering = [c for start, end, c in spans if start <= a and b <= end]
        if not covering:
            out.append(piece)
            continue
        findings = [f for c in covering for f in by_claim.get(c.id, [])]
        verdict = _worst(findings)
        anchor = next((f' id="claim-{_t(c.id)}"' for c in covering if c.start == a), "")
        codes = " ".join(sorted({f.code for f in findings})) or covering[0].kind
        target = f"#finding-{_t(findings[0].claim_id)}" if findings else "#hedges"
        out.append(
            f'<mark class="claim v-{verdict}"{anchor} data-claims="{_t(" ".join(c.id for c in covering))}" '
            f'title="{_t(codes)}"><a href="{target}">{piece}</a></mark>'
        )
    return "".join(out)


def _finding(index: int, f: Finding, claim: Claim | None, first: bool) -> str:
    anchor = f'<span id="finding-{_t(f.claim_id)}"></span>' if first else ""
    if claim is not None:
        where = f' <a href="#claim-{_t(claim.id)}">in the text</a>' if claim.start is not None else ""
        origin = "" if claim.origin == "text" else f' <span class="muted">(from the {_t(claim.origin)})</span>'
        if claim.stance != "asserted":  # reported: someone else's word; refuted: checked the other way round
            origin += f' <span class="muted">({_t(claim.stance)} by the article)</span>'
        quoted = f"<blockquote>&ldquo;{_t(claim.text)}&rdquo;{origin}{where}</blockquote>"
    else:
        quoted = '<blockquote class="muted">about the file itself</blockquote>'
    rows = "".join(f"<tr><th>{_t(e.source)}</th><td>{_value(e.value)}</td></tr>" for e in f.evidence)
    evidence = f'<table class="evidence">{rows}</table>' if rows else ""
    return (
        f'<li class="finding v-{f.verdict}" id="finding-{index}" data-code="{_t(f.code)}">'
        f'{anchor}<span class="badge v-{f.verdict}">{f.verdict}</span> '
        f'<code class="code">{_t(f.code)}</code>{quoted}<p>{_t(f.explanation)}</p>{evidence}</li>'
    )


def _hedges(claims: list[Claim]) -> str:
    hedges = [c for c in claims if c.kind == "hedge"]
    if not hedges:
        return ""
    items = "".join(f"<li>&ldquo;{_t(c.text)}&rdquo;</li>" for c in hedges)
    return f'<section id="hedges"><h2>The article itself hedges</h2><ul>{items}</ul></section>'


def _timeline(report: Report, material: PageMaterial) -> str:
    analysis = report.video.analysis
    head = '<section id="timeline"><h2>Shots and keyframes</h2>'
    if analysis is None:
        return f'{head}<p class="muted">The frames were not analysed.</p></section>'
    total = max((s.end_s for s in analysis.shots), default=0.0) or 1.0
    shots = "".join(
        f'<div class="shot{" black" if s.start_transition == "black" else ""}" '
        f'style="flex:{max(s.end_s - s.start_s, 0) / total:.4f}" '
        f'title="shot {s.index}: {s.start_s:.2f}-{s.end_s:.2f} s, begins with {s.start_transition}">{s.index}</div>'
        for s in analysis.shots
    )
    # the pictures belong to the keyframes only when there is one for each
    pictures = material.keyframes if len(material.keyframes) == len(analysis.keyframes) else []
    figures = "".join(_keyframe(k, pictures[i] if pictures else None) for i, k in enumerate(analysis.keyframes))
    segments = "".join(f"<li>{s.kind} {s.start_s:.2f}-{s.end_s:.2f} s</li>" for s in analysis.segments)
    sheet = ""
    if material.contact_sheet:
        sheet = (
            '<h3>Contact sheet</h3><img class="sheet" id="contact-sheet" alt="contact sheet" '
            f'src="{_data_uri("image/png", material.contact_sheet)}">'
        )
    return (
        f"{head}<p>{len(analysis.shots)} shots over {total:.2f} s; "
        f"{analysis.timing.decoded_frames} frames decoded; OCR: {_t(analysis.ocr)}</p>"
        f'<div class="shots">{shots}</div>{f"<ul>{segments}</ul>" if segments else ""}'
        f'<div class="keyframes">{figures}</div>{sheet}</section>'
    )


def _data_uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _keyframe(k: Keyframe, picture: bytes | None) -> str:
    img = f'<img src="{_data_uri("image/jpeg", picture)}" alt="keyframe at {k.time_s:.2f} s">' if picture else ""
    lines = "; ".join(
        f"{_t(r.position)}: "
        + (f"<bdi>{_t(r.text)}</bdi>" if r.text else "unread")
        + (f" ({_t(r.script)})" if r.script else "")
        for r in k.text
    )
    text = f"<br>text: {lines}" if lines else ""
    return f"<figure>{img}<figcaption>{k.time_s:.2f} s, shot {k.shot}, {k.faces} faces{text}</figcaption></figure>"


def _dates(report: Report) -> str:
    v = report.video
    window = (
        f"<p>Recorded between {_t(v.recording_date.earliest_utc)} and {_t(v.recording_date.latest_utc)} "
        f"(from {_t(v.recording_date.source)}).</p>"
        if v.recording_date
        else "<p>The file carries no usable recording date.</p>"
    )
    r = v.recording_date
    if r is not None and r.time_zone:
        window += (
            f"<p>Local time at the position ({_t(r.time_zone)}): {_t(r.local_earliest)} .. {_t(r.local_latest)}.</p>"
        )
    published = report.article.published if report.article else None
    article = f"<p>Article published {_t(published)}.</p>" if published else ""
    article += _platform_dates(report)
    rows = "".join(
        f"<tr><td>{_t(d.tag)}</td><td>{_t(d.raw)}</td><td>{_t(d.utc)}</td><td>{_t(d.tz_basis)}</td>"
        f"<td>&plusmn;{d.uncertainty_h:g} h</td><td>{_t(d.kind)}</td></tr>"
        for d in v.dates
    )
    table = (
        f"<table><tr><th>tag</th><th>raw</th><th>UTC</th><th>zone</th><th>uncertainty</th><th>kind</th></tr>{rows}</table>"
        if rows
        else ""
    )
    return f'<section id="dates"><h2>Dates</h2>{window}{article}{table}</section>'


def _platform_dates(report: Report) -> str:
    """When the platform says the video went up, and the date stamps burned into the picture."""
    out, platform = [], report.video.platform
    if platform is not None:
        for label, when in (("uploaded", platform.uploaded), ("released", platform.released)):
            if when is not None:
                site = _t(platform.site or "the platform")
                out.append(
                    f"<p>{label} on {site}: {_t(when.utc)} (&plusmn;{when.uncertainty_h:g} h, {_t(when.source)})</p>"
                )
    for stamp in report.video.onscreen_dates:
        readings = " or ".join(_t(r.value) for r in stamp.readings)
        out.append(f"<p>on screen at {stamp.time_s:.2f} s: &ldquo;{_t(stamp.text)}&rdquo; read as {readings}</p>")
    return "".join(out)


def _places(report: Report) -> str:
    v = report.video
    items = []
    for c in report.claims:
        if c.kind == "location":
            name = c.value.name if c.value is not None and hasattr(c.value, "name") else "not in the gazetteer"
            items.append(f"<li>the article says &ldquo;{_t(c.text)}&rdquo; ({_t(name)})</li>")
    if v.gps:
        items.append(f"<li>file GPS {v.gps.latitude:.5f}, {v.gps.longitude:.5f} ({_t(v.gps.source)})</li>")
    if v.gps_track:
        items.append(
            f"<li>embedded track: {v.gps_track.fixes} fixes, first at {_t(v.gps_track.first_time or '?')}</li>"
        )
    if v.place:
        region = f", region {_t(v.place.region)}" if v.place.region else ""
        where = f"{_t(v.place.name)} ({_t(v.place.country_code)}{region}), {v.place.distance_km:.1f} km"
        items.append(f"<li>nearest place: {where}</li>")
    body = f"<ul>{''.join(items)}</ul>" if items else '<p class="muted">No place in the article or the file.</p>'
    return f'<section id="places"><h2>Places</h2>{body}</section>'


def _signals(report: Report) -> str:
    signals = report.video.signals
    if not signals:
        return '<section id="signals"><h2>Signals</h2><p class="muted">No edit or re-encode trace.</p></section>'
    rows = "".join(
        f"<tr><td><code>{_t(s.code)}</code></td><td>{_t(s.explanation)}</td><td>{_t(s.source)}</td></tr>"
        for s in signals
    )
    return f'<section id="signals"><h2>Signals (hints, not verdicts)</h2><table>{rows}</table></section>'


def _facts(report: Report) -> str:
    rows = []
    for name in FACTS:
        fact: Fact | None = getattr(report.video, name)
        if fact is not None:
            source = f'<td class="muted">{_t(fact.source)}</td>'
            rows.append(f"<tr><th>{name}</th><td>{_value(fact.value)}</td>{source}</tr>")
    notes = "".join(f"<li>{_t(n)}</li>" for n in report.video.notes)
    notes = f"<ul>{notes}</ul>" if notes else ""
    return f'<section id="video"><h2>The file</h2><table>{"".join(rows)}</table>{notes}</section>'


def render_index(summary: BatchSummary) -> str:
    """A batch's index: the totals first, then one row per pair linking to its page."""
    t = summary.totals
    worst = "error" if t.error else "mismatch" if t.failed else "consistent"
    head = (
        f'<header class="verdict v-{worst}" id="verdict" data-exit-code="{t.exit_code}"><h1>{t.pairs} pairs: '
        f"exit {t.exit_code}</h1><p>{t.consistent} consistent, {t.mismatch} mismatch, {t.unverifiable} unverifiable, "
        f"{t.error} could not be checked; {t.failed} fail --fail-on {_t(summary.fail_on)}</p>"
        f"<p>manifest <code>{_t(summary.manifest)}</code>{' (interrupted)' if summary.interrupted else ''}</p></header>"
    )
    rows = []
    for p in summary.pairs:
        name = f'<a href="{_t(p.id + ".html")}">{_t(p.id)}</a>' if p.report else _t(p.id)
        c = p.counts
        counts = f"{c.consistent} / {c.mismatch} / {c.unverifiable}" if c else ""
        rows.append(
            f'<tr class="pair" data-verdict="{p.verdict}"><td>{name}</td><td><span class="badge v-{p.verdict}">'
            f"{p.verdict}</span></td><td>{counts}</td><td><code>{_t(p.video)}</code></td>"
            f"<td><code>{_t(p.article)}</code></td><td>{_t('; '.join(p.errors))}</td></tr>"
        )
    table = (
        '<section><table class="pairs"><tr><th>pair</th><th>verdict</th><th>consistent / mismatch / unverifiable</th>'
        f"<th>video</th><th>article</th><th>errors</th></tr>{''.join(rows)}</table></section>"
    )
    return _page(f"provenance batch: {t.pairs} pairs", [head, "<main>", table, "</main>"])
