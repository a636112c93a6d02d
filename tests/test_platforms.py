import pytest

from claimx.extractors.platforms import PlatformFinder


@pytest.fixture(scope="module")
def finder():
    return PlatformFinder()


def names(finder, text):
    return [p.name for p in finder.find(text)]


@pytest.mark.parametrize("text,expected", [
    ("Videos were posted to Pornhub and OnlyFans.", ["Pornhub", "OnlyFans"]),
    ("Elon Musk\u2019s X social media platform sued.", ["Twitter"]),
    ("The letter X marks the spot.", []),
    ("Products sold on Amazon were recalled.", ["Amazon"]),
    ("Apple and Amazon reported earnings.", []),
    ("offers from Amazon\u2019s Twitch, Microsoft\u2019s Mixer and Google\u2019s YouTube", ["Twitch", "Mixer", "YouTube"]),
    ("Users chatted with bots on Character.AI and ChatGPT.", ["Character.AI", "ChatGPT"]),
    ("The app is sold in the App Store and Google Play.", ["App Store", "Google Play"]),
])
def test_platforms(finder, text, expected):
    assert names(finder, text) == expected


def test_operator_and_offsets(finder):
    text = "It was shared on Instagram, then on Instagram again."
    (p,) = finder.find(text)
    assert p.operator and "Meta" in p.operator
    assert [text[m.start:m.end] for m in p.mentions] == ["Instagram", "Instagram"]
