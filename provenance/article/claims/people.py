"""People claims: how many people the video shows ("two men appeared", "shows four aid workers",
"hundreds of protesters", "journalist Anna Kowalski", "Mr Hale").

A person noun phrase is a claim when it is what a sentence about the video shows (the object of
"shows", "purporting to show", "a video of") or who acts in it (the subject of a clause: "In it,
a sanitation worker mops the floor", "two men appeared", "three other captives are shot"). Beyond
those positions, any person noun phrase with a determiner or a number (`people.mention`: "riot
police beating a naked protester") is one when it stands in a clause about what the video shows
(after "shows", "a video of", "opens with", "In it,"), is said to be seen ("a captor is heard"), or
stands in a sentence that continues one naming the video; a bare plural ("as passengers relax", "fired at
protesters") only in such a clause or said to be seen. A count word gives the number; a quantity
word a lower bound ("dozens": at least 24, "the crowd": at least 10); "about 24" 20 to 30; a bare
plural at least two; a named person one, with the name kept. A name needs a cue that it is a
person's and that the person is in the video: a personal title ("Mr Hale"), a verb only a person in
it takes ("identifies himself", "appeared in a 20-second video", "is seen"), any verb after "In it,",
an apposition ("Dario Mendes, a 41-year-old Portuguese man"), the name a phrase is given ("one girl in the
video, identified as Amina Bello"), or a name the article has given a person where a video shows it
("a video of Brask"); a bare capitalised word is not enough, and a name the gazetteer knows as a
country, region or town is a place unless the article gave it a person. Numbers of other events ("276
schoolgirls it kidnapped", "one of the 59 hostages", "killing at least 80 passengers") are not;
neither is who publishes, films, views or comments on the video ("A federal official said ...",
"seen by two journalists"), a relative named beside the person shown ("his sisters"), nor an army
named by its country ("Russian forces"), unless the video shows it doing something ("shows the Taliban
storming", "a battle between Ruritanian and Zendan forces"; not "airstrikes by"). A quoted caption's first
person is one the video is said to show.
"""

from __future__ import annotations

import re
from functools import lru_cache

from provenance.article.claims import programs
from provenance.article.claims.rules import Context, Fields, Hit, Rule, lazy_compile, sketch
from provenance.article.claims.vocabulary import (
    ANOTHER_WORDS,
    DEMONYM,
    DEMONYMS,
    FAMILY_COMPOUNDS,
    MEDIA,
    MONTH,
    NAME_PARTICLES,
    NAMED_SEEN_VERBS,
    NAMED_SELF_VERBS,
    NOT_NAMES,
    ORGANISATIONS,
    OTHER_EVENT_VERBS,
    OVER_VERBS,
    PEOPLE_CASUALTY_VERBS,
    PEOPLE_EVENT_VERBS,
    PEOPLE_GROUPS,
    PEOPLE_KIN,
    PEOPLE_MAKING_VERBS,
    PEOPLE_NARRATORS,
    PEOPLE_OUTSIDERS,
    PEOPLE_PART_OF,
    PEOPLE_QUANTITIES,
    PEOPLES,
    PERSON_ACTS,
    PERSON_NOUNS,
    PERSON_TITLES,
    PERSON_TITLES_PERSONAL,
    PLATFORMS,
    RECORD_STRONG,
    RECORD_VERBS,
    RELEASE_VERBS,
    SCOPE_NOUN,
    SEEN_VERBS,
    SHOW_VERBS,
    THING_NAME_WORDS,
    UNIT_WORDS,
    WEEKDAY,
)
from provenance.models import Range

# (a number's digits whole: not "000" of "5,000")
_COUNT_WORD = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?<![\d,.])\d{1,3}(?![\d,.]\d))"
    r"(?!\s+(?:hundred|thousand|million|billion)\b)"  # (not "two thousand protesters": a multiple of the number)
)
# "a group", "a large group", "a huge crowd": the size word is kept out of the value
_QUANTITY = "|".join(
    sorted(
        (re.escape(q).replace(r"\ ", r"\s+").replace(r"a\s+", r"a\s+(?:(?:large|huge|small|big)\s+)?", 1)
         if q.startswith("a ") else re.escape(q).replace(r"\ ", r"\s+") for q in PEOPLE_QUANTITIES),
        key=len,
        reverse=True,
    )
)  # fmt: skip
_DETERMINER = r"the|these|those|his|her|their|its"
_APPROXIMATE = r"about|around|nearly|approximately|roughly|an\s+estimated|some"
_OVER_VERB_BEFORE = lazy_compile(rf"\b(?:{OVER_VERBS})\s+$", re.IGNORECASE)
_AT_LEAST = r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|not\s+fewer\s+than|more\s+than|over"
# an upper bound ("up to 12 soldiers"; "no more than five men" is not "more than five")
_AT_MOST = r"up\s+to|as\s+many\s+as|no\s+more\s+than|not\s+more\s+than|at\s+most|fewer\s+than|less\s+than"
_COUNT = (
    rf"(?P<count>(?:only\s+|just\s+|(?:{_AT_MOST}|{_AT_LEAST}|{_APPROXIMATE}|{_DETERMINER})\s+)?"
    rf"(?:between\s+\d{{1,3}}\s+and\s+\d{{1,3}}(?:\s+of\s+(?:{_DETERMINER}))?"  # "between 10 and 15 (of the) fighters"
    # "two or three men", "three to four", "5-6"
    rf"|(?:{_COUNT_WORD})\s+(?:or|to)\s+(?!(?:a|an)\b)(?:{_COUNT_WORD})"
    rf"(?:\s+of\s+(?:{_DETERMINER})(?:\s+(?!(?:a|an)\b)(?:{_COUNT_WORD}))?)?(?=\s)"
    rf"|\d{{1,3}}[-–]\d{{1,3}}(?=\s)(?!\s+(?:hundred|thousand|million|billion)\b)"
    # "two other", "nine of the 12"
    rf"|(?:{_COUNT_WORD})(?:\s+other)?(?:\s+of\s+(?:(?:{_DETERMINER})(?:\s+(?!(?:a|an)\b)(?:{_COUNT_WORD}))?"
    rf"|(?!(?:a|an)\b)(?:{_COUNT_WORD})))?"
    rf"|(?:{_QUANTITY})(?:\s+of(?:\s+(?:{_DETERMINER}))?)?))"
)
# words that never stand between a determiner and its person noun
_NOT_ADJECTIVE = (
    r"of|in|on|at|by|and|or|who|which|that|was|were|is|are|with|from|to|after|before|ago|since|than|where"
    r"|when|over|about|some|them|they|their|his|her|its|our|this|these|those|it|he|she|we|you|as|while|then"
    r"|seconds|minutes?|hours?|days?|weeks?|months?|years?|video|footage|clip|film|a|an|the|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|scores|several|said|says|told"
    r"|no|not|never|also"
    r"|be|been|has|have|had|would|could|will|can|may|might|did|does|do|but|yet|nor|so|because|although|though|if"
    r"|unless|whether|whose|whom|against|for|into|during|without|under|amid|among|toward|towards|upon|via"
    r"|shows?|showed|showing|depicts?|depicting|features?|featuring|purports?|appears?"
)
_ADJECTIVES = rf"(?:(?!(?:{_NOT_ADJECTIVE})\b)(?:[A-Za-z]|\d+-)[\w'’.-]*\s+){{0,3}}?"
# a person noun used as a modifier: "a coast guard boat", "a police car", "a border guard post"
_THING = (
    r"boat|ship|vessel|vehicle|car|truck|van|bus|station|post|base|tower|house|unit|force|helicopter|plane|aircraft"
    r"|uniform|uniforms|camp|checkpoint|headquarters|building|office|line|cordon|tape|dog|dogs|horse|horses"
    r"|group|groups|faction|factions|organi[sz]ation|movement|home|homes|department|chief|commission|union"
    # (a noun, not the verb of the person before it: "a soldier shooting a prisoner", "a man attacks the guard"; a bare
    # "attack" or "raid", and a form before "of", "in", a verb or the clause's end, is a noun: "a terrorist attack",
    # "the police shooting of", "police raids on homes")
    r"|shootings|killings|attack|raid|(?:shooting|killing|attacks|raids)(?=\s*(?:[,.;:)]|$)|\s+(?:of|in|on"
    r"|during|near|against|across|throughout|around|targeting|by|that|which|was|were|is|are|has|had|have|and|or|last"
    r"|this|spree|incidents?|cases?|victims?)\b)"
    r"|custody|operations?|violence|brutality|investigations?|statements?"
    # ("a large migrant inflatable boat", "a UK migrant scheme", "a migrant detention centre"; not the verbs "three
    # soldiers shelter behind a wall", "a soldier routes traffic", "a man centres the camera")
    r"|inflatable|rubber|dinghy|dinghies|scheme|crisis|route|policy|centre|center|hostels?|hotels?|detention"
    r"|boss|bosses|ties|hit|hits|rule|mentality"  # "a mob boss"
    r"|city|town|village|resort|island|destination|road|drive|highway"  # "the tourist city", "the marine drive road"
    r"|trains?|trucks|vehicles|cars|vans|boats|jeeps|buses"  # "a commuter train", "police trucks drive at crowds"
    r"|lights?|sirens?|side(?!\s+by\b)|seats?|doors?|windows?"  # "flashing police lights", "the passenger side"
)
# (nor one before another: "the female students")
# (but "hostage" after a noun is what they are taken or held as: "taking seven young women hostage")
_NOUN_END = rf"(?![\w'’-])(?!\s+(?:{_THING})\b)(?!\s+(?!hostage\b)(?:{PERSON_NOUNS})(?![\w'’-]))"
_NAME = r"(?-i:(?P<name>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+))"
_PERSON = (
    rf"(?:{_COUNT}\s+|(?P<det>{_DETERMINER})\s+)?(?P<bare>{_ADJECTIVES})"
    rf"(?P<noun>{PERSON_NOUNS}){_NOUN_END}(?:,?\s+{_NAME})?"
)
_TITLED = rf"(?-i:(?P<title>{PERSON_TITLES}))\.?\s+{_NAME}"
_OBJECT = (
    rf"\b(?:{SHOW_VERBS}|{SCOPE_NOUN}\s+(?:(?:\w+\s+){{0,2}}?|(?:said|claimed|purported|supposed|believed)\s+to\s+be\s+)of"
    rf"|(?:in|at)\s+which|opens\s+with|begins\s+with)\s+"
    rf"(?:(?:what|who)\s+(?:appears?|appeared|seems?|is\s+said|are\s+said|they\s+say|it\s+says)\s+(?:to\s+be\s+)?)?"
    r"(?:purportedly\s+|allegedly\s+|apparently\s+)?(?:the\s+(?:\w+\s+)?(?:of|by)\s+)?"
)
_SHOWN = lazy_compile(_OBJECT + _PERSON, re.IGNORECASE)
_SHOWN_TITLED = lazy_compile(_OBJECT + _TITLED, re.IGNORECASE)
# a titled name wherever the sentence says the video shows it ("paramedics trying to save Mr Hale")
# (a personal title only: presidents and ministers are named in copy far more often than shown)
_TITLED_ANYWHERE = lazy_compile(rf"(?<![\w'’.-])(?-i:(?P<title>{PERSON_TITLES_PERSONAL}))\.?\s+{_NAME}")
# the subject of a clause in a sentence about the video: "In it, a sanitation worker mops the floor"
_CLAIMED_THAT = r"\b(?:claim(?:s|ed|ing)?|alleg(?:es|ed|ing))\s+(?:falsely\s+|wrongly\s+)?(?:that\s+)?"
_CLAUSE_START = (
    rf"(?:^\W*|[;:]\s+(?:however,?\s+|then,?\s+)?|,\s+|\b(?:and|as|while|when|then|before|after)\s+|{_CLAIMED_THAT}"
    r"|\b(?:in|on)\s+(?:it|the\s+(?:video|footage|clip|film|tape|background|foreground))\s*,?\s+)"
)
_REPORTING = r"said|says|told|tells|added|adds|stated|confirmed|noted|explained|wrote|reported|claimed|argued|declined"
# (any verb after "In it,": "In it, armed men tear down a flag")
_ACTS = (
    rf"(?P<verb>(?:{SEEN_VERBS})|(?:is|are|was|were)\s+(?:being\s+)?(?:\w+ly\s+)?\w+|[a-z]+(?:s|ed)\b|[a-z]{{2,}}\b)"
)
# (past what they wear or carry: "Men in army fatigues strike a man", "two soldiers with rifles walk")
_DRESS = r"(?:\s+(?:in|with|wearing|carrying|holding)\s+(?:[\w'’-]+\s+){0,2}?(?-i:[a-z])[\w'’-]+)?"
_SUBJECT = lazy_compile(rf"{_CLAUSE_START}{_PERSON}{_DRESS}(?:,[^,]{{1,60}},)?\s+{_ACTS}", re.IGNORECASE)
_SEEN_ONLY = lazy_compile(rf"(?:{SEEN_VERBS}|(?:is|are|was|were)\s+\w+)$", re.IGNORECASE)
_AFTERWARDS = lazy_compile(
    rf"^(?:,[^,]{{1,30}},)?\s*(?:had\s+(?!been\s+(?:seen|shown|filmed))\w+|(?:(?:who|that|which|whom|it|they|he"
    rf"|she|had|have|has|were|was|been|being)\s+)*(?:{OTHER_EVENT_VERBS}"
    rf"|{PEOPLE_EVENT_VERBS}))\b",
    re.I,
)
# any person noun phrase with a determiner or a number ("the masked fighter", "seven young Israeli women")
_MENTION = lazy_compile(
    rf"(?<![\w'’.-])(?:{_COUNT}\s+|(?P<det>{_DETERMINER})\s+)(?P<bare>{_ADJECTIVES})"
    rf"(?P<noun>{PERSON_NOUNS}){_NOUN_END}(?:,?\s+{_NAME})?",
    re.IGNORECASE,
)
_PARTITIVE = rf"\b(?:one|some|many|most|all|each|none|several|both|either|neither)\s+of\s+(?:(?:{_DETERMINER})\s+)?$"
# before a person who views, publishes or comments on the video ("seen by", "according to"), or who is
# named as what someone else is ("introducing their victims as students"), or credited for it; not one who shoots at
# someone as the video shows ("shows the officer being shot by a colleague")
_BEFORE_OUTSIDER = lazy_compile(
    rf"(?:\b(?:{RELEASE_VERBS}|{RECORD_VERBS}|{PEOPLE_MAKING_VERBS})(?<!\bbeing\sshot)(?:\s+(?:on|in|at)\s+\S+|\s+\w+ly"
    rf"|\s+online)?"
    rf"\s+by(?:\s+[^,;]{{1,40}}?\s+and)?|(?<!\bbeing\s)\b(?:{OTHER_EVENT_VERBS}|captured|seized)\s+by|\baccording\s+to"
    rf"|\btold"
    # viewers: "watched by tens of thousands of people"
    rf"|\b(?:watched|viewed|seen|liked|shared)\s+(?:more\s+than\s+|over\s+|nearly\s+)?\d*\s*(?:times\s+)?by"
    rf"(?:\s+(?:tens|hundreds)\s+of)?"
    rf"|\bfrom|\blike|\b(?:photo(?:graph)?s?|pictures?)\s+of|\bcredit(?:s|ed|ing)?"
    rf"|\b(?:{PEOPLE_KIN}|{PEOPLE_OUTSIDERS}|head|chief)"
    rf"\s+(?:of|for)(?:\s+the)?|\b(?:be|being|been|is|was|are|were)"
    rf"|\b(?:identif\w+|describ\w+|introduc\w+|nam\w+|known|pos\w+|disguised|dressed|seiz\w+|tak\w+|held)\b"
    rf"[^,;]{{0,30}}\bas)\s+$",
    re.IGNORECASE,
)
# (a person who "appeared" or "emerged" is seen in the video, not publishing it)
_PUBLISHES = (
    r"released|re-released|posted|re-posted|reposted|published|uploaded|re-uploaded|shared|re-shared|circulated"
    r"|broadcast|aired|distributed|issued|leaked|unveiled|put\s+out|made\s+public"
)
# after one: a publishing or filming verb ("a dad filmed", "city officials put the video out") or, after one who
# comments on the video, a reporting verb ("officials from both countries say")
_AFTER_OUTSIDER = lazy_compile(
    rf"(?:,[^,]{{1,60}},|\s+(?:from|of|in|at|for|with|on)\s+[^,;:]{{1,40}}?|\s+and\s+(?:(?:{_DETERMINER})\s+)?\w+)?"
    rf"\s+(?:(?:who|have|has|had|also|later|then|previously|first|there|here|themselves)\s+)*"
    rf"(?P<verb>{_REPORTING}|say|tell|insist|insisted|believe|believed|suspect|suspected|put|{_PUBLISHES}"
    rf"|comment(?:s|ed)?|respond(?:s|ed)?|mak(?:e|es|ing)\s+public|investigat\w+|review(?:s|ed|ing)?|examin(?:e|es|ed|ing)"
    rf"|look(?:s|ed|ing)?\s+into|launch(?:es|ed)?\s+an?\s+investigation"
    rf"|{RECORD_STRONG}|recorded|made|produced"
    rf"|(?:shot|took|captured)\s+(?:\w+\s+){{0,2}}?(?:{SCOPE_NOUN}))\b",
    re.IGNORECASE,
)
# where a clause about what the video shows begins: "shows", "video of", "opens with", "can be seen",
# "In it,"; it runs to the end of the clause (", but", "according to", a quotation after ";" or ":"), and on
# through a ";" or ":" that goes on describing ("opens with the captors lining up; one captor tells another ...")
_SHOWN_REGION = lazy_compile(
    rf"(?:\b(?<!\ba\s)(?<!\bthe\s)(?:{SHOW_VERBS})"
    rf"|\b{SCOPE_NOUN}\s+(?:(?!(?:is|was|are|were|has|had|be)\b)[\w,-]+\s+){{0,4}}?of"
    rf"|\b(?:opens|begins|ends|starts)\s+with|\b(?:in|at)\s+which|\b(?:can|could)\s+(?:also\s+)?be\s+(?:seen|heard)"
    rf"|\b(?:is|are|was|were)\s+(?:also\s+)?(?:seen|shown|heard|visible)"
    rf"|\b(?:in|on)\s+(?:it|the\s+(?:\w+\s+){{0,2}}?{SCOPE_NOUN}|one\s+(?:clip|video|scene))\s*,"
    # "In footage posted on YouTube, ...", "In a video released on Tuesday, ...": the video named with its release
    rf"|\b(?:in|on)\s+(?:(?:the|a|an|new|this|that)\s+)?(?:[\w-]+\s+){{0,2}}?{SCOPE_NOUN}\s+(?:posted|released|shared"
    rf"|uploaded|obtained|filmed|shot|published|broadcast|aired|taken)\b[^,;:.]{{0,60}},"
    rf"|\b(?:during|throughout)\s+the\s+(?:[\w-]+\s+){{0,2}}?{SCOPE_NOUN}\s*,|\bin\s+the\s+(?:background|foreground)"
    rf"|\b(?:at|towards?|near|by)\s+the\s+(?:very\s+)?(?:end|start|beginning|close)\s+of\s+the\s+(?:[\w-]+\s+)?{SCOPE_NOUN}"
    rf"\s*,?"
    # "As the video ends, ...", "Later in the clip, ...", "Midway through the footage, ..."
    rf"|\b(?:as|when)\s+the\s+(?:[\w-]+\s+)?{SCOPE_NOUN}\s+(?:ends|begins|starts|opens|closes|continues|progresses)\s*,"
    rf"|\b(?:later|earlier|elsewhere|midway|halfway|partway)\s+(?:on\s+)?(?:in|through|into)\s+the\s+(?:[\w-]+\s+)?"
    rf"{SCOPE_NOUN}\s*,"
    rf"|\b(?:seconds?|minutes?)\s+into\s+(?:it|the\s+(?:[\w-]+\s+)?{SCOPE_NOUN})\s*,|\bat\s+the\s+[\d:.]+\s+mark\s*,)\s",
    re.IGNORECASE,
)
# a subject the video is said to show after it: "a man in a red shirt can be seen", "a captor is heard"
_SEEN_AFTER = lazy_compile(
    r"[^;:.]{0,60}?\s(?:(?:can|could)\s+(?:also\s+)?be\s+(?:seen|heard)|(?:is|are|was|were)\s+(?:also\s+)?"
    r"(?:seen|shown|heard|visible|pictured)|seen|appears?|appeared)\b",
    re.IGNORECASE,
)
# (every opener, overlapping ones too: "video shows dozens of" opens at "shows" as well)
_SHOWN_REGION_AT = lazy_compile(f"(?=(?P<opener>{_SHOWN_REGION.pattern}))", re.IGNORECASE)
_REGION_END = lazy_compile(
    r",\s+but\b|,\s+(?:according|said|says)\b"
    # a ";" or ":" before a quotation, a contrast, the video itself, or the article's own narration in the past
    # tense or with an attribution ("; two residents drowned there, police said", ": firefighters arrived later")
    r"|[;:]\s*(?:[“\"]|(?:but|however|the\s+(?:video|clip|footage))\b|(?=[^;:]*?(?:\b(?:said|says|told|according"
    r"|reported|was|were|had|did)\b|\b\w+ed\s+(?:an?|the|to|at|in|on|up|out|off|down|there|after|before|later)\b)))",
    re.IGNORECASE,
)
_IN_IT = lazy_compile(r"\b(?:in|on)\s+(?:it|the\s+(?:\w+\s+)?(?:video|footage|clip|film|tape))\s*,\s*$", re.IGNORECASE)
_REPORTS = lazy_compile(rf"{_REPORTING}|say|tell|insist|insisted|believe|believed|suspect|suspected", re.IGNORECASE)
# a number of people an event killed or hurt: "killing at least 80 passengers", "a gunman massacred 19 students"
_CASUALTIES = lazy_compile(rf"\b(?:{PEOPLE_CASUALTY_VERBS})\s+(?:[^,;]{{1,40}}\s+and\s+)?$", re.IGNORECASE)
# a part of a toll just told: "killed a dozen people, among them two Reuters staff"
# (in the toll's own clause: not "the blast that killed five, shows survivors, including two children"; a verb, not
# "shows the wounded, including three children")
_AMONG_THE_DEAD = lazy_compile(
    rf"(?<!\bthe\s)\b(?:{PEOPLE_CASUALTY_VERBS}|died|dead)(?:\s+[\w'’-]+){{0,4}},\s+(?:among\s+them|including)\s+$",
    re.IGNORECASE,
)
_KILLS = lazy_compile(
    rf"^\s+(?:\w+ly\s+)?(?:{PEOPLE_CASUALTY_VERBS})\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d|{_COUNT_WORD})\b",
    re.IGNORECASE,
)
# a toll after the count: "in which 40 people died", "12 civilians were killed" ("shows 12 men killed in the strike"
# may be what it shows)
_DIED = lazy_compile(
    # (past what they are of or where they were: "10 members of a family were killed", "three crew members on board")
    r"^(?:\s+of\s+(?:a|an|the|his|her|their)\s+[\w'’-]+|\s+on\s+board|\s+aboard)?"
    r"\s+(?:\w+ly\s+)?(?:(?:were|are|was|is|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|dead|injured|wounded|hurt|missing|hospitali[sz]ed)|died|drowned|perished)\b",
    re.IGNORECASE,
)
# a killing the video shows as it happens: "shows Russian soldiers executing four prisoners", "purporting to show
# rebels killing 11 prisoners" (a show verb, then people doing it; not "shows a car bomb killing 11 people")
_ACT_SHOWN = lazy_compile(
    rf"\b(?:{SHOW_VERBS})\b[^.;,]{{0,80}}?\b(?:{PERSON_NOUNS})\s+(?:\w+ly\s+)?(?:killing|executing|shooting|massacring"
    rf"|beheading|threatening\s+to\s+kill)\s+(?:[^,;]{{1,40}}\s+and\s+)?$",
    re.IGNORECASE,
)
_SHOWN_BEFORE = lazy_compile(rf"\b(?:{SHOW_VERBS})\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_POSSESSIVE = ("his", "her", "their", "its")
_OUTSIDE_NOUNS = r"bod(?:y|ies)|corpses?|families"
_NUMBER_WORDS = {"a": 1, "an": 1, **{w: v for w, v in UNIT_WORDS.items() if 1 <= v <= 12}}
_BOUND = lazy_compile(rf"({_AT_MOST}|{_AT_LEAST}|{_APPROXIMATE}|{_DETERMINER}|only|just) ")
_PLURAL = lazy_compile(r"(?:men|people|children|police|crew|staff|s)$", re.IGNORECASE)


def _count(match: re.Match[str]) -> float | Range | None:
    groups = match.groupdict()
    count = programs.sub(r"\s+", " ", (groups.get("count") or "").lower())
    words = (
        programs.sub(rf" (?:other|of(?: (?:{_DETERMINER})(?: \w+)?| \w+)?)$", "", count).replace(" other", "").strip()
    )
    words = programs.sub(r"^a (?:large|huge|small) ", "a ", words)
    bound = _BOUND.match(words)
    words = words[bound.end() :] if bound else words
    if bound and bound.group(1) == "over" and _OVER_VERB_BEFORE.search(match.string, 0, match.start("count")):
        bound = None  # "pulling over two suspects": two
    noun = match.group("noun").lower()
    plural = bool(_PLURAL.search(noun)) and noun not in ("bus",)
    if count and programs.search(r"\bhow\s+$", match.string[max(0, match.start("count") - 6) : match.start("count")]):
        return None  # "how many people were in the car": a question, no count
    if noun == "couple" and programs.match(r"\s+of\b", match.string[match.end("noun") :]):
        return None  # "a couple of weeks"
    if noun == "family":
        size = _family_size(match.string[match.end("noun") :])
        if size == 0:
            return None  # "a crime family boss", "the family home"
        if size is not None:
            return float(size)  # "a family of five"
    if words in PEOPLE_QUANTITIES:
        return _bounded(PEOPLE_QUANTITIES[words], bound and bound.group(1), exact=False)
    span = programs.fullmatch(r"between (\d+) and (\d+)|(\w+) (?:or|to) (\w+)|(\d+)[-–](\d+)", words)
    if span is not None:
        ends = [g for g in span.groups() if g is not None]
        values = [int(w) if w.isdigit() else _NUMBER_WORDS.get(w) for w in ends]
        if None in values or not plural:
            return None
        low, high = sorted(v for v in values if v is not None)
        return _bounded_range(low, high, bound and bound.group(1)) if low < high else None
    if not words:  # a bare noun: one named person, or at least two of a plural; "the man": one
        if noun in PEOPLE_GROUPS:
            return Range(min=float(PEOPLE_GROUPS[noun]), max=None)  # "the crowd": at least ten
        if groups.get("name") or (groups.get("det") and not plural):
            return 1.0
        return Range(min=2.0, max=None) if plural else None
    value = int(words) if words.isdigit() else _NUMBER_WORDS.get(words)
    if value == 1 and noun in PEOPLE_GROUPS and " of" not in count:
        return Range(min=float(PEOPLE_GROUPS[noun]), max=None)  # "a hostile crowd", "a camera crew"
    if value is None or value > 500 or (value > 1 and not plural) or (value == 1 and plural and " of" not in count):
        return None
    single = "family" if noun == "families" else noun[:-1] if noun.endswith("s") else noun
    if value > 1 and single in PEOPLE_GROUPS and " of" not in count:
        # "two large mobs": at least twice a mob's ten, not two people ("two couples": four)
        members = float(value * PEOPLE_GROUPS[single])
        return members if single == "couple" and not bound else Range(min=members, max=None)
    return _bounded(value, bound and bound.group(1), exact=True)


def _bounded_range(low: int, high: int, bound: str | None) -> Range:
    """A range with the word before it, its ends bounded as one number would be: "more than two or three men" at
    least three, "up to five or six" at most six, "about 10 to 12" a little wider; "the two or three men" the range."""
    lower, upper = _bounded(low, bound, exact=True), _bounded(high, bound, exact=True)
    if isinstance(lower, float) or isinstance(upper, float):
        return Range(min=float(low), max=float(high))
    return Range(min=lower.min, max=upper.max)


def _family_size(after: str) -> int | None:
    """What the words after "family" say of it: 0 when they make it a modifier ("a crime family boss"), its members
    when they count them ("a family of five", not "of 5 million"), else None."""
    if programs.match(rf"\s+(?:{FAMILY_COMPOUNDS})\b", after, re.I):
        return 0
    size = programs.match(rf"\s+of\s+({_COUNT_WORD})\b(?!\s+(?:million|thousand|hundred|billion)\b)", after)
    if size is None:
        return None
    members = int(size.group(1)) if size.group(1).isdigit() else _NUMBER_WORDS.get(size.group(1).lower())
    return members if members and members > 1 else None


def _bounded(value: int, bound: str | None, exact: bool) -> float | Range:
    """A number with the word before it: "more than 20" at least 21, "up to 20" at most 20, "about 24" 20 to 30,
    "dozens" at least 24."""
    if bound and programs.fullmatch(_AT_MOST, bound):  # "up to 12": at most 12; "fewer than 10": at most 9
        return Range(min=None, max=float(value - (1 if bound.startswith(("fewer", "less")) else 0)))
    if bound and programs.fullmatch(_AT_LEAST, bound):  # "at least 5", "no fewer than 5": 5; "more than 5": 6
        return Range(min=float(value + (0 if bound.startswith(("at", "no", "not")) else 1)), max=None)
    if bound and programs.fullmatch(_APPROXIMATE, bound):
        return Range(min=float(round(value / 1.2)), max=float(round(value * 1.25)))
    return float(value) if exact else Range(min=float(value), max=None)


def _a_toll(match: re.Match[str], text: str) -> bool:
    """A counted group that died or was hurt: "the attack, in which 40 people died" is a toll, not people it shows."""
    return bool(match.groupdict().get("count")) and _DIED.match(text[match.end() :]) is not None


def _other_event(match: re.Match[str], context: Context, noun_start: int) -> bool:
    text = context.sentence.text
    if programs.search(r"\b(?:one|some|many|most|all|each|none|several)\s+of\s+(?:the\s+)?$", text[:noun_start][-25:]):
        return True  # "one of the 59 hostages": a part of another group
    if _a_toll(match, text):
        return True
    if match.re == _SHOWN and programs.match(r"\s+\w+ed\b", text[match.end() :]):
        return False  # "shows students kidnapped from a college": what it shows, described
    return bool(_AFTERWARDS.search(text[match.end() :][:40]))  # "276 schoolgirls it kidnapped"


# the last word of a name that makes it a site's ("General Hospital", "President Square")
# (not a word that is also a surname: "Mr Park", "Senator Church", "Dr House")
_A_SITE = lazy_compile(
    r"(?:^|\s)(?i:hospital|square|street|road|avenue|boulevard|airport|stadium|university|school|college|mosque"
    r"|cathedral|clinic|prison|hotel|mall|station)$"
)


def _person(match: re.Match[str], context: Context) -> Hit | None:
    if _other_event(match, context, match.start("noun")):
        return None
    if match.group("name") and _A_SITE.search(match.group("name")):
        return None  # "President Square": a place named after a title
    if _voice_of_someone(match, context.sentence.text, match.end()):
        return None
    if _ANOTHER_SHOWS.search(context.sentence.text, max(0, match.start() - 60), match.start("noun")):
        return None  # "a second one obtained by CNN showing a woman": another video's people
    value = _count(match)
    if value is None:
        return None
    start = next(match.start(g) for g in ("count", "det", "bare", "noun") if match.group(g))
    fields: dict = {"value": value}
    if match.group("name"):
        fields["names"] = [match.group("name")]
    end = match.end("name") if match.group("name") else match.end("noun")
    return Hit(start, end, fields)


def _outsider(match: re.Match[str], context: Context, start: int) -> bool:
    """Who publishes, films, views or comments on the video rather than appears in it, a relative or a
    casualty named beside the people it shows ("his family", "killing at least 80 passengers")."""
    text, noun, groups = context.sentence.text, match.group("noun"), match.groupdict()
    if _BEFORE_OUTSIDER.search(text[:start][-60:]) or programs.fullmatch(_OUTSIDE_NOUNS, noun, re.IGNORECASE):
        return True  # "seen by Associated Press journalists", "according to officials", "claiming to be a commander"
    kin = programs.fullmatch(PEOPLE_KIN, noun, re.IGNORECASE)
    between = text[start : match.start("noun")]
    possessed = (groups.get("det") or "").lower() in _POSSESSIVE or programs.search(r"['’]s?\s+$", between)
    if kin and (possessed or programs.match(r"\s+of\b", text[match.end() :])):
        return True  # "grieving for his sisters", "the boy's mother", "the mother of a student"
    numbers = r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds)\b"
    counted = programs.search(numbers, groups.get("count") or "")
    casualty = counted and (_CASUALTIES.search(text[:start][-60:]) or _AMONG_THE_DEAD.search(text[:start][-120:]))
    if casualty and not _ACT_SHOWN.search(text[:start][-120:]):
        return True  # "killing at least 80 passengers" (not "shows soldiers executing four prisoners": the act shown)
    if _KILLS.match(text[match.end() :]):
        return True
    if _a_toll(match, text):
        return True
    after = _AFTER_OUTSIDER.match(text[match.end() :][:90])
    if not after:
        return False
    if _REPORTS.fullmatch(after.group("verb")):  # "a commander says" speaks in it; "they say they killed" of it
        if _IN_IT.search(text[:start]):
            return False  # "In it, a distraught teenager says he was taken"
        clause = programs.match(r"\s+(?:that|they|it|he|she|we)\b", text[match.end() + after.end() :])
        return bool(clause or programs.fullmatch(PEOPLE_OUTSIDERS, noun, re.IGNORECASE))
    return True


def _organisation(match: re.Match[str], text: str, start: int) -> bool:
    """A capitalised person noun inside a name ("Staffordshire Police", "the People's Defense Units")."""
    noun_start = match.start("noun")
    if not match.group("noun")[0].isupper() or not text[:start].strip(" \"“'‘(—-"):
        return False
    return start == noun_start or bool(programs.search(r"(?-i:[A-Z])[\w'’.-]*\s+$", text[:noun_start]))


@lru_cache(maxsize=64)
def _opener_ends(text: str) -> tuple[int, ...]:
    """Where each clause about what the video shows begins in a sentence (read once per sentence)."""
    return tuple(sorted({found.end("opener") for found in _SHOWN_REGION_AT.finditer(text)}))


def _last_opener(text: str, start: int) -> int | None:
    """The end of the last opener of a clause about what the video shows before `start`, if any."""
    ends = [end for end in _opener_ends(text) if end <= start]
    return ends[-1] if ends else None


def _region_ended(text: str, opened: int, start: int) -> bool:
    """Whether the clause about what the video shows, opened at `opened`, ended before `start` (what ends it
    may look past `start`: "; two residents drowned there, police said")."""
    ended = _REGION_END.search(text, opened)
    return ended is not None and ended.start() < start


# another video as the subject of what shows the people ("a second one obtained by CNN showing a woman", "Separate
# footage of the masked man"): read up to the people, no comma between (not "The video, which is longer than previous
# clips, shows six men", "Unlike a previous video, this one shows"; not "the group's second video": this one, the
# second of a series; not "Another scene shows": a part of this one)
_ANOTHER_SHOWS = lazy_compile(
    rf"(?<![\w-])(?:{ANOTHER_WORDS}|other|a\s+(?:second|third))\s+(?:[\w'’-]+\s+){{0,2}}?"
    # (an aside between, set off by two commas: "A second video, filmed from a rooftop, shows two soldiers")
    r"(?:videos?|clips?|footage|recordings?|films?|tapes?|one)\b(?:,[^,;:.]{1,60},)?(?!,)[^,;:.]{0,50}$",
    re.IGNORECASE,
)


def _in_shown_region(context: Context, start: int, end: int) -> bool:
    """Whether a phrase stands in a clause about what the video shows (after "shows", "a video of", "In it,"),
    is said to be seen in it ("a captor is heard"), or stands in a sentence that continues one naming the video."""
    text = context.sentence.text
    if not context.sentence.names_video or _SEEN_AFTER.match(text, end):
        return True
    last = _last_opener(text, start)
    if last is None or _region_ended(text, last, start):
        return False
    # a region that shows another video: "a second one obtained by CNN showing a woman", "Separate footage of a man"
    return not _ANOTHER_SHOWS.search(text, max(0, last - 60), start)


# what someone in the video says, urges or asks, up to the clause's end: the people it names are spoken of, not
# shown ("One says the kidnappers want money", "urges the mayor to negotiate with the gunmen")
_SPOKEN_OF = lazy_compile(
    r"\b(?:says|said|urges|urged|asks|asked|pleads|pleaded|begs|begged|appeals|appealed|calls\s+on|called\s+on"
    r"|demands?|demanded|demanding)\b(?:(?!\b(?:while|as|then|and\s+then|before|after|whereupon)\b)[^;:,])*$",
    re.IGNORECASE,
)


def _spoken_of(context: Context, start: int) -> bool:
    """Whether a phrase stands in what someone says or asks, after the clause about the video began."""
    text = context.sentence.text
    last = _last_opener(text, start)
    spoken = _SPOKEN_OF.search(text, last or 0, start)
    if spoken is None:
        return False
    return not programs.search(r"[”\"’'],?\s*$", text[: spoken.start()])  # not '"...," asks the man'


def _of_a_later_event(text: str, start: int, end: int) -> bool:
    """Whether what follows the people at `start`-`end` puts them in another event ("soldiers killed last
    month"), unless the video is said to show them in it ("shows students kidnapped from a college"; the
    moment of an arrest is for the caller to say)."""
    if not _AFTERWARDS.search(text[end:][:40]):
        return False
    return not (_SHOWN_BEFORE.search(text[:start][-40:]) and programs.match(r"\s+\w+ed\b", text[end:]))


# the people a phrase itself puts in the video: "the man in the video", "The voice in the clip", "the person in the
# phone video", "A mob is seen in the video", "The sailor says on the video"
_IN_THE_VIDEO = lazy_compile(
    r"\s+(?:(?:is|was|are|were|can\s+be|could\s+be)\s+(?:\w+ly\s+)?(?:seen|shown|heard|visible|pictured)\s+"
    r"|(?:seen|shown|heard|visible|pictured|says|said|speaks|spoke|appears|appeared)\s+)?(?:in|on)\s+(?:the|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:video|clip|footage|recording|film|tape|videotape)s?\b"
    r"(?![\s-]+(?:calls?|conferenc\w*|games?|chats?|links?|platforms?|sharing|meetings?))",
    re.IGNORECASE,
)


_MANNER = lazy_compile(r"\b(?:in|with)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_VOICE_OF = lazy_compile(r",?\s+(?:\w+ly\s+)?(?:that|those)\s+of\b", re.IGNORECASE)


def _voice_of_someone(match: re.Match[str], text: str, end: int) -> bool:
    """A voice that is someone's counted by name or noun: "her voice", "a voice, supposedly that of hostage X"."""
    if not match.group("noun").lower().startswith("voice"):
        return False
    if _MANNER.search(text, 0, match.start("noun")):
        return True  # "speaking in a calm voice": how someone speaks
    return (match.groupdict().get("det") or "").lower() in _POSSESSIVE or _VOICE_OF.match(text, end) is not None


def _mention(match: re.Match[str], context: Context) -> Hit | None:
    """Any person noun phrase in a sentence about the video, unless it publishes, films or comments on it,
    belongs to another event, is someone's relative, or is part of a name."""
    groups, text = match.groupdict(), context.sentence.text
    start = match.start("count") if groups.get("count") else match.start("det")
    end = match.end("name") if groups.get("name") else match.end("noun")
    placed = _IN_THE_VIDEO.match(text, end) is not None  # "the man in the video", "A mob is seen in the video"
    if not placed and not _in_shown_region(context, start, end):
        return None
    if _organisation(match, text, start) or (not placed and _outsider(match, context, start)):
        return None
    if match.group("noun").lower() == "forces" and (groups.get("det") or "").lower() not in _POSSESSIVE[:3]:
        return None  # "rallying his forces" are people; "Russian forces", "its forces" an army
    if _voice_of_someone(match, text, end):
        return None
    later = _of_a_later_event(text, start, end) and not _THE_MOMENT.search(text[:start][-60:])
    if later or (not placed and _spoken_of(context, start)):
        return None
    part = programs.search(_PARTITIVE, text[:start][-25:])
    if part is not None:  # "some of the marchers in the clip": at least two of them; "one of the ..." no claim
        least = PEOPLE_PART_OF.get(part.group(0).split()[0].lower())
        if least is None or not _PLURAL.search(match.group("noun")):
            return None
        return Hit(start - len(part.group(0)), end, {"value": Range(min=least, max=None)})
    if programs.match(r"['’]", text[match.end("noun") :]) or programs.search(r"\d\s+$", text[:start][-3:]):
        return None  # "a child's bedroom", "over 2,000 guards"
    value = _count(match)
    apposed = programs.search(r"(?-i:[A-Z])[\w'’-]+,\s+$", text[:start]) and programs.match(
        r"[^,;.]{0,50},", text[end:]
    )
    if value == 1.0 and apposed:
        return None  # "Karim Zayed, the spokesman for ...": the name is the claim
    if value is None or (groups.get("name") and programs.search(r"['’]s?$", groups["name"])):
        return None
    fields: dict = {"value": value, **({"names": [groups["name"]]} if groups.get("name") else {})}
    return Hit(start, end, fields)


# a bare plural anywhere in a clause about what the video shows ("In it, a worker mops the floor as passengers
# relax", "a video of trains packed with people", "police throwing smoke at protesters")
# (the noun first, its adjectives read backwards: a pattern that tries adjectives at every word is slow)
_BARE_PLURAL = lazy_compile(rf"(?<![\w'’.-])(?P<noun>{PERSON_NOUNS}){_NOUN_END}", re.IGNORECASE)
# (words shaped like modifiers only, "armed", "sub-Saharan", "Ukrainian", "young": before a bare noun any word
# could be a verb, "residents say soldiers", "to move migrants")
_MODIFIER = (
    r"(?-i:[A-Z])[\w'’-]*|[\w]+-[\w-]+|\w+(?:ed|ing|al|ian|ese|ish|ic|ive|ous|ful|less|ern|ary|ile|ly)"
    r"|young|old|armed|riot|dead|other|elderly|male|female|black|white|masked|unarmed|fellow|teenage|large|huge|small|big"
)
_ADJECTIVES_BEFORE = lazy_compile(
    rf"(?<![\w'’.-])(?:(?!(?:{_NOT_ADJECTIVE}|{PERSON_NOUNS})\b)(?:{_MODIFIER})\s+){{1,3}}$", re.IGNORECASE
)
# what may not stand right before one: a determiner, a number or a quantity word (the other rows read those), a
# possessive, or a capitalised word that makes it part of a name ("Staffordshire Police", "Trump supporters")
_NOT_BARE = lazy_compile(
    rf"(?:\b(?:{_DETERMINER}|{_COUNT_WORD}|{_QUANTITY}|{_APPROXIMATE}|{_AT_LEAST}|other|many|few|all|some|most"
    rf"|no|any|each|every|both|whose|which|what|than|this|that|(?:{_COUNT_WORD}|{_QUANTITY}|many|few|all|some|most"
    rf"|none|each|both|either|neither|several|number|lots?|couple|thousands|millions)\s+of)|lakhs?|crores?|['’]s?|\d)\s+$",
    re.IGNORECASE,
)

_THE_MOMENT = lazy_compile(rf"\b(?:{SHOW_VERBS})\s+(?:\w+ly\s+)?the\s+(?:very\s+)?moments?\s+(?:when\s+)?$", re.I)
_DEMONYM_WORD = lazy_compile(rf"(?:[a-z]+-)?(?:{DEMONYM})")
_NOT_BARE_NOUNS = frozenset({"forces", "families", "bodies", "members", "officials"})
_CLAIMS_OF = lazy_compile(
    r"\b(?:(?:he|she|they|who)\s+(?:claims?|claimed|says?|said|believes?|believed)"
    r"|\w+\s+(?:say|said|claim|claimed|allege|alleged|believe|believed))\b",
    re.IGNORECASE,
)  # (what "he claims" or "residents say" happened is not what is seen)


def _bare_plural(match: re.Match[str], context: Context) -> Hit | None:
    """A plural person noun with no determiner, in a clause about what the video shows, unless it publishes,
    films or comments on it, or belongs to another event."""
    text, end, noun = context.sentence.text, match.end(), match.group("noun")
    if noun.lower() in _NOT_BARE_NOUNS or not _PLURAL.search(noun):
        return None
    last = _last_opener(text, match.start())  # (the cheap tests first: most person nouns stop here)
    opened = last is not None and not _region_ended(text, last, match.start())
    if not opened and not _SEEN_AFTER.match(text, end):
        return None
    adjectives = _ADJECTIVES_BEFORE.search(text, max(0, match.start() - 60), match.start())
    start = adjectives.start() if adjectives else match.start()
    if _NOT_BARE.search(text[:start][-30:]) or programs.match(r"['’]", text[end:]):
        return None
    capitalised = [w for w in text[start:end].split() if w[0].isupper() and not _DEMONYM_WORD.fullmatch(w)]
    if capitalised and text[:start].strip(" \"“'‘(—-"):
        return None  # "Staffordshire Police", "Syrian Democratic Forces": part of a name ("Ukrainian troops" is not)
    if programs.search(r"\b(?:after|since|before|until|video|footage|film|clip)\s+$", text[:start][-20:], re.I):
        return None  # "weeks after gunmen entered the school": another event; "a film crew" made it
    if last is not None and opened and _CLAIMS_OF.search(text, last, start):
        return None  # "displays cards he claims belonged to soldiers": what someone says, not what is seen
    if (
        _outsider(match, context, start)
        or programs.search(_PARTITIVE, text[:start][-25:])
        or _spoken_of(context, start)
    ):
        return None
    if _of_a_later_event(text, start, end):
        return None  # "belongings of soldiers killed last month"
    least = PEOPLE_GROUPS.get(noun.lower(), 2)  # "large crowds": at least twenty
    return Hit(start, end, {"value": Range(min=float(least), max=None)})


# an armed group or an army as what the video shows doing something ("shows the Taliban storming a palace", "a
# video of the Ruritanian Army dragging a man", "shows Ruritania's Houthis preparing an attack"): its fighters
# are in it; named elsewhere ("Russian forces shelled the town") an army is not counted
_ARMY = r"army|military|armed\s+forces|forces|navy|militias?|troops|paramilitar(?:y|ies)"
_GROUP_DOING = lazy_compile(
    rf"(?<![\w'’.-])(?P<group>(?:the\s+)?(?-i:[A-Z][\w-]*['’]s\s+)?(?:(?-i:{ORGANISATIONS})"
    rf"|(?-i:[A-Z])[\w'’-]*\s+(?:and\s+(?-i:[A-Z])[\w'’-]*\s+|(?-i:[A-Z])[\w'’-]*\s+)?(?:{_ARMY})))"
    rf"(?P<doing>\s+(?:\w+ly\s+)?(?-i:[a-z]+ing)\b)?",
    re.IGNORECASE,
)
# ... or as who takes part in the event it shows: "shows a battle between Ruritanian and Zendan forces", "a video of
# a raid by Ruritanian armed forces"
_EVENT_BY_BEFORE = lazy_compile(
    rf"\b(?:{SHOW_VERBS}|{SCOPE_NOUN}\s+(?:(?!(?:is|was|are|were|has|had|be)\b)[\w,-]+\s+){{0,4}}?of)\s+"
    r"(?:(?:an?|the)\s+)?(?!(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|strikes?|bombings?|bombardments?|shelling|missiles?"
    r"|rockets?|drones?|artillery)\b)(?:[\w-]+\s+){1,3}?(?:between|by)\s+$",
    re.IGNORECASE,
)  # (not the remote attacks of an army: "airstrikes by", "shelling by" show no one of it)
_GROUP_SHOWN_BEFORE = lazy_compile(
    rf"\b(?:{SHOW_VERBS}|{SCOPE_NOUN}\s+(?:(?!(?:is|was|are|were|has|had|be)\b)[\w,-]+\s+){{0,4}}?of)\s+"
    r"(?:purportedly\s+|allegedly\s+|apparently\s+|what\s+appears\s+to\s+be\s+)?$",
    re.IGNORECASE,
)
_NOT_GROUPS = ("amaq", "al-furqan", "is")


def _group_doing(match: re.Match[str], context: Context) -> Hit | None:
    """An armed group or army the video shows doing something: at least two of its people."""
    text, start = context.sentence.text, match.start("group")
    before = text[:start][-80:]
    if not (_GROUP_SHOWN_BEFORE.search(before) if match.group("doing") else _EVENT_BY_BEFORE.search(before)):
        return None
    last = programs.split(r"\s+", match.group("group"))[-1].lower()
    if last in _NOT_GROUPS:
        return None  # an outlet or a word ("IS") the group table shares with other words
    return Hit(start, match.end("group"), {"value": Range(min=2.0, max=None)})


_NAMED_BEFORE = lazy_compile(rf"\b{SCOPE_NOUN}\b", re.IGNORECASE)
_NOT_IN_IT = lazy_compile(
    rf"(?:{_PUBLISHES}|{RECORD_STRONG}|{RELEASE_VERBS}|recorded|made|produced|watched|viewed|saw|see|sees|found|finds"
    rf"|noticed|spotted|verified|confirmed|identified|have|has|had|will|would|could|can|may|might|must|should)",
    re.IGNORECASE,
)


def _refers_back(match: re.Match[str], context: Context) -> bool:
    """A definite subject in a clause after the one naming the video, doing something in the present tense:
    one of the people in it ("The clip is undated; however, the man refers to a holiday", "In three videos
    posted that year, these two men show themselves")."""
    det, verb = (match.group("det") or match.group("count") or "").lower().split(" ")[0], match.group("verb")
    plural = bool(_PLURAL.search(match.group("noun")))
    present = (
        programs.fullmatch(r"[a-z]+s", verb) if not plural else programs.fullmatch(r"[a-z]+(?<!ed)(?<!en)(?<!wn)", verb)
    )
    if det not in ("the", "these", "those") or not present or programs.fullmatch(_REPORTS.pattern, verb, re.I):
        return False
    if _NOT_IN_IT.fullmatch(verb) or not _NAMED_BEFORE.search(context.sentence.text, 0, match.start()):
        return False
    return not programs.search(r"\b(?:was|were|had|said|says)\s*$", context.sentence.text[: match.start()])


# words after a plural subject that are no verb of it ("bystanders on the overpass", "protesters who were ...")
_NOT_A_VERB = lazy_compile(
    r"and|or|are|were|was|who|whom|whose|that|which|with|from|into|onto|near|for|the|have|had|not|also|then|still"
    r"|only|just|both|each|all|outside|inside|around|behind|across|along|under|over|through|after|before|during"
    r"|while|when|where|there|here|than|like|including|alike",
    re.IGNORECASE,
)
_REPORTED_HERE = lazy_compile(rf"\b(?:{_REPORTING}|according\s+to)\b", re.IGNORECASE)


def _narrated(match: re.Match[str], context: Context) -> bool:
    """A subject doing something in the present tense in a sentence that goes on describing the footage without
    naming it, as a description of what is seen does ("The man falls, groaning, as bystanders wail", "Other
    protesters object to the detention"), unless the sentence reports someone's words."""
    sentence, verb = context.sentence, match.group("verb")
    if sentence.names_video or not sentence.in_scope:
        return False
    if programs.match(r"\W*(?:before|after|until|when|once)\b", match.group(0), re.IGNORECASE):
        return False  # "a day before lawmakers debate the bill": another time than what is seen
    if _PLURAL.search(match.group("noun")):
        bare = programs.fullmatch(r"[a-z]{3,}(?<!ed)(?<!en)(?<!wn)(?<!ing)", verb)
        present = bare is not None and not _NOT_A_VERB.fullmatch(verb)
    else:
        present = programs.fullmatch(r"[a-z]+[^s\W]s", verb) is not None
    if not present or _NOT_IN_IT.fullmatch(verb) or _REPORTS.fullmatch(verb):
        return False
    return not _REPORTED_HERE.search(sentence.text)


# the words a video was posted with, quoted: the first person they name is one the video is said to show
# ("captioned “Look, a Ruritanian brother beaten in Zenda”", "with the caption: \"Governor Mbeki visits ...\"",
# "The caption reads, \"Ruritanian army are shelling ...\"")
_CAPTION_QUOTE = lazy_compile(
    r"\b(?:captioned|captions?(?:\s+(?:it\s+)?(?:[\w'’]+\s+){0,6}?(?:reads?|read|says|said|saying|stating|claiming))?)"
    r"\s*[:,]?\s*[“\"](?P<quote>[^”\"]{1,300})",
    re.IGNORECASE,
)
_CAPTION_TITLED = lazy_compile(rf"(?<![\w'’.-])(?-i:(?P<title>{PERSON_TITLES}))\.?\s+{_NAME}")
_CAPTION_ARMY = lazy_compile(rf"(?<![\w'’.-])(?-i:[A-Z][\w-]*)\s+(?:{_ARMY})(?![\w-])", re.IGNORECASE)


def _caption(match: re.Match[str], context: Context) -> Hit | None:
    """The first person phrase in a quoted caption: a titled name, a counted or determined person noun, an
    army named by its country, or a bare plural."""
    offset, quote = match.start("quote"), match.group("quote")
    found: list[tuple[int, int, Fields]] = []
    titled = _CAPTION_TITLED.search(quote)
    if titled and _is_name(titled.group("name")):
        name = programs.sub(r"['’]s?$", "", titled.group("name"))
        found.append((titled.start(), titled.start("name") + len(name), {"value": 1.0, "names": [name]}))
    person = _MENTION.search(quote)
    if person and (value := _count(person)) is not None:
        first = next(person.start(g) for g in ("count", "det") if person.group(g))
        found.append((first, person.end("noun"), {"value": value}))
    army = _CAPTION_ARMY.search(quote)
    if army:
        found.append((army.start(), army.end(), {"value": Range(min=2.0, max=None)}))
    bare = _BARE_PLURAL.search(quote)
    if bare and _PLURAL.search(bare.group("noun")) and not _NOT_BARE.search(quote[: bare.start()][-30:]):
        found.append((bare.start(), bare.end(), {"value": Range(min=2.0, max=None)}))
    if not found:
        return None
    start, end, fields = min(found, key=lambda item: (item[0], -item[1]))
    return Hit(offset + start, offset + end, fields)


# an opening "In a video ...," that names the video and what followed it ("In a video that the border service released
# on Tuesday, Ukrainian soldiers burn a flag"): the clause after it tells what the video shows, as after "In it,"
_VIDEO_OPENER = lazy_compile(
    rf"^\W*(?:in|on)\s+(?:a|an|the|this|that|one)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{SCOPE_NOUN})\s+(?:that|which"
    rf"|{RELEASE_VERBS})\b[^;:.“”\",]{{0,100}}$",
    re.IGNORECASE,
)


def _subject(match: re.Match[str], context: Context) -> Hit | None:
    """The subject of a clause: with any verb after "In it," or in a sentence continuing one about the video;
    where the sentence itself names the video, only with a verb of being seen (its other subjects publish it)."""
    verb = match.group("verb")
    if programs.search(rf"\b(?:{OTHER_EVENT_VERBS}|{PEOPLE_EVENT_VERBS})\b", verb, re.IGNORECASE):
        return None  # "The pilot, 26, was captured": another event
    text = context.sentence.text
    within = match.group(0).startswith(",") and _VIDEO_OPENER.match(text, 0, match.start())
    if within and _REPORTS.fullmatch(verb):
        return None  # "In a video released by the army, officials say ...": who speaks of it, not who is in it
    # what someone claims a video or a post shows: "a video claiming Russian paratroopers had landed", "claim falsely
    # that the Sheikhs of Dubai were celebrating" (not "He sued the outlet, claiming that reporters had hacked ...")
    claimed = (
        programs.match(_CLAIMED_THAT, match.group(0), re.IGNORECASE)
        and not _REPORTS.fullmatch(verb)
        and _NAMED_BEFORE.search(text, 0, match.start())
    )
    opened = (
        programs.match(r"\W*(?:in|on)\s+(?:it|the\s+\w+)", match.group(0), re.IGNORECASE)
        or within
        or claimed
        or _refers_back(match, context)
        or _narrated(match, context)
    )
    if not opened and not programs.fullmatch(rf"(?:{SEEN_VERBS})|(?:is|are|was|were)\s.*|[a-z]+(?:s|ed)", verb, re.I):
        return None  # a bare verb form ("men tear") only where "In it," says the clause is about the video
    narrator = programs.fullmatch(PEOPLE_NARRATORS, match.group("noun"), re.IGNORECASE)
    if not opened and not narrator and programs.fullmatch(_REPORTING, verb, re.IGNORECASE):
        return None  # "A federal official said ...": speaks about the video, not in it
    if context.sentence.names_video and not opened and not narrator and not _SEEN_ONLY.match(verb):
        return None
    if (match.group("det") or "").lower() in _POSSESSIVE and programs.fullmatch(
        _OUTSIDE_NOUNS, match.group("noun"), re.I
    ):
        return None  # "paramedics working on Mr Okafor, and later his body under a blanket": him again
    return _person(match, context)


def _titled_mention(match: re.Match[str], context: Context) -> Hit | None:
    """A titled name in a clause about what the video shows, unless it comments on or publishes it."""
    text, start = context.sentence.text, match.start("title")
    if not _in_shown_region(context, start, match.end()) or _BEFORE_OUTSIDER.search(text[:start][-60:]):
        return None
    after = _AFTER_OUTSIDER.match(text[match.end() :][:90])
    if after and not (_REPORTS.fullmatch(after.group("verb")) and _IN_IT.search(text[:start])):
        return None  # "President Ruto said", "Mr Smith posted the video"
    return _titled(match, context)


def _titled(match: re.Match[str], context: Context) -> Hit | None:
    if _AFTERWARDS.search(context.sentence.text[match.end() :][:40]):
        return None
    if _A_SITE.search(match.group("name")):
        return None  # "General Hospital", "President Square": a site named with a title, no one in it
    name = programs.sub(r"['’]s?$", "", match.group("name"))  # "Mr Hale's life": the name without its possessive
    return Hit(match.start("title"), match.start("name") + len(name), {"value": 1.0, "names": [name]})


# ------------------------------------------------------------------ named people
# A name is a claim only with a cue that it is a person's and that the person is in the video: a verb that can
# only be said of someone in it ("Brask identifies himself", "Nell Quist ... appeared in a 20-second video"),
# a clause opened by "In it," ("In the footage, a limping Varga ... describes"), a title ("Mr Hale"), an
# apposition ("Dario Mendes, a 41-year-old Portuguese man"), "identified as", or a name the article has already given
# a person ("Canadian soldier Owen Brask" ... "a video of Brask"). A bare capitalised word is never enough: places,
# organisations and outlets are capitalised too.

_NAME_TOKEN = rf"(?:{NAME_PARTICLES})?[A-Z](?:[a-z]|['’][A-Z])[\w-]*"
_PERSONAL_NAME = rf"(?-i:(?P<person>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}))"
_NOT_NAME = lazy_compile(
    rf"(?:{ORGANISATIONS}|{MEDIA}|{PLATFORMS}|{DEMONYM}|{PERSON_TITLES}|{MONTH}|{WEEKDAY}"
    rf"|(?i:{PERSON_NOUNS}|{SCOPE_NOUN}))",
)
_APPOSITION = r"(?P<apposition>,[^,;“”\"]{1,70},)?"
_VIDEO_OF = (
    rf"(?:{SHOW_VERBS}|{SCOPE_NOUN}\s+(?:\w+\s+){{0,2}}?of|(?:stills?|images?|screenshots?|screengrabs?|frames?"
    r"|photos?|pictures?)\s+of)\s+(?:what\s+appears\s+to\s+be\s+)?(?:purportedly\s+|apparently\s+|allegedly\s+)?"
)
_VIDEO_WORD = r"(?:video|footage|clip|film|tape|videotape|recording)"
_APPEARS_IN = (
    rf"appear(?:s|ed)\s+(?:briefly\s+|again\s+)?(?:in|on)\s+(?:it\b|(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{SCOPE_NOUN}\b)"
)
# a name as the subject of a verb only a person in the video takes, anywhere in the sentence ("Brask identifies
# himself", "Nell Quist, held hostage, appeared in a 20-second video", "Smith can be seen"), or of any verb after
# "In it," ("In it, Karim Zayed, the spokesman ..., introduces the event", "In the footage, a limping Varga ...")
_NAMED_SUBJECT = lazy_compile(
    rf"(?:(?P<opened>\b(?:in|on)\s+(?:it|the\s+(?:[\w-]+\s+)?{SCOPE_NOUN})\s*,\s+)(?P<article>(?:a|an|the)\s+(?:[\w-]+\s+)?)?"
    rf"|(?<![\w'’.-])){_PERSONAL_NAME}{_APPOSITION}\s+(?:also\s+|then\s+|later\s+)?"
    rf"(?:(?P<seen>{NAMED_SEEN_VERBS}|{_APPEARS_IN})(?!\s+(?:the|a|an|this|that|these|those|by)\b)"
    rf"|(?P<verb>(?-i:[a-z]+(?:s|ed)))\b)",
    re.IGNORECASE,
)
# a name the article has given a person, what the video shows: "a video of Brask", "a still of Quist from it"
_NAMED_SHOWN = lazy_compile(rf"(?<![\w'’.-]){_PERSONAL_NAME}(?![\w'’-])")
_SHOWN_BEFORE_NAME = lazy_compile(rf"\b{_VIDEO_OF}$", re.IGNORECASE)
_SHOWN_LAST_WORD = lazy_compile(r"of|be|\w+ly|show\w*|depict\w*|featur\w*|captur\w*|document\w*|portray\w*", re.I)
# a name with a person noun in apposition: "Dario Mendes, a 41-year-old Portuguese man,"
_NAMED_APPOSITION = lazy_compile(
    rf"(?<![\w'’.-]){_PERSONAL_NAME},\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{PERSON_NOUNS}),", re.IGNORECASE
)
# a person noun phrase and the name it is given: "one woman in the video, identified as Amina Bello", "the man,
# who gives his name as Peter Kamau Njoroge", "the Polish man in the video, Tomasz Nowak"
# (the name in the group `_count` reads, "name")
_NAME_GIVEN = _PERSONAL_NAME.replace("(?P<person>", "(?P<name>")
_IN_VIDEO = rf"(?P<in_video>\s+in\s+(?:the|this|that)\s+{_VIDEO_WORD})?"
# what gives the name ("identified as", "who gives his name as"): every match has it, so it is the row's sketch
_IDENTIFIED_AS = (
    r",\s+(?:(?:(?:later|since|now|subsequently)\s+)?identified\s+(?:by\s+[^,;]{1,40}?\s+)?as"
    r"|who\s+(?:gives|gave)\s+(?:his|her)\s+name\s+as|(?:who\s+)?(?:identifies|identified|introduces|introduced)"
    r"\s+(?:him|her)self\s+as|named)\s+"
)
_NAMED_AS = lazy_compile(
    rf"(?<![\w'’.-])(?:{_COUNT}\s+|(?P<det>{_DETERMINER})\s+)(?P<bare>{_ADJECTIVES})(?P<noun>{PERSON_NOUNS})"
    rf"(?![\w'’-]){_IN_VIDEO}{_IDENTIFIED_AS}(?:(?:an?|another|the)\s+[^,.;]{{1,40}},\s+)?{_NAME_GIVEN}",
    re.IGNORECASE,
)
_NAMED_IN_VIDEO = lazy_compile(
    rf"(?<![\w'’.-])(?:{_COUNT}\s+|(?P<det>{_DETERMINER})\s+)(?P<bare>{_ADJECTIVES})(?P<noun>{PERSON_NOUNS})"
    rf"(?P<in_video>\s+in\s+(?:the|this|that)\s+{_VIDEO_WORD}),\s+{_NAME_GIVEN}",
    re.IGNORECASE,
)
# who the person in the video is: "the man in the grey coat seen in the video lifting the crate is Tomas Varga"
_IS_NAMED = lazy_compile(
    rf"(?<![\w'’.-])(?P<det>the)\s+(?P<bare>{_ADJECTIVES})(?P<noun>{PERSON_NOUNS})(?![\w'’-])"
    rf"[^,;.]{{0,80}}?\b(?:in|on)\s+(?:the|this|that)\s+{_VIDEO_WORD}\b[^,;.]{{0,80}}?\s+(?:is|was)\s+{_NAME_GIVEN}"
    rf"(?![\w'’-])",
    re.IGNORECASE,
)
# where a name belongs to someone who speaks about, publishes or films the video, or to another event
_NAME_OUTSIDER_BEFORE = lazy_compile(
    r"(?:\bby|\bfrom|\baccording\s+to|\btold|\bsaid|\bsays|\bwith|\b(?:deputy|vice|former|then|ex|late)"
    rf"(?:\s+(?-i:[A-Z])[\w.]*)?|\b(?:{PERSON_NOUNS})\s+of(?:\s+the)?)\s+$",
    re.IGNORECASE,
)
_NAME_OUTSIDER_AFTER = lazy_compile(
    rf"^(?:,[^,;]{{1,70}},)?\s+(?:(?:who|has|have|had|also|later|then|previously|first|reportedly|was|is|been)\s+)*"
    rf"(?:{_REPORTING}|say|tell|recalled|recalls|warned|announced|insisted|unveiled|presented|showed|shows"
    rf"|{RELEASE_VERBS}|{RECORD_STRONG}|recorded|{OTHER_EVENT_VERBS}|{PEOPLE_EVENT_VERBS})\b",
    re.IGNORECASE,
)


def _is_name(name: str) -> bool:
    """A capitalised phrase that may be a person's name: no organisation, outlet, country, month or title."""
    first = name.split()[0]
    if first.lower() in NOT_NAMES or _NOT_NAME.fullmatch(name) or _NOT_NAME.fullmatch(first):
        return False
    from provenance.gazetteer import country_names, fold

    return fold(name) not in country_names()


def _a_place(name: str) -> bool:
    """A name the gazetteer knows as a country, a region or a town of some size ("Kyiv can be seen ...")."""
    from provenance.gazetteer import TOWN_POPULATION, candidates

    return any(row.kind != "city" or row.population >= TOWN_POPULATION for row in candidates(name))


@lru_cache(maxsize=16)
def _known_names(text: str) -> frozenset[str]:
    """The names an article gives people ("Canadian soldier Owen Brask", "Mr Hale", "Brandt, a 40-year-old",
    "identified as Amina Bello"), and their last words (a later "Brask", "Hale")."""
    found: set[str] = set()
    for match in _NAME_RUN.finditer(text):
        name = match.group("person")
        cued = _KNOWN_BEFORE.search(text[max(0, match.start() - 60) : match.start()]) or _KNOWN_AFTER.match(
            text[match.end() : match.end() + 100]
        )
        if cued and _is_name(name):
            found.add(name)
            if " " in name:
                found.add(name.split()[-1])
    return frozenset(found)


_NAME_RUN = lazy_compile(rf"(?<![\w'’.-]){_PERSONAL_NAME}")
# what makes a name a person's: a lower-case person noun or a title before it ("soldier Owen Brask", "Mr Hale"),
# "identified as", or after it an apposition ("Brandt, a 40-year-old journalist", "Pc Mercer, 32,") or a strong verb
_KNOWN_BEFORE = lazy_compile(
    rf"(?:(?<![\w'’-])(?:{PERSON_NOUNS})|\b(?:{PERSON_TITLES})\.?|\b(?:identified(?:\s+by\s+[^,;]{{1,40}}?)?"
    rf"|(?:identifies|identified|introduces|introduced)\s+(?:him|her)self|(?:gives|gave)\s+(?:his|her)\s+name)\s+as"
    rf"(?:\s+(?:an?|another|the)\s+[^,.;]{{1,40}},)?)\s+$"
)
_KNOWN_AFTER = lazy_compile(
    rf"(?:,\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{PERSON_NOUNS})|\d{{1,3}}),|{_APPOSITION}\s+(?:{NAMED_SELF_VERBS}))"
)


def _full_name(name: str, known: frozenset[str]) -> str:
    """ "Brask" -> "Owen Brask" when the article gave the full name once."""
    longer = sorted(k for k in known if k != name and k.endswith(" " + name))
    return longer[0] if len(longer) == 1 else name


def _named(match: re.Match[str], context: Context, start: int | None = None) -> Hit | None:
    name = match.group("person")
    if not _is_name(name):
        return None
    text = context.sentence.text
    begin = match.start("person") if start is None else start
    if _NAME_OUTSIDER_BEFORE.search(text[:begin][-40:]):
        return None
    known = _known_names(context.document.text)
    if name not in known and _a_place(name):
        return None  # no one was given this name, and places are capitalised too
    return Hit(begin, match.end("person"), {"value": 1.0, "names": [_full_name(name, known)]})


def _named_subject(match: re.Match[str], context: Context) -> Hit | None:
    """A name with a verb only a person in the video takes, or with any verb after "In it,"."""
    verb, name = match.group("verb"), match.group("person")
    if verb and (not match.group("opened") or programs.fullmatch(PERSON_NOUNS, verb, re.IGNORECASE)):
        return None  # "In the video, Kharkiv residents ...": a noun, not a verb
    seen_only = match.group("seen") and not programs.match(NAMED_SELF_VERBS, match.group("seen"), re.IGNORECASE)
    first = not context.sentence.text[: match.start("person")].strip(" \"“‘'(")
    if seen_only and first and " " not in name and name not in _known_names(context.document.text):
        return None  # "Smoke can be seen": a capitalised first word need not be a name
    return _named(match, context, match.start("article") if match.group("article") else None)


def _named_shown(match: re.Match[str], context: Context) -> list[Hit]:
    """A name the video shows: one the article has given a person, a still "from the video", or a full name that is
    no place nor thing and that the words make a person's: a nationality before it ("shows Canadian Robert Hall"), a
    role in apposition ("shows Joe Biden, the nominee, ...") or other names listed with it ("shows Robert Hall,
    Kjartan Sekkingstad and Marites Flor"). A capitalised word alone may name a volcano or a band ("shows Vesuvius
    erupting"), so it needs the article to have given it to a person."""
    text = context.sentence.text
    before = text[: match.start()][-60:]
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    if not _SHOWN_LAST_WORD.fullmatch(last) or not _SHOWN_BEFORE_NAME.search(before):
        return []
    hits: list[Hit] = []
    start, end = match.start("person"), match.end("person")
    nationality = _NATIONALITY.match(text, start)
    named = _NAME_AT.match(text, nationality.end()) if nationality is not None else None
    if named is not None:  # "shows Canadian Robert Hall", "Dutch national Pieter Vos": the person is the name
        start, end = named.start("person"), named.end("person")
    listed = _listed_names(text, start, end)
    vouched = named is not None or len(listed) > 1
    for begin, finish in listed:
        hit = _one_shown(text, begin, finish, context, vouched)
        if hit is None:
            break
        hits.append(hit)
    return hits


_NATIONALITY = lazy_compile(rf"(?:{DEMONYM})\s+(?:(?i:national|citizen)\s+)?")
_NAME_AT = lazy_compile(_PERSONAL_NAME)
# a list of names after the first: ", Kjartan Sekkingstad, and Marites Flor", each maybe after a nationality
_NEXT_NAME = lazy_compile(
    rf",?\s+(?:and\s+)?(?:(?:{DEMONYM})\s+(?:national\s+|citizen\s+)?)?{_PERSONAL_NAME}(?![\w'’-])"
)


def _listed_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = [(start, end)]
    while (more := _NEXT_NAME.match(text, spans[-1][1])) is not None and len(spans) < 8:
        if not more.group(0).startswith(",") and " and " not in more.group(0)[:6]:
            break
        spans.append((more.start("person"), more.end("person")))
    return spans


# the last word of a capitalised name that is a place or a thing, not a person ("Times Square", "Air Force One")
_THING_END = lazy_compile(rf"(?i:{THING_NAME_WORDS})")


def _one_shown(text: str, start: int, end: int, context: Context, vouched: bool) -> Hit | None:
    name, after = text[start:end], text[end:]
    if programs.match(r"['’]", after):
        return None  # "a video of Brask's captors"
    if _a_people(name):
        return Hit(start, end, {"value": Range(min=2.0, max=None)})  # "showing South Africans attacking ..."
    if not _is_name(name):
        return None
    from_video = programs.match(rf"\s+from\s+the\s+(?:\w+\s+)?{_VIDEO_WORD}", after, re.IGNORECASE)
    names = _known_names(context.document.text)
    known = name in names
    if not (known or from_video or _looks_personal(name, after, vouched)):
        return None
    if _NAME_OUTSIDER_BEFORE.search(text[:start][-40:]):
        return None
    if not known and _a_place(name):
        return None
    return Hit(start, end, {"value": 1.0, "names": [_full_name(name, names)]})


def _a_people(name: str) -> bool:
    """A nation's or a people's plural: "South Africans", "Arabs", "Kurds"."""
    if not name.endswith("s") or name.endswith("ss"):
        return False
    one = name[:-1].lower()
    return one in DEMONYMS or one in PEOPLES or (one.endswith("e") and one[:-1] in DEMONYMS)


def _looks_personal(name: str, after: str, vouched: bool) -> bool:
    """A name of two or more words, none of which names a thing, that no gazetteer place bears, made a person's by a
    nationality or a list (`vouched`), by a role in apposition after it or by what only a person does after it ("shows
    Ron Schiller and his deputy ... chatting"); or one word followed by what only a person does ("showing
    Netanyahu refusing ..."; the caller still turns away a town of some size)."""
    from provenance.gazetteer import candidates

    words = name.split()
    if any(_THING_END.fullmatch(word) for word in words):
        return False
    if len(words) < 2:  # not a people's plural ("Londoners singing") nor anything the gazetteer knows ("Krynky")
        if name.endswith("s") or name.isupper() or candidates(name):
            return False
        return bool(_ACTS_AFTER.match(after))
    return not candidates(name) and (vouched or bool(_ROLE_AFTER.match(after) or _ACTS_AFTER.match(after)))


# (past a relation named with the person: "Ron Schiller and his deputy, Betsy Liley, chatting")
_ACTS_AFTER = lazy_compile(
    rf"(?:\s+and\s+(?:his|her|their)\s+[\w-]+(?:,[^,;]{{1,40}},)?)?\s+(?:\w+ly\s+)?{PERSON_ACTS}", re.IGNORECASE
)


# a role after a name, set off by a comma: "Maria Lopez, the party's candidate,", "Omar Haddad, described as the
# team's manager", "Tomas Ridel, 54,"
_ROLE_AFTER = lazy_compile(
    rf",\s+(?:(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{PERSON_NOUNS}|nominee|chief|head|founder|owner"
    rf"|mayor|governor|spokes(?:man|woman|person)|singer|rapper|host|coach|captain|secretary|chairman|premier)\b"
    rf"|(?:described|identified|named|known)\s+as\b|who\b|\d{{1,3}}\s*,)",
    re.IGNORECASE,
)


def _named_apposition(match: re.Match[str], context: Context) -> Hit | None:
    """ "Dario Mendes, a 41-year-old Portuguese man,": the name, unless it belongs to someone outside the video."""
    text = context.sentence.text
    if programs.fullmatch(PEOPLE_OUTSIDERS, match.group("noun"), re.IGNORECASE):
        return None  # "Joel Okello, a reporter, ..."
    if _NAME_OUTSIDER_AFTER.match(text[match.end() :][:100]):
        return None  # "Charles, a 20-year-old black man, died on 22 July"
    if not _in_shown_region(context, match.start(), match.end()):
        return None
    return _named(match, context)


def _named_as(match: re.Match[str], context: Context) -> Hit | None:
    """A person noun phrase with the name it is given: the phrase through the name."""
    groups = match.groupdict()
    if not groups.get("in_video") and _AFTERWARDS.search(context.sentence.text[match.end() :][:40]):
        return None
    if not _is_name(match.group("name")):
        return None
    value = _count(match)
    if value is None:
        return None
    start = next(match.start(g) for g in ("count", "det", "bare", "noun") if groups.get(g))
    return Hit(start, match.end("name"), {"value": value, "names": [match.group("name")]})


def _of_whom(match: re.Match[str], context: Context) -> Hit | None:
    """ "four men ..., three of whom speak in French": a part of the group shown, with its number."""
    if _AFTERWARDS.search(context.sentence.text[match.end() :][:40]):
        return None
    number = match.group("number").lower()
    value = int(number) if number.isdigit() else _NUMBER_WORDS.get(number)
    return Hit(match.start(), match.end(), {"value": float(value)}) if value else None


def _seen_anywhere(match: re.Match[str], context: Context) -> Hit | None:
    """ "Two individuals can be seen climbing over a garden wall": seen, so in a video or a picture, whatever
    sentence comes before."""
    return _person(match, context)


_OF_WHOM = lazy_compile(rf"\b(?P<number>{_COUNT_WORD})\s+of\s+whom\b", re.IGNORECASE)
_SEEN_ANYWHERE = lazy_compile(
    rf"{_CLAUSE_START}{_PERSON}(?:,[^,]{{1,60}},)?\s+(?:also\s+)?(?:(?:can|could)\s+(?:also\s+)?be\s+(?:seen|heard)"
    r"|(?:is|are|was|were)\s+(?:also\s+)?(?:seen|heard)\s+\w+ing)\b",
    re.IGNORECASE,
)
_ANY_IS_NAMED = lazy_compile(
    rf"\b(?:in|on)\s+(?:the|this|that)\s+{_VIDEO_WORD}\b[^,;.]*\s(?:is|was)\s+(?-i:[A-Z])", re.IGNORECASE
)
_ANY_WHOM = lazy_compile(r"\bof\s+whom\b", re.IGNORECASE)
# cheap tests a sentence must pass before the slower name patterns run (speed only)
_ANY_NAMED_SUBJECT = lazy_compile(rf"{NAMED_SEEN_VERBS}|\bappear(?:s|ed)\s|\b(?:in|on)\s+(?:it|the)\b", re.IGNORECASE)
_ANY_APPOSITION = lazy_compile(r"(?-i:[A-Z][a-z][\w-]*),\s+(?:an?|the)\s", re.IGNORECASE)
_ANY_NAMED_AS = lazy_compile(
    r"\b(?:identif|introduc|named\b|gives\s+(?:his|her)\s+name|gave\s+(?:his|her)\s+name)", re.IGNORECASE
)
_ANY_IN_VIDEO = lazy_compile(rf"\bin\s+(?:the|this|that)\s+{_VIDEO_WORD},", re.IGNORECASE)
_ANY_SEEN = lazy_compile(r"\b(?:seen|heard)\b", re.IGNORECASE)

# ------------------------------------------------------------------ end of named people


_ANY_CAPTION = lazy_compile(r"\bcaption", re.IGNORECASE)
_ANY_SHOWN_OR_OF = lazy_compile(rf"\b(?:{SHOW_VERBS}|of)\b", re.IGNORECASE)
_ANY_PERSON = lazy_compile(rf"\b(?:{PERSON_NOUNS})\b", re.IGNORECASE)
_ANY_TITLE = lazy_compile(rf"\b(?:{PERSON_TITLES})\b")

RULES = [
    Rule("people.shown", "people_count", _SHOWN, _person, "scope", requires=_ANY_PERSON, examples=
         (("The video shows two men in a room.", "two men"),
          ("The video appeared to show four aid workers.", "four aid workers"),
          ("The video shows what appears to be hundreds of gunmen.", "hundreds of gunmen"),
          ("Rebels released a video purporting to show Canadian soldier Owen Brask.", "Canadian soldier Owen Brask"),
          ("The group put out a video said to be of a captive held in the hills.", "a captive"))),
    Rule("people.shown_by_name", "people_count", _SHOWN_TITLED, _titled, "scope", requires=_ANY_TITLE, examples=
         (("The video shows Mr Hale lying in the street.", "Mr Hale"),)),
    Rule("people.titled", "people_count", _TITLED_ANYWHERE, _titled_mention, "scope", requires=_ANY_TITLE, examples=
         (("The footage shows paramedics working on Mr Okafor in the street.", "Mr Okafor"),
          ("In the clip, Sgt Dana Whitlow waves at the camera.", "Sgt Dana Whitlow"))),
    Rule("people.named_subject", "people_count", _NAMED_SUBJECT, _named_subject, "scope",
         requires=_ANY_NAMED_SUBJECT, examples=
         (("The video is undated; Okonkwo identifies himself and reads a statement.", "Okonkwo"),
          ("The clip was posted on Friday. Lena Marsh, held for a year, appeared in it briefly.", "Lena Marsh"),
          ("In the footage, Omar Haddad, a nurse from Gaza, describes the night of the strike.", "Omar Haddad"),
          ("LAGOS - Nell Quist, missing since May, appeared in a short silent video.", "Nell Quist"),
          ("In the footage, a limping Varga, leaning on a stick, describes the cold.",
           "a limping Varga"))),
    Rule("people.subject", "people_count", _SUBJECT, _subject, "scope", requires=_ANY_PERSON, examples=
         (("In the 42-second video, two men appeared briefly in a room.", "two men"),
          ("As a narrator explains the border is closed, the video shows a line of trucks.", "a narrator"),
          ("The video was filmed at night. In it, a sanitation worker mops the floor.", "a sanitation worker"),
          ("The footage runs five minutes. Later in it, three other captives are shot.", "three other captives"),
          ("The clip surfaced on Monday. In it, masked men burn a flag.", "masked men"),
          ("The clip is undated; however, the woman mentions a festival held in the spring.", "the woman"),
          ("In two short videos filmed that winter, these three men show their faces.", "these three men"),
          ("The video shows a man collapsing. He falls, groaning, as bystanders wail nearby.", "bystanders"),
          ("The clip was posted on Sunday. Riot police push a protester to the ground.", "Riot police"),
          ("In a video that the coast guard released on Monday, Zendan sailors burn a flag.", "Zendan sailors"),
          ("A channel ran a video claiming that three women chased a thief down the road.", "three women"),
          ("Men in grey uniforms strike a prisoner. The video, posted on Monday, spread fast.", "Men"))),
    Rule("people.mention", "people_count", _MENTION, _mention, "scope", requires=_ANY_PERSON, examples=
         (("The video shows riot police beating a naked protester.", "a naked protester"),
          ("In the footage, a hostile crowd hurls bottles at the police.", "a hostile crowd"),
          ("In footage posted on YouTube, a man with a bandaged head is pushed to the ground.", "a man"),
          ("In the video, “we are in total control,” a commander says.", "a commander"),
          ("The video shows a man who is later seen helping seven young women onto a boat.", "seven young women"),
          ("A clip posted on Monday of guards pushing back the two injured hikers spread.", "the two injured hikers"),
          ("The footage was shot at dawn. The gunman then drags a wounded soldier to a car.", "a wounded soldier"),
          ("On the left side of the frame, a woman in a yellow coat can be seen in the clip.", "a woman"),
          ("The clip opens with roughly two dozen students singing.", "roughly two dozen students"),
          ("In the video, the rebel commander is seen addressing his forces in a field.", "his forces"),
          ("In the video, a large group of pilgrims kneels in prayer.", "a large group of pilgrims"),
          ("The dashcam video shows the moment two fishermen were arrested at the pier.", "two fishermen"),
          ("Twelve seconds into the video, a man in a red cap waves at the camera.", "a man"))),
    Rule("people.bare_plural", "people_count", _BARE_PLURAL, _bare_plural, "scope", requires=_ANY_PERSON, examples=
         (("In the clip, a cleaner sweeps the platform as shoppers wait for the train.", "shoppers"),
          ("The footage shows a bus on a bridge while onlookers film from the bank.", "onlookers"),
          ("A clip of ferries crammed with pilgrims was shared on Sunday.", "pilgrims"),
          ("The video shows riot police firing tear gas at students near the gate.", "students"),
          ("The footage shows a long row of prisoners kneeling in the sand.", "prisoners"))),
    Rule("people.group_doing", "people_count", _GROUP_DOING, _group_doing, "scope", requires=_ANY_SHOWN_OR_OF,
         examples=(("The clip shows the Taliban storming a government compound.", "the Taliban"),
                   ("A video emerged online of the Chilean Army carrying a wounded man.", "the Chilean Army"),
                   ("The footage purportedly shows Nigeria's Boko Haram marching through a village.",
                    "Nigeria's Boko Haram"),
                   ("The clip claims to show a clash between Chilean and Peruvian forces.",
                    "Chilean and Peruvian forces"),
                   ("A video of an ambush by Malian armed forces was shared.", "Malian armed forces"))),
    Rule("people.caption", "people_count", _CAPTION_QUOTE, _caption, "scope", requires=_ANY_CAPTION, examples=
         (("The clip was shared with the caption: \"Governor Mbeki visits the flooded market\".", "Governor Mbeki"),
          ("The video was posted captioned “Look, a young farmer beaten in Zenda”.", "a young farmer"),
          ("The clip spread on Monday. The caption it was shared with reads, \"Chilean army are burning the village\".",
           "Chilean army"))),
    Rule("people.named_shown", "people_count", _NAMED_SHOWN, _named_shown, "scope", examples=
         (("The rebels released a video of Canadian soldier Owen Brask. It is the third video of Brask.",
           "Brask"),
          ("But a still of Quist from the videotape was later shared online.", "Quist"),
          ("A video posted on Monday shows Tomas Ridel, the town's mayor, at a checkpoint.", "Tomas Ridel"),
          ("The clip shows Ada Okafor and Tunde Bello refusing a handshake.", "Ada Okafor"),
          ("A clip circulating on X shows Okafor angrily refusing the microphone.", "Okafor"),
          ("A clip shows Okafor declining the microphone.", "Okafor"),
          ("The recordings show Tomas Ridel and his aide, Jan Bor, chatting with donors.", "Tomas Ridel"))),
    Rule("people.named_apposition", "people_count", _NAMED_APPOSITION, _named_apposition, "scope",
         requires=_ANY_APPOSITION, examples=
         (("Video of the confrontation between Dario Mendes, a 41-year-old Portuguese man, and police was released.",
           "Dario Mendes"),)),
    Rule("people.named_as", "people_count", _NAMED_AS, _named_as, "scope",
         requires=(_ANY_NAMED_AS, sketch(_NAMED_AS, _IDENTIFIED_AS)), examples=
         (("“Please help us,” said one woman in the video, identified as Amina Bello.",
           "one woman in the video, identified as Amina Bello"),
          ("The group released a video. In it, the man, who gives his name as Peter Kamau Njoroge, says he was"
           " captured.", "the man, who gives his name as Peter Kamau Njoroge"))),
    Rule("people.named_in_video", "people_count", _NAMED_IN_VIDEO, _named_as, "scope", requires=_ANY_IN_VIDEO,
         examples=(("The Polish man in the video, Tomasz Nowak, was abducted from a farm in 2019.",
                    "The Polish man in the video, Tomasz Nowak"),)),
    Rule("people.is_named", "people_count", _IS_NAMED, _named_as, "scope", requires=_ANY_IS_NAMED, examples=
         (("Police said the man in the grey coat seen in the video lifting the crate is Tomas Varga.",
           "the man in the grey coat seen in the video lifting the crate is Tomas Varga"),)),
    Rule("people.of_whom", "people_count", _OF_WHOM, _of_whom, "scope", requires=_ANY_WHOM, examples=
         (("The video shows five women who say they are from Chile, three of whom speak in Spanish to the camera.",
           "three of whom"),)),
    Rule("people.seen_anywhere", "people_count", _SEEN_ANYWHERE, _seen_anywhere, "any", requires=_ANY_SEEN,
         examples=(("Two individuals can be seen climbing over a garden wall.", "Two individuals"),
                   ("One of the injured men is also seen lying on a stretcher.", "One of the injured men"))),
]  # fmt: skip
