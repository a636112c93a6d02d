"""Quotations that accuse without an accusing word: what marks them is who speaks, told by the
pleading's local name ("the statement of claim", "the plaint"), by a document in the
attribution ("the states said in their complaint"), by the speaker's post at a prosecutor's
office, regulator or consumer group, or by the group the sentence before names ("Consumer
advocates welcomed the ruling."); and accusations of acting without people's consent.
Statements of the accused, of companies and of industry stay statements."""
import pytest

from quote_tables import quotes


def kinds(text):
    return [(t, s, k) for t, s, k in quotes(text)]


@pytest.mark.parametrize("text,expected", [
    # Commonwealth and Indian names of the pleading that opens a suit
    ('"The insurer turned down every claim that arrived after March," the statement of claim says.',
     ("The insurer turned down every claim that arrived after March,", "the statement of claim")),
    ("'The developer sold flats it knew would never be built,' the plaint filed in the Delhi High Court says.",
     ("The developer sold flats it knew would never be built,", "the plaint filed in the Delhi High Court")),
    ('"The bank charged customers for advice they never received," the originating application states.',
     ("The bank charged customers for advice they never received,", "the originating application")),
    ('"The landlord kept the deposits of 400 tenants," the notice of civil claim says.',
     ("The landlord kept the deposits of 400 tenants,", "the notice of civil claim")),
    ("In her police complaint, the complainant said the builder 'took Rs 40 lakh and stopped answering calls.'",
     ("took Rs 40 lakh and stopped answering calls.", "the complainant")),
    ('"The tenant was told her flat had been let to someone else," the complainants told the tribunal.',
     ("The tenant was told her flat had been let to someone else,", "the complainants")),
    # a document named in the attribution itself
    ('The company, the states said in their complaint, "has built its products to keep children scrolling."',
     ("has built its products to keep children scrolling.", "the states")),
    ("\"The chain kept two sets of books for its drivers' hours,\" the workers said in their lawsuit.",
     ("The chain kept two sets of books for its drivers' hours,", "the workers")),
    ("The council, residents argued in a petition, 'approved the tower without reading the flood report.'",
     ("approved the tower without reading the flood report.", "residents")),
    # the speaker's post: a prosecutor's office, a regulator, a consumer group
    ('"Customers were charged for insurance they never asked for," said Tom Reilly, a spokesman for '
     "the state attorney general's office.",
     ("Customers were charged for insurance they never asked for,", "Tom Reilly")),
    ('"The app told users their photos were private and then sold them," said Priya Nair, a senior '
     "official at the competition regulator.",
     ("The app told users their photos were private and then sold them,", "Priya Nair")),
    ("'Families paid for care that was never delivered,' said Sian Evans, of the consumer group Which?.",
     ("Families paid for care that was never delivered,", "Sian Evans")),
    ('"Passengers paid twice for the same seat on hundreds of flights," said Julie Martin, director '
     "of the district attorney's office consumer unit.",
     ("Passengers paid twice for the same seat on hundreds of flights,", "Julie Martin")),
    ('"Parents trusted the firm with their children and it let them down," said Lena Marsh, chair of '
     "the Federal Trade Commission.",
     ("Parents trusted the firm with their children and it let them down,", "Lena Marsh")),
    ("'Buyers were quoted one price at the door and another at the till,' said Colm Byrne, a senior "
     "official at the Competition and Consumer Protection Commission.",
     ("Buyers were quoted one price at the door and another at the till,", "Colm Byrne")),
    ("Four families sued the nursery chain on Monday. 'Our children were left in wet clothes all "
     "afternoon,' said Nia Roberts, one of the parents.",
     ("Our children were left in wet clothes all afternoon,", "Nia Roberts")),
    # consumer-affairs offices as speakers
    ('"Hundreds of renters paid deposits they will never see again," NSW Fair Trading commissioner '
     "Natasha Mann said.",
     ("Hundreds of renters paid deposits they will never see again,", "NSW Fair Trading commissioner Natasha Mann")),
    # the group the sentence before names speaks through one of its own
    ('Consumer advocates welcomed the decision. "For a decade buyers were nudged into the dearest plan '
     'before anyone told them," said Ana Ruiz of the Consumer Action Centre.',
     ("For a decade buyers were nudged into the dearest plan before anyone told them,", "Ana Ruiz of the Consumer Action Centre")),
    ("Privacy campaigners hailed the fine on Tuesday. 'Messages sent in confidence were read by staff "
     "for years,' said Jo Kerr, director of Open Rights Watch.",
     ("Messages sent in confidence were read by staff for years,", "Jo Kerr")),
    # acting without the people's consent or knowledge
    ("\"The clinic passed patients' records to marketers without their consent,\" said Ann Bell.",
     ("The clinic passed patients' records to marketers without their consent,", "Ann Bell")),
    ('"Shoppers were signed up for a monthly subscription without knowing it," said Ravi Shah.',
     ("Shoppers were signed up for a monthly subscription without knowing it,", "Ravi Shah")),
])
def test_accusations_marked_by_their_source(text, expected):
    found = [(t, s) for t, s, k in kinds(text) if k == "allegation"]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    '"We will study the ruling carefully and consider our options," the company said in a statement.',
    '"We followed every rule the regulator set for us," said John Park, a spokesman for the bank.',
    '"The case against my client rests on guesswork," said Dan Moss, a former prosecutor who now '
    "represents the company.",
    'Industry groups criticised the ruling. "This decision will raise prices for every shopper," '
    "said Mark Dell of the Retail Council.",
    '"We cannot say more without knowing what the report contains," said Rob Kell, a spokesman.',
    'A police spokesman said: "Inquiries are continuing and we will not comment further at this stage."',
    '"Our new plan gives every customer more choice than before," said Lee Chan, head of sales at the firm.',
])
def test_other_sides_and_onlookers_stay_statements(text):
    assert [k for _, _, k in kinds(text)] == ["statement"]
