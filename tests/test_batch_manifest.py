"""The manifest: CSV and JSON Lines, paths relative to its folder, ids, and bad rows as their own errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from provenance.batch.manifest import ManifestError, read_manifest
from provenance.batch.store import Store, result_key


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "clips").mkdir()
    (tmp_path / "clips" / "a.mp4").write_bytes(b"video a")
    (tmp_path / "clips" / "b c.mp4").write_bytes(b"video b")
    (tmp_path / "story.txt").write_text("The 20-second video.")
    (tmp_path / "clips" / "a.info.json").write_text("{}")
    return tmp_path


def test_csv_rows_with_paths_relative_to_the_manifest(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "m.csv").write_text(
        "Video,Article,ID,published,headline\n"
        "clips/a.mp4,story.txt,,2017-10-03,x\n"
        '"clips/b c.mp4",story.txt,summary,,y\n'
        "clips/a.mp4,story.txt,../../etc/passwd,,z\n"
        "\n"
        "clips/a.mp4,story.txt,,,w\n"
    )
    monkeypatch.chdir(folder.parent)
    manifest = read_manifest(Path(folder.name) / "m.csv")
    rows = manifest.rows
    assert [r.id for r in rows] == ["a", "summary-2", "etc_passwd", "a-2"]  # reserved, unsafe, repeated ids
    assert rows[0].video == f"{folder.name}/clips/a.mp4" and rows[0].published == date(2017, 10, 3)
    assert rows[1].video == f"{folder.name}/clips/b c.mp4"
    assert [r.line for r in rows] == [2, 3, 4, 6] and all(r.problem is None for r in rows)
    assert manifest.ignored == ["headline"] and manifest.folder_name == folder.name


def test_json_lines_and_each_bad_row_its_own_error(folder: Path) -> None:
    lines = [
        {"video": "clips/a.mp4", "article": "story.txt", "id": 7, "sidecar": "clips/a.info.json"},
        {"video": "clips/a.mp4", "article": "story.txt", "sidecar": "clips/none.info.json"},
        {"video": "clips/missing.mp4", "article": "story.txt"},
        {"video": "clips/a.mp4", "article": "story.txt", "published": "yesterday"},
        {"video": "clips", "article": "story.txt"},
        {"article": "story.txt"},
        ["not", "an", "object"],
    ]
    text = "\n".join(json.dumps(line) for line in lines) + "\n{broken json\n"
    (folder / "m.jsonl").write_text(text)
    rows = read_manifest(folder / "m.jsonl").rows
    assert rows[0].id == "7" and rows[0].problem is None and rows[0].sidecar == str(folder / "clips" / "a.info.json")
    assert "sidecar file not found" in (rows[1].problem or "")
    problems = [r.problem or "" for r in rows[2:]]
    assert "video file not found" in problems[0]
    assert problems[1] == "published must be a date like 2017-10-03, not 'yesterday'"
    assert "video path is a directory" in problems[2]
    assert problems[3] == "no video path in the row"
    assert "not a JSON object" in problems[4] and "not valid JSON" in problems[5]
    assert len({r.id for r in rows}) == len(rows)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("none.csv", None, "manifest file not found"),
        ("empty.csv", b"", "manifest file is empty"),
        ("binary.csv", b"\x00\x01video,article\n", "binary file"),
        ("headerless.csv", b"clips/a.mp4,story.txt\n", "needs a header with 'video' and 'article'"),
    ],
)
def test_an_unreadable_manifest_is_the_batch_error(
    folder: Path, name: str, content: bytes | None, message: str
) -> None:
    if content is not None:
        (folder / name).write_bytes(content)
    with pytest.raises(ManifestError, match=message):
        read_manifest(folder / name)


def test_store_keys_follow_contents_options_and_version(folder: Path) -> None:
    with Store(folder / "results.sqlite") as store:
        sha = store.file_sha256(str(folder / "clips" / "a.mp4"))
        assert sha == store.file_sha256(str(folder / "clips" / "a.mp4"))
        (folder / "clips" / "a.mp4").write_bytes(b"video a, changed")
        assert store.file_sha256(str(folder / "clips" / "a.mp4")) != sha
    base = result_key("v", "a", None, True, False)
    assert base == result_key("v", "a", None, True, False)
    variants = [
        result_key("v", "a", None, True, False, sidecar_sha="s"),
        result_key("v", "a", None, True, False, shown=("elsewhere/v.mp4", "a.txt", None)),
        result_key("v2", "a", None, True, False),
        result_key("v", "a2", None, True, False),
        result_key("v", "a", date(2017, 10, 3), True, False),
        result_key("v", "a", None, False, False),
        result_key("v", "a", None, True, True),
    ]
    assert base not in variants and len(set(variants)) == len(variants)
    assert result_key("v", "a", None, False, True) == result_key("v", "a", None, False, False)  # no frames, no decoding
