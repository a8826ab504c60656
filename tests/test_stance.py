"""Stance, sentence by sentence: the forms fact-checkers use to refute a claim, and the traps beside them.

Every passage is invented. Each row: the passage, the claim kind, the claimed words and the stance
the article gives them. The traps are claims the article supports (asserted), hedges that are not
refutations ("could not be verified") and what a fact-checker found (asserted, even in a debunk).
"""

from __future__ import annotations

from datetime import date

import pytest

from provenance.article.claims import extract_claims

DEBUNKED = "Posts falsely claim the clip shows Kherson."
CLAIM_FACT = "Claim: the video shows flooding in Lagos. Fact: it was filmed in Accra in 2019."
CASES = [
    # what a sharer said it showed, after a comma, is the sharer's word; an opening caption frames nothing after it
    (
        "A user posted the clip on Sunday, this time with a watermark, saying it showed a flood in Porto.",
        "location",
        "Porto",
        "reported",
    ),
    (
        'Captioned "Storm in Lisbon", the video shows two men on a pier as the waves rise.',
        "people_count",
        "two men",
        "asserted",
    ),
    # a search's find is the checker's, however the copy it started from was shared
    (
        "Running frames of the falsely shared video through a search turned up the same footage, which had been "
        "uploaded to YouTube on 4 March 2020.",
        "date",
        "4 March 2020",
        "asserted",
    ),
    # a framing word is a whole word: "posted" is not "post", a poster's account is what was seen
    (
        "Posts falsely claim the clip shows Kherson. It was posted on YouTube on 3 March 2021.",
        "date",
        "3 March 2021",
        "asserted",
    ),
    (
        "Posts falsely claim the clip shows Kherson. It was posted on YouTube by the account Storm Watch.",
        "source",
        "Storm Watch",
        "asserted",
    ),
    (
        "Posts falsely claim it shows Kherson. One post of the video by the page Daily Storm drew 10,000 views.",
        "source",
        "Daily Storm",
        "asserted",
    ),
    # a post frames a claim when it says something; only named, it frames nothing
    (
        DEBUNKED + " However, the video accompanying the posts is three years old.",
        "date",
        "three years old",
        "asserted",
    ),
    ("A viral post shows flooding in Lagos, but the clip is old.", "location", "Lagos", "refuted"),
    # a negation reaches a list of places, not the found date after "and can be traced back to"
    (DEBUNKED + " But the clip is not new and can be traced back to 2018.", "date", "2018", "asserted"),
    ("The video was not filmed in Kherson or Mykolaiv.", "location", "Mykolaiv", "refuted"),
    # the original found by the fact-checker: its caption is reported, not refuted
    (
        DEBUNKED + ' The actual video was shared in 2019 with the caption "Storm in Accra".',
        "location",
        "Accra",
        "reported",
    ),
    # the subject of a denied broadcast or upload; a trap: a denial about something else after a comma
    ("The clip is a staged scene from 2019, and Sky News did not broadcast it.", "source", "Sky News", "refuted"),
    ("Al Jazeera never aired the video.", "source", "Al Jazeera", "refuted"),
    ("The video was posted by the account Storm Watch, which did not respond.", "source", "Storm Watch", "asserted"),
    # "the clip is old": a debunk, so the caption restated before it is refuted; a hedge is not a debunk
    ('Text on the video says "Flooding in Lagos". But the clip is old.', "location", "Lagos", "refuted"),
    ('Text on the video says "Flooding in Lagos". Reuters could not verify it.', "location", "Lagos", "reported"),
    # an opening "Falsely linked to ..." denies the link, not the main clause's description
    ("Falsely linked to the floods, the video shows a rescue in Lagos.", "location", "Lagos", "asserted"),
    # a caption set off by commas is restated to be refuted; the sentence's own description is not
    (DEBUNKED + ' The video, captioned "Storm in Odesa", shows people on a beach.', "location", "Odesa", "refuted"),
    (
        DEBUNKED + ' The video, captioned "Storm in Odesa", shows people on a beach.',
        "people_count",
        "people",
        "asserted",
    ),
    # when a post went up is what the fact-checker saw, in a debunk too
    (
        '"This is Kherson," says a tweet published with the video on 3 March 2023. That is false.',
        "date",
        "3 March 2023",
        "asserted",
    ),
    # the original a search led to: its caption is reported
    (
        DEBUNKED + ' A reverse image search led us to a video shared with the caption "Storm in Odesa".',
        "location",
        "Odesa",
        "reported",
    ),
    # a quotation from an outlet reports; a quoted post restates the claim
    (DEBUNKED + ' The BBC reported, "The video shows a storm in Odesa."', "location", "Odesa", "reported"),
    (DEBUNKED + ' One post said, "The video shows a storm in Odesa."', "location", "Odesa", "refuted"),
    # a copy "shared 300 times": what its caption or post says is restated to be refuted, what someone in
    # the video says is not (news stories count views too)
    ('"Storm in Lagos," says the caption of the video, shared 300 times since Monday.', "location", "Lagos", "refuted"),
    ("A video shared 300 times claimed that a bridge had collapsed in Lagos.", "location", "Lagos", "refuted"),
    ('The video, viewed thousands of times, shows a man who says "I am in Idlib".', "location", "Idlib", "reported"),
    ("The video, viewed 2 million times, is said to show fighters in Idlib.", "location", "Idlib", "reported"),
    # an opening "According to X," reports the whole clause after it; a negation in it still refutes
    ("According to the Times, the video was filmed near Bucha.", "location", "Bucha", "reported"),
    ("According to the Times, the video was not filmed near Bucha.", "location", "Bucha", "refuted"),
    ("The video was filmed near Bucha, where the Times found the road.", "location", "Bucha", "asserted"),
    # "officials say", "X reported that the video ...": reported; a clip "first reported by" media is described
    ("The video has not been made public, but officials say it comes from Jalisco.", "location", "Jalisco", "reported"),
    ("A news agency reported that the video showed a flood in Recife.", "location", "Recife", "reported"),
    ("The clip, first reported by local media, shows a flood in Recife.", "location", "Recife", "asserted"),
    # "posts say" attributes, it does not debunk: a hedge after it leaves the claim reported
    ("Posts say the video shows a protest in Lagos. It could not be verified.", "location", "Lagos", "reported"),
    ("Posts say the video shows a protest in Lagos. Verdict: False.", "location", "Lagos", "refuted"),
    ("It was mislabeled as footage from Lagos.", "location", "Lagos", "refuted"),
    ("A video is being shared with the false claim that it shows flooding in Lagos.", "location", "Lagos", "refuted"),
    # a post named at the end of the sentence frames it: refuted in a debunk, reported in a news story
    ("The clip shows flooding in Lagos, posts say. That is false.", "location", "Lagos", "refuted"),
    ("The clip shows flooding in Lagos, posts say. Reuters could not verify it.", "location", "Lagos", "reported"),
    # a true claim in a fact-check: what the checker found is asserted
    (DEBUNKED + " The clip was filmed in Odesa in 2019.", "location", "Odesa", "asserted"),
    # a court's verdict is not a fact-check's "Verdict:" heading
    ("After the verdict, a video said to show the officer in Lagos circulated.", "location", "Lagos", "reported"),
    # "Claim: ... Fact: ..." headings: the claim after the heading is refuted, the fact is asserted
    (CLAIM_FACT, "location", "Lagos", "refuted"),
    (CLAIM_FACT, "location", "Accra", "asserted"),
    (CLAIM_FACT, "date", "2019", "asserted"),
    ('The claim: a clip is "happening in Kano right now". Our rating: false.', "location", "Kano", "refuted"),
    # a trap: a news story quoting a caption, with no heading and nothing false said
    ('The video, shared with the caption "Flooding in Kano", shows cars under water.', "location", "Kano", "reported"),
    # what posts or users say, even of the filming, is theirs; a frame reaches what follows it, not past a comma
    (
        "The clip spread fast, with posts saying it was filmed on the Ring Road in Kano.",
        "location",
        "Ring Road in Kano",
        "reported",
    ),
    (
        "Some say the clip comes from Ghana, while other accounts have claimed it is from Togo.",
        "location",
        "Togo",
        "reported",
    ),
    (
        "The video shows five men who claim to be from Chad, two of whom speak in Arabic.",
        "spoken_language",
        "speak in Arabic",
        "asserted",
    ),
    ("A citizen filmed alleged cartel members seizing four tourists last Friday.", "date", "last Friday", "asserted"),
    # someone's words wherever they began in the sentence, but the article's own hedge stays its own
    ("But the navy said on Friday that it had in fact been filmed on March 2.", "date", "March 2", "reported"),
    ("The clip, according to the group, was filmed in Tyre.", "location", "Tyre", "reported"),
    (
        "Reuters said it was not able to verify the location of the footage.",
        "hedge",
        "was not able to verify the location of the footage",
        "asserted",
    ),
    # shared "as a" something: the story given to the clip
    ("The video is being shared as a tornado striking the city of Lyon.", "location", "Lyon", "reported"),
    (
        "A post says the clip shows a tornado in Lyon. The caption is wrong: it was filmed in 2015.",
        "location",
        "Lyon",
        "refuted",
    ),
    # what sharers say, unnamed ("according to online posts", "according to netizens"), or what a caption said, is
    # the claim a debunk restates; an attribution only frames what follows its comma
    (
        "According to online posts, a clip shows the storm that hit Valencia in May. That is false.",
        "location",
        "Valencia",
        "refuted",
    ),
    ("According to netizens, the clip shows the storm in Valencia in May.", "location", "Valencia", "reported"),
    (
        "A Facebook clip, whose caption said rebels, now holding the airport in Goma, had won, is false.",
        "location",
        "Goma",
        "refuted",
    ),
    # a publisher's word for its own clips ("clips it says show"), and a clip "unconnected to" the events
    ("The channel aired three clips it says show fighting in Goma.", "location", "Goma", "reported"),
    (
        "The channel aired three clips it says show fighting in Goma. The clips are old.",
        "location",
        "Goma",
        "refuted",
    ),
    ("Filmed in 2019, the clip appears unconnected to the fighting in Goma.", "location", "Goma", "refuted"),
    ("The clip went viral. But it is not from Tonga; it was filmed in Fiji.", "location", "Tonga", "refuted"),
    # a title in single quotes, an aside "it said," and a sentence given to an outlet at its end
    ("The clip went up in 2021. Its title is 'Magnitude 6 Davao earthquake'.", "location", "Davao", "reported"),
    ("The group put out footage which, it said, showed two men in a trench.", "people_count", "two men", "reported"),
    ("The group posted a new video on YouTube on Monday, The Daily Herald reports.", "date", "Monday", "reported"),
    # what a search found is evidence, not someone's word; a party's charge of forgery is the party's
    (
        "According to a reverse image search, the footage is from Aug. 2022.",
        "date",
        "Aug. 2022",
        "asserted",
    ),
    ("The clip shows a raid. The police said the clip had been forged.", "hedge", "clip had been forged", "reported"),
    # ... nor a fact-checking desk's finding, whatever its name says ("Anti Fake News")
    ("According to BOOM, the video dates from April 2021.", "date", "April 2021", "asserted"),
    (
        "According to the Anti Fake News War Room, the clip is old and dates from the 2011 Lyon floods.",
        "location",
        "Lyon",
        "asserted",
    ),
    ("According to the Herald, the video was filmed in Lyon.", "location", "Lyon", "reported"),
    # the article's own hedge stays its own whoever the sentence ends with
    (
        "The group posted the video on Monday, but its date could not be verified, the Herald said.",
        "hedge",
        "could not be verified",
        "asserted",
    ),
]


@pytest.mark.parametrize(("text", "kind", "span", "stance"), CASES)
def test_stance(text: str, kind: str, span: str, stance: str) -> None:
    claims = [c for c in extract_claims(text, date(2024, 5, 8)) if c.kind == kind and c.text == span]
    assert claims, f"no {kind} claim {span!r} in {text!r}"
    assert claims[0].stance == stance  # the first claim with these words


def test_none_of_it_happened_there_refutes_and_it_was_claimed_reports() -> None:
    from datetime import date

    from provenance.article.claims import extract_claims

    def places(text: str) -> list[tuple[str, str]]:
        return [(c.text or "", c.stance) for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"]

    assert places("The video shows a flood. None of this happened in Tunisia, fact-checkers said.") == [
        ("Tunisia", "refuted")
    ]
    assert places("The video shows a flood. It was claimed that the flood happened in Sfax.") == [("Sfax", "reported")]
    text = "Posts claim a clip shows floods in Doha. That is false. It was shown on TV as floods hit Chennai in 2015."
    assert ("Chennai", "asserted") in places(text)


@pytest.mark.parametrize(
    ("text", "span", "stance"),
    [
        # the sentence's own predicate gives the video another origin: the claim framed before it is refuted, the
        # origin after it is what the article found (no debunk word anywhere in the text)
        ("A clip purporting to show tanks in Kharkiv is from a 2014 exercise in Belarus.", "Kharkiv", "refuted"),
        ("A clip purporting to show tanks in Kharkiv is from a 2014 exercise in Belarus.", "Belarus", "asserted"),
        ("A video claiming to show a strike on Haifa was filmed at a festival in Algeria.", "Haifa", "refuted"),
        ("A video claiming to show a strike on Haifa was filmed at a festival in Algeria.", "Algeria", "asserted"),
        ("Users say the clip shows a rally in Porto, but it dates from 2018.", "Porto", "refuted"),
        ("The clip predates the war in Sudan; it was first posted in 2019.", "Sudan", "refuted"),
        ("The video is circulating with claims that it shows a fire in Lyon.", "Lyon", "reported"),
        ("The video, which shows a crowd in Madrid, is being shared as footage from Seville.", "Seville", "reported"),
        ("The video, which shows a crowd in Madrid, is being shared as footage from Seville.", "Madrid", "asserted"),
        (
            "Users shared the clip, saying it showed a quake in Agadir. The clip was in fact filmed in Izmir in 2020.",
            "Agadir",
            "refuted",
        ),
        # a description that goes with the original is no sharer's story to refute, but its words all the same
        # (FORMAT.md Convention 5: a caption or title the article does not judge is reported)
        (
            "The clip was posted by the account Wild Eye with a note that says it was shot in Windhoek.",
            "Windhoek",
            "reported",
        ),
        # a predicate that gives no origin leaves the claim reported
        ("A video said to show fighting in Bakhmut was posted on Monday.", "Bakhmut", "reported"),
        ("Footage said to depict the ambush was recorded by a farmer near Herat.", "Herat", "reported"),
    ],
)
def test_a_predicate_giving_the_video_another_origin_refutes_what_its_subject_claims(
    text: str, span: str, stance: str
) -> None:
    found = [c for c in extract_claims(text, date(2024, 5, 8)) if c.text == span]
    assert [c.stance for c in found] == [stance]


@pytest.mark.parametrize(
    "title",
    [
        "Video shows a flood in Peru, not Lima's suburbs",
        "No, this clip does not show a flood in Lima",
        "Old videos peddled as visuals of the Lima floods",
        "Clip of floods unlikely from Lima",
        "Outlet peddles old clips as visuals of the Lima floods",
        # a place it is not from, with no comma or after a direction; what it does not show; a new use of it
        "Video shows a flood in Peru not Lima",
        "Video shows a flood in Cusco, not in northern Lima",
        "Video does not show floods in Lima",
        "These videos don't show floods in Lima",
        "Video isn't evidence of floods in Lima",
    ],
)
def test_a_debunking_headline_refutes_what_a_post_says(title: str) -> None:
    text = "A clip shared on Facebook supposedly shows floods in Lima."
    lima = next(c for c in extract_claims(text, date(2024, 5, 8), title=title) if c.text == "Lima")
    assert lima.stance == "refuted"
    assert next(c for c in extract_claims(text, date(2024, 5, 8)) if c.text == "Lima").stance == "reported"


@pytest.mark.parametrize(
    "title",
    [
        "No charges for officers after arrest video",
        "Officers Not Charged After Video Of Arrest Surfaces",
        "Police chief releases bodycam video, calls it 'horrific'",
        "Bodycam footage does not show moment of shooting, police say",
        "Footage used as evidence in trial of Lima officers",
        "Video filmed before the crash shows passengers singing",
    ],
)
def test_a_news_headline_is_no_debunk(title: str) -> None:
    text = "A clip shared on Facebook supposedly shows floods in Lima."
    lima = next(c for c in extract_claims(text, date(2024, 5, 8), title=title) if c.text == "Lima")
    assert lima.stance == "reported"


def test_in_a_debunk_the_caption_of_the_earlier_copy_it_traced_is_reported() -> None:
    text = (
        "Posts falsely claim the clip shows Lima. A reverse image search found older copies, and their captions say "
        "it was filmed in Cusco."
    )
    cusco = next(c for c in extract_claims(text, date(2024, 5, 8)) if c.text == "Cusco")
    assert cusco.stance == "reported"


def test_the_day_given_rather_than_another_refutes_the_other() -> None:
    text = "What the clip shows is a rally in Lima in May 2021 rather than June 2023."
    dates = {c.text: c.stance for c in extract_claims(text) if c.kind == "date"}
    assert dates == {"May 2021": "asserted", "June 2023": "refuted"}


@pytest.mark.parametrize(
    "finding",
    [
        "In reality, the clip was filmed in Cusco in 2017.",
        "A fact-checker says the claim is not true.",
        "Reporters traced the same clip back to a 2016 upload.",
        "Footage from the 2014 film Into the Storm is circulating as the Lima storm.",
        "PesaCheck has rated the clip as ALTERED.",
        "Lead Stories says that is not true: the clip comes from Cusco.",
        "The clip wasn't filmed recently.",
    ],
)
def test_a_checker_s_finding_in_another_sentence_refutes_what_a_post_says(finding: str) -> None:
    text = f"A clip shared on Facebook supposedly shows floods in Lima. {finding}"
    lima = next(c for c in extract_claims(text, date(2024, 5, 8)) if c.text == "Lima")
    assert lima.stance == "refuted"


def test_a_speaker_s_denial_in_the_past_tense_is_no_debunk_by_the_article() -> None:
    text = (
        "The company released footage of fighters at spots said to be in Bakhmut. A Ukrainian spokesman said this "
        "was not true."
    )
    bakhmut = next(c for c in extract_claims(text, date(2024, 5, 8)) if c.text == "Bakhmut")
    assert bakhmut.stance == "reported"


@pytest.mark.parametrize(
    ("text", "span", "stance"),
    [
        # what an uploader or a copy's own words say is theirs, not the article's
        ("The police put the video on X on May 2, saying it showed officers in Leeds.", "Leeds", "reported"),
        ("The broadcaster uploaded the clip to YouTube, titled as showing protesters in Paris.", "Paris", "reported"),
        (
            "The clip went up on YouTube in 2016, and its title said troops were shelling a mosque in Gaza.",
            "Gaza",
            "reported",
        ),
        (
            "The clip went up in 2011. The description adds that the filming took place in Kesennuma.",
            "Kesennuma",
            "reported",
        ),
        ("An account posted the clip on May 2, writing that it was a blast in Beirut.", "Beirut", "reported"),
        # ... but a narrator's words end at the comma before the article's own description
        ("As a narrator says the wall will go up, the video shows a crowd in Ceuta.", "Ceuta", "asserted"),
    ],
)
def test_an_uploader_s_or_a_copy_s_own_words_are_reported(text: str, span: str, stance: str) -> None:
    [claim] = [c for c in extract_claims(text, date(2024, 5, 8)) if c.text == span]
    assert claim.stance == stance


@pytest.mark.parametrize(
    "other",
    [
        # the review's traps: these words in their other senses make no debunk of a news story
        "She rose to fame in reality TV.",
        "In reality, the war has changed little on the ground.",
        '"That is not true," the minister said.',
        "The party says the allegation is not true.",
        "Investigators traced the video to a phone seized in Hama.",
        "Their uniforms resembled footage from the 2019 film Waves.",
        "Critics compared it with scenes from a film about the 1982 war.",
        # the second review's
        "In reality, it is hard to tell who fired first.",
        "In reality, the footage adds little to what was already known about the siege.",
        "Police traced the video to the original uploader, a teenager in Homs.",
        "BBC Verify traced the video to the official Telegram channel of the defence ministry.",
        "The ministry said the claims were not true.",
        "Scenes from the film were shot in Jordan in 2018.",
        # a verdict's words said by others, or of another thing
        "A police spokesman said that is not true.",
        # the review's traps: a claim contrary to which something else happened, what was not recorded recently, no
        # recent events at a square, a speaker's "the truth:", the footage of something the article names
        "Contrary to claims by the government, hospital staff treated dozens.",
        "Rainfall like this has not been recorded recently in the region.",
        "The decision to withdraw was not taken recently.",
        "Police said there were no recent events at the square.",
        "The army does not show recent losses.",
        'The minister said: "Here is the truth: our troops are holding the line."',
        "In reality, the footage is of a crash site, the governor said.",
        # the second review's: "it" that is not the video, ratings by others, "The truth:" and "Contrary to the claim"
        # of other things
        "The army said it does not show recent losses in public.",
        "The medication was in his bag, but it had not been taken recently.",
        "The company's forecast was rated as inaccurate by analysts.",
        "The truth: nobody knows who started the fire.",
        "The mayor claimed crime had fallen. Contrary to the claim, police figures show a rise.",
        "Contrary to claims online that the bridge was closed, traffic moved normally.",
        # the third review's: what the picture does not show is not the video's age
        "The drone footage does not show recent damage to the reactors, the IAEA said.",
        "The clip does not show a recent renovation, residents said, since the roof is unchanged.",
        "Police rated the threat as high.",
        "The ministry rated the report as partly accurate.",
    ],
)
def test_words_of_a_debunk_in_other_senses_leave_a_claim_reported(other: str) -> None:
    text = f"The group claimed the video was filmed in Idlib on March 3. {other}"
    assert [c.stance for c in extract_claims(text, date(2024, 5, 8)) if c.text == "Idlib"] == ["reported"]


@pytest.mark.parametrize(
    "title",
    [
        "Floods hit the south, not northern Nigeria, officials say",
        "Old stadium repurposed into a shelter as refugees arrive",
        "Vendors peddle their goods as police look on",
        "Factory recycled plastic bottles as school benches",
        "VIDEO: Floods hit the south, not northern Nigeria, officials say",
        "Church repurposed as vaccination centre",
        "Sanctions target Russia, not China, officials say",
        "Bodycam video does not show the shooting, police say",
        "Traffic in Lima not affected by the floods",
        # the review's traps: a headline that reports someone, a title-case "Not", a video used as evidence
        "Aid reaches Cusco, not northern Lima, UN says in update",
        "Video isn't evidence of crime, judge rules in Lima case",
        "Ceasefire In Lima Not Holding As Strikes Continue",
        "Biden in Tokyo not Beijing for summit",
        "Protesters from Lima not Giving Up",
        "Police footage being used as evidence video in Lima trial",
        "War clips circulating as TikTok videos draw millions of views",
        # the second review's: a headline that does not open on the video, or reports what someone hears
        "Bodycam video does not show moment of shooting",
        "Dashcam video does not show driver using phone, inquest hears",
        "Body camera videos are not evidence in Lima trial after ruling",
        "Bodycam clips being used as FBI training videos",
        "Watch video: Euro final to be played in Lima not Rome",
        "Video: Why the monsoon arrived early in the south, not northern Lima",
    ],
)
def test_a_news_headline_with_a_debunk_s_words_in_other_senses_is_no_debunk(title: str) -> None:
    text = "A clip shared on Facebook supposedly shows floods in Lima."
    assert [c.stance for c in extract_claims(text, date(2024, 5, 8), title=title) if c.text == "Lima"] == ["reported"]


@pytest.mark.parametrize(
    ("text", "span", "stance"),
    [
        # the review's traps: a copy's words end at a contrast or a new subject, and "added" or "writing ... off" is
        # no saying
        ("Its title reads 'Bakhmut today' though the footage was filmed in Avdiivka in 2022.", "Avdiivka", "asserted"),
        ("The narration notes the date and the video was filmed in Odesa on March 3, 2021.", "Odesa", "asserted"),
        ("A YouTube copy titled as showing protesters in Paris went up on Monday.", "Monday", "asserted"),
        ("The station later added the footage to its archive on March 3, 2021.", "March 3, 2021", "asserted"),
        (
            "Storyful, writing the video off as a hoax at first, later confirmed it was filmed in Kherson.",
            "Kherson",
            "asserted",
        ),
        ("The Russian defence ministry added that the video was filmed in Kherson on Tuesday.", "Kherson", "reported"),
    ],
)
def test_a_copy_s_words_end_where_the_article_s_own_begin(text: str, span: str, stance: str) -> None:
    assert [c.stance for c in extract_claims(text, date(2024, 5, 8)) if c.text == span] == [stance]


@pytest.mark.parametrize(
    ("text", "span", "stance"),
    [
        # what the article supposes, asks or could not confirm is not what it says (all were asserted)
        ("If the video was filmed in Tehran, it would contradict the official account.", "Tehran", "reported"),
        ("Had the video been filmed in Kabul, the signs would be in Dari.", "Kabul", "reported"),
        ("Whether the video was filmed in Gaza is unclear.", "Gaza", "reported"),
        ("There is no evidence the video was filmed in Sudan.", "Sudan", "reported"),
        ("We could not confirm that the video was filmed in Jenin.", "Jenin", "reported"),
        ("Is this video from Gaza? No, it was filmed in Syria.", "Gaza", "reported"),
        ("Far from being filmed in Kyiv, the video was recorded in Minsk.", "Kyiv", "refuted"),
        # what stays the article's own beside them
        ("Is this video from Gaza? No, it was filmed in Syria.", "Syria", "asserted"),
        ("Far from being filmed in Kyiv, the video was recorded in Minsk.", "Minsk", "asserted"),
        ("The video was filmed in Homs if the signs are right.", "Homs", "asserted"),
    ],
)
def test_supposed_asked_or_unconfirmed_places(text: str, span: str, stance: str) -> None:
    [claim] = [c for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location" and c.text == span]
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("text", "span", "stance"),
    [
        # the second review's traps for the last fix: a question after a denial, a quoted question, a headline's
        # "how", a subject other than the video, "far from being" not of the filming
        ("The video was not filmed in Kyiv, so why did it spread?", "Kyiv", "refuted"),
        ('The video, filmed in Gaza on Monday, carries the caption "Where is the world?"', "Gaza", "asserted"),
        ("How did a video filmed in Syria in 2013 end up labelled as Gaza?", "Syria", "asserted"),
        ("There was no sign the man was armed in the video filmed in Minneapolis.", "Minneapolis", "asserted"),
        (
            "Reuters could not confirm that the soldiers in the video filmed in Bakhmut were Russian.",
            "Bakhmut",
            "asserted",
        ),
        ("The video is far from being the first filmed in Kyiv.", "Kyiv", "asserted"),
        # and forms it missed
        ("AP was unable to confirm that the video was filmed in Jenin.", "Jenin", "reported"),
        ("It was not possible to confirm the video was filmed in Khan Younis.", "Khan Younis", "reported"),
        ("There is no evidence to suggest the video was filmed in Sudan.", "Sudan", "reported"),
    ],
)
def test_questions_and_doubts_reach_only_what_they_ask_or_doubt(text: str, span: str, stance: str) -> None:
    [claim] = [c for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location" and c.text == span]
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        # a caption's place the article says this video was filmed in is reported, not refuted (only the day is false)
        (
            'A clip on Facebook shows a flooded street, with the caption "Lagos is underwater". The footage was filmed '
            "in Lagos, but in July 2021. PesaCheck rated it as missing context.",
            ["reported", "asserted"],
        ),
        # ... but not where the same place is only another event's or another video's
        (
            'A video captioned "Protests in Paris tonight" is being shared online. The clip actually shows a '
            "demonstration in Santiago, Chile, in 2019. Protests took place in Paris last week over pensions.",
            ["refuted", "asserted", "asserted"],
        ),
        (
            'A video shared with the caption "Russian missile hits Kyiv this morning" is old. The footage shows a 2015 '
            "explosion in Tianjin, China. A separate video filmed in Kyiv on Monday showed a missile strike.",
            ["refuted", "asserted", "asserted"],
        ),
    ],
)
def test_a_caption_s_place_the_article_says_the_video_was_filmed_in_is_reported(text: str, stances: list[str]) -> None:
    assert [c.stance for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"] == stances
