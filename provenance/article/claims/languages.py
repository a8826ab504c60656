"""Language claims: the language spoken in the video ("tells the camera in Russian", "speaks broken
English", "the Arabic audio") and the language of its subtitles ("with Arabic subtitles").

An accent ("with a Ukrainian accent") or the caption of a social-media post ("a caption in
Spanish") is not the language of the video.
"""

from __future__ import annotations

import re

from provenance.article.claims import programs
from provenance.article.claims.rules import Context, Hit, Rule, lazy_compile
from provenance.article.claims.vocabulary import (
    FACT_CHECKERS,
    LANGUAGE_OWNED,
    LANGUAGES,
    MEDIA,
    MONTH,
    WEEKDAY,
    by_first_letter,
)

_NAMES = by_first_letter("|".join(sorted((k.title() for k in LANGUAGES), key=len, reverse=True)))
LANG = rf"(?:{_NAMES})"


def _lang(group: str) -> str:
    return rf"(?P<{group}>{_NAMES})"


# a language that ends the phrase, not an adjective of what follows: after a verb of speech, no hyphen and no noun
# of a place, a side or a group ("recorded in a Welsh village", "exchanged fire in Russian-held Bakhmut"); in the
# forms with no such verb ("the video is in ...", "the voices are ..."), only punctuation, the end, a function word
# or an adverb ("in Russian media", "in French Guiana", "the voices are Kurdish fighters")
_END = (
    rf"(?![\w-])(?!\s+(?:{LANGUAGE_OWNED})\b)"
    # nor the first word of a place's name ("recorded in French Polynesia", "in English Bay"), which a day is not
    rf"(?!\s+(?!(?:{WEEKDAY}|{MONTH})\b)(?-i:[A-Z])[a-z])"
)
_END_STRICT = (
    r"(?![\w-])(?=\s*(?:[^\w\s]|$)|\s+(?:and|or|with|but|while|as|in|into|by|from|to|at|on|for|during|that|about"
    r"|which|when|before|after|saying|throughout|again|too|also|only|instead|rather|then|so|because|though|although"
    r"|dialect|language|is|are|was|were|can|could|may|might|will|would|has|have|had|says|said|heard|[a-z]+ly)\b)"
)
# what is written, not spoken: captions, posts, signs ... (read by "the language of the caption is Arabic" and "the
# captions read in Ukrainian")
_WRITTEN = (
    r"captions?|text|subtitles?|posts?|titles?|descriptions?|headlines?|tweets?|signs?|banners?|writing|graffiti"
    r"|placards?"
)
_NOT_WRITTEN = rf"(?!(?:{_WRITTEN})\b)"  # words that turn "the language of ..." to writing
_SPEECH_VERB = (
    r"spoke|speaks?|speaking|spoken|talks?|talking|talked|says?|said|saying|tells?|told|telling|addresses|addressed"
    r"|addressing|narrated|narrates|narrating|chanting|chants?|chanted|shouting|shouts?|shouted|yelling|yells?|screaming"
    r"|singing|sings?|sang|reading|reads|read|recites?|reciting|recited|interviewed|pleads?|pleading|pleaded|asks?"
    r"|asking|asked|warns?|warning|warned|threatens?|threatening|calls?\s+out|heard|delivered|delivers|recorded"
    r"|introduces?|introduced|introducing|explains?|explained|explaining|announces?|announced|describes?|described"
    r"|gave|gives|giving|commands|orders|instructions|made\s+using|using|dubbed|conversing|converses?|conversed"
    r"|swears?|swearing|swore|curses?|cursing|cursed|mutters?|muttering|muttered|whispers?|whispering|whispered"
    r"|(?:cries|cried|crying)\s+out|exchanges?|exchanged|exchanging|communicates?|communicating|communicated"
    r"|prays?|praying|prayed|preach(?:es|ed|ing)?|chats?|chatting|chatted|argues?|arguing|argued|urges?|urging|urged"
)
# a regional variety named before the language: still that language ("Egyptian Arabic", "Swiss German")
_VARIETY = (
    r"Egyptian|Levantine|Gulf|Iraqi|Syrian|Lebanese|Palestinian|Jordanian|Saudi|Yemeni|Sudanese|Libyan|Tunisian"
    r"|Algerian|Moroccan|Maghrebi|Swiss|Austrian|Brazilian|European|Mexican|Castilian|Argentine|Quebec|Canadian"
    r"|American|British|Nigerian|Indian|Pakistani|Afghan|Iranian"
)
# "speaks in Russian", "tells the camera in Russian", "a statement read in Pashto", "shouting in Arabic"
_IN_LANGUAGE = lazy_compile(
    rf"\b(?:{_SPEECH_VERB}|voice-?over|commentary|narration|audio|message|statement|speech|interview|prayer|voices?"
    rf"|dialogue|conversations?|songs?|lyrics|chants|slogans|shouts|cries|sermon|remarks)\b"
    # (past the words said: 'chanting "Allahu akbar" in Arabic')
    rf"(?:\s+[\w'’-]+){{0,4}}?(?:,?\s+[“\"][^”\"]{{1,60}}[”\"],?)?\s+in\s+(?:an?\s+)?(?:what\s+(?:appears|seems|sounds)\s+to\s+be\s+)?"
    rf"(?:(?:broken|fluent|heavily\s+accented|accented|halting|perfect"
    rf"|colloquial|{_VARIETY})\s+)?{_lang('lang')}(?:\s+dialect)?\b(?P<more>(?:(?:,\s+|\s+and\s+|\s+or\s+){LANG})*){_END}",
    re.IGNORECASE,
)
# "speaks broken English", "speaking Ukrainian", "the Arabic audio", "Russian-speaking man", "in English and Hausa"
_BARE = lazy_compile(
    rf"\b(?:(?:speaks?|speaking|spoke|spoken|(?:used|uses|using)(?=\s+(?:broken|fluent|halting|perfect)\s))"
    rf"\s+(?:(?:broken|fluent|accented|halting|perfect|mostly|only|in|{_VARIETY})\s+)*{_lang('lang')}"
    rf"(?P<more>(?:(?:,\s+|\s+and\s+|\s+or\s+){LANG})*){_END}"
    rf"|(?:the|an?|in|using|has|had|have|with|features?|featuring|carries|carried)\s+(?:[\w-]+\s+)?{_lang('audio')}"
    rf"\s+(?:audio|speech|narration|voice-?over|commentary|soundtrack"
    rf"|dialogue|phrase|chant|chants|slogan|slogans|song|songs|prayer|sermon|language|(?:[\w-]+\s+){{1,2}}songs?)"
    rf"|{_lang('speaking')}-speaking\s+(?:m[ae]n|wom[ae]n|narrator|speaker|voice|soldier|fighter)s?"
    # "Russian voices can be heard", "the language spoken in it is Hausa", "the voice in the video is Turkish",
    # "switches between Arabic and French"
    rf"|{_lang('voices')}\s+voices\b(?=\s+(?:can|could|are|were|is|was)\s+(?:\w+\s+)?(?:be\s+)?heard)"
    rf"|(?:language|voices?|dialogue|speech|narration)(?:\s+(?:spoken|used|heard))?(?:\s+{_NOT_WRITTEN}[\w'’-]+){{0,4}}?"
    rf"\s+(?:is|are|was|were)\s+(?:mostly\s+|mainly\s+|clearly\s+)?{_lang('predicate')}{_END_STRICT}"
    # "the video is in Pashto", and set off after the video as the sentence's subject: "The recording, in Amharic, ..."
    rf"|(?:\b(?:video|clip|footage|recording)(?:,\s+which)?\s+(?:is|was)"
    rf"|^\W*(?:the|this|that|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?:video|clip|footage|recording),)\s+"
    rf"(?:mostly\s+|entirely\s+|largely\s+|partly\s+|all\s+)?in\s+{_lang('whole')}"
    rf"(?P<more3>(?:(?:,\s+|\s+and\s+|\s+or\s+){LANG})*){_END_STRICT}"
    rf"|switch(?:es|ed|ing)?\s+between\s+{_lang('between')}(?P<more2>\s+and\s+{LANG}){_END_STRICT}"
    # questioned in a language, not "in Russian captivity" or "in French police custody"
    rf"|(?:questioned|questioning|interrogated|interrogating)\s+in\s+{_lang('asked')}{_END_STRICT}"
    rf"|{_lang('hyphen')}-language\s+(?:video|clip|footage|recording|message|statement|broadcast|audio|narration"
    rf"|voice-?over|commentary|song|speech|interview)s?)\b",
    re.IGNORECASE,
)
_SUBTITLES = lazy_compile(
    rf"\b{_lang('lang')}(?:-language)?\s+(?:subtitles|subtitled|captions|subtitling|captioning|on-screen\s+text"
    rf"|text\s+overlays?|text\s+(?:superimposed|overlaid)\s+on\s+(?:it\b|(?:the\s+)?(?:video|screen|footage|clip))"
    rf"|text\s+(?:(?:written|displayed|shown)\s+)?on\s+(?:the\s+)?(?:video|screen|footage|clip))\b"
    rf"|\b(?:subtitles|subtitled|captions|captioned|on-screen\s+text|text)\s+in\s+{_lang('after')}\b",
    re.IGNORECASE,
)


def _languages(match: re.Match[str]) -> list[tuple[int, int, str]]:
    found = []
    for name in ("lang", "audio", "speaking", "hyphen", "after", "voices", "predicate", "between", "whole", "asked"):
        if match.groupdict().get(name):
            found.append((match.start(name), match.end(name), match.group(name)))
    group = next((g for g in ("more", "more2", "more3") if match.groupdict().get(g)), "more")
    more = match.groupdict().get(group)
    if more:
        offset = match.start(group)
        for extra in programs.finditer(LANG, more, re.IGNORECASE):
            found.append((offset + extra.start(), offset + extra.end(), extra.group(0)))
    return found


# writing that "reads" or "says": "The video's captions read in Ukrainian", "a sign says in Arabic"
_WRITING_BEFORE = lazy_compile(rf"\b(?:{_WRITTEN})\s+(?:also\s+)?$", re.IGNORECASE)


# words spoken to the press or later, not in the video: "told reporters in French", "told the BBC in Ukrainian",
# "Speaking in English at a press conference", "In a later interview with the BBC", "Asked in Spanish by AFP", "the
# reporter later interviewed him in English"; or a skill of someone who watched it ("A fact-checker who speaks Russian")
_NEWSROOM = rf"reporters|journalists|(?-i:{MEDIA}|{FACT_CHECKERS})"
_TO_THE_PRESS = lazy_compile(
    rf"\b(?:told|tells|telling|(?:speaking|spoke|speaks|talking|talked)\s+to)\s+(?:the\s+)?(?:press|media|{_NEWSROOM})\b"
    r"|\b(?:press|news)\s+conference|\bbriefing\b|\binterview\s+(?:with|in)\b|\blater\s+interview"
    rf"|\basked\b[^.;]{{0,40}}\bby\s+(?:{_NEWSROOM})\b"
    r"|\b(?:reporter|journalist|correspondent)s?\b[^.;]{0,30}\binterview"
    r"|\b(?:fact-?checkers?|reporters?|journalists?|translators?|analysts?|researchers?)\s+who\s+speaks?\b",
    re.IGNORECASE,
)
# a video of the press conference or the interview, that shows the speaker, or the speaker in it: the words are in it
_OF_THE_EVENT = lazy_compile(
    r"\b(?:video|clip|footage|recording)\s+(?:of|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?"
    r"(?:press\s+conference|news\s+conference|briefing|interview)"
    r"|\b(?:video|clip|footage|recording)\b[^.;]{0,60}\b(?:shows?|showing|showed|features?|featuring)\b[^.;]*$"
    r"|\b(?:video|clip|footage|recording)\s+(?:in|on)\s+which\b"  # "officials played a video in which a man speaks"
    # or the clause opens in it, or the speaker is one in it: "In the video, the minister tells reporters in French",
    # "The officer in the footage tells reporters in German" (not "The man seen in the video later told the BBC")
    r"|^\W*(?:speaking\s+)?(?:in|on)\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:video|clip|footage|recording)"
    r"(?:\s*,|\s+(?:a|an|the|two|three|several)\b)",
    re.IGNORECASE,
)
# the speaker is one in the video, named right before the words ("The officer in the footage tells", "The man in the
# video, speaking in Arabic,")
_SPEAKER_IN_IT = lazy_compile(r"\bin\s+the\s+(?:[\w-]+\s+)?(?:video|clip|footage|recording)\s*,?\s*$", re.IGNORECASE)
# what the speaker says is about the video, which the speaker is then not in ("He said in Arabic that the video was
# real")
_ABOUT_THE_VIDEO = lazy_compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s+that\s+(?:the|this)\s+(?:video|clip|footage)\b", re.IGNORECASE
)
# silent reading or a post's words, not speech: "reading a newspaper in Hebrew", "posted with a message in Arabic"
_SILENT = lazy_compile(
    r"\b(?:reading|reads|read)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:newspaper|book|magazine|phone|screen)\b"
    r"|\b(?:posted|shared|published|uploaded|accompanied)\s+(?:\w+\s+){0,3}?(?:with|by)\s+(?:a|an|the)\s+"
    r"(?:\w+\s+)?(?:message|statement|caption|note)\b",
    re.IGNORECASE,
)


def _not_in_the_video(match: re.Match[str], context: Context) -> bool:
    """The words are spoken to the press, later, or by one who watched the video, or are written, not spoken in it.
    Only the speech's own words tell it: the phrase, its clause up to a comma on either side, and a sentence's opening
    phrase ("In a later interview with the BBC, the woman ... said in Arabic"); a reporter's attribution after a comma
    ("The men in the video speak Pashto, a local journalist told the BBC") is no such word."""
    text = context.sentence.text
    before = programs.split(r";|,\s+but\b|\bbut\b", text[: match.start()])[-1]
    after = programs.split(r";|,\s+but\b|\bbut\b", text[match.end() :])[0]
    if _SILENT.search(before + match.group(0)):
        return True
    present = not _PAST.match(match.group(0))
    if _OF_THE_EVENT.search(before) or (_SPEAKER_IN_IT.search(before) and present):
        return False  # (one in it who "tells reporters" or "speak Farsi" as the video goes, not one who "told the BBC")
    # "The man in the video says in Arabic that the clip was filmed in Gaza": one in it, speaking of it
    about = _ABOUT_THE_VIDEO.match(after) and not _SPEAKER_IN_IT.search(before)
    near = before.rsplit(",", 1)[-1] + match.group(0) + after.split(",", 1)[0]
    opening = _OPENING_PHRASE.match(text)
    return bool(about or _TO_THE_PRESS.search(near) or (opening and _TO_THE_PRESS.search(opening.group(0))))


# a sentence's opening phrase, before its first comma: "In a later interview with the BBC,", "Speaking to AFP,"
_OPENING_PHRASE = lazy_compile(
    r"^\W*(?:in|at|during|speaking|talking|asked|interviewed|questioned|after)\b[^,;.]{0,80},", re.IGNORECASE
)
_PAST = lazy_compile(r"\w+ed\b|told\b|said\b|spoke\b|gave\b|wrote\b|sang\b|read\b", re.IGNORECASE)


def _spoken(match: re.Match[str], context: Context) -> list[Hit]:
    if programs.search(r"\baccent\b", context.sentence.text[match.end() :][:15], re.IGNORECASE):
        return []
    if _WRITING_BEFORE.search(context.sentence.text, 0, match.start()):
        return []  # written words, not speech
    if _not_in_the_video(match, context):
        return []
    hits = [Hit(start, end, {"value": LANGUAGES[lang.lower()]}) for start, end, lang in _languages(match)]
    if len(hits) == 1:  # one language: the whole phrase ("speaking in English", "the Arabic audio")
        hits[0] = Hit(match.start(), match.end(), hits[0].fields)
    elif hits:  # several: the first runs from the verb ("speaking in English", "Hausa")
        hits[0] = Hit(match.start(), hits[0].end, hits[0].fields)
    return hits


def _subtitles(match: re.Match[str], context: Context) -> Hit:
    lang = _languages(match)[0][2]
    return Hit(match.start(), match.end(), {"value": LANGUAGES[lang.lower()]})


# (prefilters in lower case, so they run case-sensitively on a sentence's lower case: `rules._case_folded`)
_LOWER = by_first_letter("|".join(sorted(LANGUAGES, key=len, reverse=True)))
_ANY_LANGUAGE = lazy_compile(rf"\b(?:{_LOWER})\b", re.IGNORECASE)
_IN_ANY_LANGUAGE = lazy_compile(rf"\bin\s+(?:[\w-]+\s+){{0,4}}?(?:{_LOWER})\b", re.IGNORECASE)

RULES = [
    Rule("spoken.in_language", "spoken_language", _IN_LANGUAGE, _spoken, "scope", requires=_IN_ANY_LANGUAGE, examples=
         (("In the video, a commander tells his men in Ukrainian to hold the line.", "tells his men in Ukrainian"),
          ("In the video, the bearded man spoke in Russian.", "spoke in Russian"),
          ("In the video, a voice can be heard shouting in Arabic.", "voice can be heard shouting in Arabic"),
          ("The men in the video speak in a Kurdish dialect.", "speak in a Kurdish dialect"),
          ("In the video, fighters walk past chanting \"God is great\" in Arabic.",
           "chanting \"God is great\" in Arabic"))),
    Rule("spoken.bare", "spoken_language", _BARE, _spoken, "scope", requires=_ANY_LANGUAGE, examples=
         (("In the clip, he speaks broken English.", "speaks broken English"),
          ("Reuters translated the Arabic audio of the video.", "the Arabic audio"),
          ("A Russian-language video shows soldiers at a checkpoint.", "Russian-language video"),
          ("The video is set to a Tamil folk protest song.", "a Tamil folk protest song"),
          ("In the video, two of the men used fluent French.", "used fluent French"),
          ("In the video, he is questioned in Pashto by his captors.", "questioned in Pashto"))),
    Rule("subtitles.language", "subtitle_language", _SUBTITLES, _subtitles, "scope", requires=_ANY_LANGUAGE, examples=
         (("The video carried Arabic subtitles.", "Arabic subtitles"),
          ("Tamil-language text on the video names the street.", "Tamil-language text on the video"),
          ("The clip shows a tower falling, and Thai-language text superimposed on it names Laos.",
           "Thai-language text superimposed on it"))),
]  # fmt: skip
