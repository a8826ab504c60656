"""Place claims: the forms copy uses for where a video was filmed, and the places in its sentences that are not."""

from __future__ import annotations

from datetime import date

import pytest

from provenance.article.claims import extract_claims


def _places(text: str) -> list[str]:
    return [c.text for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location" and c.start is not None]


@pytest.mark.parametrize(
    "text",
    [
        "The footage shows a burned-out car about five miles north of Mariupol.",  # a point to measure from
        "The clip shows a checkpoint two blocks from the Canadian border, far from Detroit.",
        "In the video the fighters chant “Death to France” before the clip ends.",  # a slogan
        "The video shows one of the twelve hostages in Mali speaking to the camera.",  # where captives are held
        "The clip shows a captive held in Yemen reading a statement.",
        "The video was released as revenge for the bombing raids in Libya.",  # a cause
        "The video has circulated since the 2015 earthquake in Nepal killed thousands.",  # an event that dates it
        "The video shows three men who say they are from Belgium.",  # a person's origin
        "The footage shows damage on a Northern Ireland ferry.",  # a name describing a thing, not a site
        "The footage shows tanks near the Gaza border.",
        "The video shows an air strike on JeM camps.",  # an acronym, not El Jem, Tunisia
        "The video shows the ship in the Red Sea.",  # a sea, not Sudan's Red Sea state
        "The video shows the protest in the Capital.",  # not Venezuela's Capital district
        "The video shows fighting in the region, Russia's defence ministry said.",
        "The video shows officers from the Greater Manchester Police's firearms unit.",  # a name describing a unit
        "The footage was shown at a press conference in Geneva on Monday.",  # where it was shown, not filmed
        "The video was shown at a press conference held in Geneva.",
        "The video shows one of the hostages held in Yemen.",  # where captives are held
        "In Washington, the footage was seen by lawmakers on Tuesday.",  # where it was watched
        "Dash cam video put out by the Grand Prairie Police Department in Texas shows a car.",  # its publisher
    ],
)
def test_a_place_of_another_event_is_not_the_videos(text: str) -> None:
    assert _places(text) == []


def test_the_nearest_cue_wins_over_an_earlier_verb_of_another_event() -> None:
    text = "A local newspaper reported that the video showed a flooded street in Porto Alegre."
    assert _places(text) == ["Porto Alegre"]
    # a home that is a house, not a person's home town
    assert _places("The clip shows a missile strike on a home in the northern Gaza town of Jabalia.") == ["Jabalia"]


def _place(text: str):
    [claim] = [c for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location" and c.start is not None]
    return claim.value


def test_a_short_alternate_name_is_no_match() -> None:
    found = extract_claims("The video was filmed in El Adde.", date(2024, 5, 8))
    assert [c.value for c in found if c.kind == "location"] in ([], [None])  # "ade" is a name of Aden, Yemen


def test_a_site_the_gazetteer_lacks_is_placed_in_what_holds_it() -> None:
    leeds = _place("The video shows protesters outside Greenfield Arcade in Leeds.")
    assert (leeds.name, leeds.kind, leeds.country_code) == ("Leeds", "city", "GB")
    # outside a city: its region, since the airport may lie beyond the city's radius
    kyiv = _place("The clip shows a fire at Hostomel Airport outside Kyiv.")
    assert kyiv.kind == "region" and kyiv.country_code == "UA"
    # a district of a city, named by the city's possessive
    assert _places("The footage shows an explosion in Kyiv's Obolon district.") == ["Obolon district"]
    assert _place("The footage shows an explosion in Kyiv's Obolon district.").name == "Kyiv"


def test_a_site_held_only_by_a_country_is_an_area_of_it() -> None:
    village = _place("The footage was shot in Qaryat Sufra village in Oman.")
    assert (village.name, village.kind, village.country_code) == ("Qaryat Sufra", "area", "OM")
    park = _place("The clip shows elephants at Etosha National Park in Namibia.")
    assert (park.name, park.kind, park.country_code) == ("Etosha National Park", "area", "NA")
    base = _place("The video shows the aftermath at Bulo Marer, a military base in Somalia.")
    assert (base.kind, base.country_code) == ("area", "SO")
    # the country after an unknown region: "in the X region of <country>"
    text = "The video shows a rally in Kaseta Town Council in the Ankole region of Uganda."
    assert _places(text) == ["Kaseta Town Council in the Ankole region of Uganda"]
    assert _place(text).country_code == "UG"
    # a word after a comma that is no country is no container: the site stays unresolved
    assert _place("The video shows a rally at Kaseta Grounds in Ankole, Mbabazi said.") is None


def test_a_direction_before_a_country_is_a_part_of_it() -> None:
    text = "The drone footage shows a patrol boat off western Greece."
    assert _places(text) == ["western Greece"]
    part = _place(text)
    assert (part.kind, part.country_code) == ("area", "GR")
    assert _place("The video was filmed in Greece.").kind == "country"


def test_off_the_coast_of_a_country_is_an_area_by_it() -> None:
    place = _place("The video shows the tanker burning off the coast of Oman.")
    assert (place.name, place.kind, place.country_code) == ("off Oman", "area", "OM")


def test_a_site_nothing_places_stays_unresolved_whatever_country_the_sentence_names() -> None:
    # a country the sentence names for another reason (who shared it) must not hold the site: with GPS in Syria
    # that would be a false location.mismatch
    text = "The video was filmed in Tel Warda district, and Iran's foreign ministry shared it."
    [site] = [c for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"]
    assert (site.text, site.value) == ("Tel Warda district", None)
    # an area's value says it is not the gazetteer's
    [area] = [c for c in extract_claims("The clip shows smoke over southern Lebanon.") if c.kind == "location"]
    assert area.value is not None and area.value.kind == "area"
    assert area.resolution is not None and area.resolution.startswith("not in the gazetteer")


def test_the_place_named_before_the_event_the_video_shows() -> None:
    assert _places("Of all the footage of the Pokhara bus crash, one clip stands out.") == ["Pokhara"]
    assert _places("Its title is '3.4.2022 Magnitude 6.1 Izmir earthquake'.") == []  # not about a video
    assert _places("A clip shows the dog. Its title is '3.4.2022 Magnitude 6.1 Izmir earthquake'.") == ["Izmir"]
    # no cue of the video before it, or a name the gazetteer holds only as something else
    assert _places("The video was posted a week after the Izmir earthquake.") == []
    assert _places("The footage shows rescuers after the Christmas flood.") == []


def test_an_apposition_places_the_place_before_it_and_is_no_claim_of_its_own() -> None:
    text = "The video shows a flooded street in Jos, the capital of Plateau, a state in central Nigeria."
    assert _places(text) == ["Jos"]
    assert _place(text).country_code == "NG"


def test_an_abbreviated_saint_or_mount() -> None:
    place = _place("The clip claimed to show Hurricane Irma hitting St Maarten.")
    assert place.country_code == "SX"


def test_a_hamlet_of_the_first_country_does_not_beat_a_town_of_another_the_article_names() -> None:
    text = "Moroccan police in Morocco watched the video, filmed in Melilla, on Monday. Spain said nothing."
    assert _place(text).country_code == "ES"  # GeoNames also lists a Mellila in Morocco, population unknown


@pytest.mark.parametrize(
    "text",
    [
        'The video was posted on March 13, 2022, captioned "Le sniper de la cité".',  # not Leh, India
        "The clip shows a crowd outside the Mall in the evening.",  # not Mal, Belgium
    ],
)
def test_a_short_word_is_a_place_only_by_its_own_name(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(
    ("text", "country"), [("The video was filmed in Hue on Monday.", "VN"), ("It was shot in Nis.", "RS")]
)
def test_a_short_name_is_its_place_s_own_whatever_its_accents(text: str, country: str) -> None:
    assert _place(f"The video shows a street. {text}").country_code == country


@pytest.mark.parametrize(
    "text",
    [
        "Moore, 42, was agitated. In the video, one officer sprayed pepper spray at Moore.",  # not Moore, Oklahoma
        "The clip shows Mr Hale at the gate. Later in it, the guards push Hale back.",
        "The video shows McDonald, a black 17-year-old, running. Officers fire at McDonald.",
    ],
)
def test_a_surname_the_article_gives_a_person_is_no_town(text: str) -> None:
    assert _places(text) == []


def test_a_town_named_with_its_state_stays_a_town_beside_a_person_of_that_name() -> None:
    text = "The video shows Officer Jackson at a crossing in Jackson, Mississippi."
    assert _places(text) == ["Jackson"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a city of some size named like a country stays the city in a story about its country (the review's traps)
        ("Brazilian police said the video was filmed in Salvador on Monday.", ("BR", "city")),
        (
            "Colombian media shared the video, filmed in Armenia on Monday. Colombia's growers were angry.",
            ("CO", "city"),
        ),
        # ... and a small one the sentence calls a town
        ("Portuguese police said the video was filmed in Cuba, a town in the Alentejo, on Tuesday.", ("PT", "city")),
    ],
)
def test_a_town_named_like_a_country_stays_a_town_where_the_story_makes_it_one(text: str, where: tuple) -> None:
    place = _place(text)
    assert (place.country_code, place.kind) == where


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the second review's: a town under 100,000 named like a country does not stand for it, nor does a town found
        # by a country's name with its article dropped
        ("An American journalist filmed the video in Lebanon in 2006, the Pentagon said.", "LB"),
        ("The American tourists said the video was filmed in Holland in April.", "NL"),
        ("A Filipino nurse said the video was filmed in Mexico, where she works.", "MX"),
        ("A Brazilian tourist filmed the clip in El Salvador last week.", "SV"),
    ],
)
def test_a_country_named_beside_a_demonym_of_another_is_the_country(text: str, country: str) -> None:
    place = _place(text)
    assert (place.country_code, place.kind) == (country, "country")


def test_a_country_s_name_is_the_country_whatever_country_the_article_is_about() -> None:
    text = "The footage was shot by an American man. Full Fact says the video was recorded in China in 2015."
    place = _place(text)
    assert (place.country_code, place.kind) == ("CN", "country")  # not China, Maine
    # ... while a region of the country the article is about keeps its name
    text = "The video shows an American officer in Atlanta. It was filmed in Georgia."
    places = [c.value for c in extract_claims(text, date(2020, 1, 1)) if c.kind == "location"]
    assert (places[-1].country_code, places[-1].kind) == ("US", "region")


def test_a_place_called_by_the_name_beats_a_bigger_one_it_is_only_an_alternate_name_of() -> None:
    from provenance.gazetteer import resolve_place

    def where(name: str) -> tuple[str, str]:
        place = resolve_place(name)
        assert place is not None, name
        return place.name, place.country_code

    # Chattogram (3.9 million) lists "Islamabad" among its alternate names; Dayton "Venice"; Guantanamo "Gao"
    assert where("Islamabad") == ("Islamabad", "PK")
    assert where("Venice") == ("Venice", "IT")
    assert where("Gao") == ("Gao", "ML")
    # an exonym of a city ten times the size still wins, and a name that ends an official one is that name
    assert where("Calcutta") == ("Kolkata", "IN")
    assert where("Canton") == ("Guangzhou", "CN")
    assert where("Matamoros") == ("Heroica Matamoros", "MX")


def test_where_the_event_shown_happened_is_its_place_but_not_where_another_one_did() -> None:
    shown = "Police released footage of the chase. The crash happened near Arras late on Friday."
    assert _places(shown) == ["Arras"]
    another = "The clip shows a blast at a depot. A second blast happened in Tyre an hour later."
    assert _places(another) == []
    far = "The clip shows a blast at a depot. Prices rose. Wages fell. The strike took place in Tyre."
    assert _places(far) == []


def test_the_capital_named_after_a_comma_and_the_web_is_no_place() -> None:
    assert _places("In the clip, vans drive through a crowd of marchers in the capital, Tbilisi.") == ["Tbilisi"]
    assert _places("The video shows tanks in the capital, Russia said.") == []
    assert _places("In the clip, filmed Friday according to a post on the Web site Vimeo, a crowd runs.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The video shows the minister, who is on a six-day visit to the Middle East.",  # larger than a country
        'In the clip, men block traffic and shout: "We will eat on the Road!"',  # a common noun, capitalised
        "The rebels released video of what they said were drones launched at Cyprus.",  # a target, not the scene
        "The video shows the ceremony welcoming the first flight from Doha.",  # where a flight came from
        "The video warns neighbouring countries to stop sending troops to Malawi.",
    ],
)
def test_a_target_a_destination_or_a_part_of_the_world_is_not_where_it_was_filmed(text: str) -> None:
    assert _places(text) == []


def test_a_strike_on_a_town_and_a_launch_from_a_country_are_where_it_was_filmed() -> None:
    assert _places("The video shows an airstrike on Gaza City.") == ["Gaza City"]
    assert _places("The footage shows missiles launched from Yemen.") == ["Yemen"]


def test_a_countrys_capital_by_adjective_or_possessive_and_a_city_by_its_type_word() -> None:
    assert [(p.name, p.country_code) for p in _place_values("The clip shows tanks near the Armenian capital.")] == [
        ("Yerevan", "AM")
    ]
    assert [p.name for p in _place_values("The video shows a blast in Brazil's capital on Monday.")] == ["Brasília"]
    assert [p.name for p in _place_values("Reuters geolocated monuments in the video in Qalat City.")] == ["Qalāt"]


def _place_values(text: str) -> list:
    return [c.value for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location" and c.start is not None]


@pytest.mark.parametrize(
    "text",
    [
        "The video shows crowds in the Scottish capital.",  # Edinburgh, not the state's capital
        "The video shows crowds in the Kurdish capital.",
        "The video shows crowds in Georgia's capital.",  # Tbilisi or Atlanta
        "The video shows crowds in the Bolivian capital.",  # copy means La Paz, GeoNames says Sucre
    ],
)
def test_a_capital_the_words_do_not_pin_down_is_no_place(text: str) -> None:
    assert _places(text) == []


def test_a_possessive_that_is_part_of_a_name_and_a_region_named_with_its_type_word() -> None:
    def where(text: str) -> list[tuple[str, str, str]]:
        return [(p.name, p.country_code, p.kind) for p in _place_values(text)]

    # "Cox's" is not an owner of a place called Bazar (Bazar-Korgon, Kyrgyzstan, lists that name)
    assert where("The clip shows families queueing for rice in Cox's Bazar.") == [("Cox’s Bāzār", "BD", "city")]
    # "Washington State" is the state, not the capital city "Washington" (region words fold away in the index)
    assert where("The footage was shot on a farm in Washington State.") == [("Washington", "US", "region")]
    assert where("A drone filmed the flooding in Kano State.") == [("Kano", "NG", "region")]
    assert where("The video was filmed in Mexico City.") == [("Mexico City", "MX", "city")]


def test_a_territory_the_article_names_places_a_town_there_not_where_an_alternate_name_is() -> None:
    # Belém, Brazil (1.5 million) lists "Bethlehem" among its alternate names
    assert [
        (p.name, p.country_code) for p in _place_values("The clip was filmed in Bethlehem in the occupied West Bank.")
    ] == [("Bethlehem", "PS")]
    text = "Soldiers raided a camp in the West Bank on Monday. A video filmed in Bethlehem shows the raid."
    assert [(p.name, p.country_code) for p in _place_values(text)] == [("Bethlehem", "PS")]
    assert [(p.name, p.country_code) for p in _place_values("The video shows a march in rebel-held Idlib.")] == [
        ("Idlib", "SY")
    ]


def test_a_relative_clause_that_films_the_video_ties_the_place_to_it_one_that_befalls_a_person_does_not() -> None:
    text = "In the video, which was filmed during a council meeting in Modesto, the mayor walks out."
    assert _places(text) == ["Modesto"]
    assert _places("The video shows the mayor, who was arrested in Modesto last year.") == []
    assert _places("The video shows a convoy, which was ambushed in Kupiansk last week.") == []


def test_the_places_a_quoted_caption_title_or_on_screen_text_names() -> None:
    def where(text: str) -> list[tuple[str, str, str]]:
        return [(c.text, c.value.name, c.value.country_code) for c in _located(text)]

    # a place and the region or country after it, any size, by an alternate name there
    assert where('The clip was captioned "Storm chasers film twister near Andover, Kansas EF-3".') == [
        ("Andover, Kansas", "Andover", "US")
    ]
    assert where('A post shared the video captioned "Derna, Libya after the flood".') == [
        ("Derna, Libya", "Darnah", "LY")
    ]
    assert where('The text on the clip says, "Quito Ecuador tonight".') == [("Quito Ecuador", "Quito", "EC")]
    # one word of a title: a country, a region or a big city, not a word that describes the next one
    assert where("The video ran under the title 'Kenya Police Mombasa night patrol'.") == [("Mombasa", "Mombasa", "KE")]
    assert where('The video, titled "Split Decision At Dawn", shows a boxer.') == []  # Split, Croatia
    # a title with every word capitalised: its words are no towns unless in a country the article names
    for title in ("Man Survives Lightning Strike", "Mobile Phone Footage Of Crash", "Reading Festival Chaos"):
        assert where(f'The video is titled "{title}".') == [], title
    assert where('The video is titled "Tornado Alley, Oklahoma".') == [("Oklahoma", "Oklahoma", "US")]
    assert where('The video is titled "Chile Quake".') == [("Chile", "Chile", "CL")]  # an event's place
    assert where('The video was captioned "Karachi #Pakistan flood".') == [
        ("Karachi", "Karachi", "PK"),
        ("Pakistan", "Pakistan", "PK"),  # a hashtag before the event's noun, as "the Pokhara bus crash"
    ]
    # words someone says or wears are no caption
    assert where('The clip shows a man in a T-shirt with the words "I Love New York".') == []
    assert where('In the video, the minister repeats the words "Moscow will pay".') == []
    assert where('The video was posted with the caption "It is starting. #Russia #Ukraine".') == []
    # an event's own name is no place: Tornado, West Virginia
    assert where('The video is captioned "Tornado storm over the prairie".') == []
    # a town in the region named after it or none: Silver City, Mississippi is not Meriden, Connecticut (which GeoNames
    # also calls Silver City); the hashtag after the comma names the region
    assert where('The clip\'s caption reads "Silver City, #Mississippi" and warns of a tornado.') == [
        ("Mississippi", "Mississippi", "US")
    ]
    # words between the caption and its quote, and one who calls the clip something
    assert where('Text running across the top of the clip claims that "Muslims in Karachi" gathered.') == [
        ("Karachi", "Karachi", "PK")
    ]
    assert where('The same account posted the clip and called it a "tornado in Dubai."') == [("Dubai", "Dubai", "AE")]
    assert where('The video was posted with a caption, and the minister said "Moscow will pay".') == []
    # a country as a side in a fight is no place; the war named after it may be
    assert where('The clip went up with one caption calling it "Israel vs Palestine war today live".') == []
    assert where('The clip was shared with one caption saying "Israel warplanes" were bombing homes.') == []
    assert where('The clip is captioned "Nepal army rescues trekkers".') == [("Nepal", "Nepal", "NP")]
    assert where('The clip is captioned "Ukraine war: tanks near Kupiansk".') == [
        ("Ukraine", "Ukraine", "UA"),
        ("Kupiansk", "Kupyansk", "UA"),
    ]
    assert where('A text across the banner at the march says "Free Hong Kong", the video from Sydney shows.') == [
        ("Sydney", "Sydney", "AU")
    ]
    # a town's name before "region" in a caption names the region (a city's district is the city)
    assert where('The clip of the storm has text at the top of the video that reads "London district, today".') == [
        ("London", "London", "GB")
    ]
    assert where('The clip of the bridge has text at the top of the video that reads "Kharkiv region, today".') == [
        ("Kharkiv region", "Kharkiv", "UA")
    ]
    # the review's traps: a list of tags, and a caption's words that name no place the video shows
    assert where('The clip was captioned "#Israel, #Gaza, #Hamas" when it went up.') == []
    assert where('The clip was captioned "#Russia #Ukraine #war" when it went up.') == []
    assert where('The clip went up, and its caption urged viewers to "stand with Ukraine".') == []
    assert where('The clip went up, and its caption blamed "Moscow" for the blast.') == []


def _located(text: str) -> list:
    return [c for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location" and c.start is not None]


def test_the_words_after_a_comma_are_a_region_first_and_a_county_the_data_lacks_is_not_a_town_elsewhere() -> None:
    def where(text: str) -> list[tuple[str, str]]:
        return [(p.name, p.country_code) for p in _place_values(text)]

    assert where("The video shows a fire in London, Ontario.") == [("London", "CA")]  # not Ontario, California
    assert where("The video was filmed in Hayle, Cornwall.") == [("Hayle", "GB")]  # not Cornwall, Ontario
    assert where("The video was filmed in Birmingham, Alabama.") == [("Birmingham", "US")]
    assert where("The video was filmed in Victoria, British Columbia.") == [("Victoria", "CA")]  # not Hong Kong's
    # unless the town is no town of that region: Mozambique's Gaza province holds no Rafah, Palestine's Gaza does
    assert where("The video shows a strike on Rafah, Gaza.") == [("Rafaḩ", "PS")]
    assert where("The video shows a strike on Khan Younis in Gaza.") == [("Khān Yūnis", "PS")]
    assert where("The video was filmed in Xai-Xai, Gaza.") == [("Xai-Xai", "MZ")]
    # a county the gazetteer lacks after a town of several countries: no place, unless the article names one
    assert _place_values("The video was filmed in Windsor, Berkshire.") == [None]
    assert where("The British video was filmed in Windsor, Berkshire.") == [("Windsor", "GB")]
    # a county or state by its type word is that region or none ("Cook County" was Kerala)
    assert _place_values("The video was filmed in Cook County.") == [None]
    assert where("The video was filmed in Kharkiv Oblast.") == [("Kharkiv", "UA")]


def test_a_site_named_after_a_small_town_far_from_the_story_is_not_placed_there() -> None:
    assert _place_values("The video was filmed at Heathrow Airport.") == []  # not Heathrow, Florida
    assert [p.name for p in _place_values("The video shows smoke over Beirut port.")] == ["Beirut"]


def test_a_region_is_found_without_its_generic_words() -> None:
    place = _place("A clip shared on X supposedly shows houses collapsing during a quake in Tibet.")
    assert (place.name, place.kind, place.country_code) == ("Tibet Autonomous Region", "region", "CN")


def test_a_search_tool_and_an_office_are_not_where_a_video_was_filmed() -> None:
    for text in (
        "The video was traced with a reverse image search on Google to a 2019 post.",  # GeoNames: Google, Topeka
        "The footage shows the ambassador to the US limping along with a stick.",
        "The video was posted as the remnants of the storm brought rain to the Northeast.",  # not Iceland's region
    ):
        assert [c.text for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"] == [], text


def test_a_site_near_a_town_is_placed_by_the_town_when_its_own_name_is_elsewhere() -> None:
    # GeoNames has no Far'a in the West Bank but a Farah in Afghanistan
    place = _place("The video shows troops at Far'a refugee camp near Tubas.")
    assert place.country_code == "PS"


def test_where_a_group_is_based_and_an_outlet_named_after_a_country_are_no_scene() -> None:
    for text in (
        "The clip was put online on Friday by an armed group in Kivu.",
        "The men in the video said they belong to a jihadist group operating in Iraq.",
        "Of the clips viewers sent to the FRANCE 24 newsroom, one shows a man.",
    ):
        assert [c.text for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"] == [], text


def test_a_part_named_with_its_country_is_the_part() -> None:
    place = _place("The video was filmed in the Idlib province of Syria.")
    assert (place.name, place.kind, place.country_code) == ("Idlib", "region", "SY")
    place = _place("The clip was shot in the Sylhet district of Bangladesh.")
    assert (place.country_code, place.kind != "country") == ("BD", True)
    place = _place("The clip was filmed in the Qurayyatwadi district of Oman.")  # a part the gazetteer lacks
    assert (place.kind, place.country_code) == ("area", "OM")


def test_the_place_an_event_shown_struck_or_entered() -> None:
    assert _place("A video supposedly shows the storm that tore through Mississippi last spring.").name == (
        "Mississippi"
    )
    assert _place("The footage does not show troops invading Ukraine.").country_code == "UA"
    for text in (  # where someone means to go is not where the camera is
        "The video shows migrants in Tijuana trying to enter the United States.",
        "The clip shows tanks in Belarus days before invading Ukraine.",
    ):
        assert "US" not in [
            c.value.country_code for c in extract_claims(text, date(2024, 5, 8)) if c.value and c.kind == "location"
        ]
        assert all(c.text not in ("United States", "Ukraine") for c in extract_claims(text, date(2024, 5, 8))), text


def test_a_state_far_larger_than_a_town_of_its_name_and_no_name_across_a_sentence() -> None:
    from provenance.gazetteer import resolve_place

    florida = resolve_place("Florida")  # the US state, not the Cuban town of 63,000
    assert florida is not None and (florida.kind, florida.country_code) == ("region", "US")
    kharkiv = resolve_place("Kharkiv")  # a town still beats its own region
    assert kharkiv is not None and kharkiv.kind == "city"
    text = "The clip shows a fire, says a post on X. The clip consists of phone footage."
    assert [c for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"] == []


def test_a_small_town_found_by_another_name_abroad_is_not_meant() -> None:
    text = "The clip, uploaded in 2016, shows a strike on Omar bin Abdul Aziz Hospital."
    assert [c.value for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"] in ([], [None])


def test_a_republic_a_group_s_name_a_fiction_and_a_hamlet_abroad_are_no_scene() -> None:
    for text in (
        "The clip showed fighters shelling a depot in the Luhansk People's Republic.",  # not Republic, WA
        "The group that posted the video includes al-Qaida in Iraq.",
        "The movie shows a storm in the fictional town of Silverton.",
        "The clip was filmed in the Cosa neighbourhood in Ratoma.",  # not Cosa, Spain
    ):
        assert [c.value for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location" and c.value] == [], text


def test_an_index_of_other_data_unused_for_a_week_is_removed(tmp_path, monkeypatch) -> None:
    import os
    import time

    from provenance import gazetteer

    monkeypatch.setattr(gazetteer, "_sources", lambda: ())
    monkeypatch.setattr("provenance.gazetteer_build.build_index", lambda path, *sources: path.write_bytes(b""))
    current, old, recent, read = (
        tmp_path / f"gazetteer-{name}.sqlite" for name in ("current", "old", "recent", "read")
    )
    for path in (old, recent, read):
        path.write_bytes(b"")
    os.utime(old, (0, 0))
    os.utime(read, (time.time(), 0))  # written long ago, read today: still in use
    gazetteer._build(current)
    assert current.exists() and recent.exists() and read.exists() and not old.exists()


def test_a_region_no_gazetteer_division_names_is_an_area_of_its_country() -> None:
    # "Sinai" is an alternate name of Sinnai, Sardinia: with GPS in Egypt that was a false location.mismatch
    [sinai] = [
        c for c in extract_claims("The video shows the army in Sinai.", date(2024, 5, 8)) if c.kind == "location"
    ]
    assert sinai.value is not None and (sinai.value.kind, sinai.value.country_code) == ("area", "EG")
    [donbas] = [c for c in extract_claims("The video shows shelling in the Donbas.") if c.kind == "location"]
    assert donbas.value is not None and donbas.value.country_code == "UA"


def test_a_place_the_gazetteer_lacks_is_an_area_of_the_country_whose_possessive_holds_it() -> None:
    claims = [c for c in extract_claims("The clip shows a mudslide in Peru's Qorivaca city.") if c.kind == "location"]
    assert [(c.text, c.value.kind, c.value.country_code) for c in claims] == [("Qorivaca city", "area", "PE")]
    # a possessive before a name with no word of a place's kind is no container
    assert _places("The video shows fighters in Russia's Wagner camp.") == []


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # a town named right before "in" and its country is the place, not the whole country
        ("The video shows a jet bombing Yabroud in Syria.", "Yabroud in Syria", "Yabrūd"),
        ("Footage from the drone shows Mariupol in Ukraine after the siege.", "Mariupol in Ukraine", "Mariupol"),
    ],
)
def test_a_town_before_in_and_its_country_is_that_town(text: str, span: str, name: str) -> None:
    found = [(c.text, c.value.name) for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"]
    assert found == [(span, name)]


@pytest.mark.parametrize(
    "text",
    [
        "The video shows the Taliban in Afghanistan.",  # no town of that name there
        "The video shows Biden in Poland.",
        # a name after "against" or "by" is whom it is aimed at or who does it: Toyota, 420,000, is no scene here
        "The video shows workers protesting against Toyota in Japan.",
    ],
)
def test_a_name_before_in_that_is_no_town_of_the_country_leaves_the_country(text: str) -> None:
    assert len(_places(text)) == 1 and " in " not in _places(text)[0]


def test_a_region_after_a_town_and_a_comma_stays_that_towns() -> None:
    assert _places("The clip shows protests at Malda, West Bengal in India.")[0] == "Malda"


@pytest.mark.parametrize(
    "text",
    [
        # a landmark's name is no town that GeoNames gives the name among its others
        "The video was filmed at the White House.",  # was Casablanca ("the white house")
        "The video was filmed in Central Park.",  # was South Salt Lake
        # a site whose proper name holds the word is named after a person, an idea or a battle as often as a town
        "The video was filmed in Independence Square.",  # was Independence, Missouri
        "The video was filmed at Victoria Station.",  # was Victoria, Hong Kong
        "The video was filmed at Union Station.",
        "The video was filmed on the Golden Gate Bridge.",
        "The video was filmed at Trafalgar Square.",
        # "the" right before a town's name, and a river after it
        "The video was filmed at the Alamo.",  # was Álamo, Mexico
        "The video was filmed on the Dnipro river.",  # was the city of Dnipro
    ],
)
def test_a_landmark_is_no_town_of_its_name(text: str) -> None:
    assert [c.value for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location" and c.value] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The video was filmed at Beirut port.", "Beirut"),  # a site named after its town
        ("The video was filmed at the Kyiv train station.", "Kyiv"),
        ("The video shows men walking along a Baghdad street.", "Baghdad"),  # a common noun after it
        ("The video was filmed on Maidan Square in Kyiv.", "Kyiv"),
        ("The video was filmed in Fort Myers Beach.", "Fort Myers Beach"),  # a town by its own whole name
        ("The video was filmed in the Hague.", "The Hague"),
        ("The video shows a sniper aiming at the Gaza side of the border.", "Gaza"),
        ("The video was filmed in the Netherlands.", "The Netherlands"),  # was no place at all
        ("The video was filmed in Bosnia.", "Bosnia and Herzegovina"),
        ("The video was filmed in Macau.", "Macao"),
    ],
)
def test_a_town_a_site_is_named_after_and_countries_by_their_short_names(text: str, name: str) -> None:
    assert [c.value.name for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"] == [name]


def test_congo_alone_names_two_countries_and_no_town() -> None:
    [claim] = [
        c for c in extract_claims("The video was filmed in eastern Congo.", date(2024, 5, 8)) if c.kind == "location"
    ]
    assert claim.value is None and "two countries" in (claim.reason or "")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The video was filmed in Athens, Georgia.", "US"),  # was an area of the country Georgia
        ("The video was filmed in Columbus, Georgia.", "US"),
        ("The video was filmed in Batumi, Georgia.", "GE"),  # a town of the country keeps it
        ("The video was filmed in Tbilisi, Georgia.", "GE"),
    ],
)
def test_a_town_comma_georgia_is_in_the_state_or_the_country_where_the_town_is(text: str, country: str) -> None:
    [place] = [c.value for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"]
    assert place.country_code == country


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The video was filmed in Congress.", []),  # was Congress, Arizona
        ("The video was filmed in Court.", []),
        ("The video was filmed in Paradise.", []),  # a town only with its region after it
        ("The video was filmed during Lent.", []),
        ("The video was filmed in Paradise, California.", ["Paradise"]),
        ("The video was filmed in Independence, Missouri.", ["Independence"]),
    ],
)
def test_common_words_copy_capitalises_are_towns_only_with_their_region(text: str, found: list[str]) -> None:
    assert [c.value.name for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location" and c.value] == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The video was filmed in the West Bank city of Nablus.", "Nablus"),  # was "West Bank city", unresolved
        ("The video was filmed in the Northern Ireland town of Omagh.", "Omagh"),
        ("The video was filmed in Kingston upon Thames.", "Kingston upon Thames"),  # was Kingston, Jamaica
        ("The video was filmed in Newcastle upon Tyne.", "Newcastle upon Tyne"),
        ("The video was filmed in the Gaza town of Rafah.", "Rafaḩ"),
    ],
)
def test_an_area_of_two_words_before_the_place_type_and_names_with_upon(text: str, name: str) -> None:
    assert [c.value.name for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"] == [name]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # the second review's traps: a town before "in" and a state lies in that state, and an area before the place
        # type names the state or the town's neighbour
        ("The video shows Springfield in Ohio.", "OH"),  # was Springfield, Missouri
        ("The video shows Aurora in Illinois.", "IL"),
        ("The video was filmed in the New Mexico town of Roswell.", "NM"),  # was Roswell, Georgia
        ("The video was filmed in the North Carolina city of Jacksonville.", "NC"),
        ("The video was filmed in the Chicago suburb of Aurora.", "IL"),
    ],
)
def test_the_state_the_words_give_holds_the_town(text: str, admin1: str) -> None:
    [place] = [c.value for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"]
    assert (place.country_code, place.admin1) == ("US", admin1)


@pytest.mark.parametrize(
    "text",
    [
        "The video shows Harris in Pennsylvania.",  # a surname: no small town of another state, the state stays
        "The video shows Sanders in Vermont.",
    ],
)
def test_a_surname_before_in_and_a_state_leaves_the_state(text: str) -> None:
    [place] = [c.value for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"]
    assert place.kind == "region"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The video was filmed at King's Cross station.", None),  # was King, North Carolina: unresolved now
        ("The video was filmed near Martin's Ferry bridge.", None),
        ("The video was filmed at the Mariupol sea port.", "Mariupol"),  # "sea" after a name is no sea
    ],
)
def test_a_site_whose_town_is_unsure_gets_no_other_town(text: str, name: str | None) -> None:
    [claim] = [c for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"]
    assert (claim.value.name if claim.value else None) == name


def test_a_name_towns_of_several_countries_bear_is_unresolved_unless_the_article_names_one() -> None:
    # Cambridge: England's (146,000) and Ontario's (130,000), in a story that names no country
    text = "The video was filmed in Cambridge."
    [claim] = [c for c in extract_claims(text, date(2024, 5, 8)) if c.kind == "location"]
    assert claim.value is None and "several countries" in (claim.reason or "")
    assert [p.country_code for p in _place_values("The Canadian video was filmed in Cambridge.")] == ["CA"]
    # a region after the comma, or a town abroad less than half the size, leaves the town found (Egypt's Rafah, 44,000,
    # beside Gaza's, 126,000)
    assert [p.country_code for p in _place_values("The video was filmed in Cranford, NJ.")] == ["US"]
    assert [p.country_code for p in _place_values("The video was filmed in Paris.")] == ["FR"]
    assert [p.country_code for p in _place_values("The video was filmed in Rafah.")] == ["PS"]


def test_a_gathering_held_somewhere_is_the_scene() -> None:
    # "held" was read as where captives are held, so a protest shown had no place
    text = "A video shared on Twitter purportedly captures a recent protest held in Moscow, Russia over the war."
    assert [p.name for p in _place_values(text)] == ["Moscow"]


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        # a country's name in a story about a neighbour with a state of that name is the country (it was Niger State)
        ("The clip does not show Nigerian soldiers already in Niger.", "country", "NE"),
        ("The Nigerian army said the video was filmed in Niger State.", "region", "NG"),
        # Georgia stays the state in an American story (AMBIGUOUS_STATES)
        ("The American video was filmed in Georgia.", "region", "US"),
    ],
)
def test_a_country_s_name_is_no_state_of_the_story_s_country(text: str, kind: str, country: str) -> None:
    [place] = _place_values(text)
    assert (place.kind, place.country_code) == (kind, country)


def test_a_region_the_gazetteer_spells_otherwise_is_found_by_the_city_it_is_named_after() -> None:
    def where(text: str) -> list[tuple[str, object]]:
        return [(c.text, c.value and (c.value.name, c.value.kind, c.value.country_code)) for c in _located(text)]

    assert where("The footage shows drones hitting tanks in Ukraine's Zaporizhzhia Oblast.") == [
        ("Zaporizhzhia Oblast", ("Zaporizhia", "region", "UA"))
    ]
    # a county the gazetteer lacks is no region of a town of that name
    assert where("The video shows a shooting in Cook County.") == [("Cook County", None)]
    # the city's own region is not the province named after it; a banner's text is no text on the video
    assert where("The clip shows a fire in Bulgaria's Sofia Province.") == [("Sofia Province", None)]
    assert where("The clip shows damage in Ukraine's Kyiv Oblast.") == [("Kyiv Oblast", None)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the target of a threat is not where the video was filmed
        ("In the video, the group also threatens an attack on Britain.", []),
        ("The clip purportedly shows the rebels getting ready to launch an attack on Israel.", []),
        ("In the clip, a man declares war on Kenya.", []),
        # ... but an attack the video shows is where it was filmed, threatened or planned before
        ("The video shows the attack on Kyiv.", ["Kyiv"]),
        ("The video shows Russian forces launching an attack on Bakhmut.", ["Bakhmut"]),
        ("The video shows the start of the long-threatened offensive on Rafah.", ["Rafah"]),
        ("The clip shows the carefully prepared assault on Avdiivka.", ["Avdiivka"]),
    ],
)
def test_a_threat_s_target_is_not_the_video_s_place(text: str, places: list[str]) -> None:
    assert [c.text for c in _located(text)] == places
