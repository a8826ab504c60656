"""The archive of earlier copies: copies match their source, unrelated footage matches nothing, the date
check on the sample pair, the seen date and its basis, the index, and the file's safety under bad input."""

from __future__ import annotations

import importlib.util
import random
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from provenance import check, exit_code
from provenance.archive import add_videos, list_entries, remove_entry
from provenance.archive.hashing import distance
from provenance.archive.index import BANDS, lookup
from provenance.archive.seen import earlier, seen_date
from provenance.archive.store import Store
from provenance.checks import run_checks
from provenance.errors import ArchiveError
from provenance.models import ArchiveMatch, Claim, Platform, PlatformTime, Range, RecordingDate, VideoEvidence
from provenance.pipeline import examine

from .conftest import OLD_LABEL, SAMPLES

RECYCLED = SAMPLES / "archive_recycled_excerpt_called_new.mp4"
RECYCLED_ARTICLE = SAMPLES / "archive_recycled_excerpt_called_new.txt"
SOURCE = SAMPLES / "consistent_42s_2017-10-03.mp4"


def _generator():
    spec = importlib.util.spec_from_file_location("sample_media_generate", SAMPLES / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _matches(path: Path, archive_file: Path, exiftool_session) -> list[ArchiveMatch]:
    with Store.open(archive_file) as store:
        found = examine(path, [], exiftool=exiftool_session, archive=store).evidence.archive_matches
    assert found is not None
    return found


def _entry_id(archive_file: Path, name: str) -> int:
    return next(e.id for e in list_entries(archive_file) if Path(e.path).name == name)


# ---------------------------------------------------------------- matching


# each a copy of 20 s of the 42-second sample (from 9.7 s in) as re-posters make them
COPIES = {
    "re-encoded": {},
    "downscaled": {"size": (256, 144)},
    "cropped": {"crop": 0.1},
    "letterboxed": {"border": 0.3},
    "mirrored": {"mirror": True},
    "cropped, mirrored, small": {"crop": 0.06, "mirror": True, "size": (320, 180)},
}


@pytest.mark.parametrize("name", COPIES)
def test_copies_of_a_sample_clip_match_it(name: str, tmp_path: Path, archive_file, exiftool_session) -> None:
    copy = _generator().derive(SOURCE, tmp_path / "copy.mp4", start_s=9.7, seconds=20.0, **COPIES[name])
    matches = _matches(copy, archive_file, exiftool_session)
    assert [m.id for m in matches] == [_entry_id(archive_file, SOURCE.name)], matches
    match = matches[0]
    assert match.mirrored == bool(COPIES[name].get("mirror")) and not match.identical
    assert match.matched_seconds >= 15 and match.distance <= 31
    # where in the archived clip the excerpt sits: 9.7 s in, to a sampling step
    assert match.query_range.min is not None and match.archive_range.min is not None
    assert abs(match.archive_range.min - match.query_range.min - 9.7) <= 0.6, match


def test_committed_copies_match_their_source_and_the_unrelated_clip_nothing(archive_file, exiftool_session) -> None:
    recycled = _matches(RECYCLED, archive_file, exiftool_session)
    assert [m.id for m in recycled] == [_entry_id(archive_file, "archive_old_clip_seen_2016-04-25.mp4")]
    assert recycled[0].mirrored and recycled[0].matched_seconds >= 8
    excerpt = _matches(SAMPLES / "archive_excerpt_of_consistent_42s.mp4", archive_file, exiftool_session)
    assert [m.id for m in excerpt] == [_entry_id(archive_file, SOURCE.name)]
    # the unrelated clip is in the archive itself: it matches only as the identical file
    unrelated = _matches(SAMPLES / "archive_unrelated_clip.mp4", archive_file, exiftool_session)
    assert [(m.path, m.identical) for m in unrelated] == [(str(SAMPLES / "archive_unrelated_clip.mp4"), True)]
    for other in ("duration_mismatch_20s.mp4", "speech_subtitles_mismatch_silent_no_text.mp4"):
        assert _matches(SAMPLES / other, archive_file, exiftool_session) == [], other


def test_a_file_too_flat_to_hash_is_still_found_when_identical(archive_file, exiftool_session) -> None:
    entry = next(e for e in list_entries(archive_file) if e.path.endswith("no_dates_15s.mp4"))
    assert entry.frames == 0
    (match,) = _matches(SAMPLES / "no_dates_15s.mp4", archive_file, exiftool_session)
    assert match.identical and match.id == entry.id and match.distance == 0


# ---------------------------------------------------------------- the date check on the sample pair


def test_recycled_excerpt_called_new_is_seen_earlier(archive_file, exiftool_session, validate_report) -> None:
    report = check(RECYCLED, RECYCLED_ARTICLE, exiftool=exiftool_session, archive=archive_file)
    validate_report(report.model_dump(mode="json"))
    (seen,) = [f for f in report.findings if f.code == "date.seen_earlier"]
    assert seen.verdict == "mismatch" and exit_code(report) == 1
    for named in ("archive_old_clip_seen_2016-04-25.mp4", OLD_LABEL, "2016-04-25", "s of footage matched"):
        assert named in seen.explanation, seen.explanation
    assert not [f for f in report.findings if f.code == "archive.match"]
    # without the archive the same pair is consistent
    assert check(RECYCLED, RECYCLED_ARTICLE, exiftool=exiftool_session).summary.verdict == "consistent"


def _claim(value: str, role: str = "recorded", **extra) -> Claim:
    text = f"filmed on {value}"
    return Claim(
        id="c1", kind="date", text=text, start=0, end=len(text), sentence=text, value=value, role=role, **extra
    )


def _match(seen: str = "2016-04-25", **extra) -> ArchiveMatch:
    values = dict(
        id=7,
        path="old.mp4",
        label="flood",
        seen=seen,
        seen_basis="given",
        matched_seconds=6.5,
        query_range=Range(min=0.0, max=6.0),
        archive_range=Range(min=3.0, max=9.0),
        distance=12.0,
    )
    return ArchiveMatch(**(values | extra))


@pytest.mark.parametrize(
    ("claim", "codes"),
    [
        (_claim("2024-03-12"), {"date.seen_earlier"}),
        (_claim("2024-03-12", role="released"), {"date.seen_earlier"}),
        (_claim("2016-04-28"), {"date.seen_earlier"}),  # three days on: beyond both days' time zones
        (_claim("2016-04-27"), {"archive.match"}),  # two days on: the zones could still join them
        (_claim("2016-04-20"), {"archive.match"}),  # before it was seen: nothing to contradict
        (_claim("2024-03-12", role="published"), {"archive.match"}),  # an article may publish old footage
        (_claim("2024-03-12", bound="before"), {"archive.match"}),  # "no later than": never contradicted
        (_claim("2024-03-12", bound="after"), {"date.seen_earlier"}),  # "since": it was there before
        (_claim("2024-03-12", stance="refuted"), {"date.seen_earlier"}),  # verdict reversed, still named
    ],
)
def test_seen_earlier_on_hand_built_evidence(claim: Claim, codes: set[str]) -> None:
    findings = run_checks([claim], VideoEvidence(archive_matches=[_match()]), None)
    archive_findings = [f for f in findings if f.code in ("date.seen_earlier", "archive.match")]
    assert {f.code for f in archive_findings} == codes
    for f in archive_findings:
        assert "old.mp4" in f.explanation and '"flood"' in f.explanation and "2016-04-25" in f.explanation
        assert f.evidence[0].source == "archive:7"
    if codes == {"archive.match"}:
        assert archive_findings[0].claim_id is None and archive_findings[0].kind == "file"
    if claim.stance == "refuted":
        assert archive_findings[0].verdict == "consistent"


def test_no_archive_no_archive_findings() -> None:
    assert [f.code for f in run_checks([_claim("2024-03-12")], VideoEvidence(), None)] == ["date.no_evidence"]
    assert run_checks([], VideoEvidence(archive_matches=[]), None) == []


def test_the_earliest_contradicting_copy_is_named_and_the_others_counted() -> None:
    matches = [_match("2019-01-01", id=3, path="later.mp4"), _match(), _match("2018-05-05", id=9, path="x.mp4")]
    (found,) = run_checks([_claim("2024-03-12")], VideoEvidence(archive_matches=matches), None)[1:]
    assert "old.mp4" in found.explanation and "2 more archived copies" in found.explanation
    assert [e.source for e in found.evidence] == ["archive:3", "archive:7", "archive:9"]


# ---------------------------------------------------------------- seen date and basis


def _recording(earliest: str, latest: str) -> RecordingDate:
    return RecordingDate(
        earliest_utc=earliest,
        latest_utc=latest,
        source="Keys:CreationDate",
        raw="x",
        tz_basis="explicit_offset",
        reasons=[],
    )


def test_seen_date_prefers_given_then_upload_then_recording_then_today() -> None:
    today = date(2026, 1, 2)
    recorded = VideoEvidence(recording_date=_recording("2016-04-24T15:00:00Z", "2016-04-24T15:40:00Z"))
    # the platform sidecar's upload time, as the sidecar adapter gives it
    upload = PlatformTime(utc="2018-03-13T12:00:00Z", source="upload_date", raw="20180313", uncertainty_h=12.0)
    sidecar = Platform(sidecar="clip.info.json", sha256="0" * 64, format="yt-dlp", uploaded=upload)
    uploaded = VideoEvidence(recording_date=recorded.recording_date, platform=sidecar)
    assert seen_date(uploaded, date(2015, 1, 1), today) == (date(2015, 1, 1), "given")
    assert seen_date(uploaded, None, today) == (date(2018, 3, 13), "platform_upload")
    assert seen_date(recorded, None, today) == (date(2016, 4, 24), "recording_date")
    assert seen_date(VideoEvidence(), None, today) == (today, "added")
    assert seen_date(VideoEvidence(platform=sidecar.model_copy(update={"uploaded": None})), None, today)[1] == "added"
    assert earlier((date(2016, 1, 1), "added"), (date(2016, 1, 1), "given")) == (date(2016, 1, 1), "given")


def test_seen_date_comes_from_the_platform_sidecar_beside_the_video(tmp_path: Path, exiftool_session) -> None:
    """The yt-dlp sidecar's upload (timestamp 1520949612: 2018-03-13 UTC) beats the day it is added."""
    clip = SAMPLES / "sidecar_consistent_posted_2018-03-13 [rX7bq2LmT4w].mp4"
    (added,) = add_videos(tmp_path / "a.archive", [clip], exiftool=exiftool_session, today=date(2026, 1, 2))
    assert added.status == "added" and added.entry is not None
    assert (added.entry.seen, added.entry.seen_basis) == ("2018-03-13", "platform_upload")
    (given,) = add_videos(tmp_path / "a.archive", [clip], seen=date(2017, 1, 1), exiftool=exiftool_session)
    assert given.entry is not None and (given.entry.seen, given.entry.seen_basis) == ("2017-01-01", "given")


def test_adding_a_file_again_keeps_one_entry_and_the_earliest_seen(tmp_path: Path, exiftool_session) -> None:
    archive = tmp_path / "a.archive"
    clip = SAMPLES / "people_mismatch_four_faces.mp4"
    (first,) = add_videos(archive, [clip], exiftool=exiftool_session, today=date(2026, 1, 2))
    assert first.status == "added" and first.entry is not None
    assert (first.entry.seen, first.entry.seen_basis) == ("2018-06-02", "recording_date")
    (again,) = add_videos(archive, [clip], seen=date(2017, 5, 1), label="faces", exiftool=exiftool_session)
    assert again.status == "already" and "moved earlier" in again.message
    (later,) = add_videos(archive, [clip], seen=date(2020, 1, 1), exiftool=exiftool_session)
    assert later.status == "already" and "kept" in later.message
    (entry,) = list_entries(archive)
    assert (entry.seen, entry.seen_basis, entry.label, entry.path) == ("2017-05-01", "given", "faces", str(clip))


def test_a_file_another_writer_added_meanwhile_is_merged_not_doubled(tmp_path: Path, exiftool_session, monkeypatch):
    archive, clip = tmp_path / "a.archive", SAMPLES / "archive_unrelated_clip.mp4"
    add_videos(archive, [clip], exiftool=exiftool_session)
    # as if the first look found nothing: the other writer committed while this one was decoding
    monkeypatch.setattr(Store, "by_sha256", lambda self, digest: None)
    (again,) = add_videos(archive, [clip], seen=date(2010, 1, 1), exiftool=exiftool_session)
    monkeypatch.undo()
    assert again.status == "already"
    (entry,) = list_entries(archive)
    assert (entry.seen, entry.seen_basis) == ("2010-01-01", "given")


# ---------------------------------------------------------------- the store and its index


def test_remove_by_file_and_by_id_leaves_no_index_rows(tmp_path: Path, exiftool_session) -> None:
    archive = tmp_path / "a.archive"
    clips = [SAMPLES / "archive_old_clip_seen_2016-04-25.mp4", SAMPLES / "archive_unrelated_clip.mp4"]
    added = add_videos(archive, clips, exiftool=exiftool_session)
    assert [a.status for a in added] == ["added", "added"]
    assert remove_entry(archive, clips[0]).path == str(clips[0])
    with Store.open(archive) as store:
        (hashes,) = store.query("SELECT count(*) FROM hashes")[0]
        (bands,) = store.query("SELECT count(*) FROM bands")[0]
        assert hashes > 0 and bands == BANDS * hashes
    remaining = list_entries(archive)[0].id
    remove_entry(archive, str(remaining))
    with Store.open(archive) as store:
        assert store.query("SELECT count(*) FROM bands")[0][0] == 0 and store.entries() == []
    with pytest.raises(ArchiveError, match="no entry 99"):
        remove_entry(archive, "99")
    with pytest.raises(ArchiveError, match="not in the archive"):
        remove_entry(archive, clips[0])


def test_index_finds_every_hash_within_19_bits_and_measures_distance_exactly(tmp_path: Path) -> None:
    from provenance.archive.hashing import FrameHash
    from provenance.archive.index import insert_hashes

    rng = random.Random(14)
    stored = [rng.randbytes(32) for _ in range(2000)]
    with Store.open(tmp_path / "i.archive", create=True) as store, store.writing() as connection:
        connection.execute(
            "INSERT INTO videos VALUES (1, 'x', 'x.mp4', 1, NULL, '2020-01-01', 'given', '2020-01-01', 1)"
        )
        insert_hashes(connection, 1, [FrameHash(t=n / 10, quality=100, framings=(h,)) for n, h in enumerate(stored)])
    with Store.open(tmp_path / "i.archive") as store:
        for trial in range(100):
            target = stored[trial * 7]
            bits = trial % 20  # 0 to 19, the most that always leaves one band within a bit
            flipped = int.from_bytes(target, "big") ^ sum(1 << bit for bit in rng.sample(range(256), bits))
            query = flipped.to_bytes(32, "big")
            found = lookup(store.connection, [query])
            assert round(trial * 7 / 10, 3) in found.times.tolist()
            row = found.times.tolist().index(round(trial * 7 / 10, 3))
            assert found.distances[row, 0] == distance(query, target) == bits


def test_no_hash_two_bits_off_in_every_band_is_read_out(tmp_path: Path) -> None:
    """What the index cannot see, said exactly: 20 differences, two in each of the ten bands."""
    from provenance.archive.hashing import FrameHash
    from provenance.archive.index import BAND_BITS, finds, insert_hashes

    target = random.Random(3).randbytes(32)
    starts = [sum(BAND_BITS[:band]) for band in range(len(BAND_BITS))]
    mask = sum(1 << (255 - start) | 1 << (255 - start - 1) for start in starts)
    query = (int.from_bytes(target, "big") ^ mask).to_bytes(32, "big")
    with Store.open(tmp_path / "i.archive", create=True) as store, store.writing() as connection:
        connection.execute(
            "INSERT INTO videos VALUES (1, 'x', 'x.mp4', 1, NULL, '2020-01-01', 'given', '2020-01-01', 1)"
        )
        insert_hashes(connection, 1, [FrameHash(t=0.0, quality=100, framings=(target,))])
        assert distance(query, target) == 20 and not lookup(connection, [query]).times.size
        one_less = (int.from_bytes(query, "big") ^ 1 << (255 - starts[4])).to_bytes(32, "big")
        assert lookup(connection, [one_less]).times.tolist() == [0.0]
    xor = np.frombuffer(bytes(a ^ b for a, b in zip(query, target, strict=True)), np.uint8)
    assert not finds(xor)
