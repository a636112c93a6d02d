"""Organisation and government party families (issue #19) on sentences of our own (news style,
none from the dev or seed articles). ``want``: name -> (kind, role) that must be found (a name
matches a party's name or one of its mention texts); ``absent``: texts that must be neither a
party's name nor a mention of any party; ``one``: texts that must all be mentions of one party."""
import pytest

import claimx

from party_tables import family_result

P, D, C, J, A, V = "plaintiff", "defendant", "counsel", "judge", "agency", "advocate"
PER, ORG, GOV = "person", "organization", "government"

FAMILIES = {
    "lists of governments": [
        ("Arizona, New Mexico, Wyoming and Texas joined the federal lawsuit against Corvane Foods.",
         {"Arizona": (GOV, P), "New Mexico": (GOV, P), "Wyoming": (GOV, P), "Texas": (GOV, P),
          "Corvane Foods": (ORG, D)}, [], []),
        ("The attorneys general of Ohio, New York and North Carolina sued Brightline Pharma on Monday.",
         {"Ohio": (GOV, P), "New York": (GOV, P), "North Carolina": (GOV, P), "Brightline Pharma": (ORG, D)},
         [], []),
        ("The lawsuit against Tarrow Freight LLC was later joined by Iowa, New Jersey and Oregon.",
         {"Iowa": (GOV, P), "New Jersey": (GOV, P), "Oregon": (GOV, P), "Tarrow Freight LLC": (ORG, D)}, [], []),
        ("Maryland, South Carolina and Nevada sued Kestrel Gaming Inc. in federal court.",
         {"Maryland": (GOV, P), "South Carolina": (GOV, P), "Nevada": (GOV, P), "Kestrel Gaming Inc.": (ORG, D)},
         [], []),
        ("Ohio, Iowa and Texas are among the states suing Brightline Pharma.",
         {"Ohio": (GOV, P), "Iowa": (GOV, P), "Texas": (GOV, P), "Brightline Pharma": (ORG, D)}, [], []),
        ("Brightline Pharma faces lawsuits from Utah, Kansas and Vermont.",
         {"Utah": (GOV, P), "Kansas": (GOV, P), "Vermont": (GOV, P), "Brightline Pharma": (ORG, D)}, [], []),
        ("Halden Pharma settled with Georgia and Alabama for $5 million.",
         {"Georgia": (GOV, P), "Alabama": (GOV, P), "Halden Pharma": (ORG, D)}, [], []),
        ("The lawsuit was filed by the Texas Attorney General on Monday against Kestrel Gaming Inc.",
         {"Texas Attorney General": (GOV, P), "Kestrel Gaming Inc.": (ORG, D)}, [], []),
        ("The San Diego City Attorney sued Ryde Share Inc. over driver pay.",
         {"San Diego City Attorney": (GOV, P), "Ryde Share Inc.": (ORG, D)}, ["Diego City Attorney"], []),
        ("Texas Attorney General Dana Ruiz sued Kestrel Gaming Inc. on Monday.",
         {"Dana Ruiz": (PER, P), "Kestrel Gaming Inc.": (ORG, D)}, ["Texas Attorney General"], []),
        ("A Toledo, Ohio, resident sued Holloway Bank on Friday.", {"Holloway Bank": (ORG, D)}, ["Ohio"], []),
        ("The city attorneys of Denver, Seattle, and Boston today sued Ryde Share Inc. over driver pay.",
         {"Denver": (GOV, P), "Seattle": (GOV, P), "Boston": (GOV, P), "Ryde Share Inc.": (ORG, D)}, [], []),
        ("Chicago, Dallas and Houston jointly filed a lawsuit against Brightline Pharma.",
         {"Chicago": (GOV, P), "Dallas": (GOV, P), "Houston": (GOV, P), "Brightline Pharma": (ORG, D)}, [], []),
    ],
    "fragments that only look like names": [
        ("The suit, filed in the U.S. District Court for the Northern District of Texas, Dallas Division, "
         "accuses Halden Pharma of fraud.",
         {"Halden Pharma": (ORG, D)}, ["Dallas Division"], []),
        ("Applicants sued Corvel Systems, saying it discriminated against Asian Americans and Hispanic applicants.",
         {"Corvel Systems": (ORG, D)}, ["Asian", "Asian Americans", "Hispanic"], []),
        ("\"Fenmore Bank misled its customers,\" said Dara Quill, U.S. attorney for the Eastern District "
         "of Virginia, whose office sued the bank.",
         {"Dara Quill": (PER, A)}, ["Eastern District of Virginia"], []),
        ("Acme Roofing, based in Boise, Idaho, was sued by a homeowner on Monday.",
         {"Acme Roofing": (ORG, D)}, ["Boise"], []),
        ("The agency on Monday charged Harbor Point, AL, Tidewell Holdings, Inc., and Marsh Street Realty with "
         "housing discrimination.",
         {"Tidewell Holdings, Inc.": (ORG, D), "Marsh Street Realty": (ORG, D)}, ["Harbor Point"], []),
        ("Oakland And San Francisco Sue Uber Over Driver Pay\n"
         "The city of Oakland sued Uber on Monday, saying drivers were misclassified.",
         {"Uber": (ORG, D), "City of Oakland": (GOV, P)}, ["Francisco Sue Uber"], []),
        ("The City Attorneys said the drivers were misclassified when they sued Ryde Share Inc.",
         {"Ryde Share Inc.": (ORG, D)}, ["City Attorneys"], []),
    ],
    "organisation names with connectors and suffixes": [
        ("The homeowners sued Marten Bank and Harlow Health and Life Insurance Co. on Friday.",
         {"Marten Bank": (ORG, D), "Harlow Health and Life Insurance Co.": (ORG, D)}, ["Life Insurance Co."], []),
        ("The lawsuit names Bellway Tea and Orrin Corporation as defendants.",
         {"Bellway Tea": (ORG, D), "Orrin Corporation": (ORG, D)}, ["Bellway Tea and Orrin Corporation"], []),
        ("Regulators charged Rosa Linden, Inc., and Granite Row Properties with steering buyers.",
         {"Rosa Linden, Inc.": (ORG, D), "Granite Row Properties": (ORG, D)}, ["Rosa Linden"], []),
        ("The Texas Attorney General's Office sued Kestrel Gaming Inc. on Monday.",
         {"Texas Attorney General's Office": (GOV, P), "Kestrel Gaming Inc.": (ORG, D)}, ["Texas Attorney General"], []),
        ("Brightline Pharma was sued by the Consumer Protection Division of the Ohio Attorney General\u2019s Office.",
         {"Consumer Protection Division of the Ohio Attorney General\u2019s Office": (GOV, P),
          "Brightline Pharma": (ORG, D)}, [], []),
        ("The county hired Denver-based Harlan Voss L.L.P to help in its lawsuit against Larch Realty.",
         {"Harlan Voss L.L.P": (ORG, C), "Larch Realty": (ORG, D)}, [], []),
        ("Tenants sued the Marlow County Department of Housing over the evictions.",
         {"Marlow County Department of Housing": (GOV, D)}, [], []),
    ],
    "partial names of a longer party": [
        ("Voters sued the Marlow County Office of Elections on Monday. A lawyer for the Office of Elections "
         "declined to comment.",
         {"Marlow County Office of Elections": (GOV, D)}, [],
         ["Marlow County Office of Elections", "Office of Elections"]),
        ("The Northern Territory Consumer Protection Authority sued Quillon Energy. The Consumer "
         "Protection Authority said Quillon overcharged.",
         {"Northern Territory Consumer Protection Authority": (GOV, P), "Quillon Energy": (ORG, D)}, [],
         ["Northern Territory Consumer Protection Authority", "Consumer Protection Authority"]),
    ],
    "parties named only in quotes, possessives and headlines": [
        ("\u201cThrough Google's search engine and Amazon's store, Defendants profit from our reporting,\u201d the "
         "complaint says. The lawsuit seeks damages.",
         {"Google": (ORG, D), "Amazon": (ORG, D)}, [], []),
        ("Photo: Dana Pruitt\n\nJudge approves $90 million in deals with Larkspur Brokers, Harlow Realty Group\n\n"
         "The settlements end four years of litigation over broker commissions.",
         {"Larkspur Brokers": (ORG, D), "Harlow Realty Group": (ORG, D)}, ["Dana Pruitt"], []),
    ],
    "principal organisations by salience": [
        ("Corvane loses pipeline trial\n"
         "A federal jury on Tuesday sided with the landowners in their lawsuit and awarded $30 million. "
         "The verdict followed a three-week trial. Corvane said it would appeal, and Corvane shares fell.",
         {"Corvane": (ORG, D)}, [], []),
        ("Photo: Dana Pruitt\n\nOrsolo loses pay trial\n\nA jury sided with the drivers in their lawsuit "
         "on Tuesday after a two-week trial. Orsolo said it would appeal, and shares of Orsolo fell 5 percent.",
         {"Orsolo": (ORG, D)}, ["Dana Pruitt"], []),
        ("A federal judge on Monday struck down Varnell's hiring policy, ending a five-year lawsuit. "
         "The ruling is a setback for Varnell, which may appeal. Varnell's board met on Tuesday.",
         {"Varnell": (ORG, D)}, [], []),
        ("Regulators fine the Stellar Ticket pass\nThe fine concerns the \"Stellar\" pass. "
         "Stellar passes were sold online. Fans of the Stellar brand were angry.",
         {}, ["Stellar"], []),
    ],
}

CASES = [pytest.param(text, want, absent, one, id=f"{family}: {text[:40]}")
         for family, rows in FAMILIES.items() for text, want, absent, one in rows]


def org_family_result(text, want, absent, one):
    """family_result, and whether the forms in ``one`` (one party's) came out split."""
    ok, n, wrong, found = family_result(text, want, absent)
    holders = [p["name"] for p in found if {m["text"] for m in p["mentions"]} & set(one)]
    split = one and (len(holders) != 1 or not set(one) <= {m["text"] for p in found if p["name"] == holders[0]
                                                           for m in p["mentions"]})
    return ok, n, wrong, bool(split), found


@pytest.mark.parametrize("text,want,absent,one", CASES)
def test_party_org_family(text, want, absent, one):
    ok, n, wrong, split, found = org_family_result(text, want, absent, one)
    assert (ok, wrong, split) == (n, [], False), [(p["name"], p["kind"], p["role"]) for p in found]


@pytest.mark.parametrize("text, name", [
    ("Nine injured workers sued Harbor Valve & Fitting Inc. in state court.", "Harbor Valve & Fitting Inc."),
    ("Calloway Resins LLC and its maintenance contractor, Delta Valve & Instrument Inc., have been "
     "sued by nine of the injured workers.", "Delta Valve & Instrument Inc."),
    ("The suit names Apple Orchard & Cider LLC, a Vermont farm.", "Apple Orchard & Cider LLC"),
    # the known name written with its own legal form ("Valve Corp.") after a word of the name
    ("Prosecutors charged Harbor Valve Corp. with fraud.", "Harbor Valve Corp."),
])
def test_a_known_name_inside_a_longer_company_name_stays_inside_it(text, name):
    # Valve, Delta and Apple are companies the gazetteer knows; here they only start another's name
    doc = claimx.extract(text)
    party = next(p for p in doc["parties"] if p["name"] == name)
    assert party["role"] == "defendant" and text[party["start"]:party["end"]] == name
    assert not any(p["name"] in ("Valve", "Delta", "Apple", "Harbor", "Valve Corp.", "Instrument Inc.", "Fitting Inc.")
                   for p in doc["parties"])


@pytest.mark.parametrize("text, name", [
    ("The lead plaintiff, the Carpenters Pension Fund of Western Ohio, sued Northgate Corp. in federal court.",
     "Carpenters Pension Fund of Western Ohio"),
    ("The Plumbers Pension Fund of Northern California sued Northgate Corp. on Monday.",
     "Plumbers Pension Fund of Northern California"),
])
def test_a_region_of_a_state_ends_a_name_whole(text, name):
    # "of Western Ohio": the state is a part of the fund's name, not a party of its own
    parties = {p["name"]: p["role"] for p in claimx.extract(text)["parties"]}
    assert parties == {name: "plaintiff", "Northgate Corp.": "defendant"}
