"""Checks and evidence on hand-built objects: no file is opened here."""

from __future__ import annotations

from datetime import date

import pytest

from provenance.checks import run_checks
from provenance.checks.duration import duration_bounds
from provenance.models import Claim, Fact, FindingCode, Place, Range, VideoEvidence
from provenance.report.summary import summarise
from provenance.video.evidence import build_evidence
from provenance.video.evidence.dates import parse_date_tag, recording_window
from provenance.video.probe import Probe


def duration_claim(value: float | Range, unit: str = "second", qualifier: str | None = None) -> Claim:
    return Claim(
        id="c1", kind="duration", text="x", start=0, end=1, sentence="x", value=value, unit=unit, qualifier=qualifier
    )


def date_claim(value: str | None, role: str = "recorded", precision: str = "day") -> Claim:
    return Claim(
        id="c2",
        kind="date",
        text="x",
        start=0,
        end=1,
        sentence="x",
        value=value,
        role=role,
        precision=precision,
        reason=None if value else "no year",
    )


def video(duration: float | None = None, dates: dict[str, str] | None = None) -> VideoEvidence:
    tags = dict(dates or {})
    ev = build_evidence(tags, None)
    fact = Fact(value=duration, source="pyav:packet_timestamps") if duration is not None else None
    window = recording_window(ev.dates, duration)
    return ev.model_copy(update={"duration_s": fact, "recording_date": window})


@pytest.mark.parametrize(
    ("claim", "measured", "verdict"),
    [
        (duration_claim(42.0), 42.0, "consistent"),
        (duration_claim(42.0), 42.9, "consistent"),
        (duration_claim(42.0), 44.0, "mismatch"),
        (duration_claim(42.0), 20.0, "mismatch"),
        (duration_claim(120.0, "minute"), 140.0, "consistent"),  # "a two-minute clip": to the half minute
        (duration_claim(120.0, "minute"), 160.0, "mismatch"),
        (duration_claim(60.0, "minute", "about"), 75.0, "consistent"),
        (duration_claim(240.0, "minute", "nearly"), 215.0, "consistent"),
        (duration_claim(240.0, "minute", "nearly"), 250.0, "mismatch"),
        (duration_claim(60.0, "minute", "less than"), 59.0, "consistent"),
        (duration_claim(60.0, "minute", "less than"), 70.0, "mismatch"),
        (duration_claim(180.0, "minute", "more than"), 240.0, "consistent"),
        (duration_claim(Range(min=30, max=40)), 35.0, "consistent"),
        (duration_claim(Range(min=30, max=40)), 45.0, "mismatch"),
    ],
)
def test_duration_check(claim: Claim, measured: float, verdict: str) -> None:
    [finding] = run_checks([claim], video(measured), None)
    assert finding.verdict == verdict
    assert finding.code == ("duration.match" if verdict == "consistent" else "duration.mismatch")
    assert finding.evidence[0].value == measured


def test_no_duration_evidence_is_unverifiable_never_consistent() -> None:
    [finding] = run_checks([duration_claim(42.0)], video(None), None)
    assert (finding.verdict, finding.code) == ("unverifiable", "duration.no_evidence")


def test_hedged_bounds_widen_with_the_qualifier() -> None:
    exact, about = (
        duration_bounds(duration_claim(60.0, "minute")),
        duration_bounds(duration_claim(60.0, "minute", "about")),
    )
    assert about[0] < exact[0] and about[1] > exact[1]


PHONE = {"Keys:CreationDate": "2017:10:03 10:15:30+03:00", "QuickTime:CreateDate": "2017:10:03 07:15:42"}


@pytest.mark.parametrize(
    ("claim", "tags", "code", "verdict"),
    [
        (date_claim("2017-10-03"), PHONE, "date.match", "consistent"),
        (date_claim("2017-10-02"), PHONE, "date.match", "consistent"),  # within time-zone uncertainty
        (date_claim("2017-09-29"), PHONE, "date.mismatch", "mismatch"),
        (date_claim("2017-10-03", "released"), PHONE, "date.before_release", "consistent"),
        (date_claim("2017-09-20", "released"), PHONE, "date.after_release", "mismatch"),
        (date_claim("2017-10-03", "published"), PHONE, "date.before_publication", "consistent"),
        (date_claim("2017-09-01", "published"), PHONE, "date.after_publication", "mismatch"),
        (date_claim("2017-09-01", precision="month"), PHONE, "date.mismatch", "mismatch"),
        (date_claim("2017-10-01", precision="month"), PHONE, "date.match", "consistent"),
        (date_claim("2017-10-03"), {}, "date.no_evidence", "unverifiable"),
        (date_claim("2017-10-03"), {"QuickTime:CreateDate": "0000:00:00 00:00:00"}, "date.no_evidence", "unverifiable"),
        (date_claim(None), PHONE, "date.unresolved", "unverifiable"),
        # a bare QuickTime date may be local time: one day off is inside the uncertainty, two are not
        (date_claim("2017-10-04"), {"QuickTime:CreateDate": "2017:10:03 20:00:00"}, "date.match", "consistent"),
        (date_claim("2017-10-06"), {"QuickTime:CreateDate": "2017:10:03 20:00:00"}, "date.mismatch", "mismatch"),
    ],
)
def test_date_check(claim: Claim, tags: dict, code: str, verdict: str) -> None:
    [finding] = run_checks([claim], video(42.0, tags), date(2017, 10, 3))
    assert (finding.code, finding.verdict) == (code, verdict)
    assert finding.code in set(FindingCode) and finding.explanation.endswith(".")


def test_date_tags_are_hypotheses_with_a_basis() -> None:
    keys = parse_date_tag("Keys:CreationDate", "2019:07:24 11:25:40+03:00")
    assert keys is not None and keys.tz_basis == "explicit_offset" and keys.utc == "2019-07-24T08:25:40Z"
    assert keys.uncertainty_h == 0
    mvhd = parse_date_tag("QuickTime:CreateDate", "2019:07:24 08:25:57")
    assert mvhd is not None and mvhd.tz_basis == "utc_by_spec" and mvhd.uncertainty_h == 14
    riff = parse_date_tag("RIFF:DateTimeOriginal", "2012:09:10 20:52:00")
    assert riff is not None and riff.tz_basis == "unknown" and riff.kind == "original"
    for absent in ("0000:00:00 00:00:00", "1904:01:01 00:00:00", "1970:01:01 00:00:00", "not a date"):
        assert parse_date_tag("QuickTime:CreateDate", absent) is None
    assert parse_date_tag("System:FileModifyDate", "2026:11:25 00:33:05+00:00") is None  # never evidence
    dst = parse_date_tag("H264:DateTimeOriginal", "2019:04:24 22:24:00+02:00 DST")
    assert dst is not None and dst.utc == "2019-04-24T20:24:00Z"


def test_recording_window_prefers_an_offset_and_reaches_back_one_duration() -> None:
    ev = build_evidence(PHONE, None)
    window = recording_window(ev.dates, 42.0)
    assert window is not None and window.source == "Keys:CreationDate"
    assert (window.earliest_utc, window.latest_utc) == ("2017-10-03T07:14:48Z", "2017-10-03T07:15:30Z")
    assert recording_window(build_evidence({"QuickTime:ModifyDate": "2017:10:03 07:15:42"}, None).dates, 1) is None


def test_gps_null_island_is_not_a_place() -> None:
    assert build_evidence({"UserData:GPSCoordinates": "0 0"}, None).gps is None
    gps = build_evidence({"Keys:GPSCoordinates": "32.0929 34.862 28.516"}, None).gps
    assert gps is not None and (gps.latitude, gps.longitude, gps.source) == (32.0929, 34.862, "Keys:GPSCoordinates")


def test_frame_facts_override_a_lying_header() -> None:
    facts = Probe(
        has_video_stream=True,
        has_audio=False,
        codec="h264",
        width=1280,
        height=720,
        nominal_fps=30.0,
        nominal_fps_source="opencv:CAP_PROP_FPS",
        header_frame_count=313,
        packet_count=310,
        stream_span_s=10.4,
        container_duration_s=10.5,
        first_frame_decoded=True,
    )
    ev = build_evidence({"QuickTime:Duration": 231.3}, facts)
    assert (
        ev.duration_s is not None and ev.duration_s.value == 10.4 and ev.duration_s.source == "pyav:packet_timestamps"
    )
    assert ev.duration_s.note and "231.3" in ev.duration_s.note
    assert ev.frame_count is not None and ev.frame_count.value == 310 and "313" in (ev.frame_count.note or "")


def test_a_failing_check_becomes_unverifiable_and_hides_nothing() -> None:
    broken = Claim(id="c9", kind="duration", text="x", start=0, end=1, sentence="x", value="not a number")
    findings = run_checks([broken, duration_claim(42.0)], video(42.0), None)
    assert [f.code for f in findings] == ["check.failed", "duration.match"]


def test_summary_verdicts() -> None:
    ok = run_checks([duration_claim(42.0)], video(42.0), None)
    bad = run_checks([duration_claim(42.0)], video(10.0), None)
    unknown = run_checks([duration_claim(42.0)], video(None), None)
    assert summarise(ok, []).verdict == "consistent"
    assert summarise(ok + bad, []).verdict == "mismatch"
    assert summarise(ok + unknown, []).verdict == "consistent"
    assert summarise(ok + unknown, []).counts.unverifiable == 1
    assert summarise(unknown, []).verdict == "unverifiable"
    assert summarise([], []).verdict == "unverifiable"
    from provenance.models import ErrorEntry

    assert summarise(ok, [ErrorEntry(stage="frames", message="x")]).verdict == "error"


def _place(name: str, kind: str, cc: str, lat: float, lon: float) -> Place:
    return Place(name=name, kind=kind, country_code=cc, latitude=lat, longitude=lon, geonameid=1)


DEIR_EZ_ZOR = _place("Deir ez-Zor", "city", "SY", 35.33588, 40.14084)
SYRIA = _place("Syria", "country", "SY", 33.5, 36.3)
# a site the gazetteer lacks, known only by its country ("a farm village in Syria")
FARM = Place(name="Tel Warda", kind="area", country_code="SY", latitude=33.5, longitude=36.3)


def located(lat: float | None, lon: float | None) -> VideoEvidence:
    tags = {} if lat is None else {"Keys:GPSCoordinates": f"{lat} {lon} 0"}
    return build_evidence(tags, None)


@pytest.mark.parametrize(
    ("value", "position", "code", "verdict"),
    [
        (DEIR_EZ_ZOR, (35.34, 40.15), "location.match", "consistent"),
        (DEIR_EZ_ZOR, (35.20, 40.25), "location.match", "consistent"),  # 18 km out: the city's outskirts
        (DEIR_EZ_ZOR, (35.10, 40.43), "location.mismatch", "mismatch"),  # 37 km out
        (DEIR_EZ_ZOR, (50.4501, 30.5234), "location.mismatch", "mismatch"),  # Kyiv
        (SYRIA, (35.34, 40.15), "location.match", "consistent"),
        (SYRIA, (34.39, 40.99), "location.match", "consistent"),  # Al Qaim, Iraq: within 50 km of Syria
        (SYRIA, (33.31, 44.36), "location.mismatch", "mismatch"),  # Baghdad
        (FARM, (35.34, 40.15), "location.match", "consistent"),  # an area is checked as its country
        (FARM, (33.31, 44.36), "location.mismatch", "mismatch"),
        (DEIR_EZ_ZOR, (None, None), "location.no_evidence", "unverifiable"),
        (DEIR_EZ_ZOR, (0.0, 0.0), "location.no_evidence", "unverifiable"),  # null island is no fix
        (None, (35.34, 40.15), "location.unresolved", "unverifiable"),
    ],
)
def test_location_check(value, position, code: str, verdict: str) -> None:
    claim = Claim(id="c3", kind="location", text="x", start=0, end=1, sentence="x", value=value)
    [finding] = run_checks([claim], located(*position), None)
    assert (finding.code, finding.verdict) == (code, verdict), finding.explanation


def test_location_mismatch_names_the_distance() -> None:
    claim = Claim(id="c3", kind="location", text="x", start=0, end=1, sentence="x", value=DEIR_EZ_ZOR)
    [finding] = run_checks([claim], located(50.4501, 30.5234), None)
    km = next(e.value for e in finding.evidence if e.source.startswith("distance"))
    assert 1800 < km < 1900 and "km" in finding.explanation
