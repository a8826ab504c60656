"""Duration claims: "the 42-second video", "nearly four minutes of footage", "the clip lasts about a minute".

A number is a duration claim only when the text ties it to a video noun, so "a 42-year-old" and
"a 10-minute meeting" are not claims. The qualifier ("about", "nearly", "more than") is kept: the
duration check's tolerance follows it.
"""

from __future__ import annotations

import re

from provenance.article.claims import programs
from provenance.article.claims.rules import Context, Hit, Rule, lazy_compile, sketch
from provenance.article.claims.vocabulary import NUM, SHOW_VERBS, VIDEO_NOUN, number_value
from provenance.models import Range

# words that qualify an amount: "about", "nearly", "more than"
DURATION_QUALIFIER = (
    r"(?:just\s+under|just\s+over|more\s+than|less\s+than|at\s+least|at\s+most|up\s+to|about|around"
    r"|roughly|approximately|some|nearly|almost|over|under|barely|only|just)"
)
_UNIT = r"(?P<unit>(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)(?![a-z]))"
_UNIT_SECONDS = {"s": 1.0, "m": 60.0, "h": 3600.0}
# Words that may stand between the duration adjective and the video noun ("42-second propaganda
# video"), but not prepositions or articles, which would let "a 10-minute meeting about the video" in.
_DURATION_ADJ = (
    r"(?:black[\s-]and[\s-]white\s+)?"
    r"(?:(?!(?:of|about|on|in|at|for|with|and|or|the|a|an|to|from|by|that|which|was|is)\b)[a-z'’-]+\s+){0,2}"
)

# "the 42-second video", "a two-minute clip", "a 1-minute-30-second video", "nearly four-minute footage", "the
# 1min 38sec video"
_ADJECTIVE = lazy_compile(
    # (not the ordinal: "a second clip in the same video")
    rf"(?:(?P<q>{DURATION_QUALIFIER})\s+)?(?P<num>{NUM})(?:[\s-]|(?<=\d))(?<!\ba\s)(?<!\ban\s)(?<!\bA\s){_UNIT}"
    rf"(?:[\s-](?:and[\s-])?(?P<num2>{NUM})(?:[\s-]|(?<=\d))(?P<unit2>seconds?|secs?))?(?:[\s-]long)?"
    rf"\s+{_DURATION_ADJ}{VIDEO_NOUN}\b",
    re.IGNORECASE,
)
# "a 1:30 video"
_CLOCK = lazy_compile(
    rf"(?<![\d:])(?P<clock>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)(?:[\s-]minutes?)?(?:[\s-]long)?\s+{_DURATION_ADJ}{VIDEO_NOUN}\b",
    re.IGNORECASE,
)
_AMOUNT = (
    rf"(?:(?P<q>{DURATION_QUALIFIER})\s+)?(?:between\s+(?P<lo>{NUM})\s+and\s+(?P<hi>{NUM})"
    rf"|(?P<num>{NUM})(?P<half2>\s+and\s+a\s+half)?)\s+{_UNIT}"
    rf"(?P<half>\s+and\s+a\s+half)?(?:,?\s+(?:and\s+)?(?P<num2>{NUM})\s+(?P<unit2>seconds?|secs?))?"
)
# "nearly four minutes of footage", "26 seconds of video"
_OF_NOUN = rf"\s+of\s+{_DURATION_ADJ}{VIDEO_NOUN}\b"
_OF_FOOTAGE = lazy_compile(rf"{_AMOUNT}{_OF_NOUN}", re.IGNORECASE)
# "the clip lasts about a minute", "the video, which runs 90 seconds", "the video is 26 seconds long",
# "a video lasting nearly two minutes", "a clip of about a minute"
_NOUN_LASTS = (
    rf"\b{VIDEO_NOUN}\b(?P<gap>[^.;:!?]{{0,40}}?)\b(?P<verb>lasts?|lasted|lasting|runs?|ran|running|is|was|spans?"
    rf"|spanning|clocks?\s+in\s+at|of)\s+(?:for\s+|just\s+|only\s+|(?<=run\s)to\s+|(?<=runs\s)to\s+|(?<=ran\s)to\s+)?"
)
# ("a second one": another video, not a second of it; "20 seconds shorter than the original": a difference)
_VERBAL = lazy_compile(
    rf"{_NOUN_LASTS}{_AMOUNT}(?!\s+(?:one|ones|video|clip|copy|version|time)\b)"
    r"(?!\s+(?:shorter|longer|slower|faster|earlier|later|more|less)\b)(?P<long>\s+long(?![\w-])|\s+in\s+length)?",
    re.IGNORECASE,
)
# between the video noun and its verb, what another subject's length needs: a verb of showing ("The video shows the
# queue was two hours long"), or a comma no second comma closes ("In the video, his time is 10 seconds"); a clause
# set off by commas, one that opens or a verb right after a comma is no such thing ("The clip, which shows the crash, is
# 20 seconds long", "The recordings, which run to about 25 minutes", "three videos, each running", "The clip, lasting")
_ASIDE_IN_GAP = lazy_compile(r",[^,]*,")
_A_VIDEO_NOUN = lazy_compile(rf"\b{VIDEO_NOUN}\b", re.IGNORECASE)
_AND_THEN = lazy_compile(r"\band\s+$", re.IGNORECASE)
# (a finite verb of showing: not the participle of a phrase on the noun, "The video showing the crash lasts 20 seconds",
# nor a relative clause's, "The video that shows the attack runs to two minutes")
_OTHER_SUBJECT = lazy_compile(
    r",(?!\s*(?:which|that|each|all|both)\b)(?=\s*\S)"
    r"|(?<!\bthat\s)(?<!\bwhich\s)\b(?:shows|showed|depicts|depicted|features|featured|captures|captured|reveals)\b",
    re.IGNORECASE,
)
# "The footage, more than two minutes long, was shot ..."
_LONG = r"\s+(?P<long>long|in\s+length)\b"
_APPOSITIVE = lazy_compile(rf"\b{VIDEO_NOUN},\s+{_AMOUNT}{_LONG}", re.IGNORECASE)
# "the minute-long video", "an hour-long recording": one unit, no number
_UNIT_LONG = lazy_compile(rf"\b(?P<unit>minute|hour)-long\s+{_DURATION_ADJ}{VIDEO_NOUN}\b", re.IGNORECASE)
# "It is 26 seconds long": a pronoun subject and "long", in a sentence about the video
_LONG_AFTER = r"\s+(?:long|in\s+length)\b"
_PRONOUN_LONG = lazy_compile(rf"\b(?:it|which)\s+(?:is|was)\s+{_AMOUNT}{_LONG_AFTER}", re.IGNORECASE)
# "Lasting just 10 seconds, it shows ...": a participle opening a sentence about the video
_LASTING_OPENS = r"^(?:Lasting|Running(?:\s+for)?)\s+"
_LASTING = lazy_compile(rf"{_LASTING_OPENS}{_AMOUNT}\b", re.IGNORECASE)
# "hours of footage": more than one of the unit, no number
_UNITS_OF = lazy_compile(rf"\b(?P<unit>minutes|hours)\s+of\s+{_DURATION_ADJ}{VIDEO_NOUN}\b", re.IGNORECASE)


def _unit_seconds(unit: str) -> float:
    return _UNIT_SECONDS[unit.lower()[0]]


def _unit_name(unit: str) -> str:
    return {"s": "second", "m": "minute", "h": "hour"}[unit.lower()[0]]


def _duration_from_match(m: re.Match[str]) -> dict | None:
    groups = m.groupdict()
    if groups.get("clock"):
        parts = [int(p) for p in groups["clock"].split(":")]
        clock = parts[0] * 60 + parts[1] if len(parts) == 2 else parts[0] * 3600 + parts[1] * 60 + parts[2]
        return {"value": float(clock), "unit": "second", "qualifier": None}
    unit = groups["unit"]
    scale = _unit_seconds(unit)
    if "num" not in groups and "lo" not in groups:  # "minute-long": one of the unit
        return {"value": scale, "unit": _unit_name(unit), "qualifier": None}
    qualifier = programs.sub(r"\s+", " ", groups["q"].lower()) if groups.get("q") else None
    if groups.get("lo"):
        lo, hi = number_value(groups["lo"]), number_value(groups["hi"])
        if lo is None or hi is None or lo >= hi:
            return None
        return {"value": Range(min=lo * scale, max=hi * scale), "unit": _unit_name(unit), "qualifier": "between"}
    base = number_value(groups["num"])
    if base is None:
        return None
    seconds = base * scale
    if groups.get("half") or groups.get("half2"):  # "a minute and a half", "one and a half minutes"
        seconds += 0.5 * scale
    finest = _unit_name(unit)
    if groups.get("num2"):
        extra = number_value(groups["num2"])
        if extra is None:
            return None
        seconds += extra
        finest = "second"
    if seconds <= 0:
        return None
    return {"value": seconds, "unit": finest, "qualifier": qualifier if qualifier not in ("only", "just") else None}


def _value_start(m: re.Match[str]) -> int:
    for name in ("clock", "lo", "num"):
        if m.groupdict().get(name):
            return m.start(name) if name != "lo" else m.start("lo") - len("between ")
    return m.start()


def _value_end(m: re.Match[str]) -> int:
    for name in ("unit2", "half", "unit"):
        if m.groupdict().get(name):
            return m.end(name)
    return m.end()


# the video's own verb first, then a relative clause on a later noun, not a video ("The video was recorded at a
# meeting, which ran to four hours"; not "is a compilation that runs to 12 minutes", "has been edited, which is why it
# runs only 20 seconds")
_OTHER_ANTECEDENT = lazy_compile(
    rf"^\s*(?:was|were|is|are|has|have|had|{SHOW_VERBS}|\w+ed)\b.*\b(?!(?:{VIDEO_NOUN})\b)[\w'’-]+,?\s+(?:which|that|who)\b"
    r"(?!.*\bit\s*$)"
    # ... or an event the video is of, whose length the clause gives: "The video of the president's speech, which
    # lasted 40 minutes", "Footage from a meeting that lasted four hours"
    r"|^\s*(?:of|from)\s+(?:[\w'’-]+\s+){0,3}?(?:speech|meeting|concert|rally|hearing|session|interview|conference"
    r"|match|game|ceremony|protest|flight|trip|journey|siege|battle|debate|sermon|address|standoff|talks|service"
    r"|funeral|wedding|parade|march|show|event)e?s?,?\s+(?:which|that)\b",
    re.IGNORECASE,
)
# the length of a longer video the one in hand was cut from: "cut from a longer 4min 10sec video"
_LONGER = lazy_compile(r"\b(?:longer|extended|full-length|uncut)\s+$", re.IGNORECASE)


# a length of a part of the video or of the longer one it comes from: the object of a video's verb of holding ("The
# compilation includes a 10-second clip", "a mix of 30 seconds of drone footage"), or what it was taken from or is part
# of ("taken from a 2-hour livestream", "part of a 20-minute broadcast")
_PART_OR_WHOLE = lazy_compile(
    rf"(?:\b{VIDEO_NOUN}\b[^.;:!?]{{0,60}}?\b(?:includ|contain|loop|splic|incorporat|combin|featur)\w*"
    r"|\b(?:mix|mixture|montage|series)\s+of"
    r"|\b(?:(?:taken|cut|clipped|excerpted|extracted|lifted|trimmed|edited)\s+from|(?:part|excerpt|portion|section)s?"
    r"\s+of))\s+(?:(?:a|an|the|his|her|its|their|several|two|three)\s+)?(?:longer\s+)?$",
    re.IGNORECASE,
)


_A_CALL = lazy_compile(r"\s+(?:call|conference|chat|game)\b", re.IGNORECASE)


def _not_the_videos_verb(match: re.Match[str]) -> bool:
    """The verb after the video noun has another subject or object: "The video was recorded at a meeting, which ran to
    about four hours" (the meeting's length), "The video shows that the response time was 40 minutes"; "of" only right
    after the noun ("a clip of about a minute", not "The video shows a countdown of 10 seconds")."""
    gap = match.group("gap") or ""
    later = list(_A_VIDEO_NOUN.finditer(gap))
    if later:  # "a video of the raid, but the footage is 40 seconds long": the later noun's verb
        gap = gap[later[-1].end() :]
    if _OTHER_ANTECEDENT.search(gap):
        return True
    if match.group("verb").lower() == "of":
        return bool(gap.strip(" ,"))  # ("The footage, of roughly 40 seconds, shows")
    if _AND_THEN.search(gap):
        return False  # "The clip shows soldiers firing and is 50 seconds long": the video's second verb
    return bool(_OTHER_SUBJECT.search(_ASIDE_IN_GAP.sub(" ", gap)))


def _normalise(match: re.Match[str], context: Context) -> Hit | None:
    parsed = _duration_from_match(match)
    if parsed is None or _LONGER.search(context.sentence.text, 0, match.start()):
        return None
    if match.re == _VERBAL and _not_the_videos_verb(match):
        return None
    if _PART_OR_WHOLE.search(context.sentence.text, 0, match.start()):
        return None  # "The video loops a 5-second segment", "a clip taken from a 2-hour livestream"
    if match.re == _ADJECTIVE and _A_CALL.match(context.sentence.text, match.end()):
        return None  # "a 10-minute video call": the call's length
    # the span is the duration phrase itself, plus the noun it qualifies when it comes first
    start = match.start("q") if match.groupdict().get("q") else _value_start(match)
    end = match.end()
    if match.re == _VERBAL or match.re == _APPOSITIVE:
        end = match.end("long") if match.group("long") else _value_end(match)
    if match.re == _UNIT_LONG:
        start = match.start("unit")
    return Hit(start, end, parsed)


def _units_of(match: re.Match[str], context: Context) -> Hit | None:
    """ "hours of footage": at least two of the unit (not "12 minutes of footage" that another row did not take)."""
    before = context.sentence.text[: match.start()]
    if _NUMBER_BEFORE.search(before) or _PART_OR_WHOLE.search(before):
        return None
    seconds = _unit_seconds(match.group("unit"))
    value = Range(min=2 * seconds, max=None)
    return Hit(match.start("unit"), match.end("unit"), {"value": value, "unit": _unit_name(match.group("unit"))})


_NUMBER_BEFORE = lazy_compile(rf"\b{NUM}\s+$", re.IGNORECASE)
_UNITS = lazy_compile(r"second|minute|hour|(?<![a-z])(?:secs?|mins?|hrs?)\b|\d:\d", re.IGNORECASE)


def _needs(pattern: re.Pattern[str], piece: str) -> tuple[re.Pattern[str], ...]:
    """A unit word, then the row's words beside the amount (its sketch): most sentences with a unit fail it."""
    return (_UNITS, sketch(pattern, piece))


RULES = [
    Rule("duration.adjective", "duration", _ADJECTIVE, _normalise, "any", requires=_UNITS, examples=
         (("In the 42-second video, two men appeared.", "42-second video"),
          ("The 13-second black and white video shows the blast.", "13-second black and white video"),
          ("Islamist militants released a 17-minute video.", "17-minute video"),
          ("Text runs across the top of the 2min 05sec clip.", "2min 05sec clip"))),
    Rule("duration.clock", "duration", _CLOCK, _normalise, "any", requires=_UNITS,
         examples=(("A 1:30 video was posted.", "1:30 video"),)),
    Rule("duration.of_footage", "duration", _OF_FOOTAGE, _normalise, "any",
         requires=_needs(_OF_FOOTAGE, _OF_NOUN), examples=
         (("Investigators reviewed nearly four minutes of footage.", "nearly four minutes of footage"),)),
    Rule("duration.verbal", "duration", _VERBAL, _normalise, "any",
         requires=_needs(_VERBAL, _NOUN_LASTS), examples=
         (("The footage runs for more than five minutes.", "more than five minutes"),
          ("The video is 26 seconds long and ends abruptly.", "26 seconds long"),
          ("The recordings, which run to about 25 minutes, came from a drone.", "about 25 minutes"))),
    Rule("duration.appositive", "duration", _APPOSITIVE, _normalise, "any",
         requires=_needs(_APPOSITIVE, _LONG), examples=
         (("The footage, more than two minutes long, was shot at night.", "more than two minutes long"),)),
    Rule("duration.unit_long", "duration", _UNIT_LONG, _normalise, "any", requires=_UNITS, examples=
         (("The minute-long video shows a convoy.", "minute-long video"),)),
    Rule("duration.pronoun_long", "duration", _PRONOUN_LONG, _normalise, "scope",
         requires=_needs(_PRONOUN_LONG, _LONG_AFTER), examples=
         (("The group posted a video. It is 26 seconds long.", "26 seconds long"),)),
    Rule("duration.lasting", "duration", _LASTING, _normalise, "scope",
         requires=_needs(_LASTING, _LASTING_OPENS), examples=
         (("Dashcam footage emerged on Monday. Lasting just 12 seconds, it shows the crash.", "just 12 seconds"),)),
    Rule("duration.units_of", "duration", _UNITS_OF, _units_of, "any", requires=_UNITS, examples=
         (("Hours of footage have been posted online.", "Hours"),)),
]  # fmt: skip
