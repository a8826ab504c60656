"""Stance, sentence by sentence: the forms fact-checkers use to refute a claim, and the traps beside them.

Every passage is invented. Each row: the passage, the claim kind, the claimed words and the stance
the article gives them. The traps are claims the article supports (asserted), hedges that are not
refutations ("could not be verified") and what a fact-checker found (asserted, even in a debunk).
"""

from __future__ import annotations

from datetime import date

import pytest

from provenance.article.claims import extract_claims

CLAIM_FACT = "Claim: the video shows flooding in Lagos. Fact: it was filmed in Accra in 2019."
CASES = [
    # a framing word is a whole word: "posted" is not "post", a poster's account is what was seen
    (
        "Posts falsely claim the clip shows Kherson. It was posted on YouTube on 3 March 2021.",
        "date",
        "3 March 2021",
        "asserted",
    ),
    (
        "Posts falsely claim the clip shows Kherson. It was posted on YouTube by the account Storm Watch.",
        "source",
        "Storm Watch",
        "asserted",
    ),
    # "Claim: ... Fact: ..." headings: the claim after the heading is refuted, the fact is asserted
    (CLAIM_FACT, "location", "Lagos", "refuted"),
    (CLAIM_FACT, "location", "Accra", "asserted"),
    (CLAIM_FACT, "date", "2019", "asserted"),
    ('The claim: a clip is "happening in Kano right now". Our rating: false.', "location", "Kano", "refuted"),
    # a trap: a news story quoting a caption, with no heading and nothing false said
    ('The video, shared with the caption "Flooding in Kano", shows cars under water.', "location", "Kano", "reported"),
]


@pytest.mark.parametrize(("text", "kind", "span", "stance"), CASES)
def test_stance(text: str, kind: str, span: str, stance: str) -> None:
    claims = [c for c in extract_claims(text, date(2024, 5, 8)) if c.kind == kind and c.text == span]
    assert claims, f"no {kind} claim {span!r} in {text!r}"
    assert [c.stance for c in claims] == [stance]
