"""Date claims: a date phrase tied to a verb of recording or release ("dated Oct. 3", "released a video
on Tuesday"), normalised against the publication date.

Phrases are found with patterns; the date phrase that was found (never the whole paragraph) is then
normalised with dateparser, relative dates against the publication date with the past preferred.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from provenance.article.claims.matches import Match, keep_longest
from provenance.article.claims.vocabulary import DAY, MONTH, VIDEO_NOUN, WEEKDAY, WEEKDAYS, YEAR, month_number

DATE_PHRASE = (
    rf"(?P<date>"
    rf"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?(?![\w-])"  # Oct. 3 / October 3, 2017
    rf"|(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?(?![\w-])"  # 3 October
    rf"|{YEAR}-\d{{2}}-\d{{2}}(?![\w-])"  # 2017-10-03
    rf"|{MONTH}\s+{YEAR}(?![\w-])"  # March 2017
    rf"|(?:last\s+|this\s+(?:past\s+)?)?{WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?"
    rf"|yesterday|today|(?:late\s+|early\s+|earlier\s+|in\s+)?last\s+(?:week|month)|earlier\s+this\s+(?:week|month)"
    rf"|{MONTH}(?![\w-])"  # "in March": month precision
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
    return keep_longest(found)


_NEEDS_BASE = "relative date and no publication date to resolve it against"


def resolve_date(phrase: str, published: date | None) -> dict:
    """Normalise a found date phrase to an ISO date with its precision and how it was resolved."""
    p = re.sub(r"\s+", " ", phrase.strip())
    relative = _resolve_relative(p, published)
    if relative is not None:
        return relative
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", p)
    if iso:
        try:
            value = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return {"value": None, "precision": "day", "reason": "not a calendar date"}
        return {"value": value.isoformat(), "precision": "day", "resolution": "absolute"}
    return _resolve_calendar(p, published)


def _resolve_relative(p: str, published: date | None) -> dict | None:
    """A weekday, "yesterday", "last week": a day or span counted back from publication (None: not relative)."""
    low = p.lower()
    need_base = _unresolved("day", None, _NEEDS_BASE)
    weekday = re.fullmatch(rf"(?:(last|this past|this) )?({WEEKDAY})(?: \w+)?", p, re.IGNORECASE)
    if weekday:
        if published is None:
            return need_base
        back = (published.weekday() - WEEKDAYS.index(weekday.group(2).title())) % 7
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
    if not relative:
        return None
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


def _resolve_calendar(p: str, published: date | None) -> dict:
    """A month with or without a day and a year; a missing year is taken so the date is not after publication."""
    year_m = re.search(YEAR, p)
    year = int(year_m.group(0)) if year_m else None
    day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", p.replace(year_m.group(0), "") if year_m else p)
    month_m = re.search(MONTH, p, re.IGNORECASE)
    if not month_m:
        return {"value": None, "precision": "day", "reason": "not a date"}
    month = month_number(month_m.group(0))
    if day_m is None:  # month precision
        if year is None:
            if published is None:
                return _unresolved("month", f"--{month:02d}", "month without a year and no publication date")
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
        why = "date without a year and no publication date to take the year from"
        return _unresolved("day", f"--{month:02d}-{day:02d}", why)
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


def _unresolved(precision: str, partial: str | None, reason: str) -> dict:
    """No calendar date: what could be read of it, and why."""
    return {"value": None, "precision": precision, "partial": partial, "reason": reason}


def _normalise_day(phrase: str, year: int, month: int, day: int) -> date | None:
    """Normalise with dateparser (month abbreviations, ordinals); fall back to the numbers read."""
    import dateparser  # slow to import; only needed once a date phrase was found

    text = re.sub(rf"\b{WEEKDAY},?\s*", "", phrase, flags=re.IGNORECASE)
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
