"""Raw statute mentions -> one Statute per distinct (law, section), with its mentions.

A raw mention is a dict: start, end, law (gazetteer id or None), section, and for laws the
gazetteer lacks: name, citation, year, jur; "cited" marks a formal citation, "bill" a bill's
key, "same_as" the raw mention it restates (a citation in parentheses right after a law).
"""
from __future__ import annotations

import re

from claimx.extractors.statutes.data import StatuteData
from claimx.models import Mention, Statute


def drop_nested(raw: list[dict]) -> list[dict]:
    """Leftmost-longest (a formal citation first on a tie): a mention inside or overlapping an
    earlier, longer one goes, unless it is a listed section inside its own ("2" in "Sections 1
    and 2 of the Sherman Act")."""
    raw.sort(key=lambda r: (r["start"], -(r["end"] - r["start"]), not r.get("cited")))
    kept, last_end = [], -1
    for r in raw:
        if r.get("inside"):
            kept.append(r)
            continue
        if r["start"] < last_end:
            continue
        kept.append(r)
        last_end = r["end"]
    return kept


def _attach_citations_to_named_acts(data: StatuteData, kept: list[dict]) -> set:
    named = {r["law"] for r in kept if r.get("law") and not r.get("cited") and r.get("section") is None}
    mains = []
    for lid in sorted(named):
        main = (data.laws[lid].citation or "").split(" et seq")[0]
        if main and "\u00a7\u00a7" not in main:
            mains.append((main, lid))
    for r in kept:
        # "29 U.S.C. § 206(d)(1)(iv)" in an article that names the Equal Pay Act (29 U.S.C. § 206(d))
        if r.get("cited") and r.get("citation"):
            for main, lid in mains:
                if r["citation"].startswith(main):
                    r["law"] = lid
                    break
    return named


def _key(data: StatuteData, r: dict, named: set):
    """(key, name, section, citation, year, jurisdiction) of one raw mention."""
    law = data.laws.get(r["law"]) if r.get("law") else None
    section, citation = r.get("section"), r.get("citation")
    if law is not None and r.get("cited"):
        # a citation of a named act's own section is a mention of that act
        main = (law.citation or "").replace("\u00a7\u00a7", "\u00a7")
        if r["law"] in named and (not main or citation.startswith(main.split(" et seq")[0])
                                  or main.startswith(citation)):
            section = citation = None
        elif (law.id, citation) in data.by_section_citation:  # "15 U.S.C. § 45": Section 5 of the FTC Act
            section = data.by_section_citation[(law.id, citation)]
        elif citation == law.citation:  # a law's own official citation is the law
            section = None
    if law is not None:
        sec_data = data.sections.get((law.id, section)) if section else None
        cit = (sec_data or {}).get("citation") or citation or (law.citation if not section else None)
        return (law.id, section), law.name, section, cit, law.year, law.jurisdiction
    name = re.sub(r"\s+", " ", r.get("name") or "").strip()
    name = re.sub(r"^(?:[Tt]he)\s+", "", name)
    key = ("_bill", r["bill"].split(" ", 1)[1], None) if r.get("bill") else ("_", name.lower(), section)
    return key, name, section, citation, r.get("year"), r.get("jur")


def merge(data: StatuteData, text: str, raw: list[dict]) -> list[Statute]:
    kept = drop_nested(raw)
    named = _attach_citations_to_named_acts(data, kept)
    items: dict[tuple, Statute] = {}
    key_of: dict[int, tuple] = {}
    memo: dict = {}  # a long list or a repeated name: one key computation per distinct mention
    for r in kept:
        sig = (r.get("law"), r.get("section"), r.get("citation"), r.get("cited"), r.get("name"),
               r.get("bill"), r.get("year"), r.get("jur"))
        got = memo.get(sig)
        if got is None:
            got = memo[sig] = _key(data, r, named)
        key, name, section, cit, year, jur = got
        src = r.get("same_as")
        if src is not None and id(src) in key_of:  # "Assembly Bill 5 (Cal. Lab. Code § 2750.3)"
            key = key_of[id(src)]
            st = items[key]
            if st.citation is None and cit:
                st.citation = cit
            if st.jurisdiction is None and jur:
                st.jurisdiction = jur
            st.add(Mention(r["start"], r["end"], text[r["start"]:r["end"]]))
            continue
        key_of[id(r)] = key
        st = items.get(key)
        if st is None:
            st = items[key] = Statute(name=_as_written(text, r, key, name),
                                      key=str(key[0] if key[0] not in ("_", "_bill") else name),
                                      section=section, citation=cit, year=year, jurisdiction=jur)
        else:
            if st.citation is None and cit:
                st.citation = cit
            if st.jurisdiction is None and jur:
                st.jurisdiction = jur
            if r.get("bill") and len(name) > len(st.name):  # "AB 5" then "Assembly Bill 5"
                st.name = name
        st.add(Mention(r["start"], r["end"], text[r["start"]:r["end"]]))
    _fold_act_into_section(data, items)
    _fold_short_names(items)
    _name_sections(items)
    return sorted(items.values(), key=lambda s: s.first)


def _as_written(text: str, r: dict, key: tuple, name: str) -> str:
    """A code citation of no law the gazetteer knows is named as the article first writes it
    ("Minnesota Statutes section 609.2112", "RCW 7.48.010"), its Bluebook form kept as
    ``citation``; one of sections listed together keeps the Bluebook name (its mention is the
    section's number alone)."""
    if key[0] != "_" or not r.get("cited") or r.get("listed"):
        return name
    return " ".join(text[r["start"]:r["end"]].split())


# a mention that cites a section by its own word: "Section 2 of the Sherman Act", "Title VII"
_SECTION_CITED = re.compile(r"(?:[Tt]he\s+)?((Section|Article|Title|Part|Chapter|Rule)(s?)\s.*)", re.I | re.S)
_LISTED = re.compile(r",|\band\b")


def _law_of(key: tuple):
    """The law of an item key: its gazetteer id, or the name of a law the gazetteer lacks."""
    return key[0] if key[0] != "_" else key[:2]


def _name_sections(items: dict) -> None:
    """A section the article cites as a thing of its own is named as cited ("Section 2 of the
    Sherman Act", "Section 230", "Article 102 of the Treaty on the Functioning of the European
    Union"), not by its act alone, so that two sections of one act, or a section beside its
    act, do not share a name: the longest mention that cites the section by its own word is
    the name, and the act's own name is kept as ``act``. One of sections listed together is
    named on its own ("Sections 1 and 2 of the Sherman Act": "Section 2 of the Sherman Act").
    Code citations ("18 U.S.C. § 1595", "740 ILCS 14/15(b)") and short forms ("CDA 230")
    leave the law's name as it is, unless the article cites the section by its code only and
    names its act nowhere: then the citation is its name ("42 U.S.C. § 1983")."""
    cited_by_law: dict = {}
    for key, st in items.items():
        if st.section and key[0] != "_bill":
            found = [m for m in map(_SECTION_CITED.fullmatch, (x.text for x in st.mentions)) if m is not None]
            cited_by_law.setdefault(_law_of(key), []).extend(found)
    for key, st in items.items():
        section = st.section
        if not section or key[0] == "_bill":
            continue
        own = re.compile(r"(?<![\w(])" + re.escape(section) + r"(?![\w(])")
        if own.search(st.name):
            continue  # named by its citation already ("18 U.S.C. § 1343")
        cited = [m for m in cited_by_law.get(_law_of(key), ()) if own.search(m.group(1))]
        if not cited:
            if st.citation and all(x.text == st.citation for x in st.mentions) and \
                    not any(k != key and _law_of(k) == _law_of(key) for k in items):
                # cited by its code only, its act named nowhere ("42 U.S.C. § 1983"): named as
                # cited, the act kept as ``act``
                st.act, st.name = st.name, st.citation
            continue
        best = max(cited, key=lambda m: len(m.group(1)))
        name = " ".join(best.group(1).split())
        if (best.group(3) or _LISTED.search(name.partition(" of ")[0])) and " " not in section:
            # one of a list ("Sections 1 and 2", "Section 349 and Section 350"): "Section 2 of the Sherman Act"
            _, of, rest = name.partition(" of ")
            word = best.group(2).capitalize()
            name = (section if section.startswith(word) else f"{word} {section}") + (f" of {rest}" if of else "")
        st.act, st.name = st.name, name[0].upper() + name[1:]


def _fold_act_into_section(data: StatuteData, items: dict) -> None:
    """'Section 230' and 'the Communications Decency Act' in one article are one item: the
    act is cited for that section (its own citation is the section's)."""
    for key in [k for k in items if k[0] not in ("_", "_bill") and k[1] is None]:
        law = data.laws.get(key[0])
        sections = [k for k in items if k[0] == key[0] and k[1] is not None]
        if law is None or len(sections) != 1:
            continue
        target = items[sections[0]]
        if law.citation and target.citation == law.citation:
            for m in items[key].mentions:
                target.add(m)
            del items[key]


_PLACE_PREFIX = re.compile(r"(?:[A-Z][\w.\u2019']*\s){1,3}$")
# the first half of a joined name: "Monopoly Regulation and" Fair Trade Act, "Texas Deceptive
# Trade Practices-" Consumer Protection Act
_JOINED_PREFIX = re.compile(r"(?:[A-Z][\w.\u2019']*\s){1,5}and\s|(?:[A-Z][\w.\u2019']*\s){0,5}[A-Z][\w.\u2019']*-")


def _ends_with_law(form: str, short: str) -> bool:
    """``form`` is ``short`` after a place of up to three capitalised words, or after the first
    half of a joined name."""
    form = re.sub(r"^(?:[Tt]he)\s+", "", form)
    if len(form) <= len(short) or not form.endswith(short):
        return False
    head = form[:-len(short)]
    return _PLACE_PREFIX.fullmatch(head) is not None or _JOINED_PREFIX.fullmatch(head) is not None


def _fold_short_names(items: dict) -> None:
    """'the Oregon Unlawful Trade Practices Act' and later 'the Unlawful Trade Practices Act' are
    one law: a law the gazetteer lacks whose name (three words or more) is another item's name
    (or one of its mentions) after a place or jurisdiction of up to three capitalised words, or
    its second half ('the Monopoly Regulation and Fair Trade Act', later 'the Fair Trade Act'),
    folds into that item, when exactly one item has such a longer name."""
    for key in [k for k in items if k[0] == "_" and k[2] is None]:
        short = items[key].name
        if len(short.split()) < 3:
            continue
        longer = [k for k, st in items.items() if k != key and
                  any(_ends_with_law(form, short) for form in [st.name] + [m.text for m in st.mentions])]
        if len(longer) == 1:
            for m in items[key].mentions:
                items[longer[0]].add(m)
            del items[key]
