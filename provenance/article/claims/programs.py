"""The claim expressions' compiled programs, kept between runs, so `provenance claims` does not recompile them.

Where it sits: under every expression the claim modules compile (`compile` below, `rules.lazy_compile` through
it, and `search`, `match` and their kin for the one-off expressions written inline). Python's regex compiler is
written in Python: on the seed article the claim tables (the longest expression is about 10,000 characters of
alternatives) took about 220 ms to compile, more than everything else the command does after start-up. A
compiled program depends only on the expression, its flags and the Python build, so the first run on a
machine stores each program in the cache folder (`provenance.cache`) and later runs hand the stored program
straight to the regex engine, which costs a few milliseconds for what a run reaches.

This reaches into CPython's `re` internals: `re._parser.parse` and `re._compiler._code` are the two steps
`re.compile` runs, and `_sre.compile` is how it ends. The file is named after the Python build, the
engine's `MAGIC` number and the claim modules' source, so another Python or changed rules get a file of
their own (files of other code are removed once they are a week old; two installs sharing the folder keep
theirs). It carries a checksum, and the engine checks a program before it accepts it; anything unexpected
(internals that changed shape, a damaged or unwritable file) falls back to `re.compile`, which is only
slower. The tests check that every stored program matches as `re.compile`'s does.
"""

from __future__ import annotations

import _sre
import array
import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
import zlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from provenance.cache import cache_dir, remove_stale

# a digest of (flags, expression) -> what `_sre.compile` takes after the expression, the code as bytes: keys and
# code as small bytes objects made the file a quarter smaller (1.7 MB, not 2.3) and 2 ms to load, not about 8
_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_WORD = next((kind for kind in "HILQ" if array.array(kind).itemsize == _sre.CODESIZE), "")  # the engine's code unit

# what the file holds: programs, and `case_free`'s answers (under keys of their own, so never taken for a program)
_Stored = dict[bytes, _Program | bool]

_lock = threading.Lock()
_added: _Stored = {}  # programs compiled (and answers read) in this process and not yet stored
_state = {"internals": bool(_WORD), "writable": True}  # False once the internals or the folder fail us


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the name `re` gives it
    """`re.compile(source, flags)`, from the stored program when there is one."""
    flags = int(flags)
    if not _state["internals"]:
        return re.compile(source, flags)
    key = _key(f"{flags}|{source}")
    program = _stored().get(key)
    if isinstance(program, tuple):
        try:
            return _engine(source, program)
        except Exception:  # noqa: BLE001 - a program the engine refuses: compile it afresh below
            pass
    try:
        program = _program(source, flags)
        compiled = _engine(source, program)
    except re.error:
        raise
    except (AttributeError, ImportError, TypeError):  # CPython's internals changed shape: the public way from now on
        _state["internals"] = False
        return re.compile(source, flags)
    except Exception:  # noqa: BLE001 - anything else (bad flags, a deep expression): re.compile says it as re would
        return re.compile(source, flags)
    with _lock:
        _added[key] = program
    return compiled


# the one-off expressions the claim modules write inline ("re.search(r'...', text)"), as `re`'s own functions do
# with its cache, but through `compile` above, so they too are stored between runs
_inline: dict[tuple[str, int], re.Pattern[str]] = {}
_INLINE_LIMIT = 2048  # the claim modules write about a hundred, all from fixed tables


def _of(pattern: str | re.Pattern[str], flags: int) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")  # as re says it
        return pattern
    found = _inline.get((pattern, flags))
    if found is None:
        if len(_inline) >= _INLINE_LIMIT:  # an expression built from article text would grow both without end
            return re.compile(pattern, flags)
        found = _inline[(pattern, flags)] = compile(pattern, flags)
    return found


def search(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    """`re.search`, its expression compiled through `compile`."""
    return _of(pattern, flags).search(string)


def match(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    """`re.match`, its expression compiled through `compile`."""
    return _of(pattern, flags).match(string)


def fullmatch(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    """`re.fullmatch`, its expression compiled through `compile`."""
    return _of(pattern, flags).fullmatch(string)


def sub(pattern: str | re.Pattern[str], repl: str, string: str, count: int = 0, flags: int = 0) -> str:
    """`re.sub` (with a replacement string), its expression compiled through `compile`."""
    return _of(pattern, flags).sub(repl, string, count)


def findall(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> list[Any]:
    """`re.findall`, its expression compiled through `compile`."""
    return _of(pattern, flags).findall(string)


def finditer(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """`re.finditer`, its expression compiled through `compile`."""
    return _of(pattern, flags).finditer(string)


def split(pattern: str | re.Pattern[str], string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    """`re.split`, its expression compiled through `compile`."""
    return _of(pattern, flags).split(string, maxsplit)


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def case_free(source: str, flags: int) -> bool:
    """Whether IGNORECASE changes nothing `source` finds in lower-case ASCII text (`_case_free`), stored between runs
    with the programs: reading it parses the expression, which cost about 25 ms of every run on the seed article."""
    key = _key(f"case-free|{flags}|{source}")
    known = _stored().get(key)
    if isinstance(known, bool):
        return known
    answer = _case_free(source, flags)
    with _lock:
        _added[key] = answer
    return answer


def _case_free(source: str, flags: int) -> bool:
    """Whether IGNORECASE changes nothing `source` finds in lower-case ASCII text, read from the parsed expression:
    no literal or range reaches a capital letter or beyond ASCII (`\\x41`, `[!-_]` do), and no group sets or
    clears a flag (`(?s-i:...)`). False when in doubt."""
    from re import _constants, _parser  # type: ignore[attr-defined]

    def fine(char: int) -> bool:
        return char < 0x80 and not 0x41 <= char <= 0x5A

    def walk(node: Any) -> bool:
        if isinstance(node, _parser.SubPattern):
            return all(item(op, value) for op, value in node.data)
        if isinstance(node, list | tuple):
            return all(walk(part) for part in node)
        return True

    def item(op: Any, value: Any) -> bool:
        if op in (_constants.LITERAL, _constants.NOT_LITERAL):
            return fine(value)
        if op is _constants.IN:
            return all(
                fine(member) if kind in (_constants.LITERAL, _constants.NOT_LITERAL)
                else member[1] < 0x80 and not (member[0] <= 0x5A and member[1] >= 0x41) if kind is _constants.RANGE
                else kind in (_constants.NEGATE, _constants.CATEGORY)
                for kind, member in value
            )  # fmt: skip
        if op is _constants.SUBPATTERN:
            _group, added, removed, body = value
            return not added and not removed and walk(body)
        return walk(value)

    try:
        return walk(_parser.parse(source, flags))
    except Exception:  # noqa: BLE001 - an expression or internals this cannot read: not case-free
        return False


def _engine(source: str, program: _Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    words = array.array(_WORD)
    words.frombytes(code)
    return _sre.compile(source, flags, words.tolist(), groups, groupindex, indexgroup)


def save() -> None:
    """Store the programs compiled since the last save (the claim extractor calls this after each article)."""
    if not _added or not _state["writable"]:
        return
    with _lock:
        if not _added:
            return
        stored = _stored()
        stored.update(_added)
        _added.clear()
        path, temporary = _path(), None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
            payload = marshal.dumps(stored)
            with os.fdopen(handle, "wb") as out:
                out.write(zlib.crc32(payload).to_bytes(4, "big") + payload)
            os.replace(temporary, path)  # whole or not at all, whatever other processes read meanwhile
        except OSError:
            _state["writable"] = False  # a read-only or full cache folder: compile in every run, as without it
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
            return
        # other code's files (an older version of the rules) and writes cut short
        remove_stale(path, ("claim-expressions-*.marshal", "claim-expressions-*.part"))


def _program(source: str, flags: int) -> _Program:
    """What `re._compiler.compile` computes before it calls the engine."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = array.array(_WORD, _compiler._code(parsed, flags)).tobytes()
    state = parsed.state
    index_group: list[str | None] = [None] * state.groups
    for name, number in state.groupdict.items():
        index_group[number] = name
    return int(flags | state.flags), code, state.groups - 1, dict(state.groupdict), tuple(index_group)


@lru_cache(maxsize=1)
def _stored() -> _Stored:
    try:
        data = _path().read_bytes()
        payload = data[4:]
        if zlib.crc32(payload).to_bytes(4, "big") != data[:4]:  # a damaged file: a program could pass the engine's
            return {}  # checks and match differently, so none of it is trusted
        loaded: Any = marshal.loads(payload)  # (marshal.load on a file reads it piece by piece: 20x slower)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


@lru_cache(maxsize=1)
def _path() -> Path:
    stamp = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode())
    for module in sorted(Path(__file__).resolve().parent.glob("*.py")):
        stamp.update(module.read_bytes())
    return cache_dir() / f"claim-expressions-{stamp.hexdigest()[:16]}.marshal"
