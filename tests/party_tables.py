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
