"""Sums a claim is told by: its parts ("It breaks down into A for X, B for Y and C for Z"; "ordered
to pay A, ..., together with B for injury to feelings") and the sum a suit is brought for ("sued
B for $5 million"), not the business's own sums told beside it."""
import pytest

import claimx


def _sums(text):
    d = claimx.extract(text)
    return [[d["amounts"][i]["text"] for i in c["amounts"]] for c in d["claims"]]


@pytest.mark.parametrize("text, sums", [
    ("The data protection authority fined Lojas Vila R$ 8.4 million on Monday. It breaks down into "
     "R$ 6.1 million for the unlawful sharing of data, R$ 1.9 million for the late notice and "
     "R$ 400,000 for failing to appoint an officer.",
     ["R$ 8.4 million", "R$ 6.1 million", "R$ 1.9 million", "R$ 400,000"]),
    ("A tribunal found that Corbel Bank discriminated against Anna Marsh. The tribunal ordered Corbel "
     "Bank to pay £1,312,480, made up chiefly of lost salary, together with £48,000 for injury to feelings.",
     ["£1,312,480", "£48,000"]),
    ("Vela Corp. sued Brix Inc. for $5 million on Monday.", ["$5 million"]),
])
def test_a_claims_sum_and_its_parts(text, sums):
    assert _sums(text) == [sums]


@pytest.mark.parametrize("text", [
    "Vela Corp. sued Brix Inc. over its product. Brix earned $20 million for the product and $3 million for services last year.",
    "Vela Corp. sued Brix Inc., which earned $20 million last year, over its product.",
])
def test_the_business_sums_beside_a_suit_are_not_its(text):
    assert _sums(text) == [[]]
