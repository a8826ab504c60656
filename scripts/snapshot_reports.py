"""Reports on every sample pair and every corpus file, scrubbed of volatile fields, for before/after diffs.

A refactor must not change what the tool says. Run this before and after, then compare:

    python scripts/snapshot_reports.py /tmp/before
    ... change the code ...
    python scripts/snapshot_reports.py /tmp/after --compare /tmp/before

Scrubbed: the tool's and ExifTool's versions and the decode pass's wall-clock time. Paths are
given relative to the checkout, so two checkouts give the same reports. Corpus files (from
../shared/corpus/media, when it is beside the checkout) are paired with the seed article and
with the consistent sample's article (a date in its metadata).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path("sample_media")
CORPUS = Path("..") / "shared" / "corpus" / "media"
SEEDS = Path("..") / "shared" / "seeds"
ARTICLE_SUFFIXES = (".html", ".txt", ".md", ".json")


def pairs() -> list[tuple[str, Path, Path]]:
    """(name, video, article) for every sample pair and every corpus file, paths relative to ROOT."""
    found = []
    for video in sorted((ROOT / SAMPLES).glob("*.mp4")):
        article = next((video.with_suffix(s) for s in ARTICLE_SUFFIXES if video.with_suffix(s).exists()), None)
        if article is not None:
            found.append((f"sample-{video.stem}", SAMPLES / video.name, SAMPLES / article.name))
    sample_article = SAMPLES / "consistent_42s_2017-10-03.html"
    seeds = sorted((ROOT / SEEDS).glob("*.txt")) if (ROOT / SEEDS).exists() else []
    if (ROOT / CORPUS).exists():
        for video in sorted((ROOT / CORPUS).iterdir()):
            if video.suffix == ".md":
                continue
            found.append((f"corpus-{video.name}", CORPUS / video.name, sample_article))
            for seed in seeds:
                found.append((f"corpus-{video.name}-{seed.stem}", CORPUS / video.name, SEEDS / seed.name))
    return found


def scrub(report: dict[str, Any]) -> dict[str, Any]:
    report["tool"]["version"] = "X"
    report["tool"]["exiftool_version"] = "X"
    analysis = (report.get("video") or {}).get("analysis")
    if analysis:
        analysis["elapsed_s"] = 0
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    args = parser.parse_args()
    out = args.out.resolve()
    compare = args.compare.resolve() if args.compare else None
    os.chdir(ROOT)
    from provenance import check
    from provenance.video.exiftool import ExifTool

    out.mkdir(parents=True, exist_ok=True)
    differ = 0
    with ExifTool() as session:
        for name, video, article in pairs():
            try:
                report = scrub(check(str(video), str(article), exiftool=session).model_dump(mode="json"))
                body = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
            except Exception as exc:  # noqa: BLE001 - a crash is a result to compare too
                body = f"raised {type(exc).__name__}: {exc}\n"
            (out / f"{name}.json").write_text(body, encoding="utf-8")
            if compare is not None:
                earlier = compare / f"{name}.json"
                before = earlier.read_text(encoding="utf-8") if earlier.exists() else ""
                if before != body:
                    differ += 1
                    diff = difflib.unified_diff(before.splitlines(), body.splitlines(), "before", "after", lineterm="")
                    print(f"--- {name} differs")
                    print("\n".join(list(diff)[:40]))
    total = len(pairs())
    print(f"{total} reports written to {out}" + (f"; {differ} differ from {compare}" if compare else ""))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
