"""Place claims: where the video was filmed, or what place it shows.

A place is a claim when a verb of filming ties it to the video ("filmed in Kherson", "shot near
Bakhmut") or when a sentence about the video puts what it shows there ("shows floods in Mexico's
Nayarit state", "footage from the Idlib countryside"), unless a verb of another event governs it
("captured in Afghanistan", "born in Rochester", "reporting from Sirte"). Organisations, platforms,
languages and the dateline are never places ("The video from Hamas" is not Hamm, Germany). The
phrase's own context resolves it: "the Syrian city of Hasaka" (country), "Derna, Libya", "Hayle,
Cornwall" (region), "Sumy region" (a region, not the city); else the countries the article names.
"""

from __future__ import annotations

import re

from provenance.article.claims.document import in_quotation
from provenance.article.claims.rules import Context, Hit, Rule
from provenance.article.claims.vocabulary import (
    DEMONYM,
    DEMONYMS,
    LANGUAGES,
    MEDIA,
    NOT_PLACES,
    ORGANISATIONS,
    OTHER_EVENT_VERBS,
    PLATFORMS,
    RECORD_VERBS,
    SCOPE_NOUN,
    SHOW_VERBS,
)

_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|ez|an)-)"
_WORD = rf"{_ARTICLE}?[A-Z][\w'’ʿ.-]*"
# never a weekday, a month or a pronoun, so a regex match moves on to the real place ("filmed on Monday in Aleppo")
_NOT_NAME = r"(?!(?:" + "|".join(sorted((w.title() for w in NOT_PLACES), key=len, reverse=True)) + r")\b)"
_NAME = rf"(?P<name>{_NOT_NAME}{_WORD}(?:\s+(?:{_ARTICLE}|de\s+|del\s+|of\s+the\s+|of\s+)?{_WORD}){{0,3}})"
# lower case only: "southern Brazil" is Brazil, "South Korea" a name
_DIRECTION = (
    r"(?:(?:north|south)(?:-?(?:east|west))?ern|(?:north|south)-?(?:east|west)"
    r"|eastern|western|central|outer|inner|rural|east|west|north|south)"
)
_PLACE_TYPE = (
    r"(?P<ptype>city|town|village|hamlet|province|region|capital|district|governorate|state|county|oblast"
    r"|neighbou?rhood|suburbs?|area|port|island|settlement|camp|municipality)"
)
_SUFFIX = (
    r"(?P<suffix>region|province|oblast|governorate|state|district|county|countryside"
    r"|area|valley|city|village|town|strip|coast)"
)
PLACE = (
    rf"(?i:the\s+|a\s+|an\s+)?(?:{_DIRECTION}\s+)?(?:(?P<owner>{_WORD}(?:\s+{_WORD})?)['’]s?\s+)?"
    rf"(?:(?:[a-z][\w-]*\s+){{0,2}}?(?:(?P<adj>{DEMONYM})\s+)?(?i:{_PLACE_TYPE})\s+of\s+|(?P<adj2>{DEMONYM})\s+)?"
    rf"{_NAME}(?:\s+(?i:{_SUFFIX})\b)?"
    rf"(?:(?:,\s+|\s+in\s+(?:the\s+)?(?:{_DIRECTION}\s+)?)(?P<tail>{_WORD}(?:\s+{_WORD})?))?"
)
_PREPOSITION = (
    r"(?P<prep>(?i:(?:hit|struck|devastated|rocked|flooded|shook|swept|ravaged)(?:\s+parts\s+of)?|in|near|outside|at|from|around|across|inside|over|on|into"
    r"|to|off\s+the\s+coast\s+of|off|on\s+the\s+outskirts\s+of"
    r"|(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of|close\s+to|towards?))"
)
# "filmed in Kherson", "shot near Bakhmut", "recorded at the port of Beirut"
_FILMED = re.compile(rf"\b(?P<verb>(?i:{RECORD_VERBS}))(?:\s+[\w'’-]+){{0,3}}?\s+{_PREPOSITION}\s+{PLACE}")
# in a sentence about the video: "shows floods in Mexico's Nayarit state", "footage from Idlib"
_IN_SCOPE = re.compile(rf"\b{_PREPOSITION}\s+{PLACE}")
# "Gaza footage", "a Kharkiv video"
_PLACE_VIDEO = re.compile(rf"\b(?i:a|an|the)\s+{_NAME}\s+(?i:{SCOPE_NOUN})\b")
# what puts a place in another event than the filming: a verb of that event up to ten words before, in the
# same clause ("captured on Jan. 15 during an attack on a Kenyan military base in El Adde"), a person's home
# ("his home village in southern Russia"), a captive's prison ("a hostage held in Gaza"), a cause ("retribution
# for US airstrikes in Iraq") or an event the sentence dates by ("after a 6.3-magnitude earthquake in Nepal")
_OTHER_EVENT = re.compile(
    rf"(?<![\w-])(?:{OTHER_EVENT_VERBS}|home|hometown|native|birthplace|headquarters|held|seized|kidnapping"
    rf"|abduction|(?:retribution|revenge|retaliation|reprisal|response)\s+(?:for|to)|after|since|following"
    rf"|date\s+of)(?![\w-])"
    rf"|\b(?:he|she|they|who|which)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?\w+(?:ed|en)\b",
    re.IGNORECASE,
)
_TEN_WORDS = re.compile(r"(?:\s+[\w'’.-]+){0,10}\s*$")
# a place named only to measure from, cheer or hold captives: "seven miles southwest of Bucha", "far from
# Kyiv", "Glory to Ukraine", "one of the 59 hostages in Gaza"
_NOT_THE_SCENE = re.compile(
    r"\b(?:(?:\d+\s*)?(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|blocks?|yards?|feet)|far|away)\s*$"
    r"|\b(?:death|glory|shame|victory|freedom)\s*$|\b(?:hostages?|captives?|prisoners?|detainees?)\s*$",
    re.IGNORECASE,
)
_NOT_A_PLACE = re.compile(rf"^(?:{ORGANISATIONS}|{PLATFORMS}|{DEMONYM}|{MEDIA})$", re.IGNORECASE)
# what ties a place to what the video shows, earlier in the sentence ("shows floods in ...", "footage of ... in")
_CUE = re.compile(
    rf"\b(?:{SHOW_VERBS}|{SCOPE_NOUN}|filmed|shot|recorded|taken|captured|took\s+place|happened|happening|occurred"
    rf"|(?:is|was|are|were)\s+from|comes?\s+from|came\s+from|in\s+it|scene|located|geolocated|traced)\b",
    re.IGNORECASE,
)
_REGION_SUFFIX = {"region", "province", "oblast", "governorate", "state", "district", "county", "countryside"}
_CITY_TYPE = {"city", "town", "village", "hamlet", "capital", "neighbourhood", "neighborhood", "suburb", "suburbs"}


def _name_ok(name: str) -> bool:
    words = name.split()
    first = words[0].lower().strip("'’")
    if first in NOT_PLACES or first in LANGUAGES or _NOT_A_PLACE.match(name) or _NOT_A_PLACE.match(words[0]):
        return False
    return not name.isupper() or len(name) <= 5  # "UN", "US" yes; a shouted headline word no


def _resolve(match: re.Match[str], context: Context) -> Hit | None:
    from provenance.gazetteer import country_names, fold

    groups = match.groupdict()
    name = match.group("name").rstrip(".")
    if not _name_ok(name):
        return None
    countries = country_names()
    suffix = (groups.get("suffix") or "").lower()
    ptype = (groups.get("ptype") or "").lower()
    kind = (
        "region"
        if suffix in _REGION_SUFFIX or ptype in ("province", "region", "governorate", "oblast", "state")
        else None
    )
    kind = "city" if ptype in _CITY_TYPE or suffix in ("city", "town", "village") else kind
    hint = None
    for owner in (groups.get("owner"), groups.get("tail")):
        if owner and fold(owner) in countries:
            hint = countries[fold(owner)]
    adjective = groups.get("adj") or groups.get("adj2")
    if adjective:
        hint = DEMONYMS.get(adjective.lower(), hint)
    tail = groups.get("tail")
    region = tail if tail and fold(tail) not in countries else None
    place = _lookup(name, hint, kind, region, context)
    if place is None and kind == "region":  # "Zaporizhzhia region": the region of the city of that name
        from provenance.gazetteer import region_of

        city = _lookup(name, hint, "city", None, context)
        place = region_of(city) if city is not None else None
    end = match.end("suffix") if groups.get("suffix") else match.start("name") + len(name)
    start = match.start("name")
    if place is None:
        if not (ptype or suffix or tail):
            return None  # a capitalised word after "in" is not surely a place
        return Hit(start, end, {"value": None, "reason": "not found in the offline gazetteer"})
    return Hit(start, end, {"value": place, "resolution": f"gazetteer: {place.name}, {place.country_code}"})


def _lookup(name: str, hint: str | None, kind: str | None, region: str | None, context: Context):
    from provenance.gazetteer import resolve_place

    if hint:
        return resolve_place(name, country=hint, kind=kind, region=region)
    for code in context.document.countries[:3]:  # the countries the article is about come first
        place = resolve_place(name, country=code, kind=kind, region=region)
        if place is not None and (place.kind != "city" or _known_enough(place, name)):
            return place
    return resolve_place(name, kind=kind, region=region)


def _known_enough(place, name: str) -> bool:
    from provenance.gazetteer import fold

    return fold(place.name) == fold(name) or len(name) > 5


def _filmed(match: re.Match[str], context: Context) -> list[Hit]:
    verb = match.group("verb").lower()
    if verb in ("taken", "made", "produced", "shot") and not context.sentence.in_scope:
        return []
    return _with_coordinated(match, context)


# "in Malawi or Mozambique", "in Turkey and Syria", "in Syria, not Ukraine": the second place of a pair
_OTHER = _NAME.replace("(?P<name>", "(?P<other>")
_COORDINATED = re.compile(rf"^,?\s+(?:and|or|nor|not|but\s+not|rather\s+than)\s+{_OTHER}")


def _with_coordinated(match: re.Match[str], context: Context) -> list[Hit]:
    """The place of the match, and the one coordinated with it."""
    first = _resolve(match, context)
    if first is None:
        return []
    hits = [first]
    following = context.sentence.text[first.end :]
    other = _COORDINATED.match(following)
    if other is not None and _name_ok(other.group("other")):
        from provenance.gazetteer import resolve_place

        name = other.group("other").rstrip(".")
        place = resolve_place(name)
        if place is not None:
            start = first.end + other.start("other")
            fields = {"value": place, "resolution": f"gazetteer: {place.name}, {place.country_code}"}
            hits.append(Hit(start, start + len(name), fields))
    return hits


def _in_scope(match: re.Match[str], context: Context) -> list[Hit]:
    before = context.sentence.text[: match.start()]
    quoted = in_quotation(before)
    caption = quoted and _CAPTION.search(context.sentence.text)
    if not (_CUE.search(before[-160:]) or caption):
        return []  # a place in a sentence about the video, but not tied to what it shows
    if _blocked(before) or match.group("prep").lower() == "from" and _hometown(before):
        return []
    return _with_coordinated(match, context)


# a caption, title or post the article quotes: the place it names is what the post claims the video shows
_CAPTION = re.compile(r"\b(?:caption|captioned|title|titled|tweet|post|says|reads|reading|claim|claiming)\b", re.I)


def _blocked(before: str) -> bool:
    """Whether the words before a place tie it to another event than what the video shows: the nearest
    cue wins ("reported that the video showed a house in ..." is the video's place)."""
    if _NOT_THE_SCENE.search(before):
        return True
    last = next(reversed(list(_OTHER_EVENT.finditer(before))), None)
    if last is None or not _TEN_WORDS.match(before, last.end()):
        return False
    return not _CUE.search(before, last.end())


# a person's origin: "a journalist from Rochester", "men who claim to be from France" (but "journalists from
# Gaza" in a video are where it was filmed, as copy reads it)
_ORIGIN = re.compile(
    r"\b(?:\w+ist|man|woman|boy|girl|student|soldier|resident|native|family)\s*,?\s*$|\bwho\s+(?:[\w'’]+\s+){0,4}$"
)


def _hometown(before: str) -> bool:
    """ "a journalist from Rochester": a person's origin, not the video's place."""
    return bool(_ORIGIN.search(before))


def _place_video(match: re.Match[str], context: Context) -> Hit | None:
    return _resolve(match, context)


RULES = [
    Rule("location.filmed_in", "location", _FILMED, _filmed, "any",
         (("The video was filmed in the Syrian city of Deir al-Zor.", "Deir al-Zor"),
          ("The amateur video is said to have been shot in Damascus.", "Damascus"))),
    Rule("location.in_scope", "location", _IN_SCOPE, _in_scope, "scope",
         (("A video shows floods in Mexico's Nayarit state.", "Nayarit state"),
          ("The footage shows a convoy near the village of Kamyanka, south of Kharkiv.", "Kamyanka"),
          ("Drone video showed the surrender in Sumy region.", "Sumy region"))),
    Rule("location.place_video", "location", _PLACE_VIDEO, _place_video, "any",
         (("The ministry called the Kharkiv video a fake.", "Kharkiv"),)),
]  # fmt: skip
