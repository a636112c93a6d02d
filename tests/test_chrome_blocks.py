"""Page chrome recognised by shape in plain text: share bars, teaser blocks, newsletter,
cookie, paywall and app boxes. Each layout is a page of lines; those marked "~" are chrome.
No entity may come from a chrome line, and the body lines next to them keep theirs."""
import pytest

import claimx
from claimx.extractors.boilerplate import chrome_ranges

BODY_SNAP = "Lena Ortiz sued Snapchat in federal court in Denver on March 4, 2024, claiming the app let strangers reach her son."
BODY_ROBLOX = "The complaint says Roblox failed to stop adults from messaging children on its servers for years."
BODY_DISCORD = "A judge in Ohio let the suit against Discord go forward under the Trafficking Victims Protection Act."
BODY_TWITCH = "Streamers who left Twitch in 2023 said the company withheld payments it owed them."
BODY_ETSY = "Sellers on Etsy filed a class action on Tuesday over fees they say were never disclosed."
BODY_TINDER = "The plaintiffs met their attacker on Tinder, according to the lawsuit filed in Cook County."

LAYOUTS = {
    "share bar one word per line": [
        BODY_SNAP, "~Share", "~Facebook", "~Twitter", "~LinkedIn", "~Email", "~Copy link", BODY_ROBLOX],
    "short icon line": [BODY_SNAP, "~Facebook Twitter Email", BODY_ROBLOX],
    "icon line with separators": [
        "~Share this article", "~Facebook | X | WhatsApp | Reddit", BODY_DISCORD],
    "share on lines": [BODY_TWITCH, "~Share on Facebook", "~Share on X", "~Share via Email", BODY_ETSY],
    "tweet pin buttons": ["~Tweet", "~Pin it", "~Share", "~12 shares", BODY_TINDER],
    "inline related teaser": [
        BODY_SNAP, "~Related: Instagram sued by school districts over teen mental health", BODY_ROBLOX],
    "inline read more teaser": [
        BODY_DISCORD, "~Read more: TikTok fined $368 million in Europe over children's data", BODY_TWITCH],
    "related stories heading": [
        BODY_ETSY, "~RELATED STORIES", "~Reddit wins dismissal of Section 230 case in Virginia",
        "~Meta Platforms faces new suit from Vermont attorney general",
        "~YouTube agrees to pay $170 million over COPPA claims", BODY_TINDER],
    "more from section": [
        BODY_SNAP, "~More from Courts", "~Uber drivers win arbitration fight in New Jersey",
        "~Judge Maria Chen blocks Montana ban on TikTok", BODY_ROBLOX],
    "you may also like with dates": [
        BODY_DISCORD, "~You may also like", "~Instagram hit with privacy suit in Texas", "~June 3, 2024",
        "~LinkedIn settles lawsuit over sponsored posts", "~May 28, 2024", BODY_TWITCH],
    "numbered most read": [
        BODY_ETSY, "~Most Read", "~1. Facebook ordered to pay $90 million in tracking case",
        "~2. Twitter accused of violating Illinois Biometric Information Privacy Act", BODY_TINDER],
    "newsletter box": [
        BODY_SNAP, "~The Docket newsletter",
        "~Get the week's biggest court rulings on Meta and Google in your inbox every Friday.",
        "~Enter your email address", "~Sign up",
        "~By signing up, you agree to our Terms of Use and Privacy Policy.", BODY_ROBLOX],
    "cookie banner": [
        "~We value your privacy",
        "~We and our partners use cookies to personalise ads and measure traffic on YouTube and Facebook embeds.",
        "~Accept all", "~Reject all", "~Manage preferences", BODY_DISCORD],
    "paywall": [
        BODY_TWITCH, "~You have reached your limit of free articles.", "~Subscribe for unlimited access",
        "~Already a subscriber? Log in", BODY_ETSY],
    "app promo": [
        BODY_TINDER, "~Download our app on the App Store and Google Play for breaking news alerts.", BODY_SNAP],
    "ad blocker notice": [
        BODY_ROBLOX, "~It looks like you are using an ad blocker on Facebook. Please allowlist our site to keep reading.",
        BODY_DISCORD],
    "follow us line": [BODY_TWITCH, "~Follow us on Instagram, TikTok and Threads", BODY_ETSY],
    "share block at the end": [
        BODY_TINDER, BODY_SNAP, "~Share this story", "~Facebook", "~WhatsApp", "~LinkedIn", "~Comments",
        "~Print"],
    "trending bullets": [
        BODY_ROBLOX, "~Trending Now", "~\u2022 Apple sued over Siri recordings in California",
        "~\u2022 Amazon accused of breaking Washington antitrust law", BODY_DISCORD],
    "editor's picks": [
        "~Editor's Picks", "~Google must face Texas suit over Chrome incognito mode", "~Instagram and TikTok",
        BODY_TWITCH, BODY_ETSY],
    "see also inline": [BODY_TINDER, "~See also: Bumble sued under the Video Privacy Protection Act", BODY_SNAP],
    "donation box": [
        BODY_ROBLOX, "~Support our journalism. Become a member today for full access.", "~Donate", BODY_DISCORD],
    "watch inline": [BODY_TWITCH, "~Watch: Facebook whistleblower testifies before Senate", BODY_ETSY],
    "cookie one-liner": [
        BODY_TINDER, "~This site uses cookies. By continuing to browse you agree to our use of cookies.", BODY_SNAP],
    "inline share list": [BODY_SNAP, "~Share: Facebook, Twitter, LinkedIn", BODY_ROBLOX],
    "share this with buttons": [
        BODY_DISCORD, "~Share this:", "~X (Twitter)", "~Facebook Messenger", "~Copy Link", BODY_TWITCH],
    "push alerts box": [
        BODY_ROBLOX, "~Get breaking news alerts from us on your phone", "~Allow", "~No thanks", BODY_DISCORD],
}

# the platforms each body line names (and nothing else in these pages may give one)
BODY_PLATFORMS = {BODY_SNAP: "Snapchat", BODY_ROBLOX: "Roblox", BODY_DISCORD: "Discord", BODY_TWITCH: "Twitch",
                  BODY_ETSY: "Etsy", BODY_TINDER: "Tinder"}


def _page(lines):
    text = "\n\n".join(line.lstrip("~") for line in lines) + "\n"
    spans, pos = [], 0
    for line in lines:
        body = line.lstrip("~")
        start = text.index(body, pos)
        spans.append((start, start + len(body), line.startswith("~")))
        pos = start + len(body)
    return text, spans


def _mentions(doc):
    for kind in ("statutes", "parties", "platforms"):
        for item in doc[kind]:
            for m in item["mentions"]:
                yield kind, m
    for kind in ("dates", "allegations"):
        for item in doc[kind]:
            yield kind, item


def test_there_are_at_least_twenty_layouts():
    assert len(LAYOUTS) >= 20


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_chrome_lines_are_exactly_the_marked_ones(name):
    text, spans = _page(LAYOUTS[name])
    assert chrome_ranges(text) == [(s, e) for s, e, chrome in spans if chrome]


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_no_entity_from_chrome_and_the_body_keeps_its_own(name):
    lines = LAYOUTS[name]
    text, spans = _page(lines)
    doc = claimx.extract(text)
    chrome = [(s, e) for s, e, c in spans if c]
    for kind, m in _mentions(doc):
        assert text[m["start"]:m["end"]] == m["text"]
        assert not any(s <= m["start"] < e for s, e in chrome), (kind, m["text"])
    want = sorted({BODY_PLATFORMS[line] for line in lines if line in BODY_PLATFORMS})
    assert sorted(p["name"] for p in doc["platforms"]) == want


def test_body_lines_keep_their_entities_next_to_chrome():
    text, _ = _page(LAYOUTS["newsletter box"])
    doc = claimx.extract(text, published="2024-03-10")
    assert "Lena Ortiz" in [p["name"] for p in doc["parties"]]
    assert ("March 4, 2024", "2024-03-04") in [(d["text"], d["value"]) for d in doc["dates"]]
    text, _ = _page(LAYOUTS["more from section"])
    assert not any("Maria Chen" in p["name"] for p in claimx.extract(text)["parties"])
    text, _ = _page(LAYOUTS["share bar one word per line"] + [BODY_DISCORD])
    assert [s["name"] for s in claimx.extract(text)["statutes"]] == ["Trafficking Victims Protection Act"]


@pytest.mark.parametrize("line", [
    # body lines that talk about the same things a chrome box does, in the third person
    "The lawsuit says the company placed tracking cookies on the browsers of users who had opted out.",
    "Regulators said the app's privacy policy did not tell parents how their children's data was shared.",
    "Subscribers who cancelled were still billed, the Federal Trade Commission said in its complaint.",
    "Related claims against the company were dismissed in 2022.",
    "More than 40 states joined the suit against Meta on Tuesday.",
    "Facebook",  # a lone icon word between body lines is not a share bar
    "Facebook and Instagram",  # a section heading of the article
    "If you signed up for the streaming service before 2023, you may be eligible for a payment.",
    "You can log in to the settlement website to check the status of your claim forms.",
    "Our office will not tolerate companies that ignore the law, the attorney general said.",
])
def test_body_lines_that_look_like_chrome_words_stay(line):
    text, _ = _page([BODY_SNAP, line, BODY_ROBLOX])
    assert chrome_ranges(text) == []


def test_a_teaser_block_ends_at_the_first_sentence():
    lines = [BODY_SNAP, "~Related coverage", "~Roblox sued in Georgia over child safety", BODY_DISCORD,
             "Judge Amy Park set a hearing for May."]
    text, spans = _page(lines)
    assert chrome_ranges(text) == [(s, e) for s, e, c in spans if c]
