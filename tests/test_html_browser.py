"""The HTML report in a real browser: headless Chromium loads the page, the DOM is checked, a screenshot taken.

The pair is hostile on purpose: the video's tags and file name and the article's text carry `<script>`,
an `<img onerror>` and terminal escapes. The page must show them as text and run nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html
from typer.testing import CliRunner

from provenance.cli import app

from .conftest import SAMPLES

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
]
HOSTILE_NAME = "clip<img src=x onerror=alert(1)>.mp4"
HOSTILE_MAKE = "<img src=x onerror=alert(1)>"
HOSTILE_MODEL = "<script>alert(2)</script>"
HOSTILE_ARTICLE = (
    'In the 20-second video <script>document.title="pwned"</script> released on Tuesday, '
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> two men appear.\n"
    "\x1b[2J\x1b[31mThe clip was filmed in Kyiv.\n"
)


def chromium() -> str:
    found = shutil.which(os.environ.get("PROVENANCE_CHROMIUM", "chromium"))
    if found is None:
        pytest.fail("headless Chromium is missing: scripts/test installs it (Debian package chromium)")
    return found


def browse(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("hostile")
    video = folder / HOSTILE_NAME
    shutil.copy(SAMPLES / "duration_mismatch_20s.mp4", video)
    subprocess.run(
        [
            "exiftool",
            "-q",
            "-overwrite_original",
            f"-Keys:Make={HOSTILE_MAKE}",
            f"-Keys:Model={HOSTILE_MODEL}",
            str(video),
        ],
        check=True,
    )
    article = folder / "article.txt"
    article.write_text(HOSTILE_ARTICLE)
    runner = CliRunner()
    page = folder / "page.html"
    done = runner.invoke(app, ["check", str(video), str(article), "--format", "html", "-o", str(page)])
    assert done.exit_code in (0, 1), done.stderr
    report = json.loads(runner.invoke(app, ["check", str(video), str(article)]).stdout)
    return page, report


def test_hostile_page_shows_the_verdict_and_every_finding_and_runs_nothing(hostile, tmp_path: Path) -> None:
    page, report = hostile
    done = browse(page, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    dom = lxml_html.fromstring(done.stdout)
    header = dom.get_element_by_id("verdict")
    assert header.get("data-verdict") == report["summary"]["verdict"]
    assert report["summary"]["verdict"].upper() in header.text_content()
    assert sorted(dom.xpath("//li[@data-code]/@data-code")) == sorted(f["code"] for f in report["findings"])
    # nothing injected: no script element, no event handler, no image that is not inline, no changed title
    assert dom.xpath("//script") == []
    assert [a for e in dom.iter() if isinstance(e.tag, str) for a in e.attrib if a.lower().startswith("on")] == []
    assert all(src.startswith("data:image/") for src in dom.xpath("//img/@src"))
    assert dom.xpath("//body/@data-pwned") == [] and dom.findtext(".//title") != "pwned"
    # ... and every hostile string is there as text
    text = dom.get_element_by_id("article-text").text_content()
    assert '<script>document.title="pwned"</script>' in text and "\x1b" not in text
    assert HOSTILE_MAKE in dom.text_content() and HOSTILE_MODEL in dom.text_content()
    assert HOSTILE_NAME in header.text_content()
    # each claim of the text is marked where the report says it is
    marked = {c for m in dom.xpath("//mark/@data-claims") for c in m.split()}
    assert marked == {c["id"] for c in report["claims"] if c["start"] is not None}


def test_screenshot_of_a_sample_page(tmp_path: Path) -> None:
    page = tmp_path / "consistent.html"
    done = CliRunner().invoke(
        app,
        [
            "check",
            str(SAMPLES / "consistent_42s_2017-10-03.mp4"),
            str(SAMPLES / "consistent_42s_2017-10-03.html"),
            "--format",
            "html",
            "-o",
            str(page),
        ],
    )
    assert done.exit_code == 0, done.stderr
    shot = tmp_path / "consistent.png"
    browsed = browse(page, tmp_path / "profile", "--window-size=1280,2400", f"--screenshot={shot}")
    assert browsed.returncode == 0, browsed.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1280, 2400)
    assert len(data) > 50_000  # a rendered page with pictures, not a blank one
    dom = lxml_html.fromstring(browse(page, tmp_path / "profile2", "--dump-dom").stdout)
    assert len(dom.xpath("//figure/img")) == len(dom.xpath("//figure")) >= 1
    assert dom.get_element_by_id("contact-sheet").get("src").startswith("data:image/png;base64,")
