import pytest

from claimx.extractors.boilerplate import chrome_ranges, is_chrome_line


@pytest.mark.parametrize("line", [
    "Web Analytics Made Easy -",
    "arrow-right cart chevron-down chevron-left close menu minus play plus search share user email "
    "pinterest facebook instagram snapchat tumblr twitter vimeo youtube subscribe",
    "Shopping Cart",
    "Leave a comment",
    "Read Full Article",
    "Skip to main content",
    "Advertisement",
    "by John Clore",
    "9 months ago",
    "Please note, comments must be approved before they are published",
    "Sign up for our daily newsletter",
])
def test_chrome_lines(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", [
    "Twitter Sued by Child Sex Trafficking Victim",
    "A sex trafficking victim has filed a lawsuit against Twitter in a U.S. district court.",
    "The complaint says Facebook, Instagram and YouTube share users.",
    "Menu prices rose 9% last year, the restaurant said.",
])
def test_body_lines(line):
    assert not is_chrome_line(line)


def test_ranges_keep_offsets():
    text = "Shopping Cart\n\nTwitter was sued.\nLeave a comment\n"
    ranges = chrome_ranges(text)
    assert [text[s:e] for s, e in ranges] == ["Shopping Cart", "Leave a comment"]
