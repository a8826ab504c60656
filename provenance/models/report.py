"""The report: findings, summary, errors, and the whole document other tools read; its JSON Schema."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, WithJsonSchema

from provenance.models.claims import ArticleInfo, Claim, ClaimKind
from provenance.models.codes import Stage, Verdict
from provenance.models.common import SourcedValue, _Model
from provenance.models.evidence import VideoEvidence

SCHEMA_VERSION = "1.4.0"

SummaryVerdict = Literal["consistent", "mismatch", "unverifiable", "error"]


class Finding(_Model):
    """The result of checking one claim, shaped like a C2PA validation status.

    File-level findings (the file's own Content Credentials fail validation) have no
    claim: `claim_id` is null and `kind` is `file`.
    """

    claim_id: str | None
    kind: ClaimKind | Literal["file"]
    code: str
    verdict: Verdict
    explanation: str
    evidence: list[SourcedValue] = Field(default_factory=list)


# the schema keeps the stage inline, as a plain string enum
_STAGE_SCHEMA = {"enum": [s.value for s in Stage], "title": "Stage", "type": "string"}


class ErrorEntry(_Model):
    stage: Annotated[Stage, WithJsonSchema(_STAGE_SCHEMA)]
    message: str


class Counts(_Model):
    consistent: int = 0
    mismatch: int = 0
    unverifiable: int = 0


class Summary(_Model):
    verdict: SummaryVerdict
    counts: Counts
    reason: str | None = Field(None, description="why the verdict is unverifiable or error, in one sentence")


class ToolInfo(_Model):
    name: str
    version: str
    exiftool_version: str | None


class VideoInput(_Model):
    path: str
    size_bytes: int
    sha256: str


class ArticleInput(_Model):
    path: str
    sha256: str


class Inputs(_Model):
    video: VideoInput
    article: ArticleInput


class Report(_Model):
    """The provenance report: the JSON contract other tools read."""

    schema_version: str = SCHEMA_VERSION
    tool: ToolInfo
    inputs: Inputs
    video: VideoEvidence
    article: ArticleInfo | None
    claims: list[Claim]
    findings: list[Finding]
    summary: Summary
    errors: list[ErrorEntry]


def report_json_schema() -> dict[str, Any]:
    """The JSON Schema of `Report`, with an id that carries the schema version."""
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"urn:provenance:report:{SCHEMA_VERSION}"
    schema["title"] = "provenance report"
    return schema
