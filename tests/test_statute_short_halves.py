"""A law named in full, then by its second half: 'the Monopoly Regulation and Fair Trade Act',
later 'the Fair Trade Act'; 'the Texas Deceptive Trade Practices-Consumer Protection Act', later
'the Consumer Protection Act'. One law, both mentions, offsets on each; two laws named apart
stay two."""
import pytest

import claimx


@pytest.mark.parametrize("text, name, short", [
    ("The commission said Daon violated the Monopoly Regulation and Fair Trade Act. The sellers "
     "will seek triple damages, which the Fair Trade Act permits.",
     "Monopoly Regulation and Fair Trade Act", "Fair Trade Act"),
    ("The state sued under the Texas Deceptive Trade Practices-Consumer Protection Act. The "
     "Consumer Protection Act allows penalties of up to $10,000 per violation.",
     "Texas Deceptive Trade Practices Act", "Consumer Protection Act"),
    ("The suit invokes the Harbor County Clean Water and Shoreline Protection Act. Lawyers said "
     "the Shoreline Protection Act had never been tested in court.",
     "Harbor County Clean Water and Shoreline Protection Act", "Shoreline Protection Act"),
])
def test_the_second_half_is_the_same_law(text, name, short):
    statutes = claimx.extract(text)["statutes"]
    assert [s["name"] for s in statutes] == [name]
    mentions = [text[m["start"]:m["end"]] for m in statutes[0]["mentions"]]
    assert mentions[-1] == short and len(mentions) == 2


def test_two_laws_named_apart_stay_two():
    text = "The suit cites the Consumer Protection Act and the Data Protection Act of 2019."
    names = [s["name"] for s in claimx.extract(text)["statutes"]]
    assert len(names) == 2
