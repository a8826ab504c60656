"""A found claim before it becomes a `Claim` (its span and fields), and the two ways overlaps are settled."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Match:
    start: int
    end: int
    claim: dict[str, Any]


def keep_longest_of_kind(found: list[Match]) -> list[Match]:
    """Of overlapping claims of one kind keep the longest (the first rule on a tie); claims of different
    kinds may overlap ("the 42-second video, released by AMAQ"). In text order."""
    kept: list[Match] = []
    for item in sorted(found, key=lambda f: -(f.end - f.start)):
        if any(k.claim["kind"] == item.claim["kind"] and item.start < k.end and k.start < item.end for k in kept):
            continue
        kept.append(item)
    return sorted(kept, key=lambda f: (f.start, f.end))
