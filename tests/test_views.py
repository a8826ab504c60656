"""The views of one report and of a batch: --fail-on, the text view's stripped controls, Markdown, JUnit, HTML.

Hand-built reports: the views render, the policy reads findings; none recomputes a verdict.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from junitparser import JUnitXml
from lxml import html as lxml_html

from provenance.models import (
    ArticleInput,
    BatchSummary,
    Claim,
    ErrorEntry,
    Finding,
    FindingCode,
    Inputs,
    PairSummary,
    Report,
    SourcedValue,
    ToolInfo,
    Totals,
    VideoEvidence,
    VideoInput,
)
from provenance.report.html import render_html, render_index
from provenance.report.junit import render_junit
from provenance.report.markdown import render_markdown
from provenance.report.material import PageMaterial
from provenance.report.policy import DEFAULT_POLICY, PolicyError, parse_policy
from provenance.report.summary import exit_code, summarise
from provenance.report.text import render_text

SENTENCE = "In the 42-second video."
HOSTILE = "<script>alert(1)</script>\x1b[2J\x1b]0;title\x07\u202eevil\nverdict: CONSISTENT"


def finding(code: FindingCode, claim_id: str | None = "c1") -> Finding:
    evidence = [SourcedValue(source="Keys:Make", value=HOSTILE)]
    return Finding(
        claim_id=claim_id,
        kind="duration",
        code=code.value,
        verdict=code.verdict,
        explanation=HOSTILE,
        evidence=evidence,
    )


def report(*findings: Finding, errors: list[ErrorEntry] | None = None) -> Report:
    claims = [
        Claim(id="c1", kind="duration", text="42-second video", start=7, end=22, sentence=SENTENCE, value=42.0),
        Claim(id="c2", kind="hedge", text=HOSTILE, start=None, end=None, sentence=HOSTILE, value="unverified"),
    ]
    return Report(
        tool=ToolInfo(name="provenance", version="0", exiftool_version=None),
        inputs=Inputs(
            video=VideoInput(path=f"clip{HOSTILE}.mp4", size_bytes=1, sha256="0" * 64),
            article=ArticleInput(path="a.txt", sha256="0" * 64),
        ),
        video=VideoEvidence(),
        article=None,
        claims=claims,
        findings=list(findings),
        summary=summarise(list(findings), errors or []),
        errors=errors or [],
    )


MISMATCH = report(finding(FindingCode.DURATION_MISMATCH), finding(FindingCode.DATE_NO_EVIDENCE, "c1"))
UNVERIFIABLE = report(finding(FindingCode.DATE_NO_EVIDENCE), finding(FindingCode.LOCATION_UNRESOLVED))
CONSISTENT = report(finding(FindingCode.DURATION_MATCH), finding(FindingCode.DATE_NO_EVIDENCE))
ERROR = report(finding(FindingCode.DURATION_MATCH), errors=[ErrorEntry(stage="frames", message=HOSTILE)])


def test_the_default_policy_is_the_three_exit_codes() -> None:
    for r in (MISMATCH, UNVERIFIABLE, CONSISTENT, ERROR):
        assert DEFAULT_POLICY.exit_code(r) == exit_code(r) == parse_policy("mismatch").exit_code(r)
    assert [exit_code(r) for r in (MISMATCH, UNVERIFIABLE, CONSISTENT, ERROR)] == [1, 0, 0, 2]


@pytest.mark.parametrize(
    ("policy", "codes"),
    [
        ("error", [0, 0, 0, 2]),
        ("unverifiable", [0, 1, 0, 2]),
        ("mismatch,unverifiable", [1, 1, 0, 2]),
        ("date.*", [1, 1, 1, 2]),  # date.no_evidence is not consistent: it fails; a confirmed claim never does
        ("location.unresolved", [0, 1, 0, 2]),
        ("duration.match", [0, 0, 0, 2]),
        (" Mismatch , location.* ", [1, 1, 0, 2]),
    ],
)
def test_fail_on(policy: str, codes: list[int]) -> None:
    parsed = parse_policy(policy)
    assert [parsed.exit_code(r) for r in (MISMATCH, UNVERIFIABLE, CONSISTENT, ERROR)] == codes


@pytest.mark.parametrize("value", ["", " , ", "mismatches", "locaton.mismatch", "date.*;rm -rf"])
def test_fail_on_refuses_what_matches_nothing(value: str) -> None:
    with pytest.raises(PolicyError):
        parse_policy(value)


def test_text_view_strips_terminal_controls_and_keeps_lines_its_own() -> None:
    text = render_text(ERROR)
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "<script>alert(1)</script>" in text  # plain text: shown, not interpreted
    assert [line for line in text.splitlines() if line.startswith("verdict:")] == [
        "verdict: ERROR (1 consistent, 0 mismatch, 0 unverifiable)"
    ]


def batch_summary() -> tuple[BatchSummary, list[tuple[PairSummary, Report | None]]]:
    pairs = []
    for i, (r, code) in enumerate([(MISMATCH, 1), (CONSISTENT, 0), (None, 2)]):
        pairs.append(
            PairSummary(
                id=f"pair|{i}<b>",
                line=i + 2,
                video=HOSTILE,
                article="a.txt",
                verdict=r.summary.verdict if r else "error",
                exit_code=code,
                report=f"p{i}.json" if r else None,
                errors=[] if r else [HOSTILE],
                counts=r.summary.counts if r else None,
                seconds=1.5,
            )
        )
    totals = Totals(pairs=3, consistent=1, mismatch=1, unverifiable=0, error=1, failed=1, exit_code=2)
    summary = BatchSummary(
        tool=ToolInfo(name="provenance", version="0", exiftool_version=None),
        manifest="m.csv",
        fail_on="mismatch",
        frames=True,
        every_frame=False,
        pairs=pairs,
        totals=totals,
    )
    return summary, list(zip(pairs, [MISMATCH, CONSISTENT, None], strict=True))


def test_junit_parses_and_carries_the_failing_findings(tmp_path) -> None:
    summary, pairs = batch_summary()
    xml = render_junit(summary, pairs, "desk", DEFAULT_POLICY)
    ET.fromstring(xml.encode())  # well-formed, no control character
    (tmp_path / "j.xml").write_text(xml)
    (suite,) = list(JUnitXml.fromfile(str(tmp_path / "j.xml")))
    assert (suite.tests, suite.failures, suite.errors) == (3, 1, 1)
    failing, passing, error = list(suite)
    assert failing.classname == "desk" and failing.name == "pair|0<b>"
    assert (
        failing.result[0].message == "1 finding fails --fail-on mismatch: duration.mismatch"
        or "duration.mismatch" in failing.result[0].message
    )
    assert "date.no_evidence" not in failing.result[0].text  # only what fails the policy
    assert passing.result == [] and error.result[0].type == "error"


def test_markdown_escapes_file_borne_strings() -> None:
    summary, pairs = batch_summary()
    text = render_markdown(summary, pairs, DEFAULT_POLICY)
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert len(rows) == 5 and all(row.count(" | ") == 5 for row in rows[2:])  # header, rule, three pairs
    assert "<script>" not in text and "&lt;script&gt;" in text and "pair\\|0&lt;b&gt;" in text


def test_html_page_and_index_escape_everything() -> None:
    page = render_html(MISMATCH, PageMaterial(article_text=f"In the 42-second video. {HOSTILE}"))
    dom = lxml_html.fromstring(page)
    assert dom.xpath("//script") == [] and "\x1b" not in page and "\u202e" not in page
    assert HOSTILE.split("\x1b")[0] in dom.text_content()
    assert [m.text_content() for m in dom.xpath("//mark")] == ["42-second video"]
    assert dom.xpath("//mark/@class") == ["claim v-mismatch"]  # its worst finding
    summary, _ = batch_summary()
    index = lxml_html.fromstring(render_index(summary))
    assert index.xpath("//script") == [] and index.xpath("//a/@href") == ["pair|0<b>.html", "pair|1<b>.html"]
    assert index.get_element_by_id("verdict").get("data-exit-code") == "2"


def test_check_takes_fail_on_too(tmp_path) -> None:
    from typer.testing import CliRunner

    from provenance.cli import app

    from .conftest import SAMPLES

    pair = [str(SAMPLES / "duration_mismatch_20s.mp4"), str(SAMPLES / "duration_mismatch_20s.txt"), "--no-frames"]
    runner = CliRunner()
    assert runner.invoke(app, ["check", *pair]).exit_code == 1
    assert runner.invoke(app, ["check", *pair, "--fail-on", "error"]).exit_code == 0
    assert runner.invoke(app, ["check", *pair, "--fail-on", "location.*"]).exit_code == 0
    assert runner.invoke(app, ["check", *pair, "--fail-on", "duration.*,location.*"]).exit_code == 1
    bad = runner.invoke(app, ["check", *pair, "--fail-on", "durations"])
    assert bad.exit_code == 2 and bad.stderr.count("\n") == 1 and "matches no finding code" in bad.stderr
