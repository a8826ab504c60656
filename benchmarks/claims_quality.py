"""Claim-extraction quality on the labelled set in tests/data/claims_labelled.jsonl.

Prints precision and recall per claim kind for provenance's extractor and, for dates, for
the baseline `dateparser.search.search_dates` run over the same passages. Exits 1 when any
kind falls below the floor pinned in benchmarks/claims_floors.json (raise floors as quality
improves; never lower one silently).

    python benchmarks/claims_quality.py
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any, get_args

from provenance.article.claims import extract_claims
from provenance.models import Claim, ClaimKind, Place, Range

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "data" / "claims_labelled.jsonl"
FLOORS = HERE / "claims_floors.json"
PUBLISHED = date(2017, 10, 3)
KINDS = list(get_args(ClaimKind))


def load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold(row: dict[str, Any]) -> list[dict[str, Any]]:
    items = []
    for kind, span, value, *role in row["claims"]:
        start = row["text"].find(span)
        assert start >= 0, f"span {span!r} not in {row['text']!r}"
        items.append(
            {"kind": kind, "start": start, "end": start + len(span), "value": value, "role": role[0] if role else None}
        )
    return items


def _value(claim: Claim) -> Any:
    if isinstance(claim.value, Range):
        return [claim.value.min, claim.value.max]
    if isinstance(claim.value, Place):
        return claim.value.name
    return claim.value


def _same(pred: dict[str, Any], gold: dict[str, Any], roles: bool) -> bool:
    if pred["kind"] != gold["kind"] or pred["end"] <= gold["start"] or gold["end"] <= pred["start"]:
        return False
    if roles and gold["role"] and pred.get("role") != gold["role"]:
        return False
    p, g = pred["value"], gold["value"]
    if isinstance(g, int | float) and isinstance(p, int | float):
        return abs(float(p) - float(g)) < 1e-6
    return p == g


def score(predict, roles: bool = True, misses: list[str] | None = None) -> dict[str, dict[str, float]]:
    """Precision, recall and counts per kind for a predictor: text -> [{kind, start, end, value, role}].

    With `roles` off (the baseline has none) a date matches whatever its role; `misses`
    collects a line per false positive and false negative.
    """
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    for row in load():
        gold = _gold(row)
        matched: set[int] = set()
        for pred in predict(row["text"]):
            hit = next((i for i, g in enumerate(gold) if i not in matched and _same(pred, g, roles)), None)
            if hit is None:
                fp[pred["kind"]] += 1
                if misses is not None:
                    misses.append(
                        f"FP {pred['kind']}: {row['text'][pred['start'] : pred['end']]!r} = {pred['value']!r}"
                        f" in {row['text']!r}"
                    )
            else:
                matched.add(hit)
                tp[pred["kind"]] += 1
        for i, g in enumerate(gold):
            if i not in matched:
                fn[g["kind"]] += 1
                if misses is not None:
                    misses.append(f"FN {g['kind']}: {row['text'][g['start'] : g['end']]!r} in {row['text']!r}")
    result = {}
    for kind in sorted(set(tp) | set(fp) | set(fn)):
        t, f_p, f_n = tp[kind], fp[kind], fn[kind]
        result[kind] = {
            "precision": t / (t + f_p) if t + f_p else 1.0,
            "recall": t / (t + f_n) if t + f_n else 1.0,
            "tp": t,
            "fp": f_p,
            "fn": f_n,
        }
    return result


def ours(text: str) -> list[dict[str, Any]]:
    return [
        {"kind": c.kind, "start": c.start, "end": c.end, "value": _value(c), "role": c.role}
        for c in extract_claims(text, PUBLISHED)
        if c.start is not None
    ]


def dateparser_baseline(text: str) -> list[dict[str, Any]]:
    """Every date `search_dates` finds in the passage, taken as a date claim (it has no roles)."""
    from dateparser.search import search_dates

    found = (
        search_dates(
            text,
            languages=["en"],
            settings={"RELATIVE_BASE": datetime.combine(PUBLISHED, datetime.min.time()), "PREFER_DATES_FROM": "past"},
        )
        or []
    )
    preds, cursor = [], 0
    for substring, moment in found:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        cursor = max(start, 0) + len(substring)
        preds.append(
            {
                "kind": "date",
                "start": start,
                "end": start + len(substring),
                "value": moment.date().isoformat(),
                "role": None,
            }
        )
    return preds


def main() -> int:
    floors = json.loads(FLOORS.read_text())
    misses: list[str] = []
    result = score(ours, misses=misses)
    baseline = score(dateparser_baseline, roles=False)
    print(f"{'kind':<18} {'precision':>9} {'recall':>7}  {'tp':>3} {'fp':>3} {'fn':>3}   floor P/R")
    failed = []
    for kind in KINDS:
        r = result.get(kind, {"precision": 1.0, "recall": 0.0, "tp": 0, "fp": 0, "fn": 0})
        floor = floors.get(kind, {"precision": 0.0, "recall": 0.0})
        ok = r["precision"] >= floor["precision"] and r["recall"] >= floor["recall"]
        if not ok:
            failed.append(kind)
        print(
            f"{kind:<18} {r['precision']:>9.3f} {r['recall']:>7.3f}  {r['tp']:>3} {r['fp']:>3} {r['fn']:>3}"
            f"   {floor['precision']:.2f}/{floor['recall']:.2f}{'' if ok else '  BELOW FLOOR'}"
        )
    # the baseline's recall is scored without roles, so it is measured against the same date spans
    b = baseline.get("date", {"precision": 0.0, "recall": 0.0, "tp": 0, "fp": 0, "fn": 0})
    print(
        f"{'date (dateparser)':<18} {b['precision']:>9.3f} {b['recall']:>7.3f}  {b['tp']:>3} {b['fp']:>3} {b['fn']:>3}"
        "   baseline: search_dates over each passage"
    )
    if "-v" in sys.argv:
        print("\n".join(misses))
    if failed:
        print(f"below floor: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
