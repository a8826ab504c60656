"""Claims about what the video shows and where it comes from: place, people, languages, source, hedges.

Where it sits: beside `durations` and `dates`, called by `extract_claims`. Each
extractor works sentence by sentence and needs the video in view (a video noun in the
sentence, or a pronoun right after a sentence that had one), so "twelve people were killed",
"the Russian Defence Ministry" or the dateline's city are not claims about the video.
"""

from __future__ import annotations

import re

from provenance.article.claims.matches import Match, keep_first_of_kind
from provenance.article.claims.vocabulary import IN_VIEW_NOUN, LANGUAGES, NOT_PLACES, PLATFORMS, UNIT_WORDS
from provenance.gazetteer import resolve_place

_LANG = r"(" + "|".join(sorted((k.title() for k in LANGUAGES), key=len, reverse=True)) + r")"

# how many people a count word means ("dozens" and "several" are not a number to check)
_PEOPLE_NUMBERS: dict[str, int | None] = {
    "a": 1,
    "an": 1,
    **{word: value for word, value in UNIT_WORDS.items() if 1 <= value <= 12},
    "dozens": None,
    "several": None,
}
_PEOPLE_NOUN = (
    r"(?P<noun>men|women|people|persons|soldiers|fighters|militants|gunmen|hostages|prisoners|captives|children"
    r"|boys|girls|officers|policemen|protesters|civilians|journalists|figures|individuals|masked\s+men"
    r"|man|woman|person|soldier|fighter|militant|gunman|hostage|prisoner|captive|child|boy|girl|officer"
    r"|policeman|protester|civilian|journalist|figure|individual)"
)
_PEOPLE_NUM = r"(?P<num>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PEOPLE_ADJ = r"(?:(?!(?:were|was|are|is|who|and|of|in|on|at|by)\b)[A-Za-z'’-]+\s+){0,2}"
_SEEN = (
    r"(?:appears?|appeared|appearing|can\s+be\s+seen|could\s+be\s+seen|(?:are|were|is|was)\s+(?:seen|shown|visible|pictured)"
    r"|seen|shown|visible|pictured|standing|stand|stood|sitting|sit|sat|kneeling|kneel|knelt|speaking|speaks|spoke"
    r"|talking|walking|holding|wearing|dressed|lying|facing|addressing|reading)"
)
# "two men appeared", "three soldiers can be seen", "a man speaking"
_PEOPLE_SEEN = re.compile(rf"\b{_PEOPLE_NUM}\s+{_PEOPLE_ADJ}{_PEOPLE_NOUN}\s+(?:\w+\s+)?{_SEEN}\b", re.IGNORECASE)
# "the video shows two men", "footage showing three soldiers", "in which four men"
_PEOPLE_SHOWN = re.compile(
    rf"\b(?:shows?|showed|showing|depicts?|depicted|depicting|features?|featured|featuring|in\s+which)\s+"
    rf"(?:what\s+(?:appear|appears|appeared)\s+to\s+be\s+)?{_PEOPLE_NUM}\s+{_PEOPLE_ADJ}{_PEOPLE_NOUN}\b",
    re.IGNORECASE,
)
_SPOKEN = re.compile(
    rf"\b(?:spoke|speaks?|speaking|spoken|talks?|talking|talked|said|says|saying|narrated|narrates|chanting|chants?"
    rf"|shouting|shouts?|voice-?over|commentary|narration|audio|singing|sings?|reading|reads|read|recites?|reciting)\s+(?:\w+\s+){{0,2}}?in\s+{_LANG}\b"
    rf"|\b(?:speaking|speaks|spoke|a|an|the)\s+{_LANG}(?:-speaking)?\s*(?=\b(?:man|woman|speaker|narrator|voice)\b)"
    rf"|\bspeaking\s+{_LANG}\b|\b{_LANG}-speaking\s+(?:man|woman|narrator|speaker|voice)\b",
    re.IGNORECASE,
)
_SUBTITLES = re.compile(
    rf"\b{_LANG}\s+(?:subtitles|captions|subtitling|captioning|on-screen\s+text|text\s+overlays?)\b"
    rf"|\b(?:subtitles|subtitled|captions|captioned|on-screen\s+text)\s+in\s+{_LANG}\b",
    re.IGNORECASE,
)
_SOURCE_NAME = (
    r"(?:[A-Z][\w'’&-]*|al-|el-)(?:\s+(?:[A-Z][\w'’&-]*|news|agency|media|channel|account|outlet|of|al-|el-))*"
)
_SOURCE = re.compile(
    rf"\b(?:released|posted|published|distributed|shared|broadcast|aired|uploaded|circulated|issued|put\s+out)"
    rf"\s+(?:\w+\s+){{0,3}}?(?:online\s+)?(?:on|by|via|through|in|to)\s+(?:the\s+)?(?:(?:group|militants|movement)['’]s\s+)?"
    rf"(?P<name>{PLATFORMS}|{_SOURCE_NAME})",
)
_UNVERIFIED = re.compile(
    r"\b(?:could\s+not|cannot|can\s+not|couldn['’]t|was\s+unable\s+to|were\s+unable\s+to|has\s+not|have\s+not|did\s+not)"
    r"\s+(?:be\s+)?(?:immediately\s+|independently\s+|yet\s+|been\s+)*"
    r"(?:verify|verified|confirm|confirmed|authenticate|authenticated)\b"
    r"|\b(?:unverified|not\s+been\s+(?:independently\s+)?verified)\b",
    re.IGNORECASE,
)
_PLACE_TYPES = r"(?:city|town|village|province|region|capital|district|governorate|neighbourhood|neighborhood|area)"
_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|ez)-)?"
_PLACE_NAME = rf"(?P<place>{_ARTICLE}[A-Z][\w'’ʿ-]*(?:\s+{_ARTICLE}[A-Z][\w'’ʿ-]*){{0,2}})"
# "in the Syrian city of Deir al-Zor", "near Mayadin", "outside the interior ministry in Baghdad"
_LOCATION = re.compile(
    rf"\b(?P<prep>in|near|outside|at|from|around|over|on\s+the\s+outskirts\s+of|inside)\s+"
    rf"(?:(?:the|a)\s+(?:[A-Z]\w+\s+)?{_PLACE_TYPES}\s+of\s+|(?:the\s+)?(?:[a-z]+\s+){{0,3}}?(?:in|of)\s+)?{_PLACE_NAME}"
)


def video_in_view(sentence: str, previous_had_video: bool) -> bool:
    if re.search(rf"\b{IN_VIEW_NOUN}\b", sentence, re.IGNORECASE):
        return True
    return (
        previous_had_video
        and re.match(r"\s*(?:it|they|the\s+(?:man|men|woman|women)|in\s+it)\b", sentence, re.IGNORECASE) is not None
    )


def _people(sentence: str) -> list[Match]:
    found = []
    for pattern in (_PEOPLE_SEEN, _PEOPLE_SHOWN):
        for m in pattern.finditer(sentence):
            count = _PEOPLE_NUMBERS.get(m.group("num").lower()) if not m.group("num").isdigit() else int(m.group("num"))
            if count is None:
                continue
            noun = m.group("noun").lower()
            plural = noun.endswith(("men", "people", "children", "s")) and noun not in ("policeman",)
            if count > 1 and not plural or count == 1 and plural:
                continue
            end = m.end("noun") if pattern is _PEOPLE_SHOWN else m.end()
            found.append(Match(m.start("num"), end, {"kind": "people_count", "value": float(count)}))
    return found


def _languages(sentence: str) -> list[Match]:
    found = []
    for m in _SPOKEN.finditer(sentence):
        lang = next(g for g in m.groups() if g)
        found.append(Match(m.start(), m.end(), {"kind": "spoken_language", "value": LANGUAGES[lang.lower()]}))
    for m in _SUBTITLES.finditer(sentence):
        lang = next(g for g in m.groups() if g)
        found.append(Match(m.start(), m.end(), {"kind": "subtitle_language", "value": LANGUAGES[lang.lower()]}))
    return found


def _sources(sentence: str) -> list[Match]:
    found = []
    for m in _SOURCE.finditer(sentence):
        name = m.group("name").strip()
        words = name.split()
        if words[0].lower() in NOT_PLACES or (len(words) == 1 and words[0].lower() in ("online",)):
            continue
        if resolve_place(name) is not None:  # "posted in Baghdad" is a place, not a source
            continue
        found.append(Match(m.start("name"), m.start("name") + len(name), {"kind": "source", "value": name}))
    return found


_GENERIC_PLACE_WORDS = {"province", "city", "governorate", "district", "region", "town", "village", "area"}


def _locations(sentence: str) -> list[Match]:
    found = []
    for m in _LOCATION.finditer(sentence):
        words = m.group("place").split()
        if words[0].lower() in NOT_PLACES or words[0].lower() in LANGUAGES:
            continue
        # "Aleppo Province" -> "Aleppo"; other words stay ("Tal Afar" is not "Tal")
        while len(words) > 1 and words[-1].lower() in _GENERIC_PLACE_WORDS:
            words.pop()
        text = " ".join(words)
        place = resolve_place(text)
        start = m.start("place")
        if place is not None:
            claim = {"kind": "location", "value": place, "resolution": f"gazetteer: {place.name}, {place.country_code}"}
        elif re.search(rf"\b{_PLACE_TYPES}\s+of\s+$", sentence[: m.start("place")]):
            # "the town of Tal Afar": clearly a place, but not in the offline gazetteer
            claim = {"kind": "location", "value": None, "reason": "not found in the offline gazetteer"}
        else:
            continue
        found.append(Match(start, start + len(text), claim))
    return found


def _hedges(sentence: str) -> list[Match]:
    return [Match(m.start(), m.end(), {"kind": "hedge", "value": "unverified"}) for m in _UNVERIFIED.finditer(sentence)]


def extract_scene(text: str, spans: list[tuple[int, int]]) -> list[Match]:
    """Location, people, language, source and hedge claims, with offsets into `text`."""
    found: list[Match] = []
    previous_had_video = False
    for s_start, s_end in spans:
        sentence = text[s_start:s_end]
        in_view = video_in_view(sentence, previous_had_video)
        items: list[Match] = []
        if in_view:  # a hedge counts when it is about the video ("could not verify the video")
            items += (
                _hedges(sentence) + _people(sentence) + _languages(sentence) + _sources(sentence) + _locations(sentence)
            )
        for item in items:
            found.append(Match(s_start + item.start, s_start + item.end, item.claim))
        previous_had_video = in_view
    return keep_first_of_kind(found)
