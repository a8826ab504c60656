"""Writing systems and the languages written in them: one table for the OCR side and the checks.

Where it sits: read by the text-language adapter (`video.keyframe.language`: which languages lingua
chooses among for a script) and the subtitle check (which script a claimed language is written in,
and whether lingua can tell it from its neighbours). Plain data: importing it loads nothing.
Codes are ISO 639-1; script names are those `video.keyframe.ocr.script_of` gives.
"""

from __future__ import annotations

# The script each subtitle language is written in.
LANGUAGE_SCRIPT: dict[str, str] = {
    **dict.fromkeys(("ar", "fa", "ur", "ps", "ku"), "Arabic"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn"), "Cyrillic"),
    **dict.fromkeys(("he", "yi"), "Hebrew"),
    "el": "Greek",
    **dict.fromkeys(
        ("en", "fr", "de", "es", "it", "pt", "nl", "tr", "pl", "ro", "cs", "sv", "da", "no", "fi", "hu", "id", "az"),
        "Latin",
    ),
}

# Per script, the languages lingua chooses among for a line read in it: those of the script that a
# newsroom meets in this tool's work and that lingua knows (it has no Pashto, Kurdish or Kyrgyz). A
# claimed language outside its script's row is checked by script alone.
SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "Arabic": ("ar", "fa", "ur"),
    "Cyrillic": ("ru", "uk", "be", "bg", "mk", "sr", "kk", "mn"),
    "Hebrew": ("he",),
    "Greek": ("el",),
    "Latin": (
        "en", "fr", "de", "es", "pt", "it", "tr", "pl", "nl", "ro", "id", "ms", "so", "sw", "az", "vi", "hr",
    ),
}  # fmt: skip

# Cyrillic and Greek letters that look like Latin ones: OCR with Russian loaded reads a Latin "PM" or
# "AMAQ" in capitals as Cyrillic "РМ", "АМА..." Folded to Latin before a stamp is parsed or a logo
# compared with a name.
LATIN_LOOKALIKES = str.maketrans(
    "АВЕЗІЈКМНОРСТУХаеіјорсухΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "ABE3IJKMHOPCTYXaeijopcyxABEZHIKMNOPTYX",
)
