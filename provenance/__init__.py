"""provenance: check a video file against the article that describes it.

The library call does all the work; the CLI is a thin layer over it::

    from provenance import check
    report = check("clip.mp4", "article.html")
    print(report.summary.verdict)
"""

__version__ = "0.1.0"

from provenance.pipeline import check, exit_code  # noqa: E402

__all__ = ["__version__", "check", "exit_code"]
