"""The fast paths find exactly what the plain forms they replace would find."""
import re

import pytest
from hypothesis import example, given, settings, strategies as st

from claimx.text.gazetteer import Gazetteer
from claimx.text.prefilter import first_words as _first_words
from claimx.extractors.parties import whole_word_finds as _whole_word_finds
from claimx.text.normalize import match_text
from claimx.text.wordtrie import trie_pattern

WORDS = st.lists(st.text(alphabet="abc -", min_size=1, max_size=6), min_size=1, max_size=12)
TEXT = st.text(alphabet="abc -.\n", max_size=80)


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT)
def test_trie_pattern_matches_like_longest_first_alternation(words, text):
    plain = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    for template in (r"(?<![\w-])(%s)(?![\w-])", r"(%s)"):
        old = re.compile(template % plain, re.IGNORECASE)
        new = re.compile(template % trie_pattern(set(words)), re.IGNORECASE)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_trie_pattern_shape_and_empty_list():
    assert trie_pattern(["said", "says", "stated"]) == "s(?:a(?:id|ys)|tated)"
    assert re.fullmatch(trie_pattern(["say", "says"]), "says")
    assert re.search(trie_pattern([]), "anything") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .", min_size=1, max_size=4), st.text(alphabet="ab .\n", max_size=60))
def test_whole_word_finds_equals_lookaround_regex(form, text):
    expected = [m.start() for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(form), text)]
    assert list(_whole_word_finds(text, form)) == expected


def test_first_words_of_left_cues():
    assert _first_words(r"\b(?:sued|sue|suing)\s+(?:the\s+)?$") == {"sued", "sue", "suing"}
    assert _first_words(r"\bplaintiffs?,?\s+$") == {"plaintiff", "plaintiffs"}
    assert _first_words(r"\b(?:attorneys?(?!\s+general)|co-counsel)\s*$") == {"attorney", "attorneys", "co"}
    assert _first_words(r"\b(?:law\s+firms?|the\s+firms?)\s+$") == {"law", "the"}
    with pytest.raises(ValueError):
        _first_words(r"\b\w+\s+sued\s+$")  # any word may start it: no set to look up


def test_gazetteer_trie_prefers_longest_tight_phrase():
    gaz = Gazetteer()
    gaz.add("Federal Trade Commission", "ftc")
    gaz.add("Federal", "adj")
    gaz.add("Character.AI", "cai")
    text = match_text("The Federal Trade Commission and Federal courts; Character.AI, Character.  AI")
    found = [(text[s:e], p) for s, e, p in gaz.finditer(text)]
    assert found == [("Federal Trade Commission", ["ftc"]), ("Federal", ["adj"]), ("Character.AI", ["cai"])]


def _plain_party_tokens(mt):
    """The name rules' tokens the plain way: every token a match object, the period rule spelled out."""
    from claimx.extractors.parties import load_lexicon
    from claimx.text.normalize import WORD

    lex = load_lexicon()

    out = []
    for m in WORD.finditer(mt):
        s, e = m.span()
        word = m.group()
        c = word[0]
        if not (c.isupper() or c.isdigit() or word in lex.inner_words or (c.islower() and not word.islower())):
            continue
        if c.isupper() and s > 1 and mt[s - 1] in "'\u2019" and out and out[-1][2] == s - 1 \
                and len(out[-1][0]) == 1 and out[-1][0].isupper():
            s = out.pop()[1]  # "O'Brien"
        elif c.isupper() and "-" in word and word.rsplit("-", 1)[1].islower() and len(word.rsplit("-", 1)[1]) > 1 \
                and word.rsplit("-", 1)[1] not in lex.descriptor_suffixes:
            e -= len(word.rsplit("-", 1)[1]) + 1  # "Firm-has"
        if e < len(mt) and mt[e] == "." and lex.keeps_period(word):
            e += 1
        text = mt[s:e]
        cap = text[0].isupper() or (text[0].isdigit() and any(ch.isalpha() for ch in text)) or (
            len(text) > 2 and text[0].islower() and any(ch.isupper() for ch in text[1:]))
        out.append((text, s, e, cap))
    return out


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab of the and in-&'\u2019 .,\nXY Z9\u00e9_sI\u00f1c. Jr.A.B.\u01c53Mi", max_size=60))
def test_party_tokens_equal_the_plain_tokenizer(text):
    from claimx.extractors.parties import tokenize as _tokenize

    assert [tuple(t) for t in _tokenize(text)] == _plain_party_tokens(text)


def test_party_tokens_on_a_real_article():
    from pathlib import Path

    from claimx.extractors.parties import tokenize as _tokenize

    text = match_text((Path(__file__).parent.parent / "fixtures" / "f08_scraped_page.txt").read_text(encoding="utf-8"))
    toks = _tokenize(text)
    assert [tuple(t) for t in toks] == _plain_party_tokens(text)
    assert all(text[t.start:t.end] == t.text for t in toks)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["sued ", "a ", "the ", "xsued ", "company ", "against ", "an ", "app", " ", "firm.",
                                 "John ", "Doe ", "XJohn ", "#2", "Jane ", "-", "-sued", "apps"]), max_size=14).map("".join))
def test_boundary_scan_finds_what_finditer_finds(text):
    from claimx.text.scan import BoundaryScan

    for pattern in (r"\b(?:sued|sues|against)\s+(?:a|an|the)\s+((?:[a-z][\w-]*\s+){0,2}(?:company|app|firm))\b",
                    r"\b(?:John|Jane)\s+Does?(?:\s*#\s*\d+)?\b", r"(?:sued|app)",
                    r"(?<![\w-])(?:sued|app|John)(?![\w-])", r"(?<!\w)(?:a|an)\s"):
        assert [m.span() for m in BoundaryScan(pattern).finditer(text)] == \
            [m.span() for m in re.finditer(pattern, text)]


def test_opening_of_a_cue_lists_its_first_words_and_marks():
    from claimx.text.prefilter import opening

    o = opening(r"^\s*(?:,[^,]{1,80},)?\s*(?:(?:has|is)\s+){0,2}(?:been\s+)?(?:sued|fined)\b")
    assert o.words == {"has", "is", "been"} and o.prefixes == ("fined", "sued") and o.marks == {","}
    assert o.allows("  has been sued") and o.allows(", the company, was sued") and o.allows("Sued")
    assert not o.allows(" said on Monday") and not o.allows(". The") and not o.allows("")
    assert opening(r"^\s*\w+\s+sued") is None  # any first word: nothing to skip


_RIGHT_WORDS = ["has", "have", "been", "sued", "Sued", "SUED", "filed", "a", "lawsuit", "v.", "'s", "\u2019s",
                "lawyers", "said", "the", ",", "which", "represented", "on", "behalf", "of", "agreed", "to", "pay",
                "(R-Calif.)", "x", "is", "suing", "plaintiff", "for", "defendants"]


@settings(max_examples=1500, deadline=None)
@example(" has sued the company")
@example("'s lawyers said")
@given(st.lists(st.tuples(st.sampled_from(_RIGHT_WORDS), st.sampled_from([" ", "", ", ", "\n", "  "])),
                max_size=9).map(lambda parts: "".join(w + sep for w, sep in parts)))
def test_right_cues_tried_by_opening_find_every_role_the_plain_matching_finds(text):
    """The shipped right cues: the roles found trying only the cues a text's first word allows
    are the roles found trying every cue."""

    from claimx.extractors.parties import PartyFinder
    from claimx.io.resources import load_json

    cues = load_json("cues/party_cues.json")["right"]
    plain = {role for role, patterns in cues.items() if any(re.match(p, text, re.IGNORECASE) for p in patterns)}
    assert PartyFinder().lex.right_cues.roles(text) == plain


def _plain_is_chrome_line(line):
    """The chrome line test without the icon pre-count: every line split into its words."""
    from claimx.extractors.boilerplate import _WORD, _rules

    line_re, icons, byline, age, stop = _rules()
    s = line.strip()
    if not s:
        return False
    if len(s) <= 120 and (line_re.fullmatch(s) or byline.fullmatch(s) or age.fullmatch(s)):
        return True
    lower = [w.lower().strip(".") for w in _WORD.findall(s)]
    if len(lower) >= 5:
        n_icons = sum(w in icons for w in lower)
        n_stop = sum(w in stop for w in lower)
        sentence_like = bool(re.search(r"[.!?\"\u201d]\s|[.!?]$|,\s", s))
        if n_icons >= 3 and not sentence_like and n_icons / len(lower) >= 0.2:
            return True
        if n_icons >= 5 and n_stop / len(lower) < 0.15:
            return True
    return False


_CHROME_WORDS = ["share", "Share", "FACEBOOK", "twitter", "x-twitter", "email.", "print", "link", "linkedin",
                 "unshare", "shares", "the", "and", "of", "3", "3share", "a3share", "x", "Sued", "re-share",
                 "\u0130", "\u212a", "caf\u00e9menu", "mail-reply", "apple_pay", "...", "'", "-", "_menu"]


@settings(max_examples=1500, deadline=None)
@example("Share Facebook x-twitter Sued the")  # three icon words, the fewest a chrome line has
@example("share the email. 3 Print")
@given(st.lists(st.tuples(st.sampled_from(_CHROME_WORDS), st.sampled_from([" ", "", ". ", ", ", " | ", "-", "."])),
                max_size=14).map(lambda parts: "".join(w + sep for w, sep in parts)))
def test_chrome_icon_precount_never_hides_a_chrome_line(line):
    from claimx.extractors.boilerplate import is_chrome_line

    assert is_chrome_line(line) == _plain_is_chrome_line(line)
    long_line = line + " " + "word " * 30  # past the 120 characters of the whole-line patterns
    assert is_chrome_line(long_line) == _plain_is_chrome_line(long_line)


@settings(max_examples=1500, deadline=None)
@example("x-twitter arrow-down. amazon_payments linkedin... share")
@given(st.lists(st.tuples(st.sampled_from(_CHROME_WORDS), st.sampled_from([" ", "", ". ", ", ", " | ", "-", "."])),
                max_size=14).map(lambda parts: "".join(w + sep for w, sep in parts)))
def test_icon_runs_count_at_least_the_icon_words(line):
    """The pre-count (speed3): the line's a-z runs that end an icon word are never fewer than
    its icon words, so a line it stops has fewer than three, as the rules need."""
    from claimx.extractors.boilerplate import _icon_runs, _lower_words, _rules
    from claimx.text.normalize import letter_runs

    s = line.strip()
    low = s.lower()
    icons = _rules()[1]
    if "\u0130" in s or "\u212a" in s:
        return  # split from its own letters (_lower_words): not pre-counted
    assert sum(map(_icon_runs().__contains__, letter_runs(low).split())) >= sum(w in icons for w in _lower_words(s, low))


def test_chrome_lines_with_three_icon_words():
    from claimx.extractors.boilerplate import is_chrome_line

    assert is_chrome_line("Share Facebook x-twitter Sued the")
    assert not is_chrome_line("Share Facebook Sued the way")  # two icon words
    assert is_chrome_line("Facebook Twitter Email Print Share Link " + "x " * 20)


@settings(max_examples=1500, deadline=None)
@example("U.Sx AT&T U.S. Johnson-Smith's A.B_c")
@given(st.text(alphabet="aU.S.A-&'\u2019 s_,x\n9\u00e9", max_size=40))
def test_gazetteer_tokens_cut_from_the_word_split_equal_the_plain_tokens(text):
    from claimx.text.gazetteer import TOKEN, tokens

    toks = tokens(text)
    assert list(toks) == [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    assert len(toks.strings) == len(toks.starts) == len(toks.ends)
    assert toks[len(toks) - 1:] == list(toks)[-1:]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="a_9 ,:)]\n\u00a0.\u00e9", max_size=12))
def test_quote_region_ends_read_from_the_end_equal_the_anchored_searches(region):
    from claimx.extractors.quote_attribution import _ends_in_word, _ends_in_word_or_bracket

    assert _ends_in_word(region) == bool(re.search(r"\w\s*[,:]?\s*$", region))
    assert _ends_in_word_or_bracket(region) == bool(re.search(r"[\w)\]]\s*$", region))


_CODE_PARTS = ["Cal. ", "Civ. ", "Code", " \u00a7 ", "\u00a7\u00a7 ", "1708.85", ", ", "and ", "Tex. ", "Bus. & Com. ",
               "Penal ", "Law", "Rev. Stat. ", "N.Y. ", "Ann. ", "   ", "\n", "x", "California ", "Labor "]


@settings(max_examples=1500, deadline=None)
@example("Cal. Civ. Code \u00a7 1708.85 and Tex. Penal Code      \u00a7 12, N.Y. Penal Law \u00a7\u00a7 250.50")
@given(st.lists(st.sampled_from(_CODE_PARTS), max_size=16).map("".join))
def test_state_code_scan_before_each_section_mark_equals_finditer(text):
    from claimx.text.scan import finditer_before_mark
    from claimx.extractors.statutes.cites import _STATE_CODE, _STATE_CODE_REACH

    assert [m.span() for m in finditer_before_mark(_STATE_CODE, text, "\u00a7", _STATE_CODE_REACH)] == \
        [m.span() for m in _STATE_CODE.finditer(text)]
    assert _STATE_CODE_REACH >= len("Tex. Bus. & Com. Code")


def test_cue_set_tries_cues_by_first_word_prefix_mark_or_always():
    from claimx.text.prefilter import CueSet

    cues = CueSet({"plaintiff": [r"^\s*(?:has\s+)?sued\b"], "counsel": [r"^\s*'s\s+lawyers?\b"],
                   "other": [r"^\s*\w+\s+v\.\s"]})
    assert cues.roles("  has sued") == {"plaintiff"} and cues.roles(" SUED the firm") == {"plaintiff"}
    assert cues.roles("'s lawyer said") == {"counsel"}
    assert cues.roles(" Smith v. Jones") == {"other"}  # a cue that may open with any word is always tried
    assert cues.roles(" said on Monday") == set() and cues.roles("") == set()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZ. 9\u00e9-", max_size=20), st.integers(0, 25), st.integers(0, 25))
def test_word_before_a_period_equals_stepping_back(text, lo, hi):
    from claimx.text.segment import _word_before

    lo, hi = min(lo, hi, len(text)), min(max(lo, hi), len(text))
    i = hi
    while i > lo and (text[i - 1].isascii() and text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    while i < hi and text[i] == ".":
        i += 1
    assert _word_before(text, lo, hi) == text[i:hi]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a ,()\u2014x", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_quote_segments_equal_the_character_loop(mt, start, end):
    from claimx.extractors.quote_attribution import _segments

    start, end = min(start, end, len(mt)), min(max(start, end), len(mt))
    out, s = [], start
    for k in range(start, end):
        if mt[k] in ",(\u2014" or (mt[k] == ")" and k > s):
            out.append((s, k))
            s = k + 1
    out.append((s, end))
    assert _segments(mt, start, end) == [(a, b) for a, b in out if mt[a:b].strip()]


def test_person_title_window_never_skips_a_title():
    """_persons asks _title_before only where a title ends at or after 3 characters before the
    word 14 tokens back; every title _title_before finds ends there."""
    from bisect import bisect_left
    from pathlib import Path

    from claimx.extractors.parties import load_lexicon
    from claimx.extractors.parties.candidates import Call
    from claimx.text.segment import SentenceIndex

    lex = load_lexicon()
    found = 0
    for path in sorted((Path(__file__).parent.parent / "fixtures").glob("*.txt")):
        mt = match_text(path.read_text(encoding="utf-8"))
        call = Call(lex, mt, mt, SentenceIndex([]))
        toks = call.toks
        ends = call.title_ends
        for i, t in enumerate(toks):
            title, _, _ = call.title_before(i)
            k = bisect_left(ends, toks[max(0, i - 14)].start - 3)
            asked = k < len(ends) and ends[k] <= t.start
            assert asked or title is None, (path.name, t)
            found += title is not None
    assert found > 10  # the fixtures have titled names ("Judge ...", "Rep. ...")


DATE_BITS = ["in ", "January ", "Jan. ", "jan ", "May ", "8", "21", "2021", "1999", "1799", "20234", "2020s ",
             "mid-", "Late ", "last ", "this ", "next ", "week", "month", "years ", "ago ", "3 ", "three ", "/",
             "-", ".", ", ", "Spring ", "Monday ", "today", "the ", "past ", "early ", "Christmas ",
             "recent ", "days ", "of ", "x", "\u0663", "\n\n", "\n", " "]


@settings(max_examples=1500, deadline=None)
@example("Ad 2021")
@given(st.lists(st.sampled_from(DATE_BITS), max_size=14).map("".join))
def test_date_patterns_run_only_where_they_can_match(text):
    """A paragraph is scanned only for the patterns whose trigger words it has: every match
    of every pattern must lie in a paragraph whose word set has them. (Capitalized names end
    in a space here: one glued to a capital, "MondayJanuary", is the documented blind spot.)"""
    from claimx.extractors.dates import DateFinder, _paragraph_words

    finder = DateFinder()
    mt = match_text(text)
    for a, b, words in _paragraph_words(mt, finder.vocabulary):
        for kind, rx, first, second in finder.patterns:
            if rx.search(mt, a, b):
                assert not words.isdisjoint(first), (kind, mt[a:b])
                assert second is None or not words.isdisjoint(second), (kind, mt[a:b])


def test_date_triggers_on_the_fixtures(fixture_paths):
    from claimx.extractors.dates import DateFinder, _paragraph_words

    finder = DateFinder()
    scanned = 0
    for path in fixture_paths:
        mt = match_text(path.read_text(encoding="utf-8"))
        for a, b, words in _paragraph_words(mt, finder.vocabulary):
            assert words <= finder.vocabulary | {"#", "#year", "#/"}
            for kind, rx, first, second in finder.patterns:
                if rx.search(mt, a, b):
                    scanned += 1
                    assert not words.isdisjoint(first) and (second is None or not words.isdisjoint(second))
    assert scanned > 30
