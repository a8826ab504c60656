"""Claim extraction: article text -> [Claim], each with its exact span, sentence and value.

Where it sits: after the article loader, before the checks. It never sees the video.

A number or a date is a claim only when the text ties it to the video: a duration must
qualify a video noun ("the 42-second video", "nearly four minutes of footage", "the clip
lasts about a minute"), a date must follow a verb of recording or release ("dated Oct. 3",
"released a video on Tuesday"). So "a 42-year-old", "a 10-minute meeting" and "12 people"
are not claims. Phrases are found with patterns; the date phrase that was found (never
the whole paragraph) is then normalised, relative dates against the publication date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from provenance.claims_scene import VIDEO_NOUN, Match, extract_scene
from provenance.models import Claim, Range

# ------------------------------------------------------------------ sentences

_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen",
    "rep", "rev", "prof", "no", "vs", "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "inc", "corp",
}  # fmt: skip
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*")


def sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans, not breaking after abbreviations like "Oct." or "U.S."."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        cut = match.start()
        if "\n" not in match.group(0):
            word = re.search(r"([\w.]+)\.$", text[start:cut])
            token = word.group(1) if word else ""
            if token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue  # "Oct. 3", "U.S. officials", "John F. Kennedy"
        if text[start:cut].strip():
            spans.append(_trim(text, start, cut))
        start = match.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ------------------------------------------------------------------ numbers

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_NUMBER_WORD = (
    r"(?:(?:" + "|".join(_TENS_WORDS) + r")(?:[\s-](?:" + "|".join(list(_UNITS_WORDS)[1:10]) + r"))?"
    r"|" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) + r")"
)
NUM = r"(?:\d+(?:\.\d+)?|" + _NUMBER_WORD + r"|an?|half\s+an?)"


def number_value(text: str) -> float | None:
    """ "42" -> 42, "forty-two" -> 42, "a" -> 1, "half a" -> 0.5."""
    word = text.lower().strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    if word in ("a", "an"):
        return 1.0
    if re.fullmatch(r"half\s+an?", word):
        return 0.5
    parts = re.split(r"[\s-]+", word)
    total = 0.0
    for part in parts:
        if part in _TENS_WORDS:
            total += _TENS_WORDS[part]
        elif part in _UNITS_WORDS:
            total += _UNITS_WORDS[part]
        else:
            return None
    return float(total)


# ------------------------------------------------------------------ durations

_HEDGE = (
    r"(?:just\s+under|just\s+over|more\s+than|less\s+than|at\s+least|at\s+most|up\s+to|about|around"
    r"|roughly|approximately|some|nearly|almost|over|under|barely|only|just)"
)
_UNIT = r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?)"
_UNIT_SECONDS = {"s": 1.0, "m": 60.0, "h": 3600.0}
# Words that may stand between the duration adjective and the video noun ("42-second propaganda
# video"), but not prepositions or articles, which would let "a 10-minute meeting about the video" in.
_ADJ = r"(?:(?!(?:of|about|on|in|at|for|with|and|or|the|a|an|to|from|by|that|which|was|is)\b)[a-z'’-]+\s+){0,2}"

# "the 42-second video", "a two-minute clip", "a 1-minute-30-second video", "nearly four-minute footage"
_ADJECTIVE = re.compile(
    rf"(?:(?P<q>{_HEDGE})\s+)?(?P<num>{NUM})[\s-]{_UNIT}"
    rf"(?:[\s-](?:and[\s-])?(?P<num2>{NUM})[\s-](?P<unit2>seconds?|secs?))?(?:[\s-]long)?"
    rf"\s+{_ADJ}{VIDEO_NOUN}\b",
    re.IGNORECASE,
)
# "a 1:30 video"
_CLOCK = re.compile(
    rf"(?<![\d:])(?P<clock>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)(?:[\s-]minutes?)?(?:[\s-]long)?\s+{_ADJ}{VIDEO_NOUN}\b",
    re.IGNORECASE,
)
_AMOUNT = (
    rf"(?:(?P<q>{_HEDGE})\s+)?(?:between\s+(?P<lo>{NUM})\s+and\s+(?P<hi>{NUM})|(?P<num>{NUM})(?P<half2>\s+and\s+a\s+half)?)\s+{_UNIT}"
    rf"(?P<half>\s+and\s+a\s+half)?(?:,?\s+(?:and\s+)?(?P<num2>{NUM})\s+(?P<unit2>seconds?|secs?))?"
)
# "nearly four minutes of footage", "26 seconds of video"
_OF_FOOTAGE = re.compile(rf"{_AMOUNT}\s+of\s+{_ADJ}{VIDEO_NOUN}\b", re.IGNORECASE)
# "the clip lasts about a minute", "the video, which runs 90 seconds", "the video is 26 seconds long",
# "a video lasting nearly two minutes", "a clip of about a minute"
_VERBAL = re.compile(
    rf"\b{VIDEO_NOUN}\b(?P<gap>[^.;:!?]{{0,40}}?)\b(?:lasts?|lasted|lasting|runs?|ran|running|is|was|spans?"
    rf"|spanning|clocks?\s+in\s+at|of)\s+(?:for\s+|just\s+|only\s+)?{_AMOUNT}(?P<long>\s+long|\s+in\s+length)?",
    re.IGNORECASE,
)
# "The footage, more than two minutes long, was shot ..."
_APPOSITIVE = re.compile(rf"\b{VIDEO_NOUN},\s+{_AMOUNT}\s+(?P<long>long|in\s+length)\b", re.IGNORECASE)
# "the minute-long video", "an hour-long recording": one unit, no number
_UNIT_LONG = re.compile(rf"\b(?P<unit>minute|hour)-long\s+{_ADJ}{VIDEO_NOUN}\b", re.IGNORECASE)
# "It is 26 seconds long": a pronoun subject and "long", in a sentence next to a video noun
_PRONOUN_LONG = re.compile(rf"\b(?:it|which)\s+(?:is|was)\s+{_AMOUNT}\s+(?:long|in\s+length)\b", re.IGNORECASE)


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
    qualifier = re.sub(r"\s+", " ", groups["q"].lower()) if groups.get("q") else None
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


def extract_durations(text: str, sentence_spans: list[tuple[int, int]]) -> list[Match]:
    found: list[Match] = []
    for s_start, s_end in sentence_spans:
        sentence = text[s_start:s_end]
        has_video_noun = re.search(rf"\b{VIDEO_NOUN}\b", sentence, re.IGNORECASE) is not None
        patterns = [_ADJECTIVE, _CLOCK, _OF_FOOTAGE, _VERBAL, _APPOSITIVE, _UNIT_LONG]
        if has_video_noun:
            patterns.append(_PRONOUN_LONG)
        for pattern in patterns:
            for m in pattern.finditer(sentence):
                parsed = _duration_from_match(m)
                if parsed is None:
                    continue
                # the span is the duration phrase itself plus the noun it qualifies
                start = m.start("q") if m.groupdict().get("q") else _value_start(m)
                end = m.end()
                if pattern is _VERBAL or pattern is _APPOSITIVE:
                    end = m.end("long") if m.group("long") else _value_end(m)
                if pattern is _UNIT_LONG:
                    start = m.start("unit")
                found.append(Match(s_start + start, s_start + end, {"kind": "duration", **parsed}))
    return _dedupe(found)


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


def _dedupe(found: list[Match]) -> list[Match]:
    """Keep the longest of overlapping matches."""
    kept: list[Match] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and item.start < kept[-1].end:
            if item.end - item.start > kept[-1].end - kept[-1].start:
                kept[-1] = item
            continue
        kept.append(item)
    return kept


# ------------------------------------------------------------------ dates

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:tember|t\.|\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
DATE_PHRASE = (
    rf"(?P<date>"
    rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\w-])"  # Oct. 3 / October 3, 2017
    rf"|(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?![\w-])"  # 3 October
    rf"|{_YEAR}-\d{{2}}-\d{{2}}(?![\w-])"  # 2017-10-03
    rf"|{_MONTH}\s+{_YEAR}(?![\w-])"  # March 2017
    rf"|(?:last\s+|this\s+(?:past\s+)?)?{_WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?"
    rf"|yesterday|today|(?:late\s+|early\s+|earlier\s+|in\s+)?last\s+(?:week|month)|earlier\s+this\s+(?:week|month)"
    rf"|{_MONTH}(?![\w-])"  # "in March": month precision
    rf")"
)
_RECORDED_STRONG = r"dated|filmed|videotaped|date-stamped|time-stamped|timestamped"
_RECORDED_WEAK = r"recorded|shot|taken|captured|made"
_RELEASED = (
    r"released|posted|published|uploaded|shared|circulated|surfaced|emerged|broadcast|aired|distributed"
    r"|put\s+out|appeared\s+online|went\s+online|went\s+viral"
)
_TIME_OF_DAY = r"(?:(?:the\s+)?(?:early\s+|late\s+)?(?:night|morning|afternoon|evening|hours|weekend)\s+of\s+)?"
_DATE_TRIGGER = re.compile(
    rf"\b(?P<verb>{_RECORDED_STRONG}|{_RECORDED_WEAK}|{_RELEASED})\b"
    rf"(?P<gap>(?:\s+(?!(?:said|says|when|after|before|because|while|but|who|which|and)\b)[\w'’-]+){{0,8}}?)"
    rf",?\s+(?:(?:on|in|at|during|from|as\s+early\s+as|as\s+of)\s+)?{_TIME_OF_DAY}{DATE_PHRASE}",
    re.IGNORECASE,
)


def _role(verb: str) -> str:
    verb = verb.lower()
    if re.fullmatch(_RECORDED_STRONG, verb) or re.fullmatch(_RECORDED_WEAK, verb):
        return "recorded"
    return "released"


def extract_dates(text: str, sentence_spans: list[tuple[int, int]], published: date | None) -> list[Match]:
    found: list[Match] = []
    previous_has_video = False
    for s_start, s_end in sentence_spans:
        sentence = text[s_start:s_end]
        has_video = re.search(rf"\b{VIDEO_NOUN}\b", sentence, re.IGNORECASE) is not None
        for m in _DATE_TRIGGER.finditer(sentence):
            verb = m.group("verb").lower()
            strong = re.fullmatch(_RECORDED_STRONG, verb) is not None
            # weak verbs ("shot", "posted", "taken") need the video in view: "he was taken to hospital
            # on Monday" is not about the video; "It was posted on Monday" after a video sentence is
            pronoun = re.search(
                r"\b(?:it|which|they)\s+(?:was|were|had\s+been|has\s+been)\s*$",
                sentence[: m.start("verb")],
                re.IGNORECASE,
            )
            if not (strong or has_video or (pronoun and previous_has_video)):
                continue
            phrase = m.group("date")
            if phrase.lower() in ("may", "march") and not re.search(r"\bin\s+$", sentence[: m.start("date")]):
                continue  # "may" the verb; a bare month needs "in"
            resolved = resolve_date(phrase, published)
            found.append(
                Match(
                    s_start + m.start("date"),
                    s_start + m.end("date"),
                    {"kind": "date", "role": _role(verb), **resolved},
                )
            )
        previous_has_video = has_video
    return _dedupe(found)


def _month_number(text: str) -> int:
    key = text.lower().rstrip(".")[:3]
    return list(calendar.month_abbr).index(key.title())


def resolve_date(phrase: str, published: date | None) -> dict:
    """Normalise a found date phrase to an ISO date with its precision and how it was resolved."""
    p = re.sub(r"\s+", " ", phrase.strip())
    low = p.lower()
    need_base = {
        "value": None,
        "precision": "day",
        "partial": None,
        "reason": "relative date and no publication date to resolve it against",
    }

    weekday = re.fullmatch(rf"(?:(last|this past|this) )?({_WEEKDAY})(?: \w+)?", p, re.IGNORECASE)
    if weekday:
        if published is None:
            return need_base
        target = _WEEKDAYS.index(weekday.group(2).lower())
        back = (published.weekday() - target) % 7
        if weekday.group(1) and weekday.group(1).lower() == "last" and back == 0:
            back = 7
        value = published - timedelta(days=back)
        return {
            "value": value.isoformat(),
            "precision": "day",
            "resolution": f"the {weekday.group(2).title()} on or before publication ({published.isoformat()})",
        }
    if low in ("yesterday", "today"):
        if published is None:
            return need_base
        value = published - timedelta(days=1 if low == "yesterday" else 0)
        return {"value": value.isoformat(), "precision": "day", "resolution": f"{low}, relative to publication"}
    relative = re.fullmatch(r"(late |early |earlier |in )?(last|earlier this) (week|month)", low)
    if relative:
        if published is None:
            return {**need_base, "precision": relative.group(3)}
        if relative.group(3) == "week":
            monday = published - timedelta(days=published.weekday())
            start = monday - timedelta(days=7) if relative.group(2) == "last" else monday
            return {
                "value": start.isoformat(),
                "precision": "week",
                "resolution": f"the week starting {start.isoformat()}, relative to publication",
            }
        first = published.replace(day=1)
        if relative.group(2) == "last":
            first = (first - timedelta(days=1)).replace(day=1)
        return {
            "value": first.isoformat(),
            "precision": "month",
            "resolution": f"the month of {first.strftime('%B %Y')}, relative to publication",
        }

    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", p)
    if iso:
        try:
            value = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return {"value": None, "precision": "day", "reason": "not a calendar date"}
        return {"value": value.isoformat(), "precision": "day", "resolution": "absolute"}

    year_m = re.search(_YEAR, p)
    year = int(year_m.group(0)) if year_m else None
    day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", p.replace(year_m.group(0), "") if year_m else p)
    month_m = re.search(_MONTH, p, re.IGNORECASE)
    if not month_m:
        return {"value": None, "precision": "day", "reason": "not a date"}
    month = _month_number(month_m.group(0))
    if day_m is None:  # month precision
        if year is None:
            if published is None:
                return {
                    **need_base,
                    "precision": "month",
                    "partial": f"--{month:02d}",
                    "reason": "month without a year and no publication date",
                }
            year = published.year if month <= published.month else published.year - 1
            how = "year chosen so the month is not after publication"
        else:
            how = "absolute"
        return {"value": date(year, month, 1).isoformat(), "precision": "month", "resolution": how}
    day = int(day_m.group(1))
    normalised = _normalise_day(p, year or 2000, month, day)
    if normalised is None:
        return {"value": None, "precision": "day", "reason": "not a calendar date"}
    if year is not None:
        return {"value": normalised.isoformat(), "precision": "day", "resolution": "absolute"}
    if published is None:
        return {
            "value": None,
            "precision": "day",
            "partial": f"--{month:02d}-{day:02d}",
            "reason": "date without a year and no publication date to take the year from",
        }
    candidate = _normalise_day(p, published.year, month, day)
    if candidate is None or candidate > published:
        candidate = _normalise_day(p, published.year - 1, month, day)
    if candidate is None:
        return {"value": None, "precision": "day", "reason": "not a calendar date"}
    return {
        "value": candidate.isoformat(),
        "precision": "day",
        "resolution": "year chosen so the date is not after publication",
    }


def _normalise_day(phrase: str, year: int, month: int, day: int) -> date | None:
    """Normalise with dateparser (month abbreviations, ordinals); fall back to the numbers read."""
    import dateparser  # slow to import; only needed once a date phrase was found

    text = re.sub(rf"\b{_WEEKDAY},?\s*", "", phrase, flags=re.IGNORECASE)
    text = re.sub(r"\b(?:19|20)\d{2}\b", "", text).strip(" ,")
    parsed = dateparser.parse(
        f"{text} {year}",
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "RELATIVE_BASE": datetime(year, 1, 1),
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    if parsed is not None and parsed.month == month and parsed.day == day:
        return parsed.date()
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ------------------------------------------------------------------ entry point


def extract_claims(text: str, published: date | None = None, published_source: str | None = None) -> list[Claim]:
    """Every claim the article makes about its video, in text order.

    Args:
        text: the article's main text.
        published: the publication date, used to resolve relative dates.
        published_source: where the publication date came from; when given, a `published`
            date claim is added first.
    """
    spans = sentences(text)
    found: list[Match] = [*extract_durations(text, spans), *extract_dates(text, spans, published)]
    found += extract_scene(text, spans)
    found.sort(key=lambda f: f.start)
    claims: list[Claim] = []
    if published is not None:
        origin = "option" if published_source and published_source.startswith("option") else "metadata"
        claims.append(
            Claim(
                id="c1",
                kind="date",
                text=published.isoformat(),
                start=None,
                end=None,
                sentence=f"publication date ({published_source or 'given'})",
                value=published.isoformat(),
                role="published",
                precision="day",
                resolution=published_source,
                origin=origin,
            )
        )
    for item in found:
        sentence = next((text[a:b] for a, b in spans if a <= item.start < b), "")
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                text=text[item.start : item.end],
                start=item.start,
                end=item.end,
                sentence=sentence,
                **item.claim,
            )
        )
    return claims
