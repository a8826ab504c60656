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
costs more than the rest of `provenance claims` together. A long row may also have a `sketch` as a
prefilter: a piece of its own expression every match contains, without the big tables, which
compiles in a fraction of the time, so a row no sentence could match is never compiled.

Regular expressions were chosen over spaCy's rule-based Matcher by measuring: importing spaCy
alone costs more than the whole of `provenance claims` is allowed (2x the CLI's start-up), and
the patterns here need no tokenisation beyond what the regex engine does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, cast

from provenance.article.claims import programs
from provenance.article.claims.document import Document, Sentence
from provenance.article.claims.matches import Match

Fields = dict[str, Any]
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """A regular expression compiled the first time it is used; then its methods are the compiled ones."""

    def __init__(self, source: str, flags: int) -> None:
        self.pattern, self._flags = source, flags

    def __getattr__(self, name: str) -> Any:  # only reached until the first use has bound the methods
        compiled = programs.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.flags, self.groupindex, self.groups = compiled.flags, compiled.groupindex, compiled.groups
        return getattr(compiled, name)

    def __eq__(self, other: object) -> bool:  # `match.re == PATTERN` tells which expression matched
        if isinstance(other, _LazyPattern):  # (two lazy ones compare without compiling either)
            return other.pattern == self.pattern and other._flags == self._flags
        if isinstance(other, re.Pattern):
            return other.pattern == self.pattern and other.flags == self.flags
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.pattern)


def lazy_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to the first use (see the module's docstring)."""
    return cast(re.Pattern[str], _LazyPattern(source, flags))


def sketch(pattern: re.Pattern[str], piece: str) -> re.Pattern[str]:
    """A row's prefilter (`Rule.requires`): a piece of `pattern`'s source that every match of it contains.

    `piece` must stand in the expression at its top level (not inside a group, a lookaround, an optional part or
    one branch of several), so wherever `pattern` matches, `piece` matches the same text at the same place:
    a sentence the sketch rejects is one the row finds nothing in. Choose a piece without the big tables: it then
    compiles in a fraction of the time (Python's regex compiler is pure Python and costs in proportion to the
    expression's length), and an article none of whose sentences passes it never compiles `pattern`.

    Raises:
        ValueError: `piece` is not such a piece of the expression.
    """
    lazy = cast(_LazyPattern, pattern)
    source = lazy.pattern
    depths = _depths(source)
    at = source.find(piece)
    while (
        at >= 0
        and not (
            depths[at] == 0  # starts at the top level, on a whole token
            and depths[at + len(piece)] == 0  # and ends there, every group it opens closed
            and source[at + len(piece) : at + len(piece) + 1] not in ("?", "*", "+", "{")  # and nothing repeats it
            and piece[:1] not in ("?", "*", "+", "{")
        )
    ):
        at = source.find(piece, at + 1)
    top = [char for char, depth in zip(source, depths, strict=False) if depth == 0]
    if at < 0 or "|" in top or programs.search(r"\(\?[aiLmsux]+\)", source):  # one branch of several; global flags
        raise ValueError(f"not a top-level piece of the expression: {piece[:40]!r}")
    if programs.search(r"\\[1-9]|\(\?P=|\(\?\(", piece):  # alone, a reference would name another group or none
        raise ValueError(f"a piece with a group reference: {piece[:40]!r}")
    return lazy_compile(piece, lazy._flags)


# what `_depths` reads a regular expression as: an escape, a character class (with a "]" or "^]" first as members),
# a parenthesis, a run of anything else (a lone backslash at the end as the last resort)
_TOKENS = programs.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]?|[()]|[^\\\[()]+|\\", re.DOTALL)


def _depths(source: str) -> list[int | None]:
    """For each position of `source` (and its end), how many groups are open there; None inside a character
    class or an escape. (Token by token, not character by character: sketches are checked at import.)"""
    depths: list[int | None] = []
    depth = 0
    for token in _TOKENS.finditer(source):
        text = token.group()
        if text == "(":
            depths.append(depth)
            depth += 1
        elif text == ")":
            depth -= 1
            depths.append(depth + 1)
        elif text[0] in "\\[":  # an escape or a class: only its first character is at a depth
            depths.append(depth)
            depths.extend([None] * (len(text) - 1))
        else:
            depths.extend([depth] * len(text))
    return [*depths, depth]


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
    # cheap tests a sentence must pass before the pattern runs on it, in order (speed only, never meaning)
    requires: re.Pattern[str] | tuple[re.Pattern[str], ...] | None = None


def run(rules: Iterable[Rule], document: Document) -> list[Match]:
    """Every rule over every sentence its scope allows: matches with offsets into the whole text."""
    found: list[Match] = []
    for sentence in document.sentences:
        context = Context(document, sentence)
        tested: dict[re.Pattern[str], bool] = {}  # a prefilter rows share runs once a sentence (9 duration rows)
        lowered = sentence.text.lower() if sentence.text.isascii() else None
        for rule in rules:
            if rule.scope == "named" and not sentence.names_video:
                continue
            if rule.scope == "scope" and not sentence.in_scope:
                continue
            if rule.requires is not None and not _passes(rule.requires, sentence.text, lowered, tested):
                continue
            for match in rule.pattern.finditer(sentence.text):
                result = rule.normalise(match, context)
                for item in [result] if isinstance(result, Hit) else result or []:
                    fields = {"kind": rule.kind, "pattern": rule.id, **item.fields}
                    found.append(Match(sentence.start + item.start, sentence.start + item.end, fields))
    return found


def _passes(
    requires: re.Pattern[str] | tuple[re.Pattern[str], ...],
    text: str,
    lowered: str | None,
    tested: dict[re.Pattern[str], bool],
) -> bool:
    for test in requires if isinstance(requires, tuple) else (requires,):
        passed = tested.get(test)  # equal expressions are one test, whichever row built them
        if passed is None:
            folded = _case_folded(test) if lowered is not None else None
            found = folded.search(lowered) if folded is not None and lowered is not None else test.search(text)
            passed = tested[test] = found is not None
        if not passed:
            return False
    return True


@cache
def _case_folded(test: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-insensitive prefilter as a case-sensitive one to run on the lower-cased sentence, or None.

    Python's regex engine skips ahead by a pattern's first letters only when case matters: the person-noun
    prefilter runs four times faster over a sentence's lower case than with IGNORECASE over the sentence. The
    two find the same thing when the sentence is ASCII and IGNORECASE changes nothing the expression finds in
    lower-case ASCII text (`programs.case_free` reads that from the parsed expression); only then is there a twin.
    """
    flags = test._flags if isinstance(test, _LazyPattern) else test.flags  # (a lazy one is not compiled for this)
    if not flags & re.IGNORECASE or not programs.case_free(test.pattern, flags):
        return None
    return programs.compile(test.pattern, flags & ~re.IGNORECASE)
