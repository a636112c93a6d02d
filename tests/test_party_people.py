"""People families of parties (issue #19) on sentences of our own (news style, none from the dev
or seed articles): lawyers with their firms, people charged or suing, officials by title, judges
with Commonwealth titles, pseudonyms, and what must not become a party. ``want``: name ->
(kind, role) that must be found (a name matches a party's name or one of its mention texts);
``absent``: texts that must not be the name of a party (they may be a mention of a longer one)."""
import pytest

from party_tables import family_result, parties_of, tally

P, D, C, J, A = "plaintiff", "defendant", "counsel", "judge", "agency"
PER, ORG, GOV = "person", "organization", "government"

FAMILIES = {
    "counsel with their firm": [
        ("The deal was signed by Marta J. Quill of Brenner, Hale & Ostrow on behalf of the drivers "
         "and by Peter R. Sandoval of Dunmore Acheson on behalf of Velto Freight, the company they sued.",
         {"Marta J. Quill": (PER, C), "Brenner, Hale & Ostrow": (ORG, C),
          "Peter R. Sandoval": (PER, C), "Dunmore Acheson": (ORG, C)}, []),
        ("Nurses sued Calloway Health in May, according to the law firm Rusk Pemberton. "
         "\"This is about unpaid overtime,\" said Harold Pemberton in a statement.",
         {"Rusk Pemberton": (ORG, C), "Harold Pemberton": (PER, C), "Calloway Health": (ORG, D)}, []),
        ("Tenants sued Arbor Lane Realty last week. Their lawyer, Dana Whitlock, a partner at "
         "Greaves Whitlock LLP, said the rents were unlawful.",
         {"Dana Whitlock": (PER, C), "Greaves Whitlock LLP": (ORG, C), "Arbor Lane Realty": (ORG, D)}, []),
        ("The motion to dismiss the lawsuit was signed by Lena Ortiz of Hartwell Pike on behalf of the "
         "carriers and by Omar Reyes of Castell, Moor & Finch and Judith K. Banner of Lowry Stamp.",
         {"Lena Ortiz": (PER, C), "Hartwell Pike": (ORG, C), "Omar Reyes": (PER, C),
          "Castell, Moor & Finch": (ORG, C), "Judith K. Banner": (PER, C), "Lowry Stamp": (ORG, C)}, []),
        ("Several law firms, including Harcourt Lawyers and Piper and Vance, said they would bring a "
         "class action against Telvo.",
         {"Harcourt Lawyers": (ORG, C), "Piper and Vance": (ORG, C), "Telvo": (ORG, D)}, ["Piper", "Vance"]),
        ("Two firms, Boston-based Carver Mintz L.L.P and Ames Law Group, will represent the county "
         "in its lawsuit against Delmar Pharma.",
         {"Carver Mintz L.L.P": (ORG, C), "Ames Law Group": (ORG, C), "Delmar Pharma": (ORG, D)}, []),
    ],
    "people charged, indicted or suing": [
        ("Prosecutors charged five people in the scheme. Besides Walsh, those charged are the "
         "promoter, Kevin Marlowe; former clerk Dana Ruiz; Tom Hale, who ran the charity; "
         "his son Eli Hale; and Rita Voss, a bookkeeper.",
         {"Kevin Marlowe": (PER, D), "Dana Ruiz": (PER, D), "Tom Hale": (PER, D),
          "Eli Hale": (PER, D), "Rita Voss": (PER, D)}, []),
        ("Other lawyers who argued the case with Corbin before Judge Lena Ortiz were Tampa's "
         "Sam Pryor, Nadia Kell and Owen Brandt. The jury found Halvern Motors liable.",
         {"Sam Pryor": (PER, C), "Nadia Kell": (PER, C), "Owen Brandt": (PER, C),
          "Lena Ortiz": (PER, J)}, []),
        ("Others charged include the former mayor, Alan Pike; his aide Nora Bell; and Carl Dunn, a contractor.",
         {"Alan Pike": (PER, D), "Nora Bell": (PER, D), "Carl Dunn": (PER, D)}, []),
        ("The lawyers who filed the suit on behalf of the tenants are Mia Tran and Luis Ortega.",
         {"Mia Tran": (PER, C), "Luis Ortega": (PER, C)}, []),
        ("The Justice Department sued Arizona on Monday, taking Gov. Rosa Delgado to court over the "
         "state's new border law.",
         {"Rosa Delgado": (PER, D)}, []),
    ],
    "people who sue or are charged, named before their asides": [
        ("Maya Lind, 34, of Tacoma, who lost her job after the crash, has filed a lawsuit against "
         "Zipline Mobility.",
         {"Maya Lind": (PER, P), "Zipline Mobility": (ORG, D)}, []),
        ("Three men, Ivo Brandt, Sam Ochoa and Lee Park, were indicted on Thursday on fraud charges.",
         {"Ivo Brandt": (PER, D), "Sam Ochoa": (PER, D), "Lee Park": (PER, D)}, []),
    ],
    "people who sue, named after the suit": [
        ("A Denver woman has sued Pallas Fitness over hidden fees. Maria Kessler said she had "
         "cancelled her membership twice.",
         {"Maria Kessler": (PER, P), "Pallas Fitness": (ORG, D)}, []),
        ("The case began as a lawsuit filed in Ohio by a former nurse against Crestline Clinic. The "
         "nurse, Janet Owusu, said she had warned her managers.",
         {"Janet Owusu": (PER, P), "Crestline Clinic": (ORG, D)}, []),
    ],
    "people paid or awarded damages": [
        ("A jury ordered Halvern Motors to pay $12 million in damages to the family of Rosa Kim, who "
         "died in the crash, and to her brother Omar Kim, who was hurt.",
         {"Rosa Kim": (PER, P), "Omar Kim": (PER, P), "Halvern Motors": (ORG, D)}, []),
        ("The judge awarded $300,000 to Dennis Lowe after his lawsuit against Carden Bank went to trial.",
         {"Dennis Lowe": (PER, P), "Carden Bank": (ORG, D)}, []),
    ],
    "officials by title": [
        ("Attorney General Ines Varga and the City Attorneys of Fresno, Oakland, and San Jose today "
         "sued Quickcab for misclassifying drivers.",
         {"Ines Varga": (PER, P), "Fresno City Attorney": (GOV, P), "Oakland City Attorney": (GOV, P),
          "San Jose City Attorney": (GOV, P), "Quickcab": (ORG, D)}, []),
        ("The City Attorneys of Fresno and Oakland sued Quickcab on Monday. The City Attorneys say "
         "drivers were cheated.",
         {"Fresno City Attorney": (GOV, P), "Oakland City Attorney": (GOV, P)}, ["City Attorneys"]),
        ("The Oakland City Attorney sued Brightmoor Towing on Friday over illegal fees.",
         {"Oakland City Attorney": (GOV, P), "Brightmoor Towing": (ORG, D)}, []),
        ("\"The complaints against landlords have doubled,\" said Ruth Okonjo, FHA's Assistant "
         "Secretary for Fair Housing, after the agency charged Bellweather Homes.",
         {"Ruth Okonjo": (PER, A), "Bellweather Homes": (ORG, D)}, []),
        ("The Marin County District Attorney's Office charged Ken Lowry with fraud on Tuesday.",
         {"Marin County District Attorney's Office": (GOV, P), "Ken Lowry": (PER, D)}, []),
        ("State Auditor Paul Grey announced that the charity's director had been indicted.",
         {"Paul Grey": (PER, A)}, []),
        ("State Auditor Dora White said on Monday that the two men had been indicted on fraud charges.",
         {"Dora White": (PER, A)}, ["Dora"]),
    ],
    "judges with Commonwealth titles": [
        ("Harlow Media was sued by the actor in 2022. Its lawyers told Mr Justice Pemberton that "
         "the claim was brought too late. Pemberton will rule next month.",
         {"Mr Justice Pemberton": (PER, J), "Harlow Media": (ORG, D)}, ["Pemberton"]),
        ("The actor is suing Daily Courier Group. Mrs Justice Okafor heard the case in London.",
         {"Mrs Justice Okafor": (PER, J)}, ["Okafor"]),
        ("Lady Justice Carr ruled that the claim brought by Helm Energy against the council could proceed.",
         {"Lady Justice Carr": (PER, J)}, ["Carr"]),
        ("Lord Justice Brandon dismissed the appeal brought by Selwyn Holdings against the council.",
         {"Lord Justice Brandon": (PER, J)}, ["Brandon"]),
    ],
    "not parties: case names and self-representation": [
        ("Marlow County was sued by Harlan Voss, representing himself, and by Edith Lamb, who is "
         "represented by Mercer Hale LLP.",
         {"Harlan Voss": (PER, P), "Marlow County": (GOV, D), "Mercer Hale LLP": (ORG, C)}, []),
        ("Other cases remain open, including Harwood, which plaintiff attorney Nina Cole said she "
         "would keep litigating against Meridian Realty.",
         {"Nina Cole": (PER, C)}, ["Harwood"]),
    ],
    "pseudonyms": [
        ("A woman identified as Jane Doe sued Velvet Stream Inc. in Los Angeles on Thursday.",
         {"Jane Doe": (PER, P), "Velvet Stream Inc.": (ORG, D)}, []),
    ],
}

CASES = [row for rows in FAMILIES.values() for row in rows]


@pytest.mark.parametrize("text,want,absent", CASES)
def test_people_family(text, want, absent):
    ok, n, wrong, found = family_result(text, want, absent, absent_in_mentions=False)
    assert (ok, wrong) == (n, []), [(p["name"], p["kind"], p["role"]) for p in found]


@pytest.mark.parametrize("text", [
    "Harlan Voss, who is representing himself, told the judge that Marlow County ignored his lawsuit.",
    "The lawsuit against Marlow County is pressed by Harlan Voss representing himself.",
])
def test_representing_oneself_makes_no_counsel(text):
    assert [p["name"] for p in parties_of(text) if p["role"] == "counsel"] == []


if __name__ == "__main__":  # per-family tally: python tests/test_party_people.py
    tally(FAMILIES, absent_in_mentions=False)
