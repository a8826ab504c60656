"""Claim extraction: article text -> [Claim], each with its exact span, sentence and value.

Where it sits: after the article loader, before the checks. It never sees the video.

    sentences.py    the text as sentence spans
    vocabulary.py   every word table (numbers, months, video nouns, languages, platforms)
    durations.py    "the 42-second video", "nearly four minutes of footage"
    dates.py        "dated Oct. 3", "released a video on Tuesday", normalised against publication
    scene.py        place, people shown, spoken and subtitle language, source, hedges
    matches.py      a found claim's span and fields, and how overlaps are settled

A number or a date is a claim only when the text ties it to the video, so "a 42-year-old", "a
10-minute meeting" and "12 people" are not claims.
"""

from __future__ import annotations

from datetime import date

from provenance.article.claims.dates import extract_dates
from provenance.article.claims.durations import extract_durations
from provenance.article.claims.matches import Match
from provenance.article.claims.scene import extract_scene
from provenance.article.claims.sentences import sentences
from provenance.models import Claim


def extract_claims(text: str, published: date | None = None, published_source: str | None = None) -> list[Claim]:
    """Every claim the article makes about its video, in text order.

    Args:
        text: the article's main text.
        published: the publication date, used to resolve relative dates.
        published_source: where the publication date came from; when given, a `published`
            date claim is added first.
    """
    spans = sentences(text)
    found: list[Match] = [*extract_durations(text, spans), *extract_dates(text, spans, published)]
    found += extract_scene(text, spans)
    found.sort(key=lambda f: f.start)
    claims: list[Claim] = []
    if published is not None:
        origin = "option" if published_source and published_source.startswith("option") else "metadata"
        claims.append(
            Claim(
                id="c1",
                kind="date",
                text=published.isoformat(),
                start=None,
                end=None,
                sentence=f"publication date ({published_source or 'given'})",
                value=published.isoformat(),
                role="published",
                precision="day",
                resolution=published_source,
                origin=origin,
            )
        )
    for item in found:
        sentence = next((text[a:b] for a, b in spans if a <= item.start < b), "")
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                text=text[item.start : item.end],
                start=item.start,
                end=item.end,
                sentence=sentence,
                **item.claim,
            )
        )
    return claims
