"""Traps a fresh-eyes review found in this round's rules, each a sentence that gave a wrong value or stance.

Every sentence is invented. A claim that is wrong is worse than one missed: a wrong place or date can turn into a
mismatch finding against a genuine video.
"""

from __future__ import annotations

from datetime import date

import pytest

from provenance.article.claims import extract_claims

PUBLISHED = date(2024, 5, 8)


def _claims(text: str, kind: str) -> list:
    return [c for c in extract_claims(text, PUBLISHED) if c.kind == kind and c.start is not None]


def _stance(text: str, kind: str, span: str) -> str:
    [claim] = [c for c in _claims(text, kind) if c.text == span]
    return claim.stance


@pytest.mark.parametrize(
    ("text", "kind", "span", "stance"),
    [
        # an earlier report "was wrong" makes no debunk of the whole article
        (
            "The group put out a clip said to show a captive alive in Gaza. The army said reports of his death "
            "were wrong.",
            "location",
            "Gaza",
            "reported",
        ),
        # a platform inside what a post falsely claims is refuted with it
        ("Posts falsely claim the video was first uploaded to YouTube by the army.", "source", "YouTube", "refuted"),
        # the checker's own finding after "though" is its own
        ("Posts claim the clip shows Gaza, though it was filmed in Syria in 2015.", "location", "Syria", "asserted"),
        (
            "The ministry said the video showed a raid in Jenin, but AFP found it was filmed in Tyre.",
            "location",
            "Tyre",
            "asserted",
        ),
        ("Reuters said it geolocated the video to Kharkiv.", "location", "Kharkiv", "asserted"),
        # what the article does not know is not its word
        ("It is not known whether the video was filmed in Kyiv.", "location", "Kyiv", "reported"),
    ],
)
def test_stance_traps(text: str, kind: str, span: str, stance: str) -> None:
    assert _stance(text, kind, span) == stance


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The video shows a car bomb killing 11 people in a market.", "people_count"),
        ("The video shows Londoners singing in the rain.", "people_count"),
        ("The video shows a mob boss being led away.", "people_count"),
        ("Two ministers in the video conference on Tuesday discussed the clip.", "people_count"),
        ("The video was shared on the day Telegram founder Pavel Durov was arrested.", "source"),
        ("The man in the video has 2 million followers on Instagram.", "source"),
        ("Elon Musk tweeted a reply to the video on Monday.", "date"),
        ("The video shows a tank with Russian-language text written on it.", "subtitle_language"),
        ("The video shows rioters at the Capitol during the Jan. 6 attack.", "date"),
        ("Satellite footage shows 2000 fires burning across the Amazon.", "date"),
        ("The video shows a man police have tied to the March 3 shooting.", "date"),
        ("The ministry denied that the video was real.", "hedge"),
        ("The footage is real-time CCTV from the street.", "hedge"),
    ],
)
def test_no_claim_from_these(text: str, kind: str) -> None:
    assert [(c.text, c.value) for c in _claims(text, kind) if c.value is not None] == [], text


def test_a_platform_s_preposition_is_no_page_of_a_holder() -> None:
    found = _claims("A video posted on X of Israeli soldiers in Gaza spread on Monday.", "source")
    assert [c.text for c in found] == ["X"]


def test_a_day_with_no_year_months_back_names_no_year_and_aerial_footage_is_no_place() -> None:
    [day] = _claims("The video shows rioters at the Capitol during the Jan. 6 attack.", "date")
    assert day.value is None and "no year" in (day.reason or "")
    [hedge] = _claims("Reuters could not verify the aerial footage.", "hedge")
    assert hedge.about == "authenticity"
