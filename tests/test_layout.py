"""The shape of the code: small functions and classes, and lazy imports where the video stack is not needed."""

from __future__ import annotations

import ast
import subprocess
import sys

from .conftest import ROOT, SEEDS, require_shared

MAX_FUNCTION_LINES = 80
MAX_CLASS_LINES = 160
VIDEO_STACK = ("cv2", "av", "exiftool", "c2pa", "provenance.video", "dask", "distributed")


def _too_long() -> list[str]:
    found = []
    for path in sorted((ROOT / "provenance").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            limit = MAX_CLASS_LINES if isinstance(node, ast.ClassDef) else MAX_FUNCTION_LINES
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > limit:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines} lines)")
    return found


def test_no_function_past_80_lines_and_no_class_past_160() -> None:
    assert _too_long() == []


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys\nprint(sorted(m for m in sys.modules if m.startswith({VIDEO_STACK!r})))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    return eval(done.stdout.strip().splitlines()[-1])  # noqa: S307 - our own printed list


def test_text_commands_and_the_rules_load_no_video_stack() -> None:
    seed = require_shared(SEEDS) / "000_18f4f90a71d0d1ab.txt"
    assert _loaded_after("import provenance, provenance.models, provenance.checks, provenance.report.text") == []
    claims = f"import sys\nsys.argv = ['provenance', 'claims', {str(seed)!r}]\nfrom provenance.cli import main\n"
    claims += "try:\n    main()\nexcept SystemExit:\n    pass"
    assert _loaded_after(claims) == []
    assert (
        _loaded_after(
            "import sys\nsys.argv = ['provenance', 'schema']\nfrom provenance.cli import main\ntry:\n"
            "    main()\nexcept SystemExit:\n    pass"
        )
        == []
    )


def test_archive_list_and_remove_load_no_video_stack(tmp_path) -> None:
    from provenance.archive.store import Store

    archive = tmp_path / "empty.archive"
    Store.open(archive, create=True).close()
    for command in (["archive", "list"], ["archive", "remove", "1"]):
        run = f"import sys\nsys.argv = ['provenance', *{command!r}, '--archive', {str(archive)!r}]\n"
        run += "from provenance.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass"
        assert _loaded_after(run) == [], command
