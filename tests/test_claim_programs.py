"""The claim expressions' compiled programs, stored between runs (`provenance.article.claims.programs`)."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance.article.claims import programs
from provenance.article.claims.rules import _LazyPattern

_MODULES = ("dates", "durations", "hedges", "languages", "people", "places", "sources")
_TEXT = (
    "In the 42-second video, released on Tuesday, two men appeared in Deir al-Zor. It was dated Oct. 3 and "
    "filmed by a passer-by; the group's media arm published it on March 2, 2019, with Arabic subtitles."
)


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and the module's memory of the stored file forgotten before and after."""
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(tmp_path))
    _forget()
    yield tmp_path
    _forget()


def _forget() -> None:
    programs._stored.cache_clear()
    programs._path.cache_clear()
    programs._added.clear()
    programs._state.update(internals=True, writable=True)


def _expressions() -> list[tuple[str, int]]:
    found = []
    for name in _MODULES:
        module = importlib.import_module(f"provenance.article.claims.{name}")
        found += [(v.pattern, v._flags) for v in vars(module).values() if isinstance(v, _LazyPattern)]
    return found


def _behaviour(pattern: re.Pattern[str]) -> tuple[object, ...]:
    matches = [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(_TEXT)]
    return pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex), matches


def test_a_stored_program_behaves_as_re_compile(fresh_cache: Path) -> None:
    expressions = _expressions()
    assert len(expressions) > 100
    for source, flags in expressions:
        programs.compile(source, flags)
    programs.save()
    [stored] = fresh_cache.glob("claim-expressions-*.marshal")
    _forget()  # a later run: every program now comes from the file
    assert len(programs._stored()) >= len(set(expressions))
    for source, flags in expressions:
        assert _behaviour(programs.compile(source, flags)) == _behaviour(re.compile(source, flags))
    assert not programs._added  # nothing compiled afresh
    assert stored.exists()


def test_a_damaged_file_or_an_unwritable_folder_only_costs_time(fresh_cache: Path) -> None:
    source = r"\b(?P<n>\d+)-second\s+video\b"
    programs.compile(source)
    programs.save()
    [stored] = fresh_cache.glob("claim-expressions-*.marshal")
    stored.write_bytes(b"\x00 not a marshal file")
    _forget()
    assert programs.compile(source).search("a 42-second video")["n"] == "42"  # type: ignore[index]

    blocked = fresh_cache / "a file, not a folder"
    blocked.write_text("")
    programs._path.cache_clear()
    programs._stored.cache_clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PROVENANCE_CACHE_DIR", str(blocked / "cache"))
        programs.compile(r"\bclip\b")
        programs.save()  # cannot write: no error, and no second try in this process
    assert programs._state["writable"] is False


def test_a_broken_expression_is_still_an_error() -> None:
    with pytest.raises(re.error):
        programs.compile(r"(?P<open>unclosed")


def test_expressions_are_the_same_text_in_every_process() -> None:
    """Stored programs are found by their expression: one built from a set in its iteration order would differ
    from run to run (string hashing is salted per process), miss the store every time and grow it."""
    script = (
        "import hashlib, importlib\n"
        "from provenance.article.claims.rules import _LazyPattern\n"
        "digest = hashlib.sha256()\n"
        f"for name in {_MODULES!r}:\n"
        "    module = importlib.import_module('provenance.article.claims.' + name)\n"
        "    for value in vars(module).values():\n"
        "        if isinstance(value, _LazyPattern):\n"
        "            digest.update(value.pattern.encode())\n"
        "print(digest.hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(digests) == 1


def test_a_damaged_payload_is_not_trusted_and_cleaning_up_never_fails_a_run(fresh_cache: Path) -> None:
    source = r"\b(?P<n>\d+)-minute\s+clip\b"
    programs.compile(source)
    programs.save()
    [stored] = fresh_cache.glob("claim-expressions-*.marshal")
    data = bytearray(stored.read_bytes())
    data[-1] ^= 0x01  # one flipped bit that marshal would still read
    stored.write_bytes(bytes(data))
    _forget()
    assert programs._stored() == {}
    # another code's file the process may not remove (here a folder), a week old: saving still succeeds
    blocker = fresh_cache / "claim-expressions-0000000000000000.marshal"
    blocker.mkdir()
    os.utime(blocker, (0, 0))
    programs.compile(r"\bclip\b")
    programs.save()
    assert blocker.exists() and programs._state["writable"] is True


def test_the_inline_helpers_refuse_flags_with_a_compiled_pattern_as_re_does() -> None:
    with pytest.raises(ValueError):
        programs.search(re.compile("a"), "a", re.IGNORECASE)
    assert programs.search(r"(?P<w>clip)", "a clip")["w"] == "clip"  # type: ignore[index]


def test_an_alternation_grouped_by_first_letter_matches_what_it_did() -> None:
    from provenance.article.claims.vocabulary import (
        _PERSON_NOUN_LIST,
        _PERSON_NOUN_OTHERS,
        PERSON_NOUNS,
        by_first_letter,
    )

    words = ["man", "men", "police", "police officers", "father-of-three", "25-year-old", "crowd", "pupil", "boys"]
    for word in words:
        old = re.fullmatch(rf"(?:{_PERSON_NOUN_LIST}|{_PERSON_NOUN_OTHERS})", word, re.IGNORECASE)
        new = re.fullmatch(PERSON_NOUNS, word, re.IGNORECASE)
        assert (old and old.group(0)) == (new and new.group(0)), word
    assert by_first_letter("ab|ac|b[ae]|x?y") == "(?:a(?:b|c)|b(?:[ae])|x?y)"
    with pytest.raises(ValueError):
        by_first_letter("Ab|ab")  # under IGNORECASE the two groups could match at one place
    with pytest.raises(ValueError):
        by_first_letter("\\d+|ab")  # a plain branch after another kind would change the order


def test_whether_case_matters_is_stored_with_the_programs(fresh_cache: Path) -> None:
    source, flags = r"\b(?:soldiers?|troops)\b", int(re.IGNORECASE)
    assert programs.case_free(source, flags) is True
    assert programs.case_free(r"\b(?-i:[A-Z])\w+", flags) is False
    programs.save()
    _forget()  # a later run reads both answers from the file, parsing nothing
    assert programs.case_free(source, flags) is True
    assert programs.case_free(r"\b(?-i:[A-Z])\w+", flags) is False
    assert not programs._added
    assert programs.compile(source, flags).search("Two SOLDIERS")  # an answer's key is no program's
