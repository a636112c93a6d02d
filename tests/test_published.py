"""The publication date read from the page lines at the top of an article."""
import pytest

import claimx

HEADLINE = "Families sue video platform over livestreamed attack"
BODY = ("The lawsuit, filed on Jan. 3, 2023, in Delaware, says the company ignored warnings from moderators.\n\n"
        "A spokesperson for the company declined to comment on Friday.\n")

# (the page lines between the headline and the body, the publication date they state)
FORMATS = [
    ("By Jane Smith | May 2, 2024", "2024-05-02"),
    ("By Jane Smith and Tom Lee, Reuters May 2, 2024 6:05 PM GMT", "2024-05-02"),
    ("By JANE SMITH Associated Press May 2, 2024, 4:54 PM", "2024-05-02"),
    ("Published 10:30 AM EDT, Thu May 2, 2024", "2024-05-02"),
    ("Published 2:30 PM ET Thu, 2 May 2024", "2024-05-02"),
    ("Published Thursday, May 2, 2024 at 10:30 a.m.", "2024-05-02"),
    ("Published on: 2 May 2024", "2024-05-02"),
    ("First published on Thu 2 May 2024 10.00 BST", "2024-05-02"),
    ("2024-05-02T14:30:00Z", "2024-05-02"),
    ("Published 2024-05-02T23:10:00-04:00", "2024-05-02"),
    ("Published: 2024-05-02 14:30", "2024-05-02"),
    ("Last modified on Thu 2 May 2024 15.01 BST", "2024-05-02"),
    ("Updated 8:00 AM EDT May 3, 2024", "2024-05-03"),  # the only date stated: better than none
    ("Updated: May 3, 2024 Published: May 2, 2024", "2024-05-02"),
    ("Published May 2, 2024 Updated May 3, 2024", "2024-05-02"),
    ("By Jane Smith | Updated May 3, 2024 | Published May 2, 2024", "2024-05-02"),
    ("Updated May 3, 2024, 9:12 AM\n\nPublished May 2, 2024, 6:00 PM", "2024-05-02"),
    ("Last modified on Fri 3 May 2024 08.15 BST\n\nFirst published on Thu 2 May 2024 19.40 BST", "2024-05-02"),
    ("Posted on May 2, 2024 by Jane Smith", "2024-05-02"),
    ("Jane Smith \u00b7 May 2, 2024 \u00b7 5 min read", "2024-05-02"),
    ("May 2, 2024 / 10:30 AM / Channel 7 News", "2024-05-02"),
    ("May 2, 2024 at 10:30 a.m. EDT", "2024-05-02"),
    ("Thursday, May 2, 2024", "2024-05-02"),
    ("THURSDAY, MAY 2, 2024", "2024-05-02"),
    ("02 May 2024", "2024-05-02"),
    ("2 May 2024 - 10:30 am", "2024-05-02"),
    ("Date: 05/02/2024", "2024-05-02"),
    ("Thu 2 May 2024 15.01 BST", "2024-05-02"),
    # no publication date stated: body sentences that open with a date, a label without one
    ("On May 2, 2024, the families filed a motion in the case.", None),
    ("May 2, 2024 \u2014 The attorney general sued the company over its advertising on Thursday.", None),
    ("Published in Legal Affairs Weekly", None),
    ("Updated 2 hours ago", None),
    ("Published 31 Feb 2024", None),
]


@pytest.mark.parametrize("lines,value", FORMATS)
def test_publication_date_from_page_lines(lines, value):
    doc = claimx.extract(f"{HEADLINE}\n\n{lines}\n\n{BODY}")
    assert doc["published"] == value
    assert doc["published_source"] == ("text" if value else None)


def test_at_least_twenty_formats_state_a_date():
    assert len([v for _, v in FORMATS if v]) >= 20


def test_the_detected_date_resolves_the_body_dates():
    doc = claimx.extract(f"{HEADLINE}\n\nUpdated May 6, 2024\n\nPublished May 2, 2024\n\n{BODY}")
    assert doc["published"] == "2024-05-02"
    assert ("Friday", "2024-04-26") in [(d["text"], d["value"]) for d in doc["dates"]]


def test_a_date_far_down_the_page_is_not_the_publication_date():
    filler = "".join(f"Paragraph {i} of the story says the court heard arguments.\n\n" for i in range(14))
    assert claimx.extract(f"{HEADLINE}\n\n{filler}Published May 2, 2024\n\n{BODY}")["published"] is None


def test_the_caller_date_wins():
    doc = claimx.extract(f"{HEADLINE}\n\nPublished May 2, 2024\n\n{BODY}", published="2024-05-09")
    assert (doc["published"], doc["published_source"]) == ("2024-05-09", "option")
