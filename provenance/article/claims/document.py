"""The document pass: which sentences are about the video, decided once for every kind of claim.

Where it sits: first step of claim extraction, after sentence splitting. A sentence is about the
video (`in_scope`) when it names it (a video noun: "video", "footage", "the clip") or when it
continues a sentence that did, in the same paragraph, with a reference back ("In it, ...", "He
tells ...", "The man ...", "It was posted ...") or by describing what is seen or heard ("can be
seen", "is heard"). The headline counts as a sentence of its own. The document also keeps what
every extractor may need: the publication date, the countries it names (to tell Dmytrivka in
Ukraine from Dmitriyevka in Russia) and whether it reads as a debunk (a fact-check restating a
claim to refute it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from provenance.article.claims.sentences import sentences
from provenance.article.claims.vocabulary import DEMONYMS, SCOPE_NOUN

# sentences a reference back may reach after the one that named the video
SCOPE_REACH = 3
_NAMES_VIDEO = re.compile(rf"\b(?:{SCOPE_NOUN}|filmed|videotaped|on\s+camera)\b", re.IGNORECASE)
_REFERS_BACK = re.compile(
    r"^\W*(?:(?:later|earlier|then|also|elsewhere|at\s+(?:one|another)\s+point|at\s+the\s+(?:end|start|beginning)"
    r"|in\s+(?:it|one|another|the\s+\w+\s+(?:part|half|section|scene|segment|frame))),?\s+)?"
    r"(?:in\s+it|it|its|they|he|she|his|her|him|one|both|the\s+(?:\w+\s+){0,2}(?:m[ae]n|wom[ae]n|soldiers?|boys?|girls?"
    r"|fighters?|hostages?|captives?|prisoners?|officers?|person|people|group|speaker|narrator|commander|militants?"
    r"|gunm[ae]n|child|children|driver|pilot|crowd|victim|suspect|other|latter|former)|the\s+(?:other|same))\b",
    re.IGNORECASE,
)
_SEEN_OR_HEARD = re.compile(
    r"\b(?:can|could)\s+(?:also\s+)?be\s+(?:seen|heard)|\b(?:is|are|was|were)\s+(?:seen|heard|shown|visible)\b"
    r"|\b(?:it|they)\s+(?:also\s+)?(?:shows?|showed|depicts?|features?|captures?|begins?|ends?|opens?|closes?)\b"
    r"|\b(?:in\s+it|on\s+camera|to\s+the\s+camera)\b",
    re.IGNORECASE,
)
_DEBUNK = re.compile(
    r"\b(?:false(?:ly)?|misleading(?:ly)?|fake|fabricated|doctored|misattributed|miscaptioned|mislabell?ed|out\s+of\s+context"
    r"|fact[- ]?check(?:ed|ers?)?|debunk(?:ed|s)?|not\s+(?:recent|new|from)|nothing\s+to\s+do\s+with|unrelated"
    r"|old\s+(?:video|footage|clip)|(?:years?|months?)\s+old|dates\s+back|traced\s+(?:it\s+)?back|actually|in\s+fact"
    r"|wrongly|erroneously|video\s+game|(?:posts?|users?|tweets?|captions?)\s+(?:claim|claiming)"
    r"|with\s+(?:a|the)\s+(?:false\s+)?claim|claim(?:ed|ing)?\s+(?:that\s+)?it\s+shows)\b"
    # "the clip is old", "was not filmed in Nigeria": what a debunk says of the video itself
    r"|\b(?:is|was|are|were)\s+(?:also\s+)?old\b|\bnot\s+(?:filmed|shot|taken|recorded)\s+(?:in|at|on|during)\b"
    r"|\b(?:claim|fact|rating|verdict|assessment):",  # a fact-check's headings ("Claim: ... Fact: ...")
    re.IGNORECASE,
)


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    names_video: bool
    in_scope: bool = False


@dataclass
class Document:
    text: str
    published: date | None
    sentences: list[Sentence]
    title: str | None = None
    debunk: bool = False
    countries: list[str] = field(default_factory=list)  # codes of the countries the text names, most named first

    def sentence_at(self, offset: int) -> Sentence | None:
        return next((s for s in self.sentences if s.start <= offset < s.end), None)


def read_document(text: str, published: date | None, title: str | None = None) -> Document:
    """Split the text into sentences and decide, once, which are about the video."""
    spans = sentences(text)
    found: list[Sentence] = []
    for index, (start, end) in enumerate(spans):
        paragraph = text.count("\n\n", 0, start)
        words = text[start:end]
        found.append(Sentence(index, start, end, words, paragraph, bool(_NAMES_VIDEO.search(words))))
    last_named: Sentence | None = None
    for sentence in found:
        if sentence.names_video:
            sentence.in_scope = True
            last_named = sentence
        elif last_named is not None and _continues(sentence, last_named):
            sentence.in_scope = True
    debunk = bool(_DEBUNK.search(text) or (title and _DEBUNK.search(title)))
    return Document(text, published, found, title, debunk=debunk, countries=_countries_named(text))


def in_quotation(before: str) -> bool:
    """Whether text ending here is inside a quotation (an opening quote mark not yet closed)."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _continues(sentence: Sentence, named: Sentence) -> bool:
    """A sentence after one that named the video still speaks of it."""
    near = sentence.index - named.index <= SCOPE_REACH and sentence.paragraph - named.paragraph <= 1
    return near and bool(_REFERS_BACK.search(sentence.text) or _SEEN_OR_HEARD.search(sentence.text))


def _countries_named(text: str) -> list[str]:
    """Country codes of the capitalised country names in the text, most mentioned first (for disambiguation)."""
    from provenance.gazetteer import country_names, fold

    names = country_names()
    counts: dict[str, int] = {}
    for match in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b", text):
        word = match.group(0)
        code = names.get(fold(word)) or names.get(fold(word.split()[0])) or DEMONYMS.get(word.split()[0].lower())
        if code:
            counts[code] = counts.get(code, 0) + 1
    return sorted(counts, key=lambda code: -counts[code])
