"""The JUnit XML view of a batch: one testcase per pair, for the test reporters of GitLab, Jenkins and GitHub.

Where it sits: a view of the batch summary and the pairs' reports (read one at a time). A pair that
fails the `--fail-on` policy is a `failure` carrying its failing findings; a pair that could not be
evaluated is an `error`; the others pass. The testcase's classname is the manifest's folder, its name
the pair's id. Nothing here computes a verdict: the policy reads each report's findings.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from provenance.models import BatchSummary, PairSummary, Report
from provenance.report.policy import FailPolicy
from provenance.report.safe import printable


def render_junit(
    summary: BatchSummary, pairs: Iterable[tuple[PairSummary, Report | None]], classname: str, policy: FailPolicy
) -> str:
    """The JUnit XML document (a `testsuites` root with one `testsuite`)."""
    t = summary.totals
    suite = ET.Element(
        "testsuite",
        name=f"provenance batch {printable(summary.manifest)}",
        tests=str(t.pairs),
        failures=str(t.failed),
        errors=str(t.error),
        skipped="0",
        time=f"{sum(p.seconds or 0.0 for p in summary.pairs):.3f}",
    )
    for pair, report in pairs:
        suite.append(_testcase(pair, report, printable(classname), policy))
    root = ET.Element("testsuites", name="provenance", tests=suite.get("tests", "0"))
    root.set("failures", suite.get("failures", "0"))
    root.set("errors", suite.get("errors", "0"))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _testcase(pair: PairSummary, report: Report | None, classname: str, policy: FailPolicy) -> ET.Element:
    case = ET.Element("testcase", classname=classname, name=printable(pair.id), time=f"{pair.seconds or 0.0:.3f}")
    if pair.verdict == "error":
        error = ET.SubElement(
            case, "error", type="error", message=printable(pair.errors[0] if pair.errors else "error")
        )
        error.text = "\n".join(printable(e) for e in pair.errors)
    elif pair.exit_code == 1 and report is not None:
        failing = policy.failing(report)
        claims = {c.id: c for c in report.claims}
        lines = []
        for f in failing:
            claim = claims.get(f.claim_id) if f.claim_id else None
            quoted = f' "{printable(claim.text)}"' if claim is not None else ""
            evidence = "; ".join(f"{printable(e.source)} = {printable(e.value)}" for e in f.evidence)
            lines.append(
                f"{f.code} [{f.verdict}]{quoted}: {printable(f.explanation)}" + (f" ({evidence})" if evidence else "")
            )
        codes = ", ".join(sorted({f.code for f in failing}))
        message = (
            f"{_count(len(failing), 'finding')} fail --fail-on {policy.text}: {codes}"
            if failing
            else (f"the summary is {report.summary.verdict}: fails --fail-on {policy.text}")
        )
        failure = ET.SubElement(case, "failure", type=report.summary.verdict, message=message)
        failure.text = "\n".join(lines) or message
    out = ET.SubElement(case, "system-out")
    out.text = f"verdict: {pair.verdict}; report: {pair.report or 'none'}; video: {printable(pair.video)}"
    return case


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
