"""The one error root of provenance and its small tree.

Where it sits: every adapter (ExifTool, frames, article loading) wraps third-party
failures in one of these, so the pipeline and the CLI catch a single root::

    ProvenanceError
     +-- InputError        a path the user gave is missing, a directory, empty, unreadable
     +-- MediaError        the video could not be demuxed or decoded
     +-- ExifToolError     ExifTool failed on a file or timed out
     |    +-- ExifToolNotFound   the executable is missing
     +-- ArticleError      the article is empty, binary or has no text
 +-- SidecarError      a platform sidecar (yt-dlp info.json) is not readable JSON

A mismatch between article and video is never an exception: it is a finding.
"""

from __future__ import annotations


class ProvenanceError(Exception):
    """Root of every error this package raises on purpose."""


class InputError(ProvenanceError):
    """A path given by the user cannot be used at all (missing, directory, empty)."""


class MediaError(ProvenanceError):
    """The video file could not be opened, demuxed or decoded."""


class ExifToolError(ProvenanceError):
    """ExifTool could not read a file, or did not answer in time."""


class ExifToolNotFound(ExifToolError):
    """The ExifTool executable is not installed or not where it was said to be."""


class ArticleError(ProvenanceError):
    """The article could not be read as text."""


class SidecarError(ProvenanceError):
    """A platform sidecar could not be read as a JSON object."""
