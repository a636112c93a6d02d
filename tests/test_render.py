"""claimx.render.render_html and `claimx render`: a self-contained page, spans true to the text."""
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimx
from claimx.cli.commands import app
from claimx.tools.render import render_html
from conftest import invoke, make_runner, FIXTURES, read

TYPES = {"statute", "party", "platform", "date", "allegation", "quote"}
VOID = {"meta", "link", "br", "img", "input", "hr", "wbr", "source", "area", "base", "col"}




class Page(HTMLParser):
    """Collects each highlight's text, the speaker spans, tags with URLs, and the <pre>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []      # (tag, attrs, index into self.elements or None)
        self.elements = []   # [attrs, text] of marks and speaker spans
        self.tags = []       # (tag, attrs) of every start tag
        self.pre = None
        self._in_pre = False
        self.article = None
        self._in_article = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in VOID:
            return
        index = None
        in_text = self._in_article or attrs.get("id") == "article"
        if in_text and (tag == "mark" or (tag == "span" and attrs.get("class") == "speaker")):
            self.elements.append([attrs, ""])
            index = len(self.elements) - 1
        if tag == "pre":
            self._in_pre, self.pre = True, ""
        if attrs.get("id") == "article":
            self.article = ""
            self._in_article = len(self.stack) + 1
        self.stack.append((tag, attrs, index))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        if tag == "pre":
            self._in_pre = False
        if self._in_article and len(self.stack) < self._in_article:
            self._in_article = 0

    def handle_data(self, data):
        for _, _, index in self.stack:
            if index is not None:
                self.elements[index][1] += data
        if self._in_pre:
            self.pre += data
        if self._in_article:
            self.article += data


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], "unclosed tags"
    return parser


def fragments(parser):
    """Whole highlights: fragments joined by (type, id, start)."""
    joined = {}
    for attrs, text in parser.elements:
        key = (attrs.get("data-type", "speaker"), attrs["data-id"],
               int(attrs["data-start"]), int(attrs["data-end"]))
        joined[key] = joined.get(key, "") + text
    return joined


def item_spans(doc):
    """Every (type, start, end) the document asks to highlight."""
    out = set()
    for typ, section in (("statute", "statutes"), ("party", "parties"), ("platform", "platforms")):
        for item in doc[section]:
            out |= {(typ, m["start"], m["end"]) for m in item["mentions"]}
    out |= {("date", d["start"], d["end"]) for d in doc["dates"]}
    for q in doc["quotes"]:
        out.add(("allegation" if q["kind"] == "allegation" else "quote", q["start"], q["end"]))
        if q["speaker_start"] is not None:
            out.add(("speaker", q["speaker_start"], q["speaker_end"]))
    return out


@pytest.mark.parametrize("name", ["f01_biometric_suit.txt", "f03_quotes_and_dates.txt",
                                  "f08_scraped_page.txt", "f02_state_ag_platform.txt"])
def test_every_highlight_is_the_text_of_an_item(name):
    text = read(FIXTURES / name)
    doc = claimx.extract(text, source=name)
    page = render_html(text, doc)
    parser = parse(page)
    assert parser.article == text  # the text, whole and unchanged, once the tags are gone
    joined = fragments(parser)
    assert {(t, s, e) for (t, _, s, e) in joined} == item_spans(doc)
    for (typ, _, start, end), got in joined.items():
        assert got == text[start:end], (typ, start, end)
    for attrs, _ in parser.elements:
        if attrs.get("data-type"):
            assert re.fullmatch(r"(statute|party|platform|date|quote)-\d+", attrs["data-id"])
            assert attrs["data-type"] in attrs["class"].split()
    # the JSON beside the text is the document
    assert json.loads(parser.pre) == doc


def test_all_types_and_the_legend():
    text = read(FIXTURES / "f01_biometric_suit.txt")
    doc = claimx.extract(text)
    parser = parse(render_html(text, doc))
    types = {attrs["data-type"] for attrs, _ in parser.elements if attrs.get("data-type")}
    assert types == TYPES
    legend = {attrs["data-type"]: attrs for tag, attrs in parser.tags
              if tag == "li" and "data-type" in attrs}
    assert set(legend) == TYPES | {"speaker"}
    page = render_html(text, doc)
    counts = {k: int(v) for k, v in
              re.findall(r'<li data-type="(\w+)">.*?<span class="n">(\d+)</span>', page)}
    speakers = {(q["speaker_start"], q["speaker_end"]) for q in doc["quotes"]
                if q["speaker_start"] is not None}
    assert counts == {"statute": len(doc["statutes"]), "party": len(doc["parties"]),
                      "platform": len(doc["platforms"]), "date": len(doc["dates"]),
                      "allegation": len(doc["allegations"]),
                      "quote": len(doc["quotes"]) - len(doc["allegations"]),
                      "speaker": len(speakers)}
    assert all(counts.values())


def test_quotes_point_at_their_speakers():
    text = read(FIXTURES / "f01_biometric_suit.txt")
    doc = claimx.extract(text)
    parser = parse(render_html(text, doc))
    ids = {attrs["id"]: text_ for attrs, text_ in parser.elements if attrs.get("id")}
    quotes = [(attrs, t) for attrs, t in parser.elements if attrs.get("data-speaker")]
    assert len({a["data-id"] for a, _ in quotes}) == len(doc["quotes"]) == 4
    for attrs, _ in quotes:
        n = int(attrs["data-id"].split("-")[1])
        q = doc["quotes"][n - 1]
        assert ids[attrs["data-speaker"]] == q["speaker_text"]
    # the visible arrow: the last fragment of each quotation names its speaker
    names = {a["data-speaker-name"] for a, _ in quotes if "speaker-link" in a["class"].split()}
    assert names == {"The complaint", "Maria Delgado", "a company spokesperson"}
    assert len(ids) == len(set(ids)) == 3


def test_no_external_resources():
    text = read(FIXTURES / "f08_scraped_page.txt")
    page = render_html(text, claimx.extract(text))
    parser = parse(page)
    for tag, attrs in parser.tags:
        for key in ("src", "href", "srcset", "data", "action", "poster"):
            assert not re.match(r"\s*(https?:)?//", attrs.get(key) or ""), (tag, attrs)
        assert not (tag == "script" and "src" in attrs)
        assert not (tag == "link" and "href" in attrs)
    style = page[page.index("<style>"):page.index("</style>")]
    assert "url(" not in style and "@import" not in style and "http" not in style


def test_article_markup_is_escaped():
    text = ('<script>alert("x")</script> & “Acme <b>lied</b>,” the lawsuit said. '
            'Section 230 </pre> <!-- Jan. 8 -->\n')
    doc = claimx.extract(text, published="2021-03-01")
    page = render_html(text, doc)
    assert "<script>alert" not in page and "<b>lied" not in page
    assert page.count("</pre>") == 1
    parser = parse(page)
    assert parser.article == text
    assert json.loads(parser.pre) == doc
    assert [t for t, _ in parser.tags].count("script") == 1  # only the page's own script


def test_crossing_and_nested_spans_are_split_and_rejoined():
    text = "Alpha Beta Gamma Delta"
    doc = {
        "schema": "claimx/1", "source": None, "published": None, "published_source": None,
        "statutes": [{"name": "AB", "text": "Alpha Beta", "start": 0, "end": 10,
                      "mentions": [{"text": "Alpha Beta", "start": 0, "end": 10}]}],
        "parties": [{"name": "BG", "text": "Beta Gamma", "start": 6, "end": 16, "kind": "person",
                     "role": "plaintiff", "title": None,
                     "mentions": [{"text": "Beta Gamma", "start": 6, "end": 16}]}],
        "platforms": [],
        "dates": [{"text": "Beta", "value": None, "precision": "vague", "start": 6, "end": 10}],
        "allegations": [],
        "quotes": [{"text": "Gamma Delta", "kind": "statement", "speaker": "Alpha",
                    "speaker_text": "Alpha", "speaker_start": 0, "speaker_end": 5,
                    "verb": None, "truncated": False, "start": 11, "end": 22}],
    }
    parser = parse(render_html(text, doc))
    assert parser.article == text
    joined = fragments(parser)
    assert {(k[0], k[2], k[3]): v for k, v in joined.items()} == {
        ("statute", 0, 10): "Alpha Beta", ("party", 6, 16): "Beta Gamma",
        ("date", 6, 10): "Beta", ("quote", 11, 22): "Gamma Delta", ("speaker", 0, 5): "Alpha"}
    parts = [a for a, _ in parser.elements if a.get("data-type") == "party"]
    assert len(parts) == 2 and parts[1]["data-part"] == "cont"  # reopened after the statute
    quote = [a for a, _ in parser.elements if a.get("data-type") == "quote"]
    assert [("speaker-link" in a["class"]) for a in quote] == [False, True]  # arrow at the end
    assert quote[0]["data-speaker"] == "speaker-1"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(1, 6),
                          st.sampled_from(["statutes", "parties", "dates", "quotes"])),
                max_size=8))
def test_any_overlap_gives_well_formed_rejoinable_spans(spans):
    text = "ab<c&d \u201ce\u201d f\ng h"
    doc = {"statutes": [], "parties": [], "dates": [], "quotes": []}
    for start, length, section in spans:
        end = min(start + length, len(text))
        item = {"text": text[start:end], "start": start, "end": end}
        if section in ("statutes", "parties"):
            item["mentions"] = [dict(item)]
        if section == "quotes":
            item.update(kind="allegation", speaker_start=max(0, start - 3), speaker_end=start + 1)
        doc[section].append(item)
    parser = parse(render_html(text, doc))
    assert parser.article == text
    for (typ, _, start, end), got in fragments(parser).items():
        assert got == text[start:end], (typ, start, end)
    finals = {a["data-id"] for a, _ in parser.elements if "speaker-link" in a.get("class", "")}
    assert len(finals) == sum(1 for a, _ in parser.elements if "speaker-link" in a.get("class", ""))
    assert finals == {a["data-id"] for a, _ in parser.elements if a.get("data-speaker")}


def test_bad_offsets_are_not_highlighted():
    text = "short"
    doc = {"dates": [{"text": "x", "start": 3, "end": 99}, {"text": "", "start": 2, "end": 2}],
           "quotes": [{"text": "sh", "kind": "allegation", "start": 0, "end": 2,
                       "speaker_start": None, "speaker_end": None}]}
    parser = parse(render_html(text, doc))
    assert [(a["data-type"], t) for a, t in parser.elements] == [("allegation", "sh")]


# --------------------------------------------------------------------------- the command

def test_render_command_to_file_and_stdout(tmp_path):
    src = FIXTURES / "f03_quotes_and_dates.txt"
    out = tmp_path / "page.html"
    result = invoke("render", src, "-o", out, "--published", "2023-03-08")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    parser = parse(page)
    doc = json.loads(parser.pre)
    assert doc["published"] == "2023-03-08" and doc["source"] == str(src)
    assert doc["encoding"] == "utf-8"
    assert parser.article == read(src)

    result = invoke("render", src, "--published", "2023-03-08")
    assert result.exit_code == 0
    assert result.stdout == page


def test_render_html_input_shows_its_main_text(tmp_path):
    src = tmp_path / "page.html"
    src.write_text("<!DOCTYPE html><html><head><title>Family sues app maker</title></head><body>"
                   "<nav>Home | Share on Facebook</nav><article><h1>Family sues app maker</h1>"
                   "<p>A family sued PixelChat Inc. on Tuesday under Section 230 of the "
                   "Communications Decency Act, alleging that the app &ldquo;knowingly exposed "
                   "children to predators,&rdquo; the complaint says.</p></article></body></html>",
                   encoding="utf-8")
    result = invoke("render", src)
    assert result.exit_code == 0
    parser = parse(result.stdout)
    doc = json.loads(parser.pre)
    assert parser.article == doc["content"] and "Home" not in parser.article
    for (_, _, start, end), got in fragments(parser).items():
        assert got == doc["content"][start:end]
    assert "<title>Family sues app maker · claimx</title>" in result.stdout


def test_render_command_errors(tmp_path):
    result = invoke("render", tmp_path / "nope.txt")
    assert result.exit_code == 1
    assert result.stdout == ""
    result = invoke("render", FIXTURES / "f01_biometric_suit.txt", "--published", "May 2")
    assert result.exit_code == 2
    result = invoke("render", FIXTURES / "f01_biometric_suit.txt", "-o", tmp_path / "no" / "x.html")
    assert result.exit_code == 1


# --------------------------------------------------------------------------- in a real browser

def _chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--window-size=1200,2000"]


@pytest.mark.skipif(_chromium() is None,
                    reason="Chromium is not installed (chromium / chromium-browser not on PATH); "
                           "the browser rendering check needs it")
def test_page_in_headless_chromium(tmp_path):
    text = read(FIXTURES / "f01_biometric_suit.txt")
    doc = claimx.extract(text, source="f01_biometric_suit.txt")
    page = tmp_path / "f01.html"
    page.write_text(render_html(text, doc), encoding="utf-8")
    url = page.resolve().as_uri()
    chromium = _chromium()

    shot = tmp_path / "shot.png"
    subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile1'}",
                    f"--screenshot={shot}", url],
                   capture_output=True, timeout=120, check=False)
    assert shot.is_file(), "Chromium wrote no screenshot"
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a blank 1200x2000 page compresses to a few KB

    dom = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile2'}",
                          "--dump-dom", url],
                         capture_output=True, timeout=120, check=False).stdout.decode("utf-8")
    parser = parse(dom)
    joined = fragments(parser)
    assert {(t, s, e) for (t, _, s, e) in joined} == item_spans(doc)
    for (_, _, start, end), got in joined.items():
        assert got == text[start:end]
    assert {a["data-type"] for a, _ in parser.elements if a.get("data-type")} == TYPES
