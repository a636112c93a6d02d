"""A settlement a side opted out of, or one a judge rejected, does not settle the case: the
claim keeps the stage it had reached. A settlement agreed to still settles it."""
import pytest

import claimx


@pytest.mark.parametrize("text", [
    "Harlan County sued 3M in 2024. It opted out of the national settlements that 3M struck "
    "with water systems in 2023 and is pursuing its own claims.",
    "A federal judge rejected the proposed $40 million settlement of the class action against "
    "Orchid Corp., saying it shortchanged customers.",
    "Customers who sued Orchid Corp. objected to the $40 million settlement its lawyers had "
    "negotiated, and the case is headed for trial.",
])
def test_a_settlement_refused_settles_nothing(text):
    statuses = [c["status"] for c in claimx.extract(text)["claims"]]
    assert statuses and "settled" not in statuses


def test_a_settlement_agreed_to_settles():
    text = "Orchid Corp. agreed to a $40 million settlement of the class action brought by its customers."
    assert [c["status"] for c in claimx.extract(text)["claims"]] == ["settled"]
