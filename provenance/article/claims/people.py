"""People claims: how many people the video shows ("two men appeared", "shows four aid workers",
"hundreds of protesters", "journalist Anna Kowalski", "Mr Duggan").

A person noun phrase is a claim when it is what a sentence about the video shows (the object of
"shows", "purporting to show", "a video of") or who acts in it (the subject of a clause: "In it,
a sanitation worker mops the floor", "two men appeared", "three other captives are shot"). A count
word gives the number; a quantity word a lower bound ("dozens": at least 24); a bare plural at
least two; a named person one, with the name kept. Numbers of other events ("276 schoolgirls it
kidnapped", "one of the 59 hostages", "a 40-year-old") are not, and neither is the official who
speaks about the video ("A federal official said ...") rather than in it.
"""

from __future__ import annotations

import re

from provenance.article.claims.rules import Context, Hit, Rule
from provenance.article.claims.vocabulary import (
    OTHER_EVENT_VERBS,
    PEOPLE_GROUPS,
    PEOPLE_QUANTITIES,
    PERSON_NOUNS,
    PERSON_TITLES,
    SCOPE_NOUN,
    SEEN_VERBS,
    SHOW_VERBS,
    UNIT_WORDS,
)
from provenance.models import Range

_COUNT_WORD = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}"
_QUANTITY = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in PEOPLE_QUANTITIES), key=len, reverse=True))
_DETERMINER = r"the|these|those|his|her|their|its"
_APPROXIMATE = r"about|around|nearly|approximately|roughly|an\s+estimated|some"
_AT_LEAST = r"at\s+least|more\s+than|over"
_COUNT = (
    rf"(?P<count>(?:only\s+|just\s+|(?:{_AT_LEAST}|{_APPROXIMATE}|{_DETERMINER})\s+)?"
    rf"(?:(?:{_COUNT_WORD})(?:\s+other)?(?:\s+of\s+(?:{_DETERMINER}))?"
    rf"|(?:a\s+(?:large|huge|small)\s+)?(?:{_QUANTITY})(?:\s+of(?:\s+(?:{_DETERMINER}))?)?))"
)
_ADJECTIVES = (
    r"(?:(?!(?:of|in|on|at|by|and|or|who|which|that|was|were|is|are|with|from|to|after|before|ago|since|than|where"
    r"|when|over|about|some|them|they|their|his|her|its|our|this|these|those|it|he|she|we|you|as|while|then"
    r"|seconds|minutes?|hours?|days?|weeks?|months?|years?|video|footage|clip|film|a|an|the|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|scores|several"
    r"|shows?|showed|showing|depicts?|depicting|features?|featuring|purports?|appears?)\b)[A-Za-z][\w'’-]*\s+){0,3}?"
)
# a person noun used as a modifier: "a coast guard boat", "a police car", "a border guard post"
_THING = (
    r"boat|ship|vessel|vehicle|car|truck|van|bus|station|post|base|tower|house|unit|force|helicopter|plane|aircraft"
    r"|uniform|uniforms|camp|checkpoint|headquarters|building|office|line|cordon|tape|dog|dogs|horse|horses"
)
_NAME = r"(?-i:(?P<name>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+))"
_PERSON = (
    rf"(?:{_COUNT}\s+|(?P<det>{_DETERMINER})\s+)?(?P<bare>{_ADJECTIVES})"
    rf"(?P<noun>{PERSON_NOUNS})\b(?!\s+(?:{_THING}))(?:,?\s+{_NAME})?"
)
_TITLED = rf"(?-i:(?P<title>{PERSON_TITLES}))\.?\s+{_NAME}"
_OBJECT = (
    rf"\b(?:{SHOW_VERBS}|{SCOPE_NOUN}\s+(?:\w+\s+){{0,2}}?of|(?:in|at)\s+which|opens\s+with|begins\s+with)\s+"
    rf"(?:(?:what|who)\s+(?:appears?|appeared|seems?|is\s+said|are\s+said|they\s+say|it\s+says)\s+(?:to\s+be\s+)?)?"
    r"(?:purportedly\s+|allegedly\s+|apparently\s+)?(?:the\s+(?:\w+\s+)?(?:of|by)\s+)?"
)
_SHOWN = re.compile(_OBJECT + _PERSON, re.IGNORECASE)
_SHOWN_TITLED = re.compile(_OBJECT + _TITLED, re.IGNORECASE)
# the subject of a clause in a sentence about the video: "In it, a sanitation worker mops the floor"
_CLAUSE_START = (
    r"(?:^\W*|[;:]\s+(?:however,?\s+|then,?\s+)?|,\s+|\b(?:and|as|while|when|then|before|after)\s+"
    r"|\b(?:in|on)\s+(?:it|the\s+(?:video|footage|clip|film|tape|background|foreground))\s*,?\s+)"
)
_REPORTING = r"said|says|told|tells|added|adds|stated|confirmed|noted|explained|wrote|reported|claimed|argued|declined"
_ACTS = rf"(?P<verb>(?:{SEEN_VERBS})|(?:is|are|was|were)\s+(?:being\s+)?(?:\w+ly\s+)?\w+|[a-z]+(?:s|ed)\b)"
_SUBJECT = re.compile(rf"{_CLAUSE_START}{_PERSON}(?:,[^,]{{1,60}},)?\s+{_ACTS}", re.IGNORECASE)
_SEEN_ONLY = re.compile(rf"(?:{SEEN_VERBS}|(?:is|are|was|were)\s+\w+)$", re.IGNORECASE)
# who speaks a quotation in the video: "... kill us,” a male student says"
_QUOTED = re.compile(rf"[”\"],?\s+{_PERSON}\s+(?:says|said|shouts|shouted|adds|added|tells|told)\b", re.IGNORECASE)
_AFTERWARDS = re.compile(
    rf"^\s*(?:(?:who|that|which|whom|it|they|he|she|had|have|has|were|was)\s+)*(?:{OTHER_EVENT_VERBS})\b", re.I
)
_NUMBER_WORDS = {"a": 1, "an": 1, **{w: v for w, v in UNIT_WORDS.items() if 1 <= v <= 12}}
_BOUND = re.compile(rf"({_AT_LEAST}|{_APPROXIMATE}|{_DETERMINER}|only|just) ")
_PLURAL = re.compile(r"(?:men|people|children|police|crew|staff|s)$", re.IGNORECASE)


def _count(match: re.Match[str]) -> float | Range | None:
    count = re.sub(r"\s+", " ", (match.group("count") or "").lower())
    words = re.sub(rf" (?:other|of(?: (?:{_DETERMINER}))?)$", "", count).replace(" other", "").strip()
    words = re.sub(r"^a (?:large|huge|small) ", "a ", words)
    bound = _BOUND.match(words)
    words = words[bound.end() :] if bound else words
    noun = match.group("noun").lower()
    plural = bool(_PLURAL.search(noun)) and noun not in ("bus",)
    if noun == "couple" and re.match(r"\s+of\b", match.string[match.end("noun") :]):
        return None  # "a couple of weeks"
    if words in PEOPLE_QUANTITIES:
        return _bounded(PEOPLE_QUANTITIES[words], bound and bound.group(1), exact=False)
    if not words:  # a bare noun: one named person, or at least two of a plural; "the man": one
        if noun in PEOPLE_GROUPS and (match.group("det") or not plural):
            return Range(min=float(PEOPLE_GROUPS[noun]), max=None)  # "the crowd": at least ten
        if match.group("name") or (match.group("det") and not plural):
            return 1.0
        return Range(min=2.0, max=None) if plural else None
    value = int(words) if words.isdigit() else _NUMBER_WORDS.get(words)
    if value == 1 and noun in PEOPLE_GROUPS and " of" not in count:
        return Range(min=float(PEOPLE_GROUPS[noun]), max=None)  # "a hostile crowd", "a camera crew"
    if value is None or value > 500 or (value > 1 and not plural) or (value == 1 and plural and " of" not in count):
        return None
    return _bounded(value, bound and bound.group(1), exact=True)


def _bounded(value: int, bound: str | None, exact: bool) -> float | Range:
    """A number with the word before it: "more than 20" at least 21, "about 24" 20 to 30, "dozens" at least 24."""
    if bound and re.fullmatch(_AT_LEAST, bound):
        return Range(min=float(value + (0 if bound == "at least" else 1)), max=None)
    if bound and re.fullmatch(_APPROXIMATE, bound):
        return Range(min=float(round(value / 1.2)), max=float(round(value * 1.25)))
    return float(value) if exact else Range(min=float(value), max=None)


def _other_event(match: re.Match[str], context: Context, noun_start: int) -> bool:
    text = context.sentence.text
    if re.search(r"\b(?:one|some|many|most|all|each|none|several)\s+of\s+(?:the\s+)?$", text[:noun_start][-25:]):
        return True  # "one of the 59 hostages": a part of another group
    return bool(_AFTERWARDS.search(text[match.end() :][:40]))  # "276 schoolgirls it kidnapped"


def _person(match: re.Match[str], context: Context) -> Hit | None:
    if _other_event(match, context, match.start("noun")):
        return None
    value = _count(match)
    if value is None:
        return None
    start = next(match.start(g) for g in ("count", "det", "bare", "noun") if match.group(g))
    fields: dict = {"value": value}
    if match.group("name"):
        fields["names"] = [match.group("name")]
    end = match.end("name") if match.group("name") else match.end("noun")
    return Hit(start, end, fields)


def _subject(match: re.Match[str], context: Context) -> Hit | None:
    """The subject of a clause: with any verb after "In it," or in a sentence continuing one about the video;
    where the sentence itself names the video, only with a verb of being seen (its other subjects publish it)."""
    verb = match.group("verb")
    if re.search(rf"\b(?:{OTHER_EVENT_VERBS})\b", verb, re.IGNORECASE):
        return None  # "The pilot, 26, was captured": another event
    opened = re.match(r"\W*(?:in|on)\s+(?:it|the\s+\w+)", match.group(0), re.IGNORECASE)
    if not opened and re.fullmatch(_REPORTING, verb, re.IGNORECASE):
        return None  # "A federal official said ...": speaks about the video, not in it
    if context.sentence.names_video and not opened and not _SEEN_ONLY.match(verb):
        return None
    return _person(match, context)


def _titled(match: re.Match[str], context: Context) -> Hit | None:
    if _AFTERWARDS.search(context.sentence.text[match.end() :][:40]):
        return None
    return Hit(match.start("title"), match.end("name"), {"value": 1.0, "names": [match.group("name")]})


_ANY_PERSON = re.compile(rf"\b(?:{PERSON_NOUNS})\b", re.IGNORECASE)
_ANY_TITLE = re.compile(rf"\b(?:{PERSON_TITLES})\b")

RULES = [
    Rule("people.shown", "people_count", _SHOWN, _person, "scope", requires=_ANY_PERSON, examples=
         (("The video shows two men in a room.", "two men"),
          ("The video appeared to show four aid workers.", "four aid workers"),
          ("The video shows what appears to be hundreds of gunmen.", "hundreds of gunmen"),
          ("The Taliban released a video purporting to show US soldier Bowe Bergdahl.", "US soldier Bowe Bergdahl"))),
    Rule("people.shown_by_name", "people_count", _SHOWN_TITLED, _titled, "scope", requires=_ANY_TITLE, examples=
         (("The video shows Mr Duggan lying in the street.", "Mr Duggan"),)),
    Rule("people.subject", "people_count", _SUBJECT, _subject, "scope", requires=_ANY_PERSON, examples=
         (("In the 42-second video, two men appeared briefly in a room.", "two men"),
          ("The video was filmed at night. In it, a sanitation worker mops the floor.", "a sanitation worker"),
          ("The footage runs five minutes. Later in it, three other captives are shot.", "three other captives"))),
    Rule("people.quoted", "people_count", _QUOTED, _person, "scope", requires=_ANY_PERSON, examples=
         (("In the video, “we are in total control,” a commander says.", "a commander"),)),
]  # fmt: skip
