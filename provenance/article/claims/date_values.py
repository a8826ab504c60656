"""Date values: a date phrase already found -> an ISO date, its precision and how it was resolved.

Where it sits: called by the date rules (`dates`) on the phrase they found, never on a whole
paragraph. Relative phrases ("Tuesday", "last week", "last October") count back from the
publication date; a month or day without a year takes the latest year that does not put it
after publication. A phrase
that names no calendar date ("the eve of the election", "a day after the attack") stays
unresolved, with the reason.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from provenance.article.claims import programs
from provenance.article.claims.vocabulary import (
    HOLIDAY,
    HOLIDAYS,
    MONTH,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    month_number,
    number_value,
)

_NEEDS_BASE = "relative date and no publication date to resolve it against"
_PARTS = r"(?:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)"


def unresolved(precision: str, partial: str | None, reason: str) -> dict:
    """No calendar date: what could be read of it, and why."""
    return {"value": None, "precision": precision, "partial": partial, "reason": reason}


def resolve_date(phrase: str, published: date | None) -> dict:
    """Normalise a found date phrase to an ISO date with its precision and how it was resolved."""
    p = programs.sub(r"\s+", " ", phrase.strip()).strip(",")
    bracketed = programs.search(r"\(([^)]+)\)", p)  # "Monday (September 5)": the date in brackets says it
    if bracketed and programs.search(MONTH, bracketed.group(1)):
        p = bracketed.group(1)
    p = programs.sub(rf"^{_PARTS}[- ]", "", p, flags=re.IGNORECASE)  # "early May": the month
    holiday = programs.match(rf"{HOLIDAY}", p, re.IGNORECASE)
    if holiday is not None:  # "Christmas Day 2019": December 25, 2019
        p = HOLIDAYS[holiday.group(0).lower().replace("’", "'")] + p[holiday.end() :]
    for resolver in (_resolve_relative, _resolve_numeric):
        found = resolver(p, published)
        if found is not None:
            return found
    return _resolve_calendar(p, published)


def _resolve_relative(p: str, published: date | None) -> dict | None:
    """A weekday, "yesterday", "last week": a day or span counted back from publication (None: not relative)."""
    low = p.lower()
    need_base = unresolved("day", None, _NEEDS_BASE)
    weekday = programs.fullmatch(
        rf"(?:(last|this past|this|early on|late on|on) )?({WEEKDAY})(?:'s)?(?: \w+)?", p, re.I
    )
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
    if low in ("yesterday", "today", "tonight", "this morning", "last night", "this evening"):
        if published is None:
            return need_base
        value = published - timedelta(days=1 if low in ("yesterday", "last night") else 0)
        return {"value": value.isoformat(), "precision": "day", "resolution": f"{low}, relative to publication"}
    if programs.fullmatch(r"recently|(?:the )?(?:recent|past few|last few) (?:days|weeks|months)", low):
        return unresolved("day", None, "a recent span, not a calendar date")
    hours = programs.fullmatch(r"(?:over |in |within )?the (?:last|past) (\d+) hours", low)
    if hours:
        if published is None:
            return need_base
        value = published - timedelta(days=-(-int(hours.group(1)) // 24))
        return {"value": value.isoformat(), "precision": "day", "resolution": f"{low}, back from publication"}
    if programs.fullmatch(r"(?:last|this past) weekend", low):
        if published is None:
            return unresolved("week", None, _NEEDS_BASE)
        back = (published.weekday() - 5) % 7  # to the Saturday on or before publication
        if low.startswith("last") and back < 2 or back == 0 and low.startswith("this"):
            back += 7  # published on a weekend: "last weekend" is the one before (and "this past" never today)
        saturday = published - timedelta(days=back)
        how = f"the weekend of Saturday {saturday.isoformat()}, before publication (checked as the week from it)"
        return {"value": saturday.isoformat(), "precision": "week", "resolution": how}
    span = programs.fullmatch(
        r"(?:late |early |earlier |in |over )?(last|earlier this|this|the past) (week|month|year)", low
    )
    if span:
        return _relative_span(span.group(1), span.group(2), published)
    ago = programs.fullmatch(
        r"(?:some |about |around |nearly |almost |more than |over )?(\w+(?: \w+){0,2}) (year|month|week|day)s? ago", low
    )
    if ago:
        return _ago(ago.group(1), ago.group(2), published)
    year_of = programs.fullmatch(rf"the year ({YEAR})", low)
    if year_of:
        return {"value": f"{year_of.group(1)}-01-01", "precision": "year", "resolution": "absolute"}
    this_year = programs.fullmatch(rf"({MONTH}) this year", p, re.IGNORECASE)
    if this_year and published is not None:
        month = month_number(this_year.group(1))
        return {"value": date(published.year, month, 1).isoformat(), "precision": "month", "resolution": "this year"}
    last_month = programs.fullmatch(rf"(?:late |early )?last ({MONTH})(?:['’]s)?", p, re.IGNORECASE)
    if last_month:
        if published is None:
            return unresolved("month", None, _NEEDS_BASE)
        month = month_number(last_month.group(1))
        year = published.year if month < published.month else published.year - 1
        return {"value": date(year, month, 1).isoformat(), "precision": "month", "resolution": "the latest such month"}
    return None


def _ago(count: str, unit: str, published: date | None) -> dict:
    """ "four years ago": that long before publication, to the unit's precision."""
    if count.lower() in ("a few", "several", "some"):
        return unresolved(unit, None, f'"{count} {unit}s" names no calendar date')  # three? five? a guess would check
    amount = {"a couple of": 2}.get(count.lower()) or number_value(count)
    if amount is None or published is None:
        return unresolved(unit, None, _NEEDS_BASE if amount is not None else "not a number")
    units = unit if amount == 1 else f"{unit}s"  # "a week before publication", "two weeks ..."
    if unit == "year":
        year = published.year - int(amount)
        return {
            "value": date(year, 1, 1).isoformat(),
            "precision": "year",
            "resolution": f"{count} {units} before publication",
        }
    if unit == "month":
        months = published.year * 12 + published.month - 1 - int(amount)
        value = date(months // 12, months % 12 + 1, 1)
        return {"value": value.isoformat(), "precision": "month", "resolution": f"{count} {units} before publication"}
    days = int(amount) * (7 if unit == "week" else 1)
    value = published - timedelta(days=days)
    return {"value": value.isoformat(), "precision": unit, "resolution": f"{count} {units} before publication"}


def _relative_span(which: str, unit: str, published: date | None) -> dict:
    if published is None:
        return unresolved(unit, None, _NEEDS_BASE)
    back = which == "last"
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        start = monday - timedelta(days=7) if back else monday
        return {
            "value": start.isoformat(),
            "precision": "week",
            "resolution": f"the week starting {start.isoformat()}, relative to publication",
        }
    if unit == "month":
        first = published.replace(day=1)
        if back:
            first = (first - timedelta(days=1)).replace(day=1)
        how = f"the month of {first.strftime('%B %Y')}, relative to publication"
        return {"value": first.isoformat(), "precision": "month", "resolution": how}
    year = published.year - (1 if back else 0)
    return {
        "value": date(year, 1, 1).isoformat(),
        "precision": "year",
        "resolution": f"{year}, relative to publication",
    }


def _resolve_numeric(p: str, published: date | None) -> dict | None:
    """ "2017-10-03", "14/03/2021", "12/01/2019" (day and month order ambiguous: unresolved, says so)."""
    iso = programs.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", p)
    if iso:
        value = _calendar_day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if value is None:
            return unresolved("day", None, "not a calendar date")
        return {"value": value.isoformat(), "precision": "day", "resolution": "absolute"}
    numeric = programs.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})", p)
    if not numeric:
        return None
    first, second, year = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
    year += 2000 if year < 100 else 0
    if first <= 12 and second <= 12 and first != second:
        return unresolved("day", None, f"day and month order is ambiguous in {p}")
    day, month = (first, second) if first > 12 else (second, first)
    value = _calendar_day(year, month, day)
    if value is None:
        return unresolved("day", None, "not a calendar date")
    return {"value": value.isoformat(), "precision": "day", "resolution": "numeric date, the only valid order"}


def _resolve_calendar(p: str, published: date | None) -> dict:
    """A month with or without a day and a year, or a year alone; a missing year is taken so the date
    is not after publication."""
    year_m = programs.search(YEAR, p)
    year = int(year_m.group(0)) if year_m else None
    day_m = programs.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", p.replace(year_m.group(0), "") if year_m else p)
    month_m = programs.search(MONTH, p, re.IGNORECASE)
    if not month_m:
        if year is not None:
            return {"value": date(year, 1, 1).isoformat(), "precision": "year", "resolution": "absolute"}
        return unresolved("day", None, "not a date")
    month = month_number(month_m.group(0))
    if year is not None and day_m is None and programs.search(rf"{MONTH}\s+(?:or|and|to)\s+{MONTH}", p, re.I):
        # "March or April 2018": either month, so only the year is sure
        return {"value": date(year, 1, 1).isoformat(), "precision": "year", "resolution": "two months named: the year"}
    if day_m is None:  # month precision
        if year is None:
            if published is None:
                return unresolved("month", f"--{month:02d}", "month without a year and no publication date")
            year = published.year if month <= published.month else published.year - 1
            how = "year chosen so the month is not after publication"
        else:
            how = "absolute"
        return {"value": date(year, month, 1).isoformat(), "precision": "month", "resolution": how}
    day = int(day_m.group(1))
    normalised = _calendar_day(year or 2000, month, day)
    if normalised is None:
        return unresolved("day", None, "not a calendar date")
    if year is not None:
        return {"value": normalised.isoformat(), "precision": "day", "resolution": "absolute"}
    if published is None:
        why = "date without a year and no publication date to take the year from"
        return unresolved("day", f"--{month:02d}-{day:02d}", why)
    candidate = _calendar_day(published.year, month, day)
    if candidate is None or candidate > published:
        candidate = _calendar_day(published.year - 1, month, day)
    if candidate is None:
        return unresolved("day", None, "not a calendar date")
    return {
        "value": candidate.isoformat(),
        "precision": "day",
        "resolution": "year chosen so the date is not after publication",
    }


def years_before(count: str, published: date | None, bound: bool = False) -> dict:
    """ "a three-year-old video", "four years old": the year that many years before publication; with a
    bound ("more than two years old") the day that many years before, which the bound is measured from."""
    years = number_value(count.replace("-", " "))
    if years is None or published is None:
        return unresolved("year", None, _NEEDS_BASE if years is not None else "not a number of years")
    year = published.year - int(years)
    if bound:
        day = _calendar_day(year, published.month, published.day) or date(year, published.month, 28)
        return {"value": day.isoformat(), "precision": "day", "resolution": f"{int(years)} years before publication"}
    return {
        "value": date(year, 1, 1).isoformat(),
        "precision": "year",
        "resolution": f"{int(years)} years before publication",
    }


def _calendar_day(year: int, month: int, day: int) -> date | None:
    """The calendar day, or None when there is none (February 30). The pattern that found a phrase
    has already read its day, month and year (ordinals, month abbreviations, a weekday before it)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
