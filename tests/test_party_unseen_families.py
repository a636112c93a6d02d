"""Party families found on text the rules were never tuned on: our own sentences, one table per
family (lawsuits against platforms and employers in the US, UK, EU, India, Australia, Canada).

Each row: a text, the (name, role) pairs it must yield, and names it must not yield as a party."""
import pytest

import claimx
from party_tables import parties_of


def _roles(text):
    return {p["name"]: p["role"] for p in parties_of(text)}


# A company named only as whose people the subject are: "a former engineer at Acme ... has sued",
# "filed by two Acme users, A and B": the suing verb belongs to the people, not the company.
STAFF_OF_A_COMPANY = [
    ("A former product manager at Vellichor Games, the Montreal studio, has sued her ex-employer in Quebec "
     "Superior Court, alleging she was fired after reporting harassment.",
     {"Vellichor Games": "defendant"}, []),
    ("A onetime warehouse worker at Tarnside Logistics, which runs depots across Kent, sued the company on "
     "Monday, saying he was dismissed for joining a union.",
     {"Tarnside Logistics": "defendant"}, []),
    ("The complaint was filed Tuesday in the Delhi High Court by three Kavach Pay users, Ritu Malhotra, "
     "Anil Bhosle and Sana Qureshi, on behalf of everyone whose data leaked.",
     {"Ritu Malhotra": "plaintiff", "Anil Bhosle": "plaintiff", "Sana Qureshi": "plaintiff"}, ["Kavach Pay"]),
    ("The class action was brought in the Federal Court of Australia by two Koala Rides drivers, Mia Tran "
     "and Josh Keller, who say they were underpaid. It names Koala Rides Pty Ltd as the respondent.",
     {"Mia Tran": "plaintiff", "Josh Keller": "plaintiff"}, []),
]


@pytest.mark.parametrize("text,want,absent", STAFF_OF_A_COMPANY)
def test_a_company_named_for_its_people_does_not_act(text, want, absent):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)
    assert not {a for a in absent if got.get(a) == "plaintiff"}, got


# A headline's passive "X sued for allegedly ...": X is the one sued.
PASSIVE_HEADLINES = [
    ("Fitness app Pacely sued for allegedly selling runners' locations\nPacely, the fitness app, faces a class "
     "action in California.", {"Pacely": "defendant"}),
    ("Streaming service Lumora sued over alleged hidden fees\nA consumer group says Lumora misled subscribers. "
     "The lawsuit was filed in Ontario.", {"Lumora": "defendant"}),
    ("Brightloop sued for tracking children without consent\nThe complaint against Brightloop was filed in "
     "Dublin.", {"Brightloop": "defendant"}),
]


@pytest.mark.parametrize("text,want", PASSIVE_HEADLINES)
def test_sued_for_doing_is_passive(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


# Commentators: a professor, a fellow or a lawyer "who is not involved in the case" is quoted on
# it, whatever legal verb or "paid ... to" lies in the quote; so is the body they work at.
COMMENTATORS = [
    ("Acme Corp. was sued by a former employee. \"A clean pay comparison is the hardest kind of case for an "
     "employer to win,\" said Rhea Castell, who teaches employment law at Lakeview University and is not "
     "involved in the case.", {}, ["Rhea Castell", "Lakeview University"]),
    ("Campaigners sued Meta in the High Court in London. \"Courts keep asking whether users agreed,\" said Tomas "
     "Brevik, a senior fellow at the Open Rights Forum, which is not a party to the lawsuit.",
     {"Meta": "defendant"}, ["Tomas Brevik", "Open Rights Forum"]),
    ("The families sued Snap Inc. in Los Angeles. Paula Greer, a law professor who is not involved in the "
     "case, said plaintiffs who sued platforms have rarely won.", {"Snap Inc.": "defendant"}, ["Paula Greer"]),
    ("A Toronto man sued Northwind Bank. \"Banks that pay out refunds to some customers and not others invite "
     "suits,\" said Dev Anand, a lawyer who is not involved in the case.", {}, ["Dev Anand"]),
]


@pytest.mark.parametrize("text,want,absent", COMMENTATORS)
def test_a_commentator_is_no_party(text, want, absent):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)
    assert not set(absent) & set(got), got


def test_a_commentators_quote_is_no_allegation():
    text = ("Acme Corp. was sued by a former employee. \"Employers that underpay women lose these cases,\" said "
            "Rhea Castell, who teaches employment law at Lakeview University and is not involved in the case. "
            "\"Acme cheated her out of her wages,\" the lawsuit says.")
    doc = claimx.extract(text)
    quotes = [a["text"] for a in doc["allegations"]]
    assert quotes == ["Acme cheated her out of her wages,"], quotes


def test_uninvolved_needs_the_clause_right_after_the_name():
    text = ("Acme Corp. was sued by Lena Vasko in March. Vasko, whose case was filed in Ohio, said Beta Inc., "
            "which is not a party to the lawsuit, sold the data.")
    got = _roles(text)
    assert got.get("Lena Vasko") == "plaintiff" and got.get("Acme Corp.") == "defendant", got
    assert "Beta Inc." not in got, got


# A short form of a long name starts where the name starts: "Center for Democracy and Technology"
# has no short form "for" (a word of every sentence), "Bureau of Consumer Protection" none "of ...".
def test_a_short_form_is_no_connector():
    text = ("Running app Pacely sued for allegedly selling data\n"
            "Pacely was sued by two users. \"This is intimate data,\" said Omar Reyes, a fellow at the Center "
            "for Digital Rights and Technology. Pacely asked for dismissal; it is also sued for fraud.")
    found = parties_of(text)
    for p in found:
        assert all(m["text"][:1].isupper() for m in p["mentions"]), p


# One government named three ways: "Leeds sues ..." in the headline, "the City of Leeds" in the
# lead, "the City's claim" later: one party under its full name, every form a mention of it.
POLITY_NAMES = [
    ("Toledo sues delivery app Dashly over hidden fees\nThe City of Toledo sued Dashly on Monday. "
     "The City's complaint says Dashly added charges.", "City of Toledo", {"Toledo", "City", "City of Toledo"}),
    ("Massachusetts sues Gramly over teen accounts\nThe Commonwealth of Massachusetts sued Gramly Inc. in "
     "Suffolk Superior Court on Tuesday.", "Commonwealth of Massachusetts",
     {"Massachusetts", "Commonwealth of Massachusetts"}),
    ("The County of Santa Clara filed a lawsuit against Grubline Inc. on Friday, and Santa Clara officials "
     "said more suits would follow.", "County of Santa Clara", {"County of Santa Clara", "Santa Clara"}),
]


@pytest.mark.parametrize("text,name,forms", POLITY_NAMES)
def test_a_polity_is_one_party(text, name, forms):
    found = parties_of(text)
    govs = [p for p in found if p["name"] == name]
    assert len(govs) == 1 and govs[0]["role"] == "plaintiff" and govs[0]["kind"] == "government", found
    assert {m["text"] for m in govs[0]["mentions"]} == forms, govs[0]["mentions"]
    assert not [p for p in found if p is not govs[0] and p["name"] in forms], found


# A platform's company named in full ("Zoomba Technologies Pty Ltd") is one mention of the
# platform's party, and what the cue before it says reaches the next company of the list.
LONG_COMPANY_NAMES = [
    ("Fitness app Pacely was sued in Seattle. The complaint names Pacely Labs Inc., the company that makes "
     "the app, and Borrowdale Data LLC, a broker, as defendants.",
     {"Pacely": "Pacely Labs Inc.", "Borrowdale Data LLC": None}),
    ("The ACCC sued TikTok in the Federal Court. The regulator said TikTok Pty Ltd misled young users.",
     {"TikTok": "TikTok Pty Ltd"}),
    ("A Mumbai trader sued Zomato in the Bombay High Court, saying Zomato Ltd. had blocked his account.",
     {"Zomato": "Zomato Ltd."}),
]


@pytest.mark.parametrize("text,want", LONG_COMPANY_NAMES)
def test_a_company_named_in_full_is_one_party(text, want):
    found = parties_of(text)
    names = {p["name"]: p for p in found}
    names.update({m["text"]: p for p in found for m in p["mentions"]})
    for name, full in want.items():
        assert names.get(name, {}).get("role") == "defendant", (name, found)
        if full:
            assert full in {m["text"] for m in names[name]["mentions"]}, names[name]["mentions"]
    assert not [p for p in found if p["name"].split()[0] in ("Labs", "Pty", "Ltd", "Ltd.")], found


# "names Acme Inc., the company behind the app, and its founder and chief executive, A B":
# the people named after a party's officers take the party's role.
OFFICERS_OF_A_PARTY = [
    ("The lawsuit names Pixwell Inc., the Austin company behind the app, and its co-founder and chief "
     "executive, Tamsin Oduya. It was filed in Travis County.", {"Tamsin Oduya": "defendant"}),
    ("Regulators sued Cravat Ltd, a London broker, and its former director, Piers Almond, in the High Court.",
     {"Piers Almond": "defendant", "Cravat Ltd": "defendant"}),
    ("The complaint accuses Orbel Games and its owner, Kiran Sethi, of deceiving Ontario players.",
     {"Kiran Sethi": "defendant", "Orbel Games": "defendant"}),
]


@pytest.mark.parametrize("text,want", OFFICERS_OF_A_PARTY)
def test_a_partys_officers_share_its_role(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


# Officials and their offices: the office named bare ("Ohio's attorney general filed ...") does
# what its one named holder does; an official "who is leading the case" is the office's lawyer;
# a unit named as another party's ("the FTC's Bureau of Competition") is that party acting.
OFFICIALS = [
    ("Ohio's attorney general and the Federal Trade Commission filed separate lawsuits against Pixwell Inc. "
     "on Monday. \"Pixwell lied to parents,\" Attorney General Marta Quill said.", {"Marta Quill": "plaintiff"}),
    ("The attorney general sued Zoomba Ltd in state court. Attorney General Colm Reyes said the app misled "
     "drivers.", {"Colm Reyes": "plaintiff"}),
    ("Ohio Attorney General Marta Quill sued Pixwell Inc. on Monday. Texas's attorney general filed a similar "
     "suit last year. Senior Assistant Attorney General Dev Khanna, who is leading the case for the state, "
     "said Pixwell hid the risks.", {"Marta Quill": "plaintiff", "Dev Khanna": "counsel"}),
    ("\"Pixwell faked its results,\" Acting U.S. Attorney Rosa Pell said after the indictment of Pixwell Inc. "
     "was unsealed.", {"Rosa Pell": "agency"}),
]


@pytest.mark.parametrize("text,want", OFFICIALS)
def test_an_office_and_its_holder(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


def test_a_unit_of_a_party_is_that_party():
    text = ("The Federal Trade Commission sued Brightloop Inc. on Tuesday. \"Children's data is not a product,\" "
            "said Lena Okoro, director of the FTC's Bureau of Consumer Protection.")
    found = parties_of(text)
    assert [p["name"] for p in found if p["kind"] == "government"] == ["Federal Trade Commission"], found
    ftc = next(p for p in found if p["name"] == "Federal Trade Commission")
    assert "Bureau of Consumer Protection" in {m["text"] for m in ftc["mentions"]}, ftc


# Bodies that speak about the field, not the case: a listed agency no cue gives a side, or a
# group only its name calls an advocate, named only in sentences with no other party and no
# legal step, is no party; the same agency acting in the case stays one.
BYSTANDERS = [
    ("Parents sued Snap Inc. in Los Angeles. Nationally, the Drug Enforcement Administration has warned "
     "that most counterfeit pills contain fentanyl.", ["Drug Enforcement Administration"], {}),
    ("A podcaster lost a libel claim brought by Jasper Quill. The Financial Conduct Authority, which does not "
     "regulate most tokens, issued a general warning last year about finfluencers.",
     ["Financial Conduct Authority"], {}),
    ("Koala Rides was sued in Sydney. The startup raised money last year with participation from the "
     "Riverina Growth Fund.", ["Riverina Growth Fund"], {}),
    ("Ofcom fined 4chan £20,000 on Monday. Ofcom said the fine would grow daily.", [], {"Ofcom": "agency"}),
    ("A former nurse sued Northgate Clinic. She filed a charge with the Equal Employment Opportunity "
     "Commission first.", [], {"Equal Employment Opportunity Commission": "agency"}),
]


@pytest.mark.parametrize("text,absent,want", BYSTANDERS)
def test_a_body_that_only_comments_is_no_party(text, absent, want):
    got = _roles(text)
    assert not set(absent) & set(got), got
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


# Courts and captions outside the US: "Quill v Harrow" (no period) names the claimant first.
UK_CAPTIONS = [
    ("The judgment in Quill v Harrow was handed down in the High Court in London. Mr Justice Fenn found that "
     "Harrow had defamed Quill in a podcast.", {"Quill": "plaintiff", "Harrow": "defendant"}),
    ("In Okonjo v Brightside Media Ltd, the Federal Court of Australia awarded damages for a defamatory post.",
     {"Okonjo": "plaintiff", "Brightside Media Ltd": "defendant"}),
]


@pytest.mark.parametrize("text,want", UK_CAPTIONS)
def test_a_caption_without_a_period(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


# The mayor or governor of a government that sues speaks for it; a lawyer "of the Leeds firm X"
# is of that firm; a service named before what was posted on it ("a YouTube video") is no side.
SPEAKERS_AND_PLACES = [
    ("The City of Leeds sued Dashly Ltd on Monday. Mayor Ruth Okafor said restaurants had complained for "
     "months.", {"Ruth Okafor": "agency", "City of Leeds": "plaintiff"}, []),
    ("The State of Queensland has sued Zoomba. Premier Alan Birch said drivers deserved better.",
     {"Alan Birch": "agency"}, []),
    ("Acme Corp. was sued by the city. Its outside counsel, Irene Vosk of the Toronto firm Hale Birch & Moss, "
     "said Acme would fight.", {"Irene Vosk": "counsel", "Hale Birch & Moss": "counsel"}, []),
    ("A judge awarded £50,000 after finding YouTube video clips defamed a trader. The trader sued the "
     "podcaster Callum Pryce.", {"Callum Pryce": "defendant"}, ["YouTube"]),
    ("A court found the TikTok posts were defamatory, and Nia Brand sued the poster, Leo Marsh.",
     {"Leo Marsh": "defendant"}, ["TikTok"]),
]


@pytest.mark.parametrize("text,want,absent", SPEAKERS_AND_PLACES)
def test_speakers_firms_and_services(text, want, absent):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)
    assert not set(absent) & set(got), got


# One person, two names: a style and the name ("the Duke of Sussex", "Harry"), or two spellings
# of a first name ("Anne Roe", "Ann Roe"); a "<Duke> of <place>" is a person whatever else.
ONE_PERSON_TWO_NAMES = [
    ("The Duke of Sussex is suing Associated Newspapers in the High Court. Harry says the publisher "
     "hacked his phone.", "Prince Harry", {"Duke of Sussex", "Harry"}),
    ("Anne Brodie, an accountant for the charity, was charged with fraud in Glasgow. Ann Brodie denies the "
     "charges.", "Anne Brodie", {"Anne Brodie", "Ann Brodie"}),
    ("Phillip Marr sued Vantor Games in Ontario. Philip Marr says the game's loot boxes are gambling.",
     "Phillip Marr", {"Phillip Marr", "Philip Marr"}),
]


@pytest.mark.parametrize("text,name,forms", ONE_PERSON_TWO_NAMES)
def test_one_person_under_two_names(text, name, forms):
    found = parties_of(text)
    hit = [p for p in found if p["name"] == name]
    assert len(hit) == 1 and hit[0]["kind"] == "person", found
    assert {m["text"] for m in hit[0]["mentions"]} == forms, hit[0]["mentions"]
    assert not [p for p in found if p is not hit[0] and p["name"] in forms], found


def test_two_people_with_close_first_names_stay_two():
    got = _roles("Mark Kelly and Mary Kelly sued Acme Corp. in Dublin on Monday.")
    assert got.get("Mark Kelly") == "plaintiff" and got.get("Mary Kelly") == "plaintiff", got


def test_a_style_of_a_place_is_a_person():
    found = parties_of("The Earl of Harwick sued the Daily Courier for libel in the High Court.")
    earl = [p for p in found if "Earl of Harwick" in p["name"]]
    assert earl and earl[0]["kind"] == "person" and earl[0]["role"] == "plaintiff", found


# Courts and judges outside the US, and "the claim by A against B" (UK, Canada, India, Australia).
COURTS_ABROAD = [
    ("The British Columbia Supreme Court judge, Justice Nitya Rao, let the class action against Meta Platforms "
     "go ahead in a suit brought by Debra Lum.",
     {"Supreme Court of British Columbia": "court", "Nitya Rao": "judge", "Debra Lum": "plaintiff",
      "Meta Platforms": "defendant"}),
    ("Mr Justice Harland ruled in the High Court that the claim by Tessa Vane against the Daily Courier could "
     "proceed.", {"Mr Justice Harland": "judge", "Tessa Vane": "plaintiff", "Daily Courier": "defendant"}),
    ("The Ontario Court of Appeal upheld the certification of the class action against Uber brought by "
     "Toronto driver Malik Osei.", {"Court of Appeal for Ontario": "court", "Malik Osei": "plaintiff"}),
    ("A complaint lodged by Noyb with the Irish regulator accuses Meta of breaking the GDPR.",
     {"Noyb": "plaintiff", "Meta": "defendant"}),
    ("The NSW Supreme Court heard the claim by Harriet Lowe against Koala Rides Pty Ltd on Friday.",
     {"Supreme Court of New South Wales": "court", "Harriet Lowe": "plaintiff"}),
]


@pytest.mark.parametrize("text,want", COURTS_ABROAD)
def test_courts_and_judges_abroad(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


# "the company" resolving: a left cue before "the company", "the bank", "the app maker" counts for
# the company named last before it (not a place, not a name that follows: "the publisher of X").
THE_COMPANY = [
    ("Vellichor Games makes puzzle apps for children in Montreal. A former tester sued the company on Monday "
     "in Quebec Superior Court.", {"Vellichor Games": "defendant"}, ["Montreal"]),
    ("Tarnwell Bank runs 40 branches in Kent. Customers have filed a class action against the bank over hidden "
     "charges.", {"Tarnwell Bank": "defendant"}, ["Kent"]),
    ("Brightloop Labs sells smart cameras. In a lawsuit filed in Alberta, parents accuse the app maker of leaking video feeds.",
     {"Brightloop Labs": "defendant"}, []),
    ("Acme Corp. sued Beta Inc. on Monday. The company said Beta stole its code.",
     {"Acme Corp.": "plaintiff", "Beta Inc.": "defendant"}, []),
]


@pytest.mark.parametrize("text,want,absent", THE_COMPANY)
def test_the_company_is_the_company_named_before(text, want, absent):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)
    assert not set(absent) & set(got), got


# Regulators and platforms abroad: "a penalty of ₹213 crore on Meta", "took X Corp to the Federal
# Court", "won its case against Google", "the Microsoft-owned network" (a description, not
# Microsoft), "former Amazon warehouse worker A" (A's employer, not a plaintiff), "the High Court"
# (no party "High").
REGULATORS_AND_PLATFORMS = [
    ("India's Competition Commission of India imposed a penalty of ₹213 crore on Meta and ordered WhatsApp "
     "to stop sharing data.", {"Meta": "defendant"}, []),
    ("Australia's eSafety Commissioner took Koala Social to the Federal Court after the platform refused to "
     "remove the videos.", {"eSafety Commissioner": "plaintiff"}, []),
    ("Vantor Games won its antitrust case against Google when a jury found the Play Store was a monopoly.",
     {"Vantor Games": "plaintiff", "Google": "defendant"}, []),
    ("Ireland's Data Protection Commission fined LinkedIn €310 million, saying the Microsoft-owned network had "
     "processed data unlawfully.", {"LinkedIn": "defendant"}, ["Microsoft"]),
    ("The suit, brought by former Amazon warehouse worker Jenna Bates, accuses the retailer of firing her.",
     {"Jenna Bates": "plaintiff", "Amazon": "defendant"}, []),
    ("The parenting forum Mumsnet has launched legal action against OpenAI in the High Court, its founder said.",
     {"Mumsnet": "plaintiff", "OpenAI": "defendant"}, ["High"]),
]


@pytest.mark.parametrize("text,want,absent", REGULATORS_AND_PLATFORMS)
def test_regulators_and_platforms_abroad(text, want, absent):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)
    assert not set(absent) & set(got), got


# Kinds of people no first-name list knows, and what is said of a company's product.
PERSON_KINDS = [
    ("Oregon basketball player Sedona Wilde is suing the NCAA in a class action.", "Sedona Wilde", "plaintiff"),
    ("Attorneys Davida Holt and Steve Cohen filed the suit on behalf of the authors.", "Davida Holt", "counsel"),
    ("The suit was brought by podcaster Tavi Brook against Spotify in Stockholm.", "Tavi Brook", "plaintiff"),
]


@pytest.mark.parametrize("text,name,role", PERSON_KINDS)
def test_a_name_after_a_word_for_a_person_is_a_person(text, name, role):
    hit = [p for p in parties_of(text) if p["name"] == name]
    assert hit and (hit[0]["kind"], hit[0]["role"]) == ("person", role), parties_of(text)


def test_what_is_said_of_a_product_is_said_of_its_company():
    got = _roles("Google's YouTube was sued by a group of creators who say the video site stole their work.")
    assert got.get("Google") == "defendant", got


def test_defendants_named_only_with_their_products():
    text = ("The Daily Ledger sued on Wednesday. \"By copying our reporting into Google's Gemini and Amazon's "
            "Alexa, Defendants profit from our work,\" the lawsuit states.")
    got = _roles(text)
    assert got.get("Google") == "defendant" and got.get("Amazon") == "defendant", got


# Employment cases abroad: "who is now suing the company in Nairobi", "took the company to an
# employment tribunal" (a tribunal is a legal matter; a one-word guess after "in" is a place).
EMPLOYMENT_ABROAD = [
    ("Ravi Menon, a former TikTok moderator who is now suing the company in Nairobi, said he was never paid.",
     {"Ravi Menon": "plaintiff", "TikTok": "defendant"}, ["Nairobi"]),
    ("Two Uber Eats couriers, Yasin Ahmed and Dora Kell, took the company to an employment tribunal in London.",
     {"Yasin Ahmed": "plaintiff", "Dora Kell": "plaintiff"}, ["London"]),
]


@pytest.mark.parametrize("text,want,absent", EMPLOYMENT_ABROAD)
def test_employment_cases_abroad(text, want, absent):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)
    assert not set(absent) & set(got), got


# Quotes: '..., the complaint states.' is the complaint's (not a "complaint states" verb with no
# subject); an accusation word is a word start ("pharmacy" holds no "harm").
QUOTES = [
    ("Acme Corp. was sued on Monday. \"Acme paid Jane less because she is a woman,\" the complaint states.",
     "Acme paid Jane less because she is a woman,", "the complaint", "allegation"),
    ("Skylark Drones was sued by a rival. \"Last month we flew 9,000 deliveries from the pharmacy to the porch,\" "
     "said Mara Quist, its founder.", "Last month we flew 9,000 deliveries from the pharmacy to the porch,",
     "Mara Quist", "statement"),
]


@pytest.mark.parametrize("text,quote,speaker,kind", QUOTES)
def test_quote_speaker_and_kind(text, quote, speaker, kind):
    q = [x for x in claimx.extract(text)["quotes"] if x["text"] == quote]
    assert q and (q[0]["speaker"], q[0]["kind"]) == (speaker, kind), q


# A state named only as the one that brought "a similar suit" is another case's side.
def test_a_state_in_another_case_is_no_party():
    text = ("Ohio Attorney General Marta Quill sued Pixwell Inc. on Monday. Michigan's attorney general filed a "
            "similar suit in May, and the company faces another lawsuit in Texas.")
    got = _roles(text)
    assert got.get("Marta Quill") == "plaintiff" and got.get("Pixwell Inc.") == "defendant", got
    assert "Michigan" not in got and "Texas" not in got, got


def test_a_state_that_sues_stays_a_party():
    got = _roles("Texas sued Pixwell Inc. on Monday, saying the app misled parents.")
    assert got.get("Texas") == "plaintiff", got


# "filed by A, a former driver, and two other drivers who left the company: B and C": the people
# after the colon are plaintiffs with A, however each is described.
PLAINTIFF_LISTS_AFTER_A_COLON = [
    ("The suit was filed in 2022 by Lena Vasko, a former Zoomba driver, and two other drivers who quit last "
     "year: Toronto courier Hamid Saleh and Ottawa driver Rosa Lind.",
     {"Lena Vasko": "plaintiff", "Hamid Saleh": "plaintiff", "Rosa Lind": "plaintiff"}),
    ("The lawsuit was brought by Priya Nair along with three other Kavach Pay users: Anil Rao, Meera Iyer and "
     "Sunil Das.", {"Priya Nair": "plaintiff", "Anil Rao": "plaintiff", "Meera Iyer": "plaintiff",
                    "Sunil Das": "plaintiff"}),
]


@pytest.mark.parametrize("text,want", PLAINTIFF_LISTS_AFTER_A_COLON)
def test_plaintiffs_listed_after_a_colon(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)
