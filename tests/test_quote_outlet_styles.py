"""Quotation families in the habits of other outlets: single quotation marks (British, Irish,
Indian, Australian papers) told apart from apostrophes, nested quotes, quotations running over
paragraphs, attribution before, after and in the middle, documents, offices and pronouns as
speakers, low-high marks and guillemets, and outside experts, whose words accuse no one."""
import pytest

import claimx
from quote_tables import quotes
from claimx.text.single_quotes import classify


def allegations(text):
    return [(a["text"], a["speaker"]) for a in claimx.extract(text)["allegations"]]


L, R = "\u2018", "\u2019"


@pytest.mark.parametrize("text,expected", [
    # after the quotation, straight and curly marks
    ("'Brightway failed to protect the records of four million patients,' the regulator said.",
     ("Brightway failed to protect the records of four million patients,", "the regulator")),
    (f"{L}The bank misled thousands of borrowers about its fees,{R} the watchdog said on Monday.",
     ("The bank misled thousands of borrowers about its fees,", "the watchdog")),
    # before it, with a colon
    ("Commissioner Aoife Brennan said: 'This was a serious and reckless failure by the operator.'",
     ("This was a serious and reckless failure by the operator.", "Commissioner Aoife Brennan")),
    (f"The petition states: {L}The board unlawfully dismissed the workers for joining a union.{R}",
     ("The board unlawfully dismissed the workers for joining a union.", "The petition")),
    # apostrophes inside the quotation do not close it
    (f"{L}Halvorsen{R}s conduct was unlawful and it knew it,{R} said the prosecutor, Rhys Penhallow.",
     (f"Halvorsen{R}s conduct was unlawful and it knew it,", "Rhys Penhallow")),
    ("'The tenants' deposits were taken illegally and never returned,' the lawsuit says.",
     ("The tenants' deposits were taken illegally and never returned,", "the lawsuit")),
    ("'It's plain the firm didn't pay its cleaners the minimum wage,' the union's lawyer said.",
     ("It's plain the firm didn't pay its cleaners the minimum wage,", "the union's lawyer")),
    # a regulator or office as the speaker
    ("'The merger would harm competition and raise prices for millions of shoppers,' the CMA said.",
     ("The merger would harm competition and raise prices for millions of shoppers,", "the CMA")),
    (f"{L}The company deceived consumers about the safety of its heaters,{R} the commission said in a statement.",
     ("The company deceived consumers about the safety of its heaters,", "the commission")),
])
def test_single_marks_with_their_speakers(text, expected):
    assert allegations(text) == [expected]


@pytest.mark.parametrize("text", [
    "Apple's lawyers met the users' representatives at O'Brien's office on Tuesday.",
    "The band played rock 'n' roll hits from the '90s until the hall closed at nine.",
    "Fans told 'em the show was cancelled, and the promoters' refund came weeks later.",
    f"The Joneses{R} lawyer said the {R}80s contract was void and the firm{R}s case weak.",
    "'Tis the season, the shop's owner said, and the customers' orders doubled.",
])
def test_apostrophes_are_not_quotation_marks(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text,pos,face", [
    ("Apple's", 5, "apostrophe"),
    ("the users' data", 9, "close"),
    ("rock 'n' roll", 5, "apostrophe"),
    ("rock 'n' roll", 7, "apostrophe"),
    ("the '90s", 4, "apostrophe"),
    ("she said 'no way' then", 9, "open"),
    ("she said 'no way' then", 16, "close"),
])
def test_each_single_mark_read_by_its_neighbours(text, pos, face):
    assert classify(text, pos)[0] == face


def test_a_possessive_inside_a_single_quote_loses_to_a_comma_close():
    text = "'The drivers' wages were cut unlawfully for years,' the union said. It wants back pay."
    assert allegations(text) == [("The drivers' wages were cut unlawfully for years,", "the union")]


def test_a_short_phrase_in_single_marks_closes_before_the_next_quote():
    text = ("The judge called the defence 'a disgrace' and adjourned. "
            "'The council broke the law when it evicted the families,' the barrister said.")
    got = quotes(text)
    assert (got[0][0], got[0][2]) == ("a disgrace", "fragment")
    assert got[1] == ("The council broke the law when it evicted the families,", "the barrister", "allegation")


@pytest.mark.parametrize("text,outer", [
    ("\u201cThe judge wrote that the claim was 'plainly meritless' and struck it out,\u201d the lawyer said.",
     "The judge wrote that the claim was 'plainly meritless' and struck it out,"),
    ("'The letter said \"we will shut your account\" unless she paid the illegal fee,' her solicitor said.",
     "The letter said \"we will shut your account\" unless she paid the illegal fee,"),
])
def test_nested_quotes_do_not_break_the_outer_one(text, outer):
    got = quotes(text)
    assert got[0][0] == outer and got[0][2] == "allegation"
    assert all(kind == "fragment" for _, _, kind in got[1:])


@pytest.mark.parametrize("o,c", [("'", "'"), ("\u201c", "\u201d"), (L, R)])
def test_quotation_over_paragraphs_in_either_mark(o, c):
    text = (f"The mother told the inquest: {o}The hospital knew my daughter was deteriorating and did nothing.\n\n"
            f"{o}They ignored every warning the nurses gave them until it was too late.{c}\n\n"
            "The trust will respond next month.\n")
    got = quotes(text)
    assert [t for t, _, _ in got] == ["The hospital knew my daughter was deteriorating and did nothing.",
                                      "They ignored every warning the nurses gave them until it was too late."]
    assert [s for _, s, _ in got] == ["The mother", "The mother"]


@pytest.mark.parametrize("o,c", [("'", "'"), ("\u201c", "\u201d")])
def test_attribution_in_the_middle_is_two_items_with_one_speaker(o, c):
    text = f"{o}The company,{c} the complaint says, {o}misled users about how it sold their location data.{c}"
    got = quotes(text)
    assert got[-1] == ("misled users about how it sold their location data.", "the complaint", "allegation")
    assert got[0][1] == "the complaint"


@pytest.mark.parametrize("text,speaker", [
    ("\u201cThe insurer denied valid claims to pad its profits,\u201d the lawsuit alleges.", "the lawsuit"),
    ("According to the complaint, \u201cthe insurer denied valid claims to pad its profits.\u201d", "the complaint"),
    ("\u201cThe defendants laundered the money through shell companies,\u201d the indictment says.", "the indictment"),
    ("\u201cThe agency acted unlawfully when it cut off the grants,\u201d the ruling states.", "the ruling"),
    ("\u201cThe landlord harassed tenants to force them out,\u201d the complaint states.", "the complaint"),
    ("'The landlord harassed tenants to force them out,' the claim states.", "the claim"),
])
def test_documents_as_speakers(text, speaker):
    assert [s for _, s in allegations(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "Priya Raman, who represents the workers, spoke outside court. 'The company stole their wages,' she said.",
    "Priya Raman represents the workers.\n\n\u201cThe company stole their wages for years,\u201d she said.",
])
def test_pronoun_is_the_person_named_just_before(text):
    assert [s for _, s in allegations(text)] == ["Priya Raman"]


@pytest.mark.parametrize("text", [
    "\u201eThe firm cheated its customers out of millions,\u201c the prosecutor said.",
    "\u00abThe firm cheated its customers out of millions,\u00bb the prosecutor said.",
])
def test_low_high_marks_and_guillemets(text):
    assert allegations(text) == [("The firm cheated its customers out of millions,", "the prosecutor")]


@pytest.mark.parametrize("text", [
    ("\u201cA case with a clean paper trail is the hardest kind for an employer to win,\u201d said Tomas Ilves, "
     "who teaches labor law at a state university and is not involved in the case."),
    ("'Regulators will look hard at whether the retailer harmed competition,' said Ines Okoro, a competition "
     "lawyer who is not involved in the case."),
])
def test_outside_experts_accuse_no_one(text):
    assert quotes(text)[0][2] == "statement"


@pytest.mark.parametrize("text,speaker", [
    ("'The operator knew its works were overflowing and did nothing,' the claim states.", "the claim"),
    ("'The council knew the flats were unsafe and housed families there anyway,' the claimants' barrister said.",
     "the claimants' barrister"),
    ("The plea stated: 'The authorities evicted the families without notice or compensation.'", "The plea"),
])
def test_british_and_indian_legal_speakers(text, speaker):
    assert [s for _, s in allegations(text)] == [speaker]


def test_a_phrase_quoted_mid_sentence_closes_before_a_possessive_paragraph_end():
    text = ("The judge said the case raised 'serious questions' about the regulator's oversight.\n\n"
            "'The agency ignored years of warnings from residents,' the claimants said.\n")
    got = quotes(text)
    assert [t for t, _, _ in got] == ["serious questions", "The agency ignored years of warnings from residents,"]


def test_he_said_after_an_unnamed_person_speaking():
    text = ("Gwen Tremayne said the fish had died.\n\n"
            "A spokesman for Southmoor Water said: 'We deny these allegations and will defend the claim.'\n\n"
            "'We have invested millions in the works,' he told the court.\n")
    assert quotes(text)[-1][1] == "A spokesman for Southmoor Water"


@pytest.mark.parametrize("text,speaker", [
    ("Lawsuit: 'Meta knowingly hooked teenagers on its apps'\n\nSchool districts sued on Tuesday.\n", "Lawsuit"),
    ("Prosecutors: \u201cThe brothers defrauded investors of $40 million\u201d\n\nThe trial opens Monday.\n",
     "Prosecutors"),
    ("\u201cThe bank ignored red flags for years,\u201d court papers say.", "court papers"),
    ("'He deliberately targeted vulnerable pensioners and stole their savings,' the court heard.", "the court"),
])
def test_headline_labels_court_papers_and_court_reports(text, speaker):
    assert [s for _, s in allegations(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "Photo: Dana Ruiz outside the court.\n\nHer mother: 'We will fight this decision all the way.'\n",
    "Weather: 'Sunny spells and showers'\n",
])
def test_labels_that_name_no_source(text):
    got = quotes(text)
    assert got and all(speaker is None and kind != "allegation" for _, speaker, kind in got)


def test_a_british_story_with_apostrophes_everywhere():
    text = ("Bank fined \u00a340m over 'shocking' failures to protect customers' savings\n\n"
            "The watchdog's enforcement director, Therese Chambers, said: 'Harbourside's failures were shocking. "
            "Its staff didn't tell customers why their accounts had been frozen.'\n\n"
            "'The bank's systems flagged pensioners as fraud risks for no good reason,' she added.\n\n"
            "The bank, founded in the '80s, said sorry. Its chief executive, Mark O'Neill, said: "
            "'We accept the regulator's findings in full.'\n\n"
            "The customers' lawyer, Priya Shah of Leigh Day, said the fine 'doesn't go nearly far enough'.\n\n"
            "'These customers were treated as suspects by a bank that was meant to protect them,' she said.\n\n"
            "Rock 'n' roll singer Dave Kinsey told the BBC: 'I couldn't pay my rent for two months.'\n")
    got = quotes(text)
    assert [t for t, _, _ in got] == [
        "shocking",
        "Harbourside's failures were shocking. Its staff didn't tell customers why their accounts had been frozen.",
        "The bank's systems flagged pensioners as fraud risks for no good reason,",
        "We accept the regulator's findings in full.",
        "doesn't go nearly far enough",
        "These customers were treated as suspects by a bank that was meant to protect them,",
        "I couldn't pay my rent for two months.",
    ]
    speakers = [s for _, s, _ in got]
    assert speakers[1:3] == ["Therese Chambers", "Therese Chambers"]
    assert speakers[5] == "Priya Shah of Leigh Day"  # "she": the lawyer named before, not the bank's chief


@pytest.mark.parametrize("text,found", [
    ("'50 people were hurt because the firm ignored the rules,' the lawsuit says.", True),
    ("He joined the firm in '08 and the band played hits from the '90s all night.", False),
])
def test_two_digits_after_a_mark(text, found):
    assert bool(allegations(text)) is found and (found or quotes(text) == [])


@pytest.mark.parametrize("text,speaker", [
    # a title before the name is passed over
    ("Mayor Dwayne Ellery said the city had been cheated. \u201cThe app lied to every diner in this town,\u201d he said.",
     "Dwayne Ellery"),
    # a lone surname, of a person quoted before and named in full somewhere
    ("LaTonya Briggs sued the app maker.\n\n\u201cThey knew dealers used the app,\u201d Briggs said.\n\n"
     "A company spokesperson said it was reviewing the suit.\n\n"
     "Briggs said she hoped the case would change the app.\n\n"
     "\u201cThey let a dealer reach my son and did nothing to stop it,\u201d she said.\n", "Briggs"),
    # "the judge ... she wrote": the judge named before, not the other person quoted
    ("Mrs Justice Alder found that the podcaster had failed to prove his claims.\n\n"
     "Callum Reddin had called the promoter \u201ca fraud who stole pensioners\u2019 savings\u201d.\n\n"
     "The judge said the allegations were \u201cof the utmost gravity\u201d.\n\n"
     "\u201cA journalist does not discharge the duty of responsible publication by one message at 2am,\u201d she wrote.\n",
     "Mrs Justice Alder"),
])
def test_pronouns_find_the_person_meant(text, speaker):
    assert quotes(text)[-1][1] == speaker


@pytest.mark.parametrize("text,speaker,kind", [
    ("'The defendant preyed on elderly victims for years,' the court was told.", "the court", "allegation"),
    ("'There is no evidence at all against my client,' defence counsel said.", "defence counsel", "statement"),
    ("\u201cWe deny every one of these charges,\u201d said a lawyer for the defendant.", "a lawyer for the defendant",
     "denial"),
])
def test_passive_attributions_and_the_defence(text, speaker, kind):
    assert quotes(text)[0][1:] == (speaker, kind)


@pytest.mark.parametrize("text,speaker", [
    ("\u201cThey never told us the water was poisoned,\u201d said resident Gloria Perez, one of the plaintiffs.",
     "resident Gloria Perez"),
    ("'This is a company that treated its workers as disposable,' the union's president, Ana Reyes, said.",
     "Ana Reyes"),
    ("Tom Ward, who sued the council last year, said: 'They left my children in a flat full of mould.'",
     "Tom Ward"),
])
def test_the_attribution_puts_an_unknown_speaker_on_the_accusing_side(text, speaker):
    assert allegations(text) == [(quotes(text)[0][0], speaker)]


def test_an_unknown_speaker_with_no_such_words_stays_a_statement():
    text = "\u201cThey never told us the water was poisoned,\u201d said resident Gloria Perez, who lives nearby."
    assert quotes(text)[0][2] == "statement"


def test_she_said_after_a_speaker_written_with_firm_and_job_before_the_name():
    text = ("Sarah Hughes, whose mother lived at the home, said: 'Mum was left alone for hours.'\n\n"
            "Leigh Day partner Emma Jones said the home had 'repeatedly failed in its most basic duties'.\n\n"
            "'These were vulnerable people who were neglected and, in some cases, abused,' she said.\n")
    assert quotes(text)[-1][1] == "Leigh Day partner Emma Jones"


@pytest.mark.parametrize("text,speaker", [
    ("SYDNEY: The ACCC has launched proceedings against Coles, alleging it \u201cmisled shoppers with fake "
     "discounts on hundreds of products\u201d.", "The ACCC"),
    ("NEW DELHI: The Enforcement Directorate has filed a chargesheet alleging the firm \u201claundered money "
     "through shell companies\u201d.", "The Enforcement Directorate"),
])
def test_datelines_with_a_colon(text, speaker):
    assert [s for _, s in allegations(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "He served in 'Nam and came home.\n\n'The army lied to us about the chemicals,' he said.\n",
    "The company, founded by veterans of 'Nam, was sued on Tuesday by its former drivers.",
])
def test_a_stray_opening_mark_opens_no_long_quotation(text):
    assert all("Nam" not in t for t, _, _ in quotes(text))


def test_a_quotation_cut_off_by_the_end_of_the_text_after_said():
    text = "The regulator said: 'The bank misled its customers about the fees it charged them"
    assert quotes(text) == [("The bank misled its customers about the fees it charged them", "The regulator",
                             "allegation")]


@pytest.mark.parametrize("text,kind", [
    # the title says which side the speaker is on, when the parties do not
    ("\u201cThis company put its own bottom line over the lives of its workers,\u201d Assistant U.S. Attorney "
     "Jane Kim said.", "allegation"),
    ("\u201cThis company put its own bottom line over the lives of its workers,\u201d Crown Prosecutor "
     "Jane Kim told the court.", "allegation"),
    ("\u201cThis company put its own bottom line over the lives of its workers,\u201d Jane Kim said.", "statement"),
])
def test_a_speakers_title_gives_the_side(text, kind):
    assert quotes(text)[0][2] == kind


@pytest.mark.parametrize("text,speaker", [
    ("The ruling was welcomed by campaigners, who said: 'The State broke the law and must pay.'", "campaigners"),
    ("The ruling was welcomed by the families, who said they had been 'lied to for a decade by the company'.",
     "the families"),
    # a spaced en dash sets off an aside, as British and Australian papers write it
    ("The lawsuit \u2013 filed in the Supreme Court of Victoria \u2013 alleges that the builder 'knowingly used "
     "combustible cladding on the tower'.", "The lawsuit"),
])
def test_relative_speakers_and_en_dash_asides(text, speaker):
    assert [s for _, s in allegations(text)] == [speaker]


@pytest.mark.parametrize("o,c", [("'", "'"), ("\u201c", "\u201d")])
def test_a_quotation_over_paragraphs_attributed_only_at_its_end(o, c):
    text = (f"{o}The app was designed to keep children scrolling late into the night.\n\n"
            f"{o}It targeted the youngest users deliberately.\n\n"
            f"{o}And it hid what it knew from their parents,{c} the lawsuit says.\n\n"
            "The company has not responded.\n")
    got = quotes(text)
    assert [s for _, s, _ in got] == ["the lawsuit"] * 3
    assert [k for _, _, k in got] == ["allegation"] * 3


def test_a_closed_quotation_takes_no_speaker_from_the_next_paragraph():
    text = ("\u201cThe app was designed to keep children scrolling late into the night.\u201d\n\n"
            "\u201cAnd it hid what it knew from their parents,\u201d the lawsuit says.\n")
    assert quotes(text)[0][1] is None


@pytest.mark.parametrize("text,expected", [
    ("'Meta knowingly harmed our children': parents sue tech giant\n\nThe suit was filed on Monday.\n",
     [("Meta knowingly harmed our children", "parents")]),
    ("\u2018We were cheated by the care home\u2019: families sue chain\n\nThe claim was issued on Monday.\n",
     [("We were cheated by the care home", "families")]),
    ("'A very good day for savers': markets rally\n\nShares rose.\n", []),
])
def test_a_headline_that_opens_with_a_quotation_and_a_colon(text, expected):
    assert allegations(text) == expected
