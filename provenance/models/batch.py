"""A batch run's summary (`OUT/summary.json`): one line per manifest row, the totals, the tool.

Where it sits: the batch runner (`provenance.batch`) builds it from the reports and the rows that
could not be checked; the index page, JUnit and Markdown views read it beside the reports.
"""

from __future__ import annotations

from pydantic import Field

from provenance.models.common import _Model
from provenance.models.report import Counts, SummaryVerdict, ToolInfo

BATCH_SCHEMA_VERSION = "1.0.0"


class PairSummary(_Model):
    """One manifest row: its report's verdict, or why it has none."""

    id: str = Field(description="the row's id: `OUT/ID.json` is its report")
    line: int = Field(description="the row's line in the manifest")
    video: str
    article: str
    verdict: SummaryVerdict
    exit_code: int = Field(description="what `provenance check` with the same --fail-on would exit with")
    report: str | None = Field(description="the report's file name in OUT; null when the pair could not be checked")
    errors: list[str] = Field(default_factory=list)
    counts: Counts | None = None
    seconds: float | None = Field(None, description="time the pair took in its worker")
    resumed: bool = Field(False, description="the result was stored by an earlier run and reused")


class Totals(_Model):
    pairs: int
    consistent: int
    mismatch: int
    unverifiable: int
    error: int
    failed: int = Field(description="pairs that fail the --fail-on policy")
    exit_code: int


class BatchSummary(_Model):
    schema_version: str = BATCH_SCHEMA_VERSION
    tool: ToolInfo
    manifest: str
    fail_on: str
    frames: bool
    every_frame: bool
    archive: str | None = Field(None, description="the archive of earlier copies every video was looked up in")
    interrupted: bool = Field(False, description="the run was stopped before every pair was checked")
    pairs: list[PairSummary]
    totals: Totals
