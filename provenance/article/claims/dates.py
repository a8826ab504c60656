"""Date claims: a date tied to the video's recording or release, and its role.

A date is a claim when a verb of recording ("filmed", "dated", "shot") or release ("posted",
"released", "first appeared online") ties it to the video, in either order ("released a video on
Tuesday", "On Tuesday, the group released a video"), or when the video is named by its date ("a
2015 clip", "in a June 2020 post", "the May 2 tweet's caption", "the footage dates back to 2016"),
or when the caption or title it was posted with gives a day ("captioned "Flood, 10 July 2023""; a
caption's "yesterday" counts from the post's day, never from the article's). The verb nearest the
date gives the role; a video a search found online "dated" a day is a release. The day of the
event the video shows is its recording day when the text ties the two: the event "took place" or
"happened" that day in or just after a sentence naming the video, a quake or crash "hit"/"struck"
that day in a sentence about the video, a filmer "recorded" what they lived through that day, a
weekday after what the video "shows". Dates of other events ("he was captured on Jan. 15", "taken
down on Monday", "since his arrest in May 2011", "six weeks after gunmen entered the school on 12
March", "a soldier who was shot on Tuesday", "shows the aftermath of the raid on Feb. 9", "filmed
similar scenes last year") are not. The phrase found is then resolved (`date_values`).
"""

from __future__ import annotations

import re
from datetime import date

from provenance.article.claims import programs
from provenance.article.claims.date_values import resolve_date, unresolved, years_before
from provenance.article.claims.document import in_quotation, tells_filming, video_near
from provenance.article.claims.rules import Context, Hit, Rule, lazy_compile, sketch
from provenance.article.claims.vocabulary import (
    ANOTHER_WORDS,
    CAMERA,
    DAY,
    HAPPENED_VERBS,
    HOLIDAY,
    MONTH,
    NUM,
    OTHER_EVENT_NOUNS,
    OTHER_EVENT_VERBS,
    OTHER_VIDEO,
    OTHER_WORDS,
    PLATFORMS,
    RECORD_STRONG,
    RECORD_VERBS,
    RELEASE_GERUNDS,
    RELEASE_VERBS,
    SCOPE_NOUN,
    SHOW_VERBS,
    WEEKDAY,
    YEAR,
)

# a holiday of another calendar falls elsewhere ("Orthodox Christmas Day" is January 7, "Lunar New Year's Eve" moves)
_NOT_ANOTHER_CALENDAR = "".join(
    rf"(?<!{word} )"
    for word in ("Orthodox", "Lunar", "Chinese", "Persian", "Iranian", "Jewish", "Islamic", "Hijri", "Coptic", "Julian")
    + ("Armenian", "Ethiopian", "Hindu", "Tamil", "Thai", "Khmer", "Vietnamese", "Korean", "Tibetan", "Nepali")
)
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))"
# (not winter, which runs from one year into the next)
_SEASON = r"(?:spring|summer|autumn|fall)"
_PART = r"(?:(?:early|mid|late)[- ]|(?:the\s+)?(?:beginning|start|middle|end)\s+of\s+)"
DATE_PHRASE = (
    rf"(?P<date>"
    rf"(?:{WEEKDAY}\s*\(\s*{MONTH}\s+{DAY}\s*\))"  # Monday (September 5)
    rf"|(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?:(?:,?\s+|\s+in\s+){YEAR})?(?![\w-])"  # Oct. 3 / Friday, October 3, 2017
    rf"|(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:(?:,?\s+|\s+in\s+){YEAR})?(?![\w-])"  # 3 July in 2017
    rf"|{YEAR}-\d{{2}}-\d{{2}}(?![\w-])|\d{{1,2}}[/.]\d{{1,2}}[/.](?:{YEAR}|\d{{2}})(?![\w/-]"
    rf"|\.\d)"  # 2017-10-03, 14/03/2021
    rf"|{_PART}?(?:{MONTH}\s+(?:or|and|to)\s+)?{MONTH},?\s+{YEAR}(?![\w-])"  # (early) March 2017, April or May 2013
    # late 2022, summer 2019 (not "late 2021 or early 2022")
    rf"|(?:{_PART}|(?:the\s+)?{_SEASON}\s+(?:of\s+)?){YEAR}(?![\w-])(?!\s+(?:or|to|and|[-–])\s+(?:{_PART})?{YEAR})"
    rf"|(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:{NUM}"
    rf"|a\s+few|several|a\s+couple\s+of)\s+"
    rf"(?:years?|months?|weeks?|days?)\s+(?:ago|earlier|prior)"  # four years ago, two weeks earlier
    rf"|the\s+year\s+{YEAR}|{_NOT_ANOTHER_CALENDAR}{HOLIDAY}(?:,?\s+{YEAR})?(?![\w-])"
    rf"|{MONTH}\s+this\s+year|(?:late\s+|early\s+)?last\s+(?:year|{MONTH})(?:['’]s)?"
    rf"|(?:last\s+|this\s+(?:past\s+)?)?{WEEKDAY}(?:'s)?{_PART_OF_DAY}?"
    rf"|yesterday|today|tonight|last\s+night|this\s+(?:morning|evening)"
    rf"|recently|(?:the\s+)?(?:recent|past\s+few|last\s+few)\s+(?:days|weeks|months)"  # unresolved
    rf"|(?:over\s+|in\s+|within\s+)?the\s+(?:last|past)\s+(?:24|48|72)\s+hours"  # no earlier than a day back
    rf"|(?:last|this\s+past)\s+weekend"  # the weekend before publication
    rf"|(?:late\s+|early\s+|earlier\s+|in\s+|over\s+)?(?:last|the\s+past)\s+(?:week|month|year)(?![\w-])"
    rf"|(?:earlier\s+)?this\s+(?:week|month|year)(?![\w-])|last\s+{MONTH}"
    rf"|{_PART}?{MONTH}(?![\w-])"  # "in (early) March": month precision
    rf"|{YEAR}(?![\w-])"  # a year alone, after "in", "from", "since" only (see _YEAR_ONLY)
    rf")"
)
_ANCHOR = (
    r"(?P<anchor>(?:the\s+(?:eve|day|night|morning|week)\s+(?:of|before|after)"
    r"|(?:a|one|two|three|several|a\s+few)\s+(?:days?|weeks?|hours?|months?)\s+(?:after"
    r"|before)|(?:soon|shortly|hours|days|weeks|minutes|moments|just)\s+(?:after"
    r"|before))\s+(?:the|a|an|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+){0,3})"
)
_PREP = (
    r"(?:(?:on|in|at|during|from|since|as\s+early\s+as|at\s+least|as\s+of|on\s+or\s+(?:around"
    r"|about|before)|no\s+later\s+than|by|around|circa|either\s+on|or\s+to\s+mark)\s+)"
)
_TIME_OF_DAY = r"(?:(?:the\s+)?(?:early\s+|late\s+)?(?:night|morning|afternoon|evening|hours|weekend)\s+of\s+)?"
# a clock time before the day: "at about 9 a.m. on Friday", "at around 7:30 pm on Sunday"
_CLOCK = (
    r"(?:(?:at\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+|(?:just|shortly)\s+(?:after|before)\s+)?"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2})\s+)?"
)
# "in Kherson, Ukraine", "to TikTok and Instagram"
_GAP = (
    rf"(?P<gap>(?:\s+(?!(?:said|says|when|after|before|because|while|but|who|whom|and(?!\s+(?:{PLATFORMS})\b)"
    rf"|which|that|where|saying)\b)[\w'’()&-]+(?:\.(?=[\w'’])[\w'’()&-]*)*(?:,(?=\s+(?-i:[A-Z])))?){{0,8}}?)"
)
_VERB_THEN_DATE = lazy_compile(
    rf"\b(?<!-)(?P<verb>{RELEASE_VERBS}|{RECORD_VERBS}|{RELEASE_GERUNDS})\b{_GAP},?\s+{_CLOCK}(?P<prep>{_PREP}*)"
    rf"{_TIME_OF_DAY}(?:{DATE_PHRASE}|{_ANCHOR})",
    re.IGNORECASE,
)
# a dateline may come first: "CAIRO (Reuters) - On Friday the Taliban released a video"
_DATELINE = r"(?:[A-Z][\w .,'’()-]{0,40}?\s*[:—–-]\s+)?"
_DATE_THEN_VERB = lazy_compile(
    # (or opening a clause after "and": "the ministry said ..., and on Monday (November 24) it put out drone video")
    # (or a clause after "that": "a search shows that on September 28 another user posted the same video")
    rf"(?:^\W*{_DATELINE}|[,;]\s+(?:and|but|then)\s+(?=on\s)|\bthat\s+(?=on\s))"
    rf"(?:(?:on|late\s+on|early\s+on|early|late|by|in)\s+)?"
    rf"{_TIME_OF_DAY}{DATE_PHRASE},?\s+"
    rf"(?P<gap>(?:[\w'’.,&-]+\s+){{0,16}}?)(?P<verb>{RELEASE_VERBS}|{RECORD_VERBS})\b(?P<after>(?:\s+[\w'’-]+){{0,6}})",
    re.IGNORECASE,
)
# ... or between a subject and its verb: "Arlington police on Thursday released body camera footage", "Officials on
# Thursday made public body-camera footage"
_SUBJECT_DATE_VERB = lazy_compile(
    # (a short subject opening the sentence, none of its words a verb: not "A hostage kidnapped on Oct. 7 appeared",
    # "The family of the man killed on Friday released"; the verb's object the video: not "released a statement")
    rf"^\W*(?:(?!(?:who|which|that|whose)\b)(?![\w'’-]+(?:ed|ing)\b)[\w.'’-]+\s+){{1,4}}?(?:on|late\s+on|early\s+on)\s+"
    rf"{_TIME_OF_DAY}{DATE_PHRASE},?\s+(?:also\s+|first\s+)?(?P<verb>{RELEASE_VERBS})\s+"
    rf"(?P<after>(?:[\w'’-]+\s+){{0,3}}?(?:{SCOPE_NOUN}))\b",
    re.IGNORECASE,
)
# "a 2015 clip", "the August 12, 2018 video published by", "in a June 2020 post", "the May 2 tweet's caption",
# "one 7 February 2023 Facebook reel"
_ATTRIBUTIVE = lazy_compile(
    rf"\b(?:a|an|the|this|that|one)\s+(?P<date>(?:{DAY}\s+)?{MONTH}(?:\s+{DAY}(?![\w-]))?(?:,?\s+{YEAR})?"
    rf"|{YEAR}|{WEEKDAY}(?=\s+(?:{PLATFORMS})\s+post\s+(?:that|which)\s+(?:carried|contained|included|showed)))"
    rf"\s+(?P<platform>(?:{PLATFORMS})\s+)?(?P<noun>{SCOPE_NOUN}|posts?|tweets?|uploads?)"
    rf"(?:['’]s)?\b(?P<after>(?:\s+[\w'’-]+){{0,3}})",
    re.IGNORECASE,
)
# "dates back to 2017", "can be traced back to 2016", "is from 2015", "a tweet from May 2016", "dating back a decade"
# and "a timestamp in the corner reads 12/01/2019" (the `date.timestamp` row): one pattern, compiled once
_DATES_BACK = lazy_compile(
    rf"\b(?:(?P<verb>dat(?:es|ed|ing)\s+(?:back\s+)?(?:to|from)|traced?s?\s+back\s+to"
    rf"|goes\s+back\s+to|is\s+from|was\s+from|(?:tweets?|posts?|uploads?)\s+from"
    rf"|timestamped\s+with|(?P<decade>dat(?:es|ed|ing)\s+back\s+(?:(?:almost|nearly|about|over|more\s+than)\s+)?"
    rf"(?:a|one|two|three)\s+decades?))"
    rf"|(?P<stamp>(?:time\s*stamp|date\s*stamp|timecode|date)\b[^.;]{{0,60}}?\b(?:reads?|reading|shows?|says|of|is)"
    # "bore the date January 21", "carries a date stamp of"
    # "the footage, filmed in a cellar, bore the date January 21" (not "a sign that bears the date", "the post carries")
    rf"|\b(?:{SCOPE_NOUN})\b(?:(?!\b(?:that|which|who|holding|showing|shows?|of)\b)[^.;]){{0,60}}?"
    rf"\b(?:bore|bears?|carr(?:y|ies|ied)|display(?:s|ed)?)\s+(?:the|a)\s+(?:date|time\s*stamp|date\s*stamp)(?:\s+of)?))"
    rf"(?(decade)|\s+[\"“'‘]?(?:at\s+least\s+|as\s+early\s+as\s+)?{DATE_PHRASE})",
    re.IGNORECASE,
)
# the release a date is given for: "dates back to 2020, when it was uploaded to YouTube"
_WHEN_RELEASED = lazy_compile(
    r"^,?\s+when\s+(?:it|they|the\s+\w+)\s+(?:was\s+|were\s+)?(?:first\s+)?(?P<verb>[\w-]+(?:\s+(?:viral|online|public)\b)?)",
    re.IGNORECASE,
)
# "a three-year-old video", "the clip is four years old", "more than two years old"
_YEARS_OLD = lazy_compile(
    rf"(?P<q>(?:more|over)\s+than\s+|at\s+least\s+|nearly\s+|almost\s+)?(?P<count>{NUM})[- ]years?[- ]old"
    rf"(?=\s+{SCOPE_NOUN}|[.,;]|\s+(?:and|but|when|at|footage)\b|$)",
    re.IGNORECASE,
)
# "features a clip of an earthquake in Nepal in 2015": a year (or month) after what the video shows
_IN_YEAR = lazy_compile(
    rf"\b(?:{SCOPE_NOUN}|shows?|showed|showing|features?|featuring|depicts?|depicting|captures?|is\s+from|was\s+from)\b"
    rf"(?:[^;.]|\.(?=\d)){{0,90}}?(?:\b(?:in|from|during|on)\s+|\s(?=(?:last|earlier)\s)"
    rf"|\b(?:shooting|attack|collapse|crash|explosion|blast|earthquake|quake|storm|raid|derailment)\s+(?:early\s+|late\s+)?"
    rf"(?=(?:{WEEKDAY}|{MONTH}\s+\d)))(?:the\s+(?:early\s+)?(?:morning|evening|night|hours)\s+of\s+)?{DATE_PHRASE}",
    re.IGNORECASE,
)
# a calendar day inside the quoted caption or title the video was posted with: "captioned "Flood, 10 July 2023""
_DAY_DATE = (  # a month with a day before or after it (the normaliser drops a month alone)
    rf"(?:{DAY}\s+)?{MONTH}(?:\s+{DAY})?(?:,?\s+{YEAR})?(?![\w-])"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.](?:{YEAR}|\d{{2}})(?![\w/-]|\.\d)|{YEAR}-\d{{2}}-\d{{2}}(?![\w-])"
)
_QUOTED = r"(?:[\"“][^\"”\n]{0,80}?|['‘](?:[^'’\n]|['’](?=[a-z])){0,80}?)"
_CAPTION_QUOTE = rf"\b(?:captions?|captioned|titled?|description)\b[^\"“”‘.;]{{0,25}}?{_QUOTED}"
_CAPTION = lazy_compile(rf"{_CAPTION_QUOTE}(?P<date>{_DAY_DATE})", re.IGNORECASE)
# "yesterday" in a quoted caption counts from the day of the post, when the sentence gives it
_CAPTION_RELATIVE = lazy_compile(
    # (an opening quote: not the closing one of '"Rafah" and the army said today')
    r"(?<![\w.,!?])[\"“](?=\S)[^\"”\n]{0,80}?\b(?P<date>yesterday|today|tonight|last\s+night|this\s+morning|last\s+year"
    r"|(?:happening|right)\s+now)\b(?!\s+(?:show|programme|program)\b)"
    r"[^\"”\n]{0,80}(?:[\"”]|$)",  # (or the sentence's end, when its full stop sits inside the quote)
    re.IGNORECASE,
)
# the day of what the video shows, told as an event's: "the fire, which took place on Sunday", "The stop happened
# on October 10, 2014" (in a sentence about the video or just after one that named it)
_TOOK_PLACE = lazy_compile(
    rf"\b(?P<verb>{HAPPENED_VERBS})\b"
    rf"(?P<gap>(?:\s+(?!(?:said|says|when|after|before|because|while|but|and|which|that|where|years?|months?|weeks?|days?)\b)"
    rf"[\w'’-]+(?:,(?=\s+(?-i:[A-Z])))?){{0,4}}?),?\s+{_CLOCK}(?P<prep>{_PREP}*){_TIME_OF_DAY}{DATE_PHRASE}",
    re.IGNORECASE,
)
_MAY_VERB = lazy_compile(r"^(?:may|march)$", re.IGNORECASE)


# a video found online "dated" a day: the day the page or platform gives, its release
_FOUND_ONLINE = lazy_compile(
    r"\b(?:search(?:es|ed)?|turned\s+up|websites?|web\s?pages?|(?:posted|uploaded|shared|published)\s+by)\b",
    re.IGNORECASE,
)


# a release verb's base form ("to publish", "did not post") and what the video shows ("shows", "dates back to", "is
# from": the day of what it shows is its recording's)
_RELEASE_BASE = r"publish|share|release|post|upload|air|broadcast"
_SHOWN_DAY = rf"{SHOW_VERBS}|dat(?:es|ed)\s+(?:back\s+)?(?:to|from)|is\s+from"


def _role(verb: str, sentence: str = "") -> str:
    """The role a verb gives the day it governs: "released" ("posted", "to publish") or "recorded" ("filmed", "shows");
    a verb that is neither is taken as a release."""
    verb = verb.strip()
    if programs.fullmatch(rf"{RELEASE_VERBS}|{_RELEASE_BASE}", verb, re.IGNORECASE):
        return "released"  # "made public" before "made"
    if verb.lower() == "dated" and _FOUND_ONLINE.search(sentence):
        return "released"  # "a search turned up a video dated 2012"
    recorded = programs.fullmatch(rf"{RECORD_VERBS}|{_SHOWN_DAY}", verb, re.IGNORECASE)
    return "recorded" if recorded else "released"


_PRONOUN_SUBJECT = (
    r"(?:\b(?:it|which|they|that)\s+(?:\w+\s+)?(?:was|were|had\s+been|has\s+been|is|first|had|has)?\s*"
    r"|\b(?:it|which|that|one)\s+(?:appears?|seems?|is\s+(?:believed|thought|likely)|(?:may|might|must|could))"
    r"(?:\s+to)?\s+have\s+been\s*"  # "it appears to have been taken"
    r"|^\W*(?:(?:first|originally|initially)\s+)?)$"
)
# the video as the verb's object, after the date: "posted on September 10 a video of trains"
_OBJECT_AFTER = lazy_compile(
    rf"^\s*(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{SCOPE_NOUN}|version|copy)\b",
    re.IGNORECASE,
)


# an opening participle's subject, after the comma, is something else: "Published on 3 May, the report says"
# (a place's own comma is not the participle's end: "Shot on Sunday in Anderson Springs, California, the video shows")
_OTHER_SUBJECT = lazy_compile(
    rf"^[^,]*(?:,\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?(?=,))*,\s+(?:(?:the|a|an|this|his|her|their)\s+"
    rf"(?!(?:(?!(?:says|said|shows?|showed|is|was|were|has|had)\b)[\w-]+\s+){{0,4}}?(?:{SCOPE_NOUN}|version|copy|post)\b)"
    rf"|(?!(?:it|its|this|that|they|these|those|the|a|an|in|on|at|by|with|and|or|then)\b)(?-i:[A-Z])"
    rf"(?![\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?,))",  # "..., Smith"
    re.IGNORECASE,
)


# the sentence's subject is the video, however long ("Footage of the fire in the tower block was released ...")
_VIDEO_SUBJECT = lazy_compile(
    rf"^\W*(?:(?:the|a|an|new|this|that|these|those)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{SCOPE_NOUN})\b", re.IGNORECASE
)
# ... when no other verb or clause comes between it and the verb
_OTHER_CLAUSE = lazy_compile(
    r"\b(?:said|says|told|shows?|showed|showing|shown|who|whom|which|that|where|when|is|are|has|have|had)\b|[;:]", re.I
)
_PASSIVE_BEFORE = lazy_compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:first\s+|\w+ly\s+)?$", re.I)


# a weak verb said of a person: "a soldier who was shot on Tuesday", "taken hostage", "shot dead"
_PERSON_SUBJECT = lazy_compile(
    r"\bwho\s+(?:\w+\s+)?(?:was|were|had\s+been|has\s+been|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_NOT_FILMING = lazy_compile(
    r"\s+(?:hostage|prisoner|captive|away|into\s+custody|to\s+(?:hospital|a\s+hospital|prison|jail)|dead|down"
    r"|in\s+the\s+(?:head|chest|back|leg|arm|neck|stomach))\b",
    re.IGNORECASE,
)


# another video than the one the article is about (an "earlier" or "older" one may be its original, whose dates count)
_ANOTHER_VIDEO = lazy_compile(rf"\b(?:{ANOTHER_WORDS})\s+(?:[\w-]+\s+)?(?:{SCOPE_NOUN})\b", re.IGNORECASE)


def _tied_to_video(match: re.Match[str], context: Context) -> bool:
    """A weak verb ("posted", "shot", "taken") speaks of the video only with the video in view: named near
    the verb, or its subject a pronoun in a sentence about the video ("It was posted Monday")."""
    verb = match.group("verb")
    if programs.fullmatch(RECORD_STRONG, verb, re.IGNORECASE):
        return True
    sentence = context.sentence.text
    if _PERSON_SUBJECT.search(sentence, 0, match.start("verb")) or _NOT_FILMING.match(sentence, match.end("verb")):
        return False  # "a soldier who was shot on Tuesday", "who was taken hostage in 2014": a person, not the video
    before = sentence[max(0, match.start("verb") - 60) : match.start("verb")]
    around = before + " " + verb + (match.group("gap") or "")  # (the verb may hold the video: "put the clip on")
    copy_words = rf"{SCOPE_NOUN}|{CAMERA}|version|versions|copy|copies|upload|post|tweet|original(?=\s*,|\s+which\b)"
    if programs.search(rf"\b(?:{copy_words})\b", around, re.I):
        return not _ANOTHER_VIDEO.search(around)  # "A previous video was released in July": not this one
    if _OBJECT_AFTER.match(sentence[match.end() : match.end() + 60]):
        return True
    subject = _VIDEO_SUBJECT.match(sentence)
    head = sentence[: match.start("verb")]
    if subject and _PASSIVE_BEFORE.search(head) and not _OTHER_CLAUSE.search(head, subject.end()):
        return True  # "Video of the arrest of a man by three deputies was made public on Friday": a long subject
    # "It was posted Monday", "Shared online Sunday, it shows ...", "posted it on": the video is subject or object
    pronoun = programs.search(_PRONOUN_SUBJECT, sentence[: match.start("verb")].rstrip() + " ", re.IGNORECASE)
    # "posted it on Twitter on" (not "released them to the Red Cross on", "shared it with the family on")
    gap = match.group("gap") or ""
    # ... or inside the verb: "put it on YouTube on July 25, 2017"
    obj = programs.fullmatch(rf"\s+(?:it|them)(?:\s+(?:on|to)\s+(?:{PLATFORMS}))?", gap, re.IGNORECASE)
    obj = obj or programs.search(r"\s(?:it|them)\s", verb)
    if pronoun and not obj and pronoun.group(0).strip() == "" and _OTHER_SUBJECT.match(sentence[match.end() :]):
        return False
    return bool((pronoun or obj) and video_near(context.document, context.sentence))


def _resolve(phrase: str, context: Context, offset: int) -> dict:
    """The phrase's date; "two weeks earlier" counts back from the day the sentence gave before it."""
    if not programs.search(r"(?:earlier|prior)$", phrase, re.IGNORECASE):
        return resolve_date(phrase, context.document.published)
    base = _day_given(context.sentence.text[:offset], context)
    if base is None:
        return unresolved("day", None, "counted back from a day the sentence does not give")
    fields = resolve_date(programs.sub(r"\w+$", "ago", phrase), base)
    return {**fields, "resolution": f"{phrase}, counted back from {base.isoformat()}"}


def _day_given(text: str, context: Context) -> date | None:
    """The one calendar day the text gives for the video's release or post ("posted on July 25, 2017", "the
    May 2 tweet"), read with the release rows' own patterns; None when there is none or more than one."""
    found = [*_VERB_THEN_DATE.finditer(text), *_ATTRIBUTIVE.finditer(text)]
    days = [resolve_date(m.group("date"), context.document.published) for m in found if m.group("date")]
    values = {d["value"] for d in days if d["value"] is not None and d["precision"] == "day"}
    return date.fromisoformat(values.pop()) if len(values) == 1 else None


# the first day of a span is a lower bound, not the day: "uploaded between March 3 and March 5"
_BETWEEN = lazy_compile(r"\bbetween\s+$", re.IGNORECASE)
_SPAN_END_YEAR = lazy_compile(rf"\s+and\s+[^.;]{{0,25}}?(?P<year>{YEAR})\b")


# a relative day capitalised inside a sentence and followed by another capitalised word is a title's words
_IN_A_TITLE = lazy_compile(r"(?:Last|This|Today|Tonight|Yesterday|Recently|Earlier|Early|Late|The\s+Past)\b")
_TITLE_GOES_ON = lazy_compile(r"\s+[A-Z][a-z]")


def _a_title(phrase: str, before: str, context: Context, match: re.Match[str]) -> bool:
    """Inside a sentence, a capitalised relative day that goes on with another capitalised word ("Last Week Tonight"),
    whose every word is capitalised ("This Week", "This Morning"), or a capitalised "Today" or "Tonight" after "on"."""
    if _TITLE_GOES_ON.match(context.sentence.text, match.end("date")):
        return True
    words = phrase.split()
    if len(words) > 1 and all(word[:1].isupper() for word in words):
        return True
    return phrase in ("Today", "Tonight") and programs.search(r"\bon\s+$", before) is not None


# a weekday or a month alone inside a name: a feast's or a shopping day's ("Good Friday", "Easter Sunday", "Cyber
# Monday"; not "Black Saturday, October 7"), or opening a name after "by" ("posted by April Jones", "by Friday Ogun")
# or a paper's at the start ("Sunday Times reporters said"; not "Monday Ukrainian officials released ...")
_IN_A_NAME = lazy_compile(
    r"\b(?-i:Good|Black|Easter|Palm|Holy|Ash|Maundy|Cyber|Super|Giving|Bloody|Shrove|Orthodox)\s+$"
    r"|\b(?-i:Mail\s+on)\s+$"  # the newspaper
)
_NAME_OPENS = lazy_compile(r"\bby\s+$")
_NAME_GOES_ON = lazy_compile(rf"\s+(?!(?:{MONTH}|{WEEKDAY})\b)(?-i:[A-Z][a-z])")
_PAPER_AT_START = lazy_compile(r"^\W*$")
_PAPER_GOES_ON = lazy_compile(
    r"\s+(?-i:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Mail|Observer|Independent)\b"
)


def _value(match: re.Match[str], context: Context, role: str, bare_year: bool = False) -> Hit | None:
    if match.groupdict().get("anchor"):
        fields = unresolved("day", None, f'relative to an event ("{match.group("anchor")}"), not a calendar date')
        return Hit(match.start("anchor"), match.end("anchor"), {"role": role, **fields})
    phrase = match.group("date")
    before = context.sentence.text[: match.start("date")]
    if _MAY_VERB.match(phrase) and not programs.search(r"\b(?:in|early|late|mid)[\s-]+$", before, re.IGNORECASE):
        return None  # "may" the verb; a bare month needs "in"
    text, alone = context.sentence.text, " " not in phrase
    opens = _NAME_OPENS.search(before) and _NAME_GOES_ON.match(text, match.end("date"))
    paper = _PAPER_AT_START.search(before) and _PAPER_GOES_ON.match(text, match.end("date"))
    if alone and (_IN_A_NAME.search(before) or opens or paper):
        return None  # part of a name: "Good Friday", "Black Friday"; "Sunday Times reporters", "posted by April Jones"
    inside = programs.search(r"\w[\s,'’]*$", before) is not None  # (not opening the sentence)
    if inside and _IN_A_TITLE.match(phrase) and _a_title(phrase, before, context, match):
        return None  # a show's name, not a day: "aired on Last Week Tonight", "ABC's This Week", "aired on Today"
    after_prep = programs.search(r"\b(?:in|from|since|to|than)\s+(?:at\s+least\s+|as\s+early\s+as\s+)?$", before, re.I)
    if not bare_year and programs.fullmatch(YEAR, phrase) and not after_prep:
        return None  # a bare year only after a preposition
    between = _BETWEEN.search(before) is not None
    span_year = _SPAN_END_YEAR.match(context.sentence.text, match.end("date")) if between else None
    if span_year is not None and not programs.search(YEAR, phrase):
        phrase = f"{phrase} {span_year.group('year')}"  # "between March 3 and March 5, 2023": the first day's year
    fields = {"role": role, **_resolve(phrase, context, match.start("date"))}
    if programs.search("(?:relative to|before) publication", str(fields.get("resolution"))) and _in_caption(
        context.sentence.text, match.start("date")
    ):
        return None  # a caption's "last night" counts from the post (`_caption_relative`), not the article
    prep = (match.groupdict().get("prep") or "").lower()
    if "no later than" in prep or prep.strip().startswith("by"):
        fields["bound"] = "before"
    elif "since" in prep or (fields["value"] and phrase.endswith("hours")) or between:
        fields["bound"] = "after"  # "since 2016", "over the last 24 hours", "between March 3 and March 5"
    return Hit(match.start("date"), match.end("date"), fields)


# an event the date stands beside: "published on August 11, two days after the election"
_APPOSITION = lazy_compile(
    r",\s+(?:only\s+|just\s+)?(?P<anchor>(?:a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?"
    r"|months?)\s+(?:after|before)\s+[^,.;:()]{3,60}?)(?=[,.;:()]|$)",
    re.IGNORECASE,
)


def _with_apposition(hit: Hit | None, context: Context) -> Hit | list[Hit] | None:
    """The date, and the event phrase beside it that names the same day ("two days after the election")."""
    if hit is None or hit.fields.get("value") is None:
        return hit
    beside = _APPOSITION.match(context.sentence.text, hit.end)
    if beside is None:
        return hit
    day = context.sentence.text[hit.start : hit.end]
    return [hit, Hit(beside.start("anchor"), beside.end("anchor"), {**hit.fields, "resolution": f'beside "{day}"'})]


_OTHER_VIDEO = lazy_compile(OTHER_VIDEO, re.IGNORECASE)  # (matched at the start of the text after the verb)


def _verb_then_date(match: re.Match[str], context: Context) -> Hit | list[Hit] | None:
    if programs.search(r"\b(?:taken\s+down|removed|deleted)\b", match.group(0), re.IGNORECASE):
        return None
    gap = match.group("gap") or ""
    if "," in gap and not programs.fullmatch(r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?", gap.rsplit(",", 1)[1]):
        return None  # after a comma only a place's country or state: "in Kherson, Reuters reported on Monday"
    if not _tied_to_video(match, context) or _OTHER_VIDEO.match(gap):
        return None  # "filmed similar scenes last year": another video's day
    if _ABOUT_IT.match(gap) and not _A_VIDEO_WRITING.match(gap):
        return None  # "put out a statement about it on Tuesday": the day of the statement (not "a video report")
    verb, text = match.group("verb"), context.sentence.text
    bare = verb.lower().startswith("went") and not _WENT_UP_ON.match(text, match.end("verb"))
    if bare and not _VIDEO_WENT_UP.search(text, 0, match.end("verb")):
        return None  # "It went up Monday from Cape Canaveral": a rocket; "The clip went up Monday": the video
    # the verb nearest the date says its role: "shared on Facebook is timestamped with the year 2015"
    verbs = programs.findall(rf"\b(?:{RELEASE_VERBS}|{RECORD_VERBS})\b", gap, re.IGNORECASE)
    verb = verbs[-1] if verbs else verb
    stamped = programs.fullmatch(r"dated|(?:date|time)-?stamped", verb, re.IGNORECASE) and not match.group("prep")
    role = _role(verb, context.sentence.text)
    if verb.lower() == "dated":
        writing = _WRITING_DATED.search(text, 0, match.start("verb"))
        if writing is not None and writing.group("doc"):
            return None  # "Its article, dated Aug. 22, 2022": the day of the article, not of the video
        role = "released" if writing is not None else role  # "A Facebook post dated February 16, 2019 carries a video"
    hit = _value(match, context, role, bare_year=bool(stamped))
    return _with_apposition(hit, context)


# pieces of writing about a video, which are not the video
_WRITINGS = r"statements?|reports?|articles?|stor(?:y|ies)|letters?"
# a report that is itself a video ("France 24 released a video report on March 26, 2019, that showed the same clip")
_A_VIDEO_WRITING = lazy_compile(r"\s+(?:a|an|the|its|their|his|her)\s+(?:video|tv|television)\s", re.IGNORECASE)
_WRITING_ABOUT = lazy_compile(
    rf"\b(?:{_WRITINGS}|comments?|messages?)\s+(?:about|on|of|regarding)\s+(?:the|this|that)\s+$", re.IGNORECASE
)
# what bears the day "dated" gives right before it: a post or a tweet (the video's release), or a piece of writing
# about it (no day of the video)
_WRITING_DATED = lazy_compile(
    rf"\b(?:(?:posts?|tweets?|uploads?|status(?:es)?)|(?P<doc>{_WRITINGS}|press\s+releases?|documents?|emails?"
    r"|memos?))\s*,?\s*$",
    re.IGNORECASE,
)


# what is put out about a video, not the video: "posted a statement about the video", "aired a report on the clip"
_ABOUT_IT = lazy_compile(
    rf"\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+)?(?:{_WRITINGS}|segments?|photos?|pictures?|images?"
    r"|apolog(?:y|ies)|responses?|comments?|messages?)\b",
    re.IGNORECASE,
)


# the day a sentence denies after the one it gives: "in August 2021 rather than July 2022", "dates from the spring of
# 2012 rather than April 2013" (stance reads "rather than" as refuting it)
_RATHER_THAN = lazy_compile(rf"\brather\s+than\s+(?:in\s+|on\s+|from\s+)?{DATE_PHRASE}", re.IGNORECASE)
_DAY_BEFORE = lazy_compile(rf"{DATE_PHRASE}\W*$", re.IGNORECASE)
# what gives a day its role: a release, in any tense ("to publish the footage on Friday"), or a filming or showing
_ROLE_VERB = lazy_compile(rf"\b(?:{RELEASE_VERBS}|{_RELEASE_BASE}|{RECORD_VERBS}|{_SHOWN_DAY})\b", re.IGNORECASE)


def _rather_than(match: re.Match[str], context: Context) -> Hit | None:
    """The day denied, in the role of the day given before it: the verb nearest before that day says it ("posted",
    "to publish": its posting; "shows", "filmed": what the video shows), what the video shows when there is none."""
    before = context.sentence.text[: match.start()]
    day = _DAY_BEFORE.search(before, max(0, len(before) - 40))
    if day is None:
        return None
    verbs = list(_ROLE_VERB.finditer(before, 0, day.start()))
    role = _role(verbs[-1].group(0), context.sentence.text) if verbs else "recorded"
    return _value(match, context, role, bare_year=True)


_WENT_UP_ON = lazy_compile(r"\s+(?:on|to)\s", re.IGNORECASE)
_VIDEO_WENT_UP = lazy_compile(
    rf"\b(?:{SCOPE_NOUN})\s+(?:[\w'’-]+\s+){{0,2}}?went\s+(?:up|online|viral)$", re.IGNORECASE
)


def _date_then_verb(match: re.Match[str], context: Context) -> Hit | None:
    """ "On Thursday, the group released a video": the date opens the sentence, the verb's object is the video (not
    "on Monday it posted a statement about the video")."""
    between = (match.groupdict().get("gap") or "") + " " + match.group("verb") + " " + (match.group("after") or "")
    if not programs.search(rf"\b(?:{SCOPE_NOUN}|version|copy)\b", between, re.IGNORECASE):
        return None
    if _ANOTHER_VIDEO.search(match.group("after") or ""):
        return None  # "On June 1 the channel shared a different video of troops": another video's day
    if _ABOUT_IT.match(match.group("after") or ""):
        return None
    return _value(match, context, _role(match.group("verb")))


def _attributive(match: re.Match[str], context: Context) -> Hit | None:
    if not programs.search(rf"\d|^{WEEKDAY}$", match.group("date")):
        return None  # "the May video": a month alone names no date here (a weekday does: "a Saturday Telegram post")
    after = match.group("after") or ""
    noun = match.group("noun").lower()
    released = noun.startswith(("post", "tweet", "upload")) or programs.search(rf"\b{RELEASE_VERBS}\b", after, re.I)
    released = released or match.group("platform")  # "an Aug. 15 Facebook video": the day it was posted
    return _value(match, context, "released" if released else "recorded", bare_year=True)


def _dates_back(match: re.Match[str], context: Context) -> Hit | None:
    if match.group("stamp"):
        return None  # the timestamp row's
    sentence = context.sentence.text
    before = sentence[: match.start()]
    # outside a sentence about the video only as what a search found of it: "a search revealed it dates back to"
    found = programs.search(
        r"\b(?:search\w*|revealed|found|showed|shows|traced|confirmed|established)\b.*\bit\s+$", before
    )
    if not context.sentence.in_scope and not (found and video_near(context.document, context.sentence)):
        return None
    if match.group("decade"):
        reason = "a span back from publication, not a calendar date"
        return Hit(match.start(), match.end(), {"role": "recorded", **unresolved("year", None, reason)})
    verb = match.group("verb").lower()
    copy = programs.search(
        r"\b(?:earliest|first|oldest|original)\s+(?:version|copy|upload|post)", before, re.IGNORECASE
    )
    released = "traced" in verb or verb.startswith(("tweet", "post", "upload")) or copy
    released = released or _when_released(sentence[match.end() :])
    return _value(match, context, "released" if released else "recorded")


def _when_released(after: str) -> bool:
    """ "..., when it was uploaded to YouTube", "..., when it spread virally": the date before this clause is a
    release (a spread only of the video: not "when the fire spread to Lahaina")."""
    when = _WHEN_RELEASED.match(after)
    if when and when.group("verb").lower() == "spread":
        return _IT_SPREAD.match(after) is not None
    return bool(when and programs.fullmatch(RELEASE_VERBS, when.group("verb"), re.IGNORECASE))


_IT_SPREAD = lazy_compile(
    rf"^,?\s+when\s+(?:it|they|the\s+(?:{SCOPE_NOUN}|posts?))\s+(?:first\s+)?spread\b", re.IGNORECASE
)


# a person's age, not the video's: "McDonald, a black 17-year-old.", "among them a 20-year-old," (a noun after an
# article or a possessive; the video's age is said after a verb or before a video noun: "it is four years old")
_AGE_NOUN = lazy_compile(
    r"\b(?:a|an|the|his|her|their)\s+(?:(?!(?:is|was|are|were|be|been)\b)[\w'’-]+\s+){0,2}?$", re.IGNORECASE
)
_VIDEO_AFTER = lazy_compile(rf"\s+(?:[\w'’-]+\s+)?(?:{SCOPE_NOUN}|footage)\b", re.IGNORECASE)


def _years_old(match: re.Match[str], context: Context) -> Hit | None:
    text = context.sentence.text
    hyphenated = programs.search(r"-years?-old$", match.group(0), re.IGNORECASE)
    if hyphenated and _AGE_NOUN.search(text, 0, match.start()) and not _VIDEO_AFTER.match(text, match.end()):
        return None
    # "more than two years old": before the day two years back; "nearly two years old" only within that year
    bound = bool(programs.match(r"more|over|at", match.group("q") or "", re.IGNORECASE))
    fields = {"role": "recorded", **years_before(match.group("count"), context.document.published, bound)}
    if match.group("q") and fields["value"] is not None:
        fields["bound"] = "before"
    return Hit(match.start(), match.end(), fields)


_SHOW_WORDS = r"shows?|showed|showing|features?|featuring|depicts?|depicting|captur(?:es?|ed|ing)"
_SHOWN = lazy_compile(rf"\b(?:{_SHOW_WORDS})\b", re.IGNORECASE)


_OTHER_BEFORE = lazy_compile(rf"\b(?:{OTHER_WORDS})\s+$", re.IGNORECASE)


def _in_year(match: re.Match[str], context: Context) -> Hit | None:
    if _OTHER_BEFORE.search(context.sentence.text, 0, match.start()):
        return None  # "filmed similar scenes last year": another video
    if _WRITING_ABOUT.search(context.sentence.text, 0, match.start()):
        return None  # "released a statement about the footage on 3 March": the statement's day
    between = match.group(0)[: match.start("date") - match.start()]
    recorded_during = rf"\b(?:{RECORD_VERBS})\s+(?:during|amid|in\s+the\s+midst\s+of)\s"
    if programs.search(
        rf"\b(?:{RELEASE_VERBS}|{RECORD_VERBS})\b", programs.sub(recorded_during, " ", between, flags=re.I), re.I
    ):
        return None  # a verb's own date is the verb rules' to read (but "filmed during the floods that hit ... in")
    if programs.search(
        rf"\b(?:{OTHER_EVENT_VERBS}|(?:since|after|before)\s+(?:his|her|their|its|the)\s+(?:{OTHER_EVENT_NOUNS}))\b",
        between,
        re.IGNORECASE,
    ):
        return None  # "since his arrest in May 2011"
    if programs.search(r"\b(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before|since)\b", between, re.IGNORECASE):
        return None  # "three weeks after armed men stormed the camp on 4 June": the date of what it counts from
    if programs.fullmatch(r"yesterday|today|tonight", match.group("date"), re.IGNORECASE):
        return None  # relative to the article, not to what is shown
    shown = _SHOWN.search(between)
    if _AFTERMATH.search(between):
        return None  # "shows the aftermath of a quake that struck on Saturday": the event's day, not the video's
    if programs.fullmatch(rf"{WEEKDAY}", match.group("date"), re.IGNORECASE) and not shown:
        return None  # a weekday after the video named is too loose ("received the video on Monday" is no recording)
    released = _when_released(context.sentence.text[match.end() :])  # "earlier this year, when it went viral"
    # "turned up YouTube videos from 2015" (the match opens at the video's noun)
    released = released or bool(_PLATFORM_COPY_FROM.search(context.sentence.text, 0, match.start("date")))
    return _value(match, context, "released" if released else "recorded")


# a copy on a platform, dated by "from": the year it went up ("YouTube videos from 2015"; not "footage from 2015")
_PLATFORM_COPY_FROM = lazy_compile(rf"\b(?:{PLATFORMS})\s+(?:{SCOPE_NOUN}|posts?|uploads?)\s+from\s+$", re.IGNORECASE)


# the day a quake, a storm or a crash the video shows struck: "the earthquake that hit Peru on Tuesday", "a train
# that struck a truck on Monday", "when it crashed near the town late on Friday night"
_STRUCK_THING = (
    r"earthquakes?|quakes?|tremors?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|floods?|tsunamis?"
    r"|eruptions?|trains?|planes?|jets?|aircraft|helicopters?|buses|bus|cars?|trucks?|lorry|lorries|vehicles?"
    r"|explosions?|blasts?|wildfires?|fires?|landslides?|avalanches?|mudslides?"
)
_STRUCK = lazy_compile(
    rf"\b(?P<thing>{_STRUCK_THING})\b(?:\s+(?:that|which|had|has|was|first|then))*"
    rf"(?:\s+[\w'’-]+){{0,6}}?\s+(?P<verb>hit|struck|crashed|derailed|erupted|exploded|collapsed|rocked|slammed\s+into)\b"
    rf"(?P<gap>(?:\s+(?!(?:said|says|when|after|before|because|while|but|who|which|that|where|saying|killing|leaving"
    rf"|injuring)\b)[\w'’-]+(?:,(?=\s+(?-i:[A-Z])))?){{0,8}}?),?\s+(?P<prep>{_PREP}*){_TIME_OF_DAY}{DATE_PHRASE}",
    re.IGNORECASE,
)
# the video shows what came after it, not the event: "shows the aftermath of the quake that hit on Monday"
# ("the immediate aftermath" is the same day)
_AFTERMATH = lazy_compile(
    r"(?<!immediate\s)\b(?:aftermath|damage|destruction|ruins|rubble|wreckage|debris|remains)\b", re.IGNORECASE
)


def _struck(match: re.Match[str], context: Context) -> Hit | None:
    """ "after a quake hit the capital on Tuesday": the day of the event the video shows, its recording."""
    sentence = context.sentence.text
    about_video = context.sentence.in_scope or context.sentence.names_video  # not just near: a debunk's own news
    if sentence.rstrip().endswith("?") or not about_video or _AFTERMATH.search(sentence, 0, match.end()):
        return None
    if programs.search(rf"\b(?:{RELEASE_VERBS}|{RECORD_VERBS})\b", match.group("gap") or "", re.IGNORECASE):
        return None  # a verb of the video's own between: its rows read the date
    return _value(match, context, "recorded")


# the event the video shows, dated in the same phrase: "footage of the Aug. 14 attack", "captures the March 9 shooting",
# "moments before Friday's deadly bus crash", "during the stabbing June 2", "the crash on May 17" (not "hours
# after the attack": the footage came out after it, which the release rows read)
_EVENT_NOUN = (
    r"attacks?|shootings?|stabbings?|killings?|crash(?:es)?|collisions?|explosions?|blasts?|bombings?|raids?|strikes?"
    r"|airstrikes?|assaults?|ambush|clash(?:es)?|riots?|protests?|rall(?:y|ies)|marches|march|arrests?|incidents?"
    r"|earthquakes?|quakes?|floods?|flooding|fires?|wildfires?|storms?|tornado(?:e?s)?|collapse|eruptions?"
    r"|landslides?|accidents?|derailment|battle|ceremony|speech|parade|match|game|concert"
)


# recency, which names no day but a span close to publication: "the footage is not recent", "neither breaking nor
# recent", "purportedly captures a recent protest" (its making), "A video that recently went viral" (its release)
_RECENT = lazy_compile(
    rf"\b(?:(?:{SCOPE_NOUN}|it)\s+(?:is|was|are|were)\s+(?:not\s+|neither\s+[\w-]+\s+nor\s+)?(?P<is>recent)\b"
    # ("shows a recent protest", "depicts recent scenes of", "shows no recent events", "showing scenes of the recent
    # demonstrations", "claiming it is a recent incident")
    rf"|\b(?:{_SHOW_WORDS}|(?:it|this)\s+(?:is|was))\s+(?:what\s+(?:appears|seems)\s+to\s+be\s+)?(?:(?:an?|no|any)\s+)?"
    rf"(?:scenes?\s+(?:of|from)\s+(?:the\s+)?)?(?P<event>recent)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_EVENT_NOUN}|scenes?|events?|demonstrations?|unrest|violence|fighting)\b"
    # a copy released recently: "A video that recently went viral", "recently aired a video" (not "who had recently
    # posted threats")
    rf"|\b(?:video|clip|footage)\s+(?:that|which)\s+(?P<recently>recently)\s+(?:{RELEASE_VERBS})\b"
    rf"|(?P<recently2>recently)\s+(?:{RELEASE_VERBS})\s+(?:a|an|the|this|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{SCOPE_NOUN})\b"
    # a copy given out as recent: "users presenting it as recent", "presenting it as footage from the recent unrest"
    rf"|\b(?:present(?:s|ed|ing)?|shar(?:es|ed|ing)|pass(?:es|ed|ing)\s+(?:it\s+|them\s+)?off|describ(?:es|ed|ing)"
    rf"|label(?:s|ed|ing|led|ling))\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:{SCOPE_NOUN}))?\s*as\s+(?:(?:{SCOPE_NOUN})\s+"
    rf"(?:of|from)\s+(?:the|a)\s+)?(?P<as>recent)\b)",
    re.IGNORECASE,
)


def _recent(match: re.Match[str], context: Context) -> Hit:
    # the word itself is the claim ("not recent" is refuted, as stance reads it); "recently" dates a release
    group = next(name for name in ("recently", "recently2", "event", "is", "as") if match.group(name))
    role = "released" if group.startswith("recently") else "recorded"
    fields = unresolved("day", None, "recent: close to publication, not a calendar date")
    return Hit(match.start(group), match.end(group), {"role": role, **fields})


_EVENT_CUE = (
    rf"\b(?:{SHOW_VERBS}|(?:{SCOPE_NOUN})\s+of|during|(?:in\s+the\s+)?(?:moments?|seconds?|minutes?)\s+(?:before|after)"
    r"|just\s+before|dat(?:es|ed|ing)\s+(?:back\s+)?(?:to|from)"
    rf"|(?:it|the\s+(?:[\w-]+\s+)?(?:{SCOPE_NOUN}))\s+(?:is|was|comes|came)\s+from|tied\s+(?:it|them)\s+to)"
    r"\s+(?:the|a|an|this|last)?\s*"
)
_DATED_EVENT = lazy_compile(
    rf"{_EVENT_CUE}(?P<date>(?:{DAY}\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?(?![\w-])|(?:{DAY}\s+){MONTH}(?:,?\s+{YEAR})?"
    rf"(?![\w-])|{WEEKDAY}['’]s|(?<=the\s){YEAR}(?=(?:\s+(?-i:[A-Z])[\w'’-]+){{0,2}}\s+(?:{_EVENT_NOUN})\b))"
    rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{_EVENT_NOUN})\b"
    rf"|{_EVENT_CUE}(?:[\w-]+\s+){{0,3}}?(?:{_EVENT_NOUN})\s+(?:on\s+)?"
    rf"(?P<date2>{MONTH}\s+{DAY}(?:,?\s+{YEAR})?(?![\w-])|{DAY}\s+{MONTH}(?:,?\s+{YEAR})?(?![\w-]))",
    re.IGNORECASE,
)


_ANY_DAY = lazy_compile(rf"\d|\b(?:{MONTH}|{WEEKDAY})\b", re.IGNORECASE)


def _dated_event(match: re.Match[str], context: Context) -> Hit | None:
    """The day of the event the video shows, in a sentence about the video: when it was filmed."""
    if not context.sentence.in_scope:
        return None
    group = "date" if match.group("date") else "date2"
    phrase = match.group(group).removesuffix("'s").removesuffix("’s")
    fields = {"role": "recorded", **_resolve(phrase, context, match.start(group))}
    published, value = context.document.published, fields.get("value")
    no_year = not programs.search(YEAR, phrase) and not programs.search(WEEKDAY, phrase, re.IGNORECASE)
    if no_year and value and published and (published - date.fromisoformat(value)).days > _RECENT_EVENT_DAYS:
        # "the Jan. 6 attack" in a May article is 2021's, not this year's: a named day months back names no year
        fields = {"role": "recorded", **unresolved("day", phrase, "a day and month months before publication, no year")}
    return Hit(match.start(group), match.start(group) + len(phrase), fields)


_RECENT_EVENT_DAYS = 60  # how far back a day with no year may name a recent event ("the Nov. 28 attack")


# a filmer's own account of what they filmed, the day after it: "With his phone, a man recorded armed men
# kidnapping two U.S. tourists last Friday", "X recorded part of her drive through the fire last Friday" (the object
# may be long: the verb rows allow fewer words between)
_FILMED_WHAT = lazy_compile(
    rf"\b(?P<verb>filmed|videotaped|recorded)\b"
    rf"(?P<gap>(?:\s+(?!(?:said|says|when|after|before|because|while|but|who|which|that|where|and)\b)[\w'’.-]+){{1,16}}?)"
    rf"\s+(?P<prep>{_PREP}*){_TIME_OF_DAY}{DATE_PHRASE}",
    re.IGNORECASE,
)


def _filmed_what(match: re.Match[str], context: Context) -> Hit | None:
    """The day a filmer recorded what they lived through, in a sentence about the video or beside one naming it."""
    gap = match.group("gap")
    if programs.search(rf"\b(?:{RELEASE_VERBS})\b", gap, re.IGNORECASE):
        return None  # a release between: the verb rows read it
    if not tells_filming(context.document, context.sentence, match.group("verb"), gap):
        return None
    return _value(match, context, "recorded")


# someone in the video speaks of the event: "the woman mentions a festival that took place last month"
_SPEAKER_IN_VIDEO = lazy_compile(
    r"\b(?:the|a)\s+(?:man|woman|hostage|captive|prisoner|soldier|speaker|narrator|boy|girl)\s+(?:\w+\s+)?"
    r"(?:refers|referred|mentions|mentioned|speaks|spoke|talks|talked)\b",
    re.IGNORECASE,
)


def _took_place(match: re.Match[str], context: Context) -> Hit | None:
    """ "The raid, which took place on Friday": the day of the event the video shows, its recording. A relative
    day that someone in the video speaks of ("last week") counts from the recording, unknown, not from publication."""
    sentence = context.sentence.text
    if (
        sentence.rstrip().endswith("?")
        or not video_near(context.document, context.sentence)
        or _AFTERMATH.search(sentence, 0, match.start())
    ):
        return None  # "shows the aftermath of the fire, which took place on Sunday": not the video's day
    hit = _value(match, context, "recorded")
    spoken = _SPEAKER_IN_VIDEO.search(context.sentence.text, 0, match.start())
    if hit is not None and spoken and "publication" in str(hit.fields.get("resolution")):
        reason = "relative to the day someone in the video speaks, not to publication"
        return Hit(hit.start, hit.end, {"role": "recorded", **unresolved(hit.fields["precision"], None, reason)})
    return hit


def _in_caption(sentence: str, offset: int) -> bool:
    return in_quotation(sentence[:offset]) and bool(
        programs.search(r"\b(?:caption|captioned|titled?)\b", sentence, re.I)
    )


def _caption(match: re.Match[str], context: Context) -> Hit | None:
    """The day a caption gives is the day it says the footage was taken (the poster's claim, reported)."""
    hit = _value(match, context, "recorded") if video_near(context.document, context.sentence) else None
    return hit if hit is None or hit.fields.get("precision") == "day" else None  # "Flood in May": no day


# what introduces words posted with the video: a caption, a title, text laid over it ("The text on the video reads")
_CAPTION_WORD = lazy_compile(
    r"\b(?:caption|captioned|titled|title|text\s+(?:on|over|in|laid\s+over)|overlay|overlaid)\b", re.IGNORECASE
)
# the year the post went up, which a caption's "today" then means ("shared in 2019, reads "Beirut today"")
_POST_YEAR = lazy_compile(
    rf"\b(?:{RELEASE_VERBS})\s+(?:[\w'’-]+\s+){{0,3}}?in\s+(?:{MONTH}(?:\s+{YEAR})?|{YEAR})\b", re.IGNORECASE
)
# a caption's words for the moment it went up
_CLOSE_TO_POST = lazy_compile(r"today|tonight|this\s+morning|(?:happening|right)\s+now", re.IGNORECASE)


def _caption_relative(match: re.Match[str], context: Context) -> Hit | None:
    """ "Rally yesterday in Lyon," the June 4 post's caption says: the day before the post, not before
    the article. Without the post's day in the sentence there is no claim (publication is the wrong base)."""
    sentence = context.sentence.text
    outside = sentence[: match.start()] + " " * (match.end() - match.start()) + sentence[match.end() :]
    near = video_near(context.document, context.sentence)
    if not _CAPTION_WORD.search(outside) or not near:
        return None
    post = _day_given(outside, context)  # "shared on August 7, 2024", "the May 2 tweet's caption"
    phrase = match.group("date")
    if post is None and _CLOSE_TO_POST.fullmatch(phrase) and not _POST_YEAR.search(outside):
        # no post day, or two to choose from: the caption still says the footage is of the moment it went up
        said = f"recent: the caption says {phrase.lower()!r}, and no day of the post is given"
        fields = unresolved("day", None, said)
        return Hit(match.start("date"), match.end("date"), {"role": "recorded", **fields})
    if post is None:
        return None  # "last year" with no post day: no span to tell
    fields = {
        **resolve_date(phrase, post),
        "resolution": f"{phrase.lower()}, relative to the post ({post.isoformat()})",
    }
    return Hit(match.start("date"), match.end("date"), {"role": "recorded", **fields})


def _timestamp(match: re.Match[str], context: Context) -> Hit | None:
    if not match.group("stamp"):
        return None
    words = context.sentence.text[max(0, match.start() - 40) : match.end()]
    if programs.search(r"\b(?:tweets?|posts?|uploads?|articles?|reports?)\b", words, re.I):
        return None  # a post's date, not the recording's: "The earliest tweet with the clip bears the date ...", "The
        # date under the earliest upload reads ..."
    return _value(match, context, "recorded")


RULES = [
    Rule("date.dated_event", "date", _DATED_EVENT, _dated_event, "scope",
         (("On Monday, officers released CCTV footage of the Aug. 14 attack near the market.", "Aug. 14"),
          ("The footage captures the March 9 shooting of a cyclist at a junction.", "March 9"),
          ("A passenger's footage shows the deck moments before the crash on May 17.", "May 17"),
          ("Dashcam footage shows the road moments before Friday's deadly bus crash.", "Friday"),
          ("The clip is not new: it dates from the 2014 Lyon floods.", "2014")),
         requires=(_ANY_DAY, lazy_compile(_EVENT_NOUN, re.IGNORECASE))),
    Rule("date.verb_then_date", "date", _VERB_THEN_DATE, _verb_then_date, "any",
         (("It was dated Oct. 3, though there was no other evidence.", "Oct. 3"),
          ("Islamic State released a video on Tuesday.", "Tuesday"),
          ("The clip first appeared online in 2016.", "2016"),
          ("The footage was filmed on the morning of May 9.", "May 9"),
          ("Shared a million times in recent days, the clip shows a flood.", "recent days"),
          ("Of the four clips, one may have been filmed in Kharkiv over the last 24 hours.", "over the last 24 hours"),
          ("The video has been circulating online since at least 2019.", "2019"),
          ("The clip was posted on 25 July 2019 with a note saying it was filmed two weeks earlier.",
           "two weeks earlier"),
          ("Filmed in Kharkiv, Ukraine on Sunday, the clip shows a burning depot.", "Sunday"),
          ("The clip shows a storm. First uploaded to YouTube and Facebook on 6 April, it spread.", "6 April"),
          ("The video shows a raid; its first upload to YouTube came on March 28, 2015.", "March 28, 2015"),
          ("A clip of a man firing a grenade went up on the page on Jan. 8, 2021.", "Jan. 8, 2021"),
          ("France 24 released a video report on March 26, 2019, that showed the same clip.", "March 26, 2019"),
          ("The clip shows a flooded street. Uploaded on 3 May 2021 by a local page, it drew many views.",
           "3 May 2021"),
          ("A local reporter uploaded on June 4 a video of the blaze.", "June 4"),
          ("The clip shows the reporter, who was taken hostage in 2014. It was shot in 2016.", "2016"),
          ("Video of the arrest of a driver by two state troopers later fired for it was made public by the state on "
           "Friday.", "Friday"),
          ("The video shows a crowd. A local page first shared it on 12 May 2020, with a caption.", "12 May 2020"),
          ("The footage is old: it appears to have been shot during a storm in Florida, in August 2017.",
           "August 2017"),
          ("A reverse image search turned up a copy of the video that, dated 2019, runs longer.", "2019"),
          ("The clip shows a blast in a port. Sharing it on 22 March, a local user called it an attack.",
           "22 March"),
          ("The video was posted on 3 May 2021, two days after the vote in Kenya, and spread fast.",
           "two days after the vote in Kenya"),
          # an initial within the gap, a bare weekday, "put it on", a place's comma inside the opening participle
          ("Shared via the A.B.C.'s main account on Friday evening, the clip shows a fire.", "Friday evening"),
          ("The clip went up Thursday, and no one has verified it.", "Thursday"),
          ("The video went online Sunday, posted by a militant group.", "Sunday"),
          ("A clip shows a bear. A ranger's page put it on YouTube on 3 June 2019.", "3 June 2019"),
          ("Filmed on Sunday in Bend, Oregon, the video shows smoke.", "Sunday"))),
    Rule("date.date_then_verb", "date", _DATE_THEN_VERB, _date_then_verb, "any",
         (("On Thursday, the group published a video of the raid.", "Thursday"),
          ("On 2 May she also posted a shorter version of the clip.", "2 May"),
          ("On March 2, 2019, the channel put out a clip of the convoy.", "March 2, 2019"),
          ("The army said it took the town, and on Monday (May 4) it put out drone video of it.", "Monday (May 4)"),
          ("On Sunday, a news channel ran a video of the brawl.", "Sunday"),
          ("A search shows that on September 28 another user posted the same video.", "September 28"))),
    Rule("date.subject_date_verb", "date", _SUBJECT_DATE_VERB, _date_then_verb, "any",
         (("Arlington police on Thursday released body camera footage of the shooting.", "Thursday"),
          ("Officials on Thursday made public body-camera footage of a deadly encounter.", "Thursday"))),
    Rule("date.attributive", "date", _ATTRIBUTIVE, _attributive, "any",
         (("The claim relies on a 2015 clip of a flood.", "2015"),
          ("It was shared in a June 2020 post.", "June 2020"),
          ("\"Flood in Lagos today,\" the June 3 tweet's caption says.", "June 3"),
          ("The claim first spread in one 4 March 2022 TikTok video.", "4 March 2022"),
          ("The clip shows tanks. The army said so in a Saturday Telegram post that carried it.", "Saturday"))),
    Rule("date.dates_back", "date", _DATES_BACK, _dates_back, "any",
         (("But the video is old: it dates back to 2017.", "2017"),
          ("An old clip, dating back more than a decade, has resurfaced.", "dating back more than a decade"),
          ("The clip shows a flood. A search showed it dates back to 2019, when it was posted on Facebook.",
           "2019"),
          ("A search led to a tweet from June 2018 with the same video.", "June 2018")),
         requires=lazy_compile(r"dat|trace|back|from|stamp", re.IGNORECASE)),
    Rule("date.recent", "date", _RECENT, _recent, "scope",
         (("The footage is not recent; it was filmed in 2020.", "recent"),
          ("A viral clip purportedly captures a recent protest in Lima.", "recent"),
          ("A news channel recently aired a video of the raid.", "recently"),
          ("Users are sharing a clip of a flood, presenting it as recent.", "recent"),
          ("Posts share a clip of a riot, presenting it as footage from the recent unrest in Lyon.", "recent")),
         requires=lazy_compile(r"recent", re.IGNORECASE)),
    Rule("date.rather_than", "date", _RATHER_THAN, _rather_than, "scope",
         (("What the clip shows is a rally in Lima in May 2021 rather than June 2023.", "June 2023"),),
         requires=lazy_compile(r"rather\s+than", re.IGNORECASE)),
    Rule("date.years_old", "date", _YEARS_OLD, _years_old, "scope",
         (("The video is old. It is four years old.", "four years old"),
          ("The clip is not new: it is more than three years old.", "more than three years old"),
          ("Fact-checkers found a three-year-old video of the same flood.", "three-year-old")),
         requires=lazy_compile(r"years?[- ]old", re.IGNORECASE)),
    Rule("date.in_year", "date", _IN_YEAR, _in_year, "scope",
         (("The post in fact features a clip of an earthquake in Nepal in 2015.", "2015"),
          ("The clip shows the 6.8-magnitude quake in Morocco in September this year.", "September this year"),
          ("The video was filmed during the floods that hit southern Chile in June 2021, and it aired on TV.",
           "June 2021"),
          ("Fact-checkers debunked the same video earlier this year, when it went viral with another claim.",
           "earlier this year"),
          ("BOOM already debunked this video in 2022, when it spread virally with a similar claim.", "2022"),
          ("The clip shows a riot. A search turned up YouTube videos from 2015 of the same scene.", "2015"),
          ("The clip shows police dragging a man out of a car in Leeds on Sunday.", "Sunday"),
          ("The clip shows the immediate aftermath of the blast in Beirut in August 2020.", "August 2020"),
          ("The video shows what shoppers saw during the explosion late Tuesday.", "Tuesday"),
          ("Dashcam footage captured the moment the bridge fell into the river on Sunday.", "Sunday"))),
    Rule("date.took_place", "date", _TOOK_PLACE, _took_place, "any",
         (("The clip shows a blast at a depot. The blast, which took place on Sunday, killed two workers.", "Sunday"),
          ("A video shows the police raid in Tampa. The raid happened on June 3, 2021, at dawn.", "June 3, 2021"),
          ("The footage shows a flood in Lyon. The flood occurred earlier this month.", "earlier this month"),
          ("In the video, the hostage mentions a strike that took place last week.", "last week")),
         requires=lazy_compile(HAPPENED_VERBS, re.IGNORECASE)),
    Rule("date.struck", "date", _STRUCK, _struck, "any",
         (("The clip shows the shaking. It was filmed in Lima as an earthquake hit the city on Tuesday.", "Tuesday"),
          ("The video shows a freight train that struck a bus on March 3, 2022.", "March 3, 2022"),
          ("Dashcam footage shows the train going fast before it crashed near Oporto late on Sunday night.",
           "Sunday night")),
         requires=lazy_compile(r"\b(?:hit|struck|crashed|derailed|erupted|exploded|collapsed|rocked|slammed)\b", re.I)),
    Rule("date.filmed_what", "date", _FILMED_WHAT, _filmed_what, "any",
         (("With her phone, a nurse recorded armed men dragging two U.S. aid workers from a car last Friday in "
           "Leeds. The video spread.", "last Friday"),),
         requires=lazy_compile(r"filmed|videotaped|recorded", re.IGNORECASE)),
    Rule("date.caption", "date", _CAPTION, _caption, "any",
         (("The video was shared with the caption \"Storm over Miami, 12 June 2021\".", "12 June 2021"),
          ("The clip shows a quake. Its title is '3.14.2019 strong quake in Lima'.", "3.14.2019")),
         requires=(lazy_compile(r"caption|title|description", re.IGNORECASE), sketch(_CAPTION, _CAPTION_QUOTE))),
    Rule("date.caption_relative", "date", _CAPTION_RELATIVE, _caption_relative, "any",
         (("\"Riot in the capital yesterday,\" reads the caption of the June 3, 2021 video.", "yesterday"),
          ("The clip shows a flood. The text on the video reads \"Lagos today\".", "today")),
         requires=_CAPTION_WORD),
    Rule("date.timestamp", "date", _DATES_BACK, _timestamp, "scope",
         (("In the video, a timestamp in the corner reads 14/03/2021.", "14/03/2021"),
          ("The grainy footage, filmed in a cellar, bore the date January 21.", "January 21"),
          ("The clip carries a logo and a date stamp reading '16/07/2016'.", "16/07/2016"),
          ("The date written in the top right corner of that video is March 5, 2021.", "March 5, 2021")),
         requires=lazy_compile(r"stamp|timecode|\bdate\b", re.IGNORECASE)),
]  # fmt: skip
