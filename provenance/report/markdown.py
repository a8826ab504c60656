"""The Markdown view of a batch: a summary table for CI job summaries (`$GITHUB_STEP_SUMMARY`).

Where it sits: a view of the batch summary and the pairs' reports. Pairs that fail come first; past
MARKDOWN_MAX_ROWS rows the rest are counted (summary.json holds them all). File-borne strings are
escaped for Markdown and for the HTML that Markdown renderers let through.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from provenance.models import BatchSummary, PairSummary, Report
from provenance.report.policy import FailPolicy
from provenance.report.safe import printable
from provenance.settings import MARKDOWN_MAX_ROWS

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def _md(value: object) -> str:
    return _MARKDOWN.sub(r"\\\1", html.escape(printable(value), quote=False))


def render_markdown(
    summary: BatchSummary, pairs: Iterable[tuple[PairSummary, Report | None]], policy: FailPolicy
) -> str:
    """A heading with the totals, then one table row per pair (failing and unreadable pairs first)."""
    t = summary.totals
    lines = [
        f"## provenance: {t.pairs} pairs, exit {t.exit_code}",
        "",
        f"{t.consistent} consistent, {t.mismatch} mismatch, {t.unverifiable} unverifiable, "
        f"{t.error} could not be checked; **{t.failed} fail** `--fail-on {_md(policy.text)}`"
        + (" (interrupted)" if summary.interrupted else ""),
        "",
        "| pair | verdict | consistent | mismatch | unverifiable | why it fails |",
        "| --- | --- | ---: | ---: | ---: | --- |",
    ]
    rows = [(0 if p.exit_code else 1, i, _row(p, r, policy)) for i, (p, r) in enumerate(pairs)]
    rows.sort()
    lines += [row for _, _, row in rows[:MARKDOWN_MAX_ROWS]]
    if len(rows) > MARKDOWN_MAX_ROWS:
        lines += ["", f"... and {len(rows) - MARKDOWN_MAX_ROWS} more pairs: see summary.json."]
    return "\n".join(lines) + "\n"


def _row(pair: PairSummary, report: Report | None, policy: FailPolicy) -> str:
    c = pair.counts
    counts = f"{c.consistent} | {c.mismatch} | {c.unverifiable}" if c else "- | - | -"
    if pair.verdict == "error":
        why = "; ".join(pair.errors)
    elif pair.exit_code == 1 and report is not None:
        why = ", ".join(sorted({f.code for f in policy.failing(report)})) or f"summary {report.summary.verdict}"
    else:
        why = ""
    return f"| {_md(pair.id)} | {pair.verdict} | {counts} | {_md(why)} |"
