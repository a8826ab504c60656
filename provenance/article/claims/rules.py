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

The kind modules build their expressions with `lazy_compile`: each compiles on first use, so an
article pays only for the rows (and helper patterns) its sentences reach; compiling all of them
costs more than the rest of `provenance claims` together.

Regular expressions were chosen over spaCy's rule-based Matcher by measuring: importing spaCy
alone costs more than the whole of `provenance claims` is allowed (2x the CLI's start-up), and
the patterns here need no tokenisation beyond what the regex engine does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal, cast

from provenance.article.claims.document import Document, Sentence
from provenance.article.claims.matches import Match

Fields = dict[str, Any]
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """A regular expression compiled the first time it is used; then its methods are the compiled ones."""

    def __init__(self, source: str, flags: int) -> None:
        self.pattern, self._flags = source, flags

    def __getattr__(self, name: str) -> Any:  # only reached until the first use has bound the methods
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.flags, self.groupindex, self.groups = compiled.flags, compiled.groupindex, compiled.groups
        return getattr(compiled, name)

    def __eq__(self, other: object) -> bool:  # `match.re == PATTERN` tells which expression matched
        if isinstance(other, _LazyPattern | re.Pattern):
            return other.pattern == self.pattern and other.flags == self.flags
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.pattern)


def lazy_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to the first use (see the module's docstring)."""
    return cast(re.Pattern[str], _LazyPattern(source, flags))


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
