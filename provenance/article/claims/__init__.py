"""Claim extraction: article text -> [Claim], each with its exact span, sentence, value and stance.

Where it sits: after the article loader, before the checks. It never sees the video.

    document.py     the document pass: sentences, and which are about the video (one decision for all kinds)
    vocabulary.py   every word table (numbers, months, verbs by role, people, organisations, platforms, languages)
    rules.py        the pattern table's row type and the engine that runs it
    patterns.py     every row, by kind: durations, dates (+ date_values), places, people, languages,
                    sources, hedges
    stance.py       asserted, reported or refuted
    matches.py      a found claim's span and fields, and how overlaps are settled
    programs.py     the expressions' compiled programs, kept in the cache folder between runs

A number, a date, a place or a person is a claim only when the text ties it to the video, so "a
42-year-old", "a 10-minute meeting", "12 people were killed" and the dateline are not claims.
"""

from __future__ import annotations

from datetime import date

from provenance.article.claims import programs
from provenance.article.claims.document import read_document
from provenance.article.claims.matches import Match, keep_longest_of_kind
from provenance.article.claims.patterns import RULES
from provenance.article.claims.rules import Rule, run
from provenance.article.claims.sources import is_platform
from provenance.article.claims.stance import filmed_there, stance_of
from provenance.models import Claim

# The languages whose copy the patterns read, and their tables: a second language's lexicon and
# patterns go here (vocabulary and rules of its own, the same engine and document pass).
READ_LANGUAGES: dict[str, list[Rule]] = {"en": RULES}
LANGUAGE_NAMES = {"en": "English"}


def extract_claims(
    text: str,
    published: date | None = None,
    published_source: str | None = None,
    title: str | None = None,
    language: str | None = "en",
) -> list[Claim]:
    """Every claim the article makes about its video, in text order.

    Args:
        text: the article's main text.
        published: the publication date, used to resolve relative dates.
        published_source: where the publication date came from; when given, a `published`
            date claim is added first.
        title: the headline, which may name the video when the text does not.
        language: the article's language (ISO 639-1); in a language no table reads (see
            `READ_LANGUAGES`) no claim is read from the text. None: unknown, read as English.
    """
    claims: list[Claim] = []
    if published is not None:
        claims.append(_publication(published, published_source))
    rules = READ_LANGUAGES.get(language or "en")
    if rules is None:
        return claims
    document = read_document(text, published, title)
    found = keep_longest_of_kind(run(rules, document))
    sentences = [document.sentence_at(item.start) for item in found]
    stances = []
    for item, sentence in zip(found, sentences, strict=True):
        assert sentence is not None
        posted_on = item.claim["kind"] == "source" and is_platform(item.claim.get("value"))
        stances.append(stance_of(document, sentence, item.start, item.end, posted_on, item.claim["kind"]))
    for item, sentence, stance in zip(found, sentences, filmed_there(found, sentences, stances, text), strict=True):
        assert sentence is not None
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                text=text[item.start : item.end],
                start=item.start,
                end=item.end,
                sentence=sentence.text,
                stance=stance,
                **item.claim,
            )
        )
    programs.save()  # the expressions this article compiled, for the next run
    return claims


def _publication(published: date, source: str | None) -> Claim:
    origin = "option" if source and source.startswith("option") else "metadata"
    return Claim(
        id="c1",
        kind="date",
        text=published.isoformat(),
        start=None,
        end=None,
        sentence=f"publication date ({source or 'given'})",
        value=published.isoformat(),
        role="published",
        precision="day",
        resolution=source,
        origin=origin,
    )


def language_note(language: str | None) -> str | None:
    """What to tell the reader when the article's language is one no pattern table reads."""
    if language is None or language in READ_LANGUAGES:
        return None
    read = ", ".join(LANGUAGE_NAMES[code] for code in READ_LANGUAGES)
    return (
        f"The article is in a language claims are not read from ({language}); claims are read from {read} copy "
        "only, so nothing the article says about the video was checked."
    )


__all__ = ["Match", "extract_claims", "language_note"]
