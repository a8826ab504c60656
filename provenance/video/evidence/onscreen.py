"""Text burned into the picture: camera date stamps and corner logos, from the keyframes' OCR readings.

Where it sits: inside the evidence builder, after the decode pass has read every keyframe's text
lines. It opens no file. Cameras, dashcams, CCTV and body cameras print their clock in a handful of
layouts: `2021-03-14 22:10:05`, `14/03/2021`, `03-14-2021 10:10 PM`, `MAR 14 2021`, `14.03.21`. Each
stamp is kept with the keyframe's time, where it sits and the OCR line it came from. When day and
month could be either way (03/04/2021), both readings are kept and the stamp says so. Lines in a
corner that are not a stamp are the text of logos and channel names, kept once per reading.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from provenance.article.claims.vocabulary import MONTH_ABBREVIATIONS
from provenance.languages import LATIN_LOOKALIKES
from provenance.models import ClockReading, Keyframe, OnscreenDate, OnscreenText, TextRegion

_SEP = r"\s?[-/.]\s?"
_MONTH = r"(?P<mon>" + "|".join(name.upper() for name in MONTH_ABBREVIATIONS) + r")[A-Z]*\.?"
_YEAR4 = r"(?P<y>(?:19|20)\d{2})"
# (pattern, order); the first that matches a line wins, so the unambiguous layouts come first
_STAMPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(?<!\d){_YEAR4}{_SEP}(?P<m>\d{{1,2}}){_SEP}(?P<d>\d{{1,2}})(?!\d)"), "year-month-day"),
    (re.compile(rf"(?<!\d)(?P<a>\d{{1,2}}){_SEP}(?P<b>\d{{1,2}}){_SEP}{_YEAR4}(?!\d)"), "numeric"),
    (re.compile(r"(?<![\d.:])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{2})(?![\d.:])"), "numeric"),
    (re.compile(rf"\b{_MONTH}\s?(?P<d>\d{{1,2}})(?:ST|ND|RD|TH)?,?\s?{_YEAR4}(?!\d)"), "month-name"),
    (re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s?{_MONTH}\s?,?\s?{_YEAR4}(?!\d)"), "month-name"),
    (re.compile(rf"(?<!\d){_YEAR4}\s?{_MONTH}\s?(?P<d>\d{{1,2}})(?!\d)"), "month-name"),
]
_TIME = re.compile(r"(?<!\d)(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s?(?P<ampm>[AP])\.?M\b\.?)?")
# what OCR makes of digits in a stamp: O for 0, I l | for 1
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})
_STAMP_TOKEN = re.compile(r"[0-9OoIl|:./-]{3,}")


def onscreen_dates(keyframes: list[Keyframe]) -> list[OnscreenDate]:
    """Every date stamp OCR read on a keyframe, in keyframe order."""
    found: list[OnscreenDate] = []
    for keyframe in keyframes:
        for region in keyframe.text:
            if region.text:
                stamp = parse_stamp(region.text)
                if stamp is not None:
                    found.append(_located(stamp, keyframe.time_s, region))
    return found


def _located(stamp: OnscreenDate, time_s: float, region: TextRegion) -> OnscreenDate:
    return stamp.model_copy(update={"time_s": time_s, "position": region.position, "box": region.box})


def parse_stamp(text: str) -> OnscreenDate | None:
    """The date (and time) a camera printed, read from one OCR line; None when the line holds none.

    The returned stamp's `time_s`, `position` and `box` are placeholders for the caller to fill.
    """
    line = _STAMP_TOKEN.sub(lambda m: m.group(0).translate(_DIGIT_LOOKALIKES), text.translate(LATIN_LOOKALIKES)).upper()
    for pattern, order in _STAMPS:
        match = pattern.search(line)
        if match is None:
            continue
        days = _days(match, order)
        if not days:
            continue
        rest = line[: match.start()] + " " + line[match.end() :]
        clock = _clock(rest)
        readings = [ClockReading(value=_iso(day, clock), order=kind) for day, kind in days]
        ambiguous = len(readings) > 1
        note = None
        if ambiguous:
            note = f"day and month could be either way in {match.group(0).strip()!r}: both readings kept"
        return OnscreenDate(
            time_s=0.0,
            position="middle",
            box=[],
            text=text,
            stamp=(match.group(0) + (" " + clock[3] if clock else "")).strip(),
            readings=readings,
            ambiguous=ambiguous,
            note=note,
        )
    return None


def _days(match: re.Match[str], order: str) -> list[tuple[date, str]]:
    """The calendar days a match can mean, each with the order it was read in."""
    groups = match.groupdict()
    year = int(groups["y"])
    year += 0 if year >= 100 else 1900 if year >= 70 else 2000
    if order == "year-month-day":
        return _valid([(year, int(groups["m"]), int(groups["d"]), order)])
    if order == "month-name":
        month = [name.upper() for name in MONTH_ABBREVIATIONS].index(groups["mon"][:3]) + 1
        return _valid([(year, month, int(groups["d"]), order)])
    a, b = int(groups["a"]), int(groups["b"])
    if a == b:
        return _valid([(year, a, a, "day-month-year")])
    return _valid([(year, b, a, "day-month-year"), (year, a, b, "month-day-year")])


def _valid(candidates: list[tuple[int, int, int, str]]) -> list[tuple[date, str]]:
    days = []
    for year, month, day, order in candidates:
        try:
            days.append((date(year, month, day), order))
        except ValueError:
            continue
    return days


def _clock(text: str) -> tuple[int, int, int, str] | None:
    """(hour, minute, second, as printed) of the first time of day in the line, on a 24-hour clock."""
    match = _TIME.search(text)
    if match is None:
        return None
    hour, minute, second = int(match["h"]), int(match["mi"]), int(match["s"] or 0)
    if match["ampm"]:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if match["ampm"] == "P" else 0)
    return hour, minute, second, match.group(0).strip()


def _iso(day: date, clock: tuple[int, int, int, str] | None) -> str:
    if clock is None:
        return day.isoformat()
    return datetime(day.year, day.month, day.day, clock[0], clock[1], clock[2]).isoformat()


def onscreen_text(keyframes: list[Keyframe]) -> list[OnscreenText]:
    """Text read in a corner that is not a date stamp (logos, channel names), once per reading."""
    seen: dict[tuple[str, str], OnscreenText] = {}
    for keyframe in keyframes:
        for region in keyframe.text:
            if region.position != "corner" or not region.text or parse_stamp(region.text) is not None:
                continue
            corner = _corner(region.box, keyframe.width, keyframe.height)
            key = (" ".join(region.text.casefold().split()), corner)
            if key in seen:
                seen[key] = seen[key].model_copy(update={"keyframes": seen[key].keyframes + 1})
                continue
            seen[key] = OnscreenText(
                text=region.text,
                corner=corner,
                first_s=keyframe.time_s,
                keyframes=1,
                script=region.script,
                language=region.language,
            )
    return list(seen.values())


def _corner(box: list[int], width: int, height: int) -> str:
    x, y, w, h = box
    vertical = "top" if y + h / 2 < height / 2 else "bottom"
    horizontal = "left" if x + w / 2 < width / 2 else "right"
    return f"{vertical}_{horizontal}"
