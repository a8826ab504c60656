"""File-level findings: the file's own Content Credentials (C2PA) fail validation."""

from __future__ import annotations

from provenance.checks.common import file_finding
from provenance.models import Finding, FindingCode, SourcedValue, VideoEvidence

# status codes that describe a manifest rather than a failure
_INFORMATIONAL = (".trusted", ".untrusted", ".validated", ".match")


def file_findings(video: VideoEvidence) -> list[Finding]:
    """Findings about the file itself rather than a claim: today, Content Credentials that fail validation.

    A manifest that does not validate means the file was changed after it was signed (or the
    manifest is damaged): a mismatch between the file and its own provenance record.
    """
    credentials = video.content_credentials
    if credentials is None or not credentials.present or credentials.validation_state != "Invalid":
        return []
    failures = [c for c in credentials.status_codes if not c.endswith(_INFORMATIONAL)]
    shown = ", ".join(failures or credentials.status_codes) or "no status code given"
    return [
        file_finding(
            FindingCode.C2PA_INVALID,
            f"The file's Content Credentials fail validation ({shown}): "
            "it was changed after signing or its manifest is damaged.",
            [
                SourcedValue(source="c2pa:validation_state", value=credentials.validation_state),
                *(SourcedValue(source="c2pa:validation_status", value=code) for code in credentials.status_codes),
            ],
        )
    ]
