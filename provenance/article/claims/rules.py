"""The pattern table's row type and the engine that runs every row over the document.

Where it sits: each kind's module (`durations`, `dates`, `places`, `people`, `languages`,
`sources`, `hedges`) declares its rows; `patterns.RULES` lists them all. A row is data:

    id          stable name ("date.verb_then_date"), kept on the claim as `pattern`
    kind        the claim kind it finds
    pattern     a compiled regular expression, run over one sentence at a time
    normalise   match + context -> the claim's fields and span, or None to reject the match
    scope       "named": the sentence names the video; "scope": the document pass says the sentence
                is about the video; "any": anywhere (the pattern itself ties the claim to a video)
    examples    (sentence, the exact span the claim must have): the test suite runs every one

Regular expressions were chosen over spaCy's rule-based Matcher by measuring: importing spaCy
alone costs more than the whole of `provenance claims` is allowed (2x the CLI's start-up), and
the patterns here need no tokenisation beyond what the regex engine does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from provenance.article.claims.document import Document, Sentence
from provenance.article.claims.matches import Match

Fields = dict[str, Any]


@dataclass(frozen=True)
class Hit:
    """What a normaliser makes of a match: where the claim is in the sentence, and its fields."""

    start: int
    end: int
    fields: Fields


@dataclass(frozen=True)
class Context:
    document: Document
    sentence: Sentence


Normaliser = Callable[[re.Match[str], Context], Hit | list[Hit] | None]


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    pattern: re.Pattern[str]
    normalise: Normaliser
    scope: Literal["named", "scope", "any"] = "scope"
    examples: tuple[tuple[str, str], ...] = ()
    # a cheap test a sentence must pass before the pattern runs on it (speed only, never meaning)
    requires: re.Pattern[str] | None = None


def run(rules: Iterable[Rule], document: Document) -> list[Match]:
    """Every rule over every sentence its scope allows: matches with offsets into the whole text."""
    found: list[Match] = []
    for sentence in document.sentences:
        context = Context(document, sentence)
        for rule in rules:
            if rule.scope == "named" and not sentence.names_video:
                continue
            if rule.scope == "scope" and not sentence.in_scope:
                continue
            if rule.requires is not None and not rule.requires.search(sentence.text):
                continue
            for match in rule.pattern.finditer(sentence.text):
                result = rule.normalise(match, context)
                for item in [result] if isinstance(result, Hit) else result or []:
                    fields = {"kind": rule.kind, "pattern": rule.id, **item.fields}
                    found.append(Match(sentence.start + item.start, sentence.start + item.end, fields))
    return found
