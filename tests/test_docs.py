"""The README and CI stay in step with the code."""

from __future__ import annotations

import re

from provenance.checks import CODES
from provenance.signals import SIGNAL_CODES

from .conftest import ROOT


def _table_codes(section: str) -> set[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    body = readme.split(f"### {section}\n", 1)[1].split("\n#", 1)[0]
    return set(re.findall(r"^\| `([a-z0-9_.]+)` \|", body, re.MULTILINE))


def test_readme_lists_every_finding_code() -> None:
    assert _table_codes("Finding codes") == set(CODES)


def test_readme_lists_every_signal_code() -> None:
    assert _table_codes("Signal codes") == set(SIGNAL_CODES)


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["./scripts/demo", "./scripts/test"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "exec ./scripts/test" in ci
