"""The language of an OCR reading: lingua tells Arabic from Persian and Urdu, Russian from Ukrainian.

Where it sits: after OCR, at the end of the decode pass (`video.detectors.keyframes`). Tesseract's
script says "Arabic script"; lingua (`lingua-language-detector`, whose n-gram models ship inside
the wheel) says which language of that script. One detector per script, built at its first line
with only that script's languages (`languages.SCRIPT_LANGUAGES`: the fewer, the less to load and the
fewer to confuse), and kept for the process.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from provenance.languages import SCRIPT_LANGUAGES
from provenance.settings import TEXT_LANGUAGE_MIN_LETTERS

# Scripts whose detector runs in lingua's low-accuracy mode (trigrams only). Measured with
# benchmarks/text_language.py on 2 cores: the 17 Latin-script languages take 1.5 s to load in full,
# 0.1 s in this mode, which read one of its 9 Latin lines wrong (Turkish as Azerbaijani) where full
# accuracy read none. Arabic (0.5 s) and Cyrillic (0.8 s) keep full accuracy: telling Persian from
# Arabic, Ukrainian from Russian, is what the detector is here for.
LOW_ACCURACY_SCRIPTS = {"Latin"}


@cache
def _detector(script: str) -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    codes = SCRIPT_LANGUAGES[script]
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes]
    if len(languages) == 1:
        return None
    builder = LanguageDetectorBuilder.from_languages(*languages)
    if script in LOW_ACCURACY_SCRIPTS:
        builder = builder.with_low_accuracy_mode()
    return builder.with_preloaded_language_models().build()


def identify(text: str, script: str | None) -> tuple[str, float] | None:
    """(ISO 639-1 code, lingua's confidence) of a reading in `script`, or None when it cannot be told."""
    if script is None or script not in SCRIPT_LANGUAGES or sum(ch.isalpha() for ch in text) < TEXT_LANGUAGE_MIN_LETTERS:
        return None
    detector = _detector(script)
    if detector is None:  # a script with one language here: the script says it
        return SCRIPT_LANGUAGES[script][0], 1.0
    values = detector.compute_language_confidence_values(text)
    if not values:
        return None
    return values[0].language.iso_code_639_1.name.lower(), round(float(values[0].value), 3)
