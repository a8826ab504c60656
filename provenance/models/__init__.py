"""The nouns of provenance, in one place: claims, evidence, findings and the report.

Where it sits: the article side produces `Claim`s (`models.claims`), the video side a
`VideoEvidence` (`models.evidence`), the checks turn both into `Finding`s, and the pipeline
wraps everything in a `Report` (`models.report`); stable codes are enums (`models.codes`).
Every model is frozen and forbids unknown keys; the JSON Schema that `provenance schema`
prints (and that `provenance/schema/report.schema.json` holds) is generated from `Report`.
Every value keeps where it came from: a claim its text span, an evidence item its source.
Importing this package loads pydantic only, never the video stack.
"""

from provenance.models.batch import BATCH_SCHEMA_VERSION, BatchSummary, PairSummary, Totals
from provenance.models.claims import ArticleInfo, Claim, ClaimKind, Dateline, DateRole, Place
from provenance.models.codes import FindingCode, SignalCode, Stage, Verdict
from provenance.models.common import Range, SourcedValue, utc_instant
from provenance.models.evidence import (
    GPS,
    OCR_NOT_INSTALLED,
    AudioEvidence,
    ContentCredentials,
    DateTag,
    Fact,
    FrameAnalysis,
    GPSTrack,
    Keyframe,
    NearestPlace,
    RecordingDate,
    Segment,
    Shot,
    Signal,
    TextRegion,
    Timing,
    TzBasis,
    VideoEvidence,
)
from provenance.models.report import (
    SCHEMA_VERSION,
    ArticleInput,
    Counts,
    ErrorEntry,
    Finding,
    Inputs,
    Report,
    Summary,
    SummaryVerdict,
    ToolInfo,
    VideoInput,
    report_json_schema,
)

__all__ = [
    "BATCH_SCHEMA_VERSION",
    "GPS",
    "OCR_NOT_INSTALLED",
    "PairSummary",
    "SCHEMA_VERSION",
    "ArticleInfo",
    "ArticleInput",
    "BatchSummary",
    "AudioEvidence",
    "Claim",
    "ClaimKind",
    "ContentCredentials",
    "Counts",
    "DateRole",
    "DateTag",
    "Dateline",
    "ErrorEntry",
    "Fact",
    "Finding",
    "FindingCode",
    "FrameAnalysis",
    "GPSTrack",
    "Inputs",
    "Keyframe",
    "NearestPlace",
    "Place",
    "Range",
    "RecordingDate",
    "Report",
    "Segment",
    "Shot",
    "Signal",
    "SignalCode",
    "SourcedValue",
    "Stage",
    "Summary",
    "SummaryVerdict",
    "TextRegion",
    "Timing",
    "ToolInfo",
    "Totals",
    "TzBasis",
    "Verdict",
    "VideoEvidence",
    "VideoInput",
    "report_json_schema",
    "utc_instant",
]
