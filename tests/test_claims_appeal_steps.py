"""Appeals told after the outcome they challenge: "X has appealed the verdict" is the action's
latest step (the verdict it names is the one told before), while time or a right to appeal
("has two months to appeal", "has 30 days to appeal", "is considering an appeal") is none."""
import pytest

import claimx


def _statuses(text):
    return [c["status"] for c in claimx.extract(text)["claims"]]


@pytest.mark.parametrize("text", [
    "A jury found Orchid Corp. liable and awarded $4 million to Dana Roe. Orchid Corp. has appealed the verdict.",
    "A jury found Orchid Corp. liable and awarded $4 million to Dana Roe. Orchid has appealed the verdict.",
    "A judge found Orchid Corp. liable to Dana Roe for $4 million in March. Orchid Corp. is appealing the "
    "judgment at the Ninth Circuit.",
])
def test_an_appeal_of_the_outcome_told_is_the_latest_step(text):
    assert _statuses(text) == ["appealed"]


@pytest.mark.parametrize("text", [
    "The regulator fined Médialink SARL €2 million in March. Médialink has two months to appeal to the "
    "Conseil d'État.",
    "A jury found Orchid Corp. liable and awarded $4 million to Dana Roe. Orchid has 30 days to appeal.",
    "A jury found Orchid Corp. liable and awarded $4 million to Dana Roe. Orchid has the right to appeal.",
])
def test_time_or_a_right_to_appeal_is_no_appeal(text):
    assert _statuses(text) == ["decided"]
