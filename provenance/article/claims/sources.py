"""Source claims: who published, released, filmed or distributed the video, and where it was posted.

"Hamas put out a video", "a video released on Tuesday by Islamic State militants", "a video the
Taliban distributed", "footage filmed by a passer-by", "posted on Telegram", "shared on a
Telegram channel close to the army". A name is a source only as the doer of one of those verbs
with the video as its object; a language ("published in Arabic") or an adjective ("by the Israeli
military" is the military, not "Israeli") never is.
"""

from __future__ import annotations

import re

from provenance.article.claims.rules import Context, Hit, Rule
from provenance.article.claims.vocabulary import (
    LANGUAGES,
    MONTH,
    ORGANISATIONS,
    PERSON_NOUNS,
    PLATFORMS,
    SCOPE_NOUN,
    SOURCE_NOUNS,
    WEEKDAY,
)

_DOER_VERBS = (
    r"released|re-released|posted|published|distributed|shared|broadcast|aired|uploaded|obtained|filmed|shot"
    r"|recorded|taken|captured|provided|issued|put\s+out|circulated|produced|made|leaked|supplied|sent|streamed"
    r"|live-streamed|sent\s+out|disseminated|unveiled|made\s+public|faked|staged"
)
_PUBLISH_VERBS = (
    r"released|re-released|posted|published|distributed|shared|broadcast|aired|uploaded|issued|put\s+out"
    r"|circulated|leaked|unveiled|sent\s+out|disseminated|streamed|live-streamed|has\s+released|have\s+released"
)
# a noun phrase that can publish: a name ("Islamic State", "the Israeli military") or a role ("a passer-by")
_WORD = r"[\w'’&.-]+"
_CAPS = rf"(?-i:[A-Z]{_WORD}(?:\s+(?:[A-Z]{_WORD}|of|the|al-\w+|el-\w+|de|du|&|[A-Z]))*)"
_NP = (
    rf"(?P<np>(?:(?:the|a|an|its|their|his|her|one\s+of\s+the|one\s+of\s+its|members\s+of|supporters\s+of)\s+)?"
    rf"(?:(?-i:[a-z][\w'’-]*)\s+){{0,3}}?(?:{_CAPS}(?:\s+(?:{SOURCE_NOUNS}|news|television|militants)\b){{0,2}}"
    rf"|(?:{SOURCE_NOUNS}|{PERSON_NOUNS})\b(?:['’]s\s+(?:[\w-]+\s+)?(?:{SOURCE_NOUNS}))?))"
)
# "released on Tuesday by Islamic State militants", "filmed by a passer-by"
# (the words between never hold "and": "posted online and verified by The New York Times" is no doer of posting)
_BY = re.compile(
    rf"\b(?P<verb>{_DOER_VERBS})\b(?:\s+(?!(?:and|or)\b)(?:\d{{1,2}},|[\w'’().-]+)){{0,5}}?\s+by\s+{_NP}", re.IGNORECASE
)
# "Hamas put out a video", "the Israeli military released video of", "the group's media arm published"
_SUBJECT = re.compile(
    rf"\b(?P<verb>{_PUBLISH_VERBS})\s+(?:(?:a|an|the|its|their|his|her|new|another|two|three|several|"
    rf"short|brief|series\s+of|graphic|purported|what\s+it\s+said\s+(?:was|is)|what\s+they\s+said\s+(?:was|is))\s+)*"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{SCOPE_NOUN}|statement)\b",
    re.IGNORECASE,
)
# "a video the Taliban distributed"
_OBJECT_FIRST = re.compile(
    rf"\b(?:{SCOPE_NOUN})\s+(?:that\s+|which\s+)?(?P<np>(?:the\s+)?(?-i:[A-Z]{_WORD})(?:\s+(?-i:[A-Z]{_WORD})){{0,3}})\s+"
    rf"(?:had\s+|has\s+|have\s+)?(?:{_PUBLISH_VERBS})\b",
    re.IGNORECASE,
)
# "posted on Telegram", "shared on a Telegram channel close to the army", "Uploaded to YouTube, the clip",
# "circulating widely, particularly on WhatsApp", "on the R.S.F.'s main Twitter account"
_PLATFORM = re.compile(
    rf"\b(?P<verb>(?i:{_DOER_VERBS}|appeared|surfaced|emerged|went\s+viral|spread|circulating|circulates|viral"
    rf"|trending|went\s+online|found))\b(?:,?\s+[\w'’.-]+){{0,4}}?,?\s+(?i:on|to|via|through|across|onto)\s+"
    rf"(?P<np>(?:(?i:the|a|an|its|his|her|their|several|multiple|various|many)\s+)?(?:[\w'’.-]+\s+){{0,4}}?"
    rf"(?P<platform>{PLATFORMS})(?:\s+(?:channels?|accounts?|pages?|groups?|users?|profiles?))?)",
)
_STOP_BACK = re.compile(
    r"[,;:()\"“”—–]|\s-\s|\b(?:that|which|who|and|but|when|as|after|before|said|says|while|where|if)\b", re.I
)
_DATE_WORD = re.compile(
    rf"^(?:{WEEKDAY}|{MONTH}|\d{{1,4}}(?:st|nd|rd|th)?|night|morning|afternoon|evening|on|in|at|last|late|early)$", re.I
)
_ADVERBS = {
    "also",
    "later",
    "reportedly",
    "recently",
    "previously",
    "earlier",
    "then",
    "now",
    "has",
    "have",
    "had",
    "just",
}


_DOER_HEADS = f"{SOURCE_NOUNS}|{PERSON_NOUNS}"


def _clean_np(text: str, heads: str = SOURCE_NOUNS) -> str | None:
    """A publisher's name, trimmed of a date before it and checked: never a language or a bare adjective.

    Args:
        text: the words found as the doer.
        heads: the nouns that make an uncapitalised phrase a doer (after "filmed by", people too).
    """
    words = text.split()
    while words and (_DATE_WORD.match(words[0]) or words[0].lower() in _ADVERBS):
        words.pop(0)
    while words and words[-1].lower() in _ADVERBS:
        words.pop()
    if not words or len(words) > 10:
        return None
    name = " ".join(words).strip(" .,'’")
    if name.lower() in LANGUAGES or name.lower() in ("it", "they", "he", "she", "we", "this", "which", "who"):
        return None
    capitalised = any(w[0].isupper() for w in words[1:]) or words[0][0].isupper()
    if not capitalised and not re.search(rf"\b(?:{heads})\b", name, re.IGNORECASE):
        return None
    return name


# a generic holder before its name: "user J & K TV", "the account Latest Sightings", "a YouTube channel, X",
# "an account called Y", "Moroccan media outlet Z", "video production company 8704Media"
_HOLDER = re.compile(
    rf"^(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:(?:{PLATFORMS})\s+)?(?:user|account|channel|page|handle"
    rf"|network|outlet|station|newspaper|broadcaster|company|firm)\s*,?\s+(?:called\s+|named\s+)?['‘\"“]?"
    rf"(?-i:(?P<name>[A-Z0-9@].*?))['’\"”]?$",
    re.IGNORECASE,
)
# the name that follows a holder: "J & K TV", "Latest Sightings", "8704Media", "'The India Eye'"
_NAME_AFTER = re.compile(
    r"^\s+(?:called\s+|named\s+)?['‘\"“]?(?-i:[A-Z0-9@][\w'’.@-]*(?:\s+(?:[A-Z0-9&][\w'’.-]*|&|of|de|the))*)['’\"”]?"
)


def _holder_name(np: str, following: str) -> str:
    """The name a generic holder stands before ("the account Latest Sightings" -> "Latest Sightings"), or np."""
    holder = _HOLDER.match(np + (following.split(",")[1] if following.startswith(",") and "," in following[1:] else ""))
    if holder is None and following.startswith(", "):  # "a verified YouTube channel, La Nación Costa Rica"
        holder = _HOLDER.match(np + ", " + re.split(r"[,.;]", following[2:])[0])
    after = _NAME_AFTER.match(following)
    if holder is None and after is not None:
        holder = _HOLDER.match(np + after.group(0))
    return holder.group("name").strip() if holder is not None else np


def _by(match: re.Match[str], context: Context) -> Hit | None:
    if not _tied(match, context):
        return None
    verb = match.group("verb").lower()
    if verb in ("taken", "captured", "shot", "made", "recorded") and not _made_video(match, context):
        return None  # "captured by its fighters": the soldiers were, not the video
    np = match.group("np")
    np = re.split(r"\s+(?:on|in|at|from|to|showing|shows|that|which|who|as|after|during|with|purporting|under)\s+", np)[
        0
    ]
    np = _holder_name(np, context.sentence.text[match.end("np") :])
    name = _clean_np(np, _DOER_HEADS)
    if name is None:
        return None
    where = context.sentence.text.find(name, match.start("np"))
    start = where if where >= 0 else match.start("np")
    return Hit(start, start + len(name), {"value": name})


# the video is what was shot: "the footage, apparently shot by", not "footage showing a man shot by police"
# nor "footage of an officer being shot by a colleague"
_MADE_VIDEO = re.compile(
    rf"\b{SCOPE_NOUN},?(?:\s+(?:that|which|was|were|is|are|been|had|has|have|appears?|seems?|to|first|\w+ly))*\s+$",
    re.I,
)
# "Apparently shot by a militant, it shows ...": the participle opens a sentence about the video
_OPENING = re.compile(r"^\W*(?:\w+ly\s+)?$")


def _made_video(match: re.Match[str], context: Context) -> bool:
    before = context.sentence.text[: match.start()]
    return bool(_MADE_VIDEO.search(before[-60:]) or (context.sentence.in_scope and _OPENING.match(before)))


# what ties a doer to the video: a video noun, or a copy of it ("an extended version on YouTube", "the original")
_TIE = re.compile(rf"\b(?:{SCOPE_NOUN}|versions?|original)\b", re.IGNORECASE)


def _tied(match: re.Match[str], context: Context) -> bool:
    before = context.sentence.text[max(0, match.start() - 80) : match.end()]
    return bool(_TIE.search(before)) or context.sentence.in_scope


def _subject(match: re.Match[str], context: Context) -> Hit | None:
    before = context.sentence.text[: match.start()]
    if re.search(r"\b(?:the|a|an|this|that|its|their|his|her|\w+ly)\s*$", before, re.IGNORECASE):
        return None  # "the shared video", "a newly released clip": the verb is an adjective here
    cut = [m.end() for m in _STOP_BACK.finditer(before)]
    start = cut[-1] if cut else 0
    name = _clean_np(before[start:])
    if name is None:
        return None
    begin = before.rfind(name)
    if (
        re.fullmatch(rf"(?:{ORGANISATIONS})", name, re.IGNORECASE) is None
        and len(name.split()) == 1
        and name[0].islower()
    ):
        return None
    return Hit(begin, begin + len(name), {"value": name})


def _object_first(match: re.Match[str], context: Context) -> Hit | None:
    name = _clean_np(match.group("np"))
    if name is None:
        return None
    return Hit(match.start("np"), match.end("np"), {"value": name})


# the copy a fact-check is about: "A video shared on Facebook purportedly shows", "a clip is circulating on X"
_VIRAL_COPY = re.compile(rf"\b{SCOPE_NOUN}(?:\s+of\s+[^,;:]{{1,40}}?)?\s+(?:(?:is|are)\s+|being\s+|now\s+)*$", re.I)
_CLAIMED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|purport(?:s|ed|edly)|supposedly|allegedly|falsely|does\s*n[o’']t|did\s*n[o’']t)\b", re.I
)
# a fact-checker's or newsroom's inbox is not where the video came from: "sent to PesaCheck's WhatsApp tipline"
_INBOX = re.compile(r"\s*(?:tip\s*line|hotline|number|inbox)", re.I)


def _platform(match: re.Match[str], context: Context) -> Hit | None:
    if not _tied(match, context) or _INBOX.match(context.sentence.text, match.end("platform")):
        return None
    text = context.sentence.text
    viral = context.document.debunk or _CLAIMED.search(text, match.end())
    if viral and _VIRAL_COPY.search(text[: match.start("verb")]):
        return None  # a later sharer's copy, restated to be refuted: the fact-check looks for the original
    platform = match.group("platform")
    return Hit(match.start("np"), match.end("np"), {"value": platform})


# "released on the group's AMAQ news agency", "via its Al-Naba newsletter"
_OUTLET = re.compile(
    rf"\b(?:{_DOER_VERBS}|appeared|surfaced)\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:on|via|through|by)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:(?:group|militants|movement|army|military|ministry)['’]s?\s+)?(?P<np>(?-i:[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)"
    rf"\s+(?:news\s+agency|agency|channel|outlet|website|account|media\s+(?:arm|wing|office|centre|center)|television|TV|newsletter))",
    re.IGNORECASE,
)
RULES = [
    Rule("source.by", "source", _BY, _by, "any",
         (("A video released on Tuesday by Islamic State militants purported to show the killing.",
           "Islamic State militants"),
          ("The footage was filmed by a passer-by.", "a passer-by"),
          ("The clip appears to have been filmed by one of the kidnappers.", "one of the kidnappers"),
          ("Apparently shot by a soldier on a phone, the video shows a checkpoint.", "a soldier"),
          ("The video was posted by the account Daily Wildlife on July 2.", "Daily Wildlife"),
          ("The video was posted on May 2, 2023 by an account called Lagos Vibes.", "Lagos Vibes"),
          ("The recording was made public by the city council on Friday.", "the city council"))),
    Rule("source.subject", "source", _SUBJECT, _subject, "any",
         (("On Saturday Hamas put out a video purportedly of a hostage.", "Hamas"),
          ("The regional police force released the video on Friday.", "The regional police force"))),
    Rule("source.object_first", "source", _OBJECT_FIRST, _object_first, "any",
         (("It is the second video the Taliban distributed this year.", "the Taliban"),)),
    Rule("source.outlet", "source", _OUTLET, _object_first, "any",
         (("The video was released on the group's AMAQ news agency.", "AMAQ news agency"),)),
    Rule("source.platform", "source", _PLATFORM, _platform, "any",
         (("The clip was shared on a Telegram channel close to the army.", "a Telegram channel"),
          ("The video was posted on Telegram on Sunday.", "Telegram"),
          ("Uploaded to TikTok late on Friday, the clip shows a flooded underpass.", "TikTok"),
          ("The footage had been circulating for days, mostly on WhatsApp.", "WhatsApp"),
          ("The video first appeared on the S.B.U.'s official Telegram channel.",
           "the S.B.U.'s official Telegram channel"))),
]  # fmt: skip
