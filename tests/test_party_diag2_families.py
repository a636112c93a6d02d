"""Party families of news writing the rules met too seldom: our own sentences, one table per
family (US, Canadian, Indian, Australian and British styles).

Each row: a text, the (name, role) pairs it must yield, and names no party may be called."""
import pytest

from party_tables import parties_of


def _roles(text):
    return {p["name"]: p["role"] for p in parties_of(text)}


def _forms(text):
    return {m["text"] for p in parties_of(text) for m in p["mentions"]}


# A town no list knows, named only as where people live or where a court or firm sits:
# "teenagers from A and B sued", "Ann Roe of A ... are suing on behalf of", "the A firm X LLP",
# "buyers in Ontario". It is no party.
PLACES_ONLY_SAID_WHERE = [
    ("In May, the parents of two pupils from Bexleigh and Marlow Hythe sued Quillo Inc. in state court, "
     "saying its feed pushed self-harm videos.",
     {"Quillo Inc.": "defendant"}, ["Bexleigh", "Marlow Hythe"]),
    ("The two named plaintiffs, Carla Benz of Wauconda and Ivan Petrov of Joliet, are suing on behalf of "
     "every customer whose voiceprint was stored by Sonora Bank.",
     {"Carla Benz": "plaintiff", "Ivan Petrov": "plaintiff"}, ["Wauconda", "Joliet"]),
    ("\"They knew and did nothing,\" said Helen Park of the Fairhope firm Park Odum LLP, which represents "
     "the drivers suing Rydex Corp.",
     {"Helen Park": "counsel", "Park Odum LLP": "counsel"}, ["Fairhope"]),
    ("Gamers in Saskatchewan who bought loot boxes can join the class action against Vexa Games Ltd., a "
     "judge ruled. The suit was filed on behalf of Saskatchewan residents in 2022.",
     {"Vexa Games Ltd.": "defendant"}, ["Saskatchewan"]),
    ("Shoppers in Queensland sued Brollo Pty Ltd in the Federal Court over fake discounts, and a "
     "Toowoomba-based lawyer, Sam Reid, is acting for them.",
     {"Brollo Pty Ltd": "defendant"}, ["Queensland", "Toowoomba"]),
]


@pytest.mark.parametrize("text,want,absent", PLACES_ONLY_SAID_WHERE)
def test_a_place_only_said_as_where_is_no_party(text, want, absent):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)
    assert not [a for a in absent if a in _forms(text)], got


# A lawyer named as "appearing for" a side, or by the Indian and South African title
# "Advocate" / "senior advocate", is counsel, not an advocacy group's voice.
COUNSEL_APPEARING_FOR = [
    ("Appearing for Tarang Media, senior advocate Rajiv Menon told the Delhi High Court that the "
     "channels had copied its films.",
     {"Rajiv Menon": "counsel"}),
    ("Advocate Sunita Rao, appearing for Meta, said the platform would comply with the order of the "
     "Bombay High Court in the suit filed by Kalpa Films.",
     {"Sunita Rao": "counsel"}),
    ("Kalpa Films sued Streamio Ltd in the Madras High Court. Arun Pillai, who appeared for Streamio, "
     "said the company had removed the videos.",
     {"Arun Pillai": "counsel"}),
    ("Bheki Dlamini, appearing on behalf of the municipality, told the Johannesburg High Court that the "
     "application brought by Vula Transport should be dismissed.",
     {"Bheki Dlamini": "counsel"}),
]


@pytest.mark.parametrize("text,want", COUNSEL_APPEARING_FOR)
def test_a_lawyer_appearing_for_a_side_is_counsel(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


# A body whose own case it is ("the FTC's own case against A", "the Competition Bureau's separate
# lawsuit against A"), or the office "which prosecuted him", or whose sentence request the court
# weighed, brings the matter: a plaintiff, not a bystanding agency.
BODIES_THAT_BRING_THE_CASE = [
    ("The Federal Trade Commission's own case against Lumora, filed in March in federal court in Seattle, "
     "is still pending, and Lumora denies the claims.",
     {"Federal Trade Commission": "plaintiff", "Lumora": "defendant"}),
    ("Ticket reseller Parkway faces a class action in Ontario. The Competition Bureau's separate lawsuit "
     "against Parkway, filed before the Competition Tribunal last year, continues.",
     {"Competition Bureau": "plaintiff", "Parkway": "defendant"}),
    ("Jon Reyes was sentenced to eight years in prison, according to the U.S. Attorney's Office for the "
     "District of New Jersey, which prosecuted him.",
     {"U.S. Attorney's Office for the District of New Jersey": "plaintiff"}),
    ("The former banker pleaded guilty in March, said the Manhattan District Attorney's Office, which is "
     "prosecuting the case against him.",
     {"Manhattan District Attorney's Office": "plaintiff"}),
    ("The Crown Prosecution Service, which brought the case against the driver, said he had been "
     "convicted of fraud at Leeds Crown Court.",
     {"Crown Prosecution Service": "plaintiff"}),
    ("The judge imposed a term of six years, short of the nine years sought by the Seoul Central District "
     "Prosecutors' Office, in the fraud case against the exchange's founder.",
     {"Seoul Central District Prosecutors' Office": "plaintiff"}),
]


@pytest.mark.parametrize("text,want", BODIES_THAT_BRING_THE_CASE)
def test_a_body_that_brings_the_case_is_a_plaintiff(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


# People listed after "named as defendants:" share the role; a suit "filed in <court> in <month>
# by novelist A and authors B and C" has them as plaintiffs, however long the court's name.
LISTED_SIDES = [
    ("Two senior Vexa executives were also named as defendants: Maria Olsen and Tobias Reed. The FTC "
     "sued Vexa in May.",
     {"Maria Olsen": "defendant", "Tobias Reed": "defendant"}),
    ("Named as defendants in the suit: Halden Bank chief executive Piotr Nowak and Ewa Lis, its former "
     "compliance head.",
     {"Piotr Nowak": "defendant", "Ewa Lis": "defendant"}),
    ("The suit was filed in federal court in Boston by mystery novelist Clara Voss and memoirists Omar "
     "Haddad and Lena Fischer, who say Quillo copied their books.",
     {"Clara Voss": "plaintiff", "Omar Haddad": "plaintiff", "Lena Fischer": "plaintiff"}),
    ("The claim was brought in the High Court in London last March by songwriter Aisha Grant, who says "
     "Tunecast Ltd used her lyrics without a licence.",
     {"Aisha Grant": "plaintiff"}),
    ("The case, filed on Monday in the Federal Court of Australia by photographer Liam Doyle and "
     "illustrator Mei Chen, accuses Pixora Pty Ltd of copying their work.",
     {"Liam Doyle": "plaintiff", "Mei Chen": "plaintiff"}),
]


@pytest.mark.parametrize("text,want", LISTED_SIDES)
def test_listed_people_share_their_side(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


def test_a_court_name_with_initials_does_not_end_the_filed_by_frame():
    got = _roles("The lawsuit was filed in the U.S. District Court for the District of Oregon in May 2025 by "
                 "poet Nadia Holm and essayist Rui Costa, who say Lexiq trained its model on their books.")
    assert got.get("Nadia Holm") == "plaintiff" and got.get("Rui Costa") == "plaintiff", got


def test_a_step_taken_by_the_other_side_is_no_filing():
    got = _roles("The Guild brought this action to address the steps taken by Streamway Inc. to underpay "
                 "royalties, a guild spokesperson said. Streamway was sued in New York.")
    assert got.get("Streamway Inc.") == "defendant", got


# A person named by their post in a government body that acts in the matter speaks for it:
# "ACCC chair A said", "said A, chief of the enforcement division at the ACCC".
OFFICIALS_OF_AN_ACTING_BODY = [
    ("\"Consumers were misled,\" ACCC chair Gina Hollis said. The ACCC sued Brollo Pty Ltd in the Federal "
     "Court.", {"Gina Hollis": "agency"}),
    ("The ACCC has sued Brollo Pty Ltd. \"Consumers were misled,\" said Mark Hall, chief of the "
     "enforcement division at the ACCC.", {"Mark Hall": "agency"}),
    ("The Federal Trade Commission sued Vexa Inc. on Monday. \"This was a trap,\" FTC deputy director "
     "Anna Brooks said.", {"Anna Brooks": "agency"}),
    ("The Competition Bureau has taken Parkway Tickets to the Competition Tribunal. \"Prices must be "
     "real,\" said Luc Martin, a senior director at the Competition Bureau.", {"Luc Martin": "agency"}),
]


@pytest.mark.parametrize("text,want", OFFICIALS_OF_AN_ACTING_BODY)
def test_an_official_of_an_acting_body_is_agency(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


def test_an_official_of_a_body_that_takes_no_part_is_no_party():
    got = _roles("Vexa Inc. was sued by two users in Chicago. \"Apps need rules,\" said Ruth Lowe, director "
                 "of the city's library service, which is not involved in the case.")
    assert "Ruth Lowe" not in got, got


# "Kent's lawyers at Hausfeld said", "solicitors from Leigh Day": the firm after a lawyer noun is counsel.
LAWYERS_AT_A_FIRM = [
    ("Smith's lawyers at Brennan Holt said they would appeal the ruling against Vexa Inc., which was sued "
     "in May.", {"Brennan Holt": "counsel"}),
    ("The drivers, who sued Rydex Ltd in the High Court, are represented by solicitors from Marlow Price, "
     "and the solicitors at Marlow Price said the claim was strong.", {"Marlow Price": "counsel"}),
    ("Attorneys with the firm Ostrow Lane filed the complaint against Quillo Inc. on behalf of the "
     "parents.", {"Ostrow Lane": "counsel"}),
]


@pytest.mark.parametrize("text,want", LAWYERS_AT_A_FIRM)
def test_a_firm_after_a_lawyer_noun_is_counsel(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


# "Rs 25 crore", "AUD 3 million": a currency abbreviation names no party.
def test_a_currency_abbreviation_is_no_party():
    got = _roles("Tarang Media sued Streamio Ltd in the Bombay High Court and seeks Rs 10 crore; Streamio "
                 "earlier raised Rs 50 crore.")
    assert "Rs" not in got and got.get("Tarang Media") == "plaintiff", got


# The article's authors on a byline line of their own are no parties, however the line describes them.
BYLINES = [
    ("Vexa fined over hidden fees\nBy business reporter Ana Pereira\nThe ACCC sued Vexa Pty Ltd in the Federal "
     "Court, and Vexa agreed to pay.", ["Ana Pereira"]),
    ("Parents sue Quillo\nBy Jane Moss and Tom Reilly\nTwo families sued Quillo Inc. in Ohio on Monday.",
     ["Jane Moss", "Tom Reilly"]),
    ("Written by legal affairs correspondent Priya Das\nTarang Media sued Streamio Ltd in the Bombay High Court.",
     ["Priya Das"]),
]


@pytest.mark.parametrize("text,absent", BYLINES)
def test_a_byline_names_no_party(text, absent):
    got = _roles(text)
    assert not [a for a in absent if a in got], got


def test_a_line_that_starts_with_by_and_tells_the_case_keeps_its_party():
    got = _roles("By then, Ana Pereira had sued Vexa Pty Ltd in the Federal Court.")
    assert got.get("Ana Pereira") == "plaintiff", got


# A two-word surname used alone later ("Judge Gonzalez Rogers", "Ms Bonham Carter") is the same person.
TWO_WORD_SURNAMES = [
    ("Judge Maria Lopez Garcia of the U.S. District Court ruled that Vexa Inc. must face the suit. Judge "
     "Lopez Garcia said the claims could go on.", "Maria Lopez Garcia", "Lopez Garcia"),
    ("The claim against Tunecast Ltd was heard by Mrs Justice Helena Bonham Carter in the High Court. "
     "Mrs Justice Bonham Carter dismissed it.", "Helena Bonham Carter", "Bonham Carter"),
    ("Ana Ruiz Vega sued Quillo Inc. in Madrid last year. Ms Ruiz Vega says the app sold her data.",
     "Ana Ruiz Vega", "Ruiz Vega"),
]


@pytest.mark.parametrize("text,full,short", TWO_WORD_SURNAMES)
def test_a_two_word_surname_alone_is_the_same_person(text, full, short):
    found = parties_of(text)
    names = [p["name"] for p in found]
    assert short not in names and not any(n.endswith(" " + short) and n != full for n in names), names
    p = next(p for p in found if p["name"].endswith(short))
    assert [m["text"] for m in p["mentions"]].count(full) == 1 and len(p["mentions"]) >= 2, p


# A company named with and without its Indian, Australian, Singaporean or Malaysian legal form
# ("Pvt Ltd", "Pty Ltd", "Pte Ltd", "Sdn Bhd") is one party.
LEGAL_FORMS_OF_OTHER_COUNTRIES = [
    ("Kavach Learning has sued Streamio. The suit says Kavach Learning Pvt Ltd owns the lectures.",
     "Kavach Learning"),
    ("Koala Rides has been sued by its drivers. Koala Rides Pty Ltd denies the claims.", "Koala Rides"),
    ("Merlion Pay was sued in Singapore's High Court. Merlion Pay Pte Ltd said it would defend itself.",
     "Merlion Pay"),
    ("Tiga Foods sued Kedai Online Sdn Bhd in Kuala Lumpur. Kedai Online said it had done no wrong.",
     "Kedai Online"),
]


@pytest.mark.parametrize("text,short", LEGAL_FORMS_OF_OTHER_COUNTRIES)
def test_a_company_with_and_without_its_legal_form_is_one_party(text, short):
    found = [p for p in parties_of(text) if any(m["text"].startswith(short) for m in p["mentions"])]
    assert len(found) == 1 and len(found[0]["mentions"]) == 2, found


# A list of the sued closed by "and unknown persons" / "and unnamed individuals" is a list all the
# same: every name in it shares the cue before its first.
LISTS_CLOSED_BY_UNKNOWN_PERSONS = [
    ("Tarang Media filed the suit in the Delhi High Court against Streamio Ltd, Kavi Labs Pvt Ltd, Rasa "
     "Digital and unknown persons running the channels.",
     {"Streamio Ltd": "defendant", "Kavi Labs Pvt Ltd": "defendant", "Rasa Digital": "defendant"}),
    ("The complaint names Vexa Inc., Quillo LLC, Rydex Corp. and unnamed individuals who ran the accounts.",
     {"Vexa Inc.": "defendant", "Quillo LLC": "defendant", "Rydex Corp.": "defendant"}),
    ("The suit was brought against Koala Rides, Brollo Pty Ltd, Meta and several unidentified users.",
     {"Koala Rides": "defendant", "Brollo Pty Ltd": "defendant", "Meta": "defendant"}),
    ("A Mumbai publisher has sued Pustak Online, Likhit Media and unknown persons in the Bombay High Court.",
     {"Pustak Online": "defendant", "Likhit Media": "defendant"}),
]


@pytest.mark.parametrize("text,want", LISTS_CLOSED_BY_UNKNOWN_PERSONS)
def test_a_list_closed_by_unknown_persons_shares_its_cue(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)
