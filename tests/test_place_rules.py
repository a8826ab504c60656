"""Place claims: the forms copy uses for where a video was filmed, and the places in its sentences that are not."""

from __future__ import annotations

from datetime import date

import pytest

from provenance.article.claims import extract_claims


def _places(text: str) -> list[str]:
    return [c.text for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location" and c.start is not None]


@pytest.mark.parametrize(
    "text",
    [
        "The footage shows a burned-out car about five miles north of Mariupol.",  # a point to measure from
        "The clip shows a checkpoint two blocks from the Canadian border, far from Detroit.",
        "In the video the fighters chant “Death to France” before the clip ends.",  # a slogan
        "The video shows one of the twelve hostages in Mali speaking to the camera.",  # where captives are held
        "The clip shows a captive held in Yemen reading a statement.",
        "The video was released as revenge for the bombing raids in Libya.",  # a cause
        "The video has circulated since the 2015 earthquake in Nepal killed thousands.",  # an event that dates it
        "The video shows three men who say they are from Belgium.",  # a person's origin
    ],
)
def test_a_place_of_another_event_is_not_the_videos(text: str) -> None:
    assert _places(text) == []


def test_the_nearest_cue_wins_over_an_earlier_verb_of_another_event() -> None:
    text = "A local newspaper reported that the video showed a flooded street in Porto Alegre."
    assert _places(text) == ["Porto Alegre"]
