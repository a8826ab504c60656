"""The small value types every other model is built from, and the base of every model."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class _Model(BaseModel):
    # defer_build: a model's validator and serializer are built when it is first used, not when its module is
    # imported, so `provenance claims` builds the claim models only (about 20 ms of its start-up, benchmarks/startup.py)
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Range(_Model):
    """A closed interval; either end may be open (None)."""

    min: float | None = None
    max: float | None = None


class SourcedValue(_Model):
    """One value and the tag or method it came from."""

    source: str
    value: Any


def utc_iso(moment: datetime) -> str:
    """An aware datetime as the report writes an instant: ISO 8601 in UTC with "Z"."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def utc_instant(iso: str) -> datetime:
    """An ISO 8601 instant as the report writes it ("...Z") back to an aware datetime."""
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))
