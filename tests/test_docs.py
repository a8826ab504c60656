"""The README and CI stay in step with the code."""

from __future__ import annotations

import re

from provenance.models import FindingCode, SignalCode

from .conftest import ROOT


def _table_rows(section: str) -> list[list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    body = readme.split(f"### {section}\n", 1)[1].split("\n#", 1)[0]
    return [
        [cell.strip() for cell in line.strip("|").split(" | ")]
        for line in body.splitlines()
        if re.match(r"^\| `[a-z0-9_.]+` \|", line)
    ]


def test_readme_lists_every_finding_code_with_its_verdict_and_meaning() -> None:
    rows = {row[0].strip("`"): (row[1], row[2]) for row in _table_rows("Finding codes")}
    assert rows == {code.value: (code.verdict, code.meaning) for code in FindingCode}


def test_readme_lists_every_signal_code_with_its_meaning() -> None:
    rows = {row[0].strip("`"): row[1] for row in _table_rows("Signal codes")}
    assert rows == {code.value: code.meaning for code in SignalCode}


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["./scripts/demo", "./scripts/test"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "exec ./scripts/test" in ci
