"""A found claim before it becomes a `Claim` (its span and fields), and the two ways overlaps are settled."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Match:
    start: int
    end: int
    claim: dict[str, Any]


def keep_longest(found: list[Match]) -> list[Match]:
    """Of overlapping matches (whatever their kind), keep the longest: durations and dates."""
    kept: list[Match] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and item.start < kept[-1].end:
            if item.end - item.start > kept[-1].end - kept[-1].start:
                kept[-1] = item
            continue
        kept.append(item)
    return kept


def keep_first_of_kind(found: list[Match]) -> list[Match]:
    """Drop a claim that overlaps an earlier one of the same kind: scene claims of different kinds may overlap."""
    kept: list[Match] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if any(k.claim["kind"] == item.claim["kind"] and item.start < k.end and k.start < item.end for k in kept):
            continue
        kept.append(item)
    return kept
