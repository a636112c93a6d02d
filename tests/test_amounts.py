"""Money expressions: value, currency, rate and exact offsets, through claimx.extract."""
import pytest

import claimx

# (sentence, [(text, value, currency, per, value_high)])
CASES = [
    ("The company agreed to pay $5,000 to each family.", [("$5,000", 5000, "USD", None, None)]),
    ("Regulators imposed a $1.375 billion penalty.", [("$1.375 billion", 1375000000, "USD", None, None)]),
    ("The watchdog fined the firm €1.2bn last year.", [("€1.2bn", 1200000000, "EUR", None, None)]),
    ("The deal was worth $5.7m in total.", [("$5.7m", 5700000, "USD", None, None)]),
    ("The court awarded £20,000 in costs.", [("£20,000", 20000, "GBP", None, None)]),
    ("He was ordered to pay 29 million dollars.", [("29 million dollars", 29000000, "USD", None, None)]),
    ("The fund holds USD 5 million in escrow.", [("USD 5 million", 5000000, "USD", None, None)]),
    ("Investors lost US$3.2 billion.", [("US$3.2 billion", 3200000000, "USD", None, None)]),
    ("The ACCC sought A$50 million from the carrier.", [("A$50 million", 50000000, "AUD", None, None)]),
    ("The province claimed C$2.5 billion.", [("C$2.5 billion", 2500000000, "CAD", None, None)]),
    ("The tribunal imposed a fine of ₹10 lakh on the app.", [("₹10 lakh", 1000000, "INR", None, None)]),
    ("The regulator levied Rs 500 crore on the firm.", [("Rs 500 crore", 5000000000, "INR", None, None)]),
    ("The penalty was Rs. 2,500 per day.", [("Rs. 2,500 per day", 2500, "INR", "day", None)]),
    ("The bank paid INR 1,200 crore.", [("INR 1,200 crore", 12000000000, "INR", None, None)]),
    ("A fine of ₹213.14 crore was imposed.", [("₹213.14 crore", 2131400000, "INR", None, None)]),
    ("The suit seeks $10 million to $20 million in damages.",
     [("$10 million to $20 million", 10000000, "USD", None, 20000000)]),
    ("Damages could reach $10 to $20 million.", [("$10 to $20 million", 10000000, "USD", None, 20000000)]),
    ("Analysts expect a fine of between $5 billion and $7 billion.",
     [("between $5 billion and $7 billion", 5000000000, "USD", None, 7000000000)]),
    ("The settlement is valued at $5-7 billion.", [("$5-7 billion", 5000000000, "USD", None, 7000000000)]),
    ("Fines range from €10m–€20m under the rules.", [("€10m–€20m", 10000000, "EUR", None, 20000000)]),
    ("The state seeks $5,000 per violation of the act.", [("$5,000 per violation", 5000, "USD", "violation", None)]),
    ("Loblaw agreed to a $500-million settlement over bread prices.",
     [("$500-million", 500000000, "USD", None, None)]),
    ("The jury returned a C$1.5-billion verdict.", [("C$1.5-billion", 1500000000, "CAD", None, None)]),
    ("A $20-month plan is no sum of millions.", [("$20", 20, "USD", None, None)]),
    ("Ofcom can add £100 a day until it complies.", [("£100 a day", 100, "GBP", "day", None)]),
    ("The law allows $1,500 for each unwanted text message.",
     [("$1,500 for each unwanted text message", 1500, "USD", "unwanted text message", None)]),
    ("Each plaintiff could get $2,500 per user.", [("$2,500 per user", 2500, "USD", "user", None)]),
    ("He earned $400,000 a year as chief executive.", [("$400,000 a year", 400000, "USD", "year", None)]),
    ("The app must pay €50,000 per month of delay.", [("€50,000 per month", 50000, "EUR", "month", None)]),
    ("The verdict came to $242.6 million.", [("$242.6 million", 242600000, "USD", None, None)]),
    ("The jury awarded $2.1bn to the plaintiffs.", [("$2.1bn", 2100000000, "USD", None, None)]),
    ("The group raised $300k for the case.", [("$300k", 300000, "USD", None, None)]),
    ("The cost was $1 trillion over a decade.", [("$1 trillion", 1000000000000, "USD", None, None)]),
    ("Claims totalled 5,000 euros.", [("5,000 euros", 5000, "EUR", None, None)]),
    ("The club was fined 2 million pounds.", [("2 million pounds", 2000000, "GBP", None, None)]),
    ("Britain collected 3 million pounds sterling.", [("3 million pounds sterling", 3000000, "GBP", None, None)]),
    ("The court ordered 100 million yen in damages.", [("100 million yen", 100000000, "JPY", None, None)]),
    ("A penalty of 40 million Australian dollars followed.",
     [("40 million Australian dollars", 40000000, "AUD", None, None)]),
    ("Ottawa demanded 12 million Canadian dollars.", [("12 million Canadian dollars", 12000000, "CAD", None, None)]),
    ("The sum is 750 million rupees.", [("750 million rupees", 750000000, "INR", None, None)]),
    ("The suit seeks hundreds of millions of dollars.",
     [("hundreds of millions of dollars", 100000000, "USD", None, None)]),
    ("The case could cost billions of dollars.", [("billions of dollars", 1000000000, "USD", None, None)]),
    ("Tens of millions of euros are at stake.", [("Tens of millions of euros", 10000000, "EUR", None, None)]),
    ("The Commission fined it €4.34 billion.", [("€4.34 billion", 4340000000, "EUR", None, None)]),
    ("The fine of £6,000 was paid.", [("£6,000", 6000, "GBP", None, None)]),
    ("A ¥500 million penalty was set.", [("¥500 million", 500000000, "JPY", None, None)]),
    ("The firm paid CHF 3.5 million.", [("CHF 3.5 million", 3500000, "CHF", None, None)]),
    ("It paid HK$8 million.", [("HK$8 million", 8000000, "HKD", None, None)]),
    ("The company set aside NZ$1.2 million.", [("NZ$1.2 million", 1200000, "NZD", None, None)]),
    ("A $0.5 million bond was posted.", [("$0.5 million", 500000, "USD", None, None)]),
    ("The agency collected $.75 per share.", [("$.75 per share", 0.75, "USD", "share", None)]),
    ("The suit asked for $75,000.00 in damages.", [("$75,000.00", 75000, "USD", None, None)]),
    ("The EUR 20m fine stands.", [("EUR 20m", 20000000, "EUR", None, None)]),
    ("They split GBP 1.5 billion.", [("GBP 1.5 billion", 1500000000, "GBP", None, None)]),
    ("Meta paid $725 million and Google paid $90 million.",
     [("$725 million", 725000000, "USD", None, None), ("$90 million", 90000000, "USD", None, None)]),
    ("The fines were £20,000 and £100 per day.",
     [("£20,000", 20000, "GBP", None, None), ("£100 per day", 100, "GBP", "day", None)]),
    ("A $4.7 billion verdict was cut to $4 billion.",
     [("$4.7 billion", 4700000000, "USD", None, None), ("$4 billion", 4000000000, "USD", None, None)]),
    ("The payout of $787.5 million\u00a0ended the case.", [("$787.5 million", 787500000, "USD", None, None)]),
    ("Damages of $33 million, plus $3.6 million in costs.",
     [("$33 million", 33000000, "USD", None, None), ("$3.6 million", 3600000, "USD", None, None)]),
    ("It was a US$ 12 million deal.", [("US$ 12 million", 12000000, "USD", None, None)]),
    ("The company was fined $5 million.", [("$5 million", 5000000, "USD", None, None)]),
    ("Some $1,000,000 was frozen.", [("$1,000,000", 1000000, "USD", None, None)]),
    ("A fine of 1.2 billion euros was upheld.", [("1.2 billion euros", 1200000000, "EUR", None, None)]),
    ("A fine of 15 million dollars each was imposed.", [("15 million dollars", 15000000, "USD", None, None)]),
    # spelled-out numbers before a scale word
    ("The jury awarded five million dollars.", [("five million dollars", 5000000, "USD", None, None)]),
    ("Regulators sought two billion euros from the bank.", [("two billion euros", 2000000000, "EUR", None, None)]),
    ("He was ordered to repay half a million pounds.", [("half a million pounds", 500000, "GBP", None, None)]),
    ("The claim is worth a million dollars a day to them.",
     [("a million dollars a day", 1000000, "USD", "day", None)]),
    ("The fine was set at twenty thousand rupees.", [("twenty thousand rupees", 20000, "INR", None, None)]),
    ("Damages of between one million dollars and three million dollars were sought.",
     [("between one million dollars and three million dollars", 1000000, "USD", None, 3000000)]),
    ("The court fined the trader fifteen crore rupees.", [("fifteen crore rupees", 150000000, "INR", None, None)]),
    # rates written with hyphens
    ("The judge imposed a $3 million-a-day penalty.", [("$3 million-a-day", 3000000, "USD", "day", None)]),
    ("She held a $250,000-a-year post.", [("$250,000-a-year", 250000, "USD", "year", None)]),
    # pounds: money with a scale word or a word of money before them, else a weight
    ("The club was fined 500,000 pounds by the league.", [("500,000 pounds", 500000, "GBP", None, None)]),
    ("The court ordered him to pay 300 pounds in costs.", [("300 pounds", 300, "GBP", None, None)]),
    ("The charity was left 4 million pounds in the will.", [("4 million pounds", 4000000, "GBP", None, None)]),
    ("The drone can carry up to 5.5 pounds.", []),
    ("The parcel weighed 12 pounds.", []),
    ("Each pallet holds 2,000 pounds of cargo.", []),
    ("She lost 30 pounds before the trial.", []),
    # currencies beyond the big five: codes before the number, words after it
    ("The board fined the app 1.17 billion Turkish liras.",
     [("1.17 billion Turkish liras", 1170000000, "TRY", None, None)]),
    ("A further fine of 879 million liras followed.", [("879 million liras", 879000000, "TRY", None, None)]),
    ("The restaurants seek TRY 450 million in damages.", [("TRY 450 million", 450000000, "TRY", None, None)]),
    ("The sellers claim KRW 12.5 billion.", [("KRW 12.5 billion", 12500000000, "KRW", None, None)]),
    ("The court ordered KSh 4.5 million in compensation.", [("KSh 4.5 million", 4500000, "KES", None, None)]),
    ("The watchdog imposed a fine of 1.2 million zloty.", [("1.2 million zloty", 1200000, "PLN", None, None)]),
    ("The bank paid SEK 50 million and 300 million kronor.",
     [("SEK 50 million", 50000000, "SEK", None, None), ("300 million kronor", 300000000, "SEK", None, None)]),
    ("The airline was fined 5 million dirhams.", [("5 million dirhams", 5000000, "AED", None, None)]),
    ("Its bill came to 20 million Mexican pesos.", [("20 million Mexican pesos", 20000000, "MXN", None, None)]),
    ("The state demanded 20 million pesos.", [("20 million pesos", 20000000, None, None, None)]),
    ("The firm settled for R 10 million, or ZAR 10 million.", [("ZAR 10 million", 10000000, "ZAR", None, None)]),
    # not money
    ("The share fell 5% after the ruling.", []),
    ("The app has 3 million users in 2019.", []),
    ("About 1.2 billion people use it, up 12 percent since 2020.", []),
    ("The case, No. 24-1234, was filed in 2023.", []),
    ("The usd 5 in a handle is no amount.", []),
    ("Section 230 and 47 U.S.C. § 230 were cited.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_money_expression(sentence, expected):
    doc = claimx.extract(sentence)
    got = [(a["text"], a["value"], a["currency"], a["per"], a["value_high"]) for a in doc["amounts"]]
    assert got == [(t, float(v), c, p, None if h is None else float(h)) for t, v, c, p, h in expected]
    for a in doc["amounts"]:
        assert sentence[a["start"]:a["end"]] == a["text"]


def test_enough_cases():
    assert len(CASES) >= 60


def test_sums_are_found_after_a_letter_whose_lower_case_is_longer():
    # "İ" lowercases to two characters; the sums after it keep their offsets and are all found
    text = ("İstanbul regulators have fined Kapıda Teknoloji A.Ş., the company behind the delivery app "
            "Kapıda, 1.17 billion Turkish liras (about $27.8 million) for tying restaurants. " * 3 +
            "It also paid TRY 450 million and €3m.")
    doc = claimx.extract(text)
    assert [a["text"] for a in doc["amounts"]] == ["1.17 billion Turkish liras", "$27.8 million"] * 3 + \
        ["TRY 450 million", "€3m"]
    assert all(text[a["start"]:a["end"]] == a["text"] for a in doc["amounts"])


def test_offsets_hold_across_paragraphs():
    text = ("Acme must pay $12 million, the court ruled on Monday.\n\n"
            "A second claim, worth €3m, is pending.\n")
    doc = claimx.extract(text)
    assert [a["text"] for a in doc["amounts"]] == ["$12 million", "€3m"]
    assert all(text[a["start"]:a["end"]] == a["text"] for a in doc["amounts"])


def test_amount_items_follow_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    from claimx.tools.schema import load_schema

    schema = load_schema()
    doc = claimx.extract("The regulator fined Acme £20,000 and £100 per day, and it seeks $1m to $2m.")
    assert len(doc["amounts"]) == 3
    jsonschema.Draft202012Validator(schema).validate(doc)
    required = set(schema["$defs"]["amount"]["required"])
    assert all(set(a) == required for a in doc["amounts"])
