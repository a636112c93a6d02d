"""Unknown platforms named with a kind the introducer did not read: an AI companion or chatbot
app ("the popular AI companion app Kindly"), and an online game where people meet ("the kids'
building game Brickvale", then "met her on Brickvale"); a game nobody goes on is no platform.
And a company-named service is not used as the service where data flows "to" the company or
people hold "accounts" with it."""
import pytest

import claimx


def platforms(text):
    return {p["name"]: [m["text"] for m in p["mentions"]] for p in claimx.extract(text)["platforms"]}


@pytest.mark.parametrize("text,expected", [
    ("Users sued Lumen Labs, the startup behind the popular AI companion app Solace, on Monday. "
     "Solace stored their chats.", {"Solace": ["Solace", "Solace"]}),
    ("The parents say their son spent hours on the AI chatbot app Verity before he died.",
     {"Verity": ["Verity"]}),
    ("Regulators in Seoul fined the maker of the AI girlfriend app Hanabi for collecting voice data.",
     {"Hanabi": ["Hanabi"]}),
    ("The families are suing the maker of the hugely popular kids' building game Brickvale. The men "
     "found the girls on Brickvale and moved the chats elsewhere.", {"Brickvale": ["Brickvale", "Brickvale"]}),
    ("Ofcom opened an inquiry into the online game Skyreach after children were contacted by "
     "strangers on Skyreach last year.", {"Skyreach": ["Skyreach", "Skyreach"]}),
    ("Police in Pune said the man befriended the boy through the multiplayer game Rakshak Wars and "
     "later met him; players on Rakshak Wars can send private messages.",
     {"Rakshak Wars": ["Rakshak Wars", "Rakshak Wars"]}),
    # a service of a platform's kind
    ("The ride-hailing service Zoomo has two million riders in Lagos.", {"Zoomo": ["Zoomo"]}),
    ("Drivers for the food delivery service Parcelo say they were paid late.", {"Parcelo": ["Parcelo"]}),
    ("Regulators in Brazil fined the payment service Pixly, which moved money for the scammers.",
     {"Pixly": ["Pixly"]}),
])
def test_kinds_of_platform_introduce_a_name(text, expected):
    assert platforms(text) == expected


@pytest.mark.parametrize("text", [
    "The toy maker sued over the board game Castlemark, which it says was copied from its own.",
    "Lawyers for the developer of the video game Ironhold said the trademark claim had no merit.",
    "The parcels were carried by the courier service Swiftline, the court heard.",
    "Data from users' phones kept flowing to Google even though they had turned tracking off.",
    "The settings in their Google accounts did not stop the tracking, the jury found.",
    "The court ordered Amazon to pay the workers, and payments to Amazon staff begin in May.",
])
def test_not_platforms(text):
    assert platforms(text) == {}


def test_company_named_service_still_found_where_used():
    assert platforms("The toys were sold on Amazon and listed through Amazon for years.") == \
        {"Amazon": ["Amazon", "Amazon"]}
