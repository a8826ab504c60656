"""The claim-quality benchmark runs in CI and holds its pinned floors; the real-article set is well formed."""

from __future__ import annotations

import importlib.util
import json
import sys
from typing import get_args

from provenance.models import ClaimKind

from .conftest import ROOT

BENCH = ROOT / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_written_set_is_large_enough_with_traps() -> None:
    rows = _load("claims_quality").load("written")
    assert len(rows) >= 80
    assert sum(1 for r in rows if not r["claims"]) >= 25
    assert {c["kind"] for r in rows for c in r["claims"]} == set(get_args(ClaimKind))


def test_real_set_is_well_formed_and_split_by_article() -> None:
    realset = _load("realset")
    rows = realset.load()
    assert [p for row in rows for p in realset.problems(row)] == []
    assert len(rows) >= 200 and len({row["article"] for row in rows}) >= 120
    assert all(row["url"].startswith("http") for row in rows)
    splits: dict[str, set[str]] = {}
    for row in rows:
        splits.setdefault(row["article"], set()).add(row["split"])
    assert all(len(s) == 1 for s in splits.values())  # an article never straddles the splits
    held = sum(1 for s in splits.values() if s == {"heldout"})
    assert 0.25 < held / len(splits) < 0.42


def test_floors_hold(capsys) -> None:
    bench = _load("claims_quality")
    floors = json.loads((BENCH / "claims_floors.json").read_text())
    for kind in ("duration", "date"):
        assert floors["written"][kind]["precision"] >= 0.95 and floors["written"][kind]["recall"] >= 0.90
    assert bench.main([]) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    assert "date (dateparser)" in out and "[heldout]" in out


def test_baseline_is_worse_than_ours_on_dates() -> None:
    bench = _load("claims_quality")
    for which in ("written",):
        ours = bench.score(which)["kinds"]["date"]
        baseline = bench.score(which, bench.dateparser_baseline, roles=False)["kinds"]["date"]
        assert ours["precision"] > baseline["precision"] and ours["recall"] > baseline["recall"]


def test_a_miss_is_told_by_its_place_in_the_passage() -> None:
    bench = _load("claims_quality")
    text = (
        'The video shows a flood in Lima. Its caption reads "Flood in Cusco". The clip was shot near Arequipa, in '
        "Peru's south.\n\nThe next day, ministers held talks in Quito."
    )

    def label(span: str, kind: str = "location") -> dict:
        start = text.index(span)
        return {"kind": kind, "span": span, "start": start, "end": start + len(span)}

    row = {"text": text, "distractors": [{"kind": "location", "span": "Quito"}]}
    found = [{**label("Arequipa"), "value": None}]
    assert bench.miss_form(row, label("Cusco"), [], None) == "quoted"
    assert bench.miss_form(row, label("Quito"), [], None) == "other sentence"
    assert bench.miss_form(row, label("Lima"), [], None) == "not read"
    assert bench.miss_form(row, label("near Arequipa"), found, None) == "other value"
    assert bench.miss_form(row, label("Quito"), [], None, wrong=True) == "distractor"
    assert bench.miss_form(row, label("Lima"), [], None, wrong=True) == "no label"


def test_a_passage_read_in_its_article_keeps_only_its_own_claims_at_its_own_offsets() -> None:
    bench = _load("claims_quality")
    rows = [
        {"id": "z-001-1", "article": "z-001", "text": "A video shows a march."},
        {"id": "z-001-2", "article": "z-001", "text": "In it, two men wave flags."},
        {"id": "z-002-1", "article": "z-002", "text": "Unrelated."},
    ]
    seen: list[str] = []

    def predict(text, published, title):
        seen.append(text)
        start = text.index("two men") if "two men" in text else text.index("march")
        return [{"kind": "people_count", "start": start, "end": start + 7, "value": 2}]

    [claim] = bench._read_in_article(rows[1], rows, None, None, predict)
    assert seen == ["A video shows a march.\n\nIn it, two men wave flags."]
    assert rows[1]["text"][claim["start"] : claim["end"]] == "two men"
    assert bench._read_in_article(rows[0], rows, None, None, predict)[0]["start"] == rows[0]["text"].index("march")
