import claimx
from claimx.io.html import looks_like_html

PAGE = """<!DOCTYPE html>
<html><head><title>Family sues app maker</title>
<meta property="article:published_time" content="2022-03-04T09:00:00Z">
<link rel="canonical" href="https://news.example.org/family-sues"></head>
<body><nav><a href="/">Home</a> | <a href="/tech">Tech</a> | Share on Facebook</nav>
<article><h1>Family sues app maker</h1>
<p>A family sued PixelChat Inc. on Tuesday under Section 230 of the Communications Decency Act,
alleging that the app &ldquo;knowingly exposed children to predators,&rdquo; the complaint says.</p>
<p>The videos were shared on TikTok before they were removed, according to the filing, which
was submitted in federal court in Oakland and runs to more than forty pages.</p>
</article><footer>Cookie settings | Subscribe to our newsletter</footer></body></html>"""


def test_recognised_by_content():
    assert looks_like_html(PAGE)
    assert not looks_like_html("A plain article about <3 emoticons and a < b comparisons.")


def test_html_input():
    doc = claimx.extract(PAGE)
    text = doc["content"]
    assert "Home" not in text and "Cookie" not in text
    assert doc["title"] == "Family sues app maker"
    assert doc["url"] == "https://news.example.org/family-sues"
    assert (doc["published"], doc["published_source"]) == ("2022-03-04", "html")
    assert [s["name"] for s in doc["statutes"]] == ["Section 230 of the Communications Decency Act"]
    assert [p["name"] for p in doc["platforms"]] == ["TikTok"]
    assert [d["value"] for d in doc["dates"]] == ["2022-03-01"]
    for item in doc["statutes"] + doc["platforms"] + doc["dates"] + doc["quotes"]:
        assert text[item["start"]:item["end"]] == item["text"]


def test_option_beats_html_date():
    doc = claimx.extract(PAGE, published="2022-03-05")
    assert (doc["published"], doc["published_source"]) == ("2022-03-05", "option")


def test_plain_text_has_null_title_and_no_content():
    doc = claimx.extract("Twitter was sued.")
    assert doc["title"] is None and doc["url"] is None and "content" not in doc
    assert claimx.extract("Twitter was sued.", include_text=True)["content"] == "Twitter was sued."
