"""Edit and re-encode signals, the file's own date oddities, and the C2PA file-level finding."""

from __future__ import annotations

import json

from provenance import check, exit_code
from provenance.models import ContentCredentials, SourcedValue
from provenance.video.credentials import CredentialTime
from provenance.video.evidence import build_evidence
from provenance.video.evidence.dates import credential_dates, parse_date_tag
from provenance.video.evidence.signals import collect_signals

from .conftest import CORPUS, SAMPLES, exiftool_cli, ffprobe, require_shared

ARTICLE = SAMPLES / "consistent_42s_2017-10-03.html"


def _codes(tags: dict, duration: float | None = 10.0) -> dict[str, list]:
    dates = [d for k, v in tags.items() if (d := parse_date_tag(k, v))]
    found: dict[str, list] = {}
    for signal in collect_signals(tags, None, dates, None, duration):
        found.setdefault(signal.code, []).append(signal)
    return found


def test_software_strings_are_named() -> None:
    codes = _codes(
        {
            "ItemList:Encoder": "Lavf60.16.100",
            "Track1:HandlerDescription": "VideoHandler",
            "Track2:HandlerDescription": "SoundHandler",
            "QuickTime:Software": "HandBrake 1.6.1",
            "XMP-xmp:CreatorTool": "Adobe Premiere Pro 2024",
            "Matroska:WritingApp": "OBS Studio",
            "Keys:Make": "Apple",
        }
    )
    assert [s.source for s in codes["encoder.ffmpeg"]] == ["ItemList:Encoder", "Track1:HandlerDescription"]
    assert codes["encoder.transcoder"][0].value == "HandBrake 1.6.1"
    assert codes["encoder.editor"][0].source == "XMP-xmp:CreatorTool"
    assert codes["encoder.screen_or_browser"][0].value == "OBS Studio"
    assert "camera.no_make_model" not in codes


def test_a_camera_original_gives_no_signal() -> None:
    tags = {
        "Keys:Make": "Apple",
        "Keys:Model": "iPhone 12",
        "Track1:HandlerDescription": "Core Media Video",
        "QuickTime:CreateDate": "2021:05:16 16:27:55",
        "QuickTime:ModifyDate": "2021:05:16 16:28:06",
        "Keys:CreationDate": "2021:05:16 19:27:45+03:00",
        "System:FileName": "IMG_0001.MOV",
        "QuickTime:MajorBrand": "qt  ",
    }
    assert _codes(tags, 11.0) == {}


def test_missing_make_and_model_and_computer_model() -> None:
    assert "camera.no_make_model" in _codes({"ItemList:Encoder": "Lavf58.12.100"})
    assert "camera.no_make_model" not in _codes({"Track1:HandlerDescription": "GoPro AVC"})
    assert _codes({"Keys:Model": "Mac15,9"})["camera.computer"][0].value == "Mac15,9"


def test_brand_against_extension() -> None:
    assert "container.brand_extension" in _codes({"QuickTime:MajorBrand": "qt  ", "System:FileName": "clip.mp4"})
    assert "container.brand_extension" in _codes({"QuickTime:MajorBrand": "isom", "System:FileName": "clip.MOV"})
    assert "container.brand_extension" in _codes({"QuickTime:MajorBrand": "3gp5", "System:FileName": "x.mp4"})
    assert "container.brand_extension" not in _codes({"QuickTime:MajorBrand": "mp42", "System:FileName": "x.mp4"})


def test_the_files_own_dates_against_each_other() -> None:
    rewritten = _codes({"QuickTime:CreateDate": "2020:01:05 11:19:45", "QuickTime:ModifyDate": "2019:01:05 11:19:45"})
    assert "dates.created_after_modified" in rewritten
    later = _codes({"QuickTime:CreateDate": "2005:08:11 14:03:54", "QuickTime:ModifyDate": "2010:07:30 15:43:59"})
    assert "1814 days" in later["dates.modified_later"][0].explanation
    # a modify date one duration after the create date is how cameras close a file: no signal
    assert _codes({"QuickTime:CreateDate": "2020:01:05 11:19:45", "QuickTime:ModifyDate": "2020:01:05 11:19:55"}) == {
        "camera.no_make_model": _codes({})["camera.no_make_model"]
    }
    tracks = _codes({"QuickTime:CreateDate": "2020:01:05 11:19:45", "Track2:TrackCreateDate": "2018:03:01 09:00:00"})
    assert tracks["dates.track_differs"][0].source == "QuickTime:CreateDate, Track2:TrackCreateDate"


def test_local_time_written_into_a_utc_field_is_flagged() -> None:
    local = _codes({"QuickTime:CreateDate": "2017:10:03 10:14:48", "Keys:CreationDate": "2017:10:03 10:14:48+03:00"})
    assert local["dates.local_time_as_utc"][0].value == "2017:10:03 10:14:48"
    utc = _codes({"QuickTime:CreateDate": "2017:10:03 07:14:48", "Keys:CreationDate": "2017:10:03 10:14:48+03:00"})
    assert "dates.local_time_as_utc" not in utc


def test_c2pa_times_join_the_date_hypotheses() -> None:
    times = [
        CredentialTime("c2pa:urn:uuid:1:signature_info.time", "2023-12-02T16:34:19+00:00", "signed"),
        CredentialTime("c2pa:urn:uuid:1:c2pa.created.when", "2023-12-01T10:00:00+02:00", "created"),
        CredentialTime("c2pa:urn:uuid:1:c2pa.color_adjustments.when", "not a date", "modified"),
    ]
    credentials = ContentCredentials(present=True, dates=[SourcedValue(source=t.source, value=t.value) for t in times])
    dates = credential_dates(times)
    assert [(d.kind, d.utc) for d in dates] == [("signed", "2023-12-02T16:34:19Z"), ("created", "2023-12-01T08:00:00Z")]
    evidence = build_evidence({}, None, None, credentials, credential_times=times)
    # a signature time is not a recording date; the created action is, with its offset
    assert evidence.recording_date is not None and evidence.recording_date.source.endswith("c2pa.created.when")


# ------------------------------------------------------------------ the real files


def test_corpus_signals_match_what_exiftool_and_pyav_read(exiftool_session) -> None:
    require_shared(CORPUS)

    def signals(name: str) -> dict[str, list]:
        found: dict[str, list] = {}
        for signal in check(CORPUS / name, ARTICLE, exiftool=exiftool_session).video.signals:
            found.setdefault(signal.code, []).append(signal)
        return found

    handbrake = CORPUS / "handbrake_100_subtitle_tracks.mp4"
    encoder = exiftool_cli(handbrake, "-Encoder")["ItemList:Encoder"]
    assert encoder.startswith("HandBrake") and signals(handbrake.name)["encoder.transcoder"][0].value == encoder
    pentax = exiftool_cli(CORPUS / "exiftool_stub_pentax.mov", "-CreateDate", "-ModifyDate")
    assert pentax["QuickTime:CreateDate"][:4] == "2005" and pentax["QuickTime:ModifyDate"][:4] == "2010"
    assert "dates.modified_later" in signals("exiftool_stub_pentax.mov")
    brand = exiftool_cli(CORPUS / "android_3gp5_gps_null_island_rot90.mp4", "-MajorBrand")["QuickTime:MajorBrand"]
    assert signals("android_3gp5_gps_null_island_rot90.mp4")["container.brand_extension"][0].value == brand.strip()
    assert signals("macos_screenrec_keys.mov")["camera.computer"][0].value == "Mac15,9"
    iphone = signals("iphone6_gps_rot90.mov")
    assert iphone == {}  # a phone original: make, model, hardware encoder, QuickTime date in UTC


def test_corpus_sample_aspect_ratio_matches_ffprobe(exiftool_session) -> None:
    require_shared(CORPUS)
    path = CORPUS / "anamorphic_sar2x1.mp4"
    probe = ffprobe(path, "-select_streams", "v:0", "-show_entries", "stream=sample_aspect_ratio")
    video = check(path, ARTICLE, exiftool=exiftool_session).video
    assert video.sample_aspect_ratio is not None
    assert video.sample_aspect_ratio.value == probe["streams"][0]["sample_aspect_ratio"] == "2:1"


def test_tampered_c2pa_is_a_file_level_mismatch(exiftool_session) -> None:
    require_shared(CORPUS)
    import c2pa

    path = CORPUS / "c2pa_signed_hash_mismatch.mp4"
    with c2pa.Reader(str(path)) as reader:  # the library directly, default settings
        store = json.loads(reader.json())
    assert store["validation_state"] == "Invalid"
    report = check(path, ARTICLE, exiftool=exiftool_session)
    [finding] = [f for f in report.findings if f.kind == "file"]
    assert finding.code == "c2pa.invalid" and finding.claim_id is None and finding.verdict == "mismatch"
    assert "assertion.bmffHash.mismatch" in finding.explanation
    assert exit_code(report) == 1
    valid = check(CORPUS / "c2pa_signed_valid.mp4", ARTICLE, exiftool=exiftool_session)
    assert not [f for f in valid.findings if f.kind == "file"]  # valid but untrusted is not a mismatch
    # every manifest's signature time, as the library reports it, is a "signed" date hypothesis
    with c2pa.Reader(str(CORPUS / "c2pa_signed_valid.mp4")) as reader:
        times = {m["signature_info"]["time"] for m in json.loads(reader.json())["manifests"].values()}
    signed = {d.value for d in valid.video.dates if d.kind == "signed"}
    assert signed == times and len(times) == 2
