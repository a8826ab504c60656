"""The JSON view: the report as the schema describes it, deterministic (stable key order, indent 2)."""

from __future__ import annotations

from provenance.models import Report


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"
