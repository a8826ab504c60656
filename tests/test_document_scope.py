"""The document pass: which sentences are about the video (invented passages, traps included)."""

from __future__ import annotations

import pytest

from provenance.article.claims.document import read_document


def _scope(text: str) -> list[bool]:
    return [s.in_scope for s in read_document(text, None).sentences]


IN_SCOPE = [
    # an opening conjunction, attribution, label or participle before the reference back
    "The video spread fast on Monday. But it was not filmed in Lisbon at all.",
    "A clip shows a flooded square. According to the broadcaster, it was recorded in Porto.",
    "Claim: the video shows a storm in Lima. Fact: it was shot during a storm in Quito.",
    "The footage shows a march. Posted on Friday, it drew thousands of views.",
    "The clip shows two men on a bridge. However, the men are not soldiers.",
    "The footage shows a trench. Alone in a trench near Avdiivka, the soldier lights a cigarette.",
    # an opening participle with a dated day, its year after a comma
    "The clip shows a flooded road. Posted on March 4, 2024 by a page called Road Watch, it drew many views.",
    # a security camera or CCTV is the video too
    "The shop's security camera caught the robbery. In it, a man in a grey hood grabs the till.",
    "CCTV of the fight was shown in court. It shows two men trading punches.",
    # a camera where it stood, in the present tense; "it" with an adverb before what it shows
    "Security cameras inside a bakery in Tromso record the moment the shelves tip over. In it, a baker ducks.",
    "A post says the clip shows a fire in Oslo. What it actually shows is a blaze in Bergen in 2019.",
]
OUT_OF_SCOPE = [
    # the article's own reporting, or another event, after the video
    "The video shows a march. According to the ministry, 40 people were arrested in June.",
    "The clip shows a fire. But officials said the cause was unknown.",
    "The video shows a march. Fact: unemployment rose in June.",
    "A video shows a crowd in Lyon. Posted on Friday, a second report says the strike ended.",
    "A video shows a crowd in Lyon. On Monday, police said the strike ended.",
    "A video shows a crowd in Lyon. In a statement issued on Monday, the ministry denied it.",
    # too far from the sentence that named the video
    "The video shows a march. Prices rose. Wages fell. Rents rose. Taxes fell. But it rained in Paris.",
]


@pytest.mark.parametrize("text", IN_SCOPE)
def test_a_reference_back_after_an_opener_keeps_the_video_in_scope(text: str) -> None:
    assert _scope(text) == [True, True]


@pytest.mark.parametrize("text", OUT_OF_SCOPE)
def test_a_sentence_about_something_else_stays_out_of_scope(text: str) -> None:
    assert _scope(text)[-1] is False


def test_a_description_goes_on_sentence_after_sentence_until_the_reporting_resumes() -> None:
    text = (
        "A video shared on Sunday shows a crowd outside a bank. A woman in a red coat enters the frame. "
        "Two guards then push her towards a van. Police said the woman was later released."
    )
    assert _scope(text) == [True, True, True, False]


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph, another event, a spokesman's words: the description has ended
        "The clip shows a crowd outside a bank.\n\nA woman in a red coat walks to the door.",
        "The clip shows a crowd outside a bank. A second crowd gathers in Porto on Monday.",
        "The clip shows a crowd outside a bank. Another woman runs a shop across the street.",
        "The clip shows a crowd outside a bank. A spokesman says the crowd left at noon.",
        "The clip shows a crowd outside a bank. Prices rose. A woman walks to the door.",
    ],
)
def test_a_narrated_sentence_out_of_the_description_stays_out_of_scope(text: str) -> None:
    assert _scope(text)[-1] is False


def test_entering_the_frame_is_what_the_video_shows() -> None:
    assert _scope("The video shows a quiet road. Moments later, a truck comes into the frame.") == [True, True]


@pytest.mark.parametrize(
    "text",
    [
        "A clip of a burning ship went viral. Users shared it with the claim that it shows Odesa.",
        "A video of a flood resurfaced. The caption it was posted with reads: 'Valencia today'.",
        "A video of a flood resurfaced. Its title names a town in Sicily.",
        'A clip of a march went viral. "Huge rally in Oslo today," the March 3 post\'s caption reads.',
        "The footage shows a blast. Sharing it on Monday, one account called it an attack on Haifa.",
    ],
)
def test_the_video_shared_or_captioned_is_still_in_scope(text: str) -> None:
    assert _scope(text) == [True, True]


@pytest.mark.parametrize(
    "text",
    [
        "A video of a flood resurfaced. The photo's caption says it is Venice.",
        "A video of a flood resurfaced. The book's title is 'High Water'.",
        "A video of a flood resurfaced. Officials shared a report on the storm.",
    ],
)
def test_a_photo_caption_or_another_thing_shared_is_not_the_video(text: str) -> None:
    assert _scope(text)[-1] is False


def test_a_lead_that_describes_the_footage_before_the_video_is_named() -> None:
    text = "Two men in uniform drag a boy across a courtyard. The video, shared on Monday, was viewed 2m times."
    assert _scope(text) == [True, True]
    assert _scope("A woman waves from a balcony. In the clip she then climbs down a rope.") == [True, True]


@pytest.mark.parametrize(
    "text",
    [
        # a casualty report, another event, the article's reporting, a filmer, or a new paragraph
        "A bus crash killed 12 people on Monday. The video, filmed by a passenger, shows the bus on its side.",
        "The army is accused of shelling the town. The video shows a street in flames.",
        "Police said two men were arrested. The video shows the arrest.",
        "A resident recorded the flood from her window. The video shows a car floating away.",
        "Two men drag a boy across a courtyard.\n\nThe video was viewed 2m times.",
        # an indefinite video is new, not one the sentence before introduced
        "Two men drag a boy across a courtyard. A video from another town shows a fire.",
    ],
)
def test_a_sentence_before_the_video_that_does_not_introduce_it_stays_out(text: str) -> None:
    assert _scope(text)[0] is False


def test_words_heard_in_the_footage_given_to_someone_it_shows() -> None:
    text = 'The video shows armed men at a checkpoint. "Nobody passes tonight," a masked fighter says.'
    assert _scope(text) == [True, True]


@pytest.mark.parametrize(
    "text",
    [
        'The video shows armed men at a checkpoint. "We are looking into it," a police spokesman says.',
        'The video shows armed men at a checkpoint. "Old news," the minister says.',
        'The video shows armed men at a checkpoint.\n\n"Nobody passes tonight," a fighter told reporters in May.',
    ],
)
def test_a_comment_on_the_footage_is_not_words_heard_in_it(text: str) -> None:
    assert _scope(text)[-1] is False


def _names(text: str) -> bool:
    return read_document(text, None).sentences[0].names_video


def test_a_post_that_shows_something_carries_the_footage_unless_it_is_a_still() -> None:
    assert _names("A TikTok post purportedly shows a flooded metro station in Madrid.")
    assert not _names("A Facebook post shows two photos of a flooded station.")
    assert not _names("A post shows a satellite image of the port.")


def test_a_description_goes_on_after_an_opening_adverb() -> None:
    text = "The clip shows a row at a bus stop. Soon three more men turn up and confront the driver."
    assert _scope(text) == [True, True]


def test_a_description_in_the_present_tense_goes_on_whoever_acts_in_it() -> None:
    # a bare plural, a verb no table lists: copy tells footage in the present, its own news in the past
    text = (
        "A video posted on Sunday shows a rally outside parliament. Riot police push a man to the ground. "
        "The man struggles. Police arrested him on Monday."
    )
    assert _scope(text) == [True, True, True, False]
    # ... but not what people say, plan or face, nor a country or a name doing anything
    after = "A video shows a rally in Tbilisi. "
    assert _scope(after + "The journalist faces up to ten years in prison.") == [True, False]
    assert _scope(after + "Georgia fines three reporters who covered it.") == [True, False]
    # after a clause that sets the moment: "When the camera turns, ..."
    assert _scope("The clip shows a quiet lane. When the camera turns, a cyclist swerves into a hedge.") == [True, True]


def test_what_can_be_seen_or_heard_is_the_footage_even_before_it_is_named() -> None:
    assert _scope("In the dark, the driver can be seen climbing out of the cab.") == [True]
    # ... but not what someone reports seeing, nor, once a video is named, far from it
    assert _scope("Smoke could be seen for miles, residents told the paper.") == [False]
    far = "The video shows a march. Prices rose. Wages fell. Rents rose. Taxes fell. A man can be seen in a cafe."
    assert _scope(far)[-1] is False


def test_the_videos_sound_taken_up_as_known_is_about_it() -> None:
    assert _scope("The clip was posted on Monday. The voiceover is in Tigrinya.") == [True, True]
    assert _scope("The clip was posted on Monday. The soundtrack cuts out after ten seconds.") == [True, True]


def test_a_part_of_the_people_shown_refers_back_to_the_video() -> None:
    text = (
        "All six gunmen who appear in the video were later arrested. Four of the captors spoke fluent Spanish. "
        "Two of them spoke in Quechua."
    )
    assert _scope(text) == [True, True, True]


@pytest.mark.parametrize(
    "sentence",
    [
        "The earliest copy we found went up on Twitter.",
        "A search led us to a longer version on YouTube.",
        "A single post of it by a Facebook page drew many views.",
        "A search led to the original, which a user shared on TikTok.",
    ],
)
def test_a_copy_a_fact_check_traced_names_the_video(sentence: str) -> None:
    assert _scope(f"Posts say a storm hit Oslo. Reporters then searched keyframes. {sentence}")[-1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The first copy of the report went to ministers.",
        # the review's traps: a version or an original of something else, with no platform it was shared on
        "Older versions were made in Vietnam in 2020.",
        "The full version went up on the club's website on Sunday.",
        "The original, which hangs in Paris, shows a woman and a child.",
        "An earlier version of Reuters' story, shared on Facebook, misstated the title.",
    ],
)
def test_a_copy_of_something_else_does_not(sentence: str) -> None:
    assert _scope(f"Posts say a storm hit Oslo. {sentence}") == [False, False]
