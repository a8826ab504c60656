"""Start-up cost of `provenance claims` against `provenance --version`, measured side by side.

The claims command must cost at most twice the CLI's own start-up on the seed article (it loads no
video stack, and the gazetteer is an index opened, not built). Runs the commands alternately,
each `--runs` times after one warm-up, and prints the medians and their ratio (and a floor, below):

    python benchmarks/startup.py [--runs 15] [ARTICLE]

A third line measures the floor under `claims`: the CLI module with what typer itself imports to parse a
command's arguments (typer 0.29 coerces them through pydantic, which `--version`, an eager option, never reaches).
What `claims` costs above that floor is the claim code's own import and run.

All commands run as an installed package does: the package's bytecode is compiled first, as pip does on
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


# the CLI with what typer imports before any command with arguments runs (its pydantic adapters, typer >= 0.29)
_FLOOR = "import importlib.util, provenance.cli\nif importlib.util.find_spec('typer._adapters'): import typer._adapters"


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
    commands = {
        "version": cli + ["--version"],
        "claims": cli + ["claims", args.article],
        "floor": [sys.executable, "-c", _FLOOR],
    }
    for command in commands.values():
        _time(command)  # warm the file cache and build the gazetteer index if it is missing
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(_time(command))
    v, c, f = (statistics.median(times[name]) for name in ("version", "claims", "floor"))
    print(f"provenance --version: {v * 1000:.0f} ms | provenance claims: {c * 1000:.0f} ms | ratio {c / v:.2f}")
    print(f"floor (CLI + typer's argument parsing imports): {f * 1000:.0f} ms", end=" | ")
    print(f"claims above the floor: {(c - f) * 1000:.0f} ms")
    print("(target: ratio <= 2.0; medians of", args.runs, "alternating runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
