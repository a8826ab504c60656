"""Named people in the video: a name is a people claim only with a cue that it is a person's and that the person
is in the video; places, organisations, outlets and the people who publish or speak about the video are not."""

from __future__ import annotations

from datetime import date

import pytest

from provenance.article.claims import extract_claims


def _people(text: str) -> list[tuple[str, object, list[str]]]:
    claims = extract_claims(text, date(2024, 5, 8))
    return [(c.text, c.value, c.names) for c in claims if c.kind == "people_count"]


@pytest.mark.parametrize(
    ("text", "span", "names"),
    [
        # a verb that is only said of someone in the video
        (
            "The video was produced in 2009; Bergdahl identifies himself and talks about his unit.",
            "Bergdahl",
            ["Bergdahl"],
        ),
        (
            "Jill Carroll, held hostage, appeared in a silent 20-second video aired on Tuesday.",
            "Jill Carroll",
            ["Jill Carroll"],
        ),
        # the subject after "In it,"
        (
            "The army released a video. In the footage, a hunched-over Hagari, unable to stand, describes the heat.",
            "a hunched-over Hagari",
            ["Hagari"],
        ),
        # a name the article gave a person, then what a video shows
        (
            "The Taliban released a video of US soldier Bowe Bergdahl. It is the second video of Bergdahl since June.",
            "Bergdahl",
            ["Bowe Bergdahl"],
        ),
        # a title, an apposition, "identified as"
        ("The footage shows paramedics trying to save Mr Duggan's life.", "Mr Duggan", ["Duggan"]),
        (
            "Video of the encounter between Tyre Nichols, a 29-year-old Black man, and police was released.",
            "Tyre Nichols",
            ["Tyre Nichols"],
        ),
        (
            "“No one cares for us,” said one girl in the video, identified as Maida Yakubu.",
            "one girl in the video, identified as Maida Yakubu",
            ["Maida Yakubu"],
        ),
    ],
)
def test_a_named_person_in_the_video_is_one(text: str, span: str, names: list[str]) -> None:
    found = {claim_span: (value, claim_names) for claim_span, value, claim_names in _people(text)}
    assert span in found, found
    assert found[span] == (1.0, names)


@pytest.mark.parametrize(
    "text",
    [
        "Hagari unveiled the video at a televised press conference on Tuesday.",  # he publishes it
        "President Zelenskyy said the video showed the city after the strike.",  # he speaks about it
        "Boston FBI chief Richard DesLauriers showed still images and video of the scene.",
        "The video was filmed outside Deputy President William Ruto's office in Nairobi.",  # the office is shown
        "A video of Kabul airport shows a crowded runway.",  # a place, never given a person
        "The video was posted by Reuters. In the video, Hamas says the tunnel was dug in 2019.",  # an organisation
        "Samuel Amanya, a journalist who works at Uganda Radio Network, confirmed that he took the video.",
        "The footage, seen by Hagari, appeared in a video on Telegram.",
        "The video was filmed on a hill. Kyiv can be seen in the distance.",  # a city, never given a person
        "The video was posted on Monday. Smith was shown the footage by his lawyers.",  # a viewer
    ],
)
def test_names_of_others_are_not_people_shown(text: str) -> None:
    assert [span for span, _, names in _people(text) if names] == []


def test_seen_says_it_is_in_the_video_whatever_came_before() -> None:
    # the sentence names no video and continues none, but "can be seen" says it is in a picture
    assert ("Two individuals", 2.0, []) in _people("Two individuals can be seen crashing into a buffet table.")


def test_of_whom_is_a_part_of_the_group_shown() -> None:
    found = _people("The video shows four men who claim to be from France, three of whom speak French to the camera.")
    assert ("three of whom", 3.0, []) in found and ("four men", 4.0, []) in found
