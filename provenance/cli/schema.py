"""`provenance schema`: the report's JSON Schema."""

from __future__ import annotations

import json
import sys

from provenance.cli.app import app


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the report."""
    from provenance.models import report_json_schema

    sys.stdout.write(json.dumps(report_json_schema(), indent=2) + "\n")
