"""The small value types every other model is built from, and the base of every model."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


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
