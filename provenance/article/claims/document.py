"""The document pass: which sentences are about the video, decided once for every kind of claim.

Where it sits: first step of claim extraction, after sentence splitting. A sentence is about the
video (`in_scope`) when it names it (a video noun: "video", "footage", "the clip") or when it
continues a sentence that did, in the same paragraph, with a reference back ("In it, ...", "He tells
...", "The man ...", "It was posted ...", also after an opener: "But it ...", "According to police,
it ...", "Fact: it ...", "Posted on Monday, it ...", "Alone in a trench, the soldier ...") or by
describing what is seen or heard ("can be seen", "is heard", "enters the frame") or the words it
circulates with ("users shared it", "the caption reads"). A description also goes on, sentence after
sentence in one paragraph, while each narrates what someone does ("A woman sits ...", "Two guards
then push ..."), until one turns to the article's own reporting or to another scene ("Police said
..."). A sentence that describes the footage before "the video" is taken up in the next one
introduced it ("Two men drag a boy across a yard. The video, shared on Monday, ..."). The headline
counts as a sentence of its own. The document also keeps what every extractor may need: the
publication date, the countries it names (to tell Dmytrivka in Ukraine from Dmitriyevka in Russia)
and whether it reads as a debunk (a fact-check restating a claim to refute it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from provenance.article.claims import programs
from provenance.article.claims.sentences import sentences
from provenance.article.claims.vocabulary import (
    CAMERA_FILMED,
    DEMONYMS,
    FACT_CHECKERS,
    FILMING_SIGN,
    OTHER_EVENT_VERBS,
    OTHER_VIDEO,
    PERSON_NOUNS,
    PERSON_TITLES_PERSONAL,
    PLATFORMS,
    SCOPE_NOUN,
    TERRITORIES,
)

# sentences a reference back may reach after the one that named the video
SCOPE_REACH = 3
# a post that shows something carries the footage ("A Facebook post purportedly shows ...")
# ... unless what it shows is a still ("A post shows a photo of ...")
_POST_SHOWS = (
    r"(?:post|tweet|upload)s?\s+(?:\w+ly\s+)?(?:shows?|showed|showing|depicts?|depicting|purports?\s+to\s+show)"
    r"(?!\s+(?:(?:an?|the|two|three|several)\s+)?(?:\w+\s+)?(?:photo|picture|image|screenshot|graphic|map|chart|still)s?\b)"
)
_NAMES_VIDEO = programs.compile(
    rf"\b(?:{SCOPE_NOUN}|filmed|videotaped|on\s+camera|{_POST_SHOWS}|{CAMERA_FILMED})\b", re.IGNORECASE
)
# ... or a copy of it a fact-check traced, on a platform it names ("The earliest copy we found on Twitter went up ...",
# "a longer version on YouTube", "A single post of it by the Facebook page", "the original, which X shared on X"; not
# "Older versions were made in Vietnam", "The original, which hangs in Paris")
_COPY = (
    r"(?:earliest|earlier|older|oldest|longer|original|full|first|same|uncut|extended|identical|unedited)\s+"
    r"(?:cop(?:y|ies)|versions?|uploads?|cuts?)(?!\s+of\s+(?!(?:it|(?:the|this|that)\s+(?:video|clip|footage))\b))"
    r"|(?:cop(?:y|ies)|versions?|uploads?|posts?)\s+of\s+(?:it|the\s+(?:video|clip|footage))"
    r"|the\s+original(?=\s*[,;]|\s+(?:which|that|was|had|went|is)\b)"
)
_COPY_ON_A_PLATFORM = programs.compile(
    rf"\b(?i:{_COPY})\b(?=.*\b(?:{PLATFORMS})\b)|\b(?:{PLATFORMS})\b.*\b(?i:{_COPY})\b"
)
# what may stand before a reference back: a conjunction, an adverb of sequence, an attribution, a label,
# an opening participle ("But it ...", "According to police, the man ...", "Fact: it was ...",
# "Posted on Monday, it ...")
_OPENERS = (
    r"but|and|so|yet|however|still|instead|later|earlier|then|also|elsewhere|at\s+(?:one|another)\s+point"
    r"|at\s+the\s+(?:end|start|beginning)|in\s+(?:it|one|another|the\s+\w+\s+(?:part|half|section|scene|segment|frame))"
    r"|according\s+to\s+[^,;:]{1,60}|(?:fact|claim|verdict|the\s+claim|the\s+facts?)\s*:"
    r"|(?:posted|shared|uploaded|published|released|filmed|shot|recorded|dated|taken|circulated|broadcast|aired)"
    r"\s+(?:[^,;:]|,(?=\s+(?:19|20)\d{2}\b)){1,90}"  # a date's comma before its year: "Posted on May 2, 2024 by ..."
)
# people a description goes on to speak of ("the man", "the soldiers")
_SEEN_PEOPLE = (
    r"m[ae]n|wom[ae]n|soldiers?|boys?|girls?|fighters?|hostages?|captives?|prisoners?|officers?|person|people|group"
    r"|speaker|narrator|commander|militants?|gunm[ae]n|child|children|driver|pilot|crowd|victims?|suspects?|other"
    r"|attackers?|assailants?|captors?|kidnappers?|protesters?|demonstrators?|rebels?|civilians?"
    r"|passengers?|residents?|villagers?|migrants?"
    r"|latter|former"
)
# who speaks in footage rather than about it (no officials, officers or spokesmen: they comment on it)
_SPEAKERS = (
    r"m[ae]n|wom[ae]n|voice|soldiers?|fighters?|hostages?|captives?|prisoners?|commander|militants?|gunm[ae]n"
    r"|boys?|girls?|child|narrator|speaker"
)
# what the video is made of, taken up as known ("The voiceover is in Arabic", "The audio cuts out")
_ITS_PARTS = (
    r"voice-?overs?|narration|audio|soundtrack|commentary|subtitles|opening|ending|last\s+seconds|first\s+seconds"
)
_REFERS_BACK = programs.compile(
    rf"^\W*(?:(?:{_OPENERS}),?\s+|[^,;:\"“]{{1,50}},\s+)?"
    rf"(?:in\s+it|it|its|they|he|she|his|her|him|one|both|the\s+(?:\w+\s+){{0,2}}(?:{_SEEN_PEOPLE}|{_ITS_PARTS})"
    # a part of the people it shows: "Seven of the attackers spoke fluent French", "Two of them"
    rf"|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}}|some|many|most|all|several|both|each|none)"
    rf"\s+of\s+(?:them|the\s+(?:\w+\s+){{0,2}}(?:{_SEEN_PEOPLE}))"
    r"|the\s+(?:other|same))\b",
    re.IGNORECASE,
)
# the video as the object of its circulation, or the words it was posted with ("users shared it", "the
# caption reads", "its title is")
_POSTED_WITH = programs.compile(
    r"\b(?:shared|posted|uploaded|re-?posted|re-?shared|circulated|captioned|called|described|labell?ed|titled"
    r"|sharing|posting|uploading|put)\s+(?:it|them)\b"
    r"|\b(?:its|the)\s+(?:(?!(?:photo|picture|image|article|story|book|song|album))[\w'’-]+\s+){0,3}?(?:caption|title)s?\b",
    re.IGNORECASE,
)
# a sentence before the video's that tells of its filming (the one who filmed is not in it) or of
# another event, casualties included, rather than what it shows
_NOT_AN_INTRODUCTION = programs.compile(
    rf"\b(?:recorded|filmed|videotaped|captured|{OTHER_EVENT_VERBS}|accused|claims?|claimed|verdict)\b", re.IGNORECASE
)
# the video taken up as one the reader already knows
_THE_VIDEO = programs.compile(
    r"^\W*(?:[^,;:]{1,60},\s+)?(?:in\s+)?(?:the|this)\s+(?:video|clip|footage|recording)\b", re.IGNORECASE
)
_SEEN_OR_HEARD = programs.compile(
    r"\b(?:can|could)\s+(?:also\s+)?be\s+(?:seen|heard)|\b(?:is|are|was|were)\s+(?:seen|heard|shown|visible)\b"
    r"|\b(?:it|they)\s+(?:also\s+|actually\s+|really\s+|in\s+fact\s+)?(?:shows?|showed|depicts?|features?|captures?|begins?"
    r"|ends?|opens?|closes?)\b"
    r"|\b(?:in\s+it|on\s+camera|to\s+the\s+camera)\b"
    r"|\b(?:enters?|entered|leaves?|left|in|into|out\s+of)\s+(?:the\s+)?frame\b|\b(?:on|off)[- ](?:screen|camera)\b"
    # words heard in it, given to someone it shows (present tense): '"We hold the city," a commander says'
    rf"|[”\"],?\s+(?:an?|one|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SPEAKERS})\s+(?:says|shouts|tells|adds|replies|asks)\b",
    re.IGNORECASE,
)
# what someone or something in the footage does, as a description narrates it (present tense)
_ACTIONS = (
    r"sits?|stands?|kneels?|walks?|runs?|enters?|leaves|approach(?:es)?|moves?|falls?|drives?|pulls?|push(?:es)?"
    r"|throws?|drags?|kicks?|beats|points|waves?|climbs?|jumps?|opens?|passes|slams?|floats?|lies|lie|holds?"
    r"|carries|carry|raises?|fires|shoots?|hits|wipes?|grabs?|rush(?:es)?|flees?|crawls?|fights?"
    r"|chases?|surrounds?|emerges?|arrives?|gathers?|march(?:es)?|dances?|sings?|cries|cry|screams?|shouts?"
    r"|chants?|gestures?|smiles?|wears?|burns?|explodes?|collapses?|sways?|shakes?|rolls?|lands|tries|try"
    r"|turns?\s+up|confronts?|hurls?|slaps?|punch(?:es)?|scatters?|charges?|rams?|strikes|swerves?|crashes"
    r"|hugs?|kisses|greets?|prays?|argues?|struggles?|wrestles?|restrains?|handcuffs?|cuffs?|tackles?"
    r"|escapes?|stumbles?|lay|is\s+seen|are\s+seen|can\s+be\s+seen|appears?\s+to"
)
# a description goes on sentence after sentence: a subject, then what it does ("A man in a blue suit enters
# ...", "Two officers then force ...")
_NARRATES = programs.compile(
    r"^\W*(?:(?:then|next|soon|eventually|suddenly|finally|later|at\s+one\s+point|moments\s+later|seconds\s+later"
    r"|minutes\s+later),?\s+)?"
    r"(?:an?|the|two|three|four|five|six|several|some|one|many|dozens\s+of)\s+"
    rf"(?:[\w-]+\s+){{0,5}}?(?:then\s+|also\s+|still\s+)?(?:{_ACTIONS})\b",
    re.IGNORECASE,
)
# ... or tells, in the present tense, what people do: a person noun, then a verb's third person ("The protester
# struggles", "Demonstrators flee"), not one of what people say, plan or face ("The journalist faces ten years");
# news copy tells the events it reports in the past tense, a description of footage in the present
_NARRATES_PRESENT = programs.compile(
    r"^\W*(?i:(?:when|as|while|after|before|once|soon\s+after|moments?\s+later|next\s+to|close\s+to|near|behind"
    r"|beside|in\s+front\s+of|outside|inside|on|in|at|from|across|along)\s+[^,;:]{1,80},\s+"
    r"|(?:then|next|soon(?:\s+afterwards)?|eventually|suddenly|finally|later|at\s+one\s+point),?\s+)?"
    r"(?i:(?:an?|the|two|three|four|five|several|some|one|many|other|one\s+of\s+the|some\s+of\s+the)\s+)?"
    rf"(?:[\w-]+\s+){{0,4}}?(?i:{PERSON_NOUNS})\s+(?:\w+ly\s+|then\s+|also\s+|still\s+)?"
    rf"(?:(?!(?:was|has|is|does|says|tells|seems|appears|remains|as|its|his|this|us|thus|plus|yes|less|unless"
    r"|claims|denies|accuses|blames|faces|expects|plans|wants|hopes|believes|insists|argues|warns|vows|urges"
    r"|fines|charges|sues|demands|calls|asks|needs|lives|works|owns|runs|heads|leads)\b)"
    rf"[a-z]+[^s\W]s|(?:{_ACTIONS}|flee|push|shove|complain|cling|chase|beat|hold|try|shout))\b"
)
# ... until the sentence turns to the article's own reporting, or to another scene or event
_REPORTING = programs.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|according\s+to|confirmed|statement|verify|verified"
    r"|could\s+not|cannot|can't|unclear|unknown|investigat\w+|another|separate|different|similar|elsewhere"
    r"|meanwhile|a\s+(?:second|third|later|earlier))\b",
    re.IGNORECASE,
)
_DEBUNK = programs.compile(
    r"\b(?:false(?:ly)?|misleading(?:ly)?|fake|fabricated|doctored|misattributed|miscaptioned|mislabell?ed|out\s+of\s+context"
    r"|fact[- ]?check(?:ed|ers?)?|debunk(?:ed|s)?|not\s+(?:recent|new|from)|nothing\s+to\s+do\s+with|unrelated"
    r"|old\s+(?:videos?|footage|clips?)|(?:years?|months?)\s+old|dates\s+back|traced\s+(?:it\s+)?back|actually|in\s+fact"
    # a checker's own finding of the video's origin: "In reality, the video dates from ...", "traced the clip back
    # to 2016", "Footage from the 2014 film 'Into the Storm' is circulating as ..." (not "in reality TV", "In reality,
    # it is hard to tell", a minister's "That is not true", police who "traced the video to the original uploader",
    # "Scenes from the film were shot in Jordan")
    r"|in\s+reality,?\s+(?:it|(?:the|this|these)\s+(?:[\w-]+\s+)?(?:videos?|clips?|footage|images?))"
    r"\s+(?:actually\s+)?(?:dates?|was\s+(?:filmed|shot|recorded|taken)|is\s+(?:from|old)|shows|comes?\s+from"
    r"|came\s+from)\b"
    # a checker's verdict: "PesaCheck has rated it as ALTERED", "Lead Stories says that is not true" (a checker's,
    # not a minister's "That is not true" nor analysts who rated a forecast as inaccurate); the video said not to be
    # recent: "the footage was not shot recently" (not "it had not been taken recently" of a medication; and not "the
    # footage does not show recent damage": what is in the picture, not the video's age)
    rf"|(?:{FACT_CHECKERS})\s+(?:has\s+|have\s+|had\s+)?rated\s+(?:[\w'’-]+\s+){{0,3}}?as\s+[\"“']?(?:altered"
    r"|manipulated|missing\s+context|partly\s+true|satire|unproven|incorrect|inaccurate)\b"
    rf"|(?:{FACT_CHECKERS})\s+(?:says?|said|found|finds|concluded)\s+(?:that\s+)?(?:this|that|it|the\s+claim)\s+"
    r"(?:is|was)\s+(?:not\s+true|untrue)"
    r"|(?:video|clip|footage)\s+(?:was|were|is|has|had)(?:n['’]t|\s+not)\s+(?:been\s+)?(?:filmed|shot|taken|recorded)"
    r"\s+recently"
    r"|traced\s+(?:it|the\s+(?:same\s+)?(?:video|clip|footage))\s+(?:back\s+)?to\s+(?:(?:an?\s+)?(?:19|20)\d\d"
    r"|an?\s+(?:older|earlier)\b)"
    r"|(?:footage|an?\s+clip|scenes?)\s+from\s+(?:the|a)\s+(?:\d{4}\s+)?(?:[\w'’-]+\s+){0,2}?(?:film|movie)\b"
    r"[^.;]{0,80}?\b(?:circulat\w*|shared|viral|passed\s+off|presented)\b"
    r"|wrongly|erroneously|video\s+game|(?:caption|claim|post|title|description|tweet)s?\s+(?:is|was|are|were)\s+"
    r"(?:wrong|incorrect|untrue|inaccurate)|from\s+neither|(?:posts?|users?|tweets?|captions?)\s+(?:claim|claiming)"
    r"|with\s+(?:a|the)\s+(?:false\s+)?claim|claim(?:ed|ing)?\s+(?:that\s+)?it\s+shows)\b"
    # "the clip is old", "was not filmed in Nigeria": what a debunk says of the video itself
    r"|\b(?:is|was|are|were)\s+(?:also\s+)?old\b|\bnot\s+(?:filmed|shot|taken|recorded)\s+(?:in|at|on|during)\b"
    r"|\b(?:claim|fact|rating|verdict|assessment):",  # a fact-check's headings ("Claim: ... Fact: ...")
    re.IGNORECASE,
)


# the words that report someone's statement in a headline ("..., police say", "judge rules", "lawyer argues")
_REPORTED_IN_HEADLINE = (
    r"says?|said|argues?|argued|insists?|insisted|concedes?|conceded|rules?|ruled|claims?|claimed|warns?|warned|tells?"
    r"|told|admits?|admitted|according|vows?|vowed|finds|found|concludes|concluded|hears|heard"
)
# a headline's short forms of a debunk, where nothing else in it says so: "No, this clip does not show ...", "False:
# ...", "Video shows a quake in Taiwan, not California", "... not from Nigeria", "... unlikely from SA", "old videos
# peddled as visuals of the war" (not a news headline's "No charges for officers", "Officers Not Charged", "calls it
# horrific", "used as evidence")
_DEBUNK_HEADLINE = programs.compile(
    # (", not X" in the headline's own voice: not "Sanctions target Russia, not China, officials say")
    r"^\W*(?:no|false|fake|misleading)\s*[,:]"
    r"|^(?!.*\b(?:says?|said)\W*$).*?,\s*not\s+(?:in\s+|from\s+|at\s+)?(?:the\s+)?(?-i:[A-Z])"
    # a headline that opens on the video, in its own voice, no one's words reported in it ("Video isn't evidence of
    # crime, judge rules", "..., inquest hears"), and says what it is not: from a place ("Video showing a flood was
    # filmed in India, not in northern Nigeria", "Video shows earthquake in Taiwan not California": not "Video: Why
    # the monsoon arrived early in the south, not northern India"), showing something ("Video does not show Nigerian
    # soldiers in Niger": not "Bodycam video does not show moment of shooting", "Viral dance videos do not show the
    # real Seoul"), evidence ("Video isn't evidence of recent robberies": not "Body camera videos are not evidence")
    rf"|^(?!.*\b(?:{_REPORTED_IN_HEADLINE})\b)\W*(?:this\s+|these\s+|the\s+)?(?:videos?|clips?|footage)\s+"
    r"(?:(?:shows?|showing|was|is|from)\b(?:"
    r".*?,\s*not\s+(?:in\s+|from\s+|at\s+)?(?:the\s+)?(?:northern|southern|eastern|western|central)\s+(?-i:[A-Z])"
    r"|.*\b(?:in|from)\s+(?-i:[A-Z][\w'’-]+)\s+(?-i:not)\s+(?:in\s+|from\s+)?(?-i:[A-Z][\w'’-]+)\W*$)"
    r"|(?:does|do|did)\s*(?:not|n['’]t)\s+(?:show|depict|portray)\b|(?:is|are)\s*(?:not|n['’]t)\s+evidence\b)"
    r"|\bnot\s+from\s+(?:the\s+)?(?-i:[A-Z])|\bunlikely\s+(?:to\s+be\s+)?from\b"
    # (a clip named between: "peddles old videos as visuals", "peddle 2019 video as", not "peddle their goods as")
    r"|\bpassed\s+off\s+as\b"
    r"|\b(?:videos?|clips?|footage|visuals|images)\s+(?:[\w'’-]+\s+)?(?:peddl(?:e|es|ed|ing)|repurposed|recycled)\s+as\b"
    r"|\b(?:peddl(?:e|es|ed|ing)|repurposed|recycled)(?:\s+[\w'’-]+){0,2}?\s+(?:videos?|clips?|footage|visuals|images)"
    r"\s+as\b",
    re.IGNORECASE,
)


# how far a copy spread ("shared almost 300 times", "viewed more than 1.3 million times"), read once per
# article (`Document.circulated`): a fact-check's opening, but a news story counts views too, so stance
# only marks as refuted what a post or caption says, never what someone in the video says
_SPREAD = programs.compile(
    r"\b(?:shared|viewed|watched|retweeted)\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:[\d,.]+|hundreds"
    r"|thousands|millions|tens\s+of\s+thousands)\s+(?:(?:million|thousand)\s+)?(?:of\s+)?times\b",
    re.IGNORECASE,
)


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    names_video: bool
    in_scope: bool = False


@dataclass
class Document:
    text: str
    published: date | None
    sentences: list[Sentence]
    title: str | None = None
    debunk: bool = False
    circulated: bool = False  # the text says how often a copy was shared or viewed (`_SPREAD`)
    countries: list[str] = field(default_factory=list)  # codes of the countries the text names, most named first
    # surnames the text gives people ("Mr Moore", "Moore, 42,", "Rashan Charles, a 20-year-old"): no town's name there
    person_names: frozenset[str] = frozenset()

    def sentence_at(self, offset: int) -> Sentence | None:
        return next((s for s in self.sentences if s.start <= offset < s.end), None)


def read_document(text: str, published: date | None, title: str | None = None) -> Document:
    """Split the text into sentences and decide, once, which are about the video."""
    spans = sentences(text)
    found: list[Sentence] = []
    for index, (start, end) in enumerate(spans):
        paragraph = text.count("\n\n", 0, start)
        words = text[start:end]
        names = bool(_NAMES_VIDEO.search(words) or _COPY_ON_A_PLATFORM.search(words))
        found.append(Sentence(index, start, end, words, paragraph, names))
    last_named: Sentence | None = None
    for sentence in found:
        if sentence.names_video:
            sentence.in_scope = True
            last_named = sentence
        else:
            continued = last_named is not None and _continues(sentence, last_named)
            described = sentence.index > 0 and _goes_on_describing(sentence, found[sentence.index - 1])
            sentence.in_scope = continued or described or _seen_or_heard(sentence, last_named is not None)
    for sentence, after in zip(found, found[1:], strict=False):
        if not sentence.in_scope and _introduces(sentence, after):
            sentence.in_scope = True
    debunk = bool(_DEBUNK.search(text) or (title and (_DEBUNK.search(title) or _DEBUNK_HEADLINE.search(title))))
    circulated = bool(_SPREAD.search(text))
    return Document(
        text,
        published,
        found,
        title,
        debunk=debunk,
        circulated=circulated,
        countries=_countries_named(text),
        person_names=_people_named(text),
    )


def in_quotation(before: str) -> bool:
    """Whether text ending here is inside a quotation (an opening quote mark not yet closed)."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _continues(sentence: Sentence, named: Sentence) -> bool:
    """A sentence after one that named the video still speaks of it."""
    near = sentence.index - named.index <= SCOPE_REACH and sentence.paragraph - named.paragraph <= 1
    refers = (_REFERS_BACK, _SEEN_OR_HEARD, _POSTED_WITH)
    return near and any(pattern.search(sentence.text) for pattern in refers)


def _goes_on_describing(sentence: Sentence, previous: Sentence) -> bool:
    """A sentence that narrates what is seen, right after one about the video, in the same paragraph."""
    same = previous.in_scope and sentence.paragraph == previous.paragraph
    narrates = _NARRATES.search(sentence.text) or _NARRATES_PRESENT.search(sentence.text)
    return same and bool(narrates) and not _REPORTING.search(sentence.text)


# what a viewer can see or hear in it, told in the present ("The man can be seen ...", "A woman is heard ..."), not
# what someone was seen doing somewhere
_SEEN_ADVERBS = r"(?:also|clearly|briefly|allegedly|reportedly|apparently|partly|faintly|distinctly|later|then)"
_CAN_BE_SEEN = programs.compile(
    rf"\b(?:(?:can|could)\s+(?:{_SEEN_ADVERBS}\s+)?be|is|are)\s+(?:{_SEEN_ADVERBS}\s+)?(?:seen|heard|visible)\b", re.I
)


def _seen_or_heard(sentence: Sentence, named_before: bool) -> bool:
    """What can be seen or heard is the footage's before the video is named ("In the dark, the driver can be seen
    ..."), unless someone reports seeing it ("Smoke could be seen for miles, residents said"); once the video is
    named, only in the sentences a reference back reaches (`_continues`)."""
    return not named_before and bool(_CAN_BE_SEEN.search(sentence.text)) and not _REPORTING.search(sentence.text)


def _introduces(sentence: Sentence, after: Sentence) -> bool:
    """A sentence right before one that takes up "the video" as already known, in the same paragraph,
    introduced it ("A man walks into a bank with a rifle. The video, posted on Monday, ...")."""
    same = after.paragraph == sentence.paragraph and after.names_video and bool(_THE_VIDEO.search(after.text))
    return same and not _REPORTING.search(sentence.text) and not _NOT_AN_INTRODUCTION.search(sentence.text)


# a surname made a person's by a title or by an age after it: "Mr Moore", "Officer Van Dyke", "Moore, 42,", "Rashan
# Charles, a black 20-year-old"
_PERSON_NAMED = programs.compile(
    rf"(?<![\w'’.-])(?:{PERSON_TITLES_PERSONAL})\.?\s+(?:[A-Z][\w'’-]+\s+)?(?P<titled>[A-Z][\w'’-]+)"
    r"|(?P<aged>[A-Z][\w'’-]+),\s+(?:\d{1,3},|(?:an?|the)\s+(?:[\w-]+\s+)?\d{1,3}-year-old\b)"
)


def _people_named(text: str) -> frozenset[str]:
    return frozenset(m.group("titled") or m.group("aged") for m in _PERSON_NAMED.finditer(text))


def _countries_named(text: str) -> list[str]:
    """Country codes of the capitalised country and territory names in the text, most mentioned first (for
    disambiguation)."""
    counts: dict[str, int] = {}
    for match in programs.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b", text):
        word = match.group(0)
        code = _country_of(word, demonym=False)
        # else each word: "The Ukrainian clip", "Syrian Kurds"
        codes = [code] if code else [_country_of(w, demonym=True) for w in word.split()]
        for code in filter(None, codes):
            counts[code] = counts.get(code, 0) + 1
    return sorted(counts, key=lambda code: -counts[code])


@lru_cache(maxsize=1 << 16)  # capitalised words of many articles in a batch: bounded
def _country_of(words: str, demonym: bool) -> str | None:
    """The country a name, a territory or (one word) a demonym names."""
    from provenance.gazetteer import country_names, fold

    code = country_names().get(fold(words)) or TERRITORIES.get(words.lower())
    return code or (DEMONYMS.get(words.lower()) if demonym else None)


def video_near(document: Document, sentence: Sentence) -> bool:
    """The sentence is about the video, or follows close on one that named it, in its paragraph or the next."""
    if sentence.in_scope:
        return True
    earlier = document.sentences[max(0, sentence.index - 2) : sentence.index]
    return any(s.names_video and sentence.paragraph - s.paragraph <= 1 for s in earlier)


def beside_named(document: Document, sentence: Sentence) -> bool:
    """The sentence just before or after this one, in its paragraph, names the video ("X recorded part of her
    drive through the fire. In the video she ...")."""
    around = document.sentences[max(0, sentence.index - 1) : sentence.index + 2]
    return any(s.names_video and s.paragraph == sentence.paragraph and s.index != sentence.index for s in around)


_FILMING_SIGN = programs.compile(FILMING_SIGN, re.IGNORECASE)
_OTHER_VIDEO = programs.compile(OTHER_VIDEO, re.IGNORECASE)


def tells_filming(document: Document, sentence: Sentence, verb: str, after: str) -> bool:
    """A filmer's own account of filming this video ("With her phone, a neighbour recorded ...", "X recorded part
    of her drive"), `after` being the text after the verb: "recorded" only with a camera or a part of what one
    lived through ("officials recorded 40 cases": no filming), not another video ("filmed similar scenes"), in a
    sentence about the video or beside one naming it. Shared by the date and source rows that read it."""
    if verb.lower() == "recorded" and not _FILMING_SIGN.search(sentence.text):
        return False
    if _OTHER_VIDEO.match(after):
        return False
    return sentence.in_scope or beside_named(document, sentence)
