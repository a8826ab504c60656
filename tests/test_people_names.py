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
            "The video was made in 2011; Brask identifies himself and talks about his family.",
            "Brask",
            ["Brask"],
        ),
        (
            "Nell Quist, missing since May, appeared in a short silent video aired on Friday.",
            "Nell Quist",
            ["Nell Quist"],
        ),
        # the subject after "In it,"
        (
            "The army released a video. In the footage, a limping Varga, leaning on a stick, describes the cold.",
            "a limping Varga",
            ["Varga"],
        ),
        # a name the article gave a person, then what a video shows
        (
            "The rebels released a video of Canadian soldier Owen Brask. It is the third video of Brask since March.",
            "Brask",
            ["Owen Brask"],
        ),
        # a title, an apposition, "identified as"
        ("The footage shows paramedics trying to save Mr Hale's life.", "Mr Hale", ["Hale"]),
        (
            "Video of the confrontation between Dario Mendes, a 41-year-old Portuguese man, and police was released.",
            "Dario Mendes",
            ["Dario Mendes"],
        ),
        (
            "“Please help us,” said one woman in the video, identified as Amina Bello.",
            "one woman in the video, identified as Amina Bello",
            ["Amina Bello"],
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
        "Varga presented the video at a news briefing on Friday.",  # he publishes it
        "President Zelenskyy said the video showed the city after the strike.",  # he speaks about it
        "Regional police chief Anton Meier showed still images and video of the scene.",
        "The video was filmed outside Deputy President William Ruto's office in Nairobi.",  # the office is shown
        "A video of Kabul airport shows a crowded runway.",  # a place, never given a person
        "The video was posted by Reuters. In the video, Hamas says the tunnel was dug in 2019.",  # an organisation
        "Joel Okello, a reporter who works at a local radio station, confirmed that he took the video.",
        "The footage, seen by Varga, appeared in a video on Telegram.",
        "The video was filmed on a hill. Kyiv can be seen in the distance.",  # a city, never given a person
        "The video was posted on Monday. Smith was shown the footage by his lawyers.",  # a viewer
    ],
)
def test_names_of_others_are_not_people_shown(text: str) -> None:
    assert [span for span, _, names in _people(text) if names] == []


def test_seen_says_it_is_in_the_video_whatever_came_before() -> None:
    # the sentence names no video and continues none, but "can be seen" says it is in a picture
    assert ("Two individuals", 2.0, []) in _people("Two individuals can be seen climbing over a garden wall.")


def test_of_whom_is_a_part_of_the_group_shown() -> None:
    found = _people("The video shows five women who say they are from Chile, three of whom speak Spanish on camera.")
    assert ("three of whom", 3.0, []) in found and ("five women", 5.0, []) in found


def test_an_opening_in_a_video_names_who_acts_but_not_who_speaks_of_it() -> None:
    said = "In a video released by the coast guard, officials said the boat sank."
    assert [c.text for c in extract_claims(said) if c.kind == "people_count"] == []
    unnamed = "In the video the two men wear orange suits, like other captives the group held."
    assert [c.text for c in extract_claims(unnamed) if c.kind == "people_count"] == ["the two men"]


@pytest.mark.parametrize(
    "text",
    [
        "A clip watched by tens of thousands of people shows a bridge at dawn.",  # viewers, not people shown
        "The clip shows a police car. In it, grey police trucks drive down the avenue.",  # a vehicle's modifier
        "The crash was filmed by cameras aboard a Northern Ruritania commuter train.",
    ],
)
def test_viewers_and_vehicles_are_no_people_shown(text: str) -> None:
    assert [c.text for c in extract_claims(text) if c.kind == "people_count"] == []


def test_who_claims_about_the_video_speaks_of_it_and_is_not_in_it() -> None:
    text = "The video shows a man. The police claimed that the officers said nothing."
    assert [c.text for c in extract_claims(text) if c.kind == "people_count"] == ["a man"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a voice heard in the video is someone in it
        ("A voice can be heard in Japanese in the video.", [("A voice", 1.0)]),
        (
            "In the clip, an unidentified voice that speaks in Hausa says it is a message.",
            [("an unidentified voice", 1.0)],
        ),
        # ... but not the voice of someone already counted
        ("The video shows a woman speaking, though her voice cannot be heard.", [("a woman", 1.0)]),
        (
            "The group released a video in which a voice, supposedly that of hostage Kenji Goto, speaks.",
            [],  # (the hostage named after it is not found either: a miss, not a wrong count)
        ),
        # the review's traps: voices of no one in the video, or of someone counted by name or noun
        ("The video shows a rally; voices of dissent have grown louder since March.", []),
        ("The video carries a voice message from his brother.", []),
        ("In the video, the president's voice was heard on a leaked tape last year.", []),
        ("In the video, the minister is speaking in a calm voice.", [("the minister", 1.0)]),
        ("The clip features the voice of a narrator.", [("a narrator", 1.0)]),
    ],
)
def test_a_voice_heard_is_someone_in_the_video(text: str, expected: list) -> None:
    assert [(span, value) for span, value, _ in _people(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # people another video shows are not this one's
        "Reuters could not verify the video, nor a second one obtained by CNN showing a woman in a car.",
        "The CCTV is time-stamped at 11.11am. Separate footage of the masked man was also released.",
        # the second review's: an aside between the other video and what it shows, or "other footage"
        "A second video, filmed from a nearby rooftop, shows a woman in a car.",
        "Other footage shared on Telegram shows a woman in a car.",
    ],
)
def test_people_another_video_shows_are_not_counted(text: str) -> None:
    assert [span for span, _, _ in _people(text) if span in ("a woman", "the masked man")] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the review's traps: another video named, but not as what shows the people
        ("The video, which is longer than previous clips, shows six men kneeling.", "six men"),
        ("Days after a similar clip was removed, the group posted this one showing four hostages.", "four hostages"),
        ("Unlike a previous video, this one shows three women and a man.", "three women"),
        ("Another scene shows a medic treating a wounded man.", "a medic"),
        ("The video shows two soldiers; a second one, a teenager, lies on the ground.", "a teenager"),
    ],
)
def test_people_this_video_shows_beside_another_video_named(text: str, span: str) -> None:
    assert span in [found for found, _, _ in _people(text)]


def test_the_second_video_of_a_series_is_still_the_video() -> None:
    assert [span for span, _, _ in _people("This is the group's second video of prisoners captured in May.")] == [
        "prisoners"
    ]


def test_bombers_that_are_aircraft_are_no_people() -> None:
    text = "In the footage Tu-95 bombers take off. In the video, its bombers fire missiles at B-52 bombers."
    assert _people(text) == []
    assert [span for span, _, _ in _people("The video shows the suicide bombers walking into the mall.")] == [
        "the suicide bombers"
    ]
