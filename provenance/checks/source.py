"""Source claims ("posted to YouTube", "released by the AMAQ news agency") against who uploaded the file.

Consistent when the claimed source is the platform sidecar's site, uploader or channel, or the text
of a logo in a corner of the picture. Otherwise unverifiable, never a mismatch: the same video is
posted by many accounts on many sites, so another uploader's name proves nothing.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlparse

from provenance.checks.common import finding
from provenance.languages import LATIN_LOOKALIKES
from provenance.models import Claim, Finding, FindingCode, SourcedValue, VideoEvidence

# Words that say what kind of source a name is, not which: "the AMAQ news agency" is "amaq".
_GENERIC = {
    "the", "a", "an", "of", "its", "their", "group", "groups", "news", "agency", "media", "channel", "account",
    "official", "outlet", "network", "tv", "television", "press", "service", "page", "feed", "al", "el",
}  # fmt: skip
# A platform as articles name it -> the names yt-dlp's extractors, gallery-dl's categories and web
# hosts give it.
_SITES: dict[str, set[str]] = {
    "youtube": {"youtube", "youtu"},
    "telegram": {"telegram", "t"},
    "twitter": {"twitter", "x"},
    "x": {"twitter", "x"},
    "facebook": {"facebook", "fb"},
    "vk": {"vk", "vkontakte"},
    "vkontakte": {"vk", "vkontakte"},
    **{name: {name} for name in ("tiktok", "instagram", "rumble", "odysee", "reddit", "weibo", "douyin", "snapchat")},
}


def check_source(claim: Claim, video: VideoEvidence, published: date | None) -> list[Finding]:
    """The claimed source against the sidecar's site, uploader and channel and the corner logos."""
    claimed = _words(str(claim.value or claim.text))
    candidates = _candidates(video)
    for source, value, kind in candidates:
        if kind == "site" and _SITES.get(" ".join(sorted(claimed)), set()) & _site_words(value):
            return _match(claim, source, value, "the platform the sidecar says it was downloaded from")
        names = _words(value)
        if kind == "name" and claimed and names and (claimed <= names or names <= claimed):
            return _match(claim, source, value, "who the sidecar says uploaded it")
        if kind == "logo" and _same_letters(str(claim.value or claim.text), value):
            return _match(claim, source, value, "the text of a logo in a corner of the picture")
    seen = "; ".join(f"{source}: {value}" for source, value, _ in candidates) or "no sidecar and no corner logo"
    return finding(
        claim,
        FindingCode.SOURCE_UNCONFIRMED,
        f'Nothing in the file names "{claim.value}" ({seen}). The same video is often posted by many accounts '
        "on many sites, so this is not a contradiction.",
        [SourcedValue(source=source, value=value) for source, value, _ in candidates],
    )


def _match(claim: Claim, source: str, value: str, what: str) -> list[Finding]:
    return finding(
        claim,
        FindingCode.SOURCE_MATCH,
        f'"{claim.value}" is {what} ({source}: {value!r}).',
        [SourcedValue(source=source, value=value)],
    )


def _candidates(video: VideoEvidence) -> list[tuple[str, str, str]]:
    """(source, value, kind) of every name the file offers: the sidecar's site and uploader, corner text."""
    found: list[tuple[str, str, str]] = []
    platform = video.platform
    if platform is not None:
        if platform.site:
            found.append(("sidecar:extractor", platform.site, "site"))
        if platform.url:
            found.append(("sidecar:webpage_url", urlparse(platform.url).netloc or platform.url, "site"))
        for label, value in (("uploader", platform.uploader), ("channel", platform.channel)):
            if value:
                found.append((f"sidecar:{label}", value, "name"))
    for text in video.onscreen_text:
        found.append((f"on-screen text, {text.corner} corner at {text.first_s:g} s", text.text, "logo"))
    return found


def _words(text: str) -> set[str]:
    """The distinctive words of a name, lower case, possessives and generic words dropped."""
    words = re.findall(r"\w+", re.sub(r"['’]s\b", "", text.casefold()))
    return {word for word in words if word not in _GENERIC}


# Letters OCR confuses in small capitals ("AMAQ" read as "AMAO", "I" as "1"), folded alike on both sides
# once Cyrillic and Greek lookalikes are Latin.
_OCR_ALIKE = str.maketrans("q01l5", "ooiis")


def _same_letters(claimed: str, read: str) -> bool:
    """A logo as OCR read it against a claimed name: the same words once lookalike letters are folded."""
    fold = {word.translate(_OCR_ALIKE) for word in _words(claimed.translate(LATIN_LOOKALIKES))}
    seen = {word.translate(_OCR_ALIKE) for word in _words(read.translate(LATIN_LOOKALIKES))}
    return bool(fold and seen) and (fold <= seen or seen <= fold)


def _site_words(value: str) -> set[str]:
    """ "youtube", "YoutubeTab", "www.youtube.com", "t.me" -> the words a site is known by."""
    words = set(re.findall(r"[a-z0-9]+", value.casefold()))
    return words | {word.removesuffix("tab") for word in words} | {value.casefold().removesuffix(":tab")}
