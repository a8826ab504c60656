"""The CI recipes under docs/ci run as written: their batch commands over a newsroom manifest fail on the
sample pairs' mismatches and leave the HTML, JUnit and Markdown the upload steps name.

Install steps (apt-get, pip) are skipped: this checkout is already installed. Everything else runs
through bash, as the CI systems run it, with `provenance` on PATH.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from junitparser import JUnitXml

from .conftest import ROOT, SAMPLE_PAIRS, SAMPLES

RECIPES = ROOT / "docs" / "ci"


def _is_install(command: str) -> bool:
    return "apt-get" in command or "pip install" in command


def github_steps() -> list[tuple[str, bool]]:
    """(command, runs even after a failure) for each `run` step of the workflow, install steps left out."""
    workflow = yaml.safe_load((RECIPES / "github-actions.yml").read_text())
    steps = workflow["jobs"]["provenance"]["steps"]
    return [(s["run"], "always()" in s.get("if", "")) for s in steps if "run" in s and not _is_install(s["run"])]


def github_artifacts() -> list[str]:
    workflow = yaml.safe_load((RECIPES / "github-actions.yml").read_text())
    uploads = [s for s in workflow["jobs"]["provenance"]["steps"] if "upload-artifact" in s.get("uses", "")]
    return [p.strip() for p in uploads[0]["with"]["path"].splitlines() if p.strip()]


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One workspace for both recipes: the second finds the first's results (as a CI cache would give them)."""
    tmp_path = tmp_path_factory.mktemp("workspace")
    folder = tmp_path / "newsroom"
    folder.mkdir()
    (folder / "media").symlink_to(SAMPLES)  # the sidecars beside the videos come along
    with (folder / "today.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["video", "article"])
        writer.writerows([f"media/{video}", f"media/{article}"] for video, article, _, _ in SAMPLE_PAIRS)
    return tmp_path


def bash(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-e", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def environment(workspace: Path) -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_STEP_SUMMARY": str(workspace / "step-summary.md"),
    }


def test_github_actions_recipe(newsroom: Path) -> None:
    env = environment(newsroom)
    failed = False
    for command, always in github_steps():
        if failed and not always:
            continue
        done = bash(command, newsroom, env)
        assert "Traceback" not in done.stderr
        if done.returncode != 0:
            assert "provenance batch" in command and done.returncode == 1, done.stderr  # the mismatches
            failed = True
    assert failed, "the sample pairs hold mismatches: the job must fail"
    for path in github_artifacts():
        assert (newsroom / path).exists(), path
    assert (newsroom / "provenance-out" / "index.html").exists()
    assert "| duration\\_mismatch\\_20s | mismatch |" in (newsroom / "step-summary.md").read_text()
    (suite,) = list(JUnitXml.fromfile(str(newsroom / "provenance-junit.xml")))
    assert suite.tests == len(SAMPLE_PAIRS) and suite.failures == sum(code == 1 for *_, code in SAMPLE_PAIRS)


def test_gitlab_ci_recipe(newsroom: Path) -> None:
    job = yaml.safe_load((RECIPES / "gitlab-ci.yml").read_text())["provenance"]
    env = environment(newsroom)
    results = [bash(command, newsroom, env) for command in job["script"]]
    assert [r.returncode for r in results] == [1], [r.stderr for r in results]
    for path in job["artifacts"]["paths"]:
        assert (newsroom / path).exists(), path
    assert (newsroom / job["artifacts"]["reports"]["junit"]).exists()
    assert job["artifacts"]["when"] == "always"
    assert all(_is_install(c) for c in job["before_script"][1:])
