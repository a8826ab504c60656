"""Stance: does the article assert a claim, report someone else's, or state it in order to refute it?

    asserted   the article says it ("The 42-second video was filmed in Kherson")
    reported   attributed to someone else, not judged ("the group said it showed ...", "purporting
               to show", "according to posts", "is said to have been shot in Damascus")
    refuted    the article says it is false ("the video was not filmed in Kherson", "posts falsely
               claim it shows Ukraine", a fact-check restating a claim to debunk it)

Read from the claim's own sentence: a negation or denial governing the claim, an attribution before
it, whether the same sentence goes on to contradict it ("..., but reporters found it is old"), and
whether the whole article reads as a debunk (`Document.debunk`: "Claim: ... Fact: ...", "Verdict:
False", "the clip is old") or opens on how far a post spread ("shared 300 times", which refutes only
what a caption or post says). What a fact-checker found ("it actually dates back to 2016", "a search
led us to the original") and what it saw of the post itself (when and by whom it went up) are
asserted; an opening "According to X," and a quotation from a named outlet are reported, unless X is a search, its
metadata or a fact-checking desk ("According to BOOM, the video dates from April 2021": a finding).
"""

from __future__ import annotations

import re

from provenance.article.claims import programs
from provenance.article.claims.document import Document, Sentence, in_quotation
from provenance.article.claims.matches import Match
from provenance.article.claims.vocabulary import ANOTHER_WORDS, FACT_CHECKERS, TITLE_OPENS

_NEGATED = programs.compile(
    r"(?:\bnot\b|n['’]t\b|\bnever\b|\bnor\b|\bnone\s+of\b|\bno\s+longer\b|\brather\s+than\b|\binstead\s+of\b)(?!\s+(?:only|just"
    r"|immediately|independently|possible|clear|able|yet|verif|confirm|been\s+(?:independently\s+)?verif|known|sure|certain"
    r"|(?:said|say|says|disclosed|revealed)\s+(?:whether|if|who|when|where)))"
    # the negation's reach: a dozen words, not past "and"/"or" opening a new predicate ("the clip is not
    # recent and can be traced back to 2016": 2016 is what was found, not what is denied)
    r"(?:\s+(?!(?:and|or)\s+(?:can|could|is|was|were|are|has|have|had|it|its|they|dates?|traced|comes?|came)\b)[\w'’-]+)"
    r"{0,12}\s*$",
    re.IGNORECASE,
)
# "false", "falsely", but not a copy named by how it was shared ("keyframes from the falsely shared video"), in both
# the frame and the denial
_FALSELY = (
    r"false(?:ly)?(?!\s+(?:shared|attributed|captioned|labell?ed|described|circulated)"
    r"\s+(?:video|clip|footage|post)s?\b)"
)
_FALSE_FRAME = programs.compile(
    rf"\b(?:{_FALSELY}"
    r"|wrongly|misleading(?:ly)?|erroneously|incorrectly|mistakenly|(?<!anti-)(?<!anti\s)fake|hoax|misattributed"
    r"|miscaptioned|mislabell?ed|misidentified|out\s+of\s+context|nothing\s+to\s+do\s+with|unrelated\s+to|not\s+(?:appear\s+to\s+)?be\s+related"
    r"|not\s+related\s+to|misrepresented|passed\s+off|contrary\s+to)\b",
    re.IGNORECASE,
)
# a denial that governs what follows it whatever else the clause says ("the video is old and has
# nothing to do with the conflict in Sudan", "wrongly linked to the quake in Syria")
_DENIAL = programs.compile(
    rf"\b(?:{_FALSELY}|wrongly|misleading(?:ly)?|erroneously|incorrectly|mistakenly|misattributed|miscaptioned"
    r"|nothing\s+to\s+do\s+with|un(?:related|connected)\s+to|not\s+(?:appear\s+to\s+)?be\s+related|not\s+related\s+to"
    r"|pre-?dat(?:es|ed|ing|e)|far\s+from\s+being\s+(?:filmed|shot|recorded|taken|made|from))\b",  # "predates the war"
    re.IGNORECASE,
)
# after a claim someone made, the same sentence goes on to contradict it ("the clip supposedly shows
# migrants in Libya, but reporters found it was filmed elsewhere")
_CONTRADICTED_AFTER = programs.compile(
    r"^[^;]{0,120}?\bbut\b[^;]{0,60}?\b(?:found|old|actually|in\s+fact|dates?\s+(?:back|from)|different|traced|false"
    r"|misleading|(?:was|were)\s+(?:actually\s+)?(?:filmed|shot|taken|recorded))\b",
    re.IGNORECASE,
)
_CLAIM_FRAME = programs.compile(
    r"\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing|edly)|purport(?:s|ed|ing)?(?:ly)?|supposedly|said\s+to|is\s+said|are\s+said"
    r"|was\s+said|captioned|caption(?:s)?\s+(?:reading|saying|that)|shared\s+with"
    # a post is a frame when it says something, not when it is only named ("the video accompanying the posts")
    r"|(?:posts?|tweets?|users?)\s+(?:[\w'’-]+\s+){0,3}?(?:claim\w*|say\w*|said|show\w*|describ\w*|present\w*"
    r"|link\w*|suggest\w*|purport\w*)"
    # a post's caption saying something ("whose caption said", "its caption claims"), not on-screen captions
    r"|(?:whose|its|the\s+(?:post|tweet)['’]s)\s+caption\s+(?:said|says|claimed|claims)"
    # what a publisher says its own clips show: "six separate clips it says show the attack"
    r"|\b(?:it|they)\s+(?:says?|said|claims?|claimed)\s+(?:shows?|showed|depicts?|depicted)"
    r"|circulat(?:ed|ing)\s+with|described\s+as|presented\s+as|passed\s+off|billed\s+as"
    r"|present(?:s|ing)\s+(?:it|them)\s+as"  # "users presenting it as recent"
    # an old clip given a new story: "resurfaced on Telegram as footage of the Lagos floods", "shared as evidence of"
    # (not "as" of time: "shown on TV as floods hit Chennai")
    # ... or as any thing named with "a": "shared online as a violent storm striking Perth" (not "as a
    # result", "as a whole", "as a way")
    r"|(?:re-?surfaced|shared|circulat(?:ed|ing)|went\s+viral|going\s+viral|shown|sold|spread|passed\s+around"
    r"|post(?:ed|ing))(?:\s+(?!as\b)[\w'’-]+){0,4}?\s+as\s+(?:(?:(?:a|an|the)\s+)?(?:footage|video|visuals|clips?|images"
    r"|scenes?|evidence|proof|chaos)\b|an?\s+(?!(?:result|whole|way|part|means|form|reminder|warning)\b))"
    r"|says?\s+a\s+(?:tweet|post|caption)|with\s+(?:the\s+)?claims?\s+that"
    # sharers saying what it shows ("users shared the video, saying it showed"; "another user posted the same video,
    # this time bearing a watermark, saying it showed"; not "a description saying", nor a spokesman or the uploader
    # telling its true story: "The police released it, saying it showed officers in Leeds")
    r"|(?:posts?|tweets?|users?|accounts?)\b[^.;]{0,100}?\bsaying\s+(?:that\s+)?(?:it|the\s+(?:video|clip|footage)))\b"
    r"|\bclaim:"
    # "According to social media posts, ...", "According to Twitterati, ...": what sharers say, not a named source (and
    # not what the phrase itself names: "according to the caption on the 45-second video")
    r"|\baccording\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:posts?|users?|claims?|tweets?|captions?|twitterati|netizens)\b"
    r"(?![^,;]{0,40}?\bwho\s+(?:first\s+)?(?:uploaded|posted|filmed|shot|recorded))[^,;]{0,40},",  # (not the uploader)
    re.IGNORECASE,
)
_REPORTED = programs.compile(
    r"\b(?:(?:it|they|he|she|the\s+group|officials?|authorities|militants|the\s+\w+)\s+(?:said|says|say|claimed|claims|alleged)"
    r"|(?:posts?|tweets?|users?|captions?)\s+(?:say|says|said|claim|claims|claimed)"
    r"|report(?:s|ed)\s+(?:that\b|(?:that\s+)?(?:the|a|an|it)\s+(?:video|footage|clip|film)\b)"
    r"|said\s+(?:it\s+|they\s+)?(?:showed|shows|show)|purport(?:s|ed|ing)?(?:\s+to)?|purportedly|allegedly|reportedly|according\s+to"
    r"|said\s+to|is\s+said|are\s+said|was\s+said|were\s+said|supposedly|claim(?:s|ed|ing)?\s+to|what\s+(?:they|it|he|she)"
    r"\s+(?:claims?|says?|said)|claiming\s+to\s+be|identified\s+as|believed\s+to|thought\s+to"
    r"|suggest(?:s|ed|ing)|(?:it\s+)?(?:was|were|is|are|has\s+been)\s+(?:claimed|alleged|said|reported)\s+that"
    r"|(?:some|many|others|critics|people)\s+(?:have\s+)?(?:claimed|claim|alleged|said|say))\b|\bclaim:",
    re.IGNORECASE,
)
# the claim is the subject of a denied act of putting the video out ("BBC News did not broadcast it",
# "the ministry never released the clip")
_DENIED_AFTER = programs.compile(
    r"^\s*(?:(?:did|does|do|has|have|had)\s*(?:not|n['’]t)|never)\s+(?:\w+\s+)?(?:broadcast|air(?:ed)?|publish(?:ed)?"
    r"|post(?:ed)?|upload(?:ed)?|release[d]?|film(?:ed)?|shoot|shot|record(?:ed)?|share[d]?|produce[d]?|make|made)\b",
    re.IGNORECASE,
)
_CONTRAST = programs.compile(
    r"\b(?:actual(?:ly)?|in\s+fact|in\s+reality|really|instead|originally|the\s+original|first\s+(?:posted|published|shared|uploaded)"
    r"|traced|led\s+(?:[\w'’-]+\s+){0,4}?to|found|shows?\s+that|dates?\s+back|was\s+(?:filmed|shot|recorded|taken)|but)\b",
    re.IGNORECASE,
)


# what the article says in its own voice even inside someone's words: its hedges ("Reuters said it was not able to
# verify"), and who published or filmed the copy it describes ("says it is studying a video posted by a militant group")
_OWN_WORDS = ("hedge", "source")
# the filming a frame itself reports: "posts saying it was filmed on the coast road", "claimed the clip was shot in ..."
_FRAMED_FILMING = programs.compile(
    r"\b(?:saying|claiming|claim(?:s|ed)?|says?|said|suggest(?:s|ed|ing)?)\s+(?:that\s+)?(?:it|the\s+(?:video|clip|footage))"
    r"\s+was\s+(?:filmed|shot|recorded|taken)\b[^,;.]{0,80}$",
    re.IGNORECASE,
)
# the article does not know: "It is not known whether ...", "Police have not said whether ..."
# the video as the subject of what could not be confirmed ("that the video was filmed in ..."), not what is in it
_IT_WAS = r"(?:that\s+)?(?:(?:the|this|that)\s+(?:video|clip|footage|recording)|it)\s+(?:was|had|is)\b"
_UNCERTAIN = programs.compile(
    r"(?:(?:\bnot|n['’]t)\s+(?:(?:yet|immediately)\s+)?(?:known|sure|certain|(?:said|say|says|disclosed|revealed)\s+"
    r"(?:whether|if|who|when|where))|\b(?:unclear|unknown)\s+(?:whether|if|who|when|where)"
    # what could not be confirmed, what nothing shows, and what is only supposed: "could not confirm that it was
    # filmed in Jenin", "There is no evidence the video was filmed in Sudan", "If the video was filmed in Tehran",
    # "Had the video been filmed in Kabul", "Whether the video was filmed in Gaza is unclear"
    r"|(?:\bnot\s+possible\s+to|\bnot|n['’]t|unable\s+to|impossible\s+to)\s+(?:independently\s+|immediately\s+)?"
    rf"(?:confirm|verify|verified|confirmed|establish|determine|prove)\s+(?:whether|if|when|where|{_IT_WAS})"
    rf"|\bno\s+(?:evidence|proof|indication|sign)\s+(?:to\s+suggest\s+)?{_IT_WAS}"
    r"|^\W*(?:if|whether|had\s+(?:the|this|it)\b)|\b(?:even\s+)?if\s+(?:the|this|it)\s+(?:\w+\s+)?"
    r"(?:video|clip|footage|was|were|had|is)\b)[^;]*$",
    re.IGNORECASE,
)
# a question the article asks, yes or no, in its own words (not a caption's "Where is the world?" it quotes, nor a
# headline's "How did a video filmed in Syria end up ...?", which takes the filming as given)
_YES_NO_QUESTION = programs.compile(
    r"^\W*(?:is|was|are|were|does|did|do|has|have|had|can|could|will|would|should)\b[^\"“”]*\?$", re.IGNORECASE
)


# the words a framed sharer said, after the comma that ends what they did ("A user posted the clip, ..., saying it
# showed a flood in Porto")
_SAYING = programs.compile(r"^\s*saying\s+(?:that\s+)?(?:it|the\s+(?:video|clip|footage))\b", re.IGNORECASE)


def _frames_here(segment: str) -> bool:
    """A frame in the words that lead to the claim, not past a comma ("five men who claim to be from Mali, two of
    whom speak in Arabic": the claim frames Mali, not Arabic), nor "alleged" before someone several words back
    ("recorded alleged narcos kidnapping four citizens last Friday": the day is not alleged)."""
    frame = _CLAIM_FRAME.search(segment)
    if frame is None:
        return False
    return not (frame.group(0).lower() == "alleged" and len(segment[frame.end() :].split()) > 3)


# asides that frame nothing after them: an opening "Falsely linked to the war, ..." denies the link, not
# the main clause's description; a caption set off by commas ("The video, captioned "...", shows ...")
_ASIDE = programs.compile(
    r"^\W*(?:false(?:ly)?|wrongly|mistakenly|erroneously|misleadingly)\s+[^,;“\"]{1,80},\s"
    # an opening caption or title, which the main clause then describes ("Captioned "Quake in Turkey", the video
    # captures people on a road")
    r"|^\W*(?:captioned|titled|headlined)\s*[“\"][^”\"]*[”\"]\s*,\s"
    r"|,\s*(?:captioned|titled|headlined|with\s+the\s+(?:caption|title|headline))\s*[“\"][^”\"]*[”\"]\s*,",
    re.IGNORECASE,
)
# when and by whom a post went up is what the fact-checker saw ("a tweet that was published with a
# video on March 14", "posted by the account X"), unless a claim is restated on the way
_POSTED = programs.compile(
    r"\b(?:posted|published|uploaded|tweeted|shared)\b(?:\s+(?!(?:show\w*|depict\w*|claim\w*|caption\w*|as|saying|says"
    r"|said|titled|reading|purport\w*|link\w*)\b)[\w'’.-]+){0,5}\s+(?:on|by)"
    # ("shared on Facebook by a user called Sam")
    r"(?:\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:user|account|page|channel|profile)\s+(?:called|named))?\s*$",
    re.IGNORECASE,
)
# the posting itself is what is claimed: "bloggers claimed the video was posted by Ukrainian soldiers", "The claim that
# the clip was uploaded to TikTok by the president is false"
_SAID_IT = r"\b(?:claim\w*|said|says?|saying|alleg\w*|suggest\w*)\s+(?:that\s+)?(?:the\s+(?:video|clip|footage)|it)\s+"
_CLAIMED_POSTING = programs.compile(
    rf"{_SAID_IT}(?:(?:was|had\s+been|has\s+been)\s+(?:first\s+|originally\s+)?(?:posted|uploaded|published|shared"
    r"|released|tweeted|aired|broadcast)"
    r"|(?:first\s+|originally\s+)?(?:appeared|came|comes))\b"
    # or an adverb that puts the posting in others' words: "was allegedly first uploaded to TikTok"
    r"|\b(?:allegedly|supposedly|purportedly|reportedly)\s+(?:first\s+|originally\s+)?(?:uploaded|posted|published"
    r"|shared|aired|broadcast|appeared|came)\b",
    re.IGNORECASE,
)
_NONE_OF_IT = programs.compile(r"\b(?:no|zero)\s+$", re.IGNORECASE)
# "not ... until": the thing happened then ("The video was not released by the ministry until Friday", "did not go viral
# until it was shared by Elon Musk")
_NOT_UNTIL = programs.compile(r"\b(?:not|n['’]t|never)\b[^,;.]*\buntil\b", re.IGNORECASE)
# the clip's length told before its noun ("the 2-minute clip", "a 1:30 video"): the article's word for the clip
_LENGTH_BEFORE_NOUN = programs.compile(r"\b(?:videos?|clips?|footage|recordings?|films?|tapes?|livestreams?)$", re.I)
_CLAUSE_END = programs.compile(r"[,;.]|\b(?:and|but)\b", re.IGNORECASE)  # (the "until" must be in the claim's clause)
# another party disputes what the article has just restated: "..., a claim Ukraine denies"
_DENIED_BY_ANOTHER = programs.compile(
    r"^[^.;]*?,\s*(?:a|an)\s+(?:claim|account|version|assertion|allegation)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?"
    r"(?:denies|denied|rejects|rejected|disputes|disputed|contests|contested)\b",
    re.IGNORECASE,
)
# the article calls what it has just restated false: "..., but this is false", "..., but that is not true, AFP found"
_FALSE_AFTER = programs.compile(
    r"^[^.;]*?,\s*(?:but|however,?)\s+(?:this|that|it|the\s+claim)\s+(?:is|was)\s+(?:false|untrue|incorrect|wrong"
    r"|not\s+true|not\s+the\s+case)\b(?!\s+(?:that|to|for|of|in|with)\b)",  # (not "but it is false that it shows Gaza")
    re.IGNORECASE,
)
# a quotation from a named speaker or outlet ('New Lines reported, "..."') reports; a quoted caption,
# post or title restates the claim
_SPEAKER_QUOTE = programs.compile(
    r"\b(?:reported|said|told\s+[\w\s]{1,30}?|wrote|added|explained|noted|stated)\s*[,:]?\s*$", re.I
)
_POST_WORDS = programs.compile(
    r"\b(?:posts?|tweets?|captions?|users?|text|titles?|descriptions?|headlines?|accounts?)\b", re.I
)


def _quoted_speaker(before: str) -> bool:
    """Whether the open quotation in `before` was introduced by a speaker's reporting verb."""
    opening = before.rfind("“") if before.count("“") > before.count("”") else before.rfind('"')
    lead = before[max(0, opening - 60) : max(0, opening)]
    return bool(_SPEAKER_QUOTE.search(lead)) and not _POST_WORDS.search(lead)


# a title or caption in single quotes, not yet closed: "Its title is '1.20.2021 Magnitude 7.1 Davao earthquake'",
# "under the title 'Pakistan Airforce Islamabad night flying'" (a double-quoted one is `in_quotation`'s)
_IN_SINGLE_QUOTED_TITLE = programs.compile(rf"{TITLE_OPENS}(?<=\s)['‘][^'’]*$")
# an aside that gives what follows to someone: "video footage which, it said, showed two men"
_SAID_ASIDE = programs.compile(
    r",\s*(?:it|they|he|she|the\s+(?:group|army|military|ministry|police|militants?))\s+(?:said|says|claimed|claims)\s*,"
    r"[^,;]*$",
    re.IGNORECASE,
)
# a sentence about the earlier copy a debunk traced, whose caption tells the true story, not the claim debunked ("a
# Yandex reverse image search found older copies, and their captions say it was filmed in Wadi Al Farshah", "The clip
# first went up on TikTok on 6 April, captioned ...")
_EARLIER_COPY = programs.compile(
    r"\b(?:the\s+original|earliest|older\s+(?:cop(?:y|ies)|versions?|uploads?)|first\s+(?:went\s+up|posted|uploaded"
    r"|shared|appeared))\b",
    re.IGNORECASE,
)
_POST_FRAME = programs.compile(
    r"\b(?:captioned|captions?\s+(?:reading|saying|that)|claim(?:s|ed|ing)?|titled|headlined)\b", re.IGNORECASE
)
# a quotation the words after it give to a caption or post ('"Flooding in Lagos," says the caption')
_QUOTE_OF_POST = programs.compile(
    r"^[^“”\"]*[”\"],?\s+(?:says|said|reads|read|runs)\s+(?:the\s+|a\s+|one\s+)?(?:\w+\s+)?(?:captions?|posts?|tweets?|text"
    r"|titles?|headlines?)\b",
    re.IGNORECASE,
)


# an opening attribution governs the whole clause after its comma ("According to the Times, it was filmed
# near Bucha"; "Citing local officials, the agency said ...")
_ATTRIBUTED_OPENING = programs.compile(
    # (not what a search or an analysis found: "According to a reverse image search, the footage is from Aug. 2022",
    # "according to the post's HTML code it went up on September 27": evidence, as the article reads it)
    r"^\W*(?:according\s+to|citing)\s+(?!(?:a|an|the|our|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:search|searches"
    # ... nor what a fact-checking desk found: "According to BOOM, the video dates from April 2021" (an "analysis" or
    # an "investigation" may be one side's: "According to an analysis by the Russian Defence Ministry, ...")
    rf"|metadata|code)\b|(?:the\s+)?(?-i:{FACT_CHECKERS})[,\s])[^,;]{{1,80}},\s",
    re.IGNORECASE,
)

# a post named at the sentence's end ("The clip shows flooding in Lagos, posts say.")
_POSTS_SAY_AFTER = programs.compile(
    r"^[^.;]{0,80}?,\s+(?:the\s+)?(?:(?:social\s+media|online|viral)\s+)?(?:posts?|tweets?|users?|captions?|accounts?)\s+"
    r"(?:say|said|claim|claimed|says|claims)(?:\W*$|,)",  # (at the end, or set off: "..., the posts say, but ...")
    re.IGNORECASE,
)


# the sentence's own predicate giving the video another origin than the claim made of it ("A video purporting to show
# troops in Kharkiv is from a 2014 exercise in Belarus"): the claim framed before it is refuted, what follows asserted
_ORIGIN = (
    r"\b(?:is|was|are|were)\s+(?:actually\s+|in\s+fact\s+|really\s+)?(?:from\b|old\b|(?:filmed|shot|recorded|taken)"
    r"\s+(?:in|at|during|on|near)\b)|\bdates?\s+(?:back|from)\b|\b(?:actually|in\s+fact)\s+shows?\b"
)
_ORIGIN_AFTER = programs.compile(rf"^[^;:.]{{0,100}}?(?:{_ORIGIN})", re.IGNORECASE)
_FRAME_THEN_ORIGIN = programs.compile(
    r"\b(?:claim(?:s|ed|ing)?\s+to|purport(?:s|ed|ing)?\s+to|said\s+to|supposed(?:ly)?\s+to|described\s+as"
    rf"|shared\s+as|presented\s+as|passed\s+off\s+as)\b[^;:.]*?(?:{_ORIGIN})",
    re.IGNORECASE,
)


# someone else tells where a copy was: "writing that it had been spreading on WhatsApp", "..., The Times reports." (a
# claim's own clause given to a named outlet or speaker at the sentence's end)
_SAID_THAT = programs.compile(
    r"\b(?:said|says|say|told\s+\w+|tweeting|tweeted|wrote|writing|reported|reports|claimed|claiming)\s+that\b", re.I
)
_SPEAKER_AFTER = programs.compile(
    r"^[^,.;]{0,160}?,\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:reports|reported|said|says|added)\W*$"
)


# someone's words the claim stands in, wherever they began in the sentence: "the army said on Friday that it had in
# fact been filmed on June 3", "Its title said the clip dates back to 2 May 2019", "..., according to the
# militia, was filmed mostly at night", "shot Saturday, according to the upload" (what a checker found, showed or
# established stays its own)
_SAID_BEFORE = programs.compile(
    # (one who writes or adds says only with "that": not "writing the video off as a hoax", "added the footage to its
    # archive")
    r"\b(?:(?:said|says|say|saying|claimed|claims|stated|insisted|maintained|alleged|specified|told\s+[^,;.]{1,40}?)"
    r"(?:\s+(?:on|last)\s+\w+|\s+in\s+a\s+statement)?\s+(?:that\s+)?|(?:writing|wrote|adding|added|adds)\s+that\s+)"
    r"(?:it|the\s+(?:[\w-]+\s+)?(?:video|clip|footage"
    r"|recording|incident|attack|slide|event|images?|scenes?))\b"
    # (what the speaker itself found is its finding: "Reuters said it geolocated the video to Kharkiv")
    r"(?!\s+(?:had\s+|has\s+)?(?:verified|geolocated|confirmed|found|established|traced|located|matched)\b)[^;]*$",
    re.IGNORECASE,
)
# the words a copy's text says, up to the clause's end: not past a comma ("As a narrator says ..., the video shows"), a
# contrast ("Its title reads 'Bakhmut today' though the footage was filmed in Avdiivka") or a new subject ("The
# narration notes the date and the video was filmed in Odesa")
_THEIR_WORD = r"(?!\b(?:though|although|but|while|whereas|and\s+(?:the|it|its|an?)\b))[^;,]"
_THEIR_WORDS_GO_ON = rf"(?:{_THEIR_WORD})*$"
# what a copy's own words say, whoever it names ("whose title said the IDF were bombing a mosque in Gaza", "The
# description adds that the filming took place in Kesennuma", "titled as showing protesters in Paris"): reported, not
# judged (a caption a debunk restates is framed before this is asked: `_POST_FRAME`)
_ITS_WORDS_SAY = programs.compile(
    r"\b(?:titles?|descriptions?|captions?|narrat(?:ion|or)|voice-?overs?|text)\s+(?:also\s+)?(?:said|says|adds|added"
    r"|explains|explained|notes|noted|states|stated|reads|read|describes|described|speaks\s+of|spoke\s+of)\b"
    r"(?!\s+in\s+(?-i:[A-Z]))"  # ("captions read in Ukrainian": their language, not their words)
    rf"{_THEIR_WORDS_GO_ON}"
    rf"|\btitl(?:ed|ing)\s+(?:it\s+)?as\b(?:(?!\b(?:went|was|were|is|are|has|had)\b){_THEIR_WORD})*$",
    re.IGNORECASE,
)
_ACCORDING_ASIDE = programs.compile(r",\s+according\s+to\s+[^,;]{1,60},[^;]*$", re.IGNORECASE)
# (right after the claim, or closing its clause: "shows recent fighting, according to officials")
_ACCORDING_AFTER = programs.compile(
    r"^(?:(?![^.;,]*\b(?:and|but|while|or)\b)[^.;,]{0,60}?,)?\W{0,4}according\s+to\b", re.IGNORECASE
)


# where a clause ends; the colon of a "Claim:" heading does not (what follows it is the claim)
_CLAUSE_BREAK = programs.compile(
    r"[;]|(?<!\bclaim):\s|,\s+(?:but|while|and)\s+|\bbut\b|\bin\s+fact\b|\bactually\b", re.IGNORECASE
)


def _restated(before: str, segment: str, clause: str, posted_on: bool) -> bool:
    """The claim stands in what the sentence restates, after the words that restate it ("Many users believe the video
    was filmed in Gaza"), and is not a posting seen; what the sentence says before the restatement is the article's
    own ("The video, filmed in Syria in 2013, resurfaced with claims it shows Gaza, but that is false": Syria
    stands)."""
    return bool(_RESTATING.search(before)) and not _seen_posting(segment, clause, posted_on)


# words that restate what others say or believe of the video
_RESTATING = programs.compile(
    r"\b(?:said|says|say|saying|claim\w*|alleg\w*|purport\w*|suggest\w*|believe\w*|think\w*|thought|insist\w*"
    r"|tout\w*|present\w*|describ\w*|tied|ties|tying|link\w*|passed\s+off|pass\w*\s+off|as\s+if|as\s+though"
    r"|as\s+(?:evidence|footage|proof)|caption\w*|wrote|writes|reported|supposedly|falsely|wrongly)\b",
    re.IGNORECASE,
)


def _seen_posting(segment: str, clause: str, posted_on: bool = False) -> bool:
    """When, where or by whom a post went up, which the fact-checker saw, not what it claims ("A video posted on TikTok
    on Monday claims to show Kyiv, but that is false"), unless the posting is itself what is claimed ("Outlets said it
    was posted by the army")."""
    return (posted_on or bool(_POSTED.search(segment))) and not _CLAIMED_POSTING.search(clause)


def _denied(segment: str, after: str) -> bool:
    """The claim's clause denies it ("was not filmed in Kyiv"), unless "not ... until" in that clause says when it
    happened; or a denial follows it ("..., which the army did not post")."""
    if _NEGATED.search(segment) and not _NOT_UNTIL.search(segment + _CLAUSE_END.split(after)[0]):
        return True
    return bool(_DENIED_AFTER.search(after))


def stance_of(
    document: Document, sentence: Sentence, start: int, end: int, posted_on: bool = False, kind: str | None = None
) -> str:
    """The stance of the claim at text offsets [start, end) in `sentence`.

    Args:
        posted_on: the claim is the platform a copy was on, which a frame does not touch ("A Facebook video purports
            to show ..." restates what the copy shows, not where it is: the fact-checker saw the post).
        kind: the claim's kind; a hedge or a publisher inside someone's words is still the article's own ("Reuters
            said it was not able to verify ..."), and only a date or a place is what the article does not know.
    """
    before = sentence.text[: start - sentence.start]
    after = sentence.text[end - sentence.start :]
    clause = _ASIDE.sub(" ", _CLAUSE_BREAK.split(before)[-1])
    segment = programs.split(r"[,;:]", clause)[-1]  # a reporting verb reaches what follows it, not past a comma
    quoted = in_quotation(before) or bool(_IN_SINGLE_QUOTED_TITLE.search(before))
    if kind in ("date", "location", "source") and _UNCERTAIN.search(segment):
        # "It is not known whether it was filmed in Kyiv", "It is unclear whether the video was posted by the army": not
        # the article's word, nor denied
        return "reported"
    if _NONE_OF_IT.search(before) or (_FALSE_AFTER.search(after) and _restated(before, segment, clause, posted_on)):
        return "refuted"  # "shows no recent events"; "Outlets said X posted it, but this is false" (`_restated`)
    if _denied(segment, after):
        return "refuted"
    if _DENIED_BY_ANOTHER.search(after):
        return "reported"  # "The video was published by the Kremlin, a claim Ukraine denies."
    if kind in ("date", "location") and _YES_NO_QUESTION.search(sentence.text):
        return "reported"  # "Is this video from Gaza?": asked, not said
    if posted_on and not _CLAIMED_POSTING.search(clause):
        # "the misleading clip circulated on X": what is false is what it shows, not where it went up (unless the
        # posting itself is what a post claims: "Posts falsely claim it was first uploaded to Telegram")
        return "reported" if quoted or _SAID_THAT.search(before) or _SPEAKER_AFTER.search(after) else "asserted"
    # the clip's length is the article's word for the clip it saw, whatever the posts it restates claim the clip shows
    # ("Users falsely claimed the 2-minute clip showed the Pope"), told before the noun; a length the clause says of
    # it is what is claimed ("Posts falsely claim the clip lasts 10 minutes")
    told = sentence.text[len(before) : len(sentence.text) - len(after)]
    length = kind == "duration" and bool(_LENGTH_BEFORE_NOUN.search(told))
    if _DENIAL.search(segment) and not length:
        return "refuted"
    if _FRAME_THEN_ORIGIN.search(clause):
        return "asserted"  # "A video purporting to show Kharkiv is from a 2014 exercise in [Belarus]": the finding
    contrast = _CONTRAST.search(clause)
    if contrast and _FRAMED_FILMING.search(clause):
        contrast = None  # "posts saying it was filmed on the coast road": the filming is what the posts say
    if _FALSE_FRAME.search(clause) and not contrast and not length:
        return "refuted"
    seen = not quoted and _seen_posting(segment, clause)
    framed = (
        not contrast
        and not seen
        and not length
        and bool(
            (quoted and not _quoted_speaker(before)) or _CLAIM_FRAME.search(clause) or _POSTS_SAY_AFTER.search(after)
        )
    )
    if framed:
        debunked = document.debunk and not _EARLIER_COPY.search(before)  # (the copy named before the claim)
        if debunked or _CONTRADICTED_AFTER.search(after) or _ORIGIN_AFTER.search(after):
            return "refuted"
        posted = _POST_FRAME.search(clause) or (quoted and _QUOTE_OF_POST.search(after))
        if posted and document.circulated:
            return "refuted"
    if framed and (_frames_here(segment) or _SAYING.match(segment)):  # someone else's words about it, not judged here
        return "reported"
    if quoted or _REPORTED.search(segment) or _ATTRIBUTED_OPENING.search(clause) or _SAID_ASIDE.search(clause):
        return "reported"
    if kind != "hedge" and _SPEAKER_AFTER.search(after):
        return "reported"  # "Al-Qaeda's affiliate posted a new video on YouTube, The New York Times reports."
    if _POSTS_SAY_AFTER.search(after):
        return "reported"
    said_clause = programs.split(r";|,\s+(?:but|while|whereas|although|though)\s+|\bbut\b", before)[-1]
    said = (
        _SAID_BEFORE.search(said_clause)
        or _ACCORDING_ASIDE.search(said_clause)
        or _ACCORDING_AFTER.match(after)
        or _ITS_WORDS_SAY.search(said_clause)
    )
    if said and kind not in _OWN_WORDS:
        return "reported"  # "the army said on Friday that it had in fact been filmed on June 3"
    return "asserted"


def filmed_there(found: list[Match], sentences: list[Sentence | None], stances: list[str], text: str) -> list[str]:
    """The stances again, with a place a quoted caption or post states and the article debunks made `reported` where
    the article itself says this video was filmed there (FORMAT rule 5: a caption's claim the article confirms):
    'On-screen text says "Gaza City tonight". The footage was filmed in Gaza City in October 2023' (what is false is
    "tonight"). Only a filming the article asserts of this video confirms it: not an event there ("Protests took place
    in Paris last week"), another video ("A separate video filmed in Kyiv"), nor a place the video only shows."""
    confirmed = {
        _place_of(item)
        for item, sentence, stance in zip(found, sentences, stances, strict=True)
        if stance == "asserted"
        and item.claim.get("pattern") == "location.filmed_in"
        and sentence is not None
        and not _ANOTHER_VIDEO.search(sentence.text)
    }
    confirmed.discard(None)  # (a filming with no place resolved confirms none)
    return [
        "reported"
        if stance == "refuted" and _place_of(item) in confirmed and in_quotation(text[: item.start])
        else stance
        for item, stance in zip(found, stances, strict=True)
    ]


_ANOTHER_VIDEO = programs.compile(
    rf"\b(?:{ANOTHER_WORDS}|other|a\s+second)\s+(?:[\w'’-]+\s+)?(?:videos?|clips?|footage)\b", re.IGNORECASE
)


def _place_of(item: Match) -> tuple[str, str] | None:
    value = item.claim.get("value") if item.claim.get("kind") == "location" else None
    return (value.name, value.country_code) if value is not None else None
