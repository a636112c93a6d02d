"""Platforms by family through claimx.extract: X where the text makes it the platform, a
company-named service only where the text uses the service, and small platforms the
gazetteer does not know, named where the text says what they are."""
import pytest

import claimx


def platforms(text):
    return {p["name"]: [m["text"] for m in p["mentions"]] for p in claimx.extract(text)["platforms"]}


@pytest.mark.parametrize("text,expected", [
    # X: the platform where the text says so
    ("The clip spread on X, formerly Twitter, within hours of the verdict.", {"Twitter": ["X", "Twitter"]}),
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


@pytest.mark.parametrize("text,expected", [
    # a rename: each name its own mention of the one platform
    ("The clip spread on X (formerly Twitter) within hours.", {"Twitter": ["X", "Twitter"]}),
    ("He was banned from X, formerly known as Twitter, in 2023.", {"Twitter": ["X", "Twitter"]}),
    ("He posted on Twitter, now called X, that he would appeal.", {"Twitter": ["Twitter", "X"]}),
    ("X, previously Twitter, said it would fight the order.", {"Twitter": ["X", "Twitter"]}),
    ("Drivers on Bolt (formerly Taxify) protested in Tallinn.", {"Bolt": ["Bolt", "Taxify"]}),
    ("Fans watched on Zorbly, formerly known as StreamNest, all season.", {}),
    ("Readers moved to Tidewave, the reading app formerly called Pagelark, in 2021.", {"Tidewave": ["Tidewave"]}),
    # a company on the other side renames the company, not the platform
    ("Facebook, now Meta, was sued by the state.", {"Facebook": ["Facebook"]}),
    ("YouTube, now Google's biggest video site, removed the clip.", {"YouTube": ["YouTube"]}),
    ("Instagram, now owned by Meta, deleted the account.", {"Instagram": ["Instagram"]}),
    ("Twitter, now X Corp., was sued in Texas.", {"Twitter": ["Twitter"]}),
    ("He posted on Truth Social, now Trump's main outlet, every day.", {"Truth Social": ["Truth Social"]}),
])
def test_renames(text, expected):
    assert platforms(text) == expected


def test_rename_mentions_have_offsets():
    text = "Videos moved from Bolt (formerly Taxify) to X, formerly Twitter."
    doc = claimx.extract(text)
    spans = {p["name"]: [(m["start"], m["end"]) for m in p["mentions"]] for p in doc["platforms"]}
    assert {n: [text[s:e] for s, e in v] for n, v in spans.items()} == {
        "Bolt": ["Bolt", "Taxify"], "Twitter": ["X", "Twitter"]}


@pytest.mark.parametrize("text,expected", [
    # a name that needs context, in a list with confirmed platforms
    ("The videos were shared on Facebook, Instagram and X.", {"Facebook": ["Facebook"], "Instagram": ["Instagram"], "Twitter": ["X"]}),
    ("Job ads ran on Indeed, LinkedIn and Seek.", {"Indeed": ["Indeed"], "LinkedIn": ["LinkedIn"], "Seek": ["Seek"]}),
    ("He messaged her on WhatsApp or Line every night.", {"WhatsApp": ["WhatsApp"], "LINE": ["Line"]}),
    ("Clips of the fight circulated on TikTok, Threads and Bluesky.", {"TikTok": ["TikTok"], "Threads": ["Threads"], "Bluesky": ["Bluesky"]}),
    # a company-named service: only a list of the services ("sold on ...")
    ("The toys were sold on eBay, Etsy and Amazon for years.", {"eBay": ["eBay"], "Etsy": ["Etsy"], "Amazon": ["Amazon"]}),
    ("Facebook, Google and Amazon were sued by the state.", {"Facebook": ["Facebook"]}),
    ("Shoppers complained about Coupang, Naver Shopping and Rakuten.", {"Coupang": ["Coupang"], "Naver Shopping": ["Naver Shopping"]}),
    # no confirmed platform in the list: no context
    ("The Line and the Signal were closed, officials said.", {}),
    ("Zoom and Signal were the words of the day.", {}),
])
def test_lists(text, expected):
    assert platforms(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a name between a determiner and the platform noun
    ("Disney said it would stream the matches on its Starhot streaming service.", {"Starhot": ["Starhot"]}),
    ("The state sued over the Lumbo dating app, and Lumbo said it would fight.", {"Lumbo": ["Lumbo", "Lumbo"]}),
    ("Reliance's Cinewave video app lost subscribers after the ruling.", {"Cinewave": ["Cinewave"]}),
    ("Users of the Quillo social network were notified.", {"Quillo": ["Quillo"]}),
    ("Parents downloaded the Temoo app, and children spent hours on Temoo.", {"Temoo": ["Temoo", "Temoo"]}),
    # a bare "the Name app" is a company's app unless the text goes "on" it
    ("Parents said their children downloaded the Temoo app last year.", {}),
    ("The Tesla app let owners unlock their cars.", {}),
    ("The Chase mobile app went down on Friday.", {}),
    ("The Medicare app and the Veterans Affairs app were updated.", {}),
    # known names, mention without the noun
    ("Parents said their children downloaded the Temu app last year.", {"Temu": ["Temu"]}),
    ("The company launched the Seek app in 2019.", {"Seek": ["Seek"]}),
    ("Meta's Threads app drew complaints from regulators.", {"Threads": ["Threads"]}),
    ("Meta's Instagram removed the posts after the lawsuit was filed.", {"Instagram": ["Instagram"]}),
    # agencies, devices, places and nationalities before the noun are no platforms
    ("The FBI app and the IRS app were updated.", {}),
    ("He downloaded the Android app and the iPhone app.", {}),
    ("The Los Angeles livestreaming platform was sued.", {}),
    ("The Chinese app was banned in the state.", {}),
    ("The Justice Department platform went live.", {}),
    ("The Trump campaign app collected data.", {}),
    # "platform" alone is too wide for a name before it: business software is no platform
    ("The Workday platform screened out older applicants, the suit says.", {}),
])
def test_name_before_the_noun(text, expected):
    assert platforms(text) == expected


@pytest.mark.parametrize("text,expected", [
    # what kind of platform, and where from, before an unknown name
    ("Korean e-commerce giant Kupong was fined by the regulator.", {"Kupong": ["Kupong"]}),
    ("South Korean e-commerce giant Kupong was fined by the regulator.", {"Kupong": ["Kupong"]}),
    ("Users of the Indian payments app PhonePay sued the bank.", {"PhonePay": ["PhonePay"]}),
    ("Indian food delivery company Zwiggo laid off drivers.", {"Zwiggo": ["Zwiggo"]}),
    ("Chinese short-video platform Kwaishou was sued in Beijing.", {"Kwaishou": ["Kwaishou"]}),
    ("Zalanda, the German e-commerce giant, was sued.", {"Zalanda": ["Zalanda"]}),
    ("Brazilian ride-hailing startup Corrida raised prices.", {"Corrida": ["Corrida"]}),
    ("The popular Nigerian betting app Betzone was fined.", {"Betzone": ["Betzone"]}),
    # a company noun without a platform kind: a company
    ("Chinese tech giant Tencent was fined by the regulator.", {}),
    ("The payments company Strype was sued.", {}),
    ("Logistics giant Cargoline was sued by drivers.", {}),
    ("The company, a logistics firm, was sued.", {}),
    ("German carmaker Voltwagen was fined.", {}),
    # a known platform's company is a party, not a platform
    ("Chinese social media company ByteDance was sued in Texas.", {}),
    ("Social media company Snap was sued by the families.", {}),
])
def test_descriptors_before_unknown_names(text, expected):
    assert platforms(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the world's platforms (data), one region a line
    ("Shoppers complained about Coupang and Naver Shopping; sellers on Rakuten were hit.",
     {"Coupang": ["Coupang"], "Naver Shopping": ["Naver Shopping"], "Rakuten": ["Rakuten"]}),
    ("Viewers moved from JioCinema to Hotstar and ZEE5 after the ruling.",
     {"JioCinema": ["JioCinema"], "Hotstar": ["Hotstar"], "ZEE5": ["ZEE5"]}),
    ("Users of ShareChat, Paytm and PhonePe were affected.",
     {"ShareChat": ["ShareChat"], "Paytm": ["Paytm"], "PhonePe": ["PhonePe"]}),
    ("Diners on Zomato and Swiggy paid the fee.", {"Zomato": ["Zomato"], "Swiggy": ["Swiggy"]}),
    ("Buyers on Zalando and Allegro were refunded.", {"Zalando": ["Zalando"], "Allegro": ["Allegro"]}),
    ("Job-seekers on Seek and renters on realestate.com.au were targeted.",
     {"Seek": ["Seek"], "realestate.com.au": ["realestate.com.au"]}),
    ("The scam spread through Gmail, Bing and Zoom.", {"Gmail": ["Gmail"], "Bing": ["Bing"], "Zoom": ["Zoom"]}),
    ("The suit says drivers for Grab, Gojek and Bolt were misclassified.",
     {"Grab": ["Grab"], "Gojek": ["Gojek"], "Bolt": ["Bolt"]}),
    ("She paid with M-Pesa and sold goods on Jumia and Jiji.", {"M-Pesa": ["M-Pesa"], "Jumia": ["Jumia"], "Jiji": ["Jiji"]}),
    ("Orders on Mercado Libre were paid through Mercado Pago and Pix.",
     {"Mercado Libre": ["Mercado Libre"], "Mercado Pago": ["Mercado Pago"], "Pix": ["Pix"]}),
    ("Sellers on Tokopedia and Shopee and riders on Gojek joined the suit.",
     {"Tokopedia": ["Tokopedia"], "Shopee": ["Shopee"], "Gojek": ["Gojek"]}),
    ("Posts on Weibo, Douyin and Xiaohongshu, and orders on Pinduoduo and Meituan, were cited.",
     {"Weibo": ["Weibo"], "Douyin": ["Douyin"], "Xiaohongshu": ["Xiaohongshu"], "Pinduoduo": ["Pinduoduo"], "Meituan": ["Meituan"]}),
    ("Viewers streamed the final on Stan and Binge, the Australian services.", {"Stan": ["Stan"], "Binge": ["Binge"]}),
    ("Orders through SkipTheDishes and shows on Crave were cited.", {"SkipTheDishes": ["SkipTheDishes"], "Crave": ["Crave"]}),
    ("Riders on Careem and diners on Talabat were overcharged.", {"Careem": ["Careem"], "Talabat": ["Talabat"]}),
    # common words and names that need context get none here
    ("Stan Smith said the line was long. A wave of suits followed. Melon prices rose.", {}),
    ("Seek legal advice, the judge said, and toss the old forms.", {}),
    ("The Outlook for the case is poor, and Kimi Raikkonen was not named.", {}),
])
def test_world_platforms(text, expected):
    assert platforms(text) == expected


def test_page_chrome_names_no_platform():
    text = ("Regulator fines delivery app\nShare on X\nShare on Facebook\nShare on WhatsApp\n\n"
            "The regulator fined Zomato on Monday over hidden fees, the order says.\n\n"
            "Follow us on X\nCopy link\n")
    assert platforms(text) == {"Zomato": ["Zomato"]}


@pytest.mark.parametrize("text,expected", [
    # a headline capitalises every word: platform words near a common word say nothing of it
    ("Users Seek Refunds After App Outage", {}),
    ("Users Line Up to Sue Over App Fees", {}),
    ("Posts on X Drew Complaints From Advertisers", {"Twitter": ["X"]}),
    # a service named like a person needs a platform word right at the name
    ("Stan, a user of the app, posted that he would sue.", {}),
    ("Kimi, a user, posted the clip on Friday.", {}),
    ("Claude, a retired teacher, posted online.", {}),
    ("Subscribers on Stan can watch the final.", {"Stan": ["Stan"]}),
    ("Stan subscribers can watch the final.", {"Stan": ["Stan"]}),
    ("Users chatted with Claude, the chatbot, for hours.", {"Claude": ["Claude"]}),
    # "a user of the app" is no description of the name before it
    ("Marta, a member of the platform, sued the company.", {}),
])
def test_headlines_and_names_like_people(text, expected):
    assert platforms(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the owner's possessive makes a name that needs context the platform ("Meta's Threads")
    ("Naver's Webtoon was sued by artists.", {"Webtoon": ["Webtoon"]}),
    ("Kakao's Melon raised prices for students.", {"Melon": ["Melon"]}),
    ("Nine's Stan lost the broadcast rights.", {"Stan": ["Stan"]}),
    ("Foxtel's Binge and Kayo were fined by the regulator.", {"Binge": ["Binge"], "Kayo Sports": ["Kayo"]}),
    ("Meta's Threads drew complaints from regulators.", {"Threads": ["Threads"]}),
    # the owner is a company, not a platform
    ("Amazon's Twitch and Google's YouTube were named.", {"Twitch": ["Twitch"], "YouTube": ["YouTube"]}),
])
def test_owner_possessives(text, expected):
    assert platforms(text) == expected


def test_names_before_the_noun_cost_linear_time():
    """ "the Name app" asks whether the text goes "on Name": the names after "on" are read in
    one pass per text, not one pass per app (8x the apps: about 8x the time)."""
    import time

    from claimx.extractors.platforms import PlatformFinder

    finder = PlatformFinder()

    def page(n):
        return "".join(f"They used the Zorp{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}{chr(65 + i // 676 % 26)} app. "
                       for i in range(n)) + "Kids were on ZorpAAA."

    def cost(text):
        t = time.process_time()
        found = finder.find(text)
        return time.process_time() - t, [p.name for p in found]

    (small, found_small), (big, found_big) = cost(page(1000)), cost(page(8000))
    assert found_small == found_big == ["ZorpAAA"]
    assert big < 32 * max(small, 0.005)
