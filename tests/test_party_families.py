"""Party families on sentences of our own (news style, none from the dev or seed articles):
who is a party, of what kind, in what role. ``want``: name -> (kind, role) that must be found
(a name matches a party's name or one of its mention texts); ``not_parties``: texts that must
not be a party or a party's mention."""
import pytest

from party_tables import family_result, parties_of, tally

P, D, C, J, A, V = "plaintiff", "defendant", "counsel", "judge", "agency", "advocate"
PER, ORG, GOV = "person", "organization", "government"

FAMILIES = {
    "principal parties: governments as plaintiffs": [
        ("The state of Ohio sued Brightline Foods on Monday over mislabeled baby formula.",
         {"Ohio": (GOV, P), "Brightline Foods": (ORG, D)}, []),
        ("Nevada sued Kestrel Gaming Inc. in state court, saying its app targeted teenagers.",
         {"Nevada": (GOV, P), "Kestrel Gaming Inc.": (ORG, D)}, []),
        ("The city of Denver sued three scooter companies, including Zipline Mobility, on Tuesday.",
         {"City of Denver": (GOV, P), "Zipline Mobility": (ORG, D)}, []),
        ("Marlow County filed a lawsuit against Dunmore Chemical Co. over the spill.",
         {"Marlow County": (GOV, P), "Dunmore Chemical Co.": (ORG, D)}, []),
        ("Idaho, Montana and Utah all joined the federal lawsuit against Pinecrest Energy last year.",
         {"Idaho": (GOV, P), "Montana": (GOV, P), "Utah": (GOV, P), "Pinecrest Energy": (ORG, D)}, []),
        ("A Racine resident sued Holloway Bank, which is based in Westborough, Massachusetts, on Friday.",
         {"Holloway Bank": (ORG, D)}, ["Racine", "Massachusetts"]),
        ("Gov. Maura Keane and the state of Vermont sued the Corvane Group over the pipeline.",
         {"Maura Keane": (PER, P), "Vermont": (GOV, P), "Corvane Group": (ORG, D)}, []),
    ],
    "principal parties: lists and naming frames": [
        ("The complaint names Orbix Networks Inc. and Telvia Corp. as defendants.",
         {"Orbix Networks Inc.": (ORG, D), "Telvia Corp.": (ORG, D)}, []),
        ("Parents sued Snapchat Inc. and its parent company Snap Inc. in Los Angeles on Friday.",
         {"Snap Inc.": (ORG, D)}, []),
        ("Shareholders sued Quillon Bank and its parent company Harbor Trust Holdings in March.",
         {"Quillon Bank": (ORG, D), "Harbor Trust Holdings": (ORG, D)}, []),
        ("Delgado Freight was sued by the state of Georgia and two truck drivers.",
         {"Delgado Freight": (ORG, D), "Georgia": (GOV, P)}, []),
    ],
    "principal parties: case captions": [
        ("In Pellham v. Norwood Savings Bank, the judge certified a class of borrowers.",
         {"Pellham": (PER, P), "Norwood Savings Bank": (ORG, D)}, []),
        ("The ruling in Castellano v. Brightwave Media Group is due next week.",
         {"Castellano": (PER, P), "Brightwave Media Group": (ORG, D)}, []),
        ("In Marlowe v. Quentin Insurance Co., the plaintiffs sought class status.",
         {"Marlowe": (PER, P), "Quentin Insurance Co.": (ORG, D)}, []),
    ],
    "principal parties: salience (no cue in their own sentence)": [
        ("Lawmakers questioned Zorvex Inc. on Monday. The lawsuit says Zorvex hid defects in its space "
         "heaters. Zorvex declined to comment, and a Zorvex spokesman said the heaters were safe.",
         {"Zorvex Inc.": (ORG, D)}, []),
        ("The Justice Department announced on Tuesday that Marten Ortho Inc. had agreed to pay $4 million. "
         "The Justice Department said the company billed Medicare for braces it never shipped.",
         {"Department of Justice": (GOV, P), "Marten Ortho Inc.": (ORG, D)}, []),
    ],
    "principal parties: organizations by suffix grammar": [
        ("Workers filed a class action against Tarrow Logistics LLC and Penfield Holdings.",
         {"Tarrow Logistics LLC": (ORG, D), "Penfield Holdings": (ORG, D)}, []),
        ("The Marsh Creek Tenants Union sued Alder Property Management in housing court.",
         {"Marsh Creek Tenants Union": (ORG, P), "Alder Property Management": (ORG, D)}, []),
        ("The tenants are represented by Whitcomb Ander L.L.P., which sued Larch Realty last year.",
         {"Whitcomb Ander L.L.P.": (ORG, C), "Larch Realty": (ORG, D)}, []),
    ],
    "non-parties: generic role words and fragments": [
        ("Attorneys for the family said the Office had ignored the Union and the Tribunal.",
         {}, ["Attorneys", "Office", "Union", "Tribunal"]),
        ("Lawyer Sean O'Malley sued Drayton Motors on behalf of the drivers.",
         {"Sean O'Malley": (PER, C), "Drayton Motors": (ORG, D)}, ["Malley"]),
        ("The suit was brought by the Kessler Law Firm-its second against Verity Health.",
         {"Kessler Law Firm": (ORG, C), "Verity Health": (ORG, D)}, ["Kessler Law Firm-its"]),
        ("The County said the Division would review the case filed against Halcyon Foods.",
         {"Halcyon Foods": (ORG, D)}, ["County", "Division"]),
    ],
    "non-parties: outlets, mentions, no legal action": [
        ("Reuters reported that Fenwick Energy was sued by two landowners in Texas.",
         {"Fenwick Energy": (ORG, D)}, ["Reuters"]),
        ("The senator spoke in the Oval Office about the Budget Committee on Tuesday.",
         {}, ["Oval Office", "Budget Committee"]),
        ("Harlow Outfitters opened its new flagship store in Denver. Chief executive Dana Pruitt said "
         "sales of the Harlow Trail Committee jackets had doubled.",
         {}, ["Harlow Outfitters", "Dana Pruitt", "Harlow Trail Committee"]),
    ],
    "wrong roles and kinds": [
        ("Detective Carl Ruane is also facing federal charges, prosecutors said.",
         {"Carl Ruane": (PER, D)}, []),
        ("\"The bank misled its customers,\" said Dara Quill, U.S. attorney for the Western District, "
         "whose office sued Fenmore Bank.",
         {"Dara Quill": (PER, A), "Fenmore Bank": (ORG, D)}, []),
        ("The Justice Department charged Halden Pharma with fraud on Wednesday.",
         {"Department of Justice": (GOV, P), "Halden Pharma": (ORG, D)}, []),
        ("The Securities and Exchange Commission charged Rennick Capital with misleading investors.",
         {"Securities and Exchange Commission": (GOV, P), "Rennick Capital": (ORG, D)}, []),
        ("Instagram parent Meta was sued by a coalition of school districts on Monday.",
         {"Meta": (ORG, D)}, ["Instagram"]),
        ("Plaintiff Jaclyn Vrell, of Marbury, sued Novo Pharmakon. Ms. Vrell alleges the drug hurt her.",
         {"Jaclyn Vrell": (PER, P), "Novo Pharmakon": (ORG, D)}, ["Marbury", "Ms. Vrell"]),
        ("Wendell Grain & Co. was fined by regulators. Wendell Grain agreed to pay the fine.",
         {"Wendell Grain & Co.": (ORG, D)}, []),
        ("Attorney General Lena Marsh sued Cobalt Pay. Ms. Marsh said Cobalt Pay hid its fees. "
         "Lena Marsh has sued two other lenders.",
         {"Lena Marsh": (PER, P), "Cobalt Pay": (ORG, D)}, ["Ms. Marsh"]),
    ],
    "lists after a colon or semicolons": [
        ("Those indicted are Carl Benning; Tara Voss; and Miles Ortega.",
         {"Carl Benning": (PER, D), "Tara Voss": (PER, D), "Miles Ortega": (PER, D)}, []),
        ("The defendants named in the complaint: Rowan Ashby, Petra Klein and Hugo Sandoval.",
         {"Rowan Ashby": (PER, D), "Petra Klein": (PER, D), "Hugo Sandoval": (PER, D)}, []),
        ("The plaintiffs in the case are Delia Frost and Omar Haddad, both former drivers.",
         {"Delia Frost": (PER, P), "Omar Haddad": (PER, P)}, []),
    ],
    "parties reached through possessives and quotes": [
        ("Greenfield Dairy's suit against Alder Packaging Co. was dismissed on Friday.",
         {"Greenfield Dairy": (ORG, P), "Alder Packaging Co.": (ORG, D)}, []),
        ("The Boston Herald' lawsuit against Corvel Systems and Nimbus Labs went to trial.",
         {"Corvel Systems": (ORG, D), "Nimbus Labs": (ORG, D)}, []),
        ("Harbor Mutual's lawyers asked the judge to dismiss the claims.",
         {"Harbor Mutual": (ORG, P)}, []),
        ("\"We have filed proceedings against Tarrow Freight Ltd in the Federal Court to protect "
         "consumers,\" a spokesperson for the Coastal Trade Authority said.",
         {"Tarrow Freight Ltd": (ORG, D)}, []),
    ],
    "settling sides": [
        ("A judge approved the plaintiffs' settlement with Ridgeway Realty on Thursday.",
         {"Ridgeway Realty": (ORG, D)}, []),
        ("Homebuyers won $40 million in deals with Larkspur Brokers, a judge ruled.",
         {"Larkspur Brokers": (ORG, D)}, []),
    ],
    "one party per entity: initials": [
        ("The Northern Growers Alliance sued Vellum Seeds Inc. on Monday. NGA said the seeds failed.",
         {"Northern Growers Alliance": (ORG, P), "Vellum Seeds Inc.": (ORG, D)}, []),
    ],
    "lists after a possessive place": [
        ("Among those charged were Denver's Paul Riggs, Ana Cole and Tom Baxter.",
         {"Paul Riggs": (PER, D), "Ana Cole": (PER, D), "Tom Baxter": (PER, D)}, ["Denver"]),
    ],
    "names that only say whose": [
        ("Tarrow Freight Ltd sued the Harmon administration over the export rule.",
         {"Tarrow Freight Ltd": (ORG, P)}, ["Harmon"]),
        ("The Joe Harmon administration was sued by Kestrel Gaming Inc. on Friday.",
         {"Kestrel Gaming Inc.": (ORG, P)}, ["Harmon", "Joe Harmon"]),
    ],
    "in re captions": [
        ("Judge Lena Ortiz is overseeing In re Valdris Data Breach Litigation, a case against Valdris Health.",
         {"Lena Ortiz": (PER, J), "Valdris Health": (ORG, D)}, ["Valdris Data Breach Litigation"]),
        ("Drivers sued Harlow Motors, and the cases became In re Harlow Motors Emissions Litigation.",
         {"Harlow Motors": (ORG, D)}, ["Harlow Motors Emissions Litigation"]),
    ],
    "caption surnames": [
        ("Whitlock v. Lakeside Motors is set for trial in May.",
         {"Whitlock": (PER, P), "Lakeside Motors": (ORG, D)}, []),
    ],
    "salient companies the rules can only guess": [
        ("Ostrava and Belcor want to merge despite an antitrust lawsuit by regulators. Ostrava's chief executive "
         "defended the deal. Ostrava and Belcor said prices would fall. Ostrava expects a ruling soon, "
         "and Ostrava has hired economists. Belcor stores stayed open.",
         {"Ostrava": (ORG, D), "Belcor": (ORG, D)}, []),
        ("Regulators opened a lawsuit over the Zephyr jetliner. The \"Zephyr\" fleet stayed grounded. "
         "Zephyr crashes killed 30. The Zephyr's engines were checked. Zephyr flights resumed.",
         {}, ["Zephyr"]),
    ],
    "lawyers named with their firm": [
        ("Anna B. Kessler of Kessler, Marsh & Olin and Peter J. Dunlow of Dunlow Grey filed the suit "
         "against Corvel Systems on behalf of the drivers.",
         {"Anna B. Kessler": (PER, C), "Kessler, Marsh & Olin": (ORG, C), "Peter J. Dunlow": (PER, C),
          "Dunlow Grey": (ORG, C), "Corvel Systems": (ORG, D)}, []),
        ("The drivers sued Corvel Systems. They are represented by Anna B. Kessler of Kessler, Marsh & Olin.",
         {"Anna B. Kessler": (PER, C), "Kessler, Marsh & Olin": (ORG, C), "Corvel Systems": (ORG, D)}, []),
    ],
}

CASES = [pytest.param(text, want, absent, id=f"{family}: {text[:40]}")
         for family, rows in FAMILIES.items() for text, want, absent in rows]


@pytest.mark.parametrize("text,want,absent", CASES)
def test_party_family(text, want, absent):
    ok, n, wrong, found = family_result(text, want, absent)
    assert (ok, wrong) == (n, []), [(p["name"], p["kind"], p["role"]) for p in found]


@pytest.mark.parametrize("text,name,short", [
    ("The Northern Growers Alliance sued Vellum Seeds Inc. on Monday. NGA said the seeds failed.",
     "Northern Growers Alliance", "NGA"),
    ("The Department of Fair Trade fined Osprey Air. The DFT said the fares misled buyers.",
     "Department of Fair Trade", "DFT"),
])
def test_initials_are_the_named_party(text, name, short):
    """Initials written later are a mention of the party, not a second party."""
    found = parties_of(text)
    assert [p["name"] for p in found if p["name"] == short] == []
    party = next(p for p in found if p["name"] == name)
    assert short in [m["text"] for m in party["mentions"]]


@pytest.mark.parametrize("text,company,app", [
    ("A Utah family sued Snapchat on Monday. Snap Inc. said it would fight the lawsuit.", "Snap Inc.", "Snapchat"),
    ("Parents sued Instagram in Oakland. Meta Platforms Inc. denied the claims.", "Meta Platforms", "Instagram"),
])
def test_app_is_a_mention_of_its_operator(text, company, app):
    """An app sued for its company is that company (platforms.json names the operator)."""
    found = parties_of(text)
    assert [p["name"] for p in found if p["name"] == app] == []
    party = next(p for p in found if p["name"] == company)
    assert (party["role"], app in [m["text"] for m in party["mentions"]]) == ("defendant", True)


def test_app_and_its_parent_listed_together_stay_two():
    text = "Nevada sued TikTok and its parent company ByteDance on Tuesday."
    names = [p["name"] for p in parties_of(text)]
    assert "TikTok" in names and "ByteDance" in names


if __name__ == "__main__":  # per-family tally: python tests/test_party_families.py
    tally(FAMILIES)
