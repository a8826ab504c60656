"""Sentences: the article's text split into spans, without breaking after "Oct." or "U.S."."""

from __future__ import annotations

from provenance.article.claims import programs

_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen",
    "rep", "rev", "prof", "no", "vs", "mt", "ft", "det", "insp", "supt", "cpl", "pvt", "adm", "brig",
    "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "inc", "corp",
}  # fmt: skip
_BOUNDARY = programs.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*")


def sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans, not breaking after abbreviations like "Oct." or "U.S."."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        cut = match.start()
        if "\n" not in match.group(0):
            word = programs.search(r"([\w.]+)\.$", text[start:cut])
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
