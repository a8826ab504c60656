"""The article's language, detected offline, so that an article the patterns cannot read says so.

Where it sits: after loading, before claim extraction. English copy is recognised at once by its
function words (a fifth of the words of running English text are "the", "of", "and", "to", ...);
anything else goes to lingua-language-detector, whose models ship inside the package and load
only when asked (about 0.1 s for the languages of one script).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from provenance.settings import ENGLISH_FUNCTION_SHARE

_ENGLISH = frozenset(
    {
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "it",
        "with",
        "as",
        "was",
        "by",
        "at",
        "from",
        "this",
        "be",
        "are",
        "have",
        "has",
        "had",
        "were",
        "which",
        "said",
        "not",
        "but",
        "or",
        "an",
        "its",
        "they",
        "he",
        "she",
        "his",
        "her",
        "their",
        "been",
        "who",
        "will",
        "would",
        "after",
    }
)
# languages a newsroom's copy comes in most often; fewer models load faster and confuse less
_LANGUAGES = (
    "ENGLISH", "FRENCH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "RUSSIAN", "UKRAINIAN", "POLISH",
    "ARABIC", "PERSIAN", "URDU", "TURKISH", "HEBREW", "CHINESE", "JAPANESE", "KOREAN", "HINDI", "INDONESIAN",
    "SWAHILI", "SOMALI", "ROMANIAN", "GREEK", "SWEDISH", "CZECH", "HUNGARIAN", "VIETNAMESE", "BENGALI", "TAGALOG",
)  # fmt: skip


@dataclass(frozen=True)
class Detected:
    code: str | None  # ISO 639-1, None when nothing could be told
    confidence: float
    method: str


def detect_language(text: str) -> Detected:
    """The language of an article's text (ISO 639-1), with a confidence between 0 and 1."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if not words:
        return Detected(None, 0.0, "no words")
    share = sum(w in _ENGLISH for w in words) / len(words)
    if share >= ENGLISH_FUNCTION_SHARE:
        return Detected("en", round(min(1.0, share / 0.25), 2), "English function words")
    try:
        values = _detector().compute_language_confidence_values(text[:5000])
    except Exception as exc:  # noqa: BLE001 - a detector failure is a missing reading, not a crash
        return Detected(None, 0.0, f"lingua failed: {type(exc).__name__}")
    if not values:
        return Detected(None, 0.0, "lingua: no language")
    best = values[0]
    return Detected(best.language.iso_code_639_1.name.lower(), round(float(best.value), 2), "lingua-language-detector")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
