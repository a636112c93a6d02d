"""A parent who sues on behalf of a child brings the suit:
"brought by A of Naperville on behalf of her daughter" names a plaintiff and where she lives,
not a lawyer and a firm. A lawyer of a firm on behalf of a client stays counsel."""
import claimx


def _roles(doc):
    return {p["name"]: p["role"] for p in doc["parties"]}


def test_a_parent_suing_on_behalf_of_her_child_is_the_plaintiff():
    text = ("The suit was brought by Marisol Quintanilla of Joliet on behalf of her 13-year-old son "
            "against Pixory Labs Inc., which makes the photo app.")
    doc = claimx.extract(text)
    roles = _roles(doc)
    assert roles["Marisol Quintanilla"] == "plaintiff"
    assert "Joliet" not in roles  # where she lives, no firm
    assert [c["name"] for c in doc["claims"][0]["claimants"]] == ["Marisol Quintanilla"]


def test_a_person_suing_on_behalf_of_her_family_is_the_plaintiff():
    text = "Pixory Labs Inc. was sued by Rhea Okonkwo on behalf of her family over the app's face scans."
    assert _roles(claimx.extract(text))["Rhea Okonkwo"] == "plaintiff"


def test_a_lawyer_of_a_firm_on_behalf_of_clients_stays_counsel():
    text = ("The suit against Pixory Labs Inc. was filed by Jonah Pierce of Pierce & Lyle on behalf "
            "of his clients, two families in Joliet.")
    roles = _roles(claimx.extract(text))
    assert roles["Jonah Pierce"] == "counsel" and roles["Pierce & Lyle"] == "counsel"
