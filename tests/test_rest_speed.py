"""The shortcuts of the statutes, quotes, dates, platforms, chrome and amounts components find
what the plain scans find (issue #24: their CPU time)."""
from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st

from claimx.text.normalize import match_text

DATE_BITS = ["in ", "January ", "JANUARY ", "Jan. ", "jan ", "May ", "may ", "MAY ", "Sept ", "Sep. ", "8", "21",
             "2021", "mid-", "Late ", "last ", "Monday ", "MONDAY ", "monday ", "Tue ", "the ", "of ", ", ",
             "-", "x", "X", "\n\n", "\n", " "]


@settings(max_examples=1500, deadline=None)
@example("may\n\nMay 5")
@example("Monday, may 5")
@given(st.lists(st.sampled_from(DATE_BITS), max_size=14).map("".join))
def test_date_gates_never_hide_a_match(text):
    """A paragraph is scanned for a case-sensitive pattern only where it holds a month or
    weekday name as that pattern writes it: every match lies in a paragraph whose gates open."""
    from claimx.extractors.dates import DateFinder, _paragraph_words

    finder = DateFinder()
    mt = match_text(text)
    for a, b, _words in _paragraph_words(mt, finder.vocabulary):
        for kind, rx, _first, _second in finder.patterns:
            if rx.search(mt, a, b):
                assert finder._gates_open(kind, mt, a, b, {}), (kind, mt[a:b])


WORD_BITS = DATE_BITS + ["caf\u00e9 ", "MAY\u0130 ", "\u212a", "Stra\u00dfe ", "\u2019s ", "x2may ", "_may ", "may_",
                         "#year ", "\u201cJune\u201d ", "\u00a0", "\ufb01 "]


@settings(max_examples=1500, deadline=None)
@example("The caf\u00e9 closed on \u212aMay 5, 2021 and may\u0130 reopen in June.\n\nStra\u00dfe: Monday_ 3may")
@given(st.lists(st.sampled_from(WORD_BITS), max_size=16).map("".join))
def test_paragraph_words_read_in_c_are_the_plain_scans(text):
    """``_paragraph_words`` (speed3) reads each paragraph's words from ``normalize.letter_runs``:
    the same words as the plain ``[a-z]+|\\d+`` findall of the paragraph's lower case cut to the
    vocabulary, whatever letters lower to other lengths (then the copy is ASCII-lowered only)."""
    from claimx.extractors.dates import DateFinder, _NUM, _NUM_DATE, _YEAR_NUM, _WORDS, _paragraph_words
    from claimx.text.normalize import lower_same_length
    from claimx.text.segment import paragraphs

    finder = DateFinder()
    mt = match_text(text)
    low = lower_same_length(mt)
    got = _paragraph_words(mt, finder.vocabulary)
    assert [(a, b) for a, b, _ in got] == paragraphs(mt)
    for a, b, words in got:
        plain = finder.vocabulary.intersection(_WORDS.findall(low, a, b))
        assert words - {_NUM, _YEAR_NUM, _NUM_DATE} == plain, mt[a:b]


def test_date_gates_shut_on_the_verb_may():
    from claimx.extractors.dates import DateFinder

    finder = DateFinder()
    mt = "The court may rule in the case soon, and it may not."
    assert not finder._gates_open("md", mt, 0, len(mt), {})
    assert not finder._gates_open("m", mt, 0, len(mt), {})
    assert finder._gates_open("md", "On May 5 it ruled.", 0, 18, {})


def test_month_tries_match_like_the_plain_alternation():
    """The month and weekday alternations as tries: the same match at every position of text
    that holds every name, its prefixes, and names glued together."""
    from claimx.extractors import dates

    flat = re.compile(dates._alternatives(dates._MONTH_NAMES + [n.upper() for n in dates._MONTH_NAMES]))
    trie = re.compile(dates._MON_FULL)
    abbr_words = [a for forms in dates._DATA["months"] for a in forms[1:]]
    flat_abbr = re.compile(dates._alternatives(abbr_words) + r"\.?(?![a-z])")
    trie_abbr = re.compile(dates._MON_ABBR + r"(?![a-z])")
    text = " ".join(dates._MONTH_NAMES + abbr_words + [w[:k] for w in abbr_words for k in range(1, 5)]
                    + ["Sept.", "Septe", "JanuaryMay", "SEPTEMBER", "Sep.x", "MondayTue"] + dates._DATA["weekdays"])
    for pos in range(len(text)):
        a, b = flat.match(text, pos), trie.match(text, pos)
        assert (a and a.span()) == (b and b.span()), text[pos:pos + 12]
        a, b = flat_abbr.match(text, pos), trie_abbr.match(text, pos)
        assert (a and a.span()) == (b and b.span()), text[pos:pos + 12]


def test_word_alternatives_refuse_a_prefix_before_its_longer_word():
    from claimx.extractors.dates import _word_alternatives

    assert re.fullmatch(_word_alternatives(["Sept", "Sep"]), "Sep")
    try:
        _word_alternatives(["Sep", "Sept"])  # the plain alternation would stop at "Sep"
    except AssertionError:
        return
    raise AssertionError("a prefix before its longer word must be refused")


MONEY_BITS = ["$", "US$", "€", "USD ", "Rs. ", "5", "1,000", ".5", " million", "m", "bn", " dollars", " euros",
              "between ", " to ", "-", " and ", "five ", "hundreds of millions of ", "x", "_", ".", "(", "\n", " "]


@settings(max_examples=1500, deadline=None)
@example("between $5 and $7 billion", 0, 30)
@example("x$5 US$10m", 0, 5)
@given(st.lists(st.sampled_from(MONEY_BITS), max_size=14).map("".join), st.integers(0, 40), st.integers(0, 60))
def test_amount_match_tried_where_a_sum_can_start_equals_the_window_search(text, pos, last):
    """The money pattern tried only where a sum can start finds the window search's match
    whenever that one starts at or before ``last``, and nothing otherwise."""
    from claimx.extractors.amounts import AmountFinder, _first_match

    rx = AmountFinder().money
    pos, last = min(pos, len(text)), min(pos + last, len(text))
    endpos = min(len(text), last + 120)
    plain = rx.search(text, pos, endpos)
    plain = plain if plain is not None and plain.start() <= last else None
    fast = _first_match(rx, text, pos, last, endpos)
    assert (plain and (plain.span(), plain.groupdict())) == (fast and (fast.span(), fast.groupdict()))


PLATFORM_BITS = ["Bloxflip", "stake", ".com", ".gg", ".io", ".", "x", "_", "/", "@", "-", ", ", "a ", "an ", "the ",
                 "Roblox ", "gambling ", "site", "app", ",", " ", "\n"]


def _introducer():
    from claimx.extractors.platforms import PlatformFinder

    return PlatformFinder().introducer


@settings(max_examples=1500, deadline=None)
@example("go to stake.com.au or x.gg.")
@given(st.lists(st.sampled_from(PLATFORM_BITS), max_size=16).map("".join))
def test_domains_found_from_their_dots_equal_the_plain_scan(text):
    intro = _introducer()
    assert list(intro._domain_ends(text)) == [m.span() for m in intro.tld.finditer(text)]


@settings(max_examples=1500, deadline=None)
@example("Bloxflip, a Roblox gambling site", 26)
@given(st.lists(st.sampled_from(PLATFORM_BITS), max_size=16).map("".join), st.integers(0, 200))
def test_appositive_searched_only_behind_a_comma_and_article_equals_the_plain_search(text, ns):
    intro = _introducer()
    ns = min(ns, len(text))
    plain = intro.appositive.search(text, max(0, ns - 160), ns)
    fast = intro._appositive(text, ns)
    assert (plain and plain.span()) == (fast and fast.span())


SENTENCE_BITS = ["Rep.", " ", "Calif.", "U.S.", "...", "?!", "!", ".", '."', ".\u201d", ".')", ".]", "\n", "\n\n",
                 "A", "a", "3", "(", "\u201c", "x", "\t"]


@settings(max_examples=2000, deadline=None)
@example("Go.\nHe came...  Then?! \u201cNo.\u201d Yes.", 0, 30)
@given(st.lists(st.sampled_from(SENTENCE_BITS), max_size=20).map("".join), st.integers(0, 30), st.integers(0, 30))
def test_sentence_end_opening_on_its_class_equals_the_lookbehind_form(text, pos, width):
    from claimx.text.segment import _END, _END_PLAIN

    pos = min(pos, len(text))
    end = min(len(text), pos + width)
    plain = re.compile(_END_PLAIN)
    assert [m.span() for m in _END.finditer(text, pos, end)] == [m.span() for m in plain.finditer(text, pos, end)]
    assert [m.group() for m in _END.finditer(text)] == [m.group() for m in plain.finditer(text)]


def _plain_date_patterns():
    """The date patterns as they were written before they opened on their first letter."""
    from claimx.extractors.dates import (_DAY, _MON, _NOT_NUMBER, _ORD, _RANGE_SEP, _WEEKDAY_ANY, _YEAR, _MON_FULL,
                                         _MON_ABBR)

    return {
        "md": rf"\b(?P<m>{_MON})\s+(?P<d>{_DAY}){_ORD}\b{_NOT_NUMBER}(?:,?\s+(?P<y>{_YEAR})\b)?",
        "wmd": rf"\b(?P<w>{_WEEKDAY_ANY}),?\s+(?P<m>{_MON})\s+(?P<d>{_DAY}){_ORD}\b{_NOT_NUMBER}(?:,?\s+(?P<y>{_YEAR})\b)?",
        "wdm": rf"\b(?P<w>{_WEEKDAY_ANY}),?\s+(?:the\s+)?(?P<d>{_DAY}){_ORD}\s+(?:of\s+)?(?P<m>{_MON_FULL}|{_MON_ABBR})"
               rf"(?![a-z])(?:,?\s+(?P<y>{_YEAR})\b)?",
        "md_range": rf"\b(?P<m>{_MON})\s+(?P<d>{_DAY}){_ORD}{_RANGE_SEP}(?P<d2>{_DAY}){_ORD}\b{_NOT_NUMBER}"
                    rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
        "year_pair": rf"(?<![\w$\u00a3\u20ac.,/#:-])(?P<y>{_YEAR})\s?[-\u2013]\s?(?P<y2>{_YEAR})"
                     rf"(?![\w%\u2019']|[.,]\d|[-/\u2013]\d)",
        "year": rf"(?<![\w$\u00a3\u20ac.,/#:-])(?P<y>{_YEAR})(?![\w%\u2019']|[.,]\d|[-/\u2013]\d)",
    }


OPENING_BITS = ["Jan", "January", "JANUARY", "Jan.", "Sept", "Sep.", "September", "Ma", "May", "MAY", "Mar.", "June",
                "Jun", "Monday", "MONDAY", "Tue", "x", "X", "_", "$", "#", ".", ",", "-", "\u2013", "/", " ", "\n",
                "5", "21", "3rd", "2021", "1999", "20", "of ", "the ", "to", "%"]


def _same_matches(rx, plain, text):
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@settings(max_examples=2500, deadline=None)
@example("Friday, June 30, 2023 and Jan. 8-9, 2021; x2021 $2019 1999-2020 Sept 3")
@given(st.lists(st.sampled_from(OPENING_BITS), max_size=16).map("".join))
def test_date_patterns_opening_on_their_first_letter_equal_the_plain_ones(text):
    from claimx.extractors.dates import DateFinder

    compiled = {kind: rx for kind, rx, _, _ in DateFinder().patterns}
    for kind, plain in _plain_date_patterns().items():
        assert _same_matches(compiled[kind], re.compile(plain), text), kind


def test_date_patterns_opening_on_their_first_letter_on_the_fixtures(fixture_paths):
    from claimx.extractors.dates import DateFinder

    compiled = {kind: rx for kind, rx, _, _ in DateFinder().patterns}
    found = 0
    for path in fixture_paths:
        text = match_text(path.read_text(encoding="utf-8"))
        for kind, plain in _plain_date_patterns().items():
            assert _same_matches(compiled[kind], re.compile(plain), text), (path.name, kind)
            found += len(compiled[kind].findall(text))
    assert found > 10


def test_opening_alternatives_refuse_a_word_before_a_longer_dotted_one():
    from claimx.extractors.dates import _opening_alternatives

    assert re.fullmatch("(?:%s)" % _opening_alternatives(["September"], ["Sept", "Sep"]), "Sep.")
    try:
        _opening_alternatives(["Sep"], ["Sept"])
    except AssertionError:
        return
    raise AssertionError("a full word that begins a dotted one must be refused")


NAME_BITS = ["LaTonya ", "Griggs", "Mayor ", "Ben", " ", "  ", ".", "x", "O'Neil", "Smith-Jones", "A", "ab", "\n", ","]


@settings(max_examples=1500, deadline=None)
@example("Mayor Dwayne Ellery and LaTonya Griggs. x.Ben Crump")
@given(st.lists(st.sampled_from(NAME_BITS), max_size=16).map("".join))
def test_name_pairs_opening_on_the_capital_equal_the_lookbehind_form(text):
    from claimx.extractors.quote_context import _NAME_PAIR

    plain = re.compile(r"(?<![\w.])([A-Z][a-z]+)(?=\s+([A-Z][\w'\u2019-]*[a-z])(?![\w'\u2019-]))")
    assert [(m.span(), m.groups()) for m in _NAME_PAIR.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)]


ANCHOR_BITS = ["early ", "Late ", "this ", "past ", "coming ", "last ", "the ", "end ", "beginning ", "of ", "mid-",
               "in ", "as ", "back ", "17", "4th", " to ", "-", "\u2013", " & ", "and ", "through ", "20th ", "May ",
               "September ", "Sept. ", "JUNE ", "Monday", "Mondays ", "Friday ", "morning", "2020", "x", "_", "  ",
               "\n", ", "]


@settings(max_examples=3000, deadline=None)
@example("early this past Monday morning, the end of May 2020 and 17th through 20th of September", )
@example("in  \n  March; mid- -May 2019; 17-20 May; 4th  of  July; xMonday; back in June")
@given(st.lists(st.sampled_from(ANCHOR_BITS), max_size=18).map("".join))
def test_date_patterns_searched_from_their_names_find_what_finditer_finds(text):
    from claimx.extractors.dates import DateFinder, _paragraph_words

    finder = DateFinder()
    mt = match_text(text)
    for a, b, _words in _paragraph_words(mt, finder.vocabulary):
        found: dict = {}
        for kind, rx, _first, _second in finder.patterns:
            if kind in finder.anchored:
                fast = [(m.span(), m.groupdict()) for m in finder._scan(kind, rx, mt, a, b, found)]
                assert fast == [(m.span(), m.groupdict()) for m in rx.finditer(mt, a, b)], (kind, mt[a:b])


def test_date_patterns_searched_from_their_names_on_the_fixtures(fixture_paths):
    from claimx.extractors.dates import DateFinder, _paragraph_words

    finder = DateFinder()
    hits = 0
    for path in fixture_paths:
        mt = match_text(path.read_text(encoding="utf-8"))
        for a, b, _words in _paragraph_words(mt, finder.vocabulary):
            found: dict = {}
            for kind, rx, _first, _second in finder.patterns:
                if kind in finder.anchored:
                    fast = [m.span() for m in finder._scan(kind, rx, mt, a, b, found)]
                    assert fast == [m.span() for m in rx.finditer(mt, a, b)], (path.name, kind)
                    hits += len(fast)
    assert hits > 5


RENAME_BITS = ["Bolt", " (formerly ", "Taxify", ", now ", "now called ", ", previously known as ", "X", " ", "\n",
               ")", ".", "--", "\u2014", "formerly", "x", "Twitter"]


@settings(max_examples=1500, deadline=None)
@example("Taxify, now Bolt", 12)
@example("X, formerly  known as Twitter", 24)
@given(st.lists(st.sampled_from(RENAME_BITS), max_size=14).map("".join), st.integers(0, 120))
def test_rename_before_a_mention_searched_only_after_a_rename_word_equals_the_plain_search(text, s):
    from claimx.extractors.platforms import PlatformFinder

    renames = PlatformFinder().renames
    s = min(s, len(text))
    plain = renames.before.search(text, max(0, s - 80), s)
    fast = renames._before(text, s)
    assert (plain and plain.span()) == (fast and fast.span())


FORM_BITS = ["TVPRA", "TVPR", "AB 5", "AB 50", "AB", "-", "x", "_", " ", "\n", "(", ")", ".", "Section ",
             "section  ", "Sections ", "xSection ", "230", "23", "10(b)", "10(b)(1)", "69A", "Title VII", "Title V"]


@settings(max_examples=2000, deadline=None)
@example("the TVPRA and TVPR-x AB 50 AB 5", ["TVPR", "TVPRA", "AB 5"])
@given(st.lists(st.sampled_from(FORM_BITS), max_size=14).map("".join),
       st.lists(st.sampled_from(["TVPRA", "TVPR", "AB 5", "AB", "AB-", "x&y"]), min_size=1, max_size=4))
def test_defined_forms_found_with_find_equal_the_per_text_pattern(text, forms):
    from claimx.extractors.statutes.later_mentions import whole_form_uses
    from claimx.text.wordtrie import trie_pattern

    plain = re.compile(r"(?<![\w-])(%s)(?![\w-])" % trie_pattern(forms))
    assert whole_form_uses(text, forms) == [(m.start(), m.end(), m.group(1)) for m in plain.finditer(text)]


@settings(max_examples=2000, deadline=None)
@example("Section 230 and section  10(b)(1), xSection 23; Section 2300", ["230", "23", "10(b)"])
@given(st.lists(st.sampled_from(FORM_BITS), max_size=14).map("".join),
       st.lists(st.sampled_from(["230", "23", "10(b)", "10(b)(1)", "69A", "Title VII", "Title V", "10"]),
                min_size=1, max_size=4))
def test_bare_sections_found_with_find_equal_the_per_text_pattern(text, sections):
    from claimx.extractors.statutes.later_mentions import section_uses
    from claimx.text.wordtrie import trie_pattern

    plain = re.compile(r"\b[Ss]ection\s+(%s)(?![\w(])" % trie_pattern(sections))
    assert section_uses(text, sections) == [(m.start(), m.end(), m.group(1)) for m in plain.finditer(text)]


DENIAL_BITS = ["was ", "were ", "been ", "being ", "is ", "are ", "be ", "xwas ", "denied", "deny", "false",
               "baseless", "reject", "without merit", " ", "\n", ".", "not "]


@settings(max_examples=2000, deadline=None)
@example("it was denied, they deny it; xwas false and is baseless")
@given(st.lists(st.sampled_from(DENIAL_BITS), max_size=14).map("".join))
def test_denial_words_opening_on_their_letters_equal_the_lookbehind_form(text):
    from claimx.extractors.quotes import Classifier
    from claimx.text.wordtrie import trie_pattern

    c = Classifier()
    plain = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bbe )%s"
                       % trie_pattern(w.lower() for w in c.lex["denial_words"]))
    assert [m.span() for m in c.denial.finditer(text)] == [m.span() for m in plain.finditer(text)]


CODE_BITS = ["California ", "Cal. ", "Labor ", "Civ. ", "Code", "Law", "Laws", "Stat.", "Stats.", "Rev. Stat.",
             " Ann.", ",", " ", "  ", "\u00a7", "\u00a7\u00a7", "section", "Sections", "Sec.", "Secs.", "1708.85",
             "2750.3", "(a)", "N.Y. ", "Gen. ", "Bus. ", "of ", "and ", "\n", "protection "]


@settings(max_examples=2000, deadline=None)
@example("California Labor Code section 2750.3 and N.Y. Gen. Bus. Law \u00a7 349; Ohio Rev. Stat. Ann. Sec. 5")
@given(st.lists(st.sampled_from(CODE_BITS), max_size=16).map("".join))
def test_state_code_citations_always_hold_a_code_end_then_a_section_mark(text):
    """_state_codes returns nothing at once where _CODE_THEN_MARK is not found: no match of the
    state-code pattern can be there."""
    from claimx.extractors.statutes.cites import _CODE_THEN_MARK, _STATE_CODE

    if _STATE_CODE.search(text):
        assert _CODE_THEN_MARK.search(text)


CITE_BITS = ["18", "47", " ", ",", "U.S.C.", "U. S. C.", "USC", "U.S. Code", "US C", "United States Code", "\u00a7",
             " 1595", "230(c)", "Pub.", "Public Law", "P.L.", "P. L.", " No.", "116-283", "L.", "x", "\n"]


@settings(max_examples=2000, deadline=None)
@example("18 U.S.C. \u00a7 1595 and Pub. L. No. 116-283, 47 United States Code 230")
@given(st.lists(st.sampled_from(CITE_BITS), max_size=14).map("".join))
def test_usc_and_public_law_citations_always_hold_their_cue(text):
    from claimx.extractors.statutes.cites import _PUBL, _PUBL_CUE, _USC, _USC_CUE

    if any(True for _ in _USC.finditer(text)):
        assert _USC_CUE.search(text)
    if any(True for _ in _PUBL.finditer(text)):
        assert _PUBL_CUE.search(text)


def _plain_triggers(text: str) -> list[int]:
    """Every start of every currency mark, a find over the whole text per mark (the plain form)."""
    from claimx.extractors.amounts import _marks
    from claimx.text.normalize import lower_same_length

    low = lower_same_length(text)
    out = set()
    for mark, lower in _marks():
        hay = low if lower else text
        i = hay.find(mark)
        while i != -1:
            out.add(i)
            i = hay.find(mark, i + 1)
    return sorted(out)


MONEY_BITS = ["$", "US$", "USD", "US", "D", "EUR", "EU", "R", "RM", "RUB", "xUSDx", "USDA", "Us", "U", "Rs", "KSh", "Ksh", "\u20ac", "\u00a3", "\u20b9",
              "rand", "naira", "nd", "won", "wonder", "yen", "Yen", "YEN", "euro", "european", "pound", "brazilian real",
              "brazilian", " real", "dollar", "Dollars", "\u0130", "\u212a", "r", "a", " ", "\n", "5", ",", "."]


@settings(max_examples=2000, deadline=None)
@example("nairand USDUSD $$ wonwon \u20ac\u20ac KShRs EURM")
@example("\u0130 rand \u212arona YEN")
@given(st.lists(st.sampled_from(MONEY_BITS), max_size=16).map("".join))
def test_currency_triggers_found_from_the_capital_runs_are_every_mark_start(text):
    """``amounts._triggers`` (speed3) looks for a code of capitals only where the text's runs of
    capitals hold it: every start of every mark is still found, overlapping ones too ("USDUSD",
    "nairand": naira and rand), as a find per mark over the whole text finds them."""
    from claimx.extractors.amounts import _triggers

    assert _triggers(text) == _plain_triggers(text)


def test_currency_triggers_on_the_fixtures(fixture_paths):
    from claimx.extractors.amounts import _triggers

    found = 0
    for path in fixture_paths:
        text = path.read_text(encoding="utf-8")
        assert _triggers(text) == _plain_triggers(text), path.name
        found += len(_triggers(text))
    assert found > 5


DIGIT_BITS = ["18", "19", "20", "21", "2019", "1899", "0", "9", "/", "-", "1", "2", " ", "x", "\u0663", "\u0661\u0669", "\n"]


@settings(max_examples=2000, deadline=None)
@example("x2019 12019 20190 1/2 /3 4- \u06632020 2020\u0663", 1, 0)
@given(st.lists(st.sampled_from(DIGIT_BITS), max_size=14).map("".join), st.integers(0, 3), st.integers(0, 3))
def test_paragraph_digit_tests_searched_from_their_first_character_are_the_plain_ones(text, cut_a, cut_b):
    """The year and digit-separator tests of a paragraph (speed3) read from the character re can
    skip to (a 1 or a 2, a slash or a hyphen) say what the plain patterns say, in any span
    (digits of other scripts too; the separator test starts one character on)."""
    from claimx.extractors.dates import _DIGIT_SEP, _YEAR_RUN

    a, b = min(cut_a, len(text)), max(min(cut_a, len(text)), len(text) - cut_b)
    assert bool(_YEAR_RUN.search(text, a, b)) == bool(re.compile(r"(?<!\d)(?:18|19|20)\d\d(?!\d)").search(text, a, b))
    assert bool(_DIGIT_SEP.search(text, a + 1, b)) == bool(re.compile(r"\d[/-]\d").search(text, a, b))
