"""Start-up cost of `provenance claims` against `provenance --version`, measured side by side.

The claims command must cost at most twice the CLI's own start-up on the seed article (it loads no
video stack, and the gazetteer is an index opened, not built). Runs the two commands alternately,
each `--runs` times after one warm-up, and prints the medians and their ratio:

    python benchmarks/startup.py [--runs 15] [ARTICLE]

Both commands run as an installed package does: the package's bytecode is compiled first, as pip does on
install. Without that, under PYTHONDONTWRITEBYTECODE (set on some CI machines), every run would compile
`provenance`'s own source again, and `claims` imports several times more of it than `--version`.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_18f4f90a71d0d1ab.txt"


def _time(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(SEED))
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "provenance", quiet=1)
    cli = [sys.executable, "-m", "provenance"]
    version, claims = cli + ["--version"], cli + ["claims", args.article]
    _time(version), _time(claims)  # warm the file cache and build the gazetteer index if it is missing
    times: dict[str, list[float]] = {"version": [], "claims": []}
    for _ in range(args.runs):
        times["version"].append(_time(version))
        times["claims"].append(_time(claims))
    v, c = statistics.median(times["version"]), statistics.median(times["claims"])
    print(f"provenance --version: {v * 1000:.0f} ms | provenance claims: {c * 1000:.0f} ms | ratio {c / v:.2f}")
    print("(target: ratio <= 2.0; medians of", args.runs, "alternating runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
