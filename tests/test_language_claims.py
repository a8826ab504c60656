"""Spoken-language claims: the many ways copy says what is spoken in a video, and the writing it is not."""

from __future__ import annotations

from datetime import date

import pytest

from provenance.article.claims import extract_claims


def _spoken(text: str) -> list[tuple[str, str]]:
    claims = extract_claims(text, date(2024, 1, 1))
    return [(c.text or "", str(c.value)) for c in claims if c.kind == "spoken_language"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("In the clip, both women converse in Hebrew.", "he"),
        ("The language spoken in the video is Hausa.", "ha"),
        ("The voice in the video is Turkish.", "tr"),
        ("In the footage, a voice in Arabic can be heard.", "ar"),
        ("Russian voices can be heard in the footage.", "ru"),
        ("The clip's dialogue is in Tigrinya.", "ti"),
        ("The video has Arabic narration.", "ar"),
        ("In the video, the men are heard speaking in what appears to be Pashto.", "ps"),
        ("The video, which is in Arabic, shows a convoy.", "ar"),
        ("The clip was dubbed in Hindi.", "hi"),
        ("In the clip, the soldier swears in Russian.", "ru"),
        ("In the recording, a woman whispers in French.", "fr"),
        ("The boy in the video cries out in Ukrainian.", "uk"),
        ("The fighters in the video exchange words in Chechen.", "ce"),
        ("The song in the video is in Swahili.", "sw"),
        ("The language in the clip is Tagalog.", "tl"),
    ],
)
def test_a_spoken_language_said_many_ways(text: str, code: str) -> None:
    assert [value for _, value in _spoken(text)] == [code]


def test_switching_between_two_languages_gives_both() -> None:
    assert [v for _, v in _spoken("Throughout the video, the speaker switches between Arabic and French.")] == [
        "ar",
        "fr",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The language of the caption in the video is Arabic.",  # writing, not speech
        "In the video, the text on the banner is in Arabic.",
        "The footage was posted with a caption written in Spanish.",  # the post's words, not the video's
        "The footage was posted by a Punjabi news site.",
        "The video shows Zulu dancers at a wedding.",
        "The video is in Russian subtitles only.",
        # a language word as an adjective of a place, a side or writing
        "The video is in Russian-controlled territory.",
        "The clip was in Russian media for days.",
        "The video is in French Guiana.",
        "In the video, soldiers exchanged fire in Russian-held Bakhmut.",
        "The footage was recorded in a Welsh village.",
        "In the video, the voices are Kurdish fighters.",
        "In the clip, a man writes in Arabic script on a wall.",
    ],
)
def test_writing_and_names_are_no_spoken_language(text: str) -> None:
    assert _spoken(text) == []


def test_a_video_in_two_languages_gives_both() -> None:
    assert [v for _, v in _spoken("The video is in English and Arabic.")] == ["en", "ar"]


def test_the_language_set_off_after_the_video_noun_and_in_its_voiceover() -> None:
    def spoken(text: str) -> list[str]:
        return [c.value for c in extract_claims(text, None) if c.kind == "spoken_language"]

    assert spoken("The recording, in Amharic, lasts two minutes.") == ["am"]
    assert spoken("The video was shared on Sunday. The voiceover is in Somali.") == ["so"]
    assert spoken("The footage, in colour, shows a market in Lima.") == []
    assert spoken("Asked about the video, in English, the minister said it was fake.") == []  # his answer's


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("In the video, a man speaks in Egyptian Arabic.", "ar"),  # a regional variety before the language
        ("In the video, a man speaks in Swiss German.", "de"),
        ("In the video, a man speaks Levantine Arabic.", "ar"),
    ],
)
def test_a_regional_variety_is_its_language(text: str, code: str) -> None:
    assert [c.value for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "spoken_language"] == [code]
