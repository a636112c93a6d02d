import pytest

from claimx.extractors.parties import PartyFinder


@pytest.fixture(scope="module")
def finder():
    return PartyFinder()


def roles(finder, text):
    found = finder.find(text)
    for p in found:
        for m in p.mentions:
            assert text[m.start:m.end] == m.text
    return {p.name: (p.kind, p.role) for p in found}


CASES = [
    ("Rep. Devin Nunes (R-Calif.) sued Twitter in 2019.",
     {"Devin Nunes": ("person", "plaintiff"), "Twitter": ("organization", "defendant")}),
    ("U.S. District Judge Yvonne Gonzalez Rogers held Apple in contempt.",
     {"Yvonne Gonzalez Rogers": ("person", "judge")}),
    ("New Mexico Attorney General Ra\u00fal Torrez sued Meta Platforms Inc. on Wednesday.",
     {"Ra\u00fal Torrez": ("person", "plaintiff"), "Meta Platforms": ("organization", "defendant")}),
    ("The lawsuit was filed by attorneys Dana Whitley and Marcus Obi of Lindqvist & Rowe LLP on behalf of "
     "John Doe #1.",
     {"Dana Whitley": ("person", "counsel"), "Marcus Obi": ("person", "counsel"),
      "Lindqvist & Rowe LLP": ("organization", "counsel"), "John Doe #1": ("person", "plaintiff")}),
    ("The Department of Homeland Security (DHS) investigated the videos. DHS agents later intervened.",
     {"Department of Homeland Security": ("government", "agency")}),
    ("Benjamin Sweet, McCabe's attorney, declined to comment. Melissa McCabe has filed over 30 lawsuits.",
     {"Benjamin Sweet": ("person", "counsel"), "Melissa McCabe": ("person", "plaintiff")}),
    ("The girl's mother, Tawanna Anderson, sued ByteStream and its parent company, Helix Media Group, in 2022.",
     {"Tawanna Anderson": ("person", "plaintiff"), "ByteStream": ("organization", "defendant"),
      "Helix Media Group": ("organization", "defendant")}),
    ("The drivers are represented by Lichten & Liss-Riordan, P.C. in the case.",
     {"Lichten & Liss-Riordan, P.C.": ("organization", "counsel")}),
    ("Families filed a lawsuit against a gun maker on Monday. The gun maker Vantor Arms denied the claims.",
     {"Vantor Arms": ("organization", "defendant")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(finder, text, expected):
    assert roles(finder, text) == expected


def test_short_references_merge(finder):
    text = ("Epic Games sued Apple in federal court. Epic says the App Store rules are unlawful. "
            "Judge Anne Conway ruled for Epic. Conway wrote that the claims may proceed.")
    found = {p.name: [m.text for m in p.mentions] for p in finder.find(text)}
    assert found["Epic Games"] == ["Epic Games", "Epic", "Epic"]
    assert found["Anne Conway"] == ["Anne Conway", "Conway"]


def test_acronym_and_former_name_merge(finder):
    text = ("The National Center on Sexual Exploitation (NCOSE), formerly known as Morality in Media, "
            "is an advocacy group. NCOSE brought a lawsuit against Twitter on behalf of two men.")
    found = {p.name: (p.role, [m.text for m in p.mentions]) for p in finder.find(text)}
    role, mentions = found["National Center on Sexual Exploitation"]
    assert role == "advocate"
    assert mentions == ["National Center on Sexual Exploitation", "NCOSE", "Morality in Media", "NCOSE"]


@pytest.mark.parametrize("text", [
    "The plaintiffs and the boy sued a judge.",                      # generic phrases
    "Vice reported the ruling, according to the New York Post.",    # outlets as sources
    "Former President Donald Trump posted about the decision.",     # merely mentioned
    "Rather, the company said it would appeal.",                    # a capitalized opener
])
def test_not_parties(finder, text):
    assert finder.find(text) == []


def test_headlines_are_lines_of_capitalized_words_not_sentences():
    from claimx.extractors.parties import title_case_lines as _title_case_lines

    text = ("Smith Family Sues Acme Over Crash In Ohio\n"              # a headline
            "Acme Said The Crash Was Not Its Fault, Lawyers Said.\n"   # a sentence
            'Lawyers Told Reporters "The Case Is Closed."\n'           # a sentence ending in a quote
            "\"Acme Knew About It,\" Said Attorney Jo Smith, Esq.)\n"  # a quote mark then ')'
            "Pictured: Acme Headquarters In Dayton, Ohio\n")          # a caption: no full stop
    lines = text.split("\n")
    starts = [sum(len(x) + 1 for x in lines[:k]) for k in range(len(lines))]
    assert _title_case_lines(text) == [(starts[0], starts[0] + len(lines[0])),
                                      (starts[4], starts[4] + len(lines[4]))]


@pytest.mark.parametrize("text,kept", [
    ("Zendor sued Meta in March. A judge said Zendor must refile.", True),      # also used inside
    ("Zendor sued Meta in March. Zendor must refile, a judge said.", False),     # only opening sentences
    ("Zendor sued Meta in March. A judge said the Zendors must refile.", False),  # inside a longer word
    ("Zendor sued Meta in March. A judge said ZendorCo must refile.", False),
])
def test_a_one_word_name_opening_a_sentence_needs_a_use_inside_one(finder, text, kept):
    found = {p.name for p in finder.find(text)}
    assert ("Zendor" in found) is kept and "Meta" in found
