"""What the human views show that the report does not carry: the article's text and the keyframe pictures.

Where it sits: `check(..., material=PageMaterial())` fills it on the way (the loaded article's text,
each keyframe's thumbnail as JPEG, the contact sheet as PNG); the HTML view reads it beside the
`Report`. Nothing in it is a verdict or a finding: those stay in the report. It travels between
processes as JSON (`to_json`/`from_json`, images in base64), never as a pickle.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field


@dataclass
class PageMaterial:
    article_text: str | None = None
    keyframes: list[bytes] = field(default_factory=list)  # JPEG thumbnails, in the report's keyframe order
    contact_sheet: bytes | None = None  # PNG

    def to_json(self) -> str:
        return json.dumps(
            {
                "article_text": self.article_text,
                "keyframes": [base64.b64encode(k).decode("ascii") for k in self.keyframes],
                "contact_sheet": base64.b64encode(self.contact_sheet).decode("ascii") if self.contact_sheet else None,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> PageMaterial:
        data = json.loads(text)
        sheet = data.get("contact_sheet")
        return cls(
            article_text=data.get("article_text"),
            keyframes=[base64.b64decode(k) for k in data.get("keyframes", [])],
            contact_sheet=base64.b64decode(sheet) if sheet else None,
        )
