"""Quotation families through claimx.extract: quoted list items under one source, a quotation
continued into a new paragraph, a speaker named in the sentence before, speakers that are not
speakers, and the kinds a user filters on."""
import pytest

from quote_tables import quotes


def test_quoted_list_items_under_one_source():
    text = ("The complaint alleges that the company:\n\n"
            "\u2022 \u201cSteered minors toward strangers through its friend suggestions;\u201d\n\n"
            "\u2022 \u201cIgnored thousands of reports of grooming on its servers;\u201d and\n\n"
            "\u2022 \u201cMisled parents about the safety tools it offered.\u201d\n\n"
            "The company has not yet answered the complaint.\n")
    got = quotes(text)
    assert [s for _, s, _ in got] == ["The complaint"] * 3
    assert [k for _, _, k in got] == ["allegation"] * 3


def test_source_named_in_the_paragraph_before_a_colon():
    text = ("The firm released a statement from its lead lawyer, Dana Whitfield:\n\n"
            "\u201cFor years the bank charged these families fees it knew were unlawful.\u201d\n")
    assert quotes(text) == [("For years the bank charged these families fees it knew were unlawful.",
                             "Dana Whitfield", "allegation")]


def test_quotation_continued_into_a_new_paragraph_is_two_items_with_one_speaker():
    text = ("The mother told the jury: \u201cThey knew my son was being targeted and did nothing.\n\n"
            "\u201cThey let it happen again and again until he was gone.\u201d\n")
    got = quotes(text)
    assert [t for t, _, _ in got] == ["They knew my son was being targeted and did nothing.",
                                      "They let it happen again and again until he was gone."]
    assert [s for _, s, _ in got] == ["The mother", "The mother"]


def test_split_quotation_in_hard_wrapped_text_keeps_the_speaker():
    text = ('"Landlords who shut out families break the law," said Maria Lopez, the agency\'s regional\n'
            'director. "We will keep bringing these cases until the ads stop."\n')
    got = quotes(text)
    assert [s for _, s, _ in got] == ["Maria Lopez", "Maria Lopez"]


def test_pronoun_is_the_person_named_in_the_sentence_before():
    text = ("\u201cWe regret any inconvenience to our customers,\u201d the airline said in a statement.\n\n"
            "Raymond Okafor, a lawyer for the passengers, called the offer an insult.\n\n"
            "\u201cThe airline stranded thousands of people and hid the reason for months,\u201d he said.\n")
    got = quotes(text)
    assert got[-1] == ("The airline stranded thousands of people and hid the reason for months,",
                       "Raymond Okafor", "allegation")


def test_attribution_runs_past_abbreviation_periods():
    text = ("\u201cThis bank defrauded its own customers for a decade,\u201d Ellen Marsh, U.S. attorney for the "
            "district, said in a statement.\n")
    assert quotes(text)[0][1] == "Ellen Marsh"


@pytest.mark.parametrize("text,speaker", [
    # a court's division is the rest of its name, not a speaker
    ("Judge Ana Ruiz of the U.S. District Court for the Middle District of Florida, Tampa Division wrote "
     "that the claims were \u201cplainly barred by the statute of limitations.\u201d", "Judge Ana Ruiz"),
    # an -ing cue belongs to the noun before it: the lawsuit claims, not the court
    ("A federal appeals court on Tuesday revived a lawsuit claiming the app \u201cknowingly matched "
     "children with adult predators.\u201d", "a lawsuit"),
    ("She then received a message in response saying \u201cyou will regret filing this complaint "
     "against us.\u201d", None),
    # ...unless the subject handed it over
    ("The families filed a lawsuit alleging the app \u201cknowingly matched children with adult "
     "predators.\u201d", "The families"),
])
def test_speakers_that_are_not_speakers(text, speaker):
    assert quotes(text)[0][1] == speaker


@pytest.mark.parametrize("text,kind", [
    ("\u201cWe are pleased to report that the parties have reached a settlement that resolves this "
     "matter,\u201d the plaintiffs\u2019 lawyer said.", "statement"),
    ("\u201cThe company strongly disputes these allegations and will defend itself in court,\u201d a "
     "spokesperson said.", "denial"),
    ("\u201cThe insurer used an algorithm to deny claims without any doctor reading them,\u201d the "
     "complaint alleged.", "allegation"),
    ("\u201cThe settlement stops the company from illegally collecting data it never had a right to,\u201d "
     "the plaintiffs\u2019 lawyer said.", "allegation"),
    ("Under its policy: \u201cUsers may not post content that sexually exploits children in any way.\u201d",
     "policy"),
    ("The judge called the argument \u201cmeritless.\u201d", "fragment"),
])
def test_kinds(text, kind):
    assert quotes(text)[0][2] == kind


@pytest.mark.parametrize("text,speaker,kind", [
    # a plaintiff's or victim's own account is an allegation, the relative clause no part of the speaker
    ("\u201cI saw racist slurs written on the walls of the break room every week,\u201d said a former worker "
     "who joined the suit.", "a former worker", "allegation"),
    ("\u201cI was called names and shoved into lockers for months,\u201d the boy told reporters.", "the boy",
     "allegation"),
    # told by the one refused, "was denied" is no denial: a plaintiff's account ("who sued") accuses
    ("\u201cI was denied a promotion three times after I complained,\u201d said Rita Gomez, who sued the firm.",
     "Rita Gomez", "allegation"),
    ("\u201cI was denied a promotion three times after I complained,\u201d said Rita Gomez, who lives nearby.",
     "Rita Gomez", "statement"),
    ("\u201cWe deny these claims and look forward to trial,\u201d a spokesperson said.", "a spokesperson", "denial"),
])
def test_own_accounts_and_denials(text, speaker, kind):
    assert quotes(text)[0][1:] == (speaker, kind)


def test_quotation_in_parentheses_keeps_the_sentence_source():
    text = "The complaint says the manager (\u201cwho repeatedly groped female staff at the store\u201d) was promoted."
    assert quotes(text) == [("who repeatedly groped female staff at the store", "The complaint", "allegation")]
