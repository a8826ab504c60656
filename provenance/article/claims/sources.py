"""Source claims: who published, released, filmed or distributed the video, and where it was posted.

"Hamas put out a video", "a video released on Tuesday by Islamic State militants", "a video the
Taliban distributed", "footage filmed by a passer-by", "posted on Telegram", "shared on a
Telegram channel close to the army", "footage from its drone", "(Video courtesy: X)", "a logo
reading X", "traced the footage back to the network X". A name is a source only as the doer of one of
those verbs with the video as its object; a language ("published in Arabic") or an adjective ("by the
Israeli military" is the military, not "Israeli") never is, nor an age or a role before a name ("by
34-year-old director Jo Park" is Jo Park). A filmer of what they lived through counts in the sentence
just before or after the one naming the video ("X recorded part of her drive ... In the video she ...").
Who only passed the video on is not its
source: social media users who circulated it, journalists who shared it, and, in a fact-check, the
viral copy restated to be refuted ("A video shared on Facebook purportedly shows").
"""

from __future__ import annotations

import re

from provenance.article.claims import programs
from provenance.article.claims.document import tells_filming, video_near
from provenance.article.claims.rules import Context, Hit, Rule, lazy_compile, sketch
from provenance.article.claims.vocabulary import (
    LANGUAGES,
    MONTH,
    ORGANISATIONS,
    OTHER_VIDEO,
    PERSON_NOUNS,
    PLATFORMS,
    RECORDING_DEVICES,
    SCOPE_NOUN,
    SOURCE_NOUNS,
    VIDEO_NOUN,
    WEEKDAY,
)

_DOER_VERBS = (
    r"made\s+public|released|re-released|posted|published|distributed|shared|broadcast|aired|uploaded|obtained|filmed|shot"
    r"|recorded|taken|captured|provided|issued|put\s+out|circulated|produced|made|leaked|supplied|sent|streamed"
    r"|live-streamed|sent\s+out|disseminated|unveiled|faked|staged"
    r"|put(?=\s+(?:on|online)\b)"  # "the clip was also put on Twitter by Rob Lee" (`_by` checks what was put)
)
_PUBLISH_VERBS = (
    r"released|re-released|posted|published|distributed|shared|broadcast|aired|uploaded|issued|put\s+out"
    r"|circulated|leaked|unveiled|sent\s+out|disseminated|streamed|live-streamed|has\s+released|have\s+released"
)
# what footage comes from: a publisher, or the camera that took it
_FROM_HEADS = (
    r"police|military|army|forces|ministry|department|unit|brigade|battalion|group|militants|agency|channel|account"
    rf"|television|broadcaster|network|company|office|{RECORDING_DEVICES}"
)
# what a name is when a word follows it: "the Mirror newspaper", "the jihadist group Ansar Dine"
_MEDIA_HEADS = r"newspaper|paper|magazine|network|channel|agency|broadcaster|station|group|movement|militia|brigade"
# who may be the doer after "by": publishers, people, and the camera ("captured by one of its drones")
_DOER_HEADS = f"{SOURCE_NOUNS}|{PERSON_NOUNS}|{RECORDING_DEVICES}"
# a noun phrase that can publish: a name ("Islamic State", "the Israeli military") or a role ("a passer-by")
_WORD = r"[\w'’&.-]+"
# (each word whole: "Ukrainian officials" is no "Ukrainian of")
# (a number inside a name: "Channel 4 News", "Channel 12 News")
_CAPS = (
    rf"(?-i:[A-Z]{_WORD}(?:\s+(?:[A-Z]{_WORD}|of|the|al-\w+|el-\w+|de|du|&|[A-Z]|\d{{1,3}}(?=\s+[A-Z])"
    # (or ending a broadcaster's name: "Channel 13", "France 24", "Fox 5")
    rf"|(?:(?<=Channel\s)|(?<=France\s)|(?<=Fox\s)|(?<=Canal\s)|(?<=Kanal\s)|(?<=Rai\s)|(?<=TV\s))\d{{1,3}}\.?(?!\d))"
    rf"(?![\w'’&.-]))*)"
)


def _noun_phrase(heads: str) -> str:
    """The doer's noun phrase, a name or a role whose head is one of `heads`."""
    return (
        rf"(?P<np>(?:(?:the|a|an|its|their|his|her|one\s+of\s+the|one\s+of\s+its|members\s+of|supporters\s+of)\s+)?"
        rf"(?:\d{{1,3}}-year-old\s+)?(?:(?-i:[a-z][\w'’-]*)\s+){{0,3}}?(?:{_CAPS}(?:\s+(?:{SOURCE_NOUNS}|news|television|militants)\b){{0,2}}"
        rf"(?:(?<=['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?:{SOURCE_NOUNS})\b"  # "Iran's semi-official Tasnim news agency"
        rf"|(?:\s+(?-i:[a-z][\w-]*)){{0,2}}\s+(?:{heads})\b)?"  # "a Syrian opposition activist group"
        rf"|(?:{heads})\b(?:\s+(?:{heads})\b)?"  # "a militant group", "a police officer": the head is the last noun
        rf"(?:['’]s\s+(?:[\w-]+\s+)?(?:{heads})\b)?))"
    )


_NP = _noun_phrase(_DOER_HEADS)
# "released on Tuesday by Islamic State militants", "filmed by a passer-by"
# a date counts as one word between the verb and "by": "7 October", "Jan. 23,", "26,"
_DATE_TOKEN = rf"\d{{1,2}}\s+{MONTH}\b|{MONTH}\s+\d{{1,2}},?|\d{{1,2}},"
# (the words between never hold "and": "posted online and verified by The New York Times" is no doer of posting)
_BY = lazy_compile(
    rf"\b(?P<verb>{_DOER_VERBS}|posts?(?=\s+of\b))\b"
    rf"(?:\s+(?!(?:and|or)\b)(?:{_DATE_TOKEN}|\([^)]{{1,30}}\)|[\w'’().-]+)){{0,5}}?\s+by\s+{_NP}",
    re.IGNORECASE,
)
# the doer made the video: "Hiker X took footage", "The suspects also shot a video" ("took it down" is no making)
_MAKE_VERBS = r"filmed|shot|recorded|videotaped|took(?!\s+(?:\w+\s+){0,3}(?:down|off|offline)\b)"
# "Hamas put out a video", "the Israeli military released video of", "the group's media arm published",
# "The police department put the video out", "the newspaper put out edited portions of surveillance video",
# "The group's media wing distributed it" (a pronoun only in a sentence about the video)
_SUBJECT = lazy_compile(
    rf"\b(?<!-)(?P<verb>{_PUBLISH_VERBS}|{_MAKE_VERBS}|obtained|airing|broadcasting|put(?=(?:\s+[\w'’-]+){{1,4}}\s+(?:out\b|up\s+(?:online|on\s+(?:(?-i:[A-Z])|its|their|\w+day\b))))"
    rf"|put(?=\s+(?:(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{SCOPE_NOUN})|it|them)\s+(?:online\b|on\s+"
    rf"(?:{PLATFORMS}|(?:a|its|their)\s+(?:website|web\s+site|channel|page|account))\b))|put\s+up"
    rf"|tweeted(?=\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:{SCOPE_NOUN}))\b)"
    rf"|mak(?:e|es|ing)\s+public|made\s+public|releasing|publishing|posting|uploading|ran|runs)\s+"
    rf"(?:(?P<it>it|them)\b|(?:(?:a|an|the|its|their|his|her|new|another|two|three|several|short|brief|series\s+of"
    rf"|graphic|purported|(?:photos?|pictures|images|stills)\s+and|what\s+(?:it|they)\s+said\s+(?:was|is)"
    rf"|what\s+(?:appears?|seems?|purports?)\s+to\s+be|(?:edited\s+)?(?:portions|parts|excerpts|extracts|snippets|stills)"
    rf"\s+(?:of|from))\s+)*(?:[\w'’-]+\s+){{0,2}}?(?:{SCOPE_NOUN}|statement|extracts|excerpts)\b)",
    re.IGNORECASE,
)
# a filmer of what they lived through, in a sentence about the video: "A dad filmed his drive through the fire",
# "X recorded part of her drive", "Soldiers filmed the surrender"
_FILMER = lazy_compile(
    r"\b(?P<verb>filmed|videotaped|recorded)\s+(?!\d|a\s+(?:rise|fall|total|record)\b)"
    r"(?:(?:part|parts|some|much|most|all)\s+of\s+)?(?:his|her|their|the|a|an|[\w-]+)\b",
    re.IGNORECASE,
)
# who may film what they saw: people besides publishers ("a neighbour filmed the raid")
_FILMER_HEADS = rf"{_DOER_HEADS}|citizens?|neighbou?rs?|tourists?|motorists?|hikers?|climbers?"


def _filmer(match: re.Match[str], context: Context) -> Hit | None:
    """A filmer of what they lived through, in a sentence about the video or beside one that names it ("Jo Park
    recorded part of her drive through the fire. In the video she ...")."""
    after = context.sentence.text[match.end("verb") :]
    if not tells_filming(context.document, context.sentence, match.group("verb"), after):
        return None
    return _subject(match, context, _FILMER_HEADS)


# the verb that ends a relative clause on the video: "(which the Mirror newspaper) obtained", "(that X) had put out"
_DID_TO_IT = (
    r"\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|first\s+|later\s+|then\s+)?"
    rf"(?P<verb>{_PUBLISH_VERBS}|obtained|filmed|put(?=\s+(?:on|online|out|up)\b))\b"
)
# "a video the Taliban distributed", "the footage, which the Mirror newspaper obtained"
_OBJECT_FIRST = lazy_compile(
    rf"\b(?:{SCOPE_NOUN})(?:,\s+which|\s+that|\s+which)?\s+(?P<np>(?:the\s+)?(?-i:[A-Z]{_WORD})(?:\s+(?-i:[A-Z]{_WORD}))"
    rf"{{0,3}}(?:\s+(?:{_MEDIA_HEADS}|office|ministry|department|government|military|army|police|team|unit)\b)?)"
    rf"{_DID_TO_IT}",
    re.IGNORECASE,
)
# ... whatever the doer's words, in a relative clause on the video: "a video that the State Border Service of Ukraine
# released", "footage, which the Houthi-aligned Al Masirah news channel put out", "a clip that user J & K TV had
# uploaded", "the video, which La Nacion, a verified YouTube channel, had put out" (`_relative_doer` checks the words)
_RELATIVE_DOER = lazy_compile(
    rf"\b(?:{SCOPE_NOUN})(?:,\s+which|\s+that|\s+which)\s+(?P<np>[^,;:.“”\"()]{{1,70}}?)(?:,\s+(?:an?|the)\s+[^,;:]{{1,50}},)?"
    rf"{_DID_TO_IT}(?P<after>\s+[\w'’-]+)?",
    re.IGNORECASE,
)
# words a doer's name never holds: a clause of its own ("a video that police say the group released")
_NOT_A_DOER = lazy_compile(
    r"\b(?:say|says|said|claim|claims|claimed|shows?|showed|is|was|were|are|be|been|who|which|that|it|they|he|she|we"
    r"|you|when|where|because|after|before|and|or|not|never|its|their|his|her|in|on|at|from|to|with|about)\b",
    re.IGNORECASE,
)


# what may follow the verb when the video is its object (not "from the footage that police released tear gas")
_NO_OBJECT = lazy_compile(
    rf"\s+(?:on|in|at|to|onto|via|through|online|earlier|later|last|this|yesterday|today|tonight|and|but|by|from|with"
    rf"|after|before|during|for|over|out|up|as|when|while|which|who|shows?|showed|depicts?|appears?|purports?|is|was"
    rf"|were|has|had|{WEEKDAY}|{MONTH})$",
    re.IGNORECASE,
)


def _relative_doer(match: re.Match[str], context: Context) -> Hit | None:
    """The doer of a relative clause on the video, when its words are a name or a publisher's noun phrase only, the
    verb has no object of its own (the video is it) and the doer did more than pass the video on."""
    words, after = match.group("np"), match.group("after")
    if _NOT_A_DOER.search(words) or (after and not _NO_OBJECT.fullmatch(after)):
        return None
    if _later_sharer(words.strip(), match.group("verb")):
        return None  # "A video that social media users shared thousands of times"
    return _object_first(match, context)


# what holds a copy on a platform: "a Telegram channel", "the army's Facebook page", "an X user"
_ACCOUNT_NOUNS = r"users?|accounts?|pages?|channels?|profiles?"
# "posted on Telegram", "shared on a Telegram channel close to the army", "Uploaded to YouTube, the clip",
# "circulating widely, particularly on WhatsApp", "on the R.S.F.'s main Twitter account"
_PLATFORM = lazy_compile(
    rf"\b(?P<verb>(?i:{_DOER_VERBS}|appeared|surfaced|emerged|went\s+viral|spread|circulating|circulates|viral"
    rf"|trending|went\s+online|found))\b(?:,?\s+[\w'’.-]+){{0,4}}?,?\s+(?i:on|to|via|through|across|onto)\s+"
    rf"(?P<np>(?:(?i:the|a|an|its|his|her|their|several|multiple|various|many)\s+)?"
    rf"(?:(?!(?i:by|on|in|at|from|to|for|with)\b)[\w'’.-]+\s+){{0,4}}?"  # (not "on January 23 by a Twitter account")
    rf"(?P<platform>{PLATFORMS})(?:\s+(?:{_ACCOUNT_NOUNS}|groups?))?)",
)
_STOP_BACK = lazy_compile(
    r"[,;:()\"“”—–]|\s-\s|--|\b(?:that|which|who|and|but|when|as|after|before|said|says|while|where|if)\b", re.I
)
_DATE_WORD = lazy_compile(
    rf"^(?:{WEEKDAY}|{MONTH}|\d{{1,4}}(?:st|nd|rd|th)?|night|morning|afternoon|evening|on|in|at|last|late|early"
    r"|(?-i:this|week|month|year|weekend))$",  # "earlier this week the group put out footage" (not "Last Week Tonight")
    re.I,
)
# words around a doer that are not its name: "Hamas also released", "BBC News did not broadcast it"
_ADVERBS = {
    "also", "later", "reportedly", "recently", "previously", "earlier", "then", "now", "has", "have", "had", "just",
    "did", "does", "do", "not", "never", "initially", "originally", "first", "subsequently", "again", "itself",
    "even", "is", "are", "was", "were", "actually", "really", "in", "fact", "nonetheless", "nevertheless", "however",
    "instead", "still", "meanwhile", "too", "only", "allegedly", "purportedly", "apparently", "supposedly", "seemingly",
    "presumably", "probably", "possibly", "newly", "widely", "publicly", "officially", "secretly", "quietly", "freshly",
    "separately", "jointly", "hastily",
}  # fmt: skip
# a phrase that opens with one of these is no doer's name ("Of everything filmed during the collapse, ...")
_PREPOSITIONS = {"of", "for", "with", "from", "during", "after", "before", "at", "into", "about", "among", "amid"}


_ORGANISATION = lazy_compile(rf"(?:{ORGANISATIONS})", re.IGNORECASE)
_AGE = lazy_compile(r"\d{1,3}-year-old$", re.IGNORECASE)


# a partner named after the outlet it works with: "CNN partner CTV", "its sister channel Sky Arabia"
_PARTNER = lazy_compile(
    r"^.+?\s+(?:partner|affiliate|sister)(?:\s+(?:network|station|channel|paper|outlet|site))?\s+(?P<who>(?-i:[A-Z@]).+)$",
    re.IGNORECASE,
)
_PARTNER_AFTER = lazy_compile(
    r"\s+(?:partner|affiliate|sister\s+(?:network|station|channel|paper|outlet|site))\s+"
    r"(?P<who>(?-i:[A-Z@][\w'’&.@-]*(?:\s+[A-Z][\w'’&.-]*){0,3}))",
    re.IGNORECASE,
)
# a doer's decision or attempt, before the verb: "the Taliban's decision to", "the army's move to"
_INTENT = lazy_compile(
    r"^(?P<who>.+?)['’]s?\s+(?:decision|plan|move|attempt|bid|choice|effort|refusal|willingness|order)"
    r"\s+(?:not\s+)?to$",
    re.IGNORECASE,
)


_PRONOUNS = ("it", "they", "he", "she", "we", "this", "which", "who", "whoever")


def _clean_np(text: str, heads: str = SOURCE_NOUNS) -> str | None:
    """A publisher's name, trimmed of a date before it and checked: never a language or a bare adjective.

    Args:
        text: the words found as the doer.
        heads: the nouns that make an uncapitalised phrase a doer (after "filmed by", people too).
    """
    words = text.split()
    if len(words) > 2 and [w.lower() for w in words[:2]] == ["according", "to"]:
        words = words[2:]  # "According to the YouTube user who uploaded the clip": the user
    while words and (_DATE_WORD.match(words[0]) or words[0].lower() in _ADVERBS or _AGE.match(words[0])):
        words.pop(0)  # "on Monday", "also", "34-year-old": not the name
    while words and words[-1].lower() in _ADVERBS:
        words.pop()
    if len(words) > 2 and words[-2].lower() == "on" and _DATE_WORD.match(words[-1]):
        words = words[:-2]  # "Arlington police on Thursday": a date after the name
    if not words or len(words) > 10 or words[0].lower() in _PREPOSITIONS:
        return None
    name = " ".join(words).strip(" .,'’")
    partner = _PARTNER.match(name)
    if partner is not None:
        name = partner.group("who")  # "CNN partner CTV": CTV obtained it
    intent = _INTENT.match(name)
    if intent is not None:
        name = intent.group("who")  # "the militia's choice to put out its clip": the militia
    if name.lower() in LANGUAGES or name.lower() in _PRONOUNS:
        return None
    if any(w.lower() in ("whether", "if") for w in words):
        return None  # "Asked whether the army released the video, a spokesman said": a question, no doer
    capitalised = any(w[0].isupper() for w in words[1:]) or programs.match(r"(?:(?:al|el)-)?[A-Z]|@\w", words[0])
    capitalised = capitalised or _ORGANISATION.fullmatch(name)
    if not capitalised and not programs.search(rf"\b(?:{heads})\b", name, re.IGNORECASE):
        return None
    return name


# a generic holder before its name: "user J & K TV", "the account Latest Sightings", "a YouTube channel, X",
# "an account called Y", "Moroccan media outlet Z", "video production company 8704Media"
_HOLDER = lazy_compile(
    rf"^(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:(?:{PLATFORMS})\s+)?(?P<holder>user|account|channel|page|handle"
    rf"|network|outlet|station|newspaper|broadcaster|company|firm|journalist|reporter|photographer|activist|blogger)\s*,?\s+(?:called\s+|named\s+)?['‘\"“]?"
    rf"(?-i:(?P<name>[A-Z0-9@].*?))['’\"”]?$",
    re.IGNORECASE,
)
# the name that follows a holder: "J & K TV", "Latest Sightings", "8704Media", "'The India Eye'"
_NAME_AFTER = lazy_compile(
    r"^\s+(?:called\s+|named\s+)?['‘\"“]?(?-i:(?:(?:al|el|an|ad|as)-)?[A-Z0-9@][\w'’.@-]*"
    r"(?:\s+(?:[A-Z0-9&][\w'’.-]*|&|of|de|the))*)['’\"”]?"
)


# the roles of newsroom staff
_NEWS_ROLES = (
    r"editor|correspondent|reporter|journalist|producer|presenter|anchor|host|spokes(?:man|woman|person)|analyst"
    r"|columnist|contributor|photographer|cameraman|videographer|bureau\s+chief"
)
_ROLE_END = lazy_compile(
    rf"\b(?:{PERSON_NOUNS}|{_MEDIA_HEADS}|{_NEWS_ROLES}|outlet|website|director|filmmaker|farmer|tourist|hiker|driver"
    r"|group|organi[sz]ation|movement|militia|faction)$",
    re.IGNORECASE,
)


_KIND_THEN_NAME = lazy_compile(
    rf"^\s+(?:(?-i:[a-z][\w-]*)\s+){{0,2}}(?:{_MEDIA_HEADS})\s+(?P<name>(?:al-|el-)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|al-\w+|of|the)(?![\w'’-]))*)"
)


# a role after a name the doer works for: "the BBC's Russia editor", "the Wall Street Journal's Moscow correspondent"
_ROLE_AFTER = lazy_compile(rf"\s+(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?(?:{_NEWS_ROLES})\b", re.IGNORECASE)


def _holder_name(np: str, following: str) -> str:
    """The name a generic holder stands before ("the account Latest Sightings" -> "Latest Sightings"), or np."""
    holder = _HOLDER.match(np + (following.split(",")[1] if following.startswith(",") and "," in following[1:] else ""))
    if holder is None and following.startswith(", "):  # "a verified YouTube channel, La Nación Costa Rica"
        holder = _HOLDER.match(np + ", " + programs.split(r"[,.;]", following[2:])[0])
    after = _NAME_AFTER.match(following)
    if holder is None and after is not None:
        holder = _HOLDER.match(np + after.group(0))
    if holder is not None and holder.group("holder")[0].isupper() and holder.group("name")[0].isdigit():
        holder = None  # a number after a capitalised word is part of a name: "Channel 4 News" is no channel "4 News"
    if holder is not None:
        return holder.group("name").strip()
    # a role before the name: "filmed by local farmer John Dube" is John Dube, not "farmer" (but "by a resident
    # Monday": a day is no name)
    name = after.group(0).strip().strip("'‘’\"“”") if after is not None else ""
    if name and _ROLE_END.search(np) and not _DATE_WORD.match(name.split()[0].strip(".,")):
        return name
    kind = _KIND_THEN_NAME.match(following)  # "by the militant group al-Nasr", "by the jihadist movement Ansar Dine"
    if kind is not None and not _DATE_WORD.match(kind.group("name").split()[0]):
        return kind.group("name")
    return np


# a still, a photo or a screenshot was what the verb's doer put out, not the video ("Photos released by the army show
# the same site as the video", "A screenshot of the video was posted by Newsweek")
_A_PICTURE = lazy_compile(
    r"\b(?:photos?|photographs?|images?|pictures?|stills?|screenshots?|screen\s*grabs?|frames?|thumbnails?)"
    rf"(?:\s+(?:of|from)\s+(?:the\s+|a\s+|this\s+)?(?:[\w'’-]+\s+)?(?:{SCOPE_NOUN}))?"
    r"(?:\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been))?\s+(?:\w+ly\s+|also\s+|later\s+|first\s+)?$",
    re.IGNORECASE,
)


# the video named with the pictures: "The video and photos were released by the army", "Video images released by"
_VIDEO_BESIDE = lazy_compile(rf"\b(?:{SCOPE_NOUN})\s+(?:(?:and|&)\s+)?$", re.IGNORECASE)


# what a doer after "by" did that is not the video: staged an event, wrote a statement ("shows a protest staged in
# November 2023 by the BNP", "a website that has long published statements by Islamist groups")
# (the event staged right before the "by", no release of the video between: not "Footage of the protest staged on
# Friday was posted by the party's media team"; writings the verb's own object: not "shared in a statement by the army")
_NOT_ITS_DOER = lazy_compile(
    r"\b(?:protests?|rall(?:y|ies)|demonstrations?|marches|march|attacks?|raids?|events?)\s+staged\b"
    r"(?:(?!\b(?:posted|published|released|shared|put|aired|broadcast|circulated|uploaded|distributed)\b)[^;])*by\s+$"
    r"|\b(?:published|issued|released|posted|shared|carried|distributed)\s+(?:(?!(?:in|with|a|an)\b)[\w'’-]+\s+){0,2}"
    r"(?:statements?|messages?|communiqu[eé]s?|claims?)\s+by\s+$",
    re.IGNORECASE,
)


def _by(match: re.Match[str], context: Context) -> Hit | None:
    if not _tied(match, context) or context.sentence.text.rstrip().endswith("?"):
        return None  # a question asserts no doer: "Was it filmed by security cameras?"
    if _ASKED_CLAUSE.match(context.sentence.text[: match.start()]):
        return None  # "Asked whether the footage was posted by police, ...": a question, no doer
    picture = _A_PICTURE.search(context.sentence.text, 0, match.start())
    if picture is not None and not _VIDEO_BESIDE.search(context.sentence.text, 0, picture.start()):
        return None
    verb = match.group("verb").lower()
    if verb in ("taken", "captured", "shot", "made", "recorded") and not _made_video(match, context):
        return None  # "captured by its fighters": the soldiers were, not the video
    if _NOT_ITS_DOER.search(context.sentence.text, max(0, match.start() - 40), match.start("np")):
        return None  # "a protest staged in November by the BNP", "published statements by Islamist groups"
    if verb == "put" and not _PUT_VIDEO.search(context.sentence.text, 0, match.start()):
        return None  # "pressure was put on Twitter by the Commission": what was put is not the video
    np = match.group("np")
    np = programs.split(
        r"\s+(?:on|in|at|from|to|showing|shows|that|which|who|as|after|during|with|purporting|under)\s+", np
    )[0]
    following = context.sentence.text[match.end("np") :]
    role = _ROLE_AFTER.match(following) if np == match.group("np") else None
    if role is not None:  # "the BBC's Russia editor Steve Rosenberg": the editor, not "the BBC's Russia"
        np, following = np + role.group(0), following[role.end() :]
    np = _holder_name(np, following)
    partner = _PARTNER_AFTER.match(context.sentence.text, match.end("np"))
    if partner is not None:
        np = partner.group("who")  # "obtained by CNN partner CTV": CTV
    name = _clean_np(np, _DOER_HEADS)
    if name is None or _later_sharer(name, verb, context.sentence.text):
        return None
    where = context.sentence.text.find(name, match.start("np"))
    start = where if where >= 0 else match.start("np")
    return Hit(start, start + len(name), {"value": name})


# the video is what was shot: "the footage, apparently shot by", not "footage showing a man shot by police"
# nor "footage of an officer being shot by a colleague"
_MADE_VIDEO = lazy_compile(
    rf"\b{SCOPE_NOUN},?(?:\s+(?:that|which|was|were|is|are|been|had|has|have|appears?|seems?|to|first|\w+ly))*\s+$",
    re.I,
)
# "Apparently shot by a militant, it shows ...": the participle opens a sentence about the video
_OPENING = lazy_compile(r"^\W*(?:\w+ly\s+)?$")


_PUT_VIDEO = lazy_compile(
    rf"\b(?:it|{SCOPE_NOUN})\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+|also\s+|first\s+|later\s+)?$",
    re.IGNORECASE,
)


def _made_video(match: re.Match[str], context: Context) -> bool:
    before = context.sentence.text[: match.start()]
    return bool(_MADE_VIDEO.search(before[-60:]) or (context.sentence.in_scope and _OPENING.match(before)))


# what ties a doer to the video: a video noun, or a copy of it ("an extended version on YouTube", "the original")
_TIE = lazy_compile(rf"\b(?:{SCOPE_NOUN}|versions?|original)\b", re.IGNORECASE)


# the verb's subject is the video the text is about: "when it was uploaded to YouTube"
_IT_WAS = lazy_compile(r"\b(?:it|which)\s+(?:was|had\s+been|has\s+been)\s+(?:first\s+|originally\s+|\w+ly\s+)?$", re.I)
# "Posted on May 2 by an account called X, it has been shared 300 times"
_THEN_IT = lazy_compile(r"[^,;]{0,80},\s+it\s")


def _tied(match: re.Match[str], context: Context) -> bool:
    text = context.sentence.text
    before = text[max(0, match.start() - 80) : match.end()]
    if _TIE.search(before) or context.sentence.in_scope or _IT_WAS.search(text, 0, match.start()):
        return True
    return bool(_OPENING.match(text, 0, match.start()) and _THEN_IT.match(text, match.end()))


# the verb is an adjective here: "the shared video", "a newly released clip", "the group's recently posted video"
_ADJECTIVAL = lazy_compile(
    r"(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|another|other|one|each|every|some|any|no)|['’]s)"
    r"(?:\s+\w+ly)?\s*$",
    re.IGNORECASE,
)
# a relative clause between the doer and its verb: "The local activists who filmed the videos"
_RELATIVE = lazy_compile(
    r"\s*,?\s*\b(?:who|that|which)(?:\s+(?:had|has|have|first|also|initially|originally|\w+ly))*\s*$"
)
# a verb before the relative's antecedent: "The broadcaster has not named the source who posted it"
_CLAUSE_VERB = lazy_compile(r"\b(?:is|are|was|were|be|been|has|have|had|not|did|does|do|know|knows|knew)\b", re.I)
# an apposition between them: "al-Shabaab, the al-Qaeda-affiliated group, released", "al-Shabaab, Somalia's al-Qaeda
# affiliate, released" (and a relative clause set off by commas: "Separatists, who hold the port, released")
_APPOSITION = lazy_compile(
    r"^\s*(?:the|a|an|its|their|one|head|leader|chief|founder|owner|who|which|(?-i:[A-Z])[\w-]*['’]s)\b", re.IGNORECASE
)
# who only passed a video on: "Social media users have been circulating a clip", "Several journalists shared the clip"
_LATER_SHARERS = lazy_compile(r"\b(?:users|accounts|pages|netizens|people|posts)$", re.IGNORECASE)
_NEWS_SHARERS = lazy_compile(r"\b(?:journalists?|reporters?)\b", re.IGNORECASE)
_MAKING = lazy_compile(rf"{_MAKE_VERBS}|captured|taken|made", re.IGNORECASE)
_ORIGINAL = lazy_compile(r"\b(?:original(?:ly)?|first|initially|oldest|earliest)\b", re.IGNORECASE)
_SHARE_VERBS = lazy_compile(r"shared|re-shared|posted|circulated|tweeted|reposted", re.IGNORECASE)


_PASSIVE = lazy_compile(r"\b(?:was|were|been|being|is|are|be)\s*$", re.IGNORECASE)
_VIDEO_WORD = lazy_compile(rf"\b(?:{SCOPE_NOUN})\b", re.IGNORECASE)


def _later_sharer(name: str, verb: str, sentence: str = "") -> bool:
    """A doer who passed the video on rather than made or first released it ("Local people filmed it" made it)."""
    if _MAKING.fullmatch(verb):
        return False
    if _LATER_SHARERS.search(name):
        return True
    original = _ORIGINAL.search(sentence)  # "the original video shared on X by a Syrian journalist, Y"
    return bool(_SHARE_VERBS.fullmatch(verb) and _NEWS_SHARERS.search(name) and not original)


def _subject_phrase(before: str) -> str:
    """The words that may be the doer, back from the verb: past a relative pronoun and an apposition."""
    relative = _RELATIVE.search(before)
    if relative is not None and relative.group(0).strip(" ,"):
        before = before[: relative.start()]
        clause = list(_CLAUSE_VERB.finditer(before))
        before = before[clause[-1].end() :] if clause else before  # "It is not clear who": no doer
    stripped = before.rstrip()
    while stripped.rsplit(None, 1)[-1:] and stripped.rsplit(None, 1)[-1].lower() in _ADVERBS:
        stripped = stripped.rsplit(None, 1)[0] if " " in stripped else ""  # "X, a social media agency, also posted"
    if stripped.endswith(","):
        parts = stripped[:-1].split(",")
        for size in (1, 2):  # an apposition may hold one comma: "based in Mogadishu, Somalia,"
            if len(parts) > size and _APPOSITION.match(parts[-size]):
                before = ",".join(parts[:-size])
                break
    restrictive = _WHO_CLAUSE.search(before)
    if restrictive is not None:  # "A man who lives nearby filmed it": the doer is before "who"
        return restrictive.group("np")
    before = _ACRONYM_AFTER.sub("", before)  # "The Islamic State (IS) released": the name before its acronym
    cut = [m.end() for m in _STOP_BACK.finditer(before)]
    phrase = before[cut[-1] if cut else 0 :]
    # "Police, who say the man filmed it": the doer is the one they speak of, never the speech verb
    return _SPEECH_START.sub("", phrase) if _SPEECH_START.match(phrase) else phrase


_BODY = lazy_compile(r"police|army|military|government|authorities|prosecutors|investigators", re.IGNORECASE)
_ACRONYM_AFTER = lazy_compile(r"\s*\((?-i:[A-Z][\w.&-]{0,9})\)\s*$")
# a doer with a relative clause of its own, no comma before it: "Someone who says they saw the crash filmed it"
_WHO_CLAUSE = lazy_compile(
    r"(?:^|[,;:]\s*)\W*(?P<np>(?:someone|somebody|a|an|the|one|two|three|several|(?-i:[A-Z]))[\w'’ -]{0,40}?)"
    r"\s+who\s+[^,;:\"“”]{1,60}$",
    re.IGNORECASE,
)
_SPEECH_START = lazy_compile(
    r"^\s*(?:says?|said|claims?|claimed|believes?|believed|thinks?|thought|suspects?|suspected)\s+(?:that\s+)?", re.I
)


_OTHER_VIDEO = lazy_compile(OTHER_VIDEO, re.IGNORECASE)


_PRONOUN_LAST = lazy_compile(r"\s(?:they|he|she|we|it|I|you)$", re.IGNORECASE)


_PREPOSITION_LAST = lazy_compile(r"\b(?:for|of|by|after|before|without|about|from|on|in|at|to|with)\s*$", re.I)


# a question the clause opens with: "Asked whether the footage was posted by police, ...", "Asked if the army released"
_ASKED_CLAUSE = lazy_compile(r"^\W*(?:when\s+)?asked\s+(?:if|whether)\b[^,;]*$", re.IGNORECASE)


def _subject(match: re.Match[str], context: Context, heads: str = SOURCE_NOUNS) -> Hit | None:
    if match.groupdict().get("it") and not context.sentence.in_scope:
        return None  # "it" is the video only in a sentence about the video
    if _OTHER_VIDEO.search(match.group(0)):
        return None  # "Journalists filmed similar scenes": another video's maker
    before = context.sentence.text[: match.start()]
    if _ASKED_CLAUSE.match(before):
        return None  # "Asked if the army released the video, a spokesman declined": a question, no doer
    if _ADJECTIVAL.search(before) or (_PASSIVE.search(before) and not match.group("verb").split()[0].endswith("ing")):
        return None  # "The video was filmed the day after": the subject is what was filmed
    if match.group("verb").split()[0].lower().endswith("ing") and _PREPOSITION_LAST.search(before):
        return None  # "He was criticised for posting a clip": whoever posted is not the words before "for"
    name = _clean_np(_subject_phrase(before), heads)
    if name is None or _VIDEO_WORD.search(name) or _later_sharer(name, match.group("verb"), context.sentence.text):
        return None
    if _PRONOUN_LAST.search(name):
        return None  # "Witnesses told Reuters they had filmed it": the doer is a pronoun, not the words before it
    begin = before.rfind(name)
    lone_word = len(name.split()) == 1 and name[0].islower()
    if lone_word and _ORGANISATION.fullmatch(name) is None and not _BODY.fullmatch(name):
        return None  # one lower-case word is no doer ("it"), unless it names a body that acts ("police made public")
    return Hit(begin, begin + len(name), {"value": name})


def _object_first(match: re.Match[str], context: Context, heads: str = SOURCE_NOUNS) -> Hit | None:
    name = _clean_np(match.group("np"), heads)
    if name is None:
        return None
    begin = match.start("np") + max(0, match.group("np").find(name))
    named = _NAME_AFTER_HEAD.match(context.sentence.text, begin + len(name)) if _MEDIA_HEAD_END.search(name) else None
    if named is not None:  # "the state-run Serbian broadcaster RTS": the name is the source's
        name = name + named.group(0)
    return Hit(begin, begin + len(name), {"value": name})


# a description of an outlet, then its name: "the Russian broadcaster RT", "the liberal magazine Mother Jones"
_MEDIA_HEAD_END = lazy_compile(rf"\b(?:{_MEDIA_HEADS}|outlet|website)$")
_NAME_AFTER_HEAD = lazy_compile(r"\s+(?:[A-Z][\w.&'’-]*)(?:\s+[A-Z][\w.&'’-]*){0,3}\b")


_PLATFORM_NAME = lazy_compile(rf"\b(?:{PLATFORMS})\b")
# the company, not a place a copy was on: "Telegram founder Pavel Durov", "the TikTok ban", "a YouTube spokesperson"
_COMPANY_AFTER = lazy_compile(
    r"['’]?s?\s+(?:founder|co-founder|owner|chief|CEO|boss|executives?|spokes(?:man|woman|person)|ban|bans|banned"
    r"|moderators?|employees?|staff|policy|policies|shares|stock)\b",
    re.IGNORECASE,
)


def is_platform(value: object) -> bool:
    """Whether a source claim's value is a platform a copy was on ("Facebook", "X"), not who published it."""
    return isinstance(value, str) and _PLATFORM_NAME.fullmatch(value) is not None


# a fact-checker's or newsroom's inbox is not where the video came from: "sent to PesaCheck's WhatsApp tipline"
_INBOX = lazy_compile(r"\s*(?:tip\s*line|hotline|number|inbox)", re.I)


def _platform(match: re.Match[str], context: Context) -> list[Hit]:
    """The platform a copy was put on, a copy a fact-check debunks included ("A video shared on Facebook
    purportedly shows ..."), and each platform listed with it ("on Twitter, Facebook and YouTube")."""
    if not _tied(match, context) or _INBOX.match(context.sentence.text, match.end("platform")):
        return []
    if _COMPANY_AFTER.match(context.sentence.text, match.end("platform")):
        return []  # "shared on the day Telegram founder Pavel Durov was arrested"
    return _platforms(match, context)


_HOLDER_OF = lazy_compile(
    r"\s+(?:page|channel|account|profile|feed|handle)\s+of\s+(?:the\s+(?:website|group|outlet|channel|newspaper"
    r"|broadcaster|network|agency|account)\s+)?['‘\"“]?(?P<holder>(?-i:[A-Z@][\w.@&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|de)){0,4})"
    r"(?:['’]s(?:\s+(?-i:[a-z][\w-]*)){1,2})?)",  # "the Telegram channel of Hamas's armed wing"
    re.IGNORECASE,
)
# "on Twitter, Facebook and YouTube", "on both Twitter and Instagram": the platforms listed after the first
_AND_PLATFORM = lazy_compile(rf",?\s+(?:and\s+|or\s+)?(?P<platform>{PLATFORMS})\b")


def _venue(platform: str) -> bool:
    """ "social media", "social networks": where copies go, named by no platform (`PLATFORMS` holds them for the
    other kinds: "shared on social media on Monday" dates a release)."""
    return platform.lower().startswith("social")


def _platforms(match: re.Match[str], context: Context) -> list[Hit]:
    """The platform a row found, then each listed after it, and the holder of the page or channel named after it
    ("the Facebook page of the website Vérité 224", "the YouTube channel of VICE News")."""
    if _venue(match.group("platform")):
        return []  # "circulating on social media": a venue, not a platform or anyone who holds a copy
    hits = [Hit(match.start("np"), match.end("np"), {"value": match.group("platform")})]
    holder = _HOLDER_OF.match(context.sentence.text, match.end("np"))
    if holder is not None:
        name = holder.group("holder").rstrip(".'’")
        hits.append(Hit(holder.start("holder"), holder.start("holder") + len(name), {"value": name}))
    more = _AND_PLATFORM.match(context.sentence.text, match.end("platform"))
    while more is not None:
        if not _venue(more.group("platform")):  # "on Twitter and social media": Twitter only
            hits.append(Hit(more.start("platform"), more.end("platform"), {"value": more.group("platform")}))
        more = _AND_PLATFORM.match(context.sentence.text, more.end())
    return hits


# a copy named by its platform: "A TikTok clip appears to show", "the X post's caption", "a viral Instagram reel",
# "Instagram and Facebook posts carried it"
_PLATFORM_COPY = lazy_compile(
    rf"\b(?P<np>(?P<platform>{PLATFORMS}))(?:\s+and\s+(?:{PLATFORMS}))?\s+(?i:videos?|clips?|posts?|reels?|versions?"
    r"|stories|story|livestreams?|uploads?|footage)\b"
)

# a platform's post that says something of the video is no copy of it: "The ministry's Facebook post denied it"
_POST_SAYS = lazy_compile(
    r"^\s*(?:\w+ly\s+)?(?:denied|denies|called|calls|said(?!\s+to\b)|says|dismissed|rejected|accused|added|stated"
    r"|warned|condemned|questioned)\b",
    re.IGNORECASE,
)
# another video brought in to compare: "another YouTube video", "a YouTube video shows the same street"
_COMPARED_BEFORE = lazy_compile(r"\b(?:another|other|different|similar|second|older|earlier)\s+(?:\w+\s+)?$", re.I)
_COMPARED_AFTER = lazy_compile(r"^[^.;]{0,40}?\b(?:the\s+same|a\s+similar)\s+(?!(?:video|clip|footage)\b)", re.I)


# a platform named in a sentence about the video, wherever it stands ("Among the hoaxes: on Facebook and YouTube,
# versions of a video ...", "An American Twitter user posted ...", "resurfaced on Telegram as footage of ..."): where a
# copy was, unless it is a search tool, the company acting, an inbox or another video
_PLATFORM_ANY = lazy_compile(rf"(?<![\w@#.-])(?P<np>(?P<platform>{PLATFORMS}))(?![\w-])")
_TOOL_AFTER = lazy_compile(
    r"^['’]?s?\s+(?:(?:reverse|keyword|image|video)\s+)*search|^['’]s\s+(?:parent|owner|polic|rules|algorithm|moderat"
    r"|spokes|community|fact)|^\s+location\s+tag|^\s+(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+)?(?:removed|deleted|took|taken|suspended|banned"
    r"|blocked|label+ed|flagged|restricted|said|says|told|confirmed|declined|did|does|owner|Maps|Lens|Earth|Street|search)\b",
    re.IGNORECASE,
)
# the platform's old name, a statement posted there, an account already named as the holder ("a Facebook user called
# Didier Ovni Konzoli", "the TikTok account @urbexkev"), a war of posts in general ("waging on Facebook, Twitter and
# YouTube")
_NOT_COPY_BEFORE = lazy_compile(
    r"\b(?:formerly|former|once\s+known\s+as|previously|statement|wag(?:e|es|ed|ing))\s+(?:\w+\s+){0,4}?(?:on\s+)?$",
    re.I,
)
# where a copy is: on a platform ("on Facebook and YouTube", "to its Telegram channel"), or a platform's user who posts
_ON_PLATFORM = lazy_compile(
    r"\b(?:on|onto|to|via|across|from|in)\s+(?:(?:the|its|his|her|their|an?)\s+)?(?:[\w'’.-]+\s+){0,2}$", re.I
)
_HOLDER_NOUN_AFTER = lazy_compile(rf"\s+(?:{_ACCOUNT_NOUNS}|handles?|posts?)\b", re.I)
# a copy or its spreading named near the platform
_COPY_NEAR = lazy_compile(
    r"\b(?:post\w*|shar\w*|upload\w*|circulat\w*|spread\w*|viral|surfac\w*|appear\w*|publish\w*|aired|airing"
    r"|broadcast\w*|stream\w*|put|versions?|cop(?:y|ies)|views?|viewed|reels?|hoax\w*|videos?|clips?|footage|captions?)\b",
    re.IGNORECASE,
)
_POST_NOUN = lazy_compile(r"^\s+(?:posts?|tweets?|pages?|accounts?|statements?)\b", re.I)
# the platforms listed before this one: the list's opening words decide for all of them
_LISTED_BEFORE = lazy_compile(rf"(?:(?<![\w@#.-])(?:{PLATFORMS}),?\s+(?:and\s+|or\s+)?)+$")
# followers there, or a ban from it: "has 2 million followers on Instagram", "was banned from Twitter"
_NO_COPY_THERE = lazy_compile(
    r"\b(?:followers|subscribers|fans|friends|banned|suspended|removed|blocked|kicked\s+off|deleted)\s+(?:\w+\s+)?"
    r"(?:on|from)\s+$",
    re.IGNORECASE,
)
_HOLDER_AFTER = lazy_compile(rf"^\s+(?:fan\s+)?(?:{_ACCOUNT_NOUNS})\s+(?:called|named|@)", re.IGNORECASE)


def _platform_any(match: re.Match[str], context: Context) -> list[Hit]:
    text = context.sentence.text
    platform = match.group("platform")
    if not context.sentence.in_scope:
        return []
    before, after = _LISTED_BEFORE.sub("", text[max(0, match.start() - 200) : match.start()]), text[match.end() :]
    if platform == "X" and not programs.search(r"\b(?:on|to|platform|via)\s+$", before):
        return []  # a capital X is a letter more often than the platform
    where = _ON_PLATFORM.search(before) or _HOLDER_NOUN_AFTER.match(after)
    if not where or not (_COPY_NEAR.search(before[-100:]) or _COPY_NEAR.search(after[:100])):
        return []  # "Telegram founder Pavel Durov", "protests against the TikTok ban", "followers on Instagram"
    if _TOOL_AFTER.match(after) or _INBOX.match(after) or _HOLDER_AFTER.match(after) or _COMPARED_AFTER.match(after):
        return []
    if _COMPANY_AFTER.match(after):
        return []
    if _POST_SAYS.match(_POST_NOUN.sub("", after)):
        return []  # "The ministry's Facebook post denied it"
    if _NOT_COPY_BEFORE.search(before) or _NO_COPY_THERE.search(before):
        return []
    if programs.search(r"\bsearch\w*\s+(?:\w+\s+){0,3}$", before) or _COMPARED_BEFORE.search(before):
        return []
    return _platforms(match, context)


# a cleft that names the publisher: "It was the Vilayat Dagestan that released the video"
_CLEFT = lazy_compile(
    rf"\bit\s+(?:was|is)\s+(?P<np>(?:the\s+)?(?-i:[A-Z][\w'’&.-]*)(?:\s+(?-i:[A-Z][\w'’&.-]*|of|al-\w+)){{0,5}}"
    rf"|(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{SOURCE_NOUNS}))\s+(?:that|who|which)\s+(?:first\s+|originally\s+)?"
    rf"(?:{_DOER_VERBS})\s+(?:it|the\s+(?:[\w-]+\s+)?(?:{SCOPE_NOUN}))\b",
    re.IGNORECASE,
)
_SAME_VIDEO = lazy_compile(r"^[^.;]{0,40}?\bthe\s+same\s+(?:video|clip|footage|recording)\b", re.IGNORECASE)


def _platform_copy(match: re.Match[str], context: Context) -> list[Hit]:
    text = context.sentence.text
    if not video_near(context.document, context.sentence):
        return []
    same = _SAME_VIDEO.match(text[match.end() :])  # "Similar Facebook posts shared the same footage": more copies
    if (_COMPARED_BEFORE.search(text[: match.start()]) and not same) or _COMPARED_AFTER.match(text[match.end() :]):
        return []
    if _POST_SAYS.match(text[match.end() :]):
        return []  # "The ministry's Facebook post denied it": a statement about the video, not a copy of it
    return _platforms(match, context)


# "released on the group's AMAQ news agency", "via its Al-Naba newsletter"
_OUTLET = lazy_compile(
    rf"\b(?:{_DOER_VERBS}|appeared|surfaced)\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:on|to|via|through|by)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:(?:group|militants|movement|army|military|ministry)['’]s?\s+)?(?P<np>(?-i:[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)"
    rf"\s+(?:news\s+agency|agency|channel|outlet|website|account|media\s+(?:arm|wing|office|centre|center)|television|TV|newsletter))",
    re.IGNORECASE,
)
# "In a video released Sunday, Boko Haram said ...": who speaks in a video put out in their name
_SPEAKER = lazy_compile(
    rf"^\W*In\s+(?:a|an|its|their|his|her|the\s+latest|a\s+new)\s+(?:[\w'’-]+\s+)?(?:{VIDEO_NOUN})\s+"
    rf"(?:{_PUBLISH_VERBS})\b[^,;]{{0,60}},\s+(?P<np>[^,;]{{2,60}}?)\s+(?:also\s+)?(?:said|says|claimed|claims|warned"
    rf"|warns|threatened|threatens|announced|vowed|demanded|urged|called)\b",
    re.IGNORECASE,
)
# "Prigozhin said in a video posted on Telegram": who speaks in a video put out without another's name on it
_SAID_IN_A = (
    r"\b(?P<verb>said|says|claimed|announced|warned|threatened|vowed)\s+in\s+(?:a|an)\s+(?:new\s+|short\s+|brief\s+)?"
)
_SAID_IN = lazy_compile(
    rf"{_SAID_IN_A}(?:{VIDEO_NOUN})\s+(?:{_PUBLISH_VERBS})\b(?![^,;.]{{0,40}}\bby\b)",
    re.IGNORECASE,
)
# "(Video courtesy: Human Angle)", "footage courtesy of the fire service", "Video credit: Jane Doe"
_COURTESY = lazy_compile(
    rf"\b(?:(?:{SCOPE_NOUN})\s+)?(?:courtesy(?:\s+of)?|credit)\s*:?\s+(?P<np>(?:the\s+)?{_CAPS})",
    re.IGNORECASE,
)
# a mark in the picture names its maker: "carried a logo in the corner reading 'The Revenge Brigade'",
# "bore the name of the group JNIM", "with the watermark of Amaq"
_MARK_READING = (
    r"\b(?:bore|bears?|carried|carries|carrying|displayed|displays|showed|shows|had|has|with)\s+(?:a|an|the|its)\s+"
    r"(?:[\w-]+\s+)?(?:logo|emblem|watermark|insignia|name|branding|banner)\b(?:\s+[\w'’-]+){0,6}?\s+(?:of|reading"
    r"|saying|that\s+reads?)\s+"
)
_MARK = lazy_compile(
    rf"{_MARK_READING}[\"“'‘]?(?P<np>(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_CAPS}(?:\s+(?:{_MEDIA_HEADS})\s+{_CAPS})?)",
    re.IGNORECASE,
)
# where the footage came from: "footage from its drone", "One clip from Staffordshire Police",
# "Drone footage from a unit of the 92nd brigade", "Obtained from a group representing the families",
# "received two videos from production company 8704Media"
_CAME_FROM = (
    rf"\b(?:(?P<noun>{VIDEO_NOUN})|obtained|received|acquired|sourced|comes|came)\s+(?:[\w'’-]+\s+){{0,2}}?from\s+"
)
_FROM = lazy_compile(
    # (the head before any "of": not "from a graduation of Yemeni army border guards", an event)
    rf"{_CAME_FROM}(?P<np>(?:the|a|an|its|their|one\s+of\s+its|one\s+of\s+the)\s+(?:(?!of\b)[\w'’.-]+\s+){{0,3}}?"
    rf"(?:{_FROM_HEADS})\b"
    rf"|{_CAPS}\s+(?:{_FROM_HEADS})\b|{ORGANISATIONS}|"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:company|firm|agency|outlet|channel|account)\s+(?-i:[A-Z0-9]{_WORD}))",
    re.IGNORECASE,
)
# "traced the footage back to the Italian television network RepubblicaTV", "traced it to a Twitter user"
_TRACED = lazy_compile(
    rf"\btrac(?:ed|e|ing)\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:{SCOPE_NOUN}))\s+(?:back\s+)?to\s+"
    r"(?P<np>(?:the|an?)\s+[^,;:()]{2,80}?)(?=[,.;:()]|\s+(?:in|on|at|from|who|which|that|and|but|when)\b|$)",
    re.IGNORECASE,
)


def _speaker(match: re.Match[str], context: Context) -> Hit | None:
    name = _clean_np(match.group("np"))
    if name is None or name.lower() in ("the man", "a man", "the woman", "a woman", "the speaker"):
        return None
    begin = match.start("np") + match.group("np").find(name)
    return Hit(begin, begin + len(name), {"value": name})


def _from(match: re.Match[str], context: Context) -> Hit | None:
    if not match.groupdict().get("noun") and not _tied(match, context):
        return None
    return _object_first(match, context, _DOER_HEADS)


def _traced(match: re.Match[str], context: Context) -> Hit | None:
    if not _tied(match, context):
        return None
    np = match.group("np")
    name = _holder_name(np, "")
    if name == np and not programs.search(rf"\b(?:{SOURCE_NOUNS})$|^(?:{ORGANISATIONS})$", np, re.I):
        return None  # "traced the video to Syria", "to a 2015 report": a place or a text, not a publisher
    cleaned = _clean_np(name)
    if cleaned is None:
        return None
    begin = match.start("np") + max(0, np.find(cleaned))
    return Hit(begin, begin + len(cleaned), {"value": cleaned})


# the release named as a noun: "the release by the cartel of a video of a reporter"
_RELEASE_BY = lazy_compile(
    rf"\b(?:release|re-release|publication|broadcast|posting|airing|distribution|leak)\s+by\s+{_NP}\s+of\s+"
    rf"(?:a|an|the|its|their|this|that|new)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{SCOPE_NOUN})\b",
    re.IGNORECASE,
)
# the same with the doer's possessive: "NATO denounced the Taliban's release of a video showing a soldier"
_RELEASE_OF = lazy_compile(
    # (the words before the possessive, trimmed by `_release_of`)
    r"(?P<np>(?:[\w&.-]+\s+){0,5}?[\w&.-]+)['’]s?\s+(?:release|re-release|publication|broadcast|posting|airing"
    rf"|distribution|leak)\s+of\s+"
    rf"(?:a|an|the|its|their|this|that|new)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{SCOPE_NOUN})\b"
    # (the video itself, not "a video investigation" or "the video analysis")
    r"(?!\s+(?:investigations?|analys[ie]s|reports?|explainers?|series|games?|calls?)\b)",
    re.IGNORECASE,
)
_DETERMINER_WORD = lazy_compile(r"(?:the|a|an|its|their|his|her)$", re.IGNORECASE)
_NEGATED_BEFORE = lazy_compile(r"\b(?:not|never|n['’]t)\b[^,;.]*$", re.IGNORECASE)
# capitalised words that open a sentence, not a name: "Following Russia's broadcast", "Yesterday Hamas's release"
_OPENER_WORDS = frozenset((
    "following", "after", "before", "yesterday", "today", "on", "in", "at", "during", "since", "despite", "with",
    "without", "amid", "meanwhile", "earlier", "later", "but", "and", "then", "when", "while", "last", "this", "by",
    "unlike", "although", "though", "as", "once", "until", "why", "overnight", "both", "because", "if", "whether", "so",
    "yet", "still", "now", "however", "recently", "what", "how",
))  # fmt: skip
_NAME_JOINS = {"of", "for", "to", "the", "and", "&", "de"}  # inside a name: "the Ministry of Defence"
# a release asked for, prevented or awaited: "called for the army's release of", "blocked Channel 4's broadcast of"
_NOT_YET = lazy_compile(
    r"\b(?:call\w*\s+for|demand\w*|urg\w*|sought|seek\w*|ask\w*\s+for|push\w*\s+for|block\w*|stop\w*|prevent\w*"
    r"|ban\w*|halt\w*|delay\w*|await\w*|want\w*|pending|ahead\s+of|before|oppos\w*|refus\w*)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _possessor_run(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The name the words before a possessive end with, read back: capitalised words and the joins between them."""
    run: list[re.Match[str]] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group(0)
        joins = word.lower() in _NAME_JOINS and index > 0 and words[index - 1].group(0)[0].isupper()
        number = word.isdigit() and index > 0 and words[index - 1].group(0)[0].isupper()  # "Channel 4"
        if not (word[0].isupper() or number or (joins and run)):
            break
        run.insert(0, words[index])
    while run and (run[0].group(0).lower() in _OPENER_WORDS | _NAME_JOINS or _DATE_WORD.match(run[0].group(0))):
        run.pop(0)  # "On Monday Hamas's release": Hamas
    return run


def _release_of(match: re.Match[str], context: Context) -> Hit | None:
    """The possessor of a release, read back from the possessive: its name ("The European Union denounced Hamas's
    release": Hamas; "the Ministry of Defence's": all of it), with "the" before it, or else the last determiner and its
    noun ("Critics condemned the network's airing": the network); none after a negated verb ("has not commented on the
    Houthis' release": nothing is said of the release itself)."""
    np, start = match.group("np"), match.start("np")
    words = list(programs.finditer(r"\S+", np))
    run = _possessor_run(words)
    before = words[: words.index(run[0])] if run else words
    if run and before and _DETERMINER_WORD.match(before[-1].group(0)):
        run.insert(0, before[-1])  # "the Daily Mail's"
    if not run:  # "the network's": the last determiner and the lowercase words after it
        dets = [w for w in words if _DETERMINER_WORD.match(w.group(0))]
        run = words[words.index(dets[-1]) :] if dets else []
        if any(w.group(0)[0].isupper() or w.group(0)[0].isdigit() for w in run[1:]):
            return None  # "A court blocked Channel 4's": no name read back whole
    if not run or _NEGATED_BEFORE.search(context.sentence.text, 0, start + run[0].start()):
        return None
    if _NOT_YET.search(context.sentence.text, 0, start + run[0].start()):
        return None  # "Families called for the army's release of the footage": asked for, not done
    name = _clean_np(np[run[0].start() :])
    if not name:
        return None
    where = context.sentence.text.find(name, start + run[0].start())
    return Hit(where, where + len(name), {"value": name}) if where >= 0 else None


# the outlet the video was passed to: "The footage ... was handed to the Sun", "leaked to the Daily Mail"
# a capitalised name a video went to, maybe after "the": "the Sun", "Newsflare"
_NAME_AFTER_TO = r"(?P<np>(?:the\s+)?(?-i:[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}))"
_HANDED_TO = lazy_compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:handed|passed|leaked|given|supplied|provided)"
    rf"\s+(?:over\s+)?to\s+{_NAME_AFTER_TO}",
    re.IGNORECASE,
)


# whom a copy credits its footage to: "credited it to Newsflare via Reuters Connect", "credited the footage to Reuters"
_CREDITED = lazy_compile(
    rf"\bcredit(?:ed|s|ing)\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:{SCOPE_NOUN}))\s+to\s+{_NAME_AFTER_TO}", re.IGNORECASE
)


def _credited(match: re.Match[str], context: Context) -> Hit | None:
    """Whom a copy credits its footage to; "credited it to" only in a sentence that names the video ("The mayor
    credited it to the Coast Guard's quick response" credits an outcome)."""
    if programs.match(r"\w+\s+(?:it|them)\b", match.group(0)) and not context.sentence.names_video:
        return None
    return _object_first(match, context)


def _handed_to(match: re.Match[str], context: Context) -> Hit | None:
    """The outlet a video was passed to, in a sentence whose subject is the video."""
    before = context.sentence.text[: match.start()]
    if not _VIDEO_WORD.search(before) or _OTHER_VIDEO.search(before):
        return None
    return _object_first(match, context)


RULES = [
    Rule("source.release_by", "source", _RELEASE_BY, _object_first, "any",
         (("Observers condemned the release by the militia of a clip of a detained reporter.", "the militia"),),
         lazy_compile(r"\bby\b", re.I)),
    Rule("source.release_of", "source", _RELEASE_OF, _release_of, "any",
         (("NATO has denounced the Taliban's release of a video showing a captured soldier.", "the Taliban"),),
         lazy_compile(r"['’]s?\s+(?:release|re-release|publication|broadcast|posting|airing|distribution|leak)\s+of",
                      re.I)),
    Rule("source.handed_to", "source", _HANDED_TO, _handed_to, "any",
         (("The footage of the minister was handed to the Sun last week.", "the Sun"),),
         lazy_compile(r"\bto\b", re.I)),
    Rule("source.credited", "source", _CREDITED, _credited, "any",
         (("The station posted the video on Monday and credited it to Stormcast via Reuters.", "Stormcast"),),
         lazy_compile(r"\bcredit", re.I)),
    Rule("source.by", "source", _BY, _by, "any",
         (("A video released on Tuesday by Islamic State militants purported to show the killing.",
           "Islamic State militants"),
          ("The footage was filmed by a passer-by.", "a passer-by"),
          ("The clip appears to have been filmed by one of the kidnappers.", "one of the kidnappers"),
          ("Apparently shot by a soldier on a phone, the video shows a checkpoint.", "a soldier"),
          ("The video was posted by the account Daily Wildlife on July 2.", "Daily Wildlife"),
          ("The video was posted on May 2, 2023 by an account called Lagos Vibes.", "Lagos Vibes"),
          ("The clip was made public by the regional council on Monday.", "the regional council"),
          ("The clip of the flood was filmed by 40-year-old farmer Tom Okoro.", "Tom Okoro"),
          ("The clip was later shared by Ukrainian officials.", "Ukrainian officials"),
          ("In the video, released by Hamas's armed wing, a hostage speaks.", "Hamas's armed wing"),
          ("In the video, posted online by the militant group al-Nour, a masked man reads a statement.", "al-Nour"),
          ("The video was filmed by the victim's sister, who posted it online.", "the victim's sister"),
          ("The footage was filmed by a resident on Monday.", "a resident"),
          ("The clip was also put on Twitter by Dan Orr, an analyst.", "Dan Orr")),
         requires=lazy_compile(r"\bby\b", re.I)),
    Rule("source.subject", "source", _SUBJECT, _subject, "any",
         (("On Saturday Hamas put out a video purportedly of a hostage.", "Hamas"),
          ("The regional police force released the video on Friday.", "The regional police force"),
          ("On Friday al-Shabaab, the Somali militant group allied to al-Qaeda, released a new video.", "al-Shabaab"),
          ("Amaq Media, an outlet of the group, published the clip.", "Amaq Media"),
          ("The residents who filmed the footage asked not to be named.", "The residents"),
          ("The county sheriff's office put the bodycam video out in three parts.", "The county sheriff's office"),
          ("The Daily Courier newspaper put out edited portions of the surveillance video.",
           "The Daily Courier newspaper"),
          ("Climber Anna Berg took footage of the avalanche from a ridge.", "Climber Anna Berg"),
          ("The video is staged, and the station did not broadcast it.", "the station"),
          ("The Herald obtained the footage from a neighbour.", "The Herald"),
          ("The agency, which first published the video, declined to comment.", "The agency"),
          ("Someone who says they saw the crash filmed the video.", "Someone"),
          ("On Tuesday, police made public CCTV footage of the robbery.", "police"),
          ("The clip shows a flood. The account Delta Watch put it on YouTube in May.", "The account Delta Watch"),
          ("The clip shows a flood. A YouTube user had put up the same video in 2019.", "A YouTube user"),
          # an apposition that opens with a possessive, an adverb after the apposition
          ("On Monday the Nour Front, Zenda's main rebel group, released a video.", "the Nour Front"),
          ("Delta Eye, a local news agency, also posted the video on Monday.", "Delta Eye"))),
    Rule("source.filmer", "source", _FILMER, _filmer, "any",
         (("A nurse filmed her drive out of the burning town.", "A nurse"),
          ("Climber Jo Park recorded part of his descent in a video he shared on Monday.", "Climber Jo Park"),
          ("Jo Park recorded part of her drive through the fire. In the video she screams.", "Jo Park"),
          ("With her phone, a neighbour recorded armed men dragging a driver from a car in Leeds. The video spread.",
           "a neighbour")),
         requires=lazy_compile(r"filmed|videotaped|recorded", re.I)),
    Rule("source.cleft", "source", _CLEFT, _object_first, "scope",
         (("The group denied it. It was the Vilayat Dagestan that released the video.", "the Vilayat Dagestan"),),
         requires=lazy_compile(r"\bit\s+(?:was|is)\b", re.IGNORECASE)),
    Rule("source.object_first", "source", _OBJECT_FIRST, _object_first, "any",
         (("It is the second video the Taliban distributed this year.", "the Taliban"),
          ("A captive appears in a video the Zendan Front put on a website on Friday.", "the Zendan Front"))),
    Rule("source.relative_doer", "source", _RELATIVE_DOER, _relative_doer, "any",
         (("In a video that the Border Guard Service of Ruritania released on Monday, guards burn a flag.",
           "the Border Guard Service of Ruritania"),
          ("Drone footage, which the pro-army Al Nour news channel put out on 3 May, shows a crater.",
           "the pro-army Al Nour news channel"),
          ("We came upon a clip that user Delta & Co TV had uploaded in 2021.", "user Delta & Co TV"),
          ("The same video, which Radio Norte, a verified YouTube channel, had put out in 2020, runs longer.",
           "Radio Norte")),
         requires=lazy_compile(r"\b(?:that|which)\s", re.I)),
    Rule("source.outlet", "source", _OUTLET, _object_first, "any",
         (("The video was released on the group's AMAQ news agency.", "AMAQ news agency"),
          ("Both clips were posted to the FBI website on Thursday.", "FBI website")),
         requires=lazy_compile(r"agency|channel|outlet|website|account|media|television|TV|newsletter", re.I)),
    Rule("source.platform", "source", _PLATFORM, _platform, "any",
         (("The clip was shared on a Telegram channel close to the army.", "a Telegram channel"),
          ("The video was posted on Telegram on Sunday.", "Telegram"),
          ("Uploaded to TikTok late on Friday, the clip shows a flooded underpass.", "TikTok"),
          ("The footage had been circulating for days, mostly on WhatsApp.", "WhatsApp"),
          ("The video first appeared on the S.B.U.'s official Telegram channel.",
           "the S.B.U.'s official Telegram channel"),
          ("A clip posted to Instagram supposedly depicts a tornado in Bogota.", "Instagram"),
          ("The footage spread fast on Telegram, X and TikTok.", "TikTok")),
         requires=_PLATFORM_NAME),
    Rule("source.platform_copy", "source", _PLATFORM_COPY, _platform_copy, "any",
         (("A Facebook clip claims to depict a flood in Lagos.", "Facebook"),
          ("The clip shows a storm. The Twitter post's caption names the town.", "Twitter"),
          ("Facebook and X posts shared the video with a caption.", "X")),
         requires=_PLATFORM_NAME),
    Rule("source.platform_named", "source", _PLATFORM_ANY, _platform_any, "scope",
         (("Among the hoaxes: on Facebook and YouTube, a video was described as CCTV from a hotel.", "YouTube"),
          ("A Dutch TikTok user posted on Monday a clip of flooded tunnels.", "TikTok")),
         requires=_PLATFORM_NAME),
    Rule("source.speaker", "source", _SPEAKER, _speaker, "any",
         (("In a video posted on Monday, the Wagner Group said it had taken the town.", "the Wagner Group"),),
         requires=lazy_compile(r"^\W*In\b", re.I)),
    Rule("source.said_in", "source", _SAID_IN, _subject, "any",
         (("The rebel leader Ali Musa said in a video posted on Telegram that his men had withdrawn.",
           "The rebel leader Ali Musa"),),
         requires=(lazy_compile(r"\bin\s+an?\s", re.I), sketch(_SAID_IN, _SAID_IN_A))),
    Rule("source.courtesy", "source", _COURTESY, _from, "scope",
         (("The clip shows the flood. (Video courtesy: River Watch Trust.)", "River Watch Trust"),
          ("The footage, courtesy of the Coast Guard, shows the rescue.", "the Coast Guard")),
         requires=lazy_compile(r"courtesy|credit", re.I)),
    Rule("source.mark", "source", _MARK, _object_first, "scope",
         (("The video carried a logo in the top left corner reading \"Lions of Tawhid\".", "Lions of Tawhid"),
          ("The film bore the name of the jihadist group Ansar Dine.", "the jihadist group Ansar Dine")),
         requires=(
             lazy_compile(r"logo|emblem|watermark|insignia|name|branding|banner", re.I),
             sketch(_MARK, _MARK_READING),
         )),
    Rule("source.from", "source", _FROM, _from, "any",
         (("A clip from Devon Police shows officers at the door.", "Devon Police"),
          ("The footage from its drone shows the harbour.", "its drone"),
          ("Obtained from a group representing the families, the footage shows the hostages.", "a group"),
          ("The paper received two videos from production company 5590Films.", "production company 5590Films")),
         requires=(lazy_compile(r"\bfrom\b", re.I), sketch(_FROM, _CAME_FROM))),
    Rule("source.traced", "source", _TRACED, _traced, "any",
         (("Reporters traced the footage back to the Spanish television network Antena Sur.", "Antena Sur"),),
         requires=lazy_compile(r"trac(?:ed|e|ing)\s", re.I)),
]  # fmt: skip
