"""Claims whose text had the wrong form: a function word or an adverb taken into a name or a noun phrase, a
connective left dangling. Defects of form rather than of vocabulary, so each fix holds whatever the words around.

Every sentence is invented. Each trap case failed before its fix; the cases beside it must stay found.
"""

from __future__ import annotations

from datetime import date

import pytest

from provenance.article.claims import extract_claims

PUBLISHED = date(2024, 5, 8)


def _texts(text: str, kind: str) -> list[str]:
    return [c.text for c in extract_claims(text, PUBLISHED) if c.kind == kind and c.start is not None]


@pytest.mark.parametrize(
    ("text", "kind", "wrong"),
    [
        # an adverb before a participle opens the sentence: nobody's name
        ("Newly released footage shows the ferry listing in the harbour.", "source", "Newly"),
        ("Widely shared clips show the bridge collapsing.", "source", "Widely"),
        # a phrase that opens with a preposition is no doer
        ("Of everything filmed during the storm, one clip stands out.", "source", "Of everything"),
        # a conjunction, a preposition or a relative pronoun is no adjective of the people after it
        (
            "Two men were questioned and released, but officers are sure neither is the man seen in the video.",
            "people_count",
            "but",
        ),
        ("The clip, its caption said, showed raids against rebel commanders near the port.", "people_count", "raids"),
        (
            "The video shows a training exercise. It was run by the GKK, the special forces, whose recruits are being"
            " tested for stamina.",
            "people_count",
            "whose",
        ),
        # a shouted word cut from a place's name takes its "of the" with it
        ("The video was filmed in the North of the UNHCR camp near Goma.", "location", "North of the"),
    ],
)
def test_no_claim_of_this_form(text: str, kind: str, wrong: str) -> None:
    assert [t for t in _texts(text, kind) if t.startswith(wrong)] == []


@pytest.mark.parametrize(
    ("text", "kind", "span"),
    [
        ("The army quietly released footage of the raid on Monday.", "source", "The army"),
        ("Hamas also released a video on Monday.", "source", "Hamas"),
        ("The video shows armed men walking past a checkpoint.", "people_count", "armed men"),
        ("The clip shows angry protesters outside the embassy.", "people_count", "angry protesters"),
        ("The video was filmed in the Bank of England building in London.", "location", "London"),
        ("The video was filmed in the Democratic Republic of the Congo.", "location", "Republic of the Congo"),
    ],
)
def test_still_found(text: str, kind: str, span: str) -> None:
    assert any(span in t for t in _texts(text, kind))


@pytest.mark.parametrize(
    "text",
    [
        # a weekday or a month inside a name is no day
        "The video was filmed on Good Friday.",
        "The clip was posted on Black Friday.",
        "The video was filmed on Easter Sunday.",
        "Sunday Times reporters said the video was posted online.",
        "The video was posted by April Jones.",
        "The video was posted by Friday Ogun.",
        # "weekend" is no "week"
        "The video was posted this weekend.",
    ],
)
def test_no_day_from_a_name_or_a_longer_word(text: str) -> None:
    assert [t for t in _texts(text, "date") if t != PUBLISHED.isoformat()] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("On Wednesday Hezbollah released footage of the strike.", "Wednesday"),
        ("The video was posted on Sunday.", "Sunday"),
        ("The video was posted by April 3.", "April 3"),
        ("Monday, police released the video.", "Monday"),
    ],
)
def test_days_beside_names_stay_found(text: str, span: str) -> None:
    assert span in _texts(text, "date")


@pytest.mark.parametrize(
    ("published", "value"),
    [
        (date(2024, 5, 8), "2024-05-04"),  # a Wednesday: the Saturday before
        (date(2024, 5, 12), "2024-05-04"),  # a Sunday: the weekend before this one
        (date(2024, 5, 13), "2024-05-11"),  # a Monday: the weekend just past
    ],
)
def test_last_weekend_is_the_weekend_before_publication(published: date, value: str) -> None:
    [claim] = [c for c in extract_claims("The video was filmed last weekend.", published) if c.role == "recorded"]
    assert (claim.text, claim.value, claim.precision) == ("last weekend", value, "week")


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        # the words before the number bound it: the span keeps them ("no more than five" was "more than five": 6+)
        ("The video shows no more than five men.", "no more than five men", None, 5),
        ("The video shows up to 12 soldiers.", "up to 12 soldiers", None, 12),
        ("The video shows fewer than 10 soldiers.", "fewer than 10 soldiers", None, 9),
        # two numbers are a range ("two or three men" was exactly three)
        ("The video shows two or three men in a room.", "two or three men", 2, 3),
        ("The video shows three to four men.", "three to four men", 3, 4),
        ("The video shows 5-6 men.", "5-6 men", 5, 6),
        ("The video shows half a dozen men.", "half a dozen men", 6, None),  # was "a dozen men": 12+
        # a range of a group, and a range with a bound ("three of the men": 3; the bound was lost: 2 to 3)
        ("The video shows two or three of the men firing.", "two or three of the men", 2, 3),
        ("The video shows two to three of the 12 hostages.", "two to three of the 12 hostages", 2, 3),
        ("The video shows more than two or three men.", "more than two or three men", 3, None),
        ("The video shows up to five or six soldiers.", "up to five or six soldiers", None, 6),
        ("The video shows about 10 to 12 soldiers.", "about 10 to 12 soldiers", 8, 15),
    ],
)
def test_bounded_and_ranged_counts_of_people(text: str, span: str, low: int | None, high: int | None) -> None:
    [claim] = [c for c in extract_claims(text, PUBLISHED) if c.kind == "people_count"]
    assert claim.text == span
    assert (claim.value.min, claim.value.max) == (low, high)


def test_a_checker_named_nobody_verified_nothing() -> None:
    # "Nobody" stood where a checker's name stands: the video was verified
    [hedge] = [c for c in extract_claims("Nobody has verified the video.", PUBLISHED) if c.kind == "hedge"]
    assert hedge.value == "unverified"
    [kept] = [c for c in extract_claims("Reuters verified the video.", PUBLISHED) if c.kind == "hedge"]
    assert kept.value == "verified"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The video shows General Hospital in Gaza.", "people_count"),  # a site named with a title
        ("The video shows President Square in Kyiv.", "people_count"),
        ("The video was posted by the Mail on Sunday.", "date"),  # the newspaper's name
    ],
)
def test_names_of_sites_and_papers_are_no_people_or_days(text: str, kind: str) -> None:
    assert [t for t in _texts(text, kind) if t != PUBLISHED.isoformat()] == []


def test_one_unit_back_is_said_in_the_singular() -> None:
    [claim] = [c for c in extract_claims("The video was posted a week ago.", PUBLISHED) if c.role == "released"]
    assert claim.resolution == "a week before publication"


def test_a_platform_span_holds_no_date_or_preposition() -> None:
    text = "The video was also shared on January 23 by a Twitter account called Truth Be Told."
    assert not [t for t in _texts(text, "source") if t.startswith("January")]


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("The video shows no fewer than 50 people.", "no fewer than 50 people", 50, None),  # was at most 49
        ("The video shows no less than 50 people.", "no less than 50 people", 50, None),
    ],
)
def test_no_fewer_than_is_a_lower_bound(text: str, span: str, low: int | None, high: int | None) -> None:
    [claim] = [c for c in extract_claims(text, PUBLISHED) if c.kind == "people_count"]
    assert (claim.text, claim.value.min, claim.value.max) == (span, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "The video shows 5-6 thousand people.",  # was 5 to 6
        "The video shows one or two hundred protesters.",  # was 1 to 2
        "The video shows up to two thousand protesters.",  # was at most 2
    ],
)
def test_a_multiple_of_a_number_is_no_count_of_that_number(text: str) -> None:
    values = [c.value for c in extract_claims(text, PUBLISHED) if c.kind == "people_count"]
    assert all(getattr(v, "max", None) is None for v in values)


@pytest.mark.parametrize("text", ["The video shows President Park.", "The video shows Mr Park speaking."])
def test_a_surname_that_is_also_a_site_word_is_still_a_person(text: str) -> None:
    assert _texts(text, "people_count")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The video was filmed on Black Saturday, October 7.", "Saturday, October 7"),  # a day with its date
        ("Monday Ukrainian officials released the video.", "Monday"),  # a name after it, not a paper's
    ],
)
def test_days_beside_names_the_review_lost(text: str, span: str) -> None:
    assert span in _texts(text, "date")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a verb after a person noun is no noun the person modifies ("a soldier shooting" was "a police shooting")
        ("The video shows a soldier shooting a prisoner.", ["a soldier", "a prisoner"]),
        # "hostage" after a noun is what they are taken as, not the noun ("seven young women hostage" was no count)
        ("The video shows militants taking seven young women hostage.", ["militants", "seven young women"]),
        # who does, as it happens, what the video shows is in it, not its filmer ("shot by" was read as filmed by)
        ("The footage shows the officer being shot by a colleague.", ["the officer", "a colleague"]),
        ("The video, shot by a bystander, shows a fight.", []),
        # the nouns stay nouns
        ("The video shows the aftermath of a police shooting in Ohio.", []),
        ("The clip shows police raids on homes.", []),
    ],
)
def test_a_person_before_a_verb_or_a_role(text: str, spans: list[str]) -> None:
    assert _texts(text, "people_count") == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a clause opened by a moment of the video shows its people (a comma after "video" closed no such opener)
        ("As the video ends, a militant displays a second man.", ["a militant", "a second man"]),
        ("At the end of the video, a militant displays a second man.", ["a militant", "a second man"]),
        ("Towards the end of the footage, a woman screams.", ["a woman"]),
        ("Midway through the video, police arrive.", ["police"]),
    ],
)
def test_a_moment_of_the_video_opens_what_it_shows(text: str, spans: list[str]) -> None:
    assert _texts(text, "people_count") == spans
