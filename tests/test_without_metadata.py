"""Evidence for videos without metadata, on hand-built objects: stamps, local time, speech, and the checks."""

from __future__ import annotations

import pytest

from provenance.checks import run_checks
from provenance.models import (
    AudioEvidence,
    Claim,
    ClockReading,
    FrameAnalysis,
    Keyframe,
    OnscreenDate,
    OnscreenText,
    Platform,
    PlatformTime,
    Speech,
    TextRegion,
    Timing,
    VideoEvidence,
)
from provenance.video.evidence.dates import parse_date_tag, recording_window
from provenance.video.evidence.onscreen import onscreen_dates, onscreen_text, parse_stamp
from provenance.video.speech import speech_stretches


@pytest.mark.parametrize(
    ("line", "readings", "ambiguous"),
    [
        ("2021-03-14 22:10:05", ["2021-03-14T22:10:05"], False),
        ("14/03/2021", ["2021-03-14"], False),
        ("03-14-2021 10:10 PM", ["2021-03-14T22:10:00"], False),
        ("MAR 14 2021", ["2021-03-14"], False),
        ("14.03.21", ["2021-03-14"], False),
        ("03/04/2021 08:00:00", ["2021-04-03T08:00:00", "2021-03-04T08:00:00"], True),  # either way round
        ("05.05.2020", ["2020-05-05"], False),
        ("CAM 2 2O21-O3-14 22:1O:05", ["2021-03-14T22:10:05"], False),  # O read for 0
        ("03-14-2021 10:10 РМ", ["2021-03-14T22:10:00"], False),  # Cyrillic "РМ" read for PM
        ("14 Mar. 2021 12:05 AM", ["2021-03-14T00:05:00"], False),
        ("31/02/2021", None, False),  # no such day
        ("AMAQ", None, False),
        ("1080p 29.97fps", None, False),
        ("12:30:00", None, False),  # a time alone is not a date
    ],
)
def test_camera_date_stamps(line: str, readings: list[str] | None, ambiguous: bool) -> None:
    stamp = parse_stamp(line)
    if readings is None:
        assert stamp is None
        return
    assert stamp is not None and [r.value for r in stamp.readings] == readings and stamp.ambiguous is ambiguous
    assert (stamp.note is not None) is ambiguous


def test_stamps_and_corner_text_keep_their_keyframe_and_place() -> None:
    clock = TextRegion(position="top", box=[10, 9, 206, 15], text="2021-03-14 22:10:05")
    logo = TextRegion(position="corner", box=[515, 9, 102, 28], text="AMAQ", script="Latin")
    frames = [
        Keyframe(time_s=t, shot=0, width=640, height=360, faces=0, text=[clock, logo], phash="0", dhash="0")
        for t in (0.5, 10.5)
    ]
    dates = onscreen_dates(frames)
    assert [(d.time_s, d.position, d.box) for d in dates] == [
        (0.5, "top", [10, 9, 206, 15]),
        (10.5, "top", [10, 9, 206, 15]),
    ]
    assert [(t.text, t.corner, t.first_s, t.keyframes) for t in onscreen_text(frames)] == [
        ("AMAQ", "top_right", 0.5, 2)
    ]


def test_local_time_at_the_gps_position_narrows_the_window_and_says_so() -> None:
    tag = parse_date_tag("QuickTime:CreateDate", "2017:10:03 07:16:12")
    assert tag is not None
    anywhere = recording_window([tag], 42.0)
    damascus = recording_window([tag], 42.0, "Asia/Damascus")
    assert anywhere is not None and damascus is not None
    assert (anywhere.earliest_utc, anywhere.latest_utc) == ("2017-10-02T17:15:30Z", "2017-10-03T21:16:12Z")
    # 07:16:12 either UTC or Damascus time (UTC+3): 04:16:12Z .. 07:16:12Z, less one duration
    assert (damascus.earliest_utc, damascus.latest_utc) == ("2017-10-03T04:15:30Z", "2017-10-03T07:16:12Z")
    assert damascus.time_zone == "Asia/Damascus" and damascus.local_latest == "2017-10-03T10:16:12+03:00"
    assert any("Asia/Damascus" in reason and "Tuesday 2017-10-03" in reason for reason in damascus.reasons)
    with_offset = parse_date_tag("Keys:CreationDate", "2017:10:03 10:15:30+03:00")
    assert with_offset is not None
    exact = recording_window([with_offset], None, "Asia/Damascus")
    assert exact is not None and exact.earliest_utc == exact.latest_utc == "2017-10-03T07:15:30Z"
    assert recording_window([tag], 42.0, "Not/AZone") == anywhere  # an unknown zone changes nothing


def test_speech_stretches_follow_silero_rule() -> None:
    hop = 0.032
    probabilities = [0.9] * 20 + [0.1] * 2 + [0.9] * 20 + [0.1] * 10 + [0.6] * 5 + [0.0] * 10
    # a 64 ms dip (< 100 ms) does not end speech; a 160 ms stretch (< 250 ms) is dropped
    assert speech_stretches(probabilities, hop) == [(0.0, 1.344)]
    assert speech_stretches([0.9] * 40, hop) == [(0.0, 1.28)]  # speech to the end
    assert speech_stretches([0.49] * 100, hop) == []


def test_voice_activity_on_its_thread_scores_every_window_in_order_and_reports_a_failing_model(monkeypatch) -> None:
    import threading

    import av
    import numpy as np

    from provenance.video.speech import VoiceActivity

    def frames(seconds: float) -> list[av.AudioFrame]:  # 48 kHz stereo, cut into 1024-sample frames
        t = np.arange(int(48_000 * seconds)) / 48_000
        tone = (0.3 * np.sin(2 * np.pi * 220 * t) * (1 + np.sin(2 * np.pi * 3 * t))).astype(np.float32)
        out = []
        for start in range(0, tone.size, 1024):
            piece = np.repeat(tone[start : start + 1024][None, :], 2, axis=0)
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(piece), format="fltp", layout="stereo")
            frame.sample_rate = 48_000
            out.append(frame)
        return out

    voice = VoiceActivity()
    seen: list[tuple[str, int]] = []
    process = voice.model.process
    # the model is this thread's, shared with later checks: monkeypatch puts its method back
    monkeypatch.setattr(
        voice.model, "process", lambda w: seen.append((threading.current_thread().name, len(w))) or process(w)
    )
    for frame in frames(3.3):
        voice.add(frame)
    voice.finish()
    windows = int(3.3 * 16_000) // voice.window  # every whole window of the resampled track, none twice
    assert len(voice.probabilities) == len(seen) == windows
    assert {name.split("_")[0] for name, _ in seen} == {"provenance-vad"}  # beside the decoder, not on it

    failing = VoiceActivity()
    monkeypatch.setattr(failing.model, "process", lambda window: 1 / 0)
    with pytest.raises(RuntimeError, match="voice-activity model failed"):
        for frame in frames(12.0):  # more chunks than may wait: the failure surfaces while adding
            failing.add(frame)
        failing.finish()
    assert failing.pool._shutdown


def _claim(kind: str, value: object, role: str | None = None, text: str = "x") -> Claim:
    return Claim(id="c1", kind=kind, text=text, start=0, end=1, sentence=text, value=value, role=role, precision="day")  # type: ignore[arg-type]


def _platform(utc: str = "2019-02-01T09:30:00Z", hours: float = 0.0, **fields: object) -> Platform:
    upload = PlatformTime(utc=utc, source="timestamp", raw="1549013400", uncertainty_h=hours)
    base = {"sidecar": "v.info.json", "sha256": "0", "format": "yt-dlp", "uploaded": upload}
    return Platform(**(base | fields))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("role", "claimed", "hours", "code"),
    [
        ("recorded", "2019-01-30", 0.0, "date.before_upload"),
        ("recorded", "2019-02-01", 0.0, "date.before_upload"),  # same day: filmed, then uploaded
        ("recorded", "2019-02-03", 0.0, "date.after_upload"),
        ("released", "2019-02-01", 0.0, "date.upload_day"),
        ("released", "2019-01-31", 0.0, "date.upload_day"),  # 09:30 UTC is still 31 January at UTC-12
        ("released", "2019-02-02", 0.0, "date.upload_other_day"),  # 1 February 23:30 at UTC+14: a day's slack
        ("released", "2019-02-03", 0.0, "date.uploaded_earlier"),  # online a day before that day began anywhere
        ("released", "2019-01-20", 0.0, "date.upload_other_day"),  # uploaded after the release: a copy
        ("released", "2019-02-02", 12.0, "date.upload_day"),  # upload_date only: half a day more either way
    ],
)
def test_upload_check(role: str, claimed: str, hours: float, code: str) -> None:
    video = VideoEvidence(platform=_platform(hours=hours, url="https://t.me/x/1", site="telegram"))
    found = [f for f in run_checks([_claim("date", claimed, role)], video, None) if f.code != "date.no_evidence"]
    assert [f.code for f in found] == [code]
    if code == "date.uploaded_earlier":
        assert "https://t.me/x/1" in found[0].explanation and "2019-02-01T09:30:00Z" in found[0].explanation


def test_no_sidecar_no_stamp_means_only_the_file_dates_speak() -> None:
    found = run_checks([_claim("date", "2019-02-01", "recorded")], VideoEvidence(), None)
    assert [f.code for f in found] == ["date.no_evidence"]


def _stamp(*values: str) -> OnscreenDate:
    readings = [ClockReading(value=v, order="day-month-year") for v in values]
    return OnscreenDate(
        time_s=0.5,
        position="corner",
        box=[0, 0, 1, 1],
        text="t",
        stamp="t",
        readings=readings,
        ambiguous=len(values) > 1,
    )


@pytest.mark.parametrize(
    ("stamps", "claimed", "code"),
    [
        ([_stamp("2021-03-14T22:10:05")], "2021-03-14", "date.onscreen_match"),
        ([_stamp("2021-03-14T22:10:05")], "2021-03-20", "date.onscreen_mismatch"),
        ([_stamp("2021-04-03", "2021-03-04")], "2021-03-04", "date.onscreen_match"),  # either reading
        ([_stamp("2021-04-03", "2021-03-04")], "2021-05-04", "date.onscreen_mismatch"),
        ([_stamp("2000-01-01T00:03:11"), _stamp("2021-03-14")], "2021-03-14", "date.onscreen_match"),
    ],
)
def test_onscreen_clock_check(stamps: list[OnscreenDate], claimed: str, code: str) -> None:
    found = run_checks([_claim("date", claimed, "recorded")], VideoEvidence(onscreen_dates=stamps), None)
    assert [f.code for f in found] == ["date.no_evidence", code]
    if code == "date.onscreen_mismatch":
        assert "Camera clocks are often set wrong" in found[1].explanation
    released = run_checks([_claim("date", claimed, "released")], VideoEvidence(onscreen_dates=stamps), None)
    assert [f.code for f in released] == ["date.no_evidence"]  # a clock says when it was filmed, not released


@pytest.mark.parametrize(
    ("claimed", "video", "code"),
    [
        ("YouTube", VideoEvidence(platform=_platform(site="youtube")), "source.match"),
        ("X", VideoEvidence(platform=_platform(site="twitter")), "source.match"),
        ("Telegram", VideoEvidence(platform=_platform(url="https://t.me/amaq/88")), "source.match"),
        ("Telegram", VideoEvidence(platform=_platform(site="youtube")), "source.unconfirmed"),  # cross-posted
        ("the Coast Guard News channel", VideoEvidence(platform=_platform(channel="Coast Guard News")), "source.match"),
        ("AMAQ news agency", VideoEvidence(platform=_platform(uploader="Amaq Agency")), "source.match"),
        ("Reuters", VideoEvidence(platform=_platform(uploader="Coast Guard News")), "source.unconfirmed"),
        (
            "AMAQ news agency",
            VideoEvidence(onscreen_text=[OnscreenText(text="АМАО", corner="top_right", first_s=0.5, keyframes=3)]),
            "source.match",  # OCR's Cyrillic lookalikes and O for Q
        ),
        ("AMAQ news agency", VideoEvidence(), "source.unconfirmed"),
    ],
)
def test_source_check_never_says_mismatch(claimed: str, video: VideoEvidence, code: str) -> None:
    [found] = run_checks([_claim("source", claimed)], video, None)
    assert found.code == code and found.verdict != "mismatch"


def _audio(speech: Speech | None, silent: bool = False) -> AudioEvidence:
    return AudioEvidence(
        present=True, peak_dbfs=-3.0, sound_fraction=0.9, silent=silent, speech=speech, duration_s=10.0
    )


@pytest.mark.parametrize(
    ("audio", "code"),
    [
        (_audio(Speech(present=False, seconds=0.0, share=0.0, method="m")), "speech.none"),
        (_audio(Speech(present=True, seconds=4.2, share=0.42, method="m")), "speech.present"),
        (_audio(None), "speech.audio_present"),
        (_audio(Speech(present=False, seconds=0.0, share=0.0, method="m"), silent=True), "speech.no_audio"),
        (AudioEvidence(present=False), "speech.no_audio"),
    ],
)
def test_speech_check(audio: AudioEvidence, code: str) -> None:
    [found] = run_checks([_claim("spoken_language", "ar")], VideoEvidence(audio=audio), None)
    assert found.code == code


def _analysis(*lines: TextRegion) -> FrameAnalysis:
    keyframe = Keyframe(time_s=0.5, shot=0, width=640, height=360, faces=0, text=list(lines), phash="0", dhash="0")
    timing = Timing(decoded_frames=1, first_pts_s=0.0, last_pts_s=0.0, frame_rate_mode=None)
    return FrameAnalysis(
        method="m", complete=True, timing=timing, shots=[], keyframes=[keyframe], max_faces=0, text_present=True,
        text_scripts=sorted({line.script for line in lines if line.script}), ocr="Tesseract", elapsed_s=0.0,
    )  # fmt: skip


def _line(script: str, language: str | None, confidence: float | None) -> TextRegion:
    return TextRegion(
        position="lower_third",
        box=[0, 0, 1, 1],
        text="t",
        script=script,
        language=language,
        language_confidence=confidence,
    )


@pytest.mark.parametrize(
    ("claimed", "line", "code"),
    [
        ("ar", _line("Arabic", "ar", 0.98), "subtitles.match"),
        ("ar", _line("Arabic", "fa", 0.99), "subtitles.other_language"),
        ("ar", _line("Arabic", "fa", 0.6), "subtitles.unread"),  # lingua unsure
        ("ar", _line("Arabic", None, None), "subtitles.unread"),  # too short to tell
        ("ps", _line("Arabic", "fa", 0.99), "subtitles.match"),  # lingua has no Pashto: the script is all
        ("uk", _line("Cyrillic", "ru", 0.95), "subtitles.other_language"),
        ("ru", _line("Latin", "en", 0.99), "subtitles.unread"),
    ],
)
def test_subtitle_language_by_language_not_only_script(claimed: str, line: TextRegion, code: str) -> None:
    [found] = run_checks([_claim("subtitle_language", claimed)], VideoEvidence(analysis=_analysis(line)), None)
    assert found.code == code
    if code == "subtitles.unread" and line.script == "Arabic":  # the explanation names the claimed language
        assert found.explanation.endswith(f"so it is not known to be {claimed!r}."), found.explanation
