"""The claim extractor's vocabulary, as named tables: every word list lives here once.

Where it sits: read by the claim extractors (`sentences`, `durations`, `dates`, `scene`) and the
article loader (dateline months). A table is data, not logic: each pattern that uses it says
what it is for. Two tables never share a name.
"""

from __future__ import annotations

import re

# ------------------------------------------------------------------ numbers

UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
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
    r"(?:(?:" + "|".join(TENS_WORDS) + r")(?:[\s-](?:" + "|".join(list(UNIT_WORDS)[1:10]) + r"))?"
    r"|" + "|".join(sorted(UNIT_WORDS, key=len, reverse=True)) + r")"
)
# a number as newsroom copy writes an amount: "42", "forty-two", "a", "half a"
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
    total = 0.0
    for part in re.split(r"[\s-]+", word):
        if part in TENS_WORDS:
            total += TENS_WORDS[part]
        elif part in UNIT_WORDS:
            total += UNIT_WORDS[part]
        else:
            return None
    return float(total)


# ------------------------------------------------------------------ calendar

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTHS)  # Jan ... Dec, as datelines write them
# a month as copy writes it: "Oct.", "Sept.", "October", "Sep"
MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:tember|t\.|\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"


def month_number(text: str) -> int:
    """ "Oct." -> 10, "September" -> 9."""
    return MONTH_ABBREVIATIONS.index(text.strip().rstrip(".")[:3].title()) + 1


# ------------------------------------------------------------------ the video and what it shows

# Nouns that put the video in view: the ones a duration may qualify, and what a video shows.
VIDEO_NOUN = (
    r"(?:videos?|video\s*clips?|clips?|footage|recordings?|films?|videotapes?|tapes?|livestreams?"
    r"|broadcasts?|segments?|reels?)"
)
IN_VIEW_NOUN = rf"(?:{VIDEO_NOUN}|images|pictures|scenes?)"

# ------------------------------------------------------------------ languages (ISO 639-1)

LANGUAGES = {
    "arabic": "ar", "russian": "ru", "english": "en", "french": "fr", "german": "de", "spanish": "es",
    "persian": "fa", "farsi": "fa", "dari": "fa", "kurdish": "ku", "turkish": "tr", "ukrainian": "uk",
    "hebrew": "he", "urdu": "ur", "pashto": "ps", "chinese": "zh", "mandarin": "zh", "cantonese": "zh",
    "hindi": "hi", "portuguese": "pt", "italian": "it", "somali": "so", "swahili": "sw", "hausa": "ha",
    "amharic": "am", "tigrinya": "ti", "burmese": "my", "japanese": "ja", "korean": "ko", "polish": "pl",
    "dutch": "nl", "greek": "el", "uzbek": "uz", "tajik": "tg", "azerbaijani": "az", "georgian": "ka",
    "armenian": "hy", "bengali": "bn", "tamil": "ta", "indonesian": "id", "malay": "ms", "thai": "th",
    "vietnamese": "vi", "romanian": "ro", "serbian": "sr", "croatian": "hr", "belarusian": "be",
}  # fmt: skip

# ------------------------------------------------------------------ sources

PLATFORMS = (
    r"Telegram|YouTube|Twitter|X|Facebook|TikTok|Instagram|VK|VKontakte|WhatsApp|Rumble|Odysee|Truth\s+Social"
    r"|Weibo|Douyin|Snapchat|Reddit"
)

# ------------------------------------------------------------------ capitalised words that are not places

_PRONOUNS = {"the", "a", "an", "he", "she", "it", "they", "his", "her", "its", "their"}
NOT_PLACES = (
    {name.lower() for name in MONTHS + WEEKDAYS}
    | {abbreviation.lower() for abbreviation in MONTH_ABBREVIATIONS}
    | {"sept", "reuters"}
    | _PRONOUNS
)
