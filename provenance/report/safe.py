"""Strings from files and articles made safe for the views: no terminal control, no bidi trick, valid XML.

Where it sits: every view (text, Markdown, JUnit, HTML) passes the strings a video's tags, a file
name or an article brought through here before they reach a terminal or a document. A tag value can
carry an escape sequence that rewrites a terminal line, a right-to-left override that turns
`evil\u202egpj.mp4` around, or a byte that XML forbids.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL (ESC starts terminal sequences), bidi embeddings, overrides and isolates,
# and the code points XML 1.0 forbids (U+FFFE, U+FFFF)
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_LINE_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]+")


def _valid(text: str) -> str:
    """Lone surrogates (undecodable file names) become U+FFFD."""
    return text.encode("utf-8", "replace").decode("utf-8")


def printable(text: object) -> str:
    """One line of plain text: line breaks and tabs become a space, every other control is dropped."""
    return _CONTROLS.sub("", _BREAKS.sub(" ", _valid(str(text))))


def printable_block(text: str) -> str:
    """Text whose line breaks and tabs matter (an article): every other control is dropped."""
    return _LINE_CONTROLS.sub("", _valid(text))
