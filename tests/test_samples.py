"""The bundled sample pairs end to end, and the generator that makes their clips."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from provenance import check, exit_code
from provenance.article.claims import extract_claims
from provenance.video.decode import decode

from .conftest import SAMPLE_CODES, SAMPLE_PAIRS, SAMPLES


@pytest.mark.parametrize(("video", "article", "verdict", "code"), SAMPLE_PAIRS, ids=[p[0] for p in SAMPLE_PAIRS])
def test_sample_pair_gives_the_verdict_its_name_promises(
    video: str, article: str, verdict: str, code: int, exiftool_session, validate_report
) -> None:
    report = check(SAMPLES / video, SAMPLES / article, exiftool=exiftool_session)
    validate_report(report.model_dump(mode="json"))
    assert report.summary.verdict == verdict, [f.explanation for f in report.findings]
    assert exit_code(report) == code
    assert not report.errors
    assert SAMPLE_CODES.get(video, set()) <= {f.code for f in report.findings}


def test_evidence_without_metadata_in_the_new_pairs(exiftool_session) -> None:
    """What the stripped, CCTV, logo and sound clips carry instead of metadata, as the generator drew it."""

    def video(name: str):
        return check(SAMPLES / f"{name}.mp4", SAMPLES / f"{name}.txt", exiftool=exiftool_session).video

    posted = video("sidecar_consistent_posted_2018-03-13 [rX7bq2LmT4w]")
    assert posted.dates == [] and posted.platform is not None and posted.platform.format == "yt-dlp"
    assert posted.platform.sidecar.endswith("[rX7bq2LmT4w].info.json") and posted.platform.id == "rX7bq2LmT4w"
    assert posted.platform.uploaded.utc == "2018-03-13T14:00:12Z" and posted.platform.uploaded.source == "timestamp"
    assert (posted.platform.channel, posted.platform.site, posted.platform.duration_s) == (
        "Coast Guard News",
        "youtube",
        20.0,
    )
    assert not any(s.code.startswith("sidecar.") for s in posted.signals)  # its id and duration fit the file
    cctv = video("cctv_clock_consistent_2021-03-14")
    assert [s.readings[0].value for s in cctv.onscreen_dates] == ["2021-03-14T22:10:05", "2021-03-14T22:10:15"]
    assert [s.time_s for s in cctv.onscreen_dates] == [0.5, 10.6]
    dashcam = video("cctv_clock_mismatch_2021-03-20")
    assert {(r.value, r.order) for s in dashcam.onscreen_dates for r in s.readings} == {
        ("2021-03-14T22:10:00", "month-day-year")
    }
    logo = video("logo_source_consistent_amaq")
    assert [(t.corner, t.keyframes) for t in logo.onscreen_text] == [("top_right", 1)]
    persian = video("subtitles_mismatch_persian_not_arabic")
    assert persian.analysis.text_scripts == ["Arabic"] and persian.analysis.text_languages == ["fa"]
    music, voice = video("music_speech_mismatch_no_voice").audio, video("voice_russian_speech_present").audio
    assert not music.silent and music.speech.seconds == 0 and not music.speech.present
    assert voice.speech.present and 2.0 < voice.speech.seconds < 4.5 and voice.speech.segments[0].start_s >= 0.4


def test_what_each_mismatch_pair_gets_wrong(exiftool_session) -> None:
    duration = check(
        SAMPLES / "duration_mismatch_20s.mp4", SAMPLES / "duration_mismatch_20s.txt", exiftool=exiftool_session
    )
    assert {f.code for f in duration.findings if f.verdict == "mismatch"} == {"duration.mismatch"}
    dated = check(
        SAMPLES / "date_mismatch_recorded_2019-05-01.mp4",
        SAMPLES / "date_mismatch_recorded_2019-05-01.html",
        exiftool=exiftool_session,
    )
    # "circulated widely on social media this week": a release date the recording (2019) is after too
    assert {f.code for f in dated.findings if f.verdict == "mismatch"} == {
        "date.mismatch",
        "date.after_release",
        "date.after_publication",
    }
    moved = check(
        SAMPLES / "location_mismatch_gps_kyiv.mp4",
        SAMPLES / "location_mismatch_gps_kyiv.txt",
        exiftool=exiftool_session,
    )
    assert {f.code for f in moved.findings if f.verdict == "mismatch"} == {"location.mismatch"}
    assert moved.video.place is not None and moved.video.place.country_code == "UA"
    undated = check(SAMPLES / "no_dates_15s.mp4", SAMPLES / "no_dates_15s.txt", exiftool=exiftool_session)
    assert undated.video.dates == [] and undated.video.recording_date is None
    assert [f.code for f in undated.findings if f.kind == "date"] == ["date.no_evidence"]


def test_consistent_pair_evidence_names_its_sources(exiftool_session) -> None:
    report = check(
        SAMPLES / "consistent_42s_2017-10-03.mp4", SAMPLES / "consistent_42s_2017-10-03.html", exiftool=exiftool_session
    )
    v = report.video
    assert (v.duration_s.value, v.duration_s.source) == (42.0, "pyav:packet_timestamps")
    assert (v.frame_count.value, v.fps.value, v.width.value, v.height.value) == (420, 10.0, 640, 360)
    assert v.codec.value == "h264" and v.has_audio.value is True
    assert v.make.value == "Apple" and v.model.value == "iPhone 6"
    assert v.gps is not None and (v.gps.latitude, v.gps.longitude) == (35.3359, 40.1408)
    assert v.recording_date.source == "Keys:CreationDate"
    assert report.article.published == "2017-10-03" and report.article.format == "html"
    text_claims = [c for c in report.claims if c.start is not None]
    assert all(c.text in c.sentence for c in text_claims)
    # the traps in this article ("a 42-year-old", "a 10-minute meeting", "Twelve people ... on Monday")
    assert [(c.kind, c.text, c.stance) for c in text_claims] == [
        ("people_count", "two captured soldiers", "reported"),  # the headline: "video they say shows"
        ("source", "A militant group", "asserted"),
        ("date", "Tuesday", "asserted"),
        ("people_count", "two soldiers", "reported"),  # "that it said showed"
        ("location", "Deir al-Zor", "reported"),
        ("duration", "42-second video", "asserted"),
        ("people_count", "two men", "asserted"),
        ("spoken_language", "speaks in Russian", "asserted"),
        ("subtitle_language", "Arabic subtitles", "asserted"),
        ("date", "Oct. 3", "reported"),  # "A caption on the footage says it was filmed on Oct. 3"
        ("hedge", "could not independently verify the video", "asserted"),  # its authenticity
        ("hedge", "or the date on which it was made", "asserted"),  # and, a hedge of its own, its date
    ]
    place = next(c.value for c in text_claims if c.kind == "location")
    assert (place.name, place.country_code) == ("Deir ez-Zor", "SY")
    codes = {f.kind: f.code for f in report.findings}
    assert codes["location"] == "location.match" and codes["people_count"] == "people.match"
    assert codes["subtitle_language"] == "subtitles.match" and codes["spoken_language"] == "speech.present"
    # unverifiable: the Russian speech (no offline language model) and the source (nothing in the file names it)
    assert report.summary.counts.consistent == 9 and report.summary.counts.unverifiable == 2


def test_frame_analysis_of_the_consistent_clip(exiftool_session, tmp_path: Path) -> None:
    """The generator draws three shots of 14 s, two faces, an Arabic subtitle and voiced audio."""
    report = check(
        SAMPLES / "consistent_42s_2017-10-03.mp4",
        SAMPLES / "consistent_42s_2017-10-03.html",
        exiftool=exiftool_session,
        keyframes_dir=tmp_path,
    )
    a = report.video.analysis
    assert a is not None and a.complete
    assert a.timing.stream_frames == 420 and a.timing.frame_rate_mode == "constant"
    # the decoder skipped non-reference frames: a cut lands on the first decoded frame of its shot
    assert not a.every_frame and a.timing.decoded_frames < 420 and a.duplicate_frames is None
    expected = [(0.0, 14.0, "start"), (14.0, 28.0, "cut"), (28.0, 42.0, "cut")]
    assert [s.start_transition for s in a.shots] == [e[2] for e in expected]
    for shot, (start, end, _) in zip(a.shots, expected, strict=True):
        assert start <= shot.start_s <= start + 0.1 + 1e-6 and end <= shot.end_s <= end + 0.1 + 1e-6
    every = decode(str(SAMPLES / "consistent_42s_2017-10-03.mp4"), every_frame=True, ocr=False).analysis
    assert every.every_frame and every.timing.decoded_frames == 420 and every.duplicate_frames == 0
    assert [(s.start_s, s.end_s, s.start_transition) for s in every.shots] == expected
    assert a.max_faces == 2 and a.segments == []
    assert all(len(k.phash) == 16 and len(k.dhash) == 16 for k in a.keyframes)
    if shutil.which("tesseract"):
        assert a.text_scripts == ["Arabic"]
        assert all(line.position == "lower_third" for k in a.keyframes for line in k.text)
    saved = sorted(p.name for p in tmp_path.iterdir())
    assert "contact_sheet.png" in saved and len(saved) == len(a.keyframes) + 1
    assert {k.file for k in a.keyframes} == set(saved) - {"contact_sheet.png"}
    audio = report.video.audio
    assert audio.present and not audio.silent and audio.sound_fraction > 0.5


def test_no_frames_never_decodes(exiftool_session, monkeypatch) -> None:
    import provenance.pipeline
    import provenance.video.decode
    import provenance.video.probe

    full = check(
        SAMPLES / "consistent_42s_2017-10-03.mp4", SAMPLES / "consistent_42s_2017-10-03.html", exiftool=exiftool_session
    )

    def refuse(*_args, **_kwargs):
        raise AssertionError("decoded in metadata-only mode")

    monkeypatch.setattr(provenance.video.decode, "decode", refuse)
    monkeypatch.setattr(provenance.pipeline, "decode", refuse)
    monkeypatch.setattr(provenance.video.probe, "_opencv_facts", refuse)
    monkeypatch.setattr(provenance.video.probe, "_pyav_decodes_first_frame", refuse)
    report = check(
        SAMPLES / "consistent_42s_2017-10-03.mp4",
        SAMPLES / "consistent_42s_2017-10-03.html",
        exiftool=exiftool_session,
        frames=False,
    )
    assert report.video.analysis is None and report.video.frame_count.value == 420
    assert {f.code for f in report.findings if f.kind == "people_count"} == {"frames.not_analysed"}
    assert report.summary.verdict == "consistent" and not report.errors
    # the audio alone is decoded, in the probe's demux: level and voice activity as in a full run
    assert report.video.audio == full.video.audio and report.video.audio.speech.present
    assert {f.code for f in report.findings if f.kind == "spoken_language"} == {"speech.present"}


def test_generator_reproduces_the_committed_scenarios(tmp_path: Path, exiftool_session) -> None:
    if shutil.which("exiftool") is None:
        pytest.fail("exiftool is needed to regenerate the samples")
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("sample_media_generate", SAMPLES / "generate.py")
    assert spec and spec.loader
    generate = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generate  # dataclasses look their module up there
    spec.loader.exec_module(generate)
    written = generate.generate(tmp_path)
    assert sorted(p.name for p in written) == sorted([p[0] for p in SAMPLE_PAIRS] + list(generate.ARCHIVE_CLIPS))
    # the archive's clips: the committed copy of the old clip matches the fresh old clip, and only it
    from provenance.archive import add_videos
    from provenance.archive.store import Store
    from provenance.pipeline import examine

    fresh_archive = tmp_path / "fresh.archive"
    add_videos(
        fresh_archive,
        [tmp_path / generate.ARCHIVE_OLD, tmp_path / generate.ARCHIVE_UNRELATED],
        exiftool=exiftool_session,
    )
    with Store.open(fresh_archive) as store:
        found = examine(SAMPLES / generate.ARCHIVE_RECYCLED, [], exiftool=exiftool_session, archive=store)
    assert [Path(m.path).name for m in found.evidence.archive_matches or []] == [generate.ARCHIVE_OLD]
    for video, article, verdict, _code in SAMPLE_PAIRS:
        shutil.copy(SAMPLES / article, tmp_path / article)
        sidecar = (SAMPLES / video).with_suffix(".info.json")
        if sidecar.exists():
            shutil.copy(sidecar, tmp_path / sidecar.name)
        fresh = check(tmp_path / video, tmp_path / article, exiftool=exiftool_session)
        committed = check(SAMPLES / video, SAMPLES / article, exiftool=exiftool_session)
        assert fresh.summary == committed.summary and fresh.summary.verdict == verdict
        assert fresh.video.duration_s == committed.video.duration_s
        assert fresh.video.recording_date == committed.video.recording_date


def test_claims_of_sample_articles_are_stable() -> None:
    text = (SAMPLES / "no_dates_15s.txt").read_text(encoding="utf-8")
    claims = extract_claims(text)
    assert [(c.kind, c.text) for c in claims] == [
        ("source", "coast guard"),  # the headline: "Clip of rescue at sea shared by coast guard"
        ("duration", "15-second video"),
        ("date", "March 12, 2018"),
        ("people_count", "two fishermen"),  # "shows a coast guard boat pulling two fishermen from the water"
    ]
    assert json.loads(claims[2].model_dump_json())["value"] == "2018-03-12"
