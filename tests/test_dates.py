import pytest

from claimx.extractors.dates import DateFinder

CASES = [
    # (text, published, expected [(surface, value)])
    ("On Jan. 8, Twitter removed the account.", None, [("Jan. 8", "XXXX-01-08")]),
    ("On Jan. 8, Twitter removed the account.", "2021-01-21", [("Jan. 8", "2021-01-08")]),
    ("The suit was filed January 8, 2021 in Texas.", None, [("January 8, 2021", "2021-01-08")]),
    ("He sued in 2019 for negligence.", None, [("2019", "2019")]),
    ("A ruling came in mid-August.", None, [("mid-August", "XXXX-08")]),
    ("Sales fell in early 2020.", None, [("early 2020", "2020")]),
    ("It happened late last year.", "2024-07-31", [("late last year", "2023")]),
    ("The suit was filed on Monday.", "2025-03-11", [("Monday", "2025-03-10")]),
    ("A hearing will begin Monday.", "2025-03-11", [("Monday", "2025-03-17")]),
    ("The agency acted last week.", "2025-03-11", [("last week", None)]),
    ("Sales rose earlier this year.", "2025-03-11", [("earlier this year", "2025")]),
    ("The post went up 9 months ago.", "2021-10-15", [("9 months ago", "2021-01")]),
    ("Complaints rose in the past year.", None, [("in the past year", None)]),
    ("The order is dated 01/20/21.", None, [("01/20/21", "2021-01-20")]),
    ("Laws from the 1990s still apply.", None, [("the 1990s", "199X")]),
    ("A decision is expected this fall.", "2023-08-01", [("this fall", "2023-FA")]),
    ("Payments were sent June 30, July 7, and July 14, 2023.", None,
     [("June 30", "2023-06-30"), ("July 7", "2023-07-07"), ("July 14, 2023", "2023-07-14")]),
    ("A trial had been scheduled for June 1.", "2022-05-10", [("June 1", "2022-06-01")]),
    ("He left in late November.", "2020-01-30", [("late November", "2019-11")]),
    ("Ofcom wrote on April 14.", "2025-10-14", [("April 14", "2025-04-14")]),
    ("We rule today.", "2020-02-27", [("today", "2020-02-27")]),
    # a weekday before a full date is one expression with the date's value; a weekday or
    # "today" beside a full date ("Monday and March 3") keeps its own; an impossible day has none
    ("The suit was filed on Monday, March 3, 2021.", None, [("Monday, March 3, 2021", "2021-03-03")]),
    ("It came Monday and March 3, 2021.", None, [("Monday", None), ("March 3, 2021", "2021-03-03")]),
    ("It was due today and March 3, 2021.", None, [("today", None), ("March 3, 2021", "2021-03-03")]),
    ("Sunday - Jan. 1, 2023", None, [("Sunday", None), ("Jan. 1, 2023", "2023-01-01")]),
    ("It was filed on Feb. 30 and March 3, 2021.", "2021-03-10", [("Feb. 30", None), ("March 3, 2021", "2021-03-03")]),
    ("It was filed on Feb. 30.", None, [("Feb. 30", None)]),
    ("It was filed on Feb. 29.", None, [("Feb. 29", "XXXX-02-29")]),
    # the tense of the weekday's own clause decides, not the sentence's
    ("The firm will pay $45 million, according to papers filed Friday.", "2024-03-03",
     [("Friday", "2024-03-01")]),
]

NOT_DATES = [
    "John Doe was 16 years old when the videos were posted.",
    "when Doe was 13 and 14-years-old",
    "a 30-minute walk away",
    "He spent two years documenting the copies.",
    "With over 330 million users and 167,000 views.",
    "The fine was $2019 and then $1,500 per text.",
    "Case No. 3:21-cv-00485 was assigned.",
    "Section 2000 of the code applies.",
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_dates(text, published, expected):
    found = DateFinder().find(text, published)
    assert [(d.text, d.value) for d in found] == expected
    for d in found:
        assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert DateFinder().find(text, "2021-01-21") == []


def test_year_in_statute_name_excluded_by_pipeline():
    import claimx

    doc = claimx.extract("Section 230 of the Communications Decency Act of 1996 protects sites.")
    assert [d["text"] for d in doc["dates"]] == []


# "yesterday", "tomorrow" and "N days ago" are calendar arithmetic on the publication day
# (these values are what dateparser, the former dependency, gave for the same phrases)
RELATIVE_DAYS = [
    ("The company confirmed the breach yesterday.", "2024-03-01", "yesterday", "2024-02-29"),
    ("The company confirmed the breach yesterday.", "2021-01-01", "yesterday", "2020-12-31"),
    ("The judge will rule tomorrow.", "2023-12-31", "tomorrow", "2024-01-01"),
    ("The suit was filed 10 days ago in Delaware.", "2021-03-04", "10 days ago", "2021-02-22"),
    ("The suit was filed 366 days ago in Delaware.", "2021-03-04", "366 days ago", "2020-03-03"),
    ("The post went up three days ago.", "2020-03-01", "three days ago", "2020-02-27"),
    ("The post went up a day ago.", "2020-03-01", "a day ago", "2020-02-29"),
]


@pytest.mark.parametrize("text,published,surface,value", RELATIVE_DAYS)
def test_relative_days_resolve_against_the_publication_day(text, published, surface, value):
    import claimx

    dates = claimx.extract(text, published=published)["dates"]
    assert [(d["text"], d["value"], d["precision"]) for d in dates] == [(surface, value, "day")]
    assert text[dates[0]["start"]:dates[0]["end"]] == surface


def test_relative_days_without_a_publication_day_have_no_value():
    import claimx

    dates = claimx.extract("The suit was filed 10 days ago and settled yesterday.", published="2021-03")["dates"]
    assert [(d["text"], d["value"]) for d in dates] == [("10 days ago", None), ("yesterday", None)]


@pytest.mark.parametrize("text,published", [
    ("The suit was filed 10 days ago.", "0001-01-05"),
    ("The judge will rule tomorrow.", "9999-12-31"),
    ("Sales rose next year, the filing says.", "9999-06-01"),
])
def test_arithmetic_past_the_calendar_gives_no_value_instead_of_an_error(text, published):
    """claimx.extract refuses such publication dates (years 1000-2999); the finder itself,
    given one, still gives no value rather than an OverflowError."""
    import claimx

    with pytest.raises(claimx.ClaimxError):
        claimx.extract(text, published=published)
    dates = DateFinder().find(text, published)
    assert len(dates) == 1 and dates[0].value is None
