"""ExifTool tag keys, as `-G1` writes them: `Group:Name`, sometimes with a language suffix."""

from __future__ import annotations

# Groups that describe the file on disk or are derived by ExifTool, never the recording.
IGNORED_GROUPS = frozenset({"System", "File", "Composite", "ExifTool"})


def split_key(key: str) -> tuple[str, str]:
    """`"Keys:CreationDate-und-US"` -> `("Keys", "CreationDate")` (language suffix dropped)."""
    group, _, name = key.partition(":")
    if not name:
        return "", group
    return group, name.split("-", 1)[0]
