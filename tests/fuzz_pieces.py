"""The pieces fuzzed texts are made of, shared by tests/test_fuzz.py (hypothesis) and
bench/fuzz_texts.py (random, for the bench's 20,000 texts): marks that stress the finders and
date-heavy fragments. Standard library only."""

MARKS = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00a7", "\u00a7\u00a7", "\n", "\n\n",
         "\r\n", "\r", " ", "0", "1", "7", "19", "2021", "30", ".", ",", "(", ")", "\u2014", "-"]
DATE_PIECES = ["Monday", "Friday", "next Friday", "last Tuesday", "today", "yesterday", "tomorrow",
               "March 3, 2021", "March 3", "Feb. 30", "Feb. 29", "Jan. 1", "Sept. 31", "Dec. 31, 1999",
               "the 4th of July", "8 January 2021", "1/2/21", "02/30/2020", "2021-03-10", "2023-02-29",
               "mid-August", "late November", "early 2020", "the 1990s", "last week", "next month",
               "last year", "3 days ago", "two months ago", "999 years ago", "in January", "next spring",
               "Christmas", "2021", "1800", "2099",
               " and ", ", ", " - ", " \u2013 ", " or ", " to ", " through ", ", and ", " on ", " since ",
               ". ", "\n", " The suit was filed ", " said ", " will be heard "]
