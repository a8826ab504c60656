"""The report's outputs: the summary rule and exit code, and its views (JSON, text, contact sheet).

Renderers are views of one `Report`: none recomputes a verdict.
"""
