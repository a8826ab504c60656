"""Claim-extraction quality: precision and recall per kind, and stance, on three sets side by side.

    written   tests/data/claims_labelled.jsonl: short passages written for this project (unit-test
              material: the same hands wrote them and the patterns)
    dev       the real-article set's development split (tests/data/claims_real, two thirds of the
              articles by a hash of their URL): patterns are written against it
    heldout   the other third: scored, never read to write a pattern

Beside ours, the `dateparser.search.search_dates` baseline over each passage (dates only, roles
ignored). Exits 1 when a kind falls below its floor in benchmarks/claims_floors.json (floors are
pinned a little under the measured scores and only go up).

    python benchmarks/claims_quality.py            # the table
    python benchmarks/claims_quality.py -v         # and every miss of the written and dev sets
    python benchmarks/claims_quality.py --time     # and the extraction time per 1,000 words
    python benchmarks/claims_quality.py --no-heldout -v   # while writing patterns: the held-out split unseen
    python benchmarks/claims_quality.py --no-titles  # each passage alone, without its article's headline
    python benchmarks/claims_quality.py --forms    # and each split's misses by form (counts, see `miss_form`)
    python benchmarks/claims_quality.py --in-article  # each passage read after its article's earlier passages
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, get_args

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import realset  # noqa: E402

from provenance.article.claims import extract_claims  # noqa: E402
from provenance.gazetteer import fold  # noqa: E402
from provenance.models import Claim, ClaimKind, Place, Range  # noqa: E402

WRITTEN = HERE.parent / "tests" / "data" / "claims_labelled.jsonl"
FLOORS = HERE / "claims_floors.json"
WRITTEN_PUBLISHED = date(2017, 10, 3)
KINDS = list(get_args(ClaimKind))
SETS = ("written", "dev", "heldout")


# ------------------------------------------------------------------ the sets, in one shape


def load_written() -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(WRITTEN.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        row = json.loads(line)
        claims = []
        for kind, span, value, *role in row["claims"]:
            claims.append({"kind": kind, "span": span, "value": value, "role": role[0] if role else None})
        rows.append(
            {"id": f"w-{number}", "text": row["text"], "published": WRITTEN_PUBLISHED.isoformat(), "claims": claims}
        )
    return rows


def load(which: str) -> list[dict[str, Any]]:
    return load_written() if which == "written" else realset.load(which)


def _gold(row: dict[str, Any]) -> list[dict[str, Any]]:
    items = []
    for claim in row["claims"]:
        start = realset.span_start(row["text"], claim)
        assert start >= 0, f"span {claim['span']!r} not in {row['text']!r}"
        items.append({**claim, "start": start, "end": start + len(claim["span"])})
    return items


# ------------------------------------------------------------------ comparing a found claim with a label


def _duration_same(found: Any, gold: Any) -> bool:
    if isinstance(gold, list):
        if isinstance(found, list):
            return found == gold
        return found in [g for g in gold if g is not None]
    if isinstance(found, list):
        return gold in found
    return abs(float(found) - float(gold)) < 1e-6


def _date_same(found: dict[str, Any], gold: dict[str, Any]) -> bool:
    if gold.get("role") and found.get("role") != gold["role"]:
        return False
    if gold["value"] is None:
        return found["value"] is None
    return found["value"] is not None and str(found["value"])[: len(gold["value"])] == gold["value"]


def _place_same(found: Any, gold: Any) -> bool:
    if not isinstance(found, dict):
        return False
    if isinstance(gold, str):  # the written set labels a place by its gazetteer name
        return fold(found["name"]) == fold(gold)
    if found["country"] != gold["country"]:
        return False
    return (found["kind"] == "country") == (gold["level"] == "country")


def _people_same(found: Any, gold: Any) -> bool:
    if isinstance(gold, dict):
        low = gold.get("min")
        if isinstance(found, list):
            return found[0] is not None and low is not None and found[0] >= low
        return low is not None and found is not None and found >= low
    return not isinstance(found, list) and found is not None and int(found) == int(gold)


def same(found: dict[str, Any], gold: dict[str, Any]) -> bool:
    """A found claim meets a label: same kind, overlapping spans, and the same value (and role)."""
    if found["kind"] != gold["kind"] or found["end"] <= gold["start"] or gold["end"] <= found["start"]:
        return False
    kind, value = gold["kind"], gold["value"]
    if kind == "date":
        return _date_same(found, gold)
    if found["value"] is None or value is None:
        return found["value"] is None and value is None  # both unresolved (a place not in the gazetteer)
    if kind == "duration":
        return _duration_same(found["value"], value)
    if kind == "location":
        return _place_same(found["value"], value)
    if kind == "people_count":
        return _people_same(found["value"], value)
    if kind in ("spoken_language", "subtitle_language"):
        return found["value"] == value
    if kind == "hedge" and isinstance(value, dict):
        return found["value"] == value["polarity"]
    return True  # sources (and the written set's hedges): the span says it


def _found_value(claim: Claim) -> Any:
    if isinstance(claim.value, Range):
        return [claim.value.min, claim.value.max]
    if isinstance(claim.value, Place):
        return {"name": claim.value.name, "country": claim.value.country_code, "kind": claim.value.kind}
    return claim.value


def ours(text: str, published: date | None, title: str | None = None) -> list[dict[str, Any]]:
    return [
        {
            "kind": c.kind,
            "start": c.start,
            "end": c.end,
            "value": _found_value(c),
            "role": c.role,
            "stance": getattr(c, "stance", None),
        }
        for c in extract_claims(text, published, title=title)
        if c.start is not None
    ]


def dateparser_baseline(text: str, published: date | None, title: str | None = None) -> list[dict[str, Any]]:
    """Every date `search_dates` finds in the passage, taken as a date claim (it has no roles)."""
    from dateparser.search import search_dates

    base = datetime.combine(published or WRITTEN_PUBLISHED, datetime.min.time())
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
    preds, cursor = [], 0
    for substring, moment in found:
        start = text.find(substring, cursor)
        start = start if start >= 0 else text.find(substring)
        cursor = max(start, 0) + len(substring)
        value = moment.date().isoformat()
        preds.append({"kind": "date", "start": start, "end": start + len(substring), "value": value, "role": None})
    return preds


# ------------------------------------------------------------------ scoring


def _around(row: dict[str, Any], item: dict[str, Any]) -> str:
    """The words around a claim, for reading a miss."""
    return "..." + row["text"][max(0, item["start"] - 70) : item["end"] + 40].replace("\n", " ") + "..."


def score(
    which: str,
    predict=ours,
    roles: bool = True,
    misses: list[str] | None = None,
    titles: bool = True,
    forms: dict[str, Counter[str]] | None = None,
    in_article: bool = False,
) -> dict[str, Any]:
    """Precision, recall and counts per kind, and stance agreement, of a predictor on one set.

    Each passage is read with its article's headline (`title`, as the tool reads it from the page) unless `titles` is
    False: the passage alone, as rounds before the headlines were collected scored it. `forms`, when given, gathers
    the misses by form (`miss_form`), counts only: no text of a passage is kept. `in_article`: each passage is read
    after the passages before it from the same article, one paragraph each, as the tool reads a whole article (a
    passage that goes on describing a video an earlier one introduced then has it in scope); only claims on the
    passage's own text are scored."""
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    stance = {"agree": 0, "matched": 0, "refuted": 0, "refuted_found": 0}
    rows = load(which)
    for row in rows:
        gold = _gold(row)
        published = date.fromisoformat(row["published"]) if row.get("published") else None
        matched: set[int] = set()
        title = row.get("title") if titles else None
        if in_article:
            predicted = _read_in_article(row, rows, published, title, predict)
        else:
            predicted = predict(row["text"], published, title)
        for found in predicted:
            compare = found if roles else {**found, "role": None}
            hit = next(
                (
                    i
                    for i, g in enumerate(gold)
                    if i not in matched and same(compare, g if roles else {**g, "role": None})
                ),
                None,
            )
            if hit is None:
                fp[found["kind"]] += 1
                if forms is not None:
                    forms[f"FP {found['kind']}"][miss_form(row, found, gold, published, wrong=True)] += 1
                if misses is not None:
                    misses.append(
                        f"FP {found['kind']}: {row['text'][found['start'] : found['end']]!r} = "
                        f"{found['value']!r} {found.get('role') or ''} [{row['id']}]  {_around(row, found)}"
                    )
                continue
            matched.add(hit)
            tp[found["kind"]] += 1
            if gold[hit].get("stance"):
                stance["matched"] += 1
                stance["agree"] += found.get("stance") == gold[hit]["stance"]
                if gold[hit]["stance"] == "refuted":
                    stance["refuted_found"] += found.get("stance") == "refuted"
                if misses is not None and found.get("stance") != gold[hit]["stance"]:
                    misses.append(
                        f"STANCE {found['kind']}: {gold[hit]['span']!r} ours {found.get('stance')} gold "
                        f"{gold[hit]['stance']} [{row['id']}]  {_around(row, gold[hit])}"
                    )
        for i, g in enumerate(gold):
            stance["refuted"] += g.get("stance") == "refuted"
            if i not in matched:
                fn[g["kind"]] += 1
                if forms is not None:
                    forms[f"FN {g['kind']}"][miss_form(row, g, predicted, published)] += 1
                if misses is not None:
                    misses.append(
                        f"FN {g['kind']}: {g['span']!r} = {g['value']!r} {g.get('role') or ''} "
                        f"({g.get('stance', '')}) [{row['id']}]  {_around(row, g)}"
                    )
    kinds = {}
    for kind in KINDS:
        t, f_p, f_n = tp[kind], fp[kind], fn[kind]
        kinds[kind] = {
            "precision": t / (t + f_p) if t + f_p else 1.0,
            "recall": t / (t + f_n) if t + f_n else 1.0,
            "tp": t, "fp": f_p, "fn": f_n,
        }  # fmt: skip
    return {"kinds": kinds, "stance": stance}


def _read_in_article(
    row: dict[str, Any], rows: list[dict[str, Any]], published: date | None, title: str | None, predict
):
    """The claims found on a passage read after the earlier passages of its article (see `score`)."""
    article = row.get("article")  # (the written set's passages have none: each is read alone)
    earlier = [r["text"] for r in rows if article and r.get("article") == article and r["id"] < row["id"]]
    lead = "".join(f"{text}\n\n" for text in earlier)
    found = predict(lead + row["text"], published, title)
    shift = len(lead)
    return [{**f, "start": f["start"] - shift, "end": f["end"] - shift} for f in found if f["start"] >= shift]


def miss_form(
    row: dict[str, Any], item: dict[str, Any], others: list[dict[str, Any]], published: date | None, wrong: bool = False
) -> str:
    """The form of a miss, told from its place in the passage and not from its words, so the held-out split's misses
    can be counted without being read.

    A missed label (`wrong` False) is `other value` when a claim of its kind was found on its span with another
    value or role, `quoted` when it sits inside quotation marks (a caption or a post the article quotes), `other
    sentence` when the document pass did not take its sentence to be about the video, else `not read`: a sentence
    about the video whose wording no reading covers. A wrong claim (`wrong` True) is `other value` over a label of
    its kind, `distractor` on a span labelled as another event's, `quoted`, `other sentence`, or `no label`."""
    from provenance.article.claims.document import in_quotation

    def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
        return a["kind"] == b["kind"] and a["start"] < b["end"] and b["start"] < a["end"]

    if any(overlaps(item, other) for other in others):
        return "other value"
    if wrong:
        for distractor in row.get("distractors", []):
            start = realset.span_start(row["text"], distractor)
            if start >= 0 and start < item["end"] and item["start"] < start + len(distractor["span"]):
                return "distractor"
    sentence = _document(row["text"], published, row.get("title")).sentence_at(item["start"])
    if sentence is not None and in_quotation(row["text"][sentence.start : item["start"]]):
        return "quoted"
    if sentence is None or not sentence.in_scope:
        return "other sentence"
    return "no label" if wrong else "not read"


@lru_cache(maxsize=16)
def _document(text: str, published: date | None, title: str | None):
    """The document pass over a passage, once for all its misses."""
    from provenance.article.claims.document import read_document

    return read_document(text, published, title)


MISS_FORMS = ("not read", "other sentence", "quoted", "other value", "distractor", "no label")


def _print_forms(which: str, forms: dict[str, Counter[str]]) -> None:
    print(f"\n[{which}] misses by form (counts only)")
    print(f"{'':<22} " + " ".join(f"{form:>14}" for form in MISS_FORMS))
    for key in sorted(forms, key=lambda k: (k.split()[1], k.split()[0])):
        print(f"{key:<22} " + " ".join(f"{forms[key][form] or '':>14}" for form in MISS_FORMS))


def _print(which: str, result: dict[str, Any], floors: dict[str, Any], failed: list[str]) -> None:
    print(f"\n[{which}]")
    print(f"{'kind':<18} {'precision':>9} {'recall':>7}  {'tp':>3} {'fp':>3} {'fn':>3}   floor P/R")
    for kind, r in result["kinds"].items():
        floor = floors.get(which, {}).get(kind)
        ok = floor is None or (r["precision"] >= floor["precision"] and r["recall"] >= floor["recall"])
        if not ok:
            failed.append(f"{which}:{kind}")
        pinned = f"{floor['precision']:.2f}/{floor['recall']:.2f}" if floor else "-"
        print(
            f"{kind:<18} {r['precision']:>9.3f} {r['recall']:>7.3f}  {r['tp']:>3} {r['fp']:>3} {r['fn']:>3}"
            f"   {pinned}{'' if ok else '  BELOW FLOOR'}"
        )
    s = result["stance"]
    if s["matched"]:
        agree = s["agree"] / s["matched"]
        refuted = s["refuted_found"] / s["refuted"] if s["refuted"] else 1.0
        floor = floors.get(which, {}).get("stance")
        ok = floor is None or (agree >= floor["agreement"] and refuted >= floor["refuted"])
        if not ok:
            failed.append(f"{which}:stance")
        print(
            f"stance: {agree:.3f} of {s['matched']} found claims agree; {s['refuted_found']} of {s['refuted']} "
            f"refuted claims marked refuted ({refuted:.3f}){'' if ok else '  BELOW FLOOR'}"
        )


def words_per_second() -> tuple[float, int]:
    """Extraction time (ms) for 1,000 words of the real set's text: warmed up on the rest of the set (imports,
    the gazetteer opened, the expressions that text reaches compiled: start-up costs, see benchmarks/startup.py),
    then the mean over five different 1,000-word chunks, so no cache of looked-up names has seen them; the
    median of five such passes (on a shared virtual machine one pass varies by half)."""
    words = "\n\n".join(row["text"] for row in realset.load()).split()
    for start in range(5000, len(words), 1000):
        extract_claims(" ".join(words[start : start + 1000]), WRITTEN_PUBLISHED)
    chunks = [" ".join(words[i * 1000 : (i + 1) * 1000]) for i in range(5)]
    passes = []
    for _ in range(5):
        started = time.perf_counter()
        for chunk in chunks:
            extract_claims(chunk, WRITTEN_PUBLISHED)
        passes.append((time.perf_counter() - started) / len(chunks) * 1000)
    return statistics.median(passes), len(words)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    floors = json.loads(FLOORS.read_text())
    failed: list[str] = []
    misses: list[str] = []
    titles = "--no-titles" not in argv
    for which in [s for s in SETS if s != "heldout" or "--no-heldout" not in argv]:
        forms: dict[str, Counter[str]] | None = defaultdict(Counter) if "--forms" in argv else None
        in_article = "--in-article" in argv
        misses_here = misses if which != "heldout" else None
        result = score(which, misses=misses_here, titles=titles, forms=forms, in_article=in_article)
        _print(which, result, floors, failed)
        if forms is not None:
            _print_forms(which, forms)
        baseline = score(which, dateparser_baseline, roles=False)["kinds"]["date"]
        print(
            f"{'date (dateparser)':<18} {baseline['precision']:>9.3f} {baseline['recall']:>7.3f}  "
            f"{baseline['tp']:>3} {baseline['fp']:>3} {baseline['fn']:>3}   baseline: search_dates, roles ignored"
        )
    if "--time" in argv:
        ms, words = words_per_second()
        print(f"\nextraction: {ms:.1f} ms per 1,000 words (after start-up; {words} words in the real set)")
    if "-v" in argv:
        print("\n" + "\n".join(misses))
    if failed:
        print(f"below floor: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
