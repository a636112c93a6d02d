"""Roles: cue patterns around each mention (``cues/party_cues.json``) vote, list members share
their list's cues, and each party's votes decide its role; a party with none is left out."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from claimx.io.resources import load_json
from claimx.models import Party
from claimx.text.quote_marks import find_all_spans
from claimx.text.scan import WordStartScan

from .candidates import Call
from .groups import groups as list_groups, mention_spans
from .lexicon import Lexicon
from .people import after_appositives, commentators, members, past_hometown, enumeration_votes, firm_namesakes, parallel_counsel, unnamed_plaintiff_votes
from .speakers import body_officials, titled_officials, uninvolved
from .orgs import headline_named, owned_often, past_seat, precedent_spans

_PARENTHETICAL = re.compile(r"^\s*\([^)]{1,30}\)")
_HOMETOWN = re.compile(r",\s+of\s+$")
_CAPTION = re.compile(r"\s+(?:v\.?|vs\.?|versus)\s+")  # "Roe v. Acme", "Whitlock v Reddaway" (UK)
_PLACE_LEFT = re.compile(r"\b(?:sued|sue|sues|suing|against|v\.|vs\.|versus|"
                         r"(?:sued|brought|filed|charged|joined) (by)|(?:lawsuits?|suits?|complaints?|actions?) (from)|"
                         r"(?:settled|settlements?|deals?|agreements?) (with)|"
                         r"(pay|pays|paid|paying|award|awards|awarded)(?:\s+the\s+(?:state|city|county|commonwealth|province)\s+of)?)"
                         r"\s+(?:the\s+)?$",
                         re.IGNORECASE)
# the sum right after a place paid or awarded ("will pay the state of Texas $1.4 billion")
_SUM_AFTER = re.compile(r"\s+(?:(?:more\s+than|about|nearly|almost|roughly|some|up\s+to|a\s+combined)\s+)?"
                        r"(?:[A-Z]{0,3}[$€£¥₹]|(?:Rs\.?|INR|USD|EUR|GBP)\s?)\s?\d")
_FOR_A_SIDE = re.compile(r"\b(?:on behalf of|represents?|representing|represented)\b")
_IN_RELATIVE = re.compile(r",\s+(?:which|who|whose|that|where)\s+[^,;()\"\u201c\u201d]*$")
_NAME_FOLLOWS = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_LOCATIVE = re.compile(r"\b(?:in|at|from|near|across|outside|throughout)\s+$")  # "... in Montreal": a place
_OF_FIRM = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?(?:(?:[A-Z][\w.'\u2019-]*\s+){0,3}(?:law\s+)?firm,?\s+)?")


_WHOSE = re.compile(r"\bwhose\s+(?:[\w-]+\s+){0,3}$")
_NEXT_LOWER = re.compile(r"\s+([a-z]+)\b")


def _place_modifier(lex: Lexicon, mt: str, end: int) -> bool:
    """A word such as "resident" or "native" right after the name: the name says where someone is from."""
    nxt = _NEXT_LOWER.match(mt, end)
    return nxt is not None and nxt.group(1) in lex.place_modifier_nouns


@lru_cache(maxsize=1)
def _other_case() -> WordStartScan:
    """"a similar suit", "an earlier case" (``cues/claim_frames.json``): a sentence about another case."""
    return WordStartScan(load_json("cues/claim_frames.json")["other_case"], re.IGNORECASE)


def _person_after_title(call: Call, end: int, spans, span_starts: list[int]) -> bool:
    """A title and a person's name follow the organization ending at ``end`` ("... founder
    Peter Oakes", "... CEO Jane Doe"): the organization only says whose post it is."""
    word = call.after_title.get(end + 1) if call.mt[end:end + 1] == " " else None
    if word is None:
        return False
    k = bisect_left(span_starts, word)
    return k < len(spans) and spans[k][0] == word and spans[k][2].kind == "person"


def assign_roles(call: Call, parties: list[Party]) -> None:
    lex, text, mt, sidx = call.lex, call.text, call.mt, call.sidx
    spans = mention_spans(parties)
    span_starts = [s for s, _, _ in spans]
    # role -> votes of each party, plain dicts (a Counter's constructor and its missing keys
    # are Python calls, tens of thousands a corpus); a role is a key only once it has a vote
    votes: dict[int, dict] = {id(p): {} for p in parties}
    quoted = [(a, b) for a, b, _, _ in find_all_spans(text)]
    quote_starts = [a for a, _ in quoted]
    lede = sidx.spans[min(3, len(sidx.spans) - 1)][1] if sidx.spans else 0
    toks = call.gaz_toks
    leads = lex.left_cues.leads(toks)  # where a left cue may start ("sued", "Sued", "SUED")
    quoted_votes: dict[int, dict] = {}  # made for the parties a quotation gives a role, only
    cited = precedent_spans(mt)
    products = dict(call.products)  # "OpenAI's ChatGPT": product start -> end
    other_case: dict = {}  # sentence -> does it speak of another case?
    staff_at = None  # where a staff phrase may start ("engineer", "users"), found when first asked
    for group in list_groups(mt, spans, call.title_after):
        g, s0, e1 = group.members, group.start, group.end
        if cited and any(a <= s0 < b for a, b in cited):
            continue  # "the 2021 ruling in A v. B": an earlier case, not this one
        k = bisect_left(quote_starts, s0) - 1
        # what a quotation says about someone is a claim, not the story's frame: its cues count
        # only for a party the story's own sentences give no role ("'We sued X,' the agency said")
        in_quote = k >= 0 and quoted[k][0] < s0 < quoted[k][1] and quoted[k][1] - quoted[k][0] > (e1 - s0) + 30
        frame_only = group.frame_only
        if frame_only and _HOMETOWN.search(mt, max(0, s0 - 6), s0):
            continue  # "Jaclyn Bjorklund, of DeRidder, sued": where she lives, not who sued
        if frame_only and all(" " not in p.name for _, _, p in g) and _place_modifier(lex, mt, e1):
            continue  # "brought by Evanston resident Marisol Quintero": where she lives, not who sued
        sent = sidx.at(s0) or (max(0, s0 - 200), min(len(mt), e1 + 200))
        if frame_only and all(mt.count(" ", s, e) < min(len(g), 2) for s, e, p in g) \
                and _LOCATIVE.search(mt, max(0, s0 - 12), s0):
            continue  # "suing the company in Nairobi", "teens from A and B sued": guessed one-word names are places
        lo = max(sent[0], s0 - 160)
        if mt.find("omplaint", lo, s0) != -1 and lex.complainant_before.search(mt, lo, s0) and \
                not lex.complaint_in_court.match(mt[e1:sent[1]]):
            continue  # "after a complaint from Spotify": who complained to a regulator is no plaintiff
        if group.orgs and staff_at is None:
            staff_at = lex.staff_before.starts(mt, toks=toks)  # once a text, read by every window
        if group.orgs and staff_phrase(lex, mt, max(sent[0], s0 - 60), s0, e1, g, staff_at):
            # "a former engineer at Acme ... has sued", "by two Acme users": their people act,
            # and what they sue may be the company itself ("... has sued her ex-employer")
            if lex.sued_their_own.search(mt, e1, min(sent[1], e1 + 200)):
                for _, _, p in g:
                    _vote(votes[id(p)], "defendant", 1)
            continue
        weight = 2 if s0 <= lede else 1
        if group.places:
            if sent not in other_case:
                other_case[sent] = _other_case().search(mt, sent[0], sent[1], toks=toks) is not None
            if other_case[sent]:
                continue  # "Louisiana's attorney general filed a similar suit": another case
            # a bare state or city is a party only right after the legal verb or preposition
            found = {"plaintiff" if m.group(1) or m.group(2) or m.group(3) or m.group(4) else "defendant"
                     for m in [_PLACE_LEFT.search(mt, max(sent[0], s0 - 40), s0)] if m
                     and (m.group(4) is None or _SUM_AFTER.match(mt, e1))}
        else:
            found = left_cues(lex, mt, leads, max(sent[0], s0 - 160), s0)
            if found and group.orgs and _person_after_title(call, e1, spans, span_starts):
                continue  # "indicted Corvane Labs founder Peter Oakes": the cue is the person's
            if not found and s0 in call.title_after:
                # "accused former Chief Financial Officer Craig Lindahl of": the cue stands before the title
                found = left_cues(lex, mt, leads, max(sent[0], s0 - 160), call.title_after[s0])
        raw = mt[e1:min(sent[1], e1 + 200)]
        product_end = products.get(e1 + 3) if raw[:3] in ("'s ", "\u2019s ") else None
        if product_end:  # "Google's YouTube was sued": what is said of its product is said of it
            raw = mt[product_end:min(sent[1], product_end + 200)]
        if raw[:1] == "," and _IN_RELATIVE.search(mt, max(sent[0], s0 - 120), s0):
            raw = ""  # "Acme, which runs depots across Kent, sued": the verb is the clause head's
        right = raw.lstrip("\"'")
        if right.lstrip()[:1] == "(":
            right = _PARENTHETICAL.sub("", right, count=1)  # "Rep. Devin Nunes (R-Calif.) sued"
        elif right[:1] == ",":
            right = past_seat(right)
        elif right[:4] in (" of ", " fro") and g[-1][2].kind == "person":
            right = past_hometown(right)
        # a role noun right before the name ("attorneys A and B") says more than a verb frame
        strong = found & {"counsel", "judge"}
        found |= lex.right_cues.roles(right) or after_appositives(lex, right)
        if not found and all(p.kind == "person" for _, _, p in g) and not _WHOSE.search(mt, max(sent[0], s0 - 40), s0):
            # "X was sentenced"; not "Theranos, whose founder X was convicted": a case recalled in passing
            found = lex.right_person_cues.roles(right) or after_appositives(lex, right, lex.right_person_cues)
        if raw[:1] == "'":  # "Dairy's suit", "the Times' suit": a possessive, not a closing quote
            found |= lex.right_cues.roles(raw)
        if not found:
            continue
        # "A sued B": the subject of a suing verb is a plaintiff even when B is also named
        into = quoted_votes if in_quote else votes
        for _, _, p in g:
            v = into.get(id(p))
            if v is None:
                v = into[id(p)] = {}
            for role in found:
                v[role] = v.get(role, 0) + weight * (2 if role in strong else 1)
    for pid, v in quoted_votes.items():
        if not votes[pid]:
            votes[pid] = v
    # "a lawsuit against a supermarket chain ... supermarket chain Star Market": the same defendant
    for p, n in descriptor_votes(lex, mt, spans, toks):
        _vote(votes[id(p)], "defendant", n)
    for p, role, n in [*enumeration_votes(call, spans), *unnamed_plaintiff_votes(call, spans),
                       *reference_votes(call, spans, leads)]:
        _vote(votes[id(p)], role, n)  # "those charged are A; B; and C", "A Texas woman sued ... Jane Roe"
    # "Elise M. Bloom of Proskauer Rose": a lawyer's firm is counsel, a firm's lawyer too
    firms = {id(p) for p in parties if votes[id(p)].get("counsel") or "title:counsel" in p.evidence}
    counsel_sents, other_pairs = set(), []
    for k, (s0, e0, p) in enumerate(spans[:-1]):
        s1, e1, q = spans[k + 1]
        if s1 - e0 <= 60 and p.kind == "person" and q.kind == "organization" and _OF_FIRM.fullmatch(mt, e0, s1):
            sent = sidx.at(s0) or (s0, min(len(mt), e1 + 200))
            # "A of Firm ... filed the suit on behalf of the drivers": A and Firm act for a side
            n = 3 if _FOR_A_SIDE.search(mt, e1, sent[1]) else 1
            if n > 1 or id(q) in firms or votes[id(p)].get("counsel"):
                _vote(votes[id(p)], "counsel", n)
                _vote(votes[id(q)], "counsel", n)
                counsel_sents.add(sent)
            else:
                other_pairs.append((sent, p, q))
    for p in parallel_counsel(counsel_sents, other_pairs):  # "... A of Firm1 for X, and B of Firm2"
        _vote(votes[id(p)], "counsel", 1)
    # "Pellham v. Norwood Savings Bank": a caption names the plaintiff first, whatever else is said
    for (s0, e0, p), (s1, e1, q) in zip(spans, spans[1:]):
        if s1 - e0 <= 12 and _CAPTION.fullmatch(mt, e0, s1) and not any(a <= s0 < b for a, b in cited):
            _vote(votes[id(p)], "plaintiff", 3)
            _vote(votes[id(q)], "defendant", 3)
    on_behalf = "on behalf of" in mt and re.search(r"\bon behalf of\b", mt) is not None
    for p in parties:
        p.role = decide(p, votes[id(p)], on_behalf)
    by_salience(lex, parties, votes, lede, mt)
    bystander_bodies(call, parties, votes)
    firm_namesakes(parties)
    uninvolved(call, parties)
    commentators(call, parties, _FOR_A_SIDE)
    members(call, parties)
    titled_officials(call, parties)
    body_officials(call, parties)
    affiliates(mt, spans)


# what stands between a company and its subsidiary or parent named right after it: "Kestrel's
# Canadian subsidiary, ", " and its U.S. arm, ", ", the app's European subsidiary, and on its
# American parent, "
_AFFILIATE_GAP = re.compile(
    r"(?:['’]s|(?:,\s+[^,;:\"“”]{1,80}?)?,?\s+(?:and|as\s+well\s+as)\s+(?:(?:on|against|of)\s+)?(?:its|their)|,\s+(?:its|their))"
    r"\s+(?:[\w.-]+\s+){0,2}(?:subsidiary|subsidiaries|unit|affiliate|arm|division|parent(?:\s+company)?|"
    r"holding\s+company),?\s+(?:the\s+)?", re.IGNORECASE)


def affiliates(mt: str, spans) -> None:
    """A company's subsidiary or parent named in apposition right after it shares its side:
    "sued Kestrel Surgical Inc. and its Canadian subsidiary, Kestrel Surgical Canada ULC", where
    nothing else gave the second a role."""
    for (s0, e0, p), (s1, e1, q) in zip(spans, spans[1:]):
        if q.role == "other" and p.role in ("defendant", "plaintiff") and p.kind == q.kind == "organization" \
                and 0 < s1 - e0 <= 140 and _AFFILIATE_GAP.fullmatch(mt, e0, s1):
            q.role = p.role


_ROLES = ("judge", "counsel", "plaintiff", "defendant", "agency", "advocate")
_NO_VOTES = dict.fromkeys(_ROLES, 0)  # read only


def _vote(v: dict, role: str, n: int) -> None:
    v[role] = v.get(role, 0) + n


def staff_phrase(lex: Lexicon, mt: str, lo: int, s0: int, e1: int, group, starts=None) -> bool:
    """Is the organization (or list of them) at ``s0:e1`` only the employer or service of the
    people the phrase is about ("a former engineer at Acme", "two Acme users", "Acme drivers"), or
    a service only where the thing spoken of was posted ("a YouTube video")? ``starts``:
    ``lex.staff_before.starts(mt)``, made once a text by a caller that asks of many windows (a
    text has ~16 such windows: one C pass over its words costs less than a slice per window)."""
    platform_only = True
    for _, _, p in group:  # a loop, not two generators: called for most groups of organizations
        if p.kind != "organization":
            return False
        platform_only = platform_only and "platform-only" in p.evidence
    if platform_only and lex.content_after.match(mt, e1):
        return True  # "after finding YouTube video and podcast ... caused harm": where it was posted
    return bool(lex.staff_before.search(mt, lo, s0, starts=starts) or lex.staff_after.match(mt, e1))


def reference_votes(call: Call, spans, leads: tuple[list[int], list[str]]):
    """(party, role, 1) for "Vellichor Games makes puzzle apps ... A former tester sued the
    company": the left cue before "the company" (``Lexicon.reference``) counts for the company
    named last before it, within 600 characters and the same side of no other company."""
    lex, mt, sidx = call.lex, call.mt, call.sidx
    orgs = [(s0, p) for s0, _, p in spans if p.kind == "organization" and "outlet" not in p.evidence
            and not ("frame-only" in p.evidence and (" " not in p.name or _LOCATIVE.search(mt, max(0, s0 - 12), s0)))]
    if not orgs:
        return
    starts = [s0 for s0, _ in orgs]
    for m in lex.reference.finditer(mt, call.gaz_toks):
        if _NAME_FOLLOWS.match(mt, m.end()):
            continue  # "the publisher of the Mirror": the name follows ("accuses the firm of fraud" does not)
        k = bisect_left(starts, m.start()) - 1
        if k < 0 or m.start() - orgs[k][0] > 600:
            continue
        sent = sidx.at(m.start()) or (max(0, m.start() - 160), m.end())
        for role in left_cues(lex, mt, leads, max(sent[0], m.start() - 160), m.start()):
            if role in ("plaintiff", "defendant"):
                yield orgs[k][1], role, 1


def bystander_bodies(call: Call, parties: list[Party], votes: dict) -> None:
    """"Nationally, the DEA has warned that ...", "The FCA, which does not regulate most tokens,
    issued a general warning": a listed agency that no cue gives a side ("warned" is an agency's
    word, not a step in a case), or a group that only its name calls an advocate, named only in
    sentences that name no other party and no legal step, speaks about the field, not the case."""
    mt, sidx, legal = call.mt, call.sidx, call.lex.legal_action
    starts = None  # every role-holder's mention starts, sorted: made for the first body asked about
    for p in parties:
        if p.kind == "government" and p.role == "agency":
            body = not votes[id(p)].keys() - {"agency"} and not any(e.startswith("title:") for e in p.evidence)
        else:  # a group that only its name calls an advocate: "Fund", "Alliance" alone
            body = p.kind == "organization" and p.role == "advocate" and not votes[id(p)]
        if not body:
            continue
        if starts is None:
            starts = sorted((m.start, id(q)) for q in parties if q.role != "other" for m in q.mentions)
        quiet = True
        for m in p.mentions:
            sent = sidx.at(m.start)
            if sent is None:
                quiet = False
                break
            k = bisect_left(starts, (sent[0], 0))
            others = any(s < sent[1] and pid != id(p) for s, pid in starts[k:k + 12])
            # the body's own name may hold a legal word ("Drug Enforcement Administration")
            text = mt[sent[0]:m.start] + " " + mt[m.end:sent[1]]
            if others or legal.search(text):
                quiet = False
                break
        if quiet:
            p.role = "other"


def _owner_like(mt: str, p: Party) -> bool:
    """A name the rules could only guess ("Kroger") is a salient company when it is named
    four times or more, once as an owner ("Kroger's"), and never in quote marks (a product)."""
    if len(p.mentions) < 4:
        return False
    after = [mt[m.end:m.end + 2] for m in p.mentions]
    return any(a == "'s" for a in after) and not any(a[:1] in "\"'\u201d" and a != "'s" for a in after) \
        and not any(mt[m.start - 1:m.start] in "\"'\u201c" for m in p.mentions if m.start)


def by_salience(lex: Lexicon, parties: list[Party], votes: dict, lede: int, mt: str = "") -> None:
    """The document-level decision for the principal parties no cue sentence names: a company
    named at least three times, first in the headline or lead, is the side the story is about
    (the one sued: legal news reports suits against companies); and where no plaintiff is found
    but a defendant is, the prosecuting body the story names most brings the case."""
    salient: list[Party] = []
    for p in parties:
        owned = p.role == "other" and owned_often(mt, p) and p.first.start <= len(mt) // 3  # past a masthead
        if p.role == "other" and p.kind == "organization" and len(p.mentions) >= 3 \
                and (p.first.start <= lede or owned) \
                and not {"platform-only", "outlet"} & set(p.evidence) \
                and ("frame-only" not in p.evidence or _owner_like(mt, p) or headline_named(mt, p) or owned):
            p.role = "defendant"
            salient.append(p)
    # "Kroger and Albertsons" again and again: the company named beside a salient one is its partner
    ends = {m.end: q for q in salient for m in q.mentions}
    for p in parties:
        if p.role == "other" and p.kind == "organization" and len(p.mentions) >= 3 and p.first.start <= lede \
                and not {"platform-only", "outlet"} & set(p.evidence) \
                and any(mt[m.start - 5:m.start] == " and " and m.start - 5 in ends for m in p.mentions):
            p.role = "defendant"
    roles = {p.role for p in parties}
    if "defendant" in roles:
        prosecutors = [p for p in parties if p.kind == "government" and not lex.prosecuting_words.isdisjoint(p.name.split())]
        bodies = [p for p in prosecutors if p.role == "agency" and "listed" in p.evidence]
        if bodies and "plaintiff" in roles and (any(p.role == "plaintiff" for p in prosecutors) or not lex.criminal_case.search(mt)):
            bodies = []  # the plaintiff brings the story's one action, or a prosecutor already brings the criminal one
        if bodies:
            top = max(bodies, key=lambda p: (sum(votes[id(p)].values()) + len(p.mentions), -p.first.start))
            top.role = "plaintiff"


def descriptor_votes(lex: Lexicon, mt: str, spans, toks=None):
    """(party, n) for each mention right after a descriptor ("the gun maker Vantor Arms") that
    n earlier "lawsuit against a gun maker" phrases used: one vote per such phrase. The phrases
    are grouped by length, so each mention costs one look-up per length, not one per phrase."""
    by_len: dict[tuple[int, int], dict[str, list[int]]] = {}
    for m in lex.defendant_descriptor.finditer(mt, toks):
        desc = m.group(1).strip()
        low = desc.lower()
        by_len.setdefault((len(desc), len(low)), {}).setdefault(low, []).append(m.end())
    if not by_len:
        return
    for s0, _, p in spans:
        for (n_chars, n_low), ends_by in by_len.items():
            window = mt[max(0, s0 - n_chars - 1):s0].strip().lower()
            ends = ends_by.get(window[-n_low:]) if n_low and len(window) >= n_low else ends_by.get("") if not n_low else None
            if ends:
                n = bisect_left(ends, s0)  # the phrases that end before the mention
                if n:
                    yield p, n


def decide(p: Party, votes: dict, on_behalf: bool) -> str:
    """A party's role from its votes (role -> count; a role without votes may be missing), its
    kind and the titles it was named with."""
    ev = p.evidence
    if p.kind == "court":
        return "court"
    g = votes.get
    v = {r: g(r, 0) for r in _ROLES} if votes else _NO_VOTES  # each count read once, no missing key
    title_roles = [e.split(":", 1)[1] for e in ev if e.startswith("title:")]
    if "judge" in title_roles or v["judge"]:
        return "judge"
    official = "agency" in title_roles and "counsel" not in title_roles  # "U.S. Attorney Nick Hanna"
    if "counsel" in title_roles or (v["counsel"] > max(v["plaintiff"], v["defendant"]) and p.kind != "government"
                                    and not official):
        return "counsel"
    if "place" in ev:  # a state or city acts in the matter only as a side of it
        if v["plaintiff"] or v["defendant"]:
            return "plaintiff" if v["plaintiff"] >= v["defendant"] else "defendant"
        return "other"
    if p.kind == "government":  # a body that brings the suit or the charges is a plaintiff
        agency = v["agency"] + 1
        role = "plaintiff" if v["plaintiff"] >= agency else "agency"
        if v["defendant"] > max(v["plaintiff"], agency):
            role = "defendant"
        return role
    if "agency" in title_roles and not (v["plaintiff"] or v["defendant"]):
        return "agency"
    if v["plaintiff"] or v["defendant"]:
        role = "plaintiff" if v["plaintiff"] >= v["defendant"] else "defendant"
        if "advocate" in title_roles and role == "plaintiff" and on_behalf:
            role = "advocate"
        return role
    if "advocate" in title_roles or v["advocate"]:
        return "advocate"
    if v["agency"]:  # "Nick Hanna, U.S. attorney for ...": an official of the acting body
        return "agency"
    if "pseudonym" in ev:
        return "plaintiff"
    return "other"


def left_cues(lex: Lexicon, mt: str, leads: tuple[list[int], list[str]], lo: int, hi: int) -> set[str]:
    """Roles whose left cue ends right before ``hi`` (quote marks aside), starting at or after ``lo``
    at one of ``leads`` (``lex.left_cues.leads``: the words a cue can begin with)."""
    while hi > lo and mt[hi - 1] in "\"'":
        hi -= 1
    return lex.left_cues.roles(mt, leads, lo, hi)


def keep(lex: Lexicon, parties: list[Party]) -> list[Party]:
    """The parties with a role in the dispute, in text order."""
    out = []
    for p in parties:
        if p.role == "other":
            continue
        if "outlet" in p.evidence and p.role not in ("plaintiff", "defendant"):
            continue
        if (p.name in lex.places and "place" not in p.evidence) or p.name in lex.stop:
            continue
        out.append(p)
    return sorted(out, key=lambda p: p.first)
