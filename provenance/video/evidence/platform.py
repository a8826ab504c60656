"""Does the platform sidecar belong to this file? Its duration and id against the file's.

Where it sits: inside the evidence builder, after the sidecar adapter (`video.sidecar`) has read
it. A sidecar that may describe another file is still used: the doubt goes into a note and a
signal, so the editor sees it beside every finding that used the sidecar.
"""

from __future__ import annotations

import re

from provenance.models import Platform, Signal, SignalCode
from provenance.settings import SIDECAR_DURATION_TOLERANCE_S

# yt-dlp's default output template is "%(title)s [%(id)s].%(ext)s": an id in square brackets
_YTDLP_ID = re.compile(r"\[([\w-]{5,})\]")


def platform_doubts(platform: Platform, video_name: str | None, duration_s: float | None) -> list[Signal]:
    """Signals that the sidecar may describe another file: another duration, or another id in the name."""
    doubts: list[tuple[SignalCode, str, str, object]] = []
    if platform.duration_s is not None and duration_s is not None:
        gap = abs(platform.duration_s - duration_s)
        if gap > SIDECAR_DURATION_TOLERANCE_S:
            why = f"gives {platform.duration_s:g} s, the file lasts {duration_s:g} s ({gap:.1f} s apart)"
            doubts.append((SignalCode.SIDECAR_DURATION, why, "sidecar:duration", platform.duration_s))
    ids = _YTDLP_ID.findall(video_name or "")
    if platform.id and ids and platform.id not in ids:
        why = f"is for {platform.id!r}, the file name carries {ids[-1]!r} in yt-dlp's [id] style"
        doubts.append((SignalCode.SIDECAR_ID, why, "sidecar:id", platform.id))
    return [
        Signal(
            code=code,
            explanation=f"the sidecar {platform.sidecar!r} {why}: it may describe another file; still used",
            source=source,
            value=value,
        )
        for code, why, source, value in doubts
    ]
