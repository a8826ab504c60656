"""The pattern table: every rule of every kind, in the order the engine runs them.

A new pattern is one row in its kind's module (with the example sentences the tests run); this list
only says which modules take part.
"""

from __future__ import annotations

from provenance.article.claims import dates, durations, hedges, languages, people, places, sources
from provenance.article.claims.rules import Rule

RULES: list[Rule] = [
    *durations.RULES,
    *dates.RULES,
    *places.RULES,
    *people.RULES,
    *languages.RULES,
    *sources.RULES,
    *hedges.RULES,
]
