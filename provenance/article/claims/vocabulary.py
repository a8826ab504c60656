"""The claim extractor's vocabulary, as named tables: every word list lives here once.

Where it sits: read by the claim extractors (`sentences`, `durations`, `dates`, `scene`) and the
article loader (dateline months). A table is data, not logic: each pattern that uses it says
what it is for. Two tables never share a name.
"""

from __future__ import annotations

from provenance.article.claims import programs

# ------------------------------------------------------------------ numbers


def by_first_letter(alternation: str) -> str:
    """The same alternation, its branches that open with a letter grouped under that letter (their
    order kept within each letter; branches of different letters never match at the same place, so their
    order does not matter); others, which must come last, stay after the groups in their order."""
    branches, depth, current, escaped, in_class = [], 0, "", False, False
    for char in alternation:
        if escaped:
            current, escaped = current + char, False
            continue
        if char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif not in_class and char == "(":
            depth += 1
        elif not in_class and char == ")":
            depth -= 1
        elif not in_class and depth == 0 and char == "|":
            branches.append(current)
            current = ""
            continue
        current += char
    branches.append(current)
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for branch in branches:
        plain = branch[:1].isascii() and branch[:1].isalpha() and branch[1:2] not in ("?", "*", "+", "{")
        if plain and not others:
            groups.setdefault(branch[0], []).append(branch[1:])
        elif plain:
            raise ValueError(f"a plain branch after another kind: {branch!r}")
        else:
            others.append(branch)
    if len({letter.lower() for letter in groups}) < len(groups):
        raise ValueError("branches open with one letter in two cases: under IGNORECASE their order would matter")
    parts = [f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items()]
    return "(?:" + "|".join(parts + others) + ")"


UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_NUMBER_WORD = (
    r"(?:(?:" + "|".join(TENS_WORDS) + r")(?:[\s-](?:" + "|".join(list(UNIT_WORDS)[1:10]) + r"))?"
    r"|" + "|".join(sorted(UNIT_WORDS, key=len, reverse=True)) + r")"
)
# a number as newsroom copy writes an amount: "42", "forty-two", "a", "half a"
NUM = r"(?:\d+(?:\.\d+)?|" + _NUMBER_WORD + r"|an?|half\s+an?)"


def number_value(text: str) -> float | None:
    """ "42" -> 42, "forty-two" -> 42, "a" -> 1, "half a" -> 0.5."""
    word = text.lower().strip()
    if programs.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    if word in ("a", "an"):
        return 1.0
    if programs.fullmatch(r"half\s+an?", word):
        return 0.5
    total = 0.0
    for part in programs.split(r"[\s-]+", word):
        if part in TENS_WORDS:
            total += TENS_WORDS[part]
        elif part in UNIT_WORDS:
            total += UNIT_WORDS[part]
        else:
            return None
    return float(total)


# ------------------------------------------------------------------ calendar

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTHS)  # Jan ... Dec, as datelines write them
# a month as copy writes it: "Oct.", "Sept.", "October", "Sep"
MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:tember|t\.|\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# fixed-day holidays copy dates by, and the day each is ("on Christmas Day", "on New Year's Eve 2019")
HOLIDAYS = {
    "christmas day": "December 25", "christmas eve": "December 24", "boxing day": "December 26",
    "new year's day": "January 1", "new year's eve": "December 31", "halloween": "October 31",
    "valentine's day": "February 14",
}  # fmt: skip
HOLIDAY = r"(?:Christmas\s+(?:Day|Eve)|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Halloween|Valentine['’]s\s+Day)"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"


def month_number(text: str) -> int:
    """ "Oct." -> 10, "September" -> 9."""
    return MONTH_ABBREVIATIONS.index(text.strip().rstrip(".")[:3].title()) + 1


# ------------------------------------------------------------------ the video and what it shows

# Nouns that put the video in view: the ones a duration may qualify, and what a video shows.
VIDEO_NOUN = (
    r"(?:videos?|video\s*clips?|clips?|footage|recordings?|films?|videotapes?|tapes?|livestreams?"
    r"|broadcasts?|segments?|reels?|compilations?|montages?)"
)
# the same, and the words copy uses for a video it has already introduced ("the visuals", "the scenes")
SCOPE_NOUN = rf"(?:{VIDEO_NOUN}|visuals|scenes?|images|vlog|dashcam|bodycam|body[- ]camera|livestream|CCTV(?=\s+of\b))"
# the words that open a caption or title the sentence quotes, up to its opening quote mark: "its title is '...",
# "captioned “...", "under the headline: "..." (each reader adds the quote marks it looks for)
TITLE_OPENS = (
    r"\b(?i:captioned|titled|caption|title|headlined|headline)s?(?i:\s+(?:is|was|reads?|read|says?|said))?\s*:?\s*"
)
# a fixed camera is the video only when it filmed something: "a doorbell camera filmed the break-in", "caught by a
# shop's security camera", "recorded on a taxi's dashboard camera" (not "traffic cameras were installed in 2019")
CAMERA = r"(?:security|surveillance|doorbell|CCTV|dashboard|traffic|helmet|dash|body)[- ]?cam(?:era)?s?"
CAMERA_FILMED = (
    # (also where the camera was, and in the present tense: "CCTV cameras inside a shop in Arica, Chile, record the
    # moments an earthquake hits")
    rf"{CAMERA}(?:\s+(?:inside|outside|at|in|on|near|above|of)\s+[^.;:]{{1,60}}?)?\s+(?:also\s+)?(?:captured|recorded"
    r"|filmed|caught|captures?|records?|films?|shows?|showed|footage|video)"
    rf"|(?:caught|captured|recorded|filmed)\s+(?:on|by)\s+(?:an?|the|its|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?{CAMERA}"
)

# ------------------------------------------------------------------ languages (ISO 639-1)

# nouns after a language's name that make it an adjective of a place, a side or a group, not what is spoken
# ("in Russian media", "Kurdish fighters", "in Arabic script")
LANGUAGE_OWNED = (
    r"territory|territories|waters|hands|media|capital|villages?|towns?|cities|city|regions?|provinces?|areas?"
    r"|forces|troops|army|soldiers|fighters|border|side|control|government|officials|state|propaganda|lines?"
    r"|positions?|airspace|coast|soil|countryside|military|authorities|news|television|tv|script|letters|writing|text"
    r"|subtitles|captions|alphabet|words|signs?"
)


LANGUAGES = {
    "arabic": "ar", "russian": "ru", "english": "en", "french": "fr", "german": "de", "spanish": "es",
    "persian": "fa", "farsi": "fa", "dari": "fa", "kurdish": "ku", "turkish": "tr", "ukrainian": "uk",
    "hebrew": "he", "urdu": "ur", "pashto": "ps", "chinese": "zh", "mandarin": "zh", "cantonese": "zh",
    "hindi": "hi", "portuguese": "pt", "italian": "it", "somali": "so", "swahili": "sw", "hausa": "ha",
    "amharic": "am", "tigrinya": "ti", "burmese": "my", "japanese": "ja", "korean": "ko", "polish": "pl",
    "dutch": "nl", "greek": "el", "uzbek": "uz", "tajik": "tg", "azerbaijani": "az", "georgian": "ka",
    "armenian": "hy", "bengali": "bn", "tamil": "ta", "indonesian": "id", "malay": "ms", "thai": "th",
    "vietnamese": "vi", "romanian": "ro", "serbian": "sr", "croatian": "hr", "belarusian": "be",
    "tagalog": "tl", "filipino": "tl", "chechen": "ce", "punjabi": "pa", "sinhala": "si", "nepali": "ne",
    "marathi": "mr", "gujarati": "gu", "telugu": "te", "kannada": "kn", "malayalam": "ml", "yoruba": "yo",
    "igbo": "ig", "zulu": "zu", "xhosa": "xh", "afrikaans": "af", "swedish": "sv", "norwegian": "no",
    "danish": "da", "finnish": "fi", "czech": "cs", "slovak": "sk", "hungarian": "hu", "bulgarian": "bg",
    "albanian": "sq", "bosnian": "bs", "macedonian": "mk", "lithuanian": "lt", "latvian": "lv", "estonian": "et",
    "kazakh": "kk", "kyrgyz": "ky", "turkmen": "tk", "mongolian": "mn", "tibetan": "bo", "uyghur": "ug",
    "khmer": "km", "lao": "lo", "kinyarwanda": "rw", "lingala": "ln", "oromo": "om", "wolof": "wo", "sindhi": "sd",
    "catalan": "ca", "basque": "eu", "welsh": "cy", "yiddish": "yi", "haitian creole": "ht", "creole": "ht",
}  # fmt: skip

# ------------------------------------------------------------------ sources

PLATFORMS = (
    r"Telegram|YouTube|Youtube|Twitter|X|Facebook|TikTok|Tiktok|Instagram|VK|VKontakte|WhatsApp|Whatsapp|Rumble"
    r"|Odysee|Truth\s+Social"
    r"|Weibo|Douyin|Snapchat|Reddit|LiveLeak|Vimeo|Bilibili|Kwai|Threads|Bluesky|Gab|Parler|BitChute|Dailymotion"
    r"|social\s+media|social\s+networks?"
)

# ------------------------------------------------------------------ capitalised words that are not places

_PRONOUNS = {"the", "a", "an", "he", "she", "it", "they", "his", "her", "its", "their"}
NOT_PLACES = (
    {name.lower() for name in MONTHS + WEEKDAYS}
    | {abbreviation.lower() for abbreviation in MONTH_ABBREVIATIONS}
    | {"sept", "reuters", "web", "internet", "online", "god", "allah"}
    # the search tools fact-checks name ("a reverse image search on Google": GeoNames lists Google for Topeka)
    | {"google", "yandex", "bing", "tineye", "invid"}
    | {"christmas", "easter", "halloween", "thanksgiving", "ramadan", "eid", "diwali", "hanukkah", "passover"}
    | _PRONOUNS
)

# sites in a town, by the word for them ("the port", "Victoria Station", "General Hospital"), lower case
SITE_WORDS = (
    r"(?:port|harbou?r|airport|air\s+base|base|neighbou?rhood|streets?|road|highway|motorway|bridge|tunnels?"
    r"|square|market|supermarket|mall|shop|restaurant|caf[eé]|hotel|hospital|clinic|school|university|mosque"
    r"|church|cathedral|prison|court|stadium|park|zoo|beach|seafront|waterfront|promenade|skyline|suburbs?"
    r"|outskirts|checkpoint|(?:metro\s+|railway\s+|train\s+)?station|refugee\s+camp|factory|plant|farm"
    r"|apartment\s+block|high-rise|building|home|house)"
)

# parts of the world larger than a country: no place a video's position can be checked against (FORMAT.md drops
# them unless the article names the country meant); a name is matched with or without its "the"
MACRO_REGIONS = {
    "middle east", "near east", "far east", "europe", "africa", "asia", "latin america", "south america",
    "north america", "central america", "central asia", "southeast asia", "south asia", "east asia", "east africa",
    "west africa", "north africa", "southern africa", "sub-saharan africa", "the west", "the balkans",
    "the caucasus", "the sahel", "horn of africa", "arab world", "scandinavia", "oceania",
    "eastern europe", "western europe", "the gulf", "persian gulf", "the levant", "maghreb",
}  # fmt: skip

# ------------------------------------------------------------------ verbs, by what they say about the video

# a video comes into the world (role `recorded`)
RECORD_VERBS = (
    r"filmed|shot|recorded|videotaped|taken|made|produced|dated"
    r"|(?:captured|caught)\s+on\s+(?:camera|video|film|tape|CCTV|(?:a\s+)?(?:security|surveillance|doorbell|phone)\s+camera)"
    r"|date-stamped|time-stamped|timestamped"
)
# the strong ones say it of the video whatever the subject ("dated Oct. 3"); the others need the video in view
RECORD_STRONG = r"filmed|videotaped|dated|date-stamped|time-stamped|timestamped"
# a video reaches the public (role `released`)
RELEASE_VERBS = (
    r"released|re-released|posted|re-posted|reposted|published|uploaded|re-uploaded|shared|re-shared|circulated"
    r"|surfaced|emerged|broadcast|aired|distributed|issued|leaked|unveiled|put\s+out|put\s+online"
    r"|ran(?=\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:videos?|clips?|footage)\b)"
    r"|put\s+up(?=\s+(?:a|an|the|its|their|another)\s+(?:[\w'’-]+\s+){0,2}?(?:videos?|clips?|footage|recordings?)\b)"
    # "went up on YouTube", "put it on YouTube", "put the video up on Friday" (not "went up in flames", "a cheer went
    # up", "put the video up on screens in the courtroom")
    # ("went up on the page on Jan. 8"; not "prices went up on March 3", "fares went up on the city website")
    rf"|went\s+up(?=\s+(?:on|to)\s+(?:{PLATFORMS}|(?:an?|the)\s+(?:\w+\s+)?(?:page|channel|account)|its|their)"
    rf"|\s+(?:online|(?:on\s+|last\s+)?{WEEKDAY})\b)"  # "The clip went up Monday", "went up online"
    r"|put\s+(?:it|them|the\s+(?:same\s+)?(?:video|clip|footage|recording))\s+(?:on(?:line)?"
    r"|up(?=\s+(?:online|on\s+(?:(?-i:[A-Z])|its|their|\w+day\b))))"
    r"|made\s+public|came\s+out|live-?streamed|streamed|tweeted(?=\s+(?:it|the\s+(?:video|clip|footage))\b)"
    r"|appeared|went\s+viral|went\s+online|was\s+first\s+seen|first\s+appeared"
    # a copy going the rounds, said of the video itself: "when it did the rounds in 2018", "The footage made the rounds
    # of news sites" (not "doctors doing the rounds of the ward")
    r"|(?:(?<=\bit\s)|(?<=video\s)|(?<=clip\s)|(?<=footage\s)|(?<=been\s)|(?<=started\s)|(?<=began\s))"
    r"(?:did|doing|does|done|made|making|makes)\s+the\s+rounds"
    # "when it spread virally", "spread rapidly across Telegram channels" (not the fire that "spread rapidly")
    r"|spread(?=\s+(?:virally|online|(?:\w+\s+)?(?:on|across|through|over|via)\s+(?:[\w-]+\s+){0,2}?(?:channels?"
    rf"|apps?|platforms?|accounts?|pages?|{PLATFORMS})\b))"
)
# an event the video shows comes about (its day and place are the video's: "the raid took place on Friday")
HAPPENED_VERBS = r"took\s+place|happened|occurred|unfolded"
# the same release, as a gerund ("Sharing it on 22 March, a user wrote ...", "has been circulating since 2019")
# ... and the noun of the first posting ("its first upload to YouTube came on March 28")
RELEASE_GERUNDS = (
    r"posting|sharing|uploading|publishing|re-?posting|re-?sharing|circulating|(?<=\bits\s)(?:first|earliest)\s+upload"
)
# another event than the video's, named as a noun ("since his arrest in May 2011")
OTHER_EVENT_NOUNS = r"capture|arrest|abduction|kidnapping|death|disappearance|detention|birth|release\s+from"
# a video leaves the public: not a date of the video's making or release
# what a video shows: its objects are what is in it
SHOW_VERBS = (
    r"shows?|showed|showing|shown|depicts?|depicted|depicting|features?|featured|featuring|captures?|captured"
    r"|capturing|documents?|documenting|portrays?|portraying|purports?\s+to\s+show|purporting\s+to\s+show"
    r"|purported\s+to\s+show|appears?\s+to\s+show|appeared\s+to\s+show|said\s+to\s+show|claim(?:s|ed|ing)?\s+to\s+show"
    r"|supposedly\s+shows?|allegedly\s+shows?|reportedly\s+shows?"
)
# what someone in a video is seen doing
SEEN_VERBS = (
    r"(?:can|could)\s+(?:also\s+)?be\s+(?:seen|heard)|(?:is|are|was|were)\s+(?:seen|shown|visible|pictured|heard)"
    r"|appears?|appeared|appearing|stands?|stood|standing|sits?|sat|sitting|kneels?|knelt|kneeling|walks?|walked"
    r"|walking|holds?|held|holding|wears?|wore|wearing|speaks?|spoke|speaking|talks?|talking|says|said|tells|told"
    r"|addresses|addressed|reads|reading|identifies|identified|shouts?|shouting|chants?|chanting|lies|lying"
    r"|gestures?|pleads?|pleading|begs?|begging|carries|carrying|raises?|raising|runs?|running|fires?|firing"
)
# verbs after which a place or a person belongs to another event than the filming
OTHER_EVENT_VERBS = (
    r"born|raised|kidnapped|abducted|arrested|detained|killed|died|executed|murdered|buried"
    r"|went\s+missing|disappeared|lives?|lived|living|based|headquartered|stationed|jailed|imprisoned"
    r"|fled|escaped|flew|visited|travelled|traveled|reporting|reported|studied|worked|works|deployed"
    r"|repatriated|wounded|injured|hospitalised|hospitalized|treated|married|sentenced|tried|charged"
)

# ------------------------------------------------------------------ people

# nouns for a person, singular and plural (a count before one of them is a people claim)
_PERSON_NOUN_LIST = (
    r"m[ae]n|wom[ae]n|person|people|persons|individuals?|figures?|soldiers?|troops|servicem[ae]n|conscripts?"
    r"|fighters?|militants?|gunm[ae]n|jihadists?|insurgents?|rebels?|hostages?|captives?|prisoners?|detainees?"
    r"|children|child|kids?|boys?|girls?|teenagers?|teens?|youths?|students?|schoolboys?|schoolgirls?|babies|baby"
    r"|officers?|policem[ae]n|police\s+officers?|police|forces|guards?|commanders?|leaders?|spokesm[ae]n|spokesperson"
    r"|protesters?|demonstrators?|rioters?|activists?|civilians?|residents?|villagers?|migrants?|refugees?"
    r"|journalists?|reporters?|photographers?|cameram[ae]n|aid\s+workers?|workers?|medics?|doctors?|nurses?"
    r"|paramedics?|firefighters?|rescuers?|passengers?|drivers?|pilots?|crew|sailors?|marines?|paratroopers?"
    r"|executioners?|captors?|kidnappers?|abductors?|attackers?|assailants?|suspects?|victims?|bodies|body"
    r"|corpses?|mourners?|worshippers?|crowds?|mobs?|families|family|couple|brothers?|sisters?|sons?|daughters?|fathers?"
    r"|mothers?|husbands?|wives|wife|narrators?|speakers?|presenters?|anchors?|broadcasters?|ministers?|president"
    r"|fishermen|fisherman|farmers?|shepherds?|labourers?|laborers?|miners?|sanitation\s+workers?"
    r"|politicians?|candidates?|lawmakers?|officials|diplomats?|cleric|clerics|imams?|priests?|monks?|nuns?"
    r"|athletes?|players?|fans?|students?|teachers?|inmates?|convicts?|gang\s+members?|members?|volunteers?"
    r"|staff(?:\s+members)?|bystanders?|onlookers?|passers-by|passer-by|males?|females?|colleagues?|comrades?"
    r"|executives?|employees?|hikers?|tourists?|shoppers?|customers?|patients?|scouts?|citizens?|nationals|actors?"
    r"|pilgrims?|robbers?|thieves|thief|burglars?|looters?|participants?|attendees?|abductees?|peacekeepers?"
    r"|jihadis?|cops?|pedestrians?|snipers?|extremists?|terrorists?|shooters?|killers?|murderers?|separatists?"
    r"|guerrill?as?|militiam[ae]n|mercenar(?:y|ies)|cadets?|recruits?|protestors?|marchers?|supporters?|spectators?"
    r"|dancers?|singers?|musicians?|performers?|motorists?|cyclists?|commuters?|travell?ers?|climbers?|swimmers?"
    r"|locals|youngsters?|adults?|toddlers?|infants?|schoolchildren|pensioners?|vendors?|shopkeepers?"
    r"|guests?|actress(?:es)?|footballers?|referees?|boxers?|survivors?|casualties|arsonists?|smugglers?"
    # a voice heard (not "voices of dissent", "the voice of a narrator": the narrator is the claim; not "a voice
    # message", "a voice vote"; not "the president's voice": someone named)
    r"|voices?(?!\s+(?:of|messages?|mail|notes?|votes?|recordings?|calls?|actors?|assistants?)\b)"
    r"(?<!['’]s\svoice)(?<!['’]s\svoices)"
    # (not aircraft: "Tu-95 bombers", "B-52 bombers", "its bombers", "strategic bombers")
    r"|bombers?(?<!\d\sbomber)(?<!\d\sbombers)(?<!its\sbombers)(?<!strategic\sbombers)"
    r"|traffickers?|troopers?|bodyguards?|gentlem[ae]n|lady|ladies|narcos|hooligans?|gangsters?|bandits?"
    r"|personnel|passersby|prisoners\s+of\s+war|pows?|miscreants?"
)
# (the branches that open with no letter, which `by_first_letter` wants last)
_PERSON_NOUN_OTHERS = r"(?:father|mother)-of-\w+|\d+-year-olds?"
# (grouped by first letter: Python's regex engine tries an alternation's branches one by one, and a person noun
# is looked for at every word of a sentence about the video; 26 first letters fail faster than 300 branches)
# titles that stand before a name: "Mr Hale", "Officer Dan Pruitt", "Pc Alan Mercer"
PERSON_TITLES = (
    r"Mr|Mrs|Ms|Miss|Dr|Officer|Pc|PC|Sgt|Sergeant|Constable|Corporal|Private|Lieutenant|Captain|Colonel|General"
    r"|President|Prime\s+Minister|Minister|Senator|Governor|Mayor|King|Queen|Prince|Princess|Sheikh|Imam|Father"
)
# the personal ones, which copy uses for people it reports on rather than for office holders it quotes
PERSON_TITLES_PERSONAL = (
    r"Mr|Mrs|Ms|Miss|Dr|Officer|Pc|PC|Sgt|Sergeant|Constable|Corporal|Private|Lieutenant|Captain|Colonel"
)
# verbs that take "over" as their own ("handed over three hostages", "stands over two men", "ran over two
# protesters"), where it is no bound before a count; not "took over 200 hostages", "pulling over 20 children from the
# rubble", "flies over 150 pilgrims", "watching over 100 police officers march past" (more than)
OVER_VERBS = (
    r"hand(?:s|ed|ing)?|run(?:s|ning)?|ran|stand(?:s|ing)?|stood|jump(?:s|ed|ing)?|lean(?:s|ed|ing)?|kneel(?:s|ing)?"
    r"|knelt|bend(?:s|ing)?|bent|step(?:s|ped|ping)?|climb(?:s|ed|ing)?"
)
# how many "some of the ...", "both of the ..." are at least (a part of a group shown)
PEOPLE_PART_OF = {"some": 2.0, "many": 3.0, "several": 3.0, "most": 2.0, "all": 2.0, "both": 2.0}
# how many a quantity word means when it gives no number: a lower bound
PEOPLE_QUANTITIES = {
    "dozens": 24,
    "two dozen": 24,
    "a dozen": 12,
    "half a dozen": 6,
    "several dozen": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "a hundred": 100,
    "one hundred": 100,
    "several hundred": 200,
    "a few hundred": 200,
    "a couple hundred": 200,
    "several thousand": 2000,
    "a few thousand": 2000,
    "several": 3,
    "a few": 2,
    "a group": 3,
    "a gathering": 3,
    "a crowd": 10,
    "a handful": 3,
    "a number": 2,
    "many": 3,
    "rows": 10,
    "a row": 3,
    "a line": 3,
    "some": 2,
}
# relatives, who copy names beside the people a video shows ("grieving for his sisters")
PEOPLE_KIN = (
    r"family|families|relatives?|parents?|fathers?|mothers?|sons?|daughters?|brothers?|sisters?|husbands?|wives|wife"
    r"|children|child|cousins?|uncles?|aunts?"
)
# after a person: what happened to them at another time than the filming ("the pilot was captured")
PEOPLE_EVENT_VERBS = r"captured|seized|taken\s+hostage|found\s+dead|massacred|slain|shot\s+dead|freed|released"
# before a number of people: a death toll or injury count, not the people seen ("killing at least 80 passengers")
PEOPLE_CASUALTY_VERBS = (
    r"killed|killing|kills|kill|massacred|massacring|injured|injuring|injures|wounded|wounding|executed|executing"
    r"|murdered|murdering|left|leaving|shot|shooting|fatally\s+shot|claimed|claiming"
    r"|stranded|stranding|displaced|displacing|evacuated|evacuating|shot\s+dead"  # "has stranded 20 lakh people"
)
# verbs of making a video, before "by" and its maker ("faked by a film crew", "directed by")
PEOPLE_MAKING_VERBS = (
    r"seen|viewed|watched|verified|obtained|reviewed|examined|analy[sz]ed|geolocated|authenticated|quoted|cited"
    r"|interviewed|contacted|faked|staged|directed|created|edited|narrated|commissioned"
)
# people whose words are about a video rather than in it ("officials say", "a spokesman said")
PEOPLE_OUTSIDERS = (
    r"officials?|spokesm[ae]n|spokesperson|journalists?|reporters?|correspondents?|analysts?|experts?|researchers?"
    r"|investigators?|police|officers?|police\s+officers?|policem[ae]n|authorities|witness(?:es)?|residents?"
    r"|activists?|families|relatives?|lawyers?|prosecutors?|ministers?|president|leaders?|diplomats?|users?"
    r"|producers?|editors?|politicians?|lawmakers?|candidates?|members?|colleagues?|monitors?|sources?"
)
# who speaks in a video by its nature: what they say is said in it ("as a narrator says ...")
PEOPLE_NARRATORS = r"narrators?|presenters?|voice-?overs?"
# peoples, faiths and communities whose capitalised plural names a group shown ("showing Arabs jumping", "Kurds");
# a nation's plural is its demonym's ("South Africans": DEMONYMS)
PEOPLES = {
    "arab", "kurd", "jew", "muslim", "christian", "hindu", "sikh", "shia", "shiite", "sunni", "bedouin", "yazidi",
    "uyghur", "uighur", "tamil", "pashtun", "baloch", "alawite", "copt", "houthi",
}  # fmt: skip
# nouns for a group of people: how many "the crowd" or "a couple" means at least
PEOPLE_GROUPS = {"crowd": 10, "crowds": 20, "mob": 10, "mobs": 20, "couple": 2, "crew": 2, "family": 2}
# nouns after "family" that make it a modifier, not people: "a crime family boss", "the family home"
FAMILY_COMPOUNDS = (
    r"boss(?:es)?|members?|home|homes|house|friends?|business(?:es)?|court|doctor|name|tree|car|dog|law|values"
    r"|affairs|feud|planning|photos?|history|ties|estate|farm|lawyer|spokes(?:man|woman|person)|statement"
)

# words that make a capitalised name a place's, a thing's or an event's, not a person's ("Times Square", "Hurricane
# Irma", "Drama Theatre"); not "Hall", "Park", "House", "Banks", "Lake", which are surnames too
THING_NAME_WORDS = (
    r"square|street|road|avenue|boulevard|palace|bridge|tower|towers|airport|station|mosque|church|temple"
    r"|cathedral|hospital|school|university|college|building|hotel|stadium|arena|beach|river|mountain|mount"
    r"|island|islands|valley|camp|base|market|mall|cent(?:re|er)|plaza|port|harbou?r|gate|dam|highway|desert"
    r"|sea|ocean|gulf|falls|prison|office|embassy|ministry|parliament|council|party|army|force|forces|police"
    r"|group|news|tv|channel|journal|city|county|province|region|state|district|village|town|strip|coast|zone"
    r"|museum|memorial|monument|club|team|cup|league|hurricane|typhoon|cyclone|storm|tornado|operation|flight"
    r"|festival|day|eve|war|battle|revolution|games|olympics|championship|world|prize|award|airlines?|airways"
    r"|company|corporation|bank|theat(?:re|er)|cinema|opera|gallery|library|gardens?|zoo|farm|factory|plant"
    r"|refinery|mine|pier|dock|terminal|tunnel|canal|lighthouse|castle|fort|fortress|citadel|synagogue|shrine"
    r"|cemetery|crescent|motorway|expressway|metro|subway|railway|express"
)

# ------------------------------------------------------------------ named people

# lower-case particles that open a word of a personal name ("Abu Osama al-Faranci", "Osama bin Laden", "de Gaulle"),
# with the hyphen or space after them
NAME_PARTICLES = r"(?:al|el|ad|ash|as|an|ar|at|az|ud|ul|ur|bin|ibn)-|(?:bin|ibn|van|von|de|da|del|der|di|du|dos|das)\s"
# verbs only a person is the subject of ("Brask identifies himself"): they make a name a person's
NAMED_SELF_VERBS = (
    r"identif(?:ies|ied)\s+(?:him|her)self|introduc(?:es|ed)\s+(?:him|her)self|(?:gives|gave)\s+(?:his|her)\s+name"
)
# verbs that put a named person in the video whatever else the sentence says ("Brask identifies himself",
# "Smith can be seen"); the seen ones may have a place for subject ("Kyiv can be seen"), so they need a person's name
NAMED_SEEN_VERBS = (
    rf"{NAMED_SELF_VERBS}|(?:can|could)\s+(?:also\s+)?be\s+(?:seen|heard)"
    r"|(?:is|was)\s+(?:also\s+|briefly\s+|later\s+|then\s+|clearly\s+)?(?:seen|shown|heard|pictured|visible)"
)
# what only a person does, as the participle after the name a video shows ("showing Okafor refusing to shake
# hands", "purports to capture Mendes recently addressing a rally"): it makes one capitalised word a person's name
# (a volcano erupts and a city burns, so neither verb is here)
PERSON_ACTS = (
    r"(?:refus|address|speak|say|tell|talk|walk|danc|smil|laugh|cry|shout|sing|wav|greet|hugg|kiss|eat|drink|sitt"
    r"|kneel|pray|giv|deliver|answer|ask|wear|sanitiz|sanitis|botch|stumbl|board|arriv|leav|enter|meet|sign"
    r"|read|mock|insult|threaten|urg|call|announc|declar|admitt|apologis|apologiz|prais|criticis|criticiz|jok"
    r"|gestur|shak|cheer|chant|argu|clapp|salut|bow|pos|perform|play|lead|march|visit|inspect|tour|campaign|vot"
    r"|swear|begg|plead|weep|kick|punch|slapp|push|shov|grabb|hold|carr|lift|embrac|introduc|explain|claim|deny"
    r"|declin|chatt|shoot|fight|chas|listen|nodd)"
    r"(?:ing|ying)\b"
)
# capitalised words that open a sentence or a clause and are nobody's name
NOT_NAMES = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "he", "she", "his", "her", "their",
    "we", "i", "you", "but", "and", "later", "earlier", "then", "also", "one", "another", "some", "both", "all",
    "god", "allah", "video", "footage", "clip", "film", "here", "there", "when", "while", "after", "before",
    "in", "on", "at", "as", "if", "so", "no", "yes", "now", "still", "once", "during", "since", "though", "although",
}  # fmt: skip

# ------------------------------------------------------------------ who publishes

# organisations and groups copy names as sources (checked before the gazetteer: "Hamas" is not Hamm, Germany)
ORGANISATIONS = (
    r"Hamas|Hezbollah|Hizbollah|the\s+Taliban|Taliban|Islamic\s+State|ISIS|ISIL|IS|Daesh|al[- ]Qaeda|al[- ]Shabaab"
    r"|Boko\s+Haram|the\s+Houthis|Houthis?|Ansar\s+Allah|Wagner(?:\s+Group)?|the\s+Wagner\s+Group|JNIM|AQAP|PKK|YPG|SDF"
    r"|HTS|Hayat\s+Tahrir\s+al-Sham|Jabhat\s+al-Nusra|Nusra\s+Front|Islamic\s+Jihad|al-Qassam\s+Brigades"
    r"|Amaq|AMAQ|al-Furqan|Rapid\s+Support\s+Forces|RSF|IDF|Israel\s+Defense\s+Forces|Hamas'\s+armed\s+wing"
)
# news organisations: publishers, never places ("the BBC broadcast" is not Bay City)
MEDIA = (
    r"BBC|CNN|AP|AFP|Reuters|Al[- ]Jazeera|Sky|NBC|ABC|CBS|NPR|Fox|RT|Sputnik|TASS|RIA|Interfax|Anadolu|Xinhua"
    r"|Bellingcat|Storyful|AMAQ|Amaq|Telegraph|Guardian|Times|Post|Mirror|Mail|Sun|Independent|Herald|Journal"
    r"|France\s*24|FRANCE\s*24|Deutsche\s+Welle|DW|Euronews|CBC|ITV|WION|NDTV|Channel\s+4"
)

# fact-checking desks and units, whose findings an article gives as findings ("According to BOOM, the video dates from
# April 2021")
FACT_CHECKERS = (
    r"BOOM|Misbar|Alt\s+News|The\s+Quint|WebQoof|Logically(?:\s+Facts)?|PolitiFact|Snopes|Full\s+Fact|Africa\s+Check"
    r"|PesaCheck|AAP\s+FactCheck|Check\s+Your\s+Fact|Lead\s+Stories|Newschecker|Factly|Vishvas\s+News|Newsmobile"
    r"|NewsMobile|(?:India\s+Today['’]s\s+)?Anti\s+Fake\s+News\s+War\s+Room|AFWA"
    r"|(?:AFP|Reuters|AP|USA\s+Today)\s+Fact\s*Check|BBC\s+Verify|CNN\s+Facts\s+First|Fatabyyano|Teyit|StopFake"
    r"|EUvsDisinfo|Maldita|Newtral|Correctiv|Les\s+Observateurs"
    r"|(?:the\s+)?(?:FRANCE\s*24\s+)?Observers(?:\s+team)?"
)
# words that make a noun phrase a publisher ("the regional police force", "a Telegram channel close to the army")
SOURCE_NOUNS = (
    r"group|groups|militants|militia|militias|rebels|fighters|insurgents|army|military|forces|force|troops|police"
    r"|ministry|department|office|government|authorities|agency|agencies|channel|channels|account|accounts|page"
    r"|pages|outlet|outlets|broadcaster|station|network|newspaper|media|television|tv|radio|arm|wing|service"
    r"|spokesman|spokesperson"
    r"|activists|activist|supporters|users|user|residents|resident|witnesses|witness|bystander|bystanders|passer-by"
    r"|passers-by|onlooker|onlookers|journalist|journalists|reporter|reporters|crew|team|unit|brigade|battalion"
    r"|command|commander|officials|official|president|minister|embassy|council|party|campaign|company|firm"
    r"|organisation|organization|monitor|observatory|website|blogger|influencer|creator|youtuber|tiktoker"
)

# what a video was taken with: a source when it is the doer ("captured by one of its drones", "footage from a
# security camera")
RECORDING_DEVICES = r"drones?|cameras?|dashcams?|bodycams?|body\s+cameras?|phones?"
# what makes "recorded" a filming rather than a count: the camera, or a part of what one lived through
# ("With his phone, a man recorded ...", "recorded part of her drive")
FILMING_SIGN = (
    r"\b(?:with|on|using|by)\s+(?:his|her|their|its|a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:phones?|cell\s*phones?|smartphones?"
    r"|mobiles?|cameras?|dashcams?|drones?)\b|\bpart\s+of\s+(?:his|her|their)\b"
)

# words for a video other than the one the article is about: always ("a previous video", "another clip"), and also
# "other" and "earlier", which name the original a copy was cut from too (whose dates are the video's own), so a
# reader of a copy's dates leaves them out
ANOTHER_WORDS = r"previous|another|separate|different|similar"
OTHER_WORDS = rf"{ANOTHER_WORDS}|other|earlier"
# another video than the one the article is about, right after a verb of filming or release: "filmed similar
# scenes", "posted other clips"
OTHER_VIDEO = (
    rf"\s+(?:(?:a|an|the|some|many|several|two|three)\s+)?(?:{OTHER_WORDS})\s+(?:[\w-]+\s+)?(?:{SCOPE_NOUN})\b"
)

# ------------------------------------------------------------------ country adjectives (ISO 3166-1)

DEMONYMS = {
    "afghan": "AF", "american": "US", "argentine": "AR", "armenian": "AM", "australian": "AU", "austrian": "AT",
    "azerbaijani": "AZ", "bangladeshi": "BD", "belarusian": "BY", "belgian": "BE", "bolivian": "BO",
    "brazilian": "BR", "british": "GB", "burmese": "MM", "cameroonian": "CM", "canadian": "CA", "chadian": "TD",
    "chilean": "CL", "chinese": "CN", "colombian": "CO", "congolese": "CD", "cuban": "CU", "czech": "CZ",
    "danish": "DK", "dutch": "NL", "ecuadorian": "EC", "egyptian": "EG", "emirati": "AE", "english": "GB",
    "eritrean": "ER", "ethiopian": "ET", "filipino": "PH", "finnish": "FI", "french": "FR", "georgian": "GE",
    "german": "DE", "ghanaian": "GH", "greek": "GR", "guatemalan": "GT", "haitian": "HT", "honduran": "HN",
    "hungarian": "HU", "indian": "IN", "indonesian": "ID", "iranian": "IR", "iraqi": "IQ", "irish": "IE",
    "israeli": "IL", "italian": "IT", "japanese": "JP", "jordanian": "JO", "kazakh": "KZ", "kenyan": "KE",
    "korean": "KR", "kosovar": "XK", "kuwaiti": "KW", "kyrgyz": "KG", "lebanese": "LB", "libyan": "LY",
    "lithuanian": "LT", "malaysian": "MY", "malian": "ML", "mexican": "MX", "moldovan": "MD", "mongolian": "MN",
    "moroccan": "MA", "mozambican": "MZ", "nepali": "NP", "nepalese": "NP", "nicaraguan": "NI", "nigerian": "NG",
    "nigerien": "NE", "norwegian": "NO", "pakistani": "PK", "palestinian": "PS", "peruvian": "PE",
    "polish": "PL", "portuguese": "PT", "qatari": "QA", "romanian": "RO", "russian": "RU", "rwandan": "RW",
    "salvadoran": "SV", "saudi": "SA", "scottish": "GB", "senegalese": "SN", "serbian": "RS", "slovak": "SK",
    "somali": "SO", "south african": "ZA", "south korean": "KR", "north korean": "KP", "spanish": "ES",
    "sri lankan": "LK", "sudanese": "SD", "swedish": "SE", "swiss": "CH", "syrian": "SY", "taiwanese": "TW",
    "tajik": "TJ", "tanzanian": "TZ", "thai": "TH", "tunisian": "TN", "turkish": "TR", "ugandan": "UG",
    "ukrainian": "UA", "uruguayan": "UY", "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN", "welsh": "GB",
    "yemeni": "YE", "zambian": "ZM", "zimbabwean": "ZW", "gazan": "PS", "kurdish": "IQ", "chechen": "RU",
    "algerian": "DZ", "angolan": "AO", "bahraini": "BH", "beninese": "BJ", "bosnian": "BA", "bulgarian": "BG",
    "burkinabe": "BF", "burundian": "BI", "cambodian": "KH", "central african": "CF", "croatian": "HR",
    "cypriot": "CY", "dominican": "DO", "estonian": "EE", "gabonese": "GA", "gambian": "GM", "guinean": "GN",
    "ivorian": "CI", "jamaican": "JM", "laotian": "LA", "latvian": "LV", "liberian": "LR", "malawian": "MW",
    "maltese": "MT", "mauritanian": "MR", "montenegrin": "ME", "namibian": "NA", "omani": "OM", "panamanian": "PA",
    "paraguayan": "PY", "sierra leonean": "SL", "singaporean": "SG", "slovenian": "SI", "south sudanese": "SS",
    "togolese": "TG", "turkmen": "TM", "costa rican": "CR", "icelandic": "IS", "azeri": "AZ", "djiboutian": "DJ",
}  # fmt: skip
# regions copy names that are no administrative division the gazetteer holds, by the country they lie in (a place
# found there is an area of that country: "Sinai" is no Sinnai, Sardinia, whose alternate names include it)
GEOGRAPHIC_REGIONS = {
    "sinai": "EG", "sinai peninsula": "EG", "north sinai": "EG", "donbas": "UA", "donbass": "UA", "darfur": "SD",
    "north darfur": "SD", "south darfur": "SD", "west darfur": "SD", "patagonia": "AR", "siberia": "RU",
    "kurdistan region": "IQ", "iraqi kurdistan": "IQ", "negev": "IL", "galilee": "IL",
}  # fmt: skip
# territories copy names instead of the country GeoNames puts them in: they tell which country an article is about
# ("Bethlehem" in a story on the West Bank is not Belém, Brazil, whose alternate names include it)
TERRITORIES = {"west bank": "PS", "gaza strip": "PS", "gaza": "PS"}
# demonyms of nations and peoples inside a state, whose "capital" is not the state's ("the Scottish capital" is
# Edinburgh, not London), and states whose name other places share ("Georgia's capital" may be Atlanta)
NATIONS_WITHIN = {
    "english", "scottish", "welsh", "northern irish", "kurdish", "chechen", "catalan", "basque", "tibetan",
    "crimean", "flemish", "bavarian", "corsican", "sicilian", "texan", "californian", "punjabi", "kashmiri",
}  # fmt: skip
AMBIGUOUS_STATES = {"georgia"}
# countries whose capital in copy is not GeoNames' (Bolivia: copy means La Paz, the seat of government, not Sucre)
OTHER_CAPITALS = {"BO"}
DEMONYM = by_first_letter("|".join(sorted((d.title() for d in DEMONYMS), key=len, reverse=True)))


def _people_plurals() -> str:
    """A nation's or a people's plural names people ("the two Canadians", "a group of Palestinians", "Kurds"):
    the demonyms that take an -s ("Ukrainians", "Iraqis"), and the peoples and faiths."""
    words = {f"{d}s" for d in DEMONYMS if d.endswith(("an", "i"))} | {f"{p}s" for p in PEOPLES} | {"britons", "brits"}
    return "|".join(w.replace(" ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


PERSON_NOUNS = by_first_letter(f"{_PERSON_NOUN_LIST}|{_people_plurals()}|{_PERSON_NOUN_OTHERS}")
