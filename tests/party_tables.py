"""What the party family tables share: extract with offsets checked, and score one row."""
import claimx


def parties_of(text):
    """The parties of ``text``, every mention's offsets checked against the text."""
    doc = claimx.extract(text)
    for p in doc["parties"]:
        for m in p["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    return doc["parties"]


def family_result(text, want, absent, absent_in_mentions=True):
    """(wanted items found with their kind and role, wanted items, absent texts that showed up
    as a party's name, or also as a mention when ``absent_in_mentions``), and the parties."""
    found = parties_of(text)
    ok = 0
    for name, (kind, role) in want.items():
        hit = [p for p in found if p["name"] == name or any(m["text"] == name for m in p["mentions"])]
        ok += bool(hit) and (hit[0]["kind"], hit[0]["role"]) == (kind, role)
    forms = {p["name"] for p in found}
    if absent_in_mentions:
        forms |= {m["text"] for p in found for m in p["mentions"]}
    return ok, len(want), [a for a in absent if a in forms], found


def tally(families, **options):
    """Per family: sentences fully right, wanted items found, non-parties shown (the figures the
    issue notes quote; run a table file as a script to print them)."""
    for family, rows in families.items():
        ok = n = bad = rows_ok = 0
        for text, want, absent, *_ in rows:
            a, b, wrong, _found = family_result(text, want, absent, **options)
            ok, n, bad, rows_ok = ok + a, n + b, bad + len(wrong), rows_ok + (a == b and not wrong)
        print(f"{family:52s} sentences {rows_ok}/{len(rows)}  wanted {ok}/{n}  non-parties shown {bad}")
