"""Claims, issue #22: a regulator's fine and a suit another body brings against the same
company are two actions. Who brings each is read from its sentence's subject even when the
name is followed by its acronym in brackets ("the Public Prosecutor's Office (MPRJ) filed"),
and the letters of a currency sign ("R$", "HK$") are no side of either."""
import pytest

import claimx


def claims(text, published="2025-06-01"):
    doc = claimx.extract(text, published=published)
    return [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["kind"])
            for c in doc["claims"]]


FINE_THEN_SUIT = ("Wallet app fined over data sharing\n\nBy Ana Ruiz\nJune 1, 2025\n\n"
                  "Brazil's National Consumer Secretariat (Senacon) has fined Varga Pagos S.A. R$ 3.1 million "
                  "for sharing customers' payment histories with advertisers.\n\n"
                  "Varga said it would contest the decision.\n\n"
                  "Last week the Rio de Janeiro State Public Prosecutor's Office (MPRJ) filed a public civil "
                  "action against Varga, seeking R$ 90 million in collective damages.\n")


def test_fine_and_a_prosecutors_civil_action_are_two_claims():
    assert claims(FINE_THEN_SUIT) == [
        (["National Consumer Secretariat"], ["Varga Pagos S.A."], "enforcement"),
        (["Rio de Janeiro State Public Prosecutor's Office"], ["Varga Pagos S.A."], "lawsuit"),
    ]


@pytest.mark.parametrize("sentence,claimant", [
    ("The Rio de Janeiro State Public Prosecutor's Office (MPRJ) filed a civil action against Varga Pagos.",
     "Rio de Janeiro State Public Prosecutor's Office"),
    ("The Federal Trade Commission (FTC) sued Varga Pagos on Monday.", "Federal Trade Commission"),
    ("The Information Commissioner's Office (ICO) fined Varga Pagos £2 million.", "Information Commissioner's Office"),
])
def test_a_subject_followed_by_its_acronym_brings_the_action(sentence, claimant):
    (got,) = claims(sentence)
    assert got[0] == [claimant] and got[1] == ["Varga Pagos"]


@pytest.mark.parametrize("sign", ["R$", "HK$", "A$", "NZ$"])
def test_a_currency_signs_letters_are_no_party(sign):
    text = f"The regulator fined Varga Pagos {sign} 4 million on Monday. Varga Pagos said it would appeal the {sign} 4 million fine."
    doc = claimx.extract(text, published="2025-06-01")
    names = [p["name"] for p in doc["parties"]]
    assert names == ["Varga Pagos"]
    assert [[x["name"] for x in c["respondents"]] for c in doc["claims"]] == [["Varga Pagos"]]
    assert [a["text"] for a in doc["amounts"]][:1] == [f"{sign} 4 million"]
