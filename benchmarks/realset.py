"""The real-article claims set (tests/data/claims_real/*.jsonl): load, validate, split.

Format: tests/data/claims_real/FORMAT.md. Each article goes wholly to one split, decided by a hash
of its URL, so nobody chooses which passages are held out:

    python benchmarks/realset.py            # validate every file, print counts per split and kind
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, get_args

from provenance.models.claims import Claim, ClaimKind

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "claims_real"
# the labels use the report's own vocabulary
KINDS = set(get_args(ClaimKind))
STANCES = set(get_args(Claim.model_fields["stance"].annotation))
ROLES = {"recorded", "released"}  # a published date is never labelled: the page's metadata gives it
GENRES = {"wire", "broadcaster", "newspaper", "fact-check", "agency-other"}
LEVELS = {"country", "region", "city", "village", "area"}


def split_of(url: str) -> str:
    """`heldout` for about a third of the articles, `dev` for the rest, by a hash of the URL."""
    return "heldout" if int(hashlib.sha256(url.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def load(split: str | None = None) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["split"] = split_of(row["url"])
                if split is None or row["split"] == split:
                    rows.append(row)
    return rows


def span_start(text: str, item: dict[str, Any]) -> int:
    if "start" in item:
        return int(item["start"])
    return text.find(item["span"])


def problems(row: dict[str, Any]) -> list[str]:
    """What is wrong with one passage, as readable lines (empty when it is well formed)."""
    out = []
    for key in ("id", "article", "url", "outlet", "genre", "topic", "published", "text", "claims"):
        if key not in row:
            out.append(f"missing {key}")
    if out:
        return out
    text = row["text"]
    if row.get("title") is not None and not (isinstance(row["title"], str) and row["title"].strip()):
        out.append(f"title {row['title']!r}")
    if row["genre"] not in GENRES:
        out.append(f"genre {row['genre']!r}")
    for item in row["claims"] + row.get("distractors", []):
        span = item.get("span", "")
        start = span_start(text, item)
        if not span or start < 0 or text[start : start + len(span)] != span:
            out.append(f"span {span!r} not in text at {start}")
        elif "start" not in item and text.count(span) > 1:
            out.append(f"span {span!r} occurs {text.count(span)} times: give start")
    for claim in row["claims"]:
        kind = claim.get("kind")
        if kind not in KINDS:
            out.append(f"kind {kind!r}")
            continue
        if claim.get("stance") not in STANCES:
            out.append(f"stance {claim.get('stance')!r} on {claim['span']!r}")
        value = claim.get("value")
        if kind == "date" and claim.get("role") not in ROLES:
            out.append(f"date role {claim.get('role')!r} on {claim['span']!r}")
        if kind == "location" and not (
            isinstance(value, dict) and value.get("level") in LEVELS and len(value.get("country", "")) == 2
        ):
            out.append(f"location value {value!r}")
        if kind in ("spoken_language", "subtitle_language") and not (isinstance(value, str) and len(value) == 2):
            out.append(f"language value {value!r}")
        if kind == "hedge" and not (isinstance(value, dict) and value.get("polarity") in ("unverified", "verified")):
            out.append(f"hedge value {value!r}")
    return out


def main() -> int:
    rows = load()
    bad = 0
    for row in rows:
        for problem in problems(row):
            bad += 1
            print(f"{row.get('id')}: {problem}")
    ids = Counter(row.get("id") for row in rows)
    for dup, n in ids.items():
        if n > 1:
            bad += 1
            print(f"{dup}: id used {n} times")
    for split in ("dev", "heldout"):
        part = [r for r in rows if r["split"] == split]
        kinds = Counter(c["kind"] for r in part for c in r["claims"])
        stances = Counter(c.get("stance") for r in part for c in r["claims"])
        articles = {r["article"] for r in part}
        titled = {r["article"] for r in part if r.get("title")}
        print(
            f"{split}: {len(part)} passages from {len(articles)} articles ({len(titled)} with their headline); "
            f"{dict(sorted(kinds.items()))}"
        )
        print(f"  stances {dict(stances)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
