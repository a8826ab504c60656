"""Language of on-screen text: lingua's accuracy on short lines, and what each script's detector costs.

    python benchmarks/text_language.py

Reads `benchmarks/data/text_language.tsv` (short lines written for this benchmark, labelled with
their ISO 639-1 language) and identifies each with `video.keyframe.language.identify`, the way the
decode pass does, once as written and once with the letters Tesseract's Arabic model reads for
Persian and Urdu ones (ي for ی, ك for ک: the Arabic forms). Prints accuracy per language and, for
each script, the time to build its detector and read its first line, measured in a fresh process
(the models load once per process). Compares the modes used (`LOW_ACCURACY_SCRIPTS`: Latin in
lingua's low-accuracy mode, trigrams only) with every script in full and every script in low accuracy.
"""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "text_language.tsv"
ARABIC_FORMS = str.maketrans({"ی": "ي", "ک": "ك"})


def lines() -> list[tuple[str, str]]:
    rows = [row.split("\t") for row in DATA.read_text(encoding="utf-8").splitlines() if not row.startswith("#")]
    return [(code, text) for code, text in rows]


def accuracy(low: set[str]) -> dict[str, tuple[int, int]]:
    """Hits and lines per language, with the scripts in `low` in lingua's low-accuracy mode."""
    from provenance.video.keyframe import language
    from provenance.video.keyframe.ocr import script_of

    language.LOW_ACCURACY_SCRIPTS.clear()
    language.LOW_ACCURACY_SCRIPTS.update(low)
    language._detector.cache_clear()
    scores: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for code, text in lines():
        for variant, line in (("", text), (" (OCR letter forms)", text.translate(ARABIC_FORMS))):
            if variant and line == text:
                continue
            found = language.identify(line, script_of(line))
            scores[code + variant][0] += found is not None and found[0] == code
            scores[code + variant][1] += 1
    return {key: (hits, total) for key, (hits, total) in scores.items()}


def cold_start(script: str, sample: str) -> float:
    """Seconds to build the script's detector (as used) and read one line, in a fresh process."""
    code = (
        "import time\nfrom provenance.video.keyframe.language import identify\n"
        f"t = time.perf_counter()\nidentify({sample!r}, {script!r})\nprint(time.perf_counter() - t)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def main() -> int:
    from provenance.languages import SCRIPT_LANGUAGES
    from provenance.video.keyframe.language import LOW_ACCURACY_SCRIPTS

    used = set(LOW_ACCURACY_SCRIPTS)
    modes = (("as used", used), ("all in full accuracy", set()), ("all in low accuracy", set(SCRIPT_LANGUAGES)))
    for mode, low in modes:
        scores = accuracy(low)
        hits = sum(h for h, _ in scores.values())
        total = sum(t for _, t in scores.values())
        shown = ", ".join(f"{key} {h}/{t}" for key, (h, t) in sorted(scores.items()))
        print(f"{mode}: {hits}/{total} = {hits / total:.3f}; {shown}")
    samples = {"Arabic": "نحن جنود من الجيش السوري", "Cyrillic": "Мы солдаты сирийской армии"}
    samples["Latin"] = "We are soldiers of the Syrian army"
    for script, sample in samples.items():
        print(f"{script}: detector built and first line read in {cold_start(script, sample):.2f} s (fresh process)")
    LOW_ACCURACY_SCRIPTS.clear()
    LOW_ACCURACY_SCRIPTS.update(used)
    return 0


if __name__ == "__main__":
    sys.exit(main())
