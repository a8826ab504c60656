"""The frame adapter on real files: deadlines, notes, decoders."""

from __future__ import annotations

from provenance import check
from provenance.video.probe import probe

from .conftest import CORPUS, SAMPLES, require_shared

CLIP = SAMPLES / "consistent_42s_2017-10-03.mp4"


def test_packet_scan_deadline_is_reported_not_guessed() -> None:
    facts = probe(str(CLIP), deadline_s=0.0)
    assert facts.packet_count is None and facts.stream_span_s is None
    assert any("stopped" in note for note in facts.notes)


def test_full_scan_counts_every_frame() -> None:
    facts = probe(str(CLIP))
    assert (facts.packet_count, facts.stored_packets, facts.indexed_frames) == (420, 420, 420)
    assert facts.stream_span_s == 42.0 and facts.first_frame_decoded and not facts.notes


def test_decoder_fallback_is_noted_in_the_report(exiftool_session, monkeypatch) -> None:
    # OpenCV builds differ in which decoders they carry (AV1 decoded in 4.14's wheel, not in 5.0's):
    # make this one refuse, as a build without the decoder would
    import provenance.video.probe

    monkeypatch.setattr(provenance.video.probe, "_opencv_facts", lambda _path: {"opened": True, "decoded": False})
    av1 = require_shared(CORPUS) / "av1_tiny_1frame.mp4"
    report = check(av1, SAMPLES / "no_dates_15s.txt", exiftool=exiftool_session)
    assert report.video.notes == ["OpenCV could not decode this stream; PyAV could"]
    assert report.video.frame_count is not None and report.video.frame_count.value == 1
    assert not report.errors
