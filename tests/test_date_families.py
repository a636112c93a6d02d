"""Date families of issue #21, each a table of our own news-style sentences, through
claimx.extract: the surface forms, their values and precisions exactly, offsets exact."""
import pytest

import claimx


def _dates(text, published):
    doc = claimx.extract(text, published=published)
    for d in doc["dates"]:
        assert text[d["start"]:d["end"]] == d["text"]
    return [(d["text"], d["value"], d["precision"]) for d in doc["dates"]]


# anchored vague phrases: a modifier and a month, a quarter, a hedge, a count from a named year
ANCHORED = [
    ("Earlier in March, the company quietly changed its policy.", "2024-05-02",
     [("Earlier in March", "2024-03", "month")]),
    ("Earlier in March, the company quietly changed its policy.", "2024-02-10",
     [("Earlier in March", "2023-03", "month")]),
    ("Later in June the regulator opened a second inquiry.", "2023-07-20",
     [("Later in June", "2023-06", "month")]),
    ("The complaint was filed at the beginning of May in federal court.", "2022-06-15",
     [("the beginning of May", "2022-05", "month")]),
    ("Payments stopped by the end of September, the filing says.", "2022-11-01",
     [("the end of September", "2022-09", "month")]),
    ("The breach happened in the first quarter of 2022.", None,
     [("the first quarter of 2022", "2022", "quarter")]),
    ("Revenue fell sharply in the fourth quarter of 2019, the suit claims.", None,
     [("the fourth quarter of 2019", "2019", "quarter")]),
    ("Sales of the devices peaked in Q3 2021.", None, [("Q3 2021", "2021", "quarter")]),
    ("The firm must repay the loans by the end of 2022.", None, [("the end of 2022", "2022", "year")]),
    ("The app launched in 2015. Two years later, regulators opened an inquiry.", None,
     [("2015", "2015", "year"), ("Two years later", "2017", "year")]),
    ("She joined the company in 2010 and sued it three years later.", None,
     [("2010", "2010", "year"), ("three years later", "2013", "year")]),
    ("The merger closed in March 2018; six months later the layoffs began.", None,
     [("March 2018", "2018-03", "month"), ("six months later", "2018-09", "month")]),
    ("The agency sued in 2016 and settled the following year.", None,
     [("2016", "2016", "year"), ("the following year", "2017", "year")]),
    ("Two years later, nothing had changed.", "2024-01-10", [("Two years later", None, "vague")]),
    ("In or about 2021, the defendant began selling the data.", None,
     [("In or about 2021", "2021", "year")]),
    ("On or about March 3, 2020, the defendant sent the messages.", None,
     [("On or about March 3, 2020", "2020-03-03", "day")]),
    ("The shooting happened early Tuesday morning outside the club.", "2024-01-04",
     [("early Tuesday morning", "2024-01-02", "day")]),
    ("Officers arrived late Friday night, police said.", "2023-06-12",
     [("late Friday night", "2023-06-09", "day")]),
]

# weekdays: the direction the text signals
WEEKDAYS = [
    ("The company filed its response on Monday.", "2025-03-12", [("Monday", "2025-03-10", "day")]),
    ("The company filed its response last Monday.", "2025-03-10", [("last Monday", "2025-03-03", "day")]),
    ("The hearing will resume Monday.", "2025-03-12", [("Monday", "2025-03-17", "day")]),
    ("A hearing is set for Thursday in Manhattan.", "2025-03-11", [("Thursday", "2025-03-13", "day")]),
    ("The jury will begin deliberations next Tuesday.", "2025-03-12", [("next Tuesday", "2025-03-18", "day")]),
    ("The vote is due this coming Friday.", "2025-03-12", [("this coming Friday", "2025-03-14", "day")]),
    ("On Monday, the court will hear arguments on the motion.", "2025-03-12",
     [("Monday", "2025-03-17", "day")]),
    ("On Monday, the court rejected the motion.", "2025-03-12", [("Monday", "2025-03-10", "day")]),
    ("The regulator will decide this Friday whether to fine the firm.", "2025-03-12",
     [("this Friday", "2025-03-14", "day")]),
    ("The lawyers said Friday that they will appeal.", "2025-03-12", [("Friday", "2025-03-07", "day")]),
    # the cue nearest the date decides
    ("The judge said the hearing will resume Monday.", "2025-03-12", [("Monday", "2025-03-17", "day")]),
    ("The judge who will hear the case was appointed Monday.", "2025-03-12", [("Monday", "2025-03-10", "day")]),
]

# a weekday with a full date is one expression; capitals as in mastheads and releases
FULL_DATES = [
    ("The suit was filed on Tuesday, May 5, 2020, in Sacramento.", None,
     [("Tuesday, May 5, 2020", "2020-05-05", "day")]),
    ("The order came on Thursday 2 May 2024 after a long hearing.", None,
     [("Thursday 2 May 2024", "2024-05-02", "day")]),
    ("FOR RELEASE FRIDAY, JUNE 30, 2023 the agency announced the charges.", None,
     [("FRIDAY, JUNE 30, 2023", "2023-06-30", "day")]),
    # no year: the year near the publication in which that day is that weekday
    ("The jury came back on Thursday, Dec. 28, after two days.", "2024-01-05",
     [("Thursday, Dec. 28", "2023-12-28", "day")]),
    ("The hearing is on Monday, Jan. 6.", "2024-12-20", [("Monday, Jan. 6", "2025-01-06", "day")]),
    ("It was filed Monday, March 3.", None, [("Monday, March 3", "XXXX-03-03", "day")]),
]

# days of one month: one expression, valued as the month
DAY_RANGES = [
    ("The outage ran from 17 to 20 September 2022, the regulator said.", None,
     [("17 to 20 September 2022", "2022-09", "month")]),
    ("The regulator said the calls on September 17 and 20, 2022, broke the rules.", None,
     [("September 17 and 20, 2022", "2022-09", "month")]),
    ("The trial is set for May 3-5 in Austin.", "2023-04-01", [("May 3-5", "2023-05", "month")]),
    ("Payments were sent June 30 and July 7, 2023.", None,
     [("June 30", "2023-06-30", "day"), ("July 7, 2023", "2023-07-07", "day")]),
]

# year ranges written with a hyphen or a dash: both years
YEAR_RANGES = [
    ("Thefts rose for models built between 2011-2022.", None,
     [("2011", "2011", "year"), ("2022", "2022", "year")]),
    ("Developers who sold apps between 2016\u20132021 may claim.", None,
     [("2016", "2016", "year"), ("2021", "2021", "year")]),
]

# a month without a year: the tense of its clause, "this year" after it, a range's later end
MONTHS = [
    ("The suit was filed in January.", "2023-10-13", [("January", "2023-01", "month")]),
    ("The case will go to trial in January.", "2023-10-13", [("January", "2024-01", "month")]),
    ("In January the company changed its rules.", "2023-10-13", [("January", "2023-01", "month")]),
    ("The proposed rule takes effect in January.", "2023-10-13", [("January", "2024-01", "month")]),
    ("Earlier in March 2020, the firm sued.", "2024-01-10", [("Earlier in March 2020", "2020-03", "month")]),
    ("The judge, who said the trial will start in January, recused.", "2023-10-13",
     [("January", "2024-01", "month")]),
    ("Between January and July of this year, 2,000 cars were stolen.", "2023-10-13",
     [("January", "2023-01", "month"), ("July", "2023-07", "month"), ("this year", "2023", "year")]),
    ("The thefts began in March last year.", "2023-10-13",
     [("March", "2022-03", "month"), ("last year", "2022", "year")]),
    ("From November to February the complaints doubled.", "2023-03-01",
     [("November", "2022-11", "month"), ("February", "2023-02", "month")]),
]

# not dates: a weekday that names a product or a paper, a kind of thing, or every such day
NAMES = [
    ("The jury ruled on the 'Sunday Ticket' package.", "2024-06-27", []),
    ("Its titles include the Sunday Mirror and the Sunday People.", "2023-06-07", []),
    ("Subscribers to NFL Sunday Ticket sued on Monday.", "2024-06-27", [("Monday", "2024-06-24", "day")]),
    ("The league sold its package of Sunday games at inflated prices.", "2024-06-27", []),
    ("Fans paid extra for out-of-market Sunday afternoon games.", "2024-06-27", []),
    ("The story ran in the Saturday edition of the paper.", "2024-06-27", []),
    ("The moderators met every Monday to review flagged posts.", "2024-06-27", []),
    ("The suit was filed Sunday afternoon in Manhattan.", "2024-06-27", [("Sunday afternoon", "2024-06-23", "day")]),
    ("The agency said on Monday Google had broken the law.", "2024-06-27", [("Monday", "2024-06-24", "day")]),
    ("Lawyers filed Friday Meta's motion to dismiss.", "2024-06-27", [("Friday", "2024-06-21", "day")]),
]


# "today" inside a quotation is the speaker's day: the day the paragraph says they spoke
# (outside the marks, at a speech verb); else, like "today" in the body, the publication's
QUOTED_DAYS = [
    ("\u201cToday we filed suit against the company,\u201d the attorney general said Tuesday.", "2024-05-02",
     [("Today", "2024-04-30", "day"), ("Tuesday", "2024-04-30", "day")]),
    ("The regulator said in a statement on Monday: \"Today we hold them to account. Tomorrow we go further.\"",
     "2024-05-02", [("Monday", "2024-04-29", "day"), ("Today", "2024-04-29", "day"), ("Tomorrow", "2024-04-30", "day")]),
    ("\"We learned of it yesterday,\" the company told reporters on Friday.", "2024-05-06",
     [("yesterday", "2024-05-02", "day"), ("Friday", "2024-05-03", "day")]),
    ("\"Today we filed suit,\" the attorney general said.", "2024-05-02", [("Today", "2024-05-02", "day")]),
    ("The state sued today, officials said Tuesday.", "2024-05-02",
     [("today", "2024-05-02", "day"), ("Tuesday", "2024-04-30", "day")]),
    ("\"Today is a good day,\" she said, a week after the ruling on Monday.", "2024-05-02",
     [("Today", "2024-05-02", "day"), ("Monday", "2024-04-29", "day")]),
    ("\"Today we filed suit,\" the attorney general said.", None, [("Today", None, "day")]),
]


@pytest.mark.parametrize("text,published,expected",
                         ANCHORED + WEEKDAYS + FULL_DATES + DAY_RANGES + YEAR_RANGES + MONTHS + NAMES
                         + QUOTED_DAYS)
def test_date_family(text, published, expected):
    assert _dates(text, published) == expected


MASTHEAD = "Log In\n\nMENU\n    Tuesday, August 16, 2022\n\nPolice officers charged in fatal raid\n\n"
BODY = "The officers were charged on Thursday, the attorney general announced."


def test_a_masthead_today_date_later_than_the_publication_is_page_chrome():
    assert _dates(MASTHEAD + BODY, "2022-08-04") == [("Thursday", "2022-08-04", "day")]


def test_a_date_line_at_the_top_that_is_the_publication_day_stays():
    text = MASTHEAD.replace("Tuesday, August 16", "Thursday, August 4") + BODY
    assert _dates(text, "2022-08-04")[0] == ("Thursday, August 4, 2022", "2022-08-04", "day")


def test_quarter_values_pass_the_output_schema():
    jsonschema = pytest.importorskip("jsonschema")
    from claimx.tools.schema import load_schema

    doc = claimx.extract("Profits fell in the second quarter of 2020.")
    assert [(d["value"], d["precision"], d["period"]) for d in doc["dates"]] == [("2020", "quarter", "2020-Q2")]
    jsonschema.Draft202012Validator(load_schema()).validate(doc)


@pytest.mark.parametrize("text,published,expected", [
    ("The app was pulled last fall.", "2024-03-02", ("last fall", "2023", "season", "2023-FA")),
    ("A trial is set for this summer.", "2024-03-02", ("this summer", "2024", "season", "2024-SU")),
    ("Losses peaked in the third quarter of 2021.", None, ("the third quarter of 2021", "2021", "quarter", "2021-Q3")),
    ("The suit was filed in March 2021.", None, ("March 2021", "2021-03", "month", None)),
])
def test_a_season_or_quarter_is_valued_to_its_year_with_its_period(text, published, expected):
    (d,) = claimx.extract(text, published=published)["dates"]
    assert (d["text"], d["value"], d["precision"], d["period"]) == expected
    assert text[d["start"]:d["end"]] == d["text"]
