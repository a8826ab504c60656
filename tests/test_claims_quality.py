"""The claim-quality benchmark runs in CI and holds its pinned floors."""

from __future__ import annotations

import importlib.util
import json
import sys
from typing import get_args

from provenance.models import ClaimKind

from .conftest import ROOT

BENCH = ROOT / "benchmarks" / "claims_quality.py"


def _load():
    spec = importlib.util.spec_from_file_location("claims_quality", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_labelled_set_is_large_enough_with_traps() -> None:
    rows = _load().load()
    assert len(rows) >= 80
    assert sum(1 for r in rows if not r["claims"]) >= 25
    kinds = {c[0] for r in rows for c in r["claims"]}
    assert kinds == set(get_args(ClaimKind))


def test_floors_hold_and_are_at_least_the_targets(capsys) -> None:
    bench = _load()
    floors = json.loads((ROOT / "benchmarks" / "claims_floors.json").read_text())
    for kind in ("duration", "date"):
        assert floors[kind]["precision"] >= 0.95 and floors[kind]["recall"] >= 0.90
    for kind in ("location", "people_count", "spoken_language", "subtitle_language", "source"):
        assert floors[kind]["precision"] >= 0.85 and floors[kind]["recall"] >= 0.80
    assert bench.main() == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    assert "date (dateparser)" in out  # the baseline is printed beside ours


def test_baseline_is_worse_than_ours_on_dates() -> None:
    bench = _load()
    ours = bench.score(bench.ours)["date"]
    baseline = bench.score(bench.dateparser_baseline, roles=False)["date"]
    assert ours["precision"] > baseline["precision"] and ours["recall"] > baseline["recall"]
