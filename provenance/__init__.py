"""provenance: check a video file against the article that describes it.

The library call does all the work; the CLI is a thin layer over it::

    from provenance import check
    report = check("clip.mp4", "article.html")
    print(report.summary.verdict)

`import provenance` loads nothing else: `check` and `exit_code` import the pipeline (and with it
the video stack) when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.3.0"

if TYPE_CHECKING:
    from provenance.pipeline import check
    from provenance.report.summary import exit_code


def __getattr__(name: str) -> Any:
    if name == "check":
        from provenance.pipeline import check

        return check
    if name == "exit_code":
        from provenance.report.summary import exit_code

        return exit_code
    raise AttributeError(f"module 'provenance' has no attribute {name!r}")


__all__ = ["__version__", "check", "exit_code"]
