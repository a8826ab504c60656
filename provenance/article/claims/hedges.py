"""Hedges: what the article itself says it could or could not verify about the video, and about what.

Both polarities: `unverified` ("Reuters could not immediately verify the video", "When the clip was
recorded could not be established", "The footage carries no date", "Its origin remains unknown")
and `verified` ("AFP confirmed the location by matching the buildings", "verified by The New York
Times"). Each hedge says what it is `about`: the date, the place, the source, the content or the
video's authenticity as a whole. A hedge about something else ("could not verify the battlefield
reports", "the authenticity of the photograph") is not about the video. Each coordinated object is a
hedge of its own ("could not verify the footage, the people shown or who posted it": three). A check
still under way ("examining the footage to establish whether it is real"), a modal ("may have been filmed
in Kharkiv") and someone else vouching for where it came from ("the developer confirmed the clip was
taken from the game") count too.
"""

from __future__ import annotations

import re

from provenance.article.claims import programs
from provenance.article.claims.rules import Context, Hit, Rule, lazy_compile
from provenance.article.claims.vocabulary import MONTH, WEEKDAY, YEAR

_NOT_ABLE = (
    r"(?:could\s+not|couldn['’]t|cannot|can['’]t|can\s+not|(?:was|were|is|are"
    r"|has\s+been|have\s+been)\s+(?:not\s+|un)able\s+to"
    r"|(?:has|have|had|did|does|do|would)\s*(?:not|n['’]t)|(?:has|have)\s+yet\s+to|not\s+been\s+able\s+to|no\s+way\s+to"
    r"|impossible\s+to|(?:was|is|were|are)\s+not\s+(?:immediately\s+)?(?:possible|clear|known)\s+(?:to\s+)?"
    r"|(?:found|finds)\s+(?:itself|themselves|himself|herself)\s+(?:not\s+|un)able\s+to"  # "found itself not able to"
    r"|nor\s+(?:could|can|did|does|has|have|had)\s+(?:it|they|he|she|we|the\s+\w+))"  # "nor could it confirm"
)
_ADVERB = (
    r"(?:\s+(?:be|been|immediately|independently|yet|publicly|fully|completely|separately|officially|themselves"
    r"|100\s*%|100\s+per\s*cent))*"
)
_VERIFY = (
    r"(?:verif(?:y|ied)|confirm(?:ed)?|authenticat(?:e|ed)|establish(?:ed)?|determin(?:e|ed)|identif(?:y|ied)"
    r"|ascertain(?:ed)?|geolocat(?:e|ed)|locat(?:e|ed)|vouch\s+for|corroborat(?:e|ed)|say|tell|view(?:ed)?|trace[d]?)"
)
_UNVERIFIED = lazy_compile(
    rf"\b{_NOT_ABLE}{_ADVERB}\s+{_VERIFY}\b(?P<object>(?:\s+(?!or\b)[\w'’-]+){{0,8}})"
    rf"|\b(?:it|this)(?:\s+|['’])(?:was|is|s|remains|remained)\s+(?:also\s+|still\s+)?(?:not|un)\s*(?:immediately\s+"
    rf"|yet\s+)?(?:clear|known|certain|possible\s+to\s+{_VERIFY})\b(?P<object2>(?:\s+[\w'’-]+){{0,8}})"
    rf"|\b(?:location|date|place|source|origin|identity|context)\s+(?:is|was|has)\s+not\s+(?:been\s+)?(?:identified"
    rf"|established|confirmed|known|verified)\b"
    rf"|\bis\s+not\s+(?:clear|known)\b|\bis\s+not\s+proof\b"
    rf"|,?\s+or\s+(?:when|where|who|whether)\b(?:\s+(?!or\b)[\w'’-]+){{0,5}}"
    rf"|,?\s+or\s+(?:the\s+)?(?:contents?|identity|identities|date|location|origin|source)\s+(?:of\s+(?:the\s+)?"
    rf"(?:video|footage|clip|it)|(?:on|at|in)\s+which\s+it\s+was\s+(?:made|filmed|shot|recorded|taken))\b"
    rf"|\b(?:is|was|were|are|remains?|appears?)\s+(?:undated|unverified|unconfirmed)\b"
    rf"|\bno\s+(?:date|location|place|source|origin)\s+(?:could|can|has|had)\s+(?:yet\s+)?(?:be\s+|been\s+)?"
    rf"(?:established|determined|verified|confirmed|found|identified)\b"
    rf"|\b(?:carries|bears|gives|has)\s+no\s+date\b|\bundated\s+(?:video|footage|clip|recording)s?\b"
    rf"|\bno\s+date\s+(?:\w+\s+){{0,4}}?(?:is|was)\s+(?:given|shown|visible|provided)\b|\b(?:origin|source|date|location|provenance)\s+(?:\w+\s+){{0,3}}?(?:remains?"
    rf"|is|was)\s+(?:unknown|unclear|unconfirmed)\b"
    rf"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:independently\s+)?(?:verified|confirmed|authenticated)\b"
    # "Police have not said whether the person in the video is a suspect" (not "whether anyone was hurt")
    rf"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?said\s+(?:whether|who|when|where)\b(?=[^.;]{{0,60}}\b(?:video|clip|footage"
    rf"|recording)\b)"
    rf"|\bunverified\s+(?:video|footage|clip|recording)s?\b"
    # a check still owed: "its authenticity had to be checked", "the footage's veracity has yet to be established"
    rf"|\b(?:authenticity|veracity)\s+(?:had|has|have|needs?|needed|would\s+need|still\s+needs?)\s+(?:yet\s+)?to\s+be\s+"
    rf"(?:checked|verified|confirmed|established)\b"
    # said to be made up: "the clip had been forged", "the video was doctored"
    rf"|\b(?:video|footage|clip|recording)\s+(?:had\s+been|has\s+been|was|is|were|are)\s+(?:digitally\s+)?"
    rf"(?:doctored|forged|faked|fabricated|manipulated)\b"
    rf"|\b(?:may|might|could)\s+have\s+been\s+(?:filmed|taken|shot|recorded)\b"
    # still at work on it: "officials were examining the footage to establish whether it is real", "working to verify"
    rf"|\b(?:analy[sz]ing|examining|reviewing|studying)\s+(?:the|this|that|its)\s+(?:video|footage|clip|recording)s?\s+to\s+"
    rf"(?:determine|verify|establish|confirm|assess|authenticate)\b(?P<object4>(?:\s+[\w'’-]+){{0,4}})"
    rf"|\b(?:working|trying|seeking)\s+to\s+(?:verify|authenticate|confirm|determine)\b(?P<object5>(?:\s+[\w'’-]+){{0,4}})"
    # "Neither the date nor the location of the video could be verified"
    rf"|\bneither\s+(?=[^.;:]*?\b(?:video|footage|clip|recording|its)\b)(?:the\s+|its\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?\s+nor\s+[^.;:]{{1,60}}?\s+(?:could|can|has|have|had|was"
    rf"|were)\s+(?:yet\s+)?(?:be\s+|been\s+)?(?:independently\s+)?(?:verified|confirmed|established|determined)\b",
    re.IGNORECASE,
)
# words every match of `_UNVERIFIED` contains, one at least (a cheap test before the long expression: speed only)
_NEEDS_UNVERIFIED = lazy_compile(
    r"not|n['’]t|unable|yet\s+to|no\s+way|impossible|\bnor\s|to\s+be\s+(?:checked|verified|confirmed|established)|un\s*(?:immediately\s+|yet\s+)?(?:clear|known|certain|possible)"
    r"|undated|unverified|unconfirmed|\bor\s+(?:when|where|who|whether|the\s|contents?|identit|date|location|origin|source)"
    r"|\bno\s+(?:date|location|place|source|origin)|doctored|forged|faked|fabricated|manipulated|have\s+been"
    r"|analy[sz]ing|examining|reviewing|studying|(?:working|trying|seeking)\s+to|neither",
    re.IGNORECASE,
)
# the newsrooms whose own checks the copy reports ("Reuters verified", "we geolocated", "located by the BBC")
_NEWSROOMS = r"Reuters|AFP|AP|CNN|BBC|we|The\s+New\s+York\s+Times|the\s+Times|Bellingcat|The\s+Associated\s+Press"
_VERIFIED = lazy_compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|is|are)\s+(?:able\s+to\s+)?(?:independently\s+)?"
    rf"|(?:{_NEWSROOMS})\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:independently\s+|first\s+|also\s+|later\s+)?)"
    # (not "is located in", "which the AP located on pro-Russian platforms", "We traced the same video to TikTok":
    # where a thing is, or where a copy was found)
    r"(?:verified|confirmed|geolocated|authenticated|matched|corroborated"
    r"|traced(?=\s+(?:the|its)\s+(?:exact\s+)?(?:location|site|place|spot|scene)\b)"
    # a newsroom placing what it shows ("The BBC located the bank in central Khartoum"; not "which the AP located on
    # pro-Russian platforms", where it found a copy, nor "the station was located", where a thing is)
    rf"|located(?=\s+by\s+(?:the\s+)?(?:{_NEWSROOMS})\b)"  # ("The video was located by Reuters in Khan Younis")
    r"|(?<=[A-Za-z]\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!been\s)located"
    r"(?!\s+(?:it\s+|them\s+|the\s+(?:same\s+)?(?:video|clip|footage)\s+)?(?:on|in)\s+(?:the\s+)?(?:[\w'’-]+\s+)?"
    r"(?:platforms?|websites?|sites?|channels?|accounts?|social\s+media|Telegram|YouTube|X|Facebook|TikTok)\b))"
    r"(?P<object>(?:\s+[\w'’-]+){0,6})"
    r"|\b(?:was|were|is|are|has\s+been|have\s+been)\s+able\s+to\s+(?:independently\s+)?"
    r"(?:verify|confirm|geolocate|locate|authenticate|corroborate)(?P<object2>(?:\s+[\w'’-]+){0,6})"
    r"|\bgeolocated\b(?P<object3>(?:\s+[\w'’-]+){0,6})"
    # someone else vouches for where it came from: "the studio behind the game confirmed the footage came from it",
    # "a journalist confirmed to AFP that he took the video"
    r"|\bconfirm(?:ed|s|ing)\s+(?:to\s+(?:[\w'’.-]+\s+){1,4}?)?(?:that\s+)?(?:(?:the|this|its)\s+(?:clip|video|footage"
    r"|recording)\s+(?:(?:was|is|had\s+been)\s+(?:taken|filmed|shot|recorded|made|produced)\s+(?:from|by|in|at)|came\s+from)"
    r"|(?:he|she|they)\s+(?:took|filmed|shot|recorded|made))\b(?:\s+[\w'’-]+){0,5}"
    r"|\bby\s+matching\s+(?:the\s+)?(?:buildings|landmarks|road|roads|terrain|skyline)\b"
    # what is seen matches a map or images of the place: "the skyline matches the Porto waterfront on Google Maps",
    # "the buildings match satellite images of Khan Younis", "lines up with Street View imagery"
    r"|\b(?:match(?:es|ed)?|lines?\s+up\s+with|lined\s+up\s+with|correspond(?:s|ed)?\s+(?:to|with))\s+"
    r"(?:[\w'’.-]+\s+){0,5}?(?:Street\s+View|Google\s+(?:Maps|Earth)|satellite\s+(?:images?|imagery|photos?|pictures?)"
    r"|aerial\s+(?:images?|imagery|photos?))\b(?:\s+[\w'’-]+){0,4}"
    r"|\bverified\s+by\s+(?:The\s+|the\s+)?(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    # anyone's word that it is real: "an official confirmed the authenticity of the video", "confirmed Monday that a
    # video circulating on the Internet is authentic"
    r"|\bconfirm(?:ed|s)\s+the\s+authenticity\s+of\s+(?:the|this|that|a)\s+(?:video|footage|clip|recording)\b"
    r"|\bconfirm(?:ed|s)\s+(?:\w+\s+)?that\s+(?:the|a|this)\s+(?:video|footage|clip|recording)\b[^.;]{0,50}?\b(?:is|was)"
    r"\s+(?:authentic|genuine|real)\b"
    # its look vouched for: "the video appears to be genuine, experts said", "the footage is real"
    r"|\b(?:appears?|appeared|seems?|seemed)\s+to\s+be\s+(?:genuine|authentic)\b"
    r"|\b(?:video|footage|clip|recording)\s+(?:is|was)\s+"
    r"(?:very\s+|entirely\s+|completely\s+|indeed\s+)?(?:real|genuine|authentic)(?![\w-])"
    # any named checker, or one just named ("Storyful, which verified the video"), of the video or what it tells
    r"|(?:(?-i:\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})|\b(?:which|who))\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:independently\s+|also\s+|later\s+|since\s+)?(?:verified|confirmed|geolocated|authenticated|corroborated)"
    r"(?P<object6>\s+(?:(?:the|this|that)\s+(?:video|footage|clip|recording)s?|its\s+(?:location|date|authenticity|origin)"
    r"|the\s+(?:location|date|authenticity|origin)(?!\s+of\s+(?:the|a|an|his|her|their)\s+(?!video|footage|clip|recording)"
    r"\w))\b(?:\s+[\w'’-]+){0,4})",  # not "the location of the crash"
    re.IGNORECASE,
)
# ... and of `_VERIFIED`
_NEEDS_VERIFIED = lazy_compile(
    r"verif|confirm|locat|authentic|traced|match|corroborat|lines?\s+up|lined\s+up|correspond|genuine|real",
    re.IGNORECASE,
)
_NOT_THE_VIDEO = lazy_compile(
    r"\b(?:photo|photograph|photographs|image|picture|report|reports|claims?|statement|figures?|toll|account"
    r"|accounts|allegations?|whether\s+he|whether\s+she|why|duress"
    # a toll, not the video: "It is also not clear how many people were hurt"
    r"|hurt|injured|wounded|killed|dead|died|casualt(?:y|ies))\b",
    re.IGNORECASE,
)
_ABOUT = (
    ("date", r"\b(?:when|date|dated|undated|day|time|filmed\s+on|recorded\s+on)\b"),
    (
        "place",
        r"\b(?:where|location|place|geolocat\w*|locat\w*|scene|site|area|buildings|landmarks|road|street\s+view"
        r"|google\s+(?:maps|earth)|(?:satellite|aerial)\s+(?:images?|imagery|photos?|pictures?))\b",
    ),
    (
        "source",
        r"\b(?:who|source|origin|posted|uploaded|released|supplied|provenance|received|(?:came|taken)\s+from"
        r"|(?:he|she|they)\s+(?:took|filmed|shot|recorded|made))\b",
    ),
    ("content", r"\b(?:content|contents|what|shown|details|context|identity|identities|subtitles|translation)\b"),
)


def _about(text: str) -> str:
    for about, pattern in _ABOUT:
        if programs.search(pattern, text, re.IGNORECASE):
            return about
    return "authenticity"


def _near_the_video(context: Context) -> bool:
    """A hedge is about the video in a sentence about it, or in one of the two right after one that named it
    ("Video released on Monday shows ... Reuters was able to verify the location.")."""
    if context.sentence.in_scope:
        return True
    index = context.sentence.index
    return any(s.names_video for s in context.document.sentences[max(0, index - 2) : index])


_PASSIVE = lazy_compile(
    r"(?:could\s+not|cannot|can\s*not|can['’]t|(?:has|have)\s+not|(?:was|were|is|are)\s+not)\s+(?:yet\s+)?(?:be|been)\b",
    re.IGNORECASE,
)
# "When the video was shot is not known": what is not known is the subject
_NOT_KNOWN = lazy_compile(r"is\s+not\s+(?:clear|known)\b", re.IGNORECASE)
_TRACED_TO = r"\s+(?:back\s+)?to\s+(?:(?P<year>(?:19|20)\d\d)|(?-i:[A-Z]))"


_NOT_THE_CHECK = r"\bbut\b|\band\b|,|\bwhich\b|\bwho\b"  # (where the words checked end)
# the filming and when or where it was: "filmed in March", "filmed in Bucha", "filmed near the Rafah crossing"
_FILMED_WHEN = lazy_compile(
    r"\b(?:filmed|shot|recorded|taken)\s+(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:{MONTH}\b|{WEEKDAY}\b|{YEAR}\b|\d{{1,2}}\s+{MONTH}\b)"
)
_FILMED_WHERE = lazy_compile(
    r"\b(?:filmed|shot|recorded|taken)\s+(?:in|near|at|outside|inside|around)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE
)


def _of_filming(text: str) -> str | None:
    """ "date" or "place" when the words checked are when or where the video was filmed, else None."""
    if _FILMED_WHEN.search(text):
        return "date"
    return "place" if _FILMED_WHERE.search(text) else None


_OBJECTS = ("object", "object2", "object3", "object4", "object5", "object6")  # the rows' object groups


def _hedge(match: re.Match[str], context: Context, polarity: str) -> Hit | None:
    if not _near_the_video(context):
        return None
    groups = match.groupdict()
    obj = next((groups[g] for g in _OBJECTS if groups.get(g)), "")
    # (what is not verified is still the video when it is named or its filming is: "where the wounded man was filmed")
    of_video = r"\b(?:video|footage|clip|it|filmed|recorded|shot|taken)\b"
    if _NOT_THE_VIDEO.search(obj) and not programs.search(of_video, obj, re.IGNORECASE):
        return None
    if polarity == "verified" and programs.search(
        rf"\b(?:not|n't|never|unable|yet|doubt\w*|question\w*|disput\w*|denie[sd]|deny|if|whether|unless|{_NO_ONE})\b",
        # ("No one has confirmed the authenticity of the video")
        context.sentence.text[: match.start()][-40:],
        re.IGNORECASE,
    ):
        return None
    if polarity == "verified" and _NOBODY.match(match.group(0)):
        polarity = "unverified"  # "Nobody has verified the video": the checker named is no one
    start = match.start() + len(match.group(0)) - len(match.group(0).lstrip(" ,"))  # ", or when": from "or"
    about = _about(match.group(0))
    if about == "authenticity" and (_PASSIVE.match(match.group(0).lstrip(" ,")) or _NOT_KNOWN.match(match.group(0))):
        # "The clip's date and location could not be verified": what was not verified is the subject
        clause = programs.split(r"[;:]|,\s+(?:but|and|while)\s+", context.sentence.text[: match.start()])[-1]
        about = _about(clause)
        about = _of_filming(clause) or about if about == "authenticity" else about
    if about == "authenticity":
        # "confirmed that the video was filmed in Bucha": its place; "in March": its date (the filming checked, not one
        # told in a clause after it: "could not confirm the authenticity of the video, which was filmed in Gaza")
        checked = programs.split(_NOT_THE_CHECK, context.sentence.text[match.start() : match.end() + 30])[0]
        about = _of_filming(checked) or about
    traced = programs.match(_TRACED_TO, groups.get("traced_to") or "")
    if traced is not None:  # "traced the video to Andover": its place; "to 2016": its date
        about = "date" if traced.group("year") else "place"
    return Hit(start, match.end(), {"value": polarity, "about": about})


# no one at all, before a verb of checking ("No one has confirmed ...") or as its subject ("Nobody has verified ...")
_NO_ONE = r"no\s+one|nobody|neither|none"
_NOBODY = lazy_compile(rf"\s*(?:{_NO_ONE})\b", re.IGNORECASE)
_MODAL = lazy_compile(r"(?:may|might|could)\s+have\s+been\s+\w+", re.I)
_WHEN_AFTER = lazy_compile(
    r"\s+(?:on|during|over|before|after|last|this|in\s+(?:(?:19|20)\d\d|early|late|mid))\b", re.IGNORECASE
)
_WHERE_AFTER = lazy_compile(r"\s+(?:in|near|at|outside|inside|around)\b", re.I)
# a further object in a list after the first: "verify the footage, the people shown or who posted it"
_LIST_ITEM = lazy_compile(
    r",\s+(?P<item>(?!(?:[\w'’-]+\s+){1,3}(?:said|says|told|added|reported|noted)\b)(?:the|its|their)\s+"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s*,?\s+or\s)",
    re.I,
)


# a list item about the video, not about the event ("the number of dead" is the event's)
_OF_THE_VIDEO = lazy_compile(
    r"\b(?:shown|seen|heard|pictured|depicted|filmed|recorded|taken|video|footage|clip|it|its|location|date|place|source"
    r"|origin|authenticity|identity|identities)\b",
    re.IGNORECASE,
)


# a doubt the article says nothing bears out
_NO_SIGN = lazy_compile(
    r"\b(?:nothing\s+(?:to\s+suggest|suggests|to\s+indicate|indicates|to\s+show|shows)"
    r"|no\s+(?:sign|evidence|indication|reason\s+to\s+believe)(?:\s+(?:to\s+suggest|suggesting|to\s+indicate|to\s+show))?)"
    r"\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _unverified(match: re.Match[str], context: Context) -> Hit | list[Hit] | None:
    """The hedge, and each further object of its verb in a list ("could not verify the footage, the date or
    who posted it": "the date" is one of its own; "or who posted it" is the row's next match)."""
    if _NO_SIGN.search(context.sentence.text, 0, match.start()):
        return None  # "There is nothing to suggest the video has been manipulated": no doubt voiced
    hit = _hedge(match, context, "unverified")
    if hit is not None and _MODAL.fullmatch(match.group(0)):  # "may have been filmed in Kharkiv": about what follows
        after = context.sentence.text[match.end() :]
        about = "date" if _WHEN_AFTER.match(after) else "place" if _WHERE_AFTER.match(after) else "authenticity"
        return Hit(hit.start, hit.end, {**hit.fields, "about": about})
    if hit is None or not match.group("object"):
        return hit
    hits = [hit]
    item = _LIST_ITEM.match(context.sentence.text, match.end())
    while (
        item is not None and _OF_THE_VIDEO.search(item.group("item")) and not _NOT_THE_VIDEO.search(item.group("item"))
    ):
        fields = {"value": "unverified", "about": _about(item.group("item"))}
        hits.append(Hit(item.start("item"), item.end("item"), fields))
        item = _LIST_ITEM.match(context.sentence.text, item.end())
    return hits


def _verified(match: re.Match[str], context: Context) -> Hit | None:
    if _NO_SIGN.search(context.sentence.text, 0, match.start()):
        return None  # "There is no evidence to show that the video is authentic": nothing was verified
    return _hedge(match, context, "verified")


# any named checker who traced or geolocated the video itself: "Check Lab traced the clip to Dorrigo"
_TRACED_VERB = (
    r"(?:traced|geolocated|located|pinpointed|verified|authenticated)\s+(?:the|this)\s+(?:video|footage|clip|recording)"
)
_TRACED = lazy_compile(
    rf"(?-i:\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}})\s+(?:(?:has|have|had|also|later|then)\s+)?{_TRACED_VERB}"
    r"(?P<traced_to>\s+(?:back\s+)?to(?:\s+[\w'’-]+){1,4})",
    re.IGNORECASE,
)


RULES = [
    Rule("hedge.unverified", "hedge", _UNVERIFIED, _unverified, "any",
         (("Reuters could not immediately verify the video.", "could not immediately verify the video"),
          ("The footage carries no date.", "carries no date"),
          ("The clip is undated and has been cut.", "is undated"),
          ("He sits beside a flag in the undated video.", "undated video"),
          ("In the video, two guards pace past a church. No date for the event is given in the clip.",
           "No date for the event is given"),
          ("The agency was unable to confirm when it was made or the contents of the clip.",
           "or the contents of the clip"),
          ("The broadcaster could not confirm the clip's origin, the people shown or who posted it.",
           "the people shown"),
          ("The outlet cannot confirm the clip, or when or where it was recorded.", "or where it was recorded"),
          ("Of the clips, one may have been filmed in Kharkiv last week.", "may have been filmed"),
          ("The video shows a raid. Police were examining the video to determine whether it is real.",
           "examining the video to determine whether it is real"),
          ("The ministry insisted in a post that the clip had been forged.", "clip had been forged"),
          ("The clip shows a raid. We could not verify its date, nor could we confirm its location.",
           "nor could we confirm its location"),
          ("The video shows a crash. It is also not clear who was driving.", "It is also not clear who was driving"),
          ("The ministry said of the video that its authenticity had to be checked.",
           "authenticity had to be checked")),
         _NEEDS_UNVERIFIED),
    Rule("hedge.verified", "hedge", _VERIFIED, _verified, "any",
         (("In the video, AFP confirmed the location by matching the buildings.",
           "AFP confirmed the location by matching the buildings"),
          ("A video posted online on Monday and verified by The New York Times shows soldiers.",
           "verified by The New York Times"),
          ("The video shows shelling. Reuters was able to geolocate the footage to Izium.",
           "was able to geolocate the footage to Izium"),
          ("Footage verified by The Guardian shows the flood.", "verified by The Guardian"),
          ("The clip shows a fire; the skyline matches the Porto waterfront on Google Maps.",
           "matches the Porto waterfront on Google Maps"),
          ("One clue that the footage is real is a shop sign.", "footage is real"),
          ("The clip shows a dogfight. Its maker confirmed the footage was taken from a flight simulator.",
           "confirmed the footage was taken from a flight simulator"),
          ("The video shows a flood. A local reporter confirmed to AFP that she filmed the video in May.",
           "confirmed to AFP that she filmed the video in May"),
          ("A defence official confirmed the authenticity of the video.", "confirmed the authenticity of the video"),
          ("An official confirmed Monday that a video posted online is genuine.",
           "confirmed Monday that a video posted online is genuine")),
         _NEEDS_VERIFIED),
    Rule("hedge.traced", "hedge", _TRACED, _verified, "any",
         (("A clip shows a tornado. Check Lab traced the video to Dorrigo.", "Check Lab traced the video to Dorrigo"),),
         lazy_compile(_TRACED_VERB, re.IGNORECASE)),
]  # fmt: skip
