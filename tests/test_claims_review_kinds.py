"""Traps a fresh-eyes review found in the kinds earlier reviews left aside: durations, spoken languages, sources and
the stance of each. A wrong length is a mismatch against a genuine clip; a language put in the mouth of someone who
is not in the video is speech a silent file then lacks.

Every sentence is invented. Each trap failed before its fix; the cases beside it must stay found.
"""

from __future__ import annotations

from datetime import date

import pytest

from provenance.article.claims import extract_claims

PUBLISHED = date(2024, 5, 8)


def _claims(text: str, kind: str) -> list:
    return [c for c in extract_claims(text, PUBLISHED) if c.kind == kind and c.start is not None]


@pytest.mark.parametrize(
    "text",
    [
        # a length after "of" or "is" whose subject is not the video: what the video shows, or another noun
        "The video shows a countdown of 10 seconds before the explosion.",
        "The footage shows a delay of 20 minutes between the first and second blasts.",
        "In the footage, an alarm of about 30 seconds sounds.",
        "The video shows that the ambulance response time was 40 minutes.",
        "The video shows the queue was two hours long.",
        "In the video, his time is 10 seconds flat.",
        # a difference, not a length ("about 40 seconds longer" was "about 40 seconds long")
        "The clip is 20 seconds shorter than the original video.",
        "The viral clip is about 40 seconds longer than the version on YouTube.",
        # a call is no video
        "The president held a 10-minute video call with Zelensky.",
        # the length of what the clip was cut from, or of a part the video holds
        "The clip, taken from a 2-hour livestream, was shared on X.",
        "The video loops a 5-second segment.",
        "The video reel is a mix of 30 seconds of drone footage and interviews.",
    ],
)
def test_no_length_of_the_video_from_these(text: str) -> None:
    assert _claims(text, "duration") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The 6-minute video compilation includes a 10-second clip from Gaza.", "6-minute video compilation"),
        ("The recordings, which run to about 25 minutes, came from a drone.", "about 25 minutes"),
        ("The clip, which shows the crash, is 20 seconds long.", "20 seconds long"),
        ("The video, posted on Monday, is 30 seconds long.", "30 seconds long"),
        ("The clip, lasting around three minutes, was aired on Thursday.", "around three minutes"),
        ("Across three videos, each running about seven minutes, two men appear.", "about seven minutes"),
        ("A clip of about a minute was shared on Telegram.", "about a minute"),
        ("Hours of footage have been posted online.", "Hours"),
    ],
)
def test_the_videos_own_length_stays(text: str, span: str) -> None:
    assert [c.text for c in _claims(text, "duration")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        # what the posts claim is what the clip shows; its length is the article's own word for the clip
        "Posts on X claim the 15-second video shows Israeli soldiers. The clip in fact shows Egyptian police.",
        "Users falsely claimed the 2-minute clip showed the Pope.",
    ],
)
def test_the_length_of_a_clip_a_false_claim_is_about_is_not_refuted(text: str) -> None:
    [claim] = _claims(text, "duration")
    assert claim.stance == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        # a language that is the first word of a place's name
        "The video was recorded in French Polynesia.",
        "The clip was recorded in Turkish Cyprus.",
        "The footage was recorded in English Bay in Vancouver.",
        # words spoken to the press, later, about the video, or by one who watched it: not in the video
        "In a later interview with the BBC, the woman who filmed the video said in Arabic that she was afraid.",
        "The man who filmed the video told the BBC in Ukrainian that he was near the front.",
        "Speaking in English at a press conference, the army spokesman said the video was staged.",
        "The minister told reporters in French that the video was fake.",
        "Asked in Spanish by AFP whether the video was real, the mayor declined to comment.",
        "He said in Arabic on Monday that the video was real.",
        "A fact-checker who speaks Russian watched the video.",
        # writing, not speech
        "The video was posted with a message in Arabic calling for revenge.",
        "The video shows a man reading a newspaper in Hebrew.",
    ],
)
def test_no_language_spoken_in_the_video_from_these(text: str) -> None:
    assert _claims(text, "spoken_language") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The man in the video speaks Ukrainian, but the reporter later interviewed him in English.", ["uk"]),
        ("The man in the video, speaking in Arabic, says he was captured on Monday.", ["ar"]),
        ("In the video, a commander tells his men in Ukrainian to hold the line.", ["uk"]),
        ("The video shows the minister speaking in French at a press conference.", ["fr"]),
        ("The video, in which a man speaks in Pashto, was posted on Telegram.", ["ps"]),
    ],
)
def test_the_language_spoken_in_the_video_stays(text: str, value: list[str]) -> None:
    assert [c.value for c in _claims(text, "spoken_language")] == value


@pytest.mark.parametrize(
    ("text", "kind", "span", "stance"),
    [
        # "not ... until" says when it did happen: the ministry did release it, on Friday
        ("The video was not released by the ministry until Friday.", "source", "the ministry", "asserted"),
        ("The video was not released by the ministry until Friday.", "date", "Friday", "asserted"),
        ("The video did not go viral until it was shared by Elon Musk.", "source", "Elon Musk", "asserted"),
        ("The video was not released by the ministry.", "source", "the ministry", "refuted"),
        # what the article restates and then calls false
        ("Several outlets said the video was posted by the Houthis, but this is false.", "source", "the Houthis",
         "refuted"),
        # the posting itself is what is claimed, not a posting the fact-checker saw
        ("The claim that the clip was uploaded to TikTok by the president is false.", "source", "the president",
         "refuted"),
        ("Russian bloggers claimed the video was posted by Ukrainian soldiers.", "source", "Ukrainian soldiers",
         "reported"),
        # what the article does not know, or another party disputes, is not the article's word
        ("It is unclear whether the video was posted by the army.", "source", "the army", "reported"),
        ("The video was published by the Kremlin, a claim Ukraine denies.", "source", "the Kremlin", "reported"),
        # who shared the posts that make a claim was seen, not claimed
        ("Posts claiming the video shows Gaza were shared on Facebook by a user called Sam.", "source", "Sam",
         "asserted"),
    ],
)  # fmt: skip
def test_stance_of_sources_and_dates(text: str, kind: str, span: str, stance: str) -> None:
    [claim] = [c for c in _claims(text, kind) if c.text == span]
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a number inside a name ("News": "Channel" was taken for a holder of a channel called "4 News")
        ("The video was broadcast by Channel 4 News on Monday.", ["Channel 4 News"]),
        # a role after the name of whom the doer works for ("the BBC's Russia" was the doer)
        ("The video was shared by the BBC's Russia editor Steve Rosenberg.", ["Steve Rosenberg"]),
        ("The video was obtained by the Wall Street Journal's Moscow correspondent.",
         ["the Wall Street Journal's Moscow correspondent"]),
        # a question is no doer; a still, a photo or a screenshot is not the video
        ('Asked whether the army released the video, a spokesman said: "No."', []),
        ("Photos released by the army show the same site as the video.", []),
        ("A screenshot of the video was posted by Newsweek.", []),
        ("A still from the video was released by police.", []),
        # and the forms beside them stay
        ("The video was posted by a Syrian journalist, Jamil Haddad, on X.", ["Jamil Haddad", "X"]),
        ("The footage was released by the Metropolitan Police.", ["the Metropolitan Police"]),
    ],
)  # fmt: skip
def test_the_doer_named_is_whoever_put_out_the_video(text: str, value: list[str]) -> None:
    assert [c.value for c in _claims(text, "source")] == value


@pytest.mark.parametrize(
    ("text", "about"),
    [
        # a check of where or when the video was filmed is about its place or its date, not its authenticity
        ("The New York Times confirmed that the video was filmed in Bucha.", "place"),
        ("BBC Verify has confirmed the footage was filmed near the Rafah crossing.", "place"),
        ("CNN has verified that the video was filmed in March.", "date"),
        ("The claim that the video was filmed in Israel could not be verified.", "place"),
        ("Reuters could not independently verify the video.", "authenticity"),
    ],
)
def test_what_a_hedge_is_about(text: str, about: str) -> None:
    [hedge] = _claims(text, "hedge")
    assert hedge.about == about


@pytest.mark.parametrize(
    "text",
    [
        # a doubt the article says nothing bears out is no hedge (it was "unverified")
        "There is nothing to suggest the video has been manipulated.",
        "There is no evidence that the video has been manipulated.",
    ],
)
def test_a_doubt_nothing_bears_out_is_no_hedge(text: str) -> None:
    assert _claims(text, "hedge") == []


# the second review of this round's fixes: regressions they brought, and forms they missed


@pytest.mark.parametrize(
    ("text", "kind", "span", "stance"),
    [
        # "but it is false that ..." calls something else false: the genuine origin stays asserted
        ("The footage was filmed in Idlib in 2020, but it is false that it shows Gaza.", "location", "Idlib",
         "asserted"),
        ("The video was posted by the army on Monday, but it was not the case that soldiers fired first.", "source",
         "the army", "asserted"),
        # a later "not ... until" in another clause leaves the denial before it
        ("The clip was not filmed in Kharkiv, and it was not shared online until 2023.", "location", "Kharkiv",
         "refuted"),
        ("The video was not posted by the army and was online until Friday.", "source", "the army", "refuted"),
        ("The video was not filmed in Bucha, said the ministry, which did not comment until Tuesday.", "location",
         "Bucha", "refuted"),
        # a length that is itself what is called false stays refuted
        ("It is false that the clip lasts two minutes.", "duration", "two minutes", "refuted"),
        ("Posts falsely claim the clip lasts 10 minutes.", "duration", "10 minutes", "refuted"),
        ("The claim that the video is 10 minutes long is false.", "duration", "10 minutes long", "refuted"),
        # someone else's words set off after the claim
        ("The video shows recent events in Gaza, the posts say, but it was filmed in Syria in 2013.", "date", "recent",
         "refuted"),
        ("The footage shows recent fighting, according to Ukrainian officials.", "date", "recent", "reported"),
    ],
)  # fmt: skip
def test_second_review_stances(text: str, kind: str, span: str, stance: str) -> None:
    [claim] = [c for c in _claims(text, kind) if c.text == span]
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a straight closing quote is no opening one; a sign, a report or a programme is no caption; a post's year
        # given makes its "today" no recency
        ('The video was captioned "Rafah" and the army said today it was fake.', "date"),
        ('The banner in the video reads "Strike today".', "date"),
        ('The clip was titled "Today show interview".', "date"),
        ('The caption of the video, shared in 2019, reads "Beirut today".', "date"),
        # a hedge about the video's authenticity whatever a clause after it says of the filming (was "place")
        ("AFP could not confirm the authenticity of the video, which was filmed in Gaza in March.", "place-hedge"),
        # nothing bears out a verification either
        ("There is no evidence to show that the video is authentic.", "hedge"),
        ("There is nothing to indicate the footage is genuine.", "hedge"),
        # a still or a question
        ("Asked if the army released the video, a spokesman declined to comment.", "source"),
    ],
)
def test_second_review_no_such_claim(text: str, kind: str) -> None:
    if kind == "place-hedge":
        assert [h.about for h in _claims(text, "hedge")] == ["authenticity"]
    elif kind == "date":  # (no recency; "shared in 2019" is still the release)
        assert [c.text for c in _claims(text, "date") if c.value is None] == []
    else:
        assert _claims(text, kind) == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a number that ends a broadcaster's name ("Channel" alone was the source)
        ("The video was published by Channel 13 on Sunday.", "source", "Channel 13"),
        ("The video was broadcast by France 24.", "source", "France 24"),
        # the video named beside the pictures keeps its publisher
        ("The video and photos were released by the army on Monday.", "source", "the army"),
        # a second verb of the video after a verb of showing keeps its length
        ("The clip shows soldiers firing and is 50 seconds long.", "duration", 50.0),
        ("The video calls for the release of hostages and lasts 40 seconds.", "duration", 40.0),
        # the speaker in the video, speaking to reporters or about the clip
        ("In the video, the minister tells reporters in French that the army withdrew.", "spoken_language", "fr"),
        ("The man in the video says in Arabic that the clip was filmed in Gaza.", "spoken_language", "ar"),
        ("The video, filmed at a news conference, shows the spokesman speaking in Hebrew.", "spoken_language", "he"),
    ],
)
def test_second_review_claims_kept(text: str, kind: str, value: object) -> None:
    assert [c.value for c in _claims(text, kind)] == [value]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # of the regions of a name, the one the town lies in; none when the town's country has it elsewhere only
        ("The video was filmed in Amritsar, Punjab.", "Amritsar", "IN"),  # was Pakistan's Punjab
        ("The video was filmed in Lahore, Punjab.", "Lahore", "PK"),
        ("The video was filmed in Hasselt, Limburg.", "Hasselt", "BE"),  # was Hasselt, Overijssel
        ("The video was filmed in Maastricht, Limburg.", "Maastricht", "NL"),
        # "for" a town is no side: "the battle for Bakhmut" is there
        ("The video shows the battle for Bakhmut in Ukraine.", "Bakhmut", "UA"),
        # a country the article names places the town of several countries' name: Rafah is Palestine's
        ("The Palestinian video was filmed in Rafah.", "Rafaḩ", "PS"),
    ],
)
def test_second_review_places(text: str, name: str, country: str) -> None:
    [place] = [c.value for c in _claims(text, "location")]
    assert (place.name, place.country_code) == (name, country)


# the third review: what the second round of mending broke, and forms it missed


@pytest.mark.parametrize(
    ("text", "kind", "span", "stance"),
    [
        # the article calls the restatement false whatever follows, unless "false that ..." calls something else so
        ("Outlets said it was posted by the army, but that is false (the army denied it).", "source", "the army",
         "refuted"),
        ("Several accounts said the video was uploaded by Hamas, but this is not true, AFP found.", "source", "Hamas",
         "refuted"),
    ],
)  # fmt: skip
def test_third_review_stances(text: str, kind: str, span: str, stance: str) -> None:
    [claim] = [c for c in _claims(text, kind) if c.text == span]
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        # a fire or a flood that spreads is no release: its day is what the video shows
        ("The video shows the fire, which spread rapidly on Tuesday night.", "date", [("Tuesday night", "recorded")]),
        ("The video was filmed as floodwater spread across the town on Friday.", "date", [("Friday", "recorded")]),
        # the possessor of a release, whole, and none after a negated verb
        ("Critics condemned the network's airing of the clip.", "source", ["the network"]),
        ("Amnesty International's publication of the video was praised.", "source", ["Amnesty International"]),
        ("The Pentagon has not commented on the Houthis' release of a video.", "source", []),
        ("Asked whether the footage was posted by police, the mayor declined to comment.", "source", []),
        # one seen in the video who speaks to the press later or elsewhere is not heard in it
        ("The man seen in the video later told the BBC in Russian that he was afraid.", "spoken_language", []),
        ("The mayor, who appears in the video, told CNN in Spanish that it was real.", "spoken_language", []),
        # a bare "attack" after a person noun is the noun; one filming or credited is not shown
        ("The video shows a terrorist attack at a concert hall near Moscow.", "people_count", []),
        ("The video shows a man being filmed by a journalist as he walks.", "people_count", [1.0]),
        ("At the end of the video, text credits a local journalist for the footage.", "people_count", []),
    ],
)
def test_third_review_claims(text: str, kind: str, values: list) -> None:
    found = _claims(text, kind)
    if kind == "date":
        assert [(c.text, c.role) for c in found if c.role != "published"] == values
    else:
        assert [c.value for c in found] == values


@pytest.mark.parametrize(
    ("text", "about"),
    [
        # the filming checked, with its place or day inside the words checked
        ("Reuters confirmed the video was filmed in March.", "date"),
        ("Reuters could not verify that the video was filmed in Rafah.", "place"),
        ("AFP could not confirm the authenticity of the video, which was filmed in Gaza in March.", "authenticity"),
    ],
)
def test_third_review_hedges(text: str, about: str) -> None:
    [hedge] = _claims(text, "hedge")
    assert hedge.about == about


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a state the sentence calls one; a journey's destination is no scene
        ("The Nigerian video shows bandits in Niger, a state in north-central Nigeria.", ("Niger", "NG")),
        ("The video shows a convoy bound for Rafah in Egypt.", ("Egypt", "EG")),
    ],
)
def test_third_review_places(text: str, place: tuple[str, str]) -> None:
    values = [c.value for c in _claims(text, "location")]
    assert (values[-1].name, values[-1].country_code) == place


# the fourth review: what the third mending broke


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the possessor read back from the possessive: the name, not the subject and verb before it
        ("The European Union denounced Hamas's release of a new video of hostages.", ["Hamas"]),
        ("The Kremlin welcomed Al Jazeera's broadcast of the clip.", ["Al Jazeera"]),
        ("On Monday Hamas's release of a new video drew condemnation.", ["Hamas"]),
        ("After Hamas's release of the video, talks stalled.", ["Hamas"]),
        ("The reporters cited the Daily Mail's publication of the footage.", ["the Daily Mail"]),
    ],
)
def test_fourth_review_possessors(text: str, value: list[str]) -> None:
    found = _claims(text, "source")
    assert [c.value for c in found] == value
    assert [c.text for c in found] == value  # (the span is the name)


@pytest.mark.parametrize(
    ("text", "kind", "span", "expected"),
    [
        # a copy going the rounds of groups, or spreading across channels, is released
        ("The video did the rounds of WhatsApp groups in 2020.", "date", "2020", "released"),
        ("The video spread rapidly across Telegram channels on June 2.", "date", "June 2", "released"),
        # a length claimed in other words than "the clip lasts" is refuted too
        ("Posts claimed, falsely, that the clip lasted 10 minutes.", "duration", "10 minutes", "refuted"),
        ("Posts falsely say the video lasts an hour.", "duration", "an hour", "refuted"),
        # the posting seen before the restatement stands when the article calls the restatement false
        ("A video posted on TikTok on Monday claims to show Kyiv, but that is false (it shows Minsk).", "source",
         "TikTok", "asserted"),
        # a clause about one in the video, however it opens
        ("The officer in the footage tells reporters in German that the road is closed.", "spoken_language",
         "tells reporters in German", "de"),
        ("In the footage a commander tells reporters in Russian that the town fell.", "spoken_language",
         "tells reporters in Russian", "ru"),
        # a verb after the people: fighters killing 11 prisoners
        ("A video claims to show Syrian rebel fighters killing 11 prisoners.", "people_count", "Syrian rebel fighters",
         None),
    ],
)  # fmt: skip
def test_fourth_review(text: str, kind: str, span: str, expected: str | None) -> None:
    [claim] = [c for c in _claims(text, kind) if c.text == span]
    got = {
        "location": lambda: claim.value.country_code,
        "date": lambda: claim.role,
        "spoken_language": lambda: claim.value,
        "people_count": lambda: None,  # (found is what is tested)
    }.get(kind, lambda: claim.stance)()
    assert got == expected


# the fifth review: the fourth mending's rules narrowed or taken back


@pytest.mark.parametrize(
    "text",
    [
        # a small town of the article's country beside a city twenty times its size elsewhere: unsure, not Paris, Texas
        # (a rule that took the big city sent "The Scottish clip was filmed in Perth" to Australia)
        "An American tourist filmed the video in Paris on Saturday.",
        "The Scottish clip was filmed in Perth on Saturday.",
        "A Canadian journalist filmed the protest in London on Friday.",
    ],
)
def test_fifth_review_a_small_namesake_leaves_the_place_unsure(text: str) -> None:
    [claim] = _claims(text, "location")
    assert claim.value is None and "several countries" in (claim.reason or "")


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # names with "of" inside, and sentence openers before the possessor
        ("Kyiv welcomed the Ministry of Defence's release of the video.", "source", ["the Ministry of Defence"]),
        ("Unlike Hamas's release of a video last year, the new clip carries no date.", "source", ["Hamas"]),
        # a verb's object after "shooting"/"killing" keeps the people; the noun forms stay nouns
        ("The video shows fighters killing another prisoner.", "people_count", ["fighters"]),
        ("The video shows the aftermath of a militant attack the day before.", "people_count", []),
        # doing the rounds of a ward is no release; the footage doing the rounds is
        ("The video shows doctors doing the rounds of the ward on Tuesday.", "date", [("Tuesday", "recorded")]),
        ("The footage made the rounds of news sites in 2019.", "date", [("2019", "released")]),
        ("The video shows the fire, which spread through a network of tunnels on Tuesday.", "date",
         [("Tuesday", "recorded")]),
        # one seen in the video who told the press later is not heard in it; one in it who tells reporters is
        ("The man seen in the video told the BBC in Russian that he had been beaten.", "spoken_language", []),
        ("In the video's aftermath, the mayor told reporters in Spanish that it was real.", "spoken_language", []),
        ("The officer in the footage tells reporters in German that the road is closed.", "spoken_language", ["de"]),
    ],
)  # fmt: skip
def test_fifth_review(text: str, kind: str, expected: list) -> None:
    found = _claims(text, kind)
    if kind == "date":
        assert [(c.text, c.role) for c in found if c.role != "published"] == expected
    elif kind == "people_count":
        assert [c.text for c in found] == expected
    else:
        assert [c.value for c in found] == expected


@pytest.mark.parametrize(
    ("text", "kind", "span", "stance"),
    [
        # what the article calls false after a restatement that is not about the posting it saw
        ("Many users believe the video was filmed in Gaza, but that is not true.", "location", "Gaza", "refuted"),
        ("Viral posts tout the clip as footage from Israel, but this is false.", "location", "Israel", "refuted"),
        # the posting seen stands, wherever the claim is told
        ("A video that purports to show Kyiv was posted on TikTok on Monday, but that is false.", "source", "TikTok",
         "asserted"),
    ],
)  # fmt: skip
def test_fifth_review_stances(text: str, kind: str, span: str, stance: str) -> None:
    [claim] = [c for c in _claims(text, kind) if c.text == span]
    assert claim.stance == stance


# the last review, against the round's start: where this round's code was wrong and the start's right


@pytest.mark.parametrize(
    ("text", "kind", "span", "stance"),
    [
        # what the sentence says before it restates a claim stands when the article calls the claim false
        ("The video, filmed in Syria in 2013, resurfaced this week with claims it shows Gaza, but that is false.",
         "location", "Syria", "asserted"),
        ("The 40-second clip shows soldiers in Gaza and is said to be new, but that is false.", "location", "Gaza",
         "asserted"),
        # a posting others describe stays theirs
        ("The video was allegedly first uploaded to TikTok by a Russian soldier.", "source", "TikTok", "reported"),
        ("The clip supposedly appeared on Telegram before the attack.", "source", "Telegram", "reported"),
    ],
)  # fmt: skip
def test_last_review_stances(text: str, kind: str, span: str, stance: str) -> None:
    [claim] = [c for c in _claims(text, kind) if c.text == span]
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a release asked for, prevented or that is of something else is none that happened
        ("Families called for the army's release of the footage.", "source", []),
        ("A court blocked Channel 4's broadcast of the video.", "source", []),
        ("The Guardian's publication of a video investigation into the strike drew praise.", "source", []),
        # "raids across the city" are raids, not police shown
        ("The video shows the aftermath of police raids across the city.", "people_count", []),
        # the video's length with a participle phrase, a relative clause or "one of" before its verb
        ("The video showing the crash lasts 20 seconds.", "duration", [20.0]),
        ("The video that shows the attack runs to two minutes.", "duration", [120.0]),
        ("The video is one of three 20-second clips released by the army.", "duration", [20.0]),
        ("The footage, of roughly 40 seconds, shows the collapse.", "duration", [40.0]),
        ("The posts show a video of the raid, but the footage is 40 seconds long.", "duration", [40.0]),
        # speech in the video, whoever tells the press about it afterwards
        ("The men in the video speak Pashto, a local journalist told the BBC.", "spoken_language", ["ps"]),
        ("At a press conference, officials played a video in which a man speaks Arabic.", "spoken_language", ["ar"]),
        # Gaza's Rafah is twice the size of Egypt's
        ("The video was filmed in Rafah.", "location", ["PS"]),
    ],
)
def test_last_review_claims(text: str, kind: str, expected: list) -> None:
    found = _claims(text, kind)
    if kind == "location":
        assert [c.value.country_code for c in found] == expected
    else:
        assert [c.value for c in found] == expected
