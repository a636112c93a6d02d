import pytest

from claimx.extractors.quotes import QuoteFinder, find_spans


def quotes(text):
    return QuoteFinder().find(text)


def test_broken_by_attribution_gives_two_items():
    text = "\u201cTwitter refused to remove the illegal material,\u201d the suit says. \u201cIt profited from abuse.\u201d"
    qs = quotes(text)
    assert [q.text for q in qs] == ["Twitter refused to remove the illegal material,", "It profited from abuse."]
    assert [q.speaker for q in qs] == ["the suit", "the suit"]
    assert qs[0].verb == "says"
    assert text[qs[0].speaker_start:qs[0].speaker_end] == "the suit"


@pytest.mark.parametrize("text,speaker,verb", [
    ("\u201cThe company knowingly profited from abuse,\u201d said Peter Gentala, senior legal counsel for the group.",
     "Peter Gentala", "said"),
    ("Haba said: \u201cTwitter knowingly hosted this material and refused to act.\u201d", "Haba", "said"),
    ("According to the complaint, \u201cthe platform knowingly profited from exploitation.\u201d", "the complaint",
     "According to"),
    ("The complaint, on behalf of two men, alleges that Twitter \"knowingly hosted sexual exploitation material.\"",
     "The complaint", "alleges"),
    ("\u201cThe company hid the risks from parents,\u201d Attorney General Ra\u00fal Torrez said.",
     "Attorney General Ra\u00fal Torrez", "said"),
])
def test_attribution(text, speaker, verb):
    q = quotes(text)[0]
    assert (q.speaker, q.verb) == (speaker, verb)
    assert q.kind == "allegation"


def test_pronoun_resolves_to_last_named_source():
    text = ("\u201cTwitter is not a passive intermediary in this harmful material,\u201d the complaint alleged.\n"
            "\u201cIt is one of the most prolific distributors of abuse material,\u201d it further alleged.")
    qs = quotes(text)
    assert qs[1].speaker == "the complaint"
    assert qs[1].speaker_text == "it"


def test_apostrophes_are_not_quote_marks():
    text = "Twitter\u2019s lawyers don\u2019t agree with the students\u2019 claims, the boy\u2019s mother said."
    assert quotes(text) == []


def test_paragraph_continuation():
    text = ("She added: \u201cWe asked them nicely, then we asked them formally.\n\n"
            "\u201cNow we are asking a judge.\u201d")
    # one passage per paragraph (the gold's items), the second with the first one's speaker
    spans = find_spans(text)
    assert len(spans) == 2
    qs = quotes(text)
    assert [q.text for q in qs] == ["We asked them nicely, then we asked them formally.", "Now we are asking a judge."]
    assert [q.speaker for q in qs] == ["She", "She"]


def test_nested_straight_quotes_in_unclosed_passage():
    text = ('"The group is coming for Twitter, one of the only platforms left.\n'
            'The complaint alleges that Twitter "knowingly hosted exploitation material and profited from it."\n'
            'With a decision in August, the case moved forward, " Vice reported.\n')
    qs = quotes(text)
    assert [q.text for q in qs] == ["knowingly hosted exploitation material and profited from it."]
    assert qs[0].speaker == "The complaint"


def test_scare_quotes_are_fragments_and_denials_are_denials():
    text = ('He was a "victim of bullying" at school. The company said the claims are '
            '"without merit and we will defend ourselves vigorously."')
    kinds = [q.kind for q in quotes(text)]
    assert kinds == ["fragment", "denial"]


def _marks_text(n: int) -> str:
    return ('"' * n) + " word " + ("\u201c" * n)


def _expected_mark_spans(n: int) -> list:
    # straight marks pair up left to right; a run of curly openers opens once, at its last
    # mark, and is left open at the end of the text (truncated)
    pairs = [(k, k + 1, 0, False) for k in range(0, n - 1, 2)]
    last = len(_marks_text(n)) - 1
    return pairs + [(last, last + 1, 0, True)]


def _lines_run(fn, *args):
    """The result of ``fn(*args)`` and the number of lines of claimx code it ran: a count of
    work that, unlike a timing, does not depend on what else the machine is doing."""
    import sys

    count = [0]

    def trace(frame, event, arg):
        if "claimx" not in frame.f_code.co_filename:
            return None
        if event == "line":
            count[0] += 1
        return trace

    old = sys.gettrace()
    sys.settrace(trace)
    try:
        result = fn(*args)
    finally:
        sys.settrace(old)
    return result, count[0]


def test_linear_on_unmatched_marks():
    small, work_small = _lines_run(find_spans, _marks_text(2000))
    large, work_large = _lines_run(find_spans, _marks_text(20000))
    assert small == _expected_mark_spans(2000)
    assert large == _expected_mark_spans(20000)
    assert len(large) == 10001
    # 10x the marks: ~10x the work when linear, ~100x if quadratic
    assert work_small > 1000
    assert work_large < 15 * work_small
