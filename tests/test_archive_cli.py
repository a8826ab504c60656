"""`provenance archive add | list | remove` and `check --archive`: exit codes, output, and bad input (one
line, exit 2, nothing overwritten)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from provenance.archive.index import BANDS
from provenance.archive.store import Store

from .conftest import OLD_LABEL, SAMPLES
from .test_cli import assert_clean_error, invoke

OLD = SAMPLES / "archive_old_clip_seen_2016-04-25.mp4"
RECYCLED = SAMPLES / "archive_recycled_excerpt_called_new.mp4"
RECYCLED_ARTICLE = SAMPLES / "archive_recycled_excerpt_called_new.txt"


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory) -> Path:
    """The old clip alone, added through the CLI with --seen and --label."""
    path = tmp_path_factory.mktemp("cli") / "desk.archive"
    result = invoke("archive", "add", str(OLD), "--archive", str(path), "--seen", "2016-04-25", "--label", OLD_LABEL)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("added #1 ") and "seen 2016-04-25 (given)" in result.stdout
    return path


def test_list_as_json_and_text(small_archive: Path) -> None:
    listed = invoke("archive", "list", "--archive", str(small_archive))
    assert listed.exit_code == 0
    (entry,) = json.loads(listed.stdout)
    assert entry["path"] == str(OLD) and entry["label"] == OLD_LABEL and entry["seen_basis"] == "given"
    assert entry["frames"] > 0 and entry["duration_s"] == 20.0 and len(entry["sha256"]) == 64
    text = invoke("archive", "list", "--archive", str(small_archive), "--format", "text")
    assert text.exit_code == 0 and text.stdout.startswith("#1  seen 2016-04-25 (given)  20.0 s")


def test_check_with_the_archive_exits_1_on_the_recycled_excerpt(small_archive: Path, monkeypatch) -> None:
    result = invoke("check", str(RECYCLED), str(RECYCLED_ARTICLE), "--archive", str(small_archive))
    assert result.exit_code == 1, result.stderr
    report = json.loads(result.stdout)
    assert [m["id"] for m in report["video"]["archive_matches"]] == [1]
    assert "date.seen_earlier" in {f["code"] for f in report["findings"]}
    monkeypatch.setenv("PROVENANCE_ARCHIVE", str(small_archive))
    by_env = invoke("check", str(RECYCLED), str(RECYCLED_ARTICLE), "--format", "text")
    assert by_env.exit_code == 1 and "archive: 1 earlier copy" in by_env.stdout
    assert invoke("archive", "list").exit_code == 0


def test_a_video_that_does_not_decode_is_not_added_the_others_are(tmp_path: Path) -> None:
    broken = tmp_path / "broken.mp4"
    broken.write_text("not a video\n")
    archive = tmp_path / "a.archive"
    result = invoke(
        "archive", "add", str(broken), str(RECYCLED), str(tmp_path / "missing.mp4"), "--archive", str(archive)
    )
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("provenance: error: not added:") for line in errors)
    assert "broken.mp4" in errors[0] and "missing.mp4" in errors[1]
    assert [json.loads(invoke("archive", "list", "--archive", str(archive)).stdout)[0]["path"]] == [str(RECYCLED)]


def test_remove_by_id_then_by_file(tmp_path: Path, small_archive: Path) -> None:
    archive = tmp_path / "copy.archive"
    shutil.copy(small_archive, archive)
    assert invoke("archive", "remove", "1", "--archive", str(archive)).stdout.startswith("removed #1 ")
    assert json.loads(invoke("archive", "list", "--archive", str(archive)).stdout) == []
    assert "not in the archive" in assert_clean_error(invoke("archive", "remove", str(OLD), "--archive", str(archive)))
    assert "no entry 1" in assert_clean_error(invoke("archive", "remove", "1", "--archive", str(archive)))


def _foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()


def _newer(path: Path, source: Path) -> None:
    shutil.copy(source, path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 99")
    connection.close()


def _damaged(path: Path, source: Path) -> None:
    shutil.copy(source, path)
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 3] = b"\xa5" * 8192  # the pages after the header page: the schema and first rows
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p, s: None, "archive not found"),
        (lambda p, s: p.mkdir(), "is a directory"),
        (lambda p, s: p.write_bytes(b""), "not an SQLite database"),
        (lambda p, s: p.write_text("a text file, not a database\n" * 20), "not an SQLite database"),
        (lambda p, s: _foreign_sqlite(p), "not a provenance archive"),
        (_newer, "newer provenance"),
        (_damaged, "damaged"),
    ],
    ids=["missing", "directory", "empty", "text", "foreign-sqlite", "newer-format", "damaged"],
)
def test_bad_archive_is_one_line_exit_2_and_left_as_it_was(make, message: str, tmp_path: Path, small_archive) -> None:
    path = tmp_path / "bad.archive"
    make(path, small_archive)
    before = path.read_bytes() if path.is_file() else None
    commands = [
        ("archive", "list", "--archive", str(path)),
        ("archive", "remove", "1", "--archive", str(path)),
        ("check", str(RECYCLED), str(RECYCLED_ARTICLE), "--archive", str(path)),
    ]
    if message != "archive not found":  # a missing archive is what `add` creates
        commands.append(("archive", "add", str(RECYCLED), "--archive", str(path)))
    for args in commands:
        assert message in assert_clean_error(invoke(*args)), args
        assert (path.read_bytes() if path.is_file() else None) == before, args
    assert sorted(p.name for p in tmp_path.iterdir()) == (["bad.archive"] if path.exists() else [])


def test_bad_seen_date_is_one_line(tmp_path: Path) -> None:
    result = invoke("archive", "add", str(OLD), "--archive", str(tmp_path / "a"), "--seen", "April 2016")
    assert "--seen must be a date" in assert_clean_error(result)
    assert not (tmp_path / "a").exists()


def test_readers_see_a_consistent_archive_while_a_writer_works(small_archive: Path, tmp_path: Path) -> None:
    archive = tmp_path / "wal.archive"
    shutil.copy(small_archive, archive)
    with Store.open(archive, write=True) as writer, writer.writing() as connection:
        connection.execute(
            "INSERT INTO videos (sha256, path, duration_s, label, seen, seen_basis, added, frames) "
            "VALUES ('f' , 'new.mp4', 1, NULL, '2020-01-01', 'given', '2020-01-01', 0)"
        )
        # another reader, mid-transaction: the committed state, at once (WAL), never the half-written one
        with Store.open(archive) as reader:
            assert [e.path for e in reader.entries()] == [str(OLD)]
    with Store.open(archive) as reader:
        assert [e.path for e in reader.entries()] == [str(OLD), "new.mp4"]
    with sqlite3.connect(archive) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_batch_looks_every_pair_up_in_the_archive_and_reuses_results_only_while_it_is_unchanged(
    small_archive: Path, tmp_path: Path
) -> None:
    from provenance.models import BatchSummary

    from .test_batch import batch

    archive = tmp_path / "desk.archive"
    shutil.copy(small_archive, archive)
    plain = SAMPLES / "no_dates_15s.mp4"
    (tmp_path / "today.csv").write_text(
        f"id,video,article\nrecycled,{RECYCLED},{RECYCLED_ARTICLE}\nplain,{plain},{plain.with_suffix('.txt')}\n"
    )

    def run() -> tuple[int, BatchSummary]:
        done = batch("today.csv", "-o", "out", "--jobs", "1", "--archive", "desk.archive", cwd=tmp_path)
        assert "Traceback" not in done.stderr
        return done.returncode, BatchSummary.model_validate_json((tmp_path / "out" / "summary.json").read_text())

    code, first = run()
    assert code == 1 and first.archive == "desk.archive"
    by_id = {p.id: p for p in first.pairs}
    assert by_id["recycled"].verdict == "mismatch" and by_id["plain"].exit_code == 0
    report = json.loads((tmp_path / "out" / by_id["recycled"].report).read_text())
    assert [m["id"] for m in report["video"]["archive_matches"]] == [1]
    assert json.loads((tmp_path / "out" / by_id["plain"].report).read_text())["video"]["archive_matches"] == []

    _, again = run()
    assert all(p.resumed for p in again.pairs)
    added = invoke("archive", "add", str(SAMPLES / "archive_unrelated_clip.mp4"), "--archive", str(archive))
    assert added.exit_code == 0, added.stderr
    _, changed = run()  # a result matched against the archive as it was is not reused
    assert not any(p.resumed for p in changed.pairs)

    (tmp_path / "spoilt.archive").write_text("not an archive")
    for name, message in (("gone.archive", "archive not found"), ("spoilt.archive", "spoilt.archive")):
        done = batch("today.csv", "-o", "out", "--archive", name, cwd=tmp_path)
        assert done.returncode == 2 and done.stderr.count("\n") == 1 and message in done.stderr, done.stderr


def _format_1(path: Path, source: Path) -> None:
    """An archive as the version before the 25/26-bit bands wrote it: format 1, 16-bit band keys."""
    shutil.copy(source, path)
    with sqlite3.connect(path) as connection:
        hashes = connection.execute("SELECT id, hash FROM hashes").fetchall()
        connection.execute("DELETE FROM bands")
        connection.executemany(
            "INSERT INTO bands (key, hash) VALUES (?, ?)",
            {
                ((band << 16) | int.from_bytes(digest[2 * band : 2 * band + 2], "big"), row)
                for row, digest in hashes
                for band in range(16)
            },
        )
        connection.execute("PRAGMA user_version = 1")
    connection.close()


def test_an_archive_of_the_previous_format_is_reindexed_once_and_then_matches(tmp_path: Path, small_archive) -> None:
    archive = tmp_path / "old.archive"
    _format_1(archive, small_archive)
    result = invoke("check", str(RECYCLED), str(RECYCLED_ARTICLE), "--archive", str(archive))
    assert result.exit_code == 1, result.stderr
    assert [m["id"] for m in json.loads(result.stdout)["video"]["archive_matches"]] == [1]
    with sqlite3.connect(archive) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 2
        rows = connection.execute("SELECT count(*) FROM bands").fetchone()[0]
        assert rows == BANDS * connection.execute("SELECT count(*) FROM hashes").fetchone()[0]
    connection.close()


def test_an_unwritable_archive_of_the_previous_format_is_refused_unchanged(
    tmp_path: Path, small_archive, monkeypatch
) -> None:
    archive = tmp_path / "old.archive"
    _format_1(archive, small_archive)
    before = archive.read_bytes()
    monkeypatch.setattr("provenance.archive.store._writable", lambda path: False)  # chmod does not stop root
    message = assert_clean_error(invoke("check", str(RECYCLED), str(RECYCLED_ARTICLE), "--archive", str(archive)))
    assert "older provenance" in message and "write access" in message
    assert archive.read_bytes() == before
