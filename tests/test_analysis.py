"""The decode pass: shots, black and frozen segments, frame-rate mode, text, faces, and the checks using them."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from provenance.checks.people import check_people
from provenance.models import Claim, FrameAnalysis, Keyframe, Timing, VideoEvidence
from provenance.video.decode import decode
from provenance.video.keyframe.ocr import script_of
from provenance.video.keyframe.text import detect_text_lines

from .conftest import CORPUS, SAMPLES, ffprobe, require_shared


def _clip(path: Path, pictures: list[tuple[float, np.ndarray]], b_frames: int = 0) -> None:
    """An H.264 clip whose frames are shown at the given times (seconds): variable rate allowed."""
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=30)
        stream.width, stream.height, stream.pix_fmt = 320, 180, "yuv420p"
        stream.time_base = stream.codec_context.time_base = Fraction(1, 1000)
        stream.codec_context.options = {"crf": "18", "preset": "veryfast", "threads": "1", "bf": str(b_frames)}
        for t, image in pictures:
            frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            frame.pts = round(t * 1000)
            frame.time_base = Fraction(1, 1000)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)


def analyse(path: str, **options) -> FrameAnalysis:
    return decode(path, **options).analysis


def _moving(colour: tuple[int, int, int], i: int) -> np.ndarray:
    image = np.empty((180, 320, 3), np.uint8)
    image[:] = colour
    x = (i * 9) % 280
    image[20:60, x : x + 40] = 240
    return image


def test_shots_black_and_frozen_segments(tmp_path: Path) -> None:
    pictures = []
    t = 0.0
    for i in range(30):  # shot 1: 1 s, moving
        pictures.append((t, _moving((150, 40, 40), i)))
        t += 1 / 30
    for _ in range(30):  # 1 s of black
        pictures.append((t, np.zeros((180, 320, 3), np.uint8)))
        t += 1 / 30
    still = _moving((40, 140, 40), 3)
    for _ in range(60):  # shot 2: 2 s frozen
        pictures.append((t, still))
        t += 1 / 30
    for i in range(30):  # a hard cut to shot 3: 1 s, moving
        pictures.append((t, _moving((40, 40, 150), i)))
        t += 1 / 30
    path = tmp_path / "shots.mp4"
    _clip(path, pictures)
    result = analyse(str(path), ocr=False)
    assert result.timing.decoded_frames == 150 and result.timing.frame_rate_mode == "constant"
    assert [(s.start_transition, round(s.start_s, 1)) for s in result.shots] == [
        ("start", 0.0),
        ("black", 2.0),
        ("cut", 4.0),
    ]
    kinds = {(g.kind, round(g.start_s), round(g.end_s)) for g in result.segments}
    assert ("black", 1, 2) in kinds and any(k == "frozen" and e - s >= 1 for k, s, e in kinds)
    assert result.duplicate_frames >= 50
    assert [k.shot for k in result.keyframes] == [0, 1, 2]


def test_non_reference_frames_are_skipped_unless_every_frame_is_asked(tmp_path: Path) -> None:
    pictures = [(i / 30, _moving((150, 40, 40), i)) for i in range(45)]
    pictures += [(1.5 + i / 30, _moving((40, 40, 150), i)) for i in range(45)]
    path = tmp_path / "bframes.mp4"
    _clip(path, pictures, b_frames=3)
    fast = analyse(str(path), ocr=False)
    full = analyse(str(path), ocr=False, every_frame=True)
    # the packets still give every frame's time: count, span and rate mode do not depend on what was decoded
    assert fast.timing.stream_frames == full.timing.stream_frames == full.timing.decoded_frames == 90
    assert 0 < fast.timing.decoded_frames < 90 and not fast.every_frame and full.every_frame
    assert fast.timing.first_pts_s == full.timing.first_pts_s == 0
    assert fast.timing.last_pts_s == full.timing.last_pts_s
    assert fast.timing.frame_rate_mode == full.timing.frame_rate_mode == "constant"
    assert fast.duplicate_frames is None and full.duplicate_frames == 0
    for result in (fast, full):  # the cut, to the nearest decoded frame
        assert [s.start_transition for s in result.shots] == ["start", "cut"]
        assert abs(result.shots[1].start_s - 1.5) <= 2 / 30 and abs(result.shots[1].end_s - 3.0) < 1e-3


def test_a_cut_between_two_fast_changing_shots_is_found_by_its_colours(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)

    def blocks(a: tuple[int, int, int], b: tuple[int, int, int]) -> np.ndarray:
        """40-pixel blocks, each coloured a or b at random: every frame a new pattern."""
        choice = rng.integers(0, 2, size=(180 // 20, 320 // 20, 1)).astype(bool)
        cells = np.where(choice, np.array(a, np.uint8), np.array(b, np.uint8))
        return np.repeat(np.repeat(cells, 20, axis=0), 20, axis=1)

    # every frame differs from the one before about as much as the cut does: only the colours tell
    pictures = [(i / 30, blocks((40, 40, 40), (210, 210, 210))) for i in range(30)]
    pictures += [(1 + i / 30, blocks((200, 60, 40), (40, 90, 200))) for i in range(30)]
    path = tmp_path / "noise.mp4"
    _clip(path, pictures)
    result = analyse(str(path), ocr=False)
    assert [(s.start_transition, round(s.start_s, 3)) for s in result.shots] == [("start", 0.0), ("cut", 1.0)]


def test_variable_frame_rate_is_measured_from_timestamps(tmp_path: Path) -> None:
    times = [i / 30 for i in range(30)] + [1 + i / 10 for i in range(10)] + [2 + i / 60 for i in range(60)]
    path = tmp_path / "vfr.mp4"
    _clip(path, [(t, _moving((90, 90, 90), i)) for i, t in enumerate(times)])
    result = analyse(str(path), ocr=False)
    assert result.timing.decoded_frames == 100 and result.timing.frame_rate_mode == "variable"
    interval = result.timing.frame_interval_ms
    assert interval is not None and abs(interval.min - 16.7) < 1.5 and abs(interval.max - 100) < 1.5


def test_text_lines_and_scripts() -> None:
    import cv2

    blank = np.full((360, 640), 90, np.uint8)
    assert detect_text_lines(blank) == []
    captioned = blank.copy()
    cv2.rectangle(captioned, (60, 290), (580, 340), 15, -1)
    cv2.putText(captioned, "Breaking news from the city", (75, 327), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 250, 2)
    lines = detect_text_lines(captioned)
    assert lines and lines[0].position == "lower_third"
    assert script_of("نحن جنود من الجيش") == "Arabic" and script_of("Привет, это видео") == "Cyrillic"
    assert script_of("Frame = 6") == "Latin" and script_of("= 1 |") is None


def _evidence(faces: list[int]) -> VideoEvidence:
    keyframes = [
        Keyframe(time_s=float(i), shot=i, width=640, height=360, faces=n, phash="0", dhash="0")
        for i, n in enumerate(faces)
    ]
    analysis = FrameAnalysis(
        method="test",
        complete=True,
        timing=Timing(decoded_frames=10, first_pts_s=0, last_pts_s=1, frame_rate_mode="constant"),
        shots=[],
        keyframes=keyframes,
        max_faces=max(faces),
        text_present=False,
        ocr="disabled",
        elapsed_s=0.1,
    )
    return VideoEvidence(analysis=analysis)


def test_people_rules_never_call_too_few_faces_a_mismatch() -> None:
    claim = Claim(id="c1", kind="people_count", text="two men", start=0, end=7, sentence="two men", value=2)
    assert check_people(claim, _evidence([0, 2, 1]), None)[0].code == "people.match"
    assert check_people(claim, _evidence([0, 1]), None)[0].code == "people.fewer_faces"
    assert check_people(claim, _evidence([3, 1]), None)[0].code == "people.fewer_faces"  # one extra: a false face?
    crowded = check_people(claim, _evidence([1, 4]), None)[0]
    assert crowded.code == "people.more_faces" and crowded.verdict == "mismatch" and "1 s" in crowded.explanation
    # a named person is seen, not alone: "shows Anna Weber at a rally" agrees with a crowd
    named = claim.model_copy(update={"text": "Anna Weber", "value": 1.0, "names": ["Anna Weber"]})
    assert check_people(named, _evidence([5, 6]), None)[0].code == "people.match"


# ------------------------------------------------------------------ the real files, read independently


def test_corpus_timing_matchesffprobe() -> None:
    require_shared(CORPUS)
    for name in ("counter_30f_10fps.mp4", "vfr_cursed.mp4", "iphone6_gps_rot90.mov"):
        path = CORPUS / name
        probe = ffprobe(path, "-select_streams", "v:0", "-count_frames", "-show_entries", "stream=nb_read_frames")
        frames = ffprobe(path, "-select_streams", "v:0", "-show_entries", "frame=pts_time")["frames"]
        times = sorted(float(f["pts_time"]) for f in frames if "pts_time" in f)
        gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
        median = sorted(gaps)[len(gaps) // 2]
        variable = sum(abs(g - median) > 0.1 * median for g in gaps) > max(1, 0.01 * len(gaps))
        result = analyse(str(path), ocr=False)
        assert result.timing.stream_frames == int(probe["streams"][0]["nb_read_frames"]), name
        assert result.timing.frame_rate_mode == ("variable" if variable else "constant"), name
        every = analyse(str(path), ocr=False, every_frame=True)
        assert every.timing.decoded_frames == every.timing.stream_frames == result.timing.stream_frames, name
    rotated = analyse(str(CORPUS / "iphone6_gps_rot90.mov"), ocr=False)
    side = ffprobe(CORPUS / "iphone6_gps_rot90.mov", "-select_streams", "v:0", "-show_entries", "stream_side_data")
    rotation = side["streams"][0]["side_data_list"][0]["rotation"]
    assert rotated.timing.rotation == rotation == -90
    # keyframes are turned upright: a portrait phone clip gives portrait keyframes
    assert all(k.height > k.width for k in rotated.keyframes)


def test_interlaced_fields_and_damaged_packets_againstffprobe(exiftool_session) -> None:
    from provenance import check

    require_shared(CORPUS)
    # AVCHD 50i: each field in a packet of its own, so counting packets would double the frames
    sony = CORPUS / "sony_a7m3_avchd.mts"
    counted = ffprobe(sony, "-select_streams", "v:0", "-count_frames", "-show_entries", "stream=nb_read_frames")
    frames = int(counted["streams"][0]["nb_read_frames"])
    decoded = decode(str(sony), ocr=False)
    result = decoded.analysis
    assert result.timing.interlaced and decoded.field_pictures and result.every_frame
    assert result.timing.stream_frames == result.timing.decoded_frames == frames == 13
    video = check(sony, SAMPLES / "no_dates_15s.txt", exiftool=exiftool_session).video
    assert video.frame_count is not None and video.frame_count.value == frames
    assert video.fps is not None and abs(video.fps.value - 25) < 0.5 and "field" in (video.fps.note or "")
    # a damaged file: the packets the decoder rejects are skipped, not the end of the pass
    broken = CORPUS / "broken_hdlr_no_timescale.mp4"
    counted = ffprobe(broken, "-select_streams", "v:0", "-count_frames", "-show_entries", "stream=nb_read_frames")
    every = analyse(str(broken), ocr=False, every_frame=True)
    assert every.timing.decoded_frames == int(counted["streams"][0]["nb_read_frames"])
    assert not every.complete and any("failed to decode" in note for note in every.notes)
