"""The nouns of provenance, in one place: claims, evidence, findings and the report.

Where it sits: the article side produces `Claim`s (`models.claims`), the video side a
`VideoEvidence` (`models.evidence`), the checks turn both into `Finding`s, and the pipeline
wraps everything in a `Report` (`models.report`); stable codes are enums (`models.codes`).
Every model is frozen and forbids unknown keys; the JSON Schema that `provenance schema`
prints (and that `provenance/schema/report.schema.json` holds) is generated from `Report`.
Every value keeps where it came from: a claim its text span, an evidence item its source.

Importing this package loads nothing: each name is imported from its module when first used, so
`provenance claims` loads the claim models without the evidence and report models.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from provenance.models.batch import BATCH_SCHEMA_VERSION, BatchSummary, PairSummary, Totals
    from provenance.models.claims import ArticleInfo, Claim, ClaimKind, Dateline, DateRole, Place
    from provenance.models.codes import FindingCode, SignalCode, Stage, Verdict
    from provenance.models.common import Range, SourcedValue, utc_instant, utc_iso
    from provenance.models.evidence import (
        GPS,
        OCR_NOT_INSTALLED,
        ArchiveMatch,
        AudioEvidence,
        ClockReading,
        ContentCredentials,
        DateTag,
        Fact,
        FrameAnalysis,
        GPSTrack,
        Keyframe,
        NearestPlace,
        OnscreenDate,
        OnscreenText,
        Platform,
        PlatformTime,
        RecordingDate,
        SeenBasis,
        Segment,
        Shot,
        Signal,
        Speech,
        SpeechSegment,
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

_WHERE = {
    "ArchiveMatch": "provenance.models.evidence",
    "BATCH_SCHEMA_VERSION": "provenance.models.batch",
    "BatchSummary": "provenance.models.batch",
    "PairSummary": "provenance.models.batch",
    "Totals": "provenance.models.batch",
    "ArticleInfo": "provenance.models.claims",
    "ArticleInput": "provenance.models.report",
    "AudioEvidence": "provenance.models.evidence",
    "Claim": "provenance.models.claims",
    "ClaimKind": "provenance.models.claims",
    "ContentCredentials": "provenance.models.evidence",
    "Counts": "provenance.models.report",
    "DateRole": "provenance.models.claims",
    "DateTag": "provenance.models.evidence",
    "Dateline": "provenance.models.claims",
    "ErrorEntry": "provenance.models.report",
    "Fact": "provenance.models.evidence",
    "Finding": "provenance.models.report",
    "FindingCode": "provenance.models.codes",
    "FrameAnalysis": "provenance.models.evidence",
    "GPS": "provenance.models.evidence",
    "GPSTrack": "provenance.models.evidence",
    "Inputs": "provenance.models.report",
    "Keyframe": "provenance.models.evidence",
    "NearestPlace": "provenance.models.evidence",
    "OCR_NOT_INSTALLED": "provenance.models.evidence",
    "Place": "provenance.models.claims",
    "Range": "provenance.models.common",
    "RecordingDate": "provenance.models.evidence",
    "Report": "provenance.models.report",
    "SCHEMA_VERSION": "provenance.models.report",
    "SeenBasis": "provenance.models.evidence",
    "Segment": "provenance.models.evidence",
    "Shot": "provenance.models.evidence",
    "Signal": "provenance.models.evidence",
    "SignalCode": "provenance.models.codes",
    "SourcedValue": "provenance.models.common",
    "Stage": "provenance.models.codes",
    "Summary": "provenance.models.report",
    "SummaryVerdict": "provenance.models.report",
    "TextRegion": "provenance.models.evidence",
    "Timing": "provenance.models.evidence",
    "ToolInfo": "provenance.models.report",
    "TzBasis": "provenance.models.evidence",
    "Verdict": "provenance.models.codes",
    "ClockReading": "provenance.models.evidence",
    "OnscreenDate": "provenance.models.evidence",
    "OnscreenText": "provenance.models.evidence",
    "Platform": "provenance.models.evidence",
    "PlatformTime": "provenance.models.evidence",
    "Speech": "provenance.models.evidence",
    "SpeechSegment": "provenance.models.evidence",
    "VideoEvidence": "provenance.models.evidence",
    "VideoInput": "provenance.models.report",
    "report_json_schema": "provenance.models.report",
    "utc_instant": "provenance.models.common",
    "utc_iso": "provenance.models.common",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'provenance.models' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "BATCH_SCHEMA_VERSION",
    "GPS",
    "OCR_NOT_INSTALLED",
    "PairSummary",
    "SCHEMA_VERSION",
    "ArchiveMatch",
    "ArticleInfo",
    "ArticleInput",
    "BatchSummary",
    "AudioEvidence",
    "Claim",
    "ClockReading",
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
    "OnscreenDate",
    "OnscreenText",
    "Place",
    "Platform",
    "PlatformTime",
    "Range",
    "RecordingDate",
    "Report",
    "SeenBasis",
    "Segment",
    "Shot",
    "Signal",
    "SignalCode",
    "Speech",
    "SpeechSegment",
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
    "utc_iso",
]
