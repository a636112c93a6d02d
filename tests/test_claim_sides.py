"""Claims, issue #22: who is on each side (own sentences, by family of sentence)."""
import pytest

import claimx


def sides(text):
    doc = claimx.extract(text)
    return [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]]) for c in doc["claims"]]


# a time between the subject and its verb: the subject still brings the action
TIME_BEFORE_VERB = [
    ("The Federal Trade Commission in March 2023 sued Brightline Foods, accusing it of deceptive labels.",
     [(["Federal Trade Commission"], ["Brightline Foods"])]),
    ("Nadia Ferro earlier this month sued Quintrel Bank in federal court.",
     [(["Nadia Ferro"], ["Quintrel Bank"])]),
    ("Harbor County on Tuesday sued Pellworth Chemicals over groundwater pollution.",
     [(["Harbor County"], ["Pellworth Chemicals"])]),
    ("The Consumer Financial Protection Bureau in late 2024 sued Rellix Lending over hidden fees.",
     [(["Consumer Financial Protection Bureau"], ["Rellix Lending"])]),
]

# who is paid: every name of the list, past a sum with a decimal point
PAID_TO = [
    ("Delmark Bank will pay $2.4 billion to the Justice Department and the Federal Reserve to resolve the probes.",
     [(["Justice Department", "Federal Reserve"], ["Delmark Bank"])]),
    ("Kelvane agreed to pay $310.75 million to Marisol Duarte and Peter Quist to settle the suit.",
     [(["Marisol Duarte", "Peter Quist"], ["Kelvane"])]),
    ("A jury ordered Tessaro Motors to pay $12.5 million in punitive damages and another $3.25 million in "
     "compensatory damages to the family of Lena Ortiz.",
     [(["Lena Ortiz"], ["Tessaro Motors"])]),
]

# a name that only describes the class of people who sue ("Instagram users") is no side
CLASS_DESCRIBED = [
    ("The class action was brought by Instagram users in California against Meta.", [([], ["Meta"])]),
    ("The lawsuit filed by Steam game developers accuses Valve of monopolizing PC game sales.", [([], ["Valve"])]),
    ("Uber drivers sued Uber in 2019 over their employment status.", [([], ["Uber"])]),
]

# an official who announces charges is not the prosecutor by her role alone
OFFICIAL_ANNOUNCES = [
    ("Three former officers of the Dunmore Police Department are facing federal charges of civil rights "
     "violations, Attorney General Dana Whitcombe announced Thursday.",
     "Dana Whitcombe"),
    ("Ann Ridley and Tom Baxter were indicted on state fraud charges, State Auditor Marcus Bell announced Monday.",
     "Marcus Bell"),
    ("Federal prosecutors charged Ann Ridley with wire fraud, Attorney General Marcus Bell announced Monday.",
     "Marcus Bell"),
]


@pytest.mark.parametrize("text,want", TIME_BEFORE_VERB + PAID_TO + CLASS_DESCRIBED)
def test_sides_by_family(text, want):
    assert sides(text) == want


@pytest.mark.parametrize("text,official", OFFICIAL_ANNOUNCES)
def test_an_announcing_official_is_no_claimant(text, official):
    got = sides(text)
    assert got, "the prosecution is found"
    assert all(official not in claimants for claimants, _ in got)


def claims_of(text):
    doc = claimx.extract(text)
    return [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["kind"])
            for c in doc["claims"]]


# a prosecution and a parallel civil action against the same person are two actions; the
# regulator of the civil one never fills the prosecutor's place, named or not; the office that
# prosecutes is named whole, and the agency that investigated is no claimant; the regulator's
# "parallel civil case" is a civil suit, a lawsuit (GUIDELINES: government civil suits included)
PROSECUTION_BESIDE_CIVIL = [
    ("Former Norvane Biotech chief executive Paul Reddick was charged with securities fraud on Monday, accused of "
     "lying to investors.\n\nReddick pleaded not guilty in federal court in Columbus.\n\nIn a parallel civil case, "
     "the Securities and Exchange Commission accused Reddick of violating the antifraud provisions of federal "
     "securities law. The SEC is seeking a civil penalty.",
     [([], ["Paul Reddick"], "prosecution"), (["Securities and Exchange Commission"], ["Paul Reddick"], "lawsuit")]),
    ("Former Norvane Biotech chief executive Paul Reddick was charged with securities fraud on Monday.\n\nThe U.S. "
     "Attorney's Office for the Southern District of Ohio is prosecuting the case, which was investigated by the "
     "FBI's Columbus field office.\n\nIn a parallel civil case, the Securities and Exchange Commission accused "
     "Reddick of violating the antifraud provisions of federal securities law. The agency's regional office is "
     "seeking a civil penalty.",
     [(["U.S. Attorney's Office for the Southern District of Ohio"], ["Paul Reddick"], "prosecution"),
      (["Securities and Exchange Commission"], ["Paul Reddick"], "lawsuit")]),
    ("The Kings County District Attorney's Office is handling the prosecution of Omar Blevins, who was charged with "
     "grand larceny in March.\n\nThe case was investigated by the New York Police Department. Blevins pleaded not "
     "guilty.",
     [(["Kings County District Attorney's Office"], ["Omar Blevins"], "prosecution")]),
]


@pytest.mark.parametrize("text,want", PROSECUTION_BESIDE_CIVIL)
def test_a_prosecution_beside_a_parallel_civil_action(text, want):
    assert claims_of(text) == want


# a state named alone is the state, not a group whose name starts with it
PLACE_ALONE = [
    ("Texas sues Orlix over children's data\n\nThe Texas Coalition for Kids, a nonprofit, welcomed the state's "
     "decision.\n\nTexas Attorney General Mark Dunne filed the lawsuit against Orlix in state court on Friday.",
     [(["Texas", "Mark Dunne"], ["Orlix"])]),
    ("Vermont sues fitness app Pacely over location data\n\nVermont Attorney General Ruth Calder sued Pacely on "
     "Monday, accusing it of selling the locations of its users.\n\nVermont Families for Privacy, a parents' group, "
     "praised the lawsuit on Tuesday.",
     [(["Vermont", "Ruth Calder"], ["Pacely"])]),
]


@pytest.mark.parametrize("text,want", PLACE_ALONE)
def test_a_place_alone_names_the_state(text, want):
    assert sides(text) == want


# claimants that each bring their own action ("filed separate lawsuits") are one claim each;
# a state told by its official's title in lower case ("Oregon's attorney general") is the state
SEPARATE_ACTIONS = [
    ("The Oregon Department of Justice and the Federal Trade Commission filed separate lawsuits against Brightwell "
     "Home Inc. on Thursday, accusing it of hiding security flaws.",
     [(["Department of Justice"], ["Brightwell Home Inc."]), (["Federal Trade Commission"], ["Brightwell Home Inc."])]),
    ("Idaho's attorney general and the Consumer Financial Protection Bureau filed separate complaints against Tallow "
     "Credit on Monday.\n\nIdaho is seeking civil penalties of $5,000 per violation.",
     [(["Idaho"], ["Tallow Credit"]), (["Consumer Financial Protection Bureau"], ["Tallow Credit"])]),
    ("Mara Lindqvist and Osei Boateng each sued Corvex Logistics in federal court, saying they were fired for "
     "reporting safety violations.",
     [(["Mara Lindqvist"], ["Corvex Logistics"]), (["Osei Boateng"], ["Corvex Logistics"])]),
    # one joint suit stays one claim
    ("Mara Lindqvist and Osei Boateng sued Corvex Logistics in federal court, saying they were fired for reporting "
     "safety violations.",
     [(["Mara Lindqvist", "Osei Boateng"], ["Corvex Logistics"])]),
]


@pytest.mark.parametrize("text,want", SEPARATE_ACTIONS)
def test_separate_actions_are_one_claim_each(text, want):
    assert sides(text) == want


# who answers "by filing a lawsuit" is the sentence's subject; "a joint lawsuit with X" names a co-claimant
BY_FILING = [
    ("4chan responded to the investigation in August by filing a joint lawsuit with Kiwi Farms against the British "
     "government.", [(["4chan", "Kiwi Farms"], ["British government"])]),
    ("Harlow Media hit back on Friday by suing the Texas Film Board.", [(["Harlow Media"], ["Texas Film Board"])]),
    ("The Kestrel Group answered the fine by filing a complaint against the Texas Film Board.",
     [(["Kestrel Group"], ["Texas Film Board"])]),
    ("Brenna Holt filed a joint complaint with the Pine Ridge Tenants Union against Marlow Property Management on "
     "Monday.", [(["Brenna Holt", "Pine Ridge Tenants Union"], ["Marlow Property Management"])]),
]


@pytest.mark.parametrize("text,want", BY_FILING)
def test_who_answers_by_filing_brings_the_action(text, want):
    assert sides(text) == want


# a place and its government ("Pittsburgh", "the City of Pittsburgh") are one claimant, one action
PLACE_AND_GOVERNMENT = [
    ("Tulsa sues delivery app Crumbly over hidden fees\n\nThe City of Tulsa sued Crumbly on Thursday, accusing the "
     "company of hiding fees.\n\nIn a second count of the complaint, Tulsa says Crumbly kept drivers' tips.",
     [(["City of Tulsa"], ["Crumbly"])]),
    ("The State of Nevada sued Orlo Mining on Monday over water pollution.\n\nNevada separately asked the court to "
     "halt the mine's expansion, the complaint says.",
     [(["State of Nevada"], ["Orlo Mining"])]),  # named with its head, as "City of Tulsa"
]


@pytest.mark.parametrize("text,want", PLACE_AND_GOVERNMENT)
def test_a_place_and_its_government_are_one_claim(text, want):
    assert sides(text) == want


def _party(name, start, kind="government"):
    from types import SimpleNamespace
    mention = SimpleNamespace(start=start, end=start + len(name), text=name)
    return SimpleNamespace(name=name, kind=kind, role="plaintiff", title=None, mentions=[mention], first=mention)


@pytest.mark.parametrize("place,government", [("Pittsburgh", "City of Pittsburgh"), ("Nevada", "State of Nevada"),
                                              ("Massachusetts", "Commonwealth of Massachusetts")])
def test_a_place_is_the_side_of_its_government(place, government):
    from claimx.extractors.claims.names import Sides
    text = f"{place} sues. The {government} sued."
    a, b = _party(place, 0), _party(government, text.index(government))
    sides_of = Sides([a, b], text)
    assert sides_of.of_party(a) is sides_of.of_party(b)
    assert sides_of.of_name(place) is sides_of.of_party(b)


def test_a_place_is_no_short_form_of_a_group():
    from claimx.extractors.claims.names import Sides
    text = "Wisconsin sues. Wisconsin Parents for Safe Screens spoke."
    a, b = _party("Wisconsin", 0), _party("Wisconsin Parents for Safe Screens", 16, kind="organization")
    sides_of = Sides([a, b], text)
    assert sides_of.of_party(a) is not sides_of.of_party(b)


# two clauses that each tell who sues whom are two actions; an apposition after the subject
# ("Dow Jones, the publisher of ...,") leaves it the subject
TWO_CLAUSES = [
    ("The New York Times sued OpenAI and Microsoft in December 2023, and Dow Jones, the publisher of The Wall Street "
     "Journal, sued Perplexity AI in October 2024.",
     [(["The New York Times"], ["OpenAI", "Microsoft"]), (["Dow Jones"], ["Perplexity AI"])]),
    ("Texas sued Meta in 2022; New Mexico sued Snap in 2024.", [(["Texas"], ["Meta"]), (["New Mexico"], ["Snap"])]),
    ("Getty Images sued Stability AI in London, while a group of artists sued Midjourney in San Francisco.",
     [(["Getty Images"], ["Stability AI"]), ([], ["Midjourney"])]),
    # one suit told in two clauses stays one
    ("Harlan Foods sued Brisket Co. in March, and the court set a hearing for June.",
     [(["Harlan Foods"], ["Brisket Co."])]),
]


@pytest.mark.parametrize("text,want", TWO_CLAUSES)
def test_two_clauses_two_actions(text, want):
    assert sides(text) == want


# a list of claimants goes on past a relative clause and a relation word ("her boyfriend B")
LIST_PAST_CLAUSE = [
    ("A jury ordered Tessaro Motors to pay $12.5 million to the family of Lena Ortiz, who died in the crash, and "
     "her boyfriend Marco Reyes, who survived.", [(["Lena Ortiz", "Marco Reyes"], ["Tessaro Motors"])]),
    ("The lawsuit was filed by Dara Finch, who worked at the plant for a decade, and her husband Colm Finch against "
     "Tolver Chemicals.", [(["Dara Finch", "Colm Finch"], ["Tolver Chemicals"])]),
    ("Quarry Bank agreed to pay $4 million to Ruth Adeyemi, who lost her savings in the scheme, and her son "
     "Daniel Adeyemi, court filings show.", [(["Ruth Adeyemi", "Daniel Adeyemi"], ["Quarry Bank"])]),
]


# "filed by X": X brings it ("led by" stays no slot: "a probe led by X")
FILED_BY = [
    ("The complaint was filed by Oksana Petrenko and Liam Byrne against Lumen Telecom in state court.",
     [(["Oksana Petrenko", "Liam Byrne"], ["Lumen Telecom"])]),
]


@pytest.mark.parametrize("text,want", FILED_BY)
def test_filed_by_names_the_claimant(text, want):
    assert sides(text) == want


@pytest.mark.parametrize("text,want", LIST_PAST_CLAUSE)
def test_a_list_of_claimants_past_a_clause(text, want):
    assert sides(text) == want


# a court's district named alone ("the District of Oregon") is where the case is heard, no respondent
COURT_DISTRICT = [
    ("Maren Holt sued Vistra Games in the U.S. District Court for the District of Oregon, accusing it of hiding "
     "loot-box odds.\n\nAn appeals panel on Friday revived the fraud claims and sent the claims back to U.S. District "
     "Judge Ada Kerr in the District of Oregon for further proceedings.",
     [(["Maren Holt"], ["Vistra Games"])]),
]


@pytest.mark.parametrize("text,want", COURT_DISTRICT)
def test_a_court_district_is_no_respondent(text, want):
    assert sides(text) == want


# the attorney general the article names beside her state's action brings it with the state
STATE_AND_ITS_OFFICIAL = [
    ("Idaho's attorney general and the Federal Trade Commission filed separate lawsuits against Tallow Credit on "
     "Monday.\n\nIdaho is seeking civil penalties of $5,000 per violation.\n\n\"Tallow lied to borrowers,\" Attorney "
     "General Rhea Lindgren said at a news conference.",
     [(["Idaho", "Rhea Lindgren"], ["Tallow Credit"]), (["Federal Trade Commission"], ["Tallow Credit"])]),
    ("Maine sued the chemical maker Corbell Industries on Tuesday over contaminated wells.\n\nAttorney General Tomas "
     "Reyes said the state wants the company to pay for the cleanup.",
     [(["Maine", "Tomas Reyes"], ["Corbell Industries"])]),
]


@pytest.mark.parametrize("text,want", STATE_AND_ITS_OFFICIAL)
def test_a_state_and_its_attorney_general(text, want):
    assert sides(text) == want
