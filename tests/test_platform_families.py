"""Platforms by family through claimx.extract: X where the text makes it the platform, a
company-named service only where the text uses the service, and small platforms the
gazetteer does not know, named where the text says what they are."""
import pytest

import claimx


def platforms(text):
    return {p["name"]: [m["text"] for m in p["mentions"]] for p in claimx.extract(text)["platforms"]}


@pytest.mark.parametrize("text,expected", [
    # X: the platform where the text says so
    ("The clip spread on X, formerly Twitter, within hours of the verdict.", {"Twitter": ["X, formerly Twitter"]}),
    ("The senator posted on X that the ruling would be appealed.", {"Twitter": ["X"]}),
    ("In a post on X, the coach apologized to the families.", {"Twitter": ["X"]}),
    ("Elon Musk\u2019s X said it would fight the subpoena.", {"Twitter": ["X"]}),
    ("X, the social media platform, removed the account on Friday.", {"Twitter": ["X"]}),
    ("The videos were shared on X and Instagram, the suit says.", {"Twitter": ["X"], "Instagram": ["Instagram"]}),
    # X the company, or not a platform at all
    ("X Corp. sued the advocacy group over its posts in federal court in Texas.", {}),
    ("Malcolm X was killed in 1965, and the suit was filed decades later.", {}),
    ("The witness, identified only as Employee X, testified on Monday.", {}),
    # a service named after its company: only where the text uses the service
    ("The toys were sold on Amazon for years before the recall.", {"Amazon": ["Amazon"]}),
    ("Amazon sellers filed the class action in Seattle.", {"Amazon": ["Amazon"]}),
    ("Google will delete the records and collect less data from users, the settlement says.", {}),
    ("Based on Google\u2019s own figures, users\u2019 lawyers valued the deal at $5 billion.", {}),
    ("Amazon\u2019s lawyers said the warehouse users\u2019 claims had no merit.", {}),
])
def test_x_and_company_named_services(text, expected):
    assert platforms(text) == expected


@pytest.mark.parametrize("text,expected", [
    # known small platforms (data)
    ("Teenagers lost thousands of dollars on Bloxflip, the lawsuit claims.", {"Bloxflip": ["Bloxflip"]}),
    ("Spotify bought the podcast maker Anchor, whose app lets anyone publish a show.", {"Spotify": ["Spotify"], "Anchor": ["Anchor"]}),
    # unknown ones, introduced by what they are
    ("Minors gambled on Skinrush, a Counter-Strike betting site, for months. Skinrush did not reply.",
     {"Skinrush": ["Skinrush", "Skinrush"]}),
    ("Players wagered on the gambling site Lootvault until it closed.", {"Lootvault": ["Lootvault"]}),
    ("A website called Cardwheel let children buy virtual packs, the complaint says.", {"Cardwheel": ["Cardwheel"]}),
    ("Kids wagered skins on wheelcase.gg and lost, the suit says. Wheelcase denied wrongdoing.",
     {"wheelcase.gg": ["wheelcase.gg", "Wheelcase"]}),
    ("Lawmakers grilled Vexa, the Austin livestreaming platform popular with teens, on Monday. Vexa declined to comment.",
     {"Vexa": ["Vexa", "Vexa"]}),
    ("The county sued grocery delivery app Cartwise over hidden fees.", {"Cartwise": ["Cartwise"]}),
    ("Fitness app Pacer agrees to pay $2 million over location data", {"Pacer": ["Pacer"]}),
    ("Users of period-tracking app Lunetta sued on Tuesday.", {"Lunetta": ["Lunetta"]}),
    # descriptions that do not make a platform
    ("The firm sued its former app developer Nathan Cole.", {}),
    ("Orlov, the federal court clerk, said the website Monday was down.", {}),
    ("The state sued mobile app maker Brightline Labs in March.", {}),
    ("Jane Roe, a website designer, sued the agency.", {}),
    ("However, a dating app that matched the pair was not named in the suit.", {}),
    ("Reuters, a news site, first reported the settlement.", {}),
    ("Boston.com first reported the settlement on Tuesday.", {}),
    ("The city, a party to the suit, said it used the app on Monday.", {}),
])
def test_small_platforms(text, expected):
    assert platforms(text) == expected


def test_introduced_platform_mentions_have_offsets():
    text = "Gamblers used Spinbay, an online casino, and later Spinbay.com, the filing says."
    doc = claimx.extract(text)
    (p,) = doc["platforms"]
    assert p["name"] == "Spinbay"
    assert [text[m["start"]:m["end"]] for m in p["mentions"]] == ["Spinbay", "Spinbay.com"]


def test_many_introduced_platforms_cost_linear_time():
    """Each unknown name's mentions are gathered in one pass over the text, not one pass per name
    (8x the names: about 8x the time; one pass per name would be 64x)."""
    import time

    from claimx.extractors.platforms import PlatformFinder

    finder = PlatformFinder()

    def page(n):
        return "".join(f"Zorp{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}{chr(65 + i // 676 % 26)}, an app that "
                       f"works. " for i in range(n))

    def cost(text):
        t = time.process_time()
        found = finder.find(text)
        return time.process_time() - t, len(found)

    (small, n_small), (big, n_big) = cost(page(1000)), cost(page(8000))
    assert (n_small, n_big) == (1000, 8000)
    assert big < 32 * max(small, 0.005)
