"""Parties, issue #22 families: a person named after a long job title keeps the cue before the
title; officials named by a post in a regulator speak for it; a convicted or sentenced person is
the accused; a prosecuting office beside a civil suit brings the criminal case; names that only
say where (a county after "in", "a Sugar Land retiree", "Sunnyvale, Calif.") are no party; a
union local keeps its number. All sentences are our own."""
import pytest

import claimx


def roles(text):
    return {p["name"]: p["role"] for p in claimx.extract(text, published="2025-06-01")["parties"]}


@pytest.mark.parametrize("title", ["former Chief Financial Officer", "Chief Operating Officer",
                                   "former chief financial officer", "former Chief Executive"])
def test_a_cue_before_a_long_title_is_the_persons(title):
    text = (f"The SEC sued Tarnwell Labs Inc. on Monday. The SEC accused {title} Corinne Halvey "
            "of backdating order forms.")
    assert roles(text).get("Corinne Halvey") == "defendant"


def test_a_title_inside_a_list_keeps_the_list():
    text = ("The SEC sued Tarnwell Labs Inc. on Monday. A shareholder suit accuses Tarnwell, "
            "Halvey and former Chief Executive Mattias Orrin of misleading investors.")
    assert roles(text).get("Mattias Orrin") == "defendant"


@pytest.mark.parametrize("sentence", [
    '"They ran it anyway," Martin Palmer, the EPA\'s regional enforcement director, said in a statement.',
    '"They chose output over safety," OSHA area director Martin Palmer said.',
])
def test_an_official_named_by_a_post_in_the_regulator_speaks_for_it(sentence):
    text = ("The Environmental Protection Agency and OSHA fined Calder Resins LLC $2 million on Monday.\n\n"
            + sentence)
    assert roles(text).get("Martin Palmer") == "agency"


def test_an_executive_of_a_company_is_no_agency_official():
    text = ("The Environmental Protection Agency fined Calder Resins LLC $2 million on Monday.\n\n"
            '"We disagree," Martin Palmer, the company\'s regional operations director, said.')
    assert roles(text).get("Martin Palmer") != "agency"


@pytest.mark.parametrize("sentence", [
    "Dale Teale was convicted of vehicular homicide and sentenced to 12 years.",
    "Dale Teale, 56, of Sauk Rapids, was convicted by a jury in March of three counts of homicide.",
    "Dale Teale was found guilty on Friday of fraud.",
])
def test_a_convicted_person_is_the_accused(sentence):
    assert roles(sentence).get("Dale Teale") == "defendant"


def test_sentenced_after_a_founders_apposition_is_not_the_companys():
    text = ("Orla Brent, the founder of crypto lender Vantrel Network, has been sentenced to 12 years "
            "in prison for fraud.")
    assert roles(text).get("Vantrel Network") != "defendant"


def test_a_conviction_in_a_relative_clause_is_another_case():
    text = ("Prosecutors charged Dale Korver with fraud on Thursday.\n\nComparisons with Vantrel, "
            "whose founder Ellen Harwick was convicted of fraud in 2022, were unavoidable.")
    assert "Ellen Harwick" not in roles(text)


def test_a_prosecuting_office_beside_a_civil_suit_brings_the_criminal_case():
    text = ("Dale Teale was convicted of vehicular homicide and sentenced to 12 years.\n\n"
            "The family of the victims sued Red Ash Freight LLC last month.\n\n"
            "Prosecutors from the Stearns County Attorney's Office had asked for the top of the range.")
    r = roles(text)
    assert r.get("Stearns County Attorney's Office") == "plaintiff" and r.get("Dale Teale") == "defendant"


def test_a_prosecuting_office_with_no_criminal_case_stays_an_agency():
    text = ("Dana Ruiz sued Red Ash Freight LLC last month over the crash.\n\n"
            "Lawyers from the Stearns County Attorney's Office reviewed the crash report.")
    assert roles(text).get("Stearns County Attorney's Office") != "plaintiff"


@pytest.mark.parametrize("sentence,place", [
    ("Prosecutors charged Buckeye Paving Inc. with bid rigging after its managers met at a cabin in Hocking County.",
     "Hocking County"),
    ("Sable Ridge Homes filed a defamation suit against a Sugar Land retiree over her posts.", "Sugar Land"),
    ("Farmers led by Lewis County grower Amos Redd sued the Tennessee Hemp Commission.", "Lewis County"),
    ("Orbis Surgical Inc., of Sunnyvale, Calif., sued Tessal Medical Inc. in 2019.", "Calif."),
    ("A B.C. judge certified a class action against NorthPeak Fitness Ltd. on Monday.", "B.C."),
])
def test_a_name_that_says_where_is_no_party(sentence, place):
    r = roles(sentence)
    assert place not in r and r


def test_the_person_after_a_place_description_still_sues():
    assert roles("Farmers led by Lewis County grower Amos Redd sued the Tennessee Hemp Commission.").get(
        "Amos Redd") == "plaintiff"


def test_a_county_that_sues_is_a_party():
    assert roles("Tamsin County sued 3M Co. on Monday over PFAS in its water.").get("Tamsin County") == "plaintiff"


@pytest.mark.parametrize("name", ["Plumbers & Pipefitters Local 412 Pension Fund", "Teamsters Local 727"])
def test_a_union_local_keeps_its_number(name):
    assert roles(f"The {name} sued Veridane Inc. on Monday, accusing it of misleading investors.").get(name) == "plaintiff"


@pytest.mark.parametrize("name", ["Jang Hyun-woo", "Lee Seo-yeon"])
def test_a_hyphened_korean_given_name_is_one_name(name):
    text = f"Prosecutors indicted {name} on fraud charges on Wednesday."
    r = roles(text)
    assert r.get(name) == "defendant" and not any(n != name and name.startswith(n) for n in r)


def test_a_lower_case_word_after_a_hyphen_still_ends_a_name():
    r = roles("Prosecutors indicted Corvane Labs-has since denied wrongdoing.")
    assert not any(n.endswith("-has") for n in r)


def test_a_state_attorneys_office_keeps_its_inner_possessive():
    r = roles("The Cook County State's Attorney's Office charged Dale Teale last month with reckless homicide.")
    assert r.get("Cook County State's Attorney's Office") == "plaintiff" and "Cook County" not in r


@pytest.mark.parametrize("name", ["Environment and Climate Change Canada", "Federal Competition and Consumer Protection Commission",
                                  "Texas Commission on Environmental Quality", "Health and Safety Executive"])
def test_agencies_abroad_and_in_the_states_keep_their_whole_names(name):
    r = roles(f"The {name} fined Corvane Ltd $2 million on Monday for breaking the rules.")
    assert name in r and not any(n != name and n in name for n in r)
