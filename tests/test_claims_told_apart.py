"""Claims, issue #22: claimants who sue together in one sentence while the next says their
actions were brought apart ("The three lawsuits were filed separately") bring one action each."""
import pytest

import claimx


def sides(text):
    doc = claimx.extract(text)
    return [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]]) for c in doc["claims"]]


TOLD_APART_AFTER = [
    ("Ohio, Kentucky and Indiana sued Varnell Games on Tuesday, accusing it of hiding loot-box odds from "
     "children.\n\nThe three lawsuits were filed separately in state courts.",
     [(["Ohio"], ["Varnell Games"]), (["Kentucky"], ["Varnell Games"]), (["Indiana"], ["Varnell Games"])]),
    ("Mara Lindqvist and Osei Boateng sued Corvex Logistics last week, saying they were fired for reporting "
     "safety violations.\n\nTheir complaints were filed separately in federal court in Denver.",
     [(["Mara Lindqvist"], ["Corvex Logistics"]), (["Osei Boateng"], ["Corvex Logistics"])]),
    ("Alberta and Manitoba sued Prairie Rail Corp. on Friday over the derailment.\n\nEach province filed its own "
     "statement of claim in its own court.",
     [(["Alberta"], ["Prairie Rail Corp."]), (["Manitoba"], ["Prairie Rail Corp."])]),
    ("Priya Natarajan and Arjun Mehta have sued Lumora Technologies Pvt Ltd over unpaid royalties.\n\nThe suits "
     "were filed in separate courts in Bengaluru and Chennai.",
     [(["Priya Natarajan"], ["Lumora Technologies Pvt Ltd"]), (["Arjun Mehta"], ["Lumora Technologies Pvt Ltd"])]),
    # one joint action stays one claim: the next sentence tells no separate filing
    ("Mara Lindqvist and Osei Boateng sued Corvex Logistics last week, saying they were fired for reporting "
     "safety violations.\n\nThe lawsuit was filed in federal court in Denver.",
     [(["Mara Lindqvist", "Osei Boateng"], ["Corvex Logistics"])]),
    ("Ohio and Kentucky sued Varnell Games on Tuesday.\n\nThe lawsuit was filed in federal court in Cincinnati, "
     "and separately the company was fined in Texas.",
     [(["Ohio", "Kentucky"], ["Varnell Games"])]),
]


@pytest.mark.parametrize("text,want", TOLD_APART_AFTER)
def test_actions_told_apart_in_the_next_sentence_are_one_claim_each(text, want):
    assert sides(text) == want


# "a case brought by X (on behalf of Y)" opening a sentence: X and Y bring it, and the subject
# after the comma (a name, or "the company" for the article's accused) answers it
BROUGHT_BY_PHRASE = [
    ("In a case brought by the Justice Department on behalf of the Federal Trade Commission, Varnell Games agreed "
     "to pay a $4.2 million civil penalty to settle allegations that it collected data from children.",
     [(["Justice Department", "Federal Trade Commission"], ["Varnell Games"])]),
    ("Ohio sued Corvex Labs on Monday, accusing it of selling location data.\n\nThe same day, in a case brought by "
     "the Federal Trade Commission, the company agreed to pay $2 million to settle claims that it tracked children.",
     [(["Ohio"], ["Corvex Labs"]), (["Federal Trade Commission"], ["Corvex Labs"])]),
    ("Nora Blake sued Rellix Lending in federal court in Atlanta over hidden fees.\n\nIn an action brought by the "
     "Consumer Financial Protection Bureau, the lender will pay $3 million in restitution.",
     [(["Nora Blake"], ["Rellix Lending"]), (["Consumer Financial Protection Bureau"], ["Rellix Lending"])]),
    ("Varnell Games agreed on Monday to pay $3 million to settle a lawsuit brought by the Federal Trade Commission.",
     [(["Federal Trade Commission"], ["Varnell Games"])]),
    ("Rellix Lending has agreed in principle to pay $12 million to settle a class action brought by Nora Blake.",
     [(["Nora Blake"], ["Rellix Lending"])]),
    # a company's own words about the case name no second action
    ("Ohio sued Corvex Labs on Monday, accusing it of selling location data.\n\nThe company said it would fight "
     "the case brought by the state.",
     [(["Ohio"], ["Corvex Labs"])]),
]


@pytest.mark.parametrize("text,want", BROUGHT_BY_PHRASE)
def test_a_case_brought_by_phrase_names_who_brings_it(text, want):
    assert sides(text) == want


# "X's case against Y" tells an action (not "made the case against"); "X's own case against Y"
# beside an action whose claimant no sentence names is a second action, not that one's claimant
CASE_AGAINST = [
    ("The Competition Bureau's case against Seatwise Inc. was filed last September before the Competition "
     "Tribunal.", [(["Competition Bureau"], ["Seatwise Inc."])]),
    ("The Securities and Exchange Commission's case against Orlo Mining is set for trial in March.",
     [(["Securities and Exchange Commission"], ["Orlo Mining"])]),
    ("Critics made the case against Orlo Mining in a report on Tuesday.", []),
    ("Analysts have long made a case against Rellix Lending's fees.", []),
    ("A judge in Toronto on Monday approved a $9 million settlement of a class action against Seatwise Inc.\n\n"
     "The Competition Bureau's own case against Seatwise Inc., filed last September, is continuing.",
     [([], ["Seatwise Inc."]), (["Competition Bureau"], ["Seatwise Inc."])]),
    ("A federal judge in Sydney approved a settlement of a class action against Kestrel Energy on Friday.\n\n"
     "The Australian Competition and Consumer Commission's own case against Kestrel Energy remains before "
     "the Federal Court.",
     [([], ["Kestrel Energy"]), (["Australian Competition and Consumer Commission"], ["Kestrel Energy"])]),
]


@pytest.mark.parametrize("text,want", CASE_AGAINST)
def test_an_owners_case_against_a_party_is_an_action(text, want):
    assert sides(text) == want


def kinds(text):
    doc = claimx.extract(text)
    return [(c["kind"], [x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]])
            for c in doc["claims"]]


# a criminal complaint someone files or lodges (India's private complaints, France's plainte)
# is a prosecution, and beside the same claimant's civil suit a second action
CRIMINAL_COMPLAINT = [
    ("Nora Blake lodged a criminal complaint against Orlo Mining with police in Lyon on Monday.",
     [("prosecution", ["Nora Blake"], ["Orlo Mining"])]),
    ("Vidyastra Learning sued Rohan Khurana in the Delhi High Court last month over leaked videos.\n\n"
     "Separately, Vidyastra Learning has filed a criminal complaint against Rohan Khurana before a magistrate "
     "in Mumbai.",
     [("lawsuit", ["Vidyastra Learning"], ["Rohan Khurana"]), ("prosecution", ["Vidyastra Learning"], ["Rohan Khurana"])]),
    ("Tallow Credit sued Marek Nowak in Warsaw in March.\n\nTallow Credit also filed a criminal complaint "
     "against Marek Nowak with prosecutors in Krakow.",
     [("lawsuit", ["Tallow Credit"], ["Marek Nowak"]), ("prosecution", ["Tallow Credit"], ["Marek Nowak"])]),
    # a complaint with no word of crime stays a civil suit
    ("Nora Blake filed a complaint against Orlo Mining in federal court on Monday.",
     [("lawsuit", ["Nora Blake"], ["Orlo Mining"])]),
]


@pytest.mark.parametrize("text,want", CRIMINAL_COMPLAINT)
def test_a_criminal_complaint_is_a_prosecution(text, want):
    assert kinds(text) == want


# people a class noun names ("A group of Illinois users", "Dozens of families") bring their
# own action; an agency's suit against the same company is a second one, not theirs told again
PEOPLE_AND_AGENCY = [
    ("A group of Illinois users has filed a proposed class action against Kindred Labs Inc., alleging that it "
     "scanned their faces.\n\nThe complaint, filed Tuesday in Cook County, says Kindred Labs Inc. stored face "
     "scans.\n\nIn April, the Federal Trade Commission sued Kindred Labs Inc. in federal court in Chicago.",
     [([], ["Kindred Labs Inc."]), (["Federal Trade Commission"], ["Kindred Labs Inc."])]),
    ("A group of parents has sued Tallow Learning Ltd over a data breach.\n\nThe suit says Tallow Learning Ltd "
     "left records exposed.\n\nIn May, the Information Commissioner's Office fined Tallow Learning Ltd £2 million.",
     [([], ["Tallow Learning Ltd"]), (["Information Commissioner's Office"], ["Tallow Learning Ltd"])]),
    ("Dozens of families have filed a lawsuit against Orlo Mining, saying its dam failure flooded their homes."
     "\n\nThe complaint, filed in state court in Denver, seeks damages.\n\nIn 2025, the Environmental Protection "
     "Agency sued Orlo Mining over the same dam.",
     [([], ["Orlo Mining"]), (["Environmental Protection Agency"], ["Orlo Mining"])]),
    # the agency's own suit told in several sentences stays one
    ("The Federal Trade Commission sued Kindred Labs Inc. in April.\n\nThe complaint says Kindred Labs Inc. "
     "shared chat logs.\n\nThe agency is seeking civil penalties.",
     [(["Federal Trade Commission"], ["Kindred Labs Inc."])]),
]


@pytest.mark.parametrize("text,want", PEOPLE_AND_AGENCY)
def test_people_and_an_agency_bring_two_actions(text, want):
    assert sides(text) == want
