"""Place claims: where the video was filmed, or what place it shows.

A place is a claim when a verb of filming ties it to the video ("filmed in Kherson", "shot near
Bakhmut", "In a trench in Bakhmut, the soldier was filmed ...") or when a sentence about the video puts
what it shows there ("shows floods in Mexico's Nayarit state", "footage from the Idlib countryside",
"video of a Gaza tunnel", "it shows Dolores in Uruguay", "footage of the Pokhara bus crash" (the place
before the noun of the event it shows, also in a quoted title), "the location in the video is ...", the places
a quoted caption, title or on-screen text names), unless something ties it to another event: a verb of that
event with no cue of the video after it ("captured in Afghanistan", "born in Rochester", "hostages held in Gaza",
"after an earthquake in Nepal", "at a press conference in Boston"), a distance or a slogan ("seven
miles southwest of Bucha", "Glory to Ukraine"), or an apposition to a place already named ("Jos, the
capital of Plateau, a state in central Nigeria"). Organisations, platforms, languages, seas,
acronyms and the dateline are never places ("The video from Hamas" is not Hamm, Germany).

The phrase's own words resolve it: "the Syrian city of Hasaka", "the southern Gaza town of Rafah"
(country), "Derna, Libya", "Hayle, Cornwall", "Vovchansk in the Kharkiv region", "Nova Petropolis — a
municipality in southern Brazil" (country or region), "Sumy region" (a region, not the city); else the
countries the article names. A site the gazetteer lacks is placed in what holds it ("Trump Tower in New
York City": New York City; outside a city, its region); held only by a country ("Qaryat Sufra village in Oman",
"Kaseta Town Council in the Ankole region of Uganda"), it is an area of that country, and so is a country
after a direction ("southern Lebanon") or the sea off it ("off the coast of Oman").
"""

from __future__ import annotations

import re
from functools import cache

from provenance.article.claims import programs
from provenance.article.claims.document import in_quotation, video_near
from provenance.article.claims.rules import Context, Hit, Rule, lazy_compile, sketch
from provenance.article.claims.vocabulary import (
    AMBIGUOUS_STATES,
    DEMONYM,
    DEMONYMS,
    GEOGRAPHIC_REGIONS,
    HAPPENED_VERBS,
    LANGUAGES,
    MACRO_REGIONS,
    MEDIA,
    NATIONS_WITHIN,
    NOT_PLACES,
    ORGANISATIONS,
    OTHER_CAPITALS,
    OTHER_EVENT_VERBS,
    PLATFORMS,
    RECORD_STRONG,
    RECORD_VERBS,
    SCOPE_NOUN,
    SHOW_VERBS,
    SITE_WORDS,
    TITLE_OPENS,
    by_first_letter,
)
from provenance.models import Place

_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|ez|an)-)"
_WORD = rf"{_ARTICLE}?[A-Z][\w'’ʿ.-]*"
# never a weekday, a month or a pronoun, so a regex match moves on to the real place ("filmed on Monday in Aleppo")
_NOT_WORDS = "|".join(sorted((w.title() for w in NOT_PLACES), key=lambda w: (-len(w), w)))
_NOT_NAME = r"(?!" + by_first_letter(_NOT_WORDS) + r"\b)"
# (a hashtag's place too: 'the caption "Things getting serious in #Venezuela"')
# (a river's "upon" or "on" too: "Kingston upon Thames", "Stratford on Avon")
_JOINS = r"de\s+|del\s+|of\s+the\s+|of\s+|upon\s+|on\s+(?=Thames|Tyne|Trent|Avon)"
_NAME = rf"(?P<name>#?{_NOT_NAME}{_WORD}(?:\s+(?:{_ARTICLE}|{_JOINS})?{_WORD}){{0,3}})"
# lower case only: "southern Brazil" is Brazil, "South Korea" a name
_DIRECTION = (
    r"(?:(?:north|south)(?:-?(?:east|west))?ern|(?:north|south)-?(?:east|west)"
    r"|eastern|western|central|outer|inner|rural|east|west|north|south)"
)
_PLACE_TYPE = (
    r"(?P<ptype>city|town|village|hamlet|province|region|capital|district|governorate|state|county|oblast"
    r"|neighbou?rhood|suburbs?|area|port|island|settlement|camp|municipality|streets|outskirts|cent(?:re|er))"
)
_SUFFIX = (
    r"(?P<suffix>region|province|oblast|governorate|state|district|county|countryside"
    r"|area|valley|city|village|town|strip|coast)"
)
# a site in a place, lower case after its name: "Beirut port", "a Gaza neighbourhood", "the Kharkiv metro station"
_SITE = SITE_WORDS
# who holds or what marks the place a phrase is in: "the occupied West Bank", "rebel-held Idlib", "war-torn Sudan"
_HELD = r"(?:(?:[\w]+-)?(?:occupied|annexed|held|controlled|besieged|disputed|torn|ravaged)\s+)"
# the place a phrase is in: "Derna, Libya", "Hackney, east London", "Vovchansk in the northeastern Kharkiv
# region", "El Adde, in southwestern Somalia", "Bethlehem in the occupied West Bank"
_IN = (
    rf"(?:,\s+(?:in\s+)?|\s+in\s+|\s+(?P<near>outside|near)\s+)(?:the\s+)?{_HELD}?(?:{_DIRECTION}\s+)?"
    r"(?:(?:state|province|region|governorate|county|district)\s+of\s+)?"
)
# ... and the country after it: "in the Ankole region of Uganda", "in Spiti Valley, India"
_TAIL = (
    rf"(?:{_IN}(?P<tail>{_WORD}(?:\s+{_WORD})?)(?:\s+(?i:region|province|oblast|governorate|state|county))?"
    rf"(?:(?:\s+of|,)\s+(?P<tail2>{_WORD}(?:\s+{_WORD})?))?)"
)
# an apposition that places it: "Nova Petropolis — a municipality in southern Brazil", "Tverskaya Street, a
# prominent street in Moscow", "El Adde, a base in Somalia"
_APPOSITION = (
    rf"(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{_PLACE_TYPE.replace('?P<ptype>', '')}|{_SITE}"
    rf"|base|enclave|resort|hotel|compound|community|locality|commune)"
)
_APPOSED = (
    rf"(?:\s*(?:,|—|–)\s+{_APPOSITION}\s+(?:in|of|(?P<beside>outside|near))\s+"
    rf"(?:the\s+)?"
    rf"(?:{_DIRECTION}\s+)?(?P<apposed>{_WORD}(?:\s+{_WORD})?))"
)
PLACE = (
    rf"(?:(?i:(?P<the>the)|(?P<det>a|an))\s+)?{_HELD}?(?:(?P<direction>{_DIRECTION})\s+)?(?:(?P<owner>{_WORD}(?:\s+{_WORD}){{0,2}})['’]s?\s+)?"
    rf"(?:(?:[a-z][\w-]*\s+){{0,2}}?(?:(?P<adj>{DEMONYM})\s+|(?P<area>{_WORD}(?:\s+{_WORD})?)\s+)?(?i:{_PLACE_TYPE})"
    rf"(?:\s+of\s+|(?P<comma>,)\s+)|(?P<adj2>{DEMONYM})\s+)?"
    rf"{_NAME}(?!\s+(?:border|frontier)\b)(?:\s+(?i:{_SUFFIX})\b|\s+(?P<site>{_SITE})\b)?(?:{_TAIL}|{_APPOSED})?"
)
_PREPOSITION = (
    r"(?P<prep>(?i:(?:(?:hit|hitting|struck|striking|devastated|devasted|rocked|flooded|shook|ravaged|battering"
    r"|battered|lashing|lashed|pounding|pounded|jolted|jolting|(?:tore|tearing|ripped|ripping|sweeping)\s+through|swept"
    r"|inundated|entering|enter|entered|invading|invaded)(?:\s+parts\s+of)?|(?:somewhere\s+)?in|near|outside|at|from"
    r"|around|across|inside|over|on|into|to|through|within|along|beneath|off\s+the\s+coast\s+of|off"
    r"|on\s+the\s+outskirts\s+of|parts\s+of"
    # a place denied or given out falsely: "stands in Sudan rather than Nigeria", "has nothing to do with Gaza",
    # "the same visuals now being passed off as Assam"
    r"|rather\s+than|nothing\s+to\s+do\s+with|unrelated\s+to|passed\s+off\s+as"
    r"|(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of|close\s+to|towards?))"
    r"(?:\s+what\s+(?:seems|appears|looks)\s+to\s+be)?(?:\s+(?:war|storm|flood|quake)-\w+)?)"
)
# "filmed in Kherson", "shot near Bakhmut", "recorded at the port of Beirut"
_FILMED_PREPOSITION = rf"\b(?P<verb>(?i:{RECORD_VERBS}))(?:\s+[\w'’-]+){{0,3}}?\s+{_PREPOSITION}\s+"
_FILMED = lazy_compile(rf"{_FILMED_PREPOSITION}{PLACE}")
# in a sentence about the video: "shows floods in Mexico's Nayarit state", "footage from Idlib"
_IN_SCOPE = lazy_compile(rf"\b{_PREPOSITION}\s+{PLACE}")
# "Gaza footage", "a Kharkiv video"
_PLACE_VIDEO = lazy_compile(rf"\b(?i:a|an|the)\s+{_NAME}\s+(?i:{SCOPE_NOUN})\b")
# "a video of a Gaza tunnel", "shows a Kharkiv apartment block": a site the video shows, named by its place
_SITE_SHOWN = lazy_compile(
    rf"\b(?:(?i:{SHOW_VERBS})|(?i:{SCOPE_NOUN})\s+of)\s+(?i:a|an|the)\s+{_NAME}\s+(?P<site>{_SITE})\b"
)
# "footage of the Pokhara bus crash", "its title is 'Magnitude 7.1 Davao earthquake'": the place of the
# event the video shows, named before the event's noun
_EVENT = (
    r"(?:earthquake|quake|tremors?|eruption|collapse|explosions?|blasts?|floods?|flooding|wildfires?|bushfires?"
    r"|fires?|airstrikes?|air\s+strikes?|bombings?|crash|derailment|riots?|protests?|shooting|massacre|tornado"
    r"|hurricane|typhoon|cyclone|storm|landslide|tsunami|stampede)"
)
_PLACE_EVENT = lazy_compile(rf"\b{_NAME}\s+(?:[a-z]+\s+)?(?P<event>{_EVENT})\b")
_IS_EVENT = lazy_compile(rf"(?i:{_EVENT})$")
# inside a caption or title the sentence quotes: "its title is '...", "captioned “..."
_IN_TITLE = lazy_compile(rf"{TITLE_OPENS}[\"“‘'][^\"”’]*$")
_NEEDS_EVENT = lazy_compile(rf"[A-Z][\w'’.-]*\s+(?:[a-z]+\s+)?{_EVENT}\b")
# "it shows Dolores in Uruguay": a place as what the video shows, held to the country or region named after it
_SHOWN_IN = lazy_compile(rf"\b(?i:{SHOW_VERBS})\s+{_NAME}{_TAIL}")
# "Alone in a trench in Bakhmut, the soldier was filmed begging": the place opens the sentence
_THEN_FILMED = (
    rf",\s+(?:[\w'’-]+\s+){{0,5}}?(?:was|were|is|are|being)\s+"
    rf"(?:{RECORD_STRONG}|recorded|(?:seen|shown|pictured)\s+\w+ing)\b"
)
_FRONTED = lazy_compile(rf"^(?:[\w'’-]+\s+){{0,5}}?{_PREPOSITION}\s+{PLACE}{_THEN_FILMED}")
# "it is not clear what part of the Gaza Strip is depicted in the clip": the place, then what the video shows of it
_SHOWN_AFTER = lazy_compile(
    rf"\b(?:of|in|at)\s+{PLACE}\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:depicted|shown|seen|visible|pictured)"
    rf"\s+(?:in|on)\s+(?:the|this|that)\s+(?i:{SCOPE_NOUN})\b"
)
# "the location in the video is Tahrir Square, Cairo"
# ... and the video said not to be a place: "The video and the victims are real, but it is not Nepal"
_LOCATION_IS = lazy_compile(
    rf"(?:\blocation\b(?:\s+[\w'’-]+){{0,5}}?\s+(?:is|was)\s+(?:in\s+)?"
    # (a colon or semicolon giving the truth after it: not "It was not France, the minister said, but ...")
    rf"|\b(?i:it|this|that)\s+(?i:is|was)\s+(?i:not|n['’]t)\s+(?=(?-i:[A-Z])[\w'’-]+\s*[:;]\s))"
    rf"{PLACE}"
)
# the words of a caption, a title or text overlaid on the video, quoted: captioned "Cape Coral, an hour after
# landfall", titled 'Osaka Earthquake', on-screen text that says "Lima Peru Tonight", bears the text "..." (not
# words someone says or wears: "repeats the words", "a T-shirt with the words")
# ... with the words between that tell what the quote does: "text at the top reads", "Text running across the top of the
# video claims that", "its caption calls them", "a caption locating it at", "its caption presents the scene as", and
# one who "called it a "tornado in Dubai"" (not any words: "caption urged viewers to "stand with Ukraine"")
_CAPTIONED = (
    r"\b(?i:captioned|titled|caption|title|on-screen\s+text|text\s+(?:on|over|across)\s+(?:the|its)\s+(?:video|clip|footage"
    r"|screen|image)|(?:bears|carries|overlaid\s+with)\s+the\s+(?:text|words)"
    # (where on the video: not "text across the banner at the march says")
    r"|text\s+(?:(?:laid|running|written|superimposed|overlaid|displayed|placed)\s+)?(?:on|over|across|at|atop)\s+"
    r"(?:the\s+|its\s+)?(?:top|bottom|corner|screen|frame|(?:[\w'’-]+\s+){0,6}?(?:video|clip|footage|reel))\b"
    r"[^\"“”.;:]{0,40}?\s(?:reads?|says?|said|calls?\s+(?:it|them)(?:\s+an?)?|claims?(?:\s+that)?)"
    r"|captions?\s+(?:also\s+)?(?:call(?:s|ed|ing)?\s+(?:it|them)|(?:describ|present|label)\w*\s+(?:it|them|the\s+"
    r"(?:scene|video|clip|footage))\s+as|locat\w*\s+(?:it|them)\s+(?:at|in))(?:\s+(?:an?|the))?"
    r"|(?:calls?|called|calling)\s+(?:it|them)\s+(?:an?\s+|the\s+)?)"
    r"(?:\s+(?:is|was|reads?|read|says?|said))?\s*:?,?\s*[\"“‘']"
)
_CAPTION_QUOTE = lazy_compile(rf"{_CAPTIONED}(?P<quote>[^\"”’]{{1,300}})")
# where the event the video shows happened, told in or just after a sentence naming the video, as its day is
# (`date.took_place`): "The protest took place on Rue Haute in Liege", "The crash happened near Lens on Friday"
_HAPPENED = rf"\b(?:{HAPPENED_VERBS}|broke\s+out)\b"
_HAPPENED_AT = lazy_compile(
    rf"{_HAPPENED}(?:\s+(?!(?:said|says|when|after|before|because|while|but|and|which|that|where)\b)[\w'’,-]+){{0,6}}?"
    rf"\s+{_PREPOSITION}\s+{PLACE}"
)
# cheap tests a sentence passes before the rows below run on it (speed only)
_NEEDS_SITE = lazy_compile(rf"[A-Z][\w'’.-]*\s+{_SITE}\b")
_NEEDS_SHOWING = lazy_compile(r"(?i:show|depict|feature|captur|document|portray)\w*\s+[A-Z]")
_NEEDS_FILMED = lazy_compile(rf"\b(?:{RECORD_STRONG}|recorded|seen|shown|pictured)\b", re.IGNORECASE)
_NEEDS_SHOWN = lazy_compile(r"\b(?:depicted|shown|seen|visible|pictured)\s+(?:in|on)\s")
_NEEDS_LOCATION = lazy_compile(r"\blocation\b|\b(?:is|was)\s+(?:not|n['’]t)\s", re.IGNORECASE)
_NEEDS_CAPTION = lazy_compile(r"caption|title|text|words", re.IGNORECASE)
# what puts a place in another event than the filming: a verb of that event up to ten words before, in the
# same clause ("captured during a raid on a base in El Adde"), a person's home
# ("his home village in southern Russia"), a captive's prison ("a hostage held in Gaza"), a cause ("retribution
# for US airstrikes in Iraq"), an event the sentence dates by ("after a 6.3-magnitude earthquake in Nepal") or
# where the video was shown ("revealed at a press conference in Boston")
_OTHER_EVENT = lazy_compile(
    rf"(?<![\w-])(?:{OTHER_EVENT_VERBS}|(?:his|her|their|my|our)\s+(?:own\s+)?home|hometown|native|birthplace"
    rf"|headquarters|held|seized|(?:retribution|revenge|retaliation|reprisal|response)\s+(?:for|to)|after|since"
    rf"|(?:press|news)\s+conference|briefing"
    rf"|date\s+of)(?![\w-])"
    r"|\b(?:he|she|they|who)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?\w+(?:ed|en)\b"
    # "which was killed" is another event, "which was filmed" the video's own
    rf"|\bwhich\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?!(?:{RECORD_STRONG}|recorded|shot|taken)\b)\w+(?:ed|en)\b",
    re.IGNORECASE,
)
_TEN_WORDS = lazy_compile(r"(?:\s+[\w'’.-]+){0,10}\s*$")
# a place named only to measure from, cheer or hold captives: "seven miles southwest of Bucha", "far from
# Kyiv", "Glory to Ukraine", "one of the 59 hostages in Gaza"
_NOT_THE_SCENE = lazy_compile(
    # (a distance or a death, "passed away in Nairobi", not "swept away in Indonesia")
    r"\b(?:(?:\d+\s*)?(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|blocks?|yards?|feet)|far"
    r"|(?<!swept\s)(?<!washed\s)(?<!carried\s)(?<!blown\s)(?<!torn\s)away)\s*$"
    r"|\b(?:death|glory|shame|victory|freedom)\s*$|\b(?:hostages?|captives?|prisoners?|detainees?)\s*$"
    r"|\b(?:ambassadors?|envoys?|consuls?|emissar(?:y|ies)|delegations?)\s*$"  # "ambassador to the US" (an office)
    # where a group is, not where its video was made: "posted by an armed group in Kivu", "operating in Iraq"
    r"|\b(?:groups?|organi[sz]ations?|movements?|militias?|factions?|cells?|affiliates?)\s*$|\b(?:operating|active)\s*$"
    # where a body that released it sits: "put out by the Grand Prairie Police Department in Texas", "made public by
    # authorities in Columbus, Ohio"
    r"|\b(?:released|put\s+out|published|posted|made\s+public|shared|issued)\s+by\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?"
    r"(?:department|police|authorities|office|ministry)\s*$"
    # a group named after where it fights: "al-Qaida in Iraq", "Islamic State in Libya"
    r"|\b(?:al[- ]Qa[e']?ida|Islamic\s+State|Ansar\s+al-\w+)\s*$"
    # the target of a threat, not where it was filmed: "threatens an attack on Britain", "getting ready to launch an
    # attack on Israel", "declare war on Kenya", "threatening missile strikes on Nairobi" (not "forces launching an
    # attack on Bakhmut", nor "the long-threatened offensive on Rafah" or "the planned assault on Avdiivka" that the
    # video shows happening)
    r"|\b(?:threaten(?:s|ing)?|(?:to|will)\s+launch)\s+(?:(?:an?|new|more)\s+)?(?:[\w'’-]+\s+)?"
    r"(?:attacks?|strikes?|war|assaults?|offensive|invasion)(?:\s+(?:on|against))?(?:\s+the)?\s*$"
    r"|\bdeclar(?:es?|ed|ing)\s+war(?:\s+(?:on|against))?(?:\s+the)?\s*$",
    re.IGNORECASE,
)
# where something is fired at a country or someone travels to or through, not where the camera is: "missiles launched at
# Israel", "sending troops to Somalia", "a visit to Cairo", "the first flight from Dubai" (a town fired at may be
# where it was filmed: "the drone launched at Kyiv exploding over the city")
_AIMED = lazy_compile(
    r"\b(?:launch(?:es|ed|ing)?|fired|firing|aim(?:s|ed|ing)?)(?:\s+[\w'’-]+){0,3}?\s+(?:at|against|towards?|into)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BOUND = lazy_compile(
    r"\b(?:send(?:s|ing)?|deploy(?:s|ing)?|travel\w*|flights?|trips?|visits?|visiting|visited)"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:to|for|from)\s+(?:the\s+)?$"
    # ... or how a copy or people passed through it: "shared widely within Israel", "smuggled out of Syria through
    # Turkey"
    r"|\b(?:shared|spread\w*|circulat\w*|viral|smuggled|sent|passed|reached|distributed|walked|travell?ed|fled|moved"
    r"|made\s+(?:its|their)\s+way)\b[^.;]{0,41}?(?:through|within)\s$",
    re.IGNORECASE,
)


def _aimed_or_bound(before: str, preposition: str, name: str) -> bool:
    near = f"{before[-150:]}{preposition} "
    return bool(_BOUND.search(near) or (_is_country(name.rstrip(".'’")) and _AIMED.search(near)))


# inside an apposition to a place named before: "Jos, the capital of Plateau, a state in central Nigeria"
_IN_APPOSITION = lazy_compile(rf"[A-Z][\w'’-]*\s*(?:,|—|–)\s+{_APPOSITION}\s*$")
_OUTLET_AT = lazy_compile(rf"(?:{MEDIA}|{ORGANISATIONS})(?![\w-])")
_NOT_A_PLACE = lazy_compile(rf"^(?:{ORGANISATIONS}|{PLATFORMS}|{DEMONYM}|{MEDIA})$", re.IGNORECASE)
# what ties a place to what the video shows, earlier in the sentence ("shows floods in ...", "footage of ... in")
_CUE = lazy_compile(
    rf"\b(?:{SHOW_VERBS}|{SCOPE_NOUN}|filmed|shot|recorded|taken|captured|took\s+place|happened|happening|occurred"
    rf"|(?:is|was|are|were|be)\s+from|comes?\s+from|came\s+from|in\s+it|scene|location|located|geo-?locat\w*"
    rf"|traced|this\s+(?:is|was))\b",
    re.IGNORECASE,
)
_REGION_SUFFIX = {"region", "province", "oblast", "governorate", "state", "district", "county", "countryside"}
_CITY_TYPE = {"city", "town", "village", "hamlet", "capital", "neighbourhood", "neighborhood", "suburb", "suburbs"}
# capitalised words that name no place of their own ("the Capital", "the Red Sea"), and a short word
# with a capital inside is an acronym ("JeM camps"), not El Jem, Tunisia
_GENERIC = {
    "capital", "city", "town", "region", "state", "province", "border", "strip", "coast", "north", "south", "road",
    "street", "square", "bridge", "park", "station", "airport", "market", "hospital", "camp", "base", "valley",
    "mountains", "desert", "island", "frontline", "front", "republic", "west", "east", "northeast", "northwest",
    "southeast",
    "southwest", "midwest",  # "rain to the Northeast": a part of the country meant, not Iceland's Northeast region
    # institutions and a few common words copy capitalises, which GeoNames has as small towns ("filmed in Congress")
    "congress", "court", "senate", "parliament", "assembly", "heaven", "hell", "advent",
}  # fmt: skip
# words that are towns only with the region or country after them: "Paradise, California", not "in Paradise"
_NEEDS_CONTAINER = {"paradise", "lent", "spring", "summer", "fall", "winter", "independence", "liberty", "union"}
_WATER = {"sea", "ocean", "gulf"}
_ACRONYM = lazy_compile(r"^(?=[\w.]{2,5}$)[A-Z][a-z.]+[A-Z]")
# a direction copy writes with a capital ("Northern California", "Eastern Ukraine"): the rest is the place
_CAPITAL_DIRECTION = lazy_compile(r"^(?:(?:North|South)(?:-?(?:east|west))?(?:ern)?|Eastern|Western|Central)\s+")
# "on a Southern California commuter train", "the Greater Manchester Police's armed response unit": a name before a noun
# that is no site describes the thing
_MODIFIES = lazy_compile(r"\s+(?!(?:in|of|on|at|and|or|to|with|where|which|that|as|by|for|from|when|while)\b)[a-z]")
# a title's shouted words after a name: "Explosion in Beirut Lebanon VIEW FROM THE SEA"
_SHOUTED = lazy_compile(r"(?:\s+(?:of\s+the|of|de|del))?(?:\s+[A-Z]{4,}\b.*)$")
_ABBREVIATED = {"st": ("Saint", "Sint", "Sankt"), "mt": ("Mount",), "ft": ("Fort",)}
_AND_NAME = lazy_compile(r"\s+and\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


@cache
def _macro() -> frozenset[str]:
    from provenance.gazetteer import fold

    return frozenset(fold(form) for name in MACRO_REGIONS for form in (name, name.removeprefix("the ")))


_FICTIONAL = lazy_compile(
    r"\b(?:fictional|fictitious|imaginary|made-up|invented)\s+(?:[\w-]+\s+){0,2}(?:of\s+)?$", re.IGNORECASE
)
_SENTENCE_INSIDE = lazy_compile(r"\b[A-Z]\.\s+(?:The|A|An|It|Its|This|That|These|Those|In|On|At|He|She|They)\b")


def _name_ok(name: str) -> bool:
    from provenance.gazetteer import country_names, fold

    if _SENTENCE_INSIDE.search(name):
        return False  # "says a post on X. The clip": a sentence ends inside, after the platform X
    words = name.split()
    first = words[0].lower().strip("'’")
    key = fold(name)
    if key in country_names():  # "Saudi Arabia" begins with an adjective and is a country
        return True
    if first in NOT_PLACES or first in LANGUAGES or _NOT_A_PLACE.match(name):
        return False
    if _NOT_A_PLACE.match(words[0]):
        return len(words) > 1 and _is_region(name)  # a demonym first: "British Columbia" is a region
    if name.lower() in _GENERIC or words[-1].lower() in _WATER or _ACRONYM.match(name):
        return False
    if key in _macro():
        return False  # "the Middle East", "Europe", "Balkans": larger than any country
    return not name.isupper() or len(name) <= 5  # "UN", "US" yes; a shouted headline word no


def _resolve(match: re.Match[str], context: Context) -> Hit | None:
    """The place a phrase names, in the country and region its own words give; None when not surely a place."""
    from provenance.gazetteer import fold_region

    groups = match.groupdict()
    name = _SHOUTED.sub("", match.group("name")).rstrip(".'’")
    start = match.start("name")
    if name.startswith("#"):
        name, start = name[1:], start + 1  # "#Gaza": the place is the tag's word
    if groups.get("owner") and not groups.get("ptype"):
        whole = context.sentence.text[match.start("owner") : start + len(name)]
        if _lookup(whole, None, None, None, context) is not None:  # "Cox's Bazar" is a name, not Cox's Bazar
            name, start, groups["owner"] = whole, match.start("owner"), None
    if not _name_ok(name):
        return None
    if name.lower() in _NEEDS_CONTAINER and not groups.get("tail"):
        return None
    if name in _TWO_COUNTRIES:
        return Hit(start, start + len(name), {"value": None, "reason": _TWO_COUNTRIES[name]})
    if _FICTIONAL.search(context.sentence.text, max(0, start - 40), start):
        return None  # "the fictional town of Silverton"
    if groups.get("area") and groups.get("ptype") and _is_country(name):
        return _part_of_country(match, name, context)  # "the Idlib province of Syria": Idlib, not Syria
    outlet = _OUTLET_AT.match(context.sentence.text, start)
    if outlet is not None and outlet.end() > start + len(name):
        return None  # "the FRANCE 24 Observers team": an outlet that begins with a country's name
    capital = (groups.get("ptype") or "").lower() == "capital" and not _is_country(name)
    if groups.get("comma") and not (groups.get("owner") or groups.get("adj") or groups.get("area") or capital):
        return None  # "in the region, Russia said ...", not "Sudan's capital, Khartoum" nor "the capital, Tehran"
    end = start + len(name)
    if groups.get("adj2") and _is_country(f"{groups['adj2']} {name}"):  # "Saudi Arabia", not Arabia, Saudi
        name, start = f"{groups['adj2']} {name}", match.start("adj2")
    end = max([end] + [match.end(group) for group in ("suffix", "site") if groups.get(group)])
    if (
        (groups.get("det") or groups.get("owner"))
        and end == start + len(name)
        and _MODIFIES.match(context.sentence.text, end)
    ):
        return None
    name, end = _whole_country(name, context.sentence.text, end)
    hint, region = _context_of(groups, context)
    kind = _kind(groups)
    hint, region = _state_of_that_name(name, groups, hint, region, kind, context)
    named_kind = None if kind or " " not in name else _kind_of_word(name.split()[-1])
    place = _lookup(name, hint, kind or named_kind, region, context)
    place = _in_the_area(match, place, name, kind, context)
    doubt = _doubt_of_town(match, place, name, (hint, end), context) if place and place.kind == "city" else None
    if doubt is not None:  # (no other reading then: "King's Cross station" is no King, North Carolina)
        return Hit(start, end, {"value": None, "reason": doubt}) if doubt else None
    if named_kind == "region" and (place is None or fold_region(place.name) != fold_region(name)):
        # "Washington State" is the state; "Cook County", a county the gazetteer lacks, is no other region (but
        # "Taiwan's Hualien County" is an area of Taiwan)
        found = _region_named_after_its_city(name, hint, context) or _owned_area(match, context)
        if found is not None:
            return Hit(start, end, {"value": found, "resolution": _resolution(found)})
        return Hit(start, end, {"value": None, "reason": "not found in the offline gazetteer"})
    if _unknown_container(groups, name, context):
        # "Hayle, Cornwall": a county the gazetteer lacks, so not a town of Ontario called Cornwall; the name alone,
        # unless towns of several countries bear it and the article names none of them ("Windsor, Berkshire")
        own = _lookup(name, None, kind, None, context)
        named_country = own is not None and own.country_code in context.document.countries
        if own is None or not _called_so(own, name):
            place = None
        elif not named_country and own.kind == "city" and _population(own, name) < _VILLAGE:
            # "the Cosa neighbourhood in Ratoma": not Cosa, a Spanish hamlet of 98, in a story about Guinea
            return Hit(start, end, {"value": None, "reason": "a site in a place not in the gazetteer"})
        elif named_country or len(_countries_with_town(name)) <= 1:
            place = own
        else:
            return Hit(
                start, end, {"value": None, "reason": "a town of several countries, in a place not in the gazetteer"}
            )
    if place is None:
        place, end = _container(match, hint, context, end) or (_shorter(name, hint, kind, context), end)
    if place is None:
        # a country's possessive holds a place its words call one: "China's Chongzhou city" (not "Russia's Wagner")
        place = _owned_area(match, context)
    return _placed(match, context, name, (start, end), place)


def _placed(
    match: re.Match[str], context: Context, name: str, span: tuple[int, int], place: Place | None
) -> Hit | None:
    """The claim for the place found (or for none): a part of a country a direction or "off" gives, the town a name
    before "in" and the country stands for."""
    groups = match.groupdict()
    start, end = span
    direction = groups.get("direction")
    if place is not None and place.kind == "country" and direction and end == start + len(name):
        # "northern Israel", "central Mexico": a part of the country, not all of it
        start = match.start("direction")
        place = _area(f"{direction} {name}", place)
    if place is not None and place.kind == "country" and (groups.get("prep") or "").lower().startswith("off"):
        place = _area(f"off {name}", place)  # "off the coast of Yemen": at sea by the country, not in it
    if place is None:
        if not any(groups.get(group) for group in ("ptype", "suffix", "tail", "apposed")):
            return None  # a capitalised word after "in" is not surely a place
        return Hit(start, end, {"value": None, "reason": "not found in the offline gazetteer"})
    if place.kind in ("country", "region") and end == start + len(name) and not direction:
        inside = _named_inside(context, start, place)
        if inside is not None:  # "shelling Yabroud in Syria": the town, in the country the words put it in
            start, place = inside
    return Hit(start, end, {"value": place, "resolution": _resolution(place)})


# a name right before "in" and a country or region: "a jet bombing Yabroud in Syria"
_NAME_IN = lazy_compile(r"(?<![\w'’.-])(?P<inner>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})\s+in\s+$")


# words after which a name is whom something is against or by, or where a journey is bound, not where it is ("the
# battle for Bakhmut" is there, "a convoy bound for Rafah" is not)
_NOT_A_SCENE_BEFORE = lazy_compile(
    r"\b(?:against|by|with|versus|vs\.?|(?:bound|heading|headed|leaving|left|departing|destined|trains?|bus(?:es)?"
    r"|flights?|ships?|ferr(?:y|ies)|boats?|convoys?)\s+for)\s+$",
    re.IGNORECASE,
)


def _named_inside(context: Context, start: int, container: Place) -> tuple[int, Place] | None:
    """The town or region a name before "in" and a country or region stands for, when that container holds one
    by the name, of some size ("Yabroud" is Yabrud, 40,000; "Springfield in Ohio" the one in Ohio)."""
    from provenance.gazetteer import TOWN_POPULATION

    named = _NAME_IN.search(context.sentence.text, 0, start)
    if named is None or not _name_ok(named.group("inner")):  # (it ends at `start`: "$" is the end searched to)
        return None
    before = context.sentence.text[: named.start()]
    if before.rstrip().endswith(","):
        return None  # "Malda, West Bengal in India": the region of the town before it, read with that town
    if _NOT_A_SCENE_BEFORE.search(before):
        return None  # "protesting against Toyota in Japan": a company, a side or a maker, not a town
    inner = named.group("inner")
    region = container.name if container.kind == "region" else None
    place = _lookup(inner, container.country_code, None, region, context)
    if place is None or place.country_code != container.country_code or place.kind == "country":
        return None
    if container.kind == "region" and (place.kind == "region" or place.admin1 != container.admin1):
        return None  # "Springfield in Ohio" is no Springfield of another state, "New York in New York" no claim
    if place.kind == "city" and _population(place, inner) < TOWN_POPULATION:
        return None  # (a person's or a company's name is as likely: "Harris in Pennsylvania")
    return named.start("inner"), place


def _part_of_country(match: re.Match[str], country_name: str, context: Context) -> Hit | None:
    """ "the Sylhet district of Bangladesh", "the Kharkiv region of Ukraine": the part, looked up in that country as
    the kind the words say; a part the gazetteer lacks is an area of the country."""
    from provenance.gazetteer import country_names, fold

    code = country_names()[fold(country_name)]
    area, ptype = match.group("area"), match.group("ptype")
    end = match.start("name") + len(country_name)
    place = _lookup(area, code, _kind(match.groupdict()), None, context) or _lookup(area, code, None, None, context)
    if place is None:
        place = _area_of_country(f"{area} {ptype}", code)
    if place is None:
        return None
    return Hit(match.start("area"), end, {"value": place, "resolution": _resolution(place)})


def _countries_with_town(name: str) -> set[str]:
    """The countries with a town of some size called by this very name."""
    from provenance.gazetteer import TOWN_POPULATION, candidates, fold

    key = fold(name)
    return {
        r.country
        for r in candidates(name)
        if r.kind == "city" and r.population >= TOWN_POPULATION and fold(r.name) == key
    }


def _unknown_container(groups: dict[str, str | None], name: str, context: Context) -> bool:
    """The words after a place's name are no country or first-level region the gazetteer knows ("Cornwall", a
    county), and the name is no site of a place ("Victoria Park in Hackney" is in Hackney)."""
    tail = (groups.get("tail") or "").rstrip(".")
    if not tail or groups.get("tail2") or programs.fullmatch(_SITE, name.split()[-1].lower()):
        return False
    if groups.get("site") or groups.get("near"):  # "troops at Far'a refugee camp near Tubas": a town holds a site
        return False
    return not _is_country(tail) and _lookup(tail, None, "region", None, context) is None


def _resolution(place: Place) -> str:
    """Where a place claim's value came from (an area is not in the gazetteer: only its country is)."""
    if place.kind == "area":
        return f"not in the gazetteer: an area of {place.country_code}, at the country's position"
    return f"gazetteer: {place.name}, {place.country_code}"


def _region_named_after_its_city(name: str, hint: str | None, context: Context) -> Place | None:
    """A region the gazetteer spells otherwise, found by the city it is named after: "Zaporizhzhia Oblast" is the
    region of the city of Zaporizhzhia (the gazetteer's region is "Zaporizhia"); the city a town of some size in the
    country the phrase or the article names, and the region's name beginning as the city's does ("Cook County" is
    not the region of a town called Cook)."""
    from provenance.gazetteer import TOWN_POPULATION, fold, region_of

    rest = name.rsplit(None, 1)[0]
    if not _name_ok(rest):
        return None
    city = _lookup(rest, hint, "city", None, context)
    if city is None or not (city.country_code == hint or city.country_code in context.document.countries):
        return None
    region = region_of(city) if _population(city, rest) >= TOWN_POPULATION else None
    if region is None or _CITY_REGION.search(region.name):
        return None  # the city's own region ("Kyiv City", "Sofia-Capital") is not the province named after it
    return region if fold(region.name)[:4] == fold(rest)[:4] else None


_CITY_REGION = lazy_compile(r"\b(?:city|capital|municipality|metropolitan|qalasy|d\.\s*c\.?)(?!\w)", re.IGNORECASE)


def _kind_of_word(word: str) -> str | None:
    """The kind a name's own last word gives it: "Washington State" a region, "Qalat City" a populated place."""
    return _kind({"suffix": word})


def _kind(groups: dict[str, str | None]) -> str | None:
    """ "Idlib province" is a region, "the town of Kupiansk" a populated place; else any kind."""
    suffix = (groups.get("suffix") or "").lower()
    ptype = (groups.get("ptype") or "").lower()
    if ptype in _CITY_TYPE or suffix in ("city", "town", "village"):
        return "city"
    if suffix in _REGION_SUFFIX or ptype in ("province", "region", "governorate", "oblast", "state"):
        return "region"
    return None


def _context_of(groups: dict[str, str | None], context: Context) -> tuple[str | None, str | None]:
    """The country (ISO code) and the region the phrase's own words put the place in: "Mexico's Nayarit
    state", "the Syrian city of Hasaka", "the southern Gaza town of Rafah", "Derna, Libya", "Hayle, Cornwall"."""
    from provenance.gazetteer import country_names, fold

    countries = country_names()
    hint = DEMONYMS.get((groups.get("adj") or groups.get("adj2") or "").lower())
    region = None
    for group in ("owner", "area", "tail", "apposed"):
        words = (groups.get(group) or "").rstrip(".")
        if not words or not _name_ok(words):
            continue
        if fold(words) in countries:
            hint = countries[fold(words)]
            continue
        region = region or (words if group != "area" else None)
        if hint is None:  # "the southern Gaza town of Rafah": Gaza is in PS; "Victoria Park in Hackney": GB
            around = _around(words, group, (groups.get("name") or "").rstrip(".'’"), context)
            if around is not None and (around.kind != "city" or group != "owner"):
                hint = around.country_code
    return hint, region


def _around(words: str, group: str, name: str, context: Context) -> Place | None:
    """The place the words after a name put it in. After a comma or "in", a region first ("London, Ontario" is in
    Canada, not Ontario, California): of the regions of that name, the one the town lies in ("Amritsar, Punjab" is
    India's Punjab, not Pakistan's), else where the words otherwise point when the town is there ("Rafah, Gaza" is
    in Palestine, not in Mozambique's Gaza province); none when the region's country has the town in another region
    only."""
    other = _lookup(words, None, None, None, context)
    region = _lookup(words, None, "region", None, context) if group == "tail" else None
    if region is None or not name:
        return region or other
    holding = _region_holding(words, name, context)
    if holding is not None:
        return holding
    if (
        other is not None
        and other.country_code != region.country_code
        and _lookup(name, other.country_code, None, None, context)
    ):
        return other
    elsewhere = _lookup(name, region.country_code, None, None, context)
    if elsewhere is not None and elsewhere.kind == "city" and elsewhere.admin1 != region.admin1:
        return None  # "Hasselt, Limburg": Belgium's Limburg, a province the data lacks, not Overijssel's Hasselt
    return region


def _region_holding(words: str, name: str, context: Context) -> Place | None:
    """Of the first-level regions called `words`, the one a town called `name` lies in, if any."""
    from provenance.gazetteer import candidates, fold_region

    key = fold_region(words)
    countries = {r.country for r in candidates(words) if r.kind == "region" and fold_region(r.name) == key}
    for code in sorted(countries):
        region = _lookup(words, code, "region", None, context)
        town = _lookup(name, code, None, words, context) if region is not None else None
        if region is not None and town is not None and town.kind == "city" and town.admin1 == region.admin1:
            return region
    return None


def _state_of_that_name(
    name: str, groups: dict[str, str | None], hint: str | None, region: str | None, kind: str | None, context: Context
) -> tuple[str | None, str | None]:
    """After a comma, a country's name that a region elsewhere also bears is that region when a town of the name
    lies there and none in the country: "Athens, Georgia" is in the US state, "Batumi, Georgia" in the country."""
    tail = (groups.get("tail") or "").rstrip(".")
    if not tail or hint is None or not _is_country(tail) or not _is_region(tail):
        return hint, region
    state = _lookup(tail, None, "region", None, context)
    if state is None or state.country_code == hint or _lookup(name, hint, kind, None, context) is not None:
        return hint, region
    town = _lookup(name, state.country_code, kind, tail, context)
    if town is None or town.kind != "city" or not _called_so(town, name):
        return hint, region
    return state.country_code, tail


def _is_region(name: str) -> bool:
    from provenance.gazetteer import candidates, fold_region

    key = fold_region(name)
    return any(r.kind == "region" and fold_region(r.name) == key for r in candidates(name))


def _is_country(name: str) -> bool:
    from provenance.gazetteer import country_names, fold

    return fold(name) in country_names()


def _whole_country(name: str, text: str, end: int) -> tuple[str, int]:
    """ "Trinidad and Tobago", "Bosnia and Herzegovina": one country, not two places."""
    from provenance.gazetteer import country_names, fold

    more = _AND_NAME.match(text, end)
    if more is not None and fold(f"{name} and {more.group(1)}") in country_names():
        return f"{name} and {more.group(1)}", more.end()
    return name, end


def _shorter(name: str, hint: str | None, kind: str | None, context: Context):
    """A name the gazetteer does not hold, read as a known place with a word more or shortened: "Northern
    California" (a region or country after a direction), "Beirut Lebanon" (a country after it), "Beirut Port"
    (a site), "St Maarten" (Sint Maarten)."""
    from provenance.gazetteer import country_names, fold, region_of

    words = name.split()
    for full in _ABBREVIATED.get(words[0].rstrip(".").lower(), ()) if len(words) > 1 else ():
        place = _lookup(" ".join([full, *words[1:]]), hint, kind, None, context)
        if place is not None:
            return place
    if kind == "region":  # "Zaporizhzhia region": the region of the city of that name
        city = _lookup(name, hint, "city", None, context)
        return region_of(city) if city is not None else None
    if len(words) < 2:
        return None
    rest = _CAPITAL_DIRECTION.sub("", name)
    if rest != name:
        place = _lookup(rest, hint, kind, None, context)
        return place if place is not None and place.kind != "city" else None
    code = country_names().get(fold(words[-1]))
    rest = " ".join(words[:-1])
    typed = _kind_of_word(words[-1])
    if typed is not None and _name_ok(rest):  # "Qalat City", "Zabul Province": the name, of that kind
        return _lookup(rest, hint, typed, None, context)
    if code is not None and _name_ok(rest):
        return _lookup(rest, code, kind, None, context)
    if programs.fullmatch(_SITE, words[-1].lower()) and _name_ok(rest):
        place = _lookup(rest, hint, kind, None, context)
        return place if place is not None and _known_for_a_site(place, rest, hint, context, words[-1]) else None
    return None


# sites named after the town they are in ("Beirut port", "Kabul airport", "the Lviv railway station"); a square, a
# street, a park, a bridge or a station whose proper name the word is part of is as often named after a person, an
# idea, a district or the town a road leads to ("Victoria Station", "Independence Square", "Union Station", "Golden
# Gate Bridge", "Thika Road" in Nairobi)
_TOWN_SITE = lazy_compile(
    r"port|harbou?r|airport|air\s+base|base|seafront|waterfront|beach|promenade|skyline|suburbs?|outskirts"
    r"|refugee\s+camp|checkpoint|market|(?:metro|railway|train|bus)\s+station",
    re.IGNORECASE,
)


def _known_for_a_site(place: Place, name: str, hint: str | None, context: Context, site: str) -> bool:
    """A site named after a place is in it when the place is a region or a country, or a town: of some size or in a
    country the words or the article name, for a site named after its town or told by a common noun ("Beirut port",
    "a Baghdad street"; "Heathrow Airport" is not in Heathrow, Florida); of some size and in such a country, for a
    site whose proper name holds the word ("Victoria Station" is not in Victoria, Hong Kong)."""
    from provenance.gazetteer import TOWN_POPULATION

    if place.kind != "city":
        return True
    in_country = place.country_code == hint or place.country_code in context.document.countries[:3]
    sized = _population(place, name) >= TOWN_POPULATION
    if site.islower() or programs.fullmatch(_TOWN_SITE, site):  # "a Baghdad street": a street of Baghdad
        return in_country or sized
    return in_country and sized


# a name two countries share, which no town elsewhere should stand in for ("Congo" was El Congo, El Salvador)
_TWO_COUNTRIES = {"Congo": "names two countries: the Republic of the Congo and the Democratic Republic of the Congo"}

# a body of water after the name: "on the Dnipro river" is no city of Dnipro
_WATER_AFTER = lazy_compile(r"\s+(?:river|lake|canal|creek|estuary|delta|strait|reservoir|lagoon)\b")


def _a_thing_not_a_town(match: re.Match[str], place: Place, name: str, end: int) -> bool:
    """A town's name used for something else: a river the words after it name, or a name "the" comes right before
    with no noun after it ("the Alamo" is no Álamo, Mexico), unless the town's own name has it ("the Hague")."""
    if _WATER_AFTER.match(match.string, end):
        return True
    the = match.groupdict().get("the")
    right_before = the is not None and not match.string[match.start("the") + 3 : match.start("name")].strip()
    # (a noun after it makes the name a modifier: "the Gaza side of the border", "the Gaza war zone")
    whole = end == match.start("name") + len(name) and not _MODIFIES.match(match.string, end)
    return right_before and whole and not place.name.lower().startswith("the ")


def _doubt_of_town(
    match: re.Match[str], place: Place, name: str, at: tuple[str | None, int], context: Context
) -> str | None:
    """None when the town found is the one the words mean; else "" for a river or a landmark the name stands for (no
    place claim), or why a site's town stays unresolved ("Victoria Station" is no Victoria, Hong Kong)."""
    hint, end = at
    if _a_thing_not_a_town(match, place, name, end):
        return ""
    if not _town_of_the_site(place, name, match.groupdict(), hint, context):
        return "a site named after a place the words do not make sure of"
    groups = match.groupdict()
    if hint is None and not (groups.get("tail") or groups.get("apposed")) and _rival_abroad(place, name, context):
        return "a name towns of several countries bear, and the article names none of them"
    return None


_RIVAL = 2  # a town abroad of some size and of at least half the people of the one found makes a name unsure


def _rival_abroad(place: Place, name: str, context: Context) -> bool:
    """A town called by that very name in another country the article does not name, when the article names neither
    country and that town is of some size and near in size to the one found ("Hyde Park" is a town of Massachusetts,
    32,000, of Illinois, 27,000, and a district of London; "Cambridge" of England, 146,000, and of Ontario, 130,000;
    Gaza's Rafah, 126,000, beside Egypt's, 44,000, is Gaza's), or when the article names only the found town's
    country and that town is twenty times larger ("An American tourist filmed the video in Paris": not Paris, Texas,
    25,000, but not surely Paris, France either)."""
    from provenance.gazetteer import TOWN_POPULATION, candidates, fold

    named = context.document.countries
    key, own = fold(name), _population(place, name)
    share = own / _RIVAL if place.country_code not in named else own * _FAR_LARGER
    return any(
        row.kind == "city" and row.country != place.country_code and row.country not in named
        and fold(row.name) == key and row.population >= max(TOWN_POPULATION, share)
        for row in candidates(name)
    )  # fmt: skip


_FAR_LARGER = 20  # a city abroad this many times a town of the article's country makes the town's name unsure


def _in_the_area(
    match: re.Match[str], place: Place | None, name: str, kind: str | None, context: Context
) -> Place | None:
    """The town of that name in the region an area before the place type lies in, when the area is a region or a
    town ("the North Carolina city of Jacksonville", "the Chicago suburb of Aurora"); None when it has none."""
    from provenance.gazetteer import admin1_name

    area = match.groupdict().get("area")
    if place is None or place.kind != "city" or not area:
        return place
    around = _lookup(area, place.country_code, None, None, context)
    if around is None or around.kind == "country" or not around.admin1 or around.admin1 == place.admin1:
        return place
    region = admin1_name(around.country_code, around.admin1)
    other = _lookup(name, place.country_code, kind, region, context) if region else None
    return other if other is not None and other.admin1 == around.admin1 else None


def _town_of_the_site(
    place: Place, name: str, groups: dict[str, str | None], hint: str | None, context: Context
) -> bool:
    """Whether a town found for a name with a site word is the site's: the word after it ("Waterloo station"), or its
    own last word, where only a town called by the whole name is ("Fort Myers Beach"; "the White House" is no
    Casablanca, "Central Park" no South Salt Lake, which GeoNames give those names among their others)."""
    words = name.split()
    site = groups.get("site")
    if site is None and len(words) > 1 and programs.fullmatch(_SITE, words[-1].lower()):
        return _called_so(place, name)  # a town by its own whole name ("Fort Myers Beach") is that town
    return site is None or _known_for_a_site(place, name, hint, context, site)


def _container(match: re.Match[str], hint: str | None, context: Context, end: int):
    """For a site the gazetteer does not hold, the populated place or region the phrase puts it in, and where
    the claim then ends: "Trump Tower in New York City", "Anderson Springs, California", "Udaipur's Chetak
    Circle", "Tverskaya Street, a prominent street in Moscow"; near or outside a city, its region (a city's
    radius may not reach "an airport outside Kyiv")."""
    from provenance.gazetteer import region_of, resolve_place

    groups = match.groupdict()
    country = None
    for group in ("tail", "apposed", "owner", "tail2"):
        words = (groups.get(group) or "").rstrip(".")
        if not words or not _name_ok(words):
            continue
        if group == "tail2":  # only a country there: "in the Ankole region of Uganda"
            place = resolve_place(words, kind="country") if _is_country(words) else None
        else:
            place = _lookup(words, hint, None, None, context)
        if place is None or place.kind == "country":
            if place is not None and country is None and group != "owner":
                country = (place, match.start(group) + len(words))
            continue
        if group == "tail" and groups.get("near") or group == "apposed" and groups.get("beside"):
            place = region_of(place) or place
        return place, match.start(group) + len(words) if group != "owner" else end
    if country is not None and not groups.get("near") and not groups.get("beside"):
        # "Qaryat Sufra village in Oman", "Etosha National Park in Namibia": the site, in its country
        name = _SHOWN_SITE_NAME.sub("", context.sentence.text[match.start("name") : end]) or match.group("name")
        return _area(name, country[0]), country[1]
    return None


# what names the kind of site, not the site: "Qaryat Sufra village" is Qaryat Sufra
_SHOWN_SITE_NAME = lazy_compile(r"\s+(?i:village|hamlet|town|settlement)$")


def _owned_area(match: re.Match[str], context: Context) -> Place | None:
    """A place the gazetteer lacks, named with its kind after a country's possessive ("China's Chongzhou city"): an
    area of that country."""
    from provenance.gazetteer import country_names, fold

    groups = match.groupdict()
    owner = (groups.get("owner") or "").rstrip(".")
    code = country_names().get(fold(owner)) if owner else None
    if code is None or not (groups.get("suffix") or groups.get("ptype")):
        return None
    return _area_of_country(match.group("name").lstrip("#"), code)


def _area_of_country(name: str, code: str) -> Place | None:
    """A place the gazetteer lacks, in a country the words name: an area at the country's position."""
    from provenance.gazetteer import capital_of

    country = capital_of(code)
    return _area(name, country) if country is not None else None


def _area(name: str, country: Place) -> Place:
    """A place in a country that the gazetteer cannot pin down, at the country's position."""
    return Place(
        name=name, kind="area", country_code=country.country_code, latitude=country.latitude,
        longitude=country.longitude,
    )  # fmt: skip


def _lookup(name: str, hint: str | None, kind: str | None, region: str | None, context: Context):
    from provenance.gazetteer import TOWN_POPULATION, resolve_place

    if hint is None and name in context.document.person_names and not _is_country(name):
        return None  # "sprayed pepper spray at Moore" in a story about "Moore, 42": no town in Oklahoma
    region_country = GEOGRAPHIC_REGIONS.get(name.lower())
    if region_country is not None and hint in (None, region_country):
        return _area_of_country(name, region_country)
    if hint:
        return _plausible(resolve_place(name, country=hint, kind=kind, region=region), name)
    for code in context.document.countries[:3]:  # the countries the article is about come first
        place = resolve_place(name, country=code, kind=kind, region=region)
        if place is not None and place.kind == "city" and _stands_for_a_country(name, code, place, context):
            continue  # "recorded in China" is China, not China, Maine, in a story that speaks of an American man
        if place is not None and place.kind == "region" and _another_countrys_name(name, code, context):
            continue  # "Nigerian soldiers in Niger": the country, not Nigeria's Niger State (but Georgia, the state)
        if place is not None and (place.kind != "city" or _known_enough(place, name, context)):
            return place
    place = _plausible(resolve_place(name, kind=kind, region=region), name)
    if place is not None and place.kind == "city" and place.country_code not in context.document.countries:
        from provenance.gazetteer import fold

        official, key = fold(place.name), fold(name)
        by_its_name = official == key or official.endswith(" " + key)  # "Matamoros": Heroica Matamoros
        # (a town found only by another name must be a town of some size: Jenin, as Janin, 35,000, is; Omer, Israel,
        # 7,500, is not what "Omar" means)
        population = _population(place, name)
        if not by_its_name and population < TOWN_POPULATION:
            return None  # "Omar bin Abdul Aziz Hospital" is not in Omer, Israel, in a story that never names Israel
        if 0 < population < _VILLAGE:  # (0: GeoNames gives no figure, not a hamlet)
            return None  # nor is "the Cosa neighbourhood" Cosa, a Spanish hamlet of 98, in a story not about Spain
    return place


_VILLAGE = 1_000  # a hamlet abroad is not what a site in an unknown place is named after


def _another_countrys_name(name: str, code: str, context: Context) -> bool:
    """`name` is the name of a country other than `code`, and not one a state of that name shares in copy
    (`AMBIGUOUS_STATES`), nor one the sentence calls a state ("Niger, a state in north-central Nigeria")."""
    from provenance.gazetteer import country_names, fold

    other = country_names().get(fold(name))
    if other is None or other == code or name.lower() in AMBIGUOUS_STATES:
        return False
    called = rf"\b{re.escape(name)},\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_A_REGION}"
    return not programs.search(called, context.sentence.text)


_A_REGION = r"(?:state|province|region|governorate|department|county|district)\b"


def _stands_for_a_country(name: str, code: str, town: Place, context: Context) -> bool:
    """A name the article's country has a town of, read as the country it also names (`_names_another_country`),
    unless the sentence makes it the town."""
    return _names_another_country(name, code, town) and not _placed_as_town(name, code, context)


def _placed_as_town(name: str, code: str, context: Context) -> bool:
    """The sentence says the name is a town: "Cuba, a town in the Alentejo", "Peru, Indiana" (a first-level region of
    the country after it; a province the gazetteer lacks, as in "Jordan, Guimaras", does not count)."""
    after = programs.search(
        rf"\b{re.escape(name)},\s+(?:an?\s+(?:small\s+)?(?:town|village|city|municipality|hamlet)\b"
        r"|(?P<region>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?))",
        context.sentence.text,
    )
    if after is None:
        return False
    region = after.group("region")
    return region is None or _lookup(region, code, "region", None, context) is not None


def _names_another_country(name: str, code: str, town: Place) -> bool:
    """Whether `name` is the name of a country other than `code` that `town` (of `code`, by that name) does not stand
    for: the country's own full name ("El Salvador" is never Salvador, Brazil), or a town smaller than a city of
    100,000 (China, Maine, or Lebanon, Tennessee, is not "China" or "Lebanon" because an American is named; Salvador,
    Brazil, a city of 2.7 million, stays itself in a story about Brazil). A region is never passed over: "Georgia" in a
    story about the United States is the state."""
    from provenance.gazetteer import country_names, fold, resolve_place

    other = country_names().get(fold(name), code)
    if other == code:
        return False
    country = resolve_place(name, country=other, kind="country")
    if country is not None and _letters(country.name) == _letters(name) != _letters(town.name):
        return True  # "El Salvador": the town found by the folded name is called otherwise
    return _population(town, name) < _COUNTRY_OVER_TOWN


_COUNTRY_OVER_TOWN = 100_000


def _known_enough(place, name: str, context: Context) -> bool:
    """A place of the article's first countries, unless a hamlet of that name where another country the article
    names has a town of it ("Melilla": the Spanish city, not a Moroccan hamlet, in a story about both)."""
    from provenance.gazetteer import TOWN_POPULATION, candidates, fold

    if fold(place.name) != fold(name) and len(name) <= 5:
        return False
    rows = candidates(name)
    own = _population(place, name)
    others = set(context.document.countries[:3]) - {place.country_code}
    return own >= _VILLAGE or not any(
        row.kind == "city" and row.population >= TOWN_POPULATION and row.country in others for row in rows
    )


def _plausible(place, name: str):
    """A place found by a short alternate name is no match ("El Adde" folds to "ade", a name of Aden)."""
    from provenance.gazetteer import fold

    if place is None or place.kind == "country" or len(fold(name)) > 3:
        return place
    # a short name must be the place's own, letter for letter but for accents ("Le" folds to "le" as Leh does: a French
    # article opening a caption is no town in Ladakh; "Hue" is Huế)
    return place if _letters(place.name) == _letters(name) else None


def _letters(name: str) -> str:
    """A name's letters without accents, in one case."""
    from provenance.gazetteer import without_accents

    return without_accents(name).casefold()


def _filmed(match: re.Match[str], context: Context) -> list[Hit]:
    verb = match.group("verb").lower()
    if verb in ("taken", "made", "produced", "shot") and not context.sentence.in_scope:
        return []
    return _with_coordinated(match, context)


# "in Malawi or Mozambique", "in Turkey and Syria", "in Syria, not Ukraine": the second place of a pair
_OTHER = _NAME.replace("(?P<name>", "(?P<other>")
_COORDINATED = lazy_compile(rf"^,?\s+(?:and|or|nor|not|but\s+not|rather\s+than)\s+{_OTHER}")


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
            fields = {"value": place, "resolution": _resolution(place)}
            hits.append(Hit(start, start + len(name), fields))
    return hits


# a place denied must be set against the video or another place: "the footage has nothing to do with Gaza", "in Sudan
# rather than Nigeria" (not "fans who have nothing to do with Marseille", "fans of Chelsea rather than Arsenal",
# "came from the West Bank rather than Israel")
_DENIED_PLACE = lazy_compile(r"nothing\s+to\s+do\s+with|unrelated\s+to|rather\s+than", re.IGNORECASE)
_SET_AGAINST = lazy_compile(
    rf"(?:\b(?:{SCOPE_NOUN}|it|this)\s+(?:[\w'’-]+\s+){{0,2}}?(?:has|had|have|is|was|are|were)\s+$"
    r"|\b(?:in|at|near)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2},?\s+$)",
    re.IGNORECASE,
)
# a tag used as a tag, not a place named: "trending in #Georgia", "shared in #Kenya posts"
_TAG_USE = lazy_compile(r"\s+(?:and\s+#\w+\s+)?(?:feeds?|posts?|tweets?|timelines?|hashtags?|users?|accounts?)\b", re.I)


def _in_scope(match: re.Match[str], context: Context) -> list[Hit]:
    before = context.sentence.text[: match.start()]
    denied = _DENIED_PLACE.fullmatch(match.group("prep"))
    if denied and not _SET_AGAINST.search(before):
        return []
    if match.group("name").startswith("#") and (
        _TAG_USE.match(context.sentence.text, match.end("name")) or programs.search(r"\btrend\w*\s+$", before, re.I)
    ):
        return []
    quoted = in_quotation(before)
    caption = quoted and _CAPTION.search(context.sentence.text)
    if not (_CUE.search(before[-160:]) or _IT_IS.search(before) and match.group("prep").lower() == "from" or caption):
        return []  # a place in a sentence about the video, but not tied to what it shows
    if quoted and match.group("prep")[0].isupper() and not before.rstrip().endswith(('"', "“", "‘", "'")):
        return []  # a title's capitalised words: "Split Decision At Dawn" (Dawn is an alternate name of a town)
    if _blocked(before, match.group("prep"), match.group("name")):
        return []
    if match.group("prep").lower() == "from" and _hometown(before):
        return []
    return _with_coordinated(match, context)


# the video said to be or not to be from a place: "But it is not from Nepal" (not "He is not from France")
_IT_IS = lazy_compile(
    r"\b(?:it|this|that|the\s+(?:video|clip|footage|recording))\s+(?:is|was)\s+(?:not\s+|n['’]t\s+)?$", re.IGNORECASE
)


# a caption, title or post the article quotes: the place it names is what the post claims the video shows
_CAPTION = lazy_compile(
    r"\b(?:caption|captioned|title|titled|tweet|post|says|reads|reading|claim|claiming|words)\b", re.IGNORECASE
)


# a place one means to reach, not where one is: "migrants trying to enter the United States", "before invading Ukraine"
_DESTINATION = lazy_compile(r"\b(?:to|before|after|preparing\s+to|planning\s+to)\s*$", re.IGNORECASE)
_ENTERING = lazy_compile(r"enter\w*|invad\w*", re.IGNORECASE)


def _blocked(before: str, preposition: str | None = None, name: str = "") -> bool:
    """Whether the words before a place tie it to another event than what the video shows: the nearest
    cue wins ("reported that the video showed a house in ..." is the video's place). Given the preposition before
    the place (and its name), also where something is fired at a country or someone travels to."""
    near = before[-150:]  # ten words and an apposition fit in it; searching the whole sentence costs time
    if _NOT_THE_SCENE.search(near) or _IN_APPOSITION.search(near):
        return True
    if preposition is not None and _ENTERING.fullmatch(preposition) and _DESTINATION.search(near):
        return True
    if preposition is not None and _aimed_or_bound(near, preposition, name):
        return True
    last = next(reversed(list(_OTHER_EVENT.finditer(near))), None)
    if last is None or not _TEN_WORDS.match(near, last.end()):
        return False
    if last.group(0).lower() == "held" and _GATHERING.search(near, 0, last.start()):
        return False  # "a protest held in Moscow": where the gathering shown was, not where captives are held
    return not _CUE.search(near, last.end())


# a gathering that is held somewhere (not a press conference: where the video was shown, not filmed)
_GATHERING = lazy_compile(
    r"\b(?:protests?|rall(?:y|ies)|demonstrations?|marches|march|vigils?|ceremony|ceremonies|concerts?|parades?"
    r"|festivals?|funerals?|weddings?|celebrations?|gatherings?|sit-ins?)\s+(?:(?:that|which)\s+(?:was|were)\s+)?$",
    re.IGNORECASE,
)


# a person's origin: "a journalist from Rochester", "men who claim to be from France" (but "journalists from
# Gaza" in a video are where it was filmed, as copy reads it)
_ORIGIN = lazy_compile(
    r"\b(?:\w+ist|man|woman|boy|girl|student|soldier|resident|native|family)\s*,?\s*$|\bwho\s+(?:[\w'’]+\s+){0,4}$"
)


def _hometown(before: str) -> bool:
    """ "a journalist from Rochester": a person's origin, not the video's place."""
    return bool(_ORIGIN.search(before))


_ANOTHER_EVENT = lazy_compile(r"\b(?i:an?|another|one|a\s+separate|a\s+similar)\s+(?:[\w'’-]+\s+){0,4}$")


def _happened_at(match: re.Match[str], context: Context) -> list[Hit]:
    """The place of the event the video shows, when the sentence is about the video or follows one naming it."""
    before = context.sentence.text[: match.start()]
    if not video_near(context.document, context.sentence) or in_quotation(before):
        return []
    if _blocked(before, match.group("prep"), match.group("name")):
        return []
    if _ANOTHER_EVENT.search(before):
        return []  # "A second fire broke out in Tyre": an event brought in, not the one shown
    return _with_coordinated(match, context)


# "in the Afghan capital", "outside Ukraine's capital": the country's capital, when no name follows
_CAPITAL = lazy_compile(
    rf"\b{_PREPOSITION}\s+(?:the\s+)?(?:(?P<adj>{DEMONYM})|(?P<owner>{_WORD}(?:\s+{_WORD})?)['’]s?)\s+(?i:capital)\b"
    r"(?!,?\s+(?:city\s+)?(?:of\s+)?(?-i:[A-Z]))"
)


def _capital(match: re.Match[str], context: Context) -> Hit | None:
    """The capital of the country an adjective or a possessive names, in a sentence tying it to the video."""
    from provenance.gazetteer import capital_of, country_names, fold

    before = context.sentence.text[: match.start()]
    if not _CUE.search(before[-160:]) or _blocked(before, match.group("prep")):
        return None
    adjective, owner = (match.group("adj") or "").lower(), (match.group("owner") or "").lower()
    if adjective in NATIONS_WITHIN or owner in AMBIGUOUS_STATES:
        return None  # "the Scottish capital" is Edinburgh, not London; "Georgia's capital" may be Atlanta
    code = DEMONYMS.get(adjective) or country_names().get(fold(owner))
    if code in OTHER_CAPITALS:
        return None
    place = capital_of(code) if code else None
    if place is None:
        return None
    start = match.start("adj") if match.group("adj") else match.start("owner")
    if context.sentence.text[:start].endswith("the "):
        start -= len("the ")
    return Hit(start, match.end(), {"value": place, "resolution": f"gazetteer: the capital of {code}, {place.name}"})


def _site_shown(match: re.Match[str], context: Context) -> Hit | None:
    before = context.sentence.text[: match.start()]
    return None if _blocked(before) else _resolve(match, context)


def _place_event(match: re.Match[str], context: Context) -> Hit | None:
    """The place of an event the sentence ties to the video ("footage of the Pokhara bus crash"): a country,
    a region or a town the gazetteer knows by that very name."""
    before = context.sentence.text[: match.start()]
    if not (_CUE.search(before[-160:]) or _IN_TITLE.search(before[-160:])) or _blocked(before):
        return None
    name = match.group("name").rstrip(".'’")
    if not _name_ok(name) or _IS_EVENT.match(name):
        return None  # "Tornado storm in Canada": an event's own name is no place (Tornado, West Virginia)
    place = _lookup(name, None, None, None, context)
    if place is None or not _called_so(place, name):
        return None
    return Hit(match.start("name"), match.start("name") + len(name), _fields(place))


def _shown_in(match: re.Match[str], context: Context) -> Hit | None:
    """The place only when the gazetteer holds it inside the country or region named after it."""
    from provenance.gazetteer import admin1_name, fold_region

    name = match.group("name").rstrip(".'’")
    hint, region = _context_of(match.groupdict(), context)
    if not _name_ok(name) or hint is None and region is None:
        return None
    place = _lookup(name, hint, None, region, context)
    if (
        place is None
        or region
        and fold_region(admin1_name(place.country_code, place.admin1 or "") or "") != fold_region(region)
    ):
        return None
    end = match.start("tail") + len(match.group("tail").rstrip(".'’"))
    return Hit(match.start("name"), end, {"value": place, "resolution": _resolution(place)})


def _called_so(place: Place, name: str) -> bool:
    """A country or region by any of its names, a town only by its own ("Izmir", not a town whose alternate names
    include the word)."""
    from provenance.gazetteer import fold

    return place.kind != "city" or fold(place.name) == fold(name)


def _caption_names(match: re.Match[str], context: Context) -> list[Hit]:
    """The places a caption, title or on-screen text the article quotes names, read along each run of capitalised
    words: the longest stretch that is one place ("Fort Myers Beach"), a place and its country ("Karachi
    Pakistan") or a place and the region after a comma ("Andover, Kansas"); else one word that is a country or a
    region, not one describing the next word ("US Ambassador", "Kenya Police"; "Chile Quake" is Chile), or a
    town: in a title whose every word is capitalised, only one in a country the article names ("Man Survives
    Lightning Strike" is no town in Ivory Coast); in a caption written as a sentence, one of some size ("Durban
    flooding today"), and a town before "region" as the region ("Kharkiv region, this morning"). A hashtag is read only
    where it names where ("in #Venezuela", "Silver City, #Mississippi", "#Pulwama attack": `_untagged`); a list of tags
    names who fights ("#Russia #Ukraine"), and so does a country set against another ("Israel vs Palestine war")."""
    hits: list[Hit] = []
    quote, offset = _untagged(match.group("quote")), match.start("quote")
    titled = _TITLE_CASE.match(quote) is not None
    runs = list(_CAPITALISED_RUN.finditer(quote))
    taken = -1
    for index, run in enumerate(runs):
        if run.start() < taken:
            continue  # the region of the place before it
        words = [(m.start(), m.group(0).rstrip(".'’,)(")) for m in programs.finditer(r"\S+", run.group(0))]
        after = runs[index + 1] if index + 1 < len(runs) else None
        region = _region_after(after, context) if after and quote[run.end() : after.start()].strip() == "," else None
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                name = " ".join(word for _, word in words[i:j])
                last = j == len(words)
                container, container_end = region if region and last else (None, -1)
                place = _caption_place(name, context, j - i, 1 if len(words) == 1 and not titled else 2, container)
                if place is None:
                    continue
                if not last and place.kind != "city" and not _IS_EVENT.match(words[j][1]):
                    continue  # "Kenya Police": the country describes the next word
                first_at = run.start() + words[i][0]
                stop = run.start() + words[j - 1][0] + len(words[j - 1][1])
                if container is not None and place.kind == "city":
                    stop = taken = container_end
                suffix = _REGION_WORD_AFTER.match(quote, stop) if place.kind == "city" else None
                if suffix is not None:  # "Kharkiv region, this morning": the region, not the city
                    place = _shorter(name + " region", None, "region", context)
                    stop = suffix.end()
                    if place is None:
                        i = j
                        break
                if place.kind == "country" and (_SIDE.search(quote, 0, first_at) or _SIDE_AFTER.match(quote, stop)):
                    i = j
                    break  # "Israel vs Palestine war today", "Israel warplanes": who fights
                hits.append(Hit(offset + first_at, offset + stop, _fields(place)))
                i = j
                break
            else:
                i += 1
    return hits


# a hashtag that names where, read as the word it tags: "Things getting serious in #Venezuela", "Silver City,
# #Mississippi", "#Pulwama attack cctv" (a list of tags names who fights, not where: "#Russia #Ukraine", "#Israel,
# #Gaza, #Hamas")
_TAGGED_PLACE = lazy_compile(rf"(?<=\bin\s)#(?=[A-Z])|(?<=,\s)#(?=[A-Z])|^#(?=[A-Z][\w'’-]*\s+(?:attack|{_EVENT})\b)")


_REGION_WORD_AFTER = lazy_compile(r"\s+(?:region|province|oblast|governorate)\b")  # (a city's "district" is the city)
# a country as a side in a fight, not a place: "Israel vs Palestine war", "Ukraine vs russia live", "Israel warplanes"
# (but "Ukraine war" may be the claim that the clip shows Ukraine, and "Nepal army rescues trekkers" is in Nepal)
_SIDE = lazy_compile(r"\b(?:vs\.?|versus)\s+$", re.IGNORECASE)
_SIDE_AFTER = lazy_compile(r"\s+(?:vs\.?|versus|warplanes|jets|fighter\s+jets)\b", re.IGNORECASE)


def _untagged(quote: str) -> str:
    """The quote with the hash of each hashtag that names where blanked (its offsets kept); after a comma, only one
    that follows a word, not another tag."""

    def blank(found: re.Match[str]) -> str:
        if quote[found.start() - 2 : found.start()] == ", ":
            previous = quote[: found.start() - 2].rsplit(None, 1)
            if not previous or previous[-1].startswith("#"):
                return "#"
        return " "

    return _TAGGED_PLACE.sub(blank, quote)


# a title written with every word capitalised ("Man Survives Lightning Strike"): its words say nothing of names
_TITLE_CASE = lazy_compile(r"^\W*(?:[A-Z0-9#][\w'’.#-]*[\s,:!?-]+|(?:a|an|the|of|in|on|at|to|for|and|or|by)\s+){2,}")
# a run of capitalised words inside it, hashtags aside
_CAPITALISED_RUN = lazy_compile(r"(?<![#\w])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def _region_after(run: re.Match[str], context: Context) -> tuple[Place, int] | None:
    """The region or country that opens a run of capitalised words, and where it ends: "Kansas" in "Kansas EF-3
    Tornado"."""
    words = run.group(0).split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size]).rstrip(".,")
        place = _lookup(name, None, None, None, context) if _name_ok(name) else None
        if place is not None and place.kind in ("region", "country"):
            return place, run.start() + len(name)
    return None


def _fields(place: Place) -> dict[str, object]:
    return {"value": place, "resolution": _resolution(place)}


def _caption_place(name: str, context: Context, size: int, run: int, container: Place | None) -> Place | None:
    """A caption's words as a place: in the region or country named after it, a town of that name there or nothing
    ("Tornado Alley, Oklahoma" is no Aley, Lebanon); else several words by their own name or as a place before its
    country; one word as a country or a region, or as a town (`run` 1: a caption's only capitalised word, a town of
    some size; else one in a country the article names)."""
    from provenance.gazetteer import TOWN_POPULATION

    if not _name_ok(name):
        return None
    if container is not None:
        region = container.name if container.kind == "region" else None
        place = _lookup(name, container.country_code, "city", region, context)  # "Derna, Libya" is Darnah
        if place is not None and region is not None and place.admin1 != container.admin1:
            return None  # the region prefers its towns, but "Silver City, Mississippi" is no Meriden, Connecticut
        return place
    if name.lower() in AMBIGUOUS_STATES:
        return None  # "Georgia storm damage": the country or the state
    place = _lookup(name, None, None, None, context)
    if place is not None and not _called_so(place, name):
        place = None  # a title's words by a place's own name only ("At Dawn" lists no town)
    if size == 1 and place is None and _is_region(name):
        place = _lookup(name, None, "region", None, context)  # "Oklahoma": the state, not a city that lists it
    if place is None and size > 1:  # a place before its country: "Quito Ecuador"
        place = _shorter(name, None, None, context)
        place = place if place is not None and _called_so(place, name.rsplit(None, 1)[0]) else None
    if place is None:
        return None
    if size > 1 or place.kind != "city":
        return place
    if run == 1:
        return place if _population(place, name) >= TOWN_POPULATION else None
    return place if place.country_code in context.document.countries else None


def _population(place: Place, name: str) -> int:
    """The population the gazetteer gives the place found by this name (0 when it gives none)."""
    from provenance.gazetteer import candidates

    return next((row.population for row in candidates(name) if row.geonameid == place.geonameid), 0)


RULES = [
    Rule("location.filmed_in", "location", _FILMED, _filmed, "any",
         (("The video was filmed in the Syrian city of Deir al-Zor.", "Deir al-Zor"),
          ("The amateur video is said to have been shot in Damascus.", "Damascus"),
          ("The video was filmed in Saudi Arabia.", "Saudi Arabia"),
          ("The footage was shot in Qaryat Sufra village in Oman.", "Qaryat Sufra village in Oman")),
         sketch(_FILMED, _FILMED_PREPOSITION)),
    Rule("location.in_scope", "location", _IN_SCOPE, _in_scope, "scope",
         (("A video shows floods in Mexico's Nayarit state.", "Nayarit state"),
          ("The footage shows a convoy near the village of Kamyanka, south of Kharkiv.", "Kamyanka"),
          ("Drone video showed the surrender in Sumy region.", "Sumy region"),
          ("The clip shows a market in Izium, in the Kharkiv region.", "Izium"),
          ("The footage shows a flooded street in Mandalay, a city in central Myanmar.", "Mandalay"),
          ("The video shows smoke rising over Odesa port.", "Odesa port"),
          ("The footage shows a market in the northern Gaza town of Beit Lahia.", "Beit Lahia"),
          ("The video shows crowds in Syria's capital, Damascus.", "Damascus"),
          ("The video shows protesters outside Greenfield Arcade in Leeds.", "Greenfield Arcade in Leeds"),
          ("The clip shows elephants at Etosha National Park in Namibia.", "Etosha National Park in Namibia"),
          ("The video shows a rally in Kaseta Town Council in the Ankole region of Uganda.",
           "Kaseta Town Council in the Ankole region of Uganda"),
          ("The video shows a tornado hitting Trinidad and Tobago.", "Trinidad and Tobago"),
          ("The video shows a road in Southern Alberta.", "Southern Alberta"),
          ("A clip titled 'Blast in Beirut Lebanon' shows the harbour.", "Beirut Lebanon"),
          ("The footage shows flooding in war-torn Yemen.", "Yemen"),
          ("The clip shows smoke over southern Lebanon.", "southern Lebanon"),
          ("The video shows the tanker burning off the coast of Oman.", "Oman"),
          ("The video is said to be from somewhere in Libya.", "Libya"),
          ("The clip went viral. But it is not from Tonga.", "Tonga"),
          ("The video shows fighters marching through the city of Qalat.", "Qalat"),
          ("The video shows cars swept away in Valencia.", "Valencia"),
          ("The clip shows a soldier surrendering within the eastern city of Bakhmut.", "Bakhmut"),
          ("Posts with the video claim this is a wedding party in Herat.", "Herat"),
          ("The clip ran under the title \"Flood in Porto Alegre Brazil LIVE FOOTAGE\".", "Porto Alegre Brazil"),
          ("The clip was posted with the caption \"Chaos tonight in #Lisbon\".", "Lisbon"),
          ("The footage shows the bridge stands in Kenya rather than Uganda.", "Uganda"),
          ("A search found the footage has nothing to do with Tonga.", "Tonga"),
          ("A report contains the same visuals now being passed off as Kerala.", "Kerala"))),
    Rule("location.happened_at", "location", _HAPPENED_AT, _happened_at, "any",
         (("A video shows the march. The protest took place on Rue Haute in Liege.", "Rue Haute in Liege"),
          ("Police released footage of the chase. It happened near Lens on Friday night.", "Lens"),
          ("Police released footage of the rescue. The flood occurred on July 3, 2023, in Valencia.", "Valencia")),
         lazy_compile(_HAPPENED, re.IGNORECASE)),
    Rule("location.capital", "location", _CAPITAL, _capital, "scope",
         (("The clip shows tanks outside the parliament in the Georgian capital.", "the Georgian capital"),
          ("The video shows a blast in Ukraine's capital on Monday.", "Ukraine's capital")),
         lazy_compile(r"\bcapital\b", re.IGNORECASE)),
    Rule("location.place_video", "location", _PLACE_VIDEO, _resolve, "any",
         (("The ministry called the Kharkiv video a fake.", "Kharkiv"),)),
    Rule("location.site_shown", "location", _SITE_SHOWN, _site_shown, "scope",
         (("The army released video of a Gaza tunnel lined with concrete.", "Gaza tunnel"),
          ("The clip shows a Kharkiv apartment block after the strike.", "Kharkiv apartment block")),
         _NEEDS_SITE),
    Rule("location.place_event", "location", _PLACE_EVENT, _place_event, "scope",
         (("The footage of the Pokhara bus crash was shared widely.", "Pokhara"),
          ("The clip's title reads 'Magnitude 6.1 Izmir earthquake'.", "Izmir")),
         _NEEDS_EVENT),
    Rule("location.shown_in", "location", _SHOWN_IN, _shown_in, "scope",
         (("Analysts say the footage shows Mosul in Iraq, not Aleppo.", "Mosul in Iraq"),
          ("The clip actually shows Valencia, Spain, during the 2024 floods.", "Valencia, Spain")),
         _NEEDS_SHOWING),
    Rule("location.fronted", "location", _FRONTED, _resolve, "any",
         (("Hiding in a basement in Mariupol, the family was filmed by a neighbour.", "Mariupol"),
          ("At a checkpoint near Jenin, two men are seen arguing with soldiers.", "Jenin")),
         (_NEEDS_FILMED, sketch(_FRONTED, _THEN_FILMED))),
    Rule("location.shown_after", "location", _SHOWN_AFTER, _resolve, "scope",
         (("It is unclear which part of Kharkiv is shown in the video.", "Kharkiv"),
          ("Buildings of the Syrian town of Saraqib are visible in the footage.", "Saraqib")),
         _NEEDS_SHOWN),
    Rule("location.location_is", "location", _LOCATION_IS, _resolve, "scope",
         (("We found that the location in the video is Tahrir Square, Cairo.", "Tahrir Square, Cairo"),
          ("The location of the clip is in Kramatorsk, according to the analysts.", "Kramatorsk"),
          ("The video shows a flood. The victims are real, but it is not Chile: it happened in Peru.", "Chile")),
         _NEEDS_LOCATION),
    Rule("location.caption_names", "location", _CAPTION_QUOTE, _caption_names, "scope",
         (("The clip was shared with the caption \"Durban flooding today\".", "Durban"),
          ("The same video, titled 'Lisbon storm, 2019', was on YouTube.", "Lisbon"),
          ("The Ukrainian clip was posted under the title \"The Odesa Blast, One Year On\".", "Odesa"),
          ("The video is captioned \"Massive Quake (Chile) - Ground Moving\".", "Chile"),
          ("The text on the clip says, \"Lagos Nigeria this morning\".", "Lagos Nigeria"),
          ("The clip bears the words \"Sylhet flood today\".", "Sylhet"),
          ("The clip shows flames; text at the top reads \"Lahore fire tonight\".", "Lahore"),
          ("Its caption presents the scene as \"lockdown in Spain\".", "Spain"),
          ("The clip went up with the caption \"Things getting serious in #Venezuela\".", "Venezuela"),
          ("The clip is captioned \"#Pulwama attack cctv\".", "Pulwama"),
          ("The clip's caption reads \"Andover, #Kansas tonight\".", "Andover, #Kansas")),
         (_NEEDS_CAPTION, sketch(_CAPTION_QUOTE, _CAPTIONED))),
]  # fmt: skip
