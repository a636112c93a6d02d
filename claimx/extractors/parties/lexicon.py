"""The party rules' data, read once per set of extra names: a frozen ``Lexicon``.

Every word table lives in a data file (``cues/party_cues.json``, ``lexicons/*``); this module
only builds the lookups (gazetteers, sets, compiled cues) from them. A ``Lexicon`` is shared by
every call and thread, so it holds nothing a call may change.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from claimx.io.resources import apostrophe_variants, load_json, load_lines
from claimx.text.gazetteer import Gazetteer
from claimx.text.normalize import match_text
from claimx.text.prefilter import CueSet, LeftCues
from claimx.text.scan import WordStartScan


@dataclass(frozen=True, eq=False)  # shared and compared by identity (dict fields)
class Lexicon:
    gaz: Gazetteer                 # agencies, courts, platform companies, outlets, extra names
    title_gaz: Gazetteer           # titles -> the role they imply
    left_cues: LeftCues            # cues right before a mention ("sued", "lawyers for")
    right_cues: CueSet             # cues right after a mention ("... sued", "'s lawyers")
    right_person_cues: CueSet      # cues right after a person only ("... was sentenced")
    defendant_descriptor: WordStartScan
    cues: dict
    suffix_class: dict             # organization word -> its class (company, law_firm, ...)
    first: frozenset               # first names
    particles: frozenset           # surname particles
    places: frozenset
    outlets: frozenset
    stop: frozenset                # words that are no party on their own
    stop_first: frozenset
    gov_heads: frozenset
    generic_heads: frozenset       # "the Commission": heads a short reference may use
    period_words: frozenset
    person_suffixes: frozenset
    connectors: frozenset
    inner_words: frozenset
    legal_form_only: re.Pattern    # a token that is only "Inc", "LLC", ...
    attached_form: re.Pattern      # ", Inc." right after a known company name
    attached_tail: re.Pattern      # the same at the end of a name (dropped from its key)
    ordinals: dict
    descriptor_suffixes: frozenset
    place_modifier_nouns: frozenset
    numbered_words: frozenset      # "Local" of "Teamsters Local 727": a number goes on the name
    given_name_syllables: frozenset  # "woo" of "Hyun-woo": a hyphened given name is one word
    courtesy_titles: frozenset
    prosecuting_words: frozenset   # "Justice", "Attorney's": a body that brings cases
    criminal_case: re.Pattern      # "convicted", "pleaded guilty": a criminal case's step
    us_states: frozenset
    polity_gaz: Gazetteer          # states and cities: a party when a legal frame names one bare
    legal_action: re.Pattern       # a text with no match reports no legal matter
    operators: dict                # platform name -> the company that runs it (platforms.json)
    name_modifier: re.Pattern      # " administration": the name before it only says whose
    case_name_words: frozenset     # "Data Breach Litigation": a case name's words, no party's
    staff_before: WordStartScan    # "a former engineer at ": the name after it says whose people
    staff_after: re.Pattern        # " users", " drivers" right after a name: the same
    sued_their_own: re.Pattern     # "has sued her ex-employer": the staff phrase's company is sued
    complainant_before: re.Pattern  # "after a complaint from ": who complained to a regulator, no plaintiff
    complaint_in_court: re.Pattern  # " in federal court" after it: a court complaint's author sues
    content_after: re.Pattern      # " video", " posts" right after a platform: where, not who
    reference: WordStartScan       # "the company", "the app maker": a company named before

    def keeps_period(self, word: str) -> bool:
        """'Inc.', 'Jr.', 'J.': the period after the word belongs to it."""
        return word in self.period_words or (len(word) == 1 and "A" <= word <= "Z")

    def descriptor(self, word: str) -> bool:
        """'Wisconsin-based', 'Google-owned': a description, not a name."""
        return "-" in word and word.rsplit("-", 1)[1] in self.descriptor_suffixes


def _alternation(forms) -> str:
    return "|".join(re.escape(f) + (r"\b" if f[-1:].isalnum() else "") for f in forms)


@lru_cache(maxsize=4)
def load_lexicon(extra_json: str = "[]") -> Lexicon:
    cues = load_json("cues/party_cues.json")
    suffixes = load_json("lexicons/org_suffixes.json")
    words = load_json("lexicons/name_words.json")
    places = load_json("lexicons/places.json")
    outlets = load_json("lexicons/news_outlets.json")
    gaz = Gazetteer()
    for item in load_json("lexicons/agencies.json"):
        for form in [item["name"], *item.get("aliases", [])]:
            for v in apostrophe_variants(form):
                gaz.add(match_text(v), ("government", item["name"]))
    for item in load_json("lexicons/courts.json"):
        for form in [item["name"], *item.get("aliases", [])]:
            gaz.add(match_text(form), ("court", item["name"]))
    operators: dict = {}
    for item in load_json("patterns/platforms.json"):
        for form in [item["name"], *item.get("aliases", [])]:
            if form not in item.get("ambiguous", []) and (form[:1].isupper() or form[:1].isdigit()):
                gaz.add(match_text(form), ("platform", item["name"]))
        op = item.get("operator")
        if op:
            gaz.add(match_text(op), ("organization", op))
            operators[item["name"]] = op
    for o in outlets:
        gaz.add(match_text(o), ("outlet", o))
    for item in json.loads(extra_json):
        kind = "person" if item.get("kind") == "person" else item.get("kind", "organization")
        for form in [item["name"], *item.get("aliases", [])]:
            for v in apostrophe_variants(form):
                gaz.add(match_text(v), (kind, item["name"]))
    title_gaz = Gazetteer()
    for t in load_json("lexicons/titles.json"):
        for v in {t["title"], t["title"][:1].upper() + t["title"][1:]}:
            title_gaz.add(match_text(v), t["role"])
    polity_gaz = Gazetteer()
    for place in [*places["us_states"], *places["regions"], *places["cities"]]:
        polity_gaz.add(match_text(place), place)
    suffix_class: dict = {}
    for cls, ws in suffixes.items():
        for w in ws:
            suffix_class.setdefault(w, cls)
    attached = _alternation(words["attached_forms"])
    return Lexicon(
        gaz=gaz, title_gaz=title_gaz,
        left_cues=LeftCues(cues["left"]),
        right_cues=CueSet(_with_co_subjects(cues)),
        right_person_cues=CueSet(cues["right_person"]),
        defendant_descriptor=WordStartScan(cues["defendant_descriptor"]),
        cues=cues, suffix_class=suffix_class,
        first=frozenset(load_lines("lexicons/first_names.txt")),
        particles=frozenset(load_json("lexicons/surname_particles.json")),
        places=frozenset(places["us_states"]) | frozenset(places["countries"]) | frozenset(places["regions"]) | frozenset(places["cities"]) |
        frozenset(places["state_abbreviations"]) | frozenset(places["region_abbreviations"]),
        outlets=frozenset(outlets), stop=frozenset(cues["not_party_words"]),
        stop_first=frozenset(cues["stop_first_tokens"]), gov_heads=frozenset(cues["org_heads_government"]),
        generic_heads=frozenset(cues["generic_heads"]),
        period_words=frozenset(words["period_words"]), person_suffixes=frozenset(words["person_suffixes"]),
        connectors=frozenset(words["name_connectors"]), inner_words=frozenset(words["inner_words"]),
        legal_form_only=re.compile("(?:%s)\\.?" % "|".join(map(re.escape, words["legal_forms"]))),
        attached_form=re.compile(r",?\s+(?:%s)" % attached),
        attached_tail=re.compile(r",?\s+(?:%s)$" % "|".join(map(re.escape, words["attached_forms"]))),
        ordinals=dict(words["ordinals"]),
        descriptor_suffixes=frozenset(words["descriptor_suffixes"]),
        us_states=frozenset(places["us_states"]),
        place_modifier_nouns=frozenset(words["place_modifier_nouns"]),
        courtesy_titles=frozenset(words["courtesy_titles"]),
        prosecuting_words=frozenset(cues["prosecuting_words"]),
        criminal_case=re.compile(cues["criminal_case"], re.IGNORECASE),
        polity_gaz=polity_gaz,
        legal_action=re.compile(cues["legal_action"], re.IGNORECASE),
        operators=operators, case_name_words=frozenset(words["case_name_words"]),
        numbered_words=frozenset(words["numbered_words"]),
        given_name_syllables=frozenset(words["given_name_syllables"]),
        name_modifier=re.compile(r"\s+(?:%s)\b" % "|".join(map(re.escape, words["name_modifier_nouns"]))),
        staff_before=WordStartScan(r"\b(?:%s)s?\s+(?:at|of|for|with|from)\s+(?:the\s+)?$" % _staff(cues), re.IGNORECASE),
        sued_their_own=re.compile(cues["sued_their_own"], re.IGNORECASE),
        complainant_before=re.compile(load_json("cues/claim_frames.json")["complainant_before"], re.IGNORECASE),
        complaint_in_court=re.compile(load_json("cues/claim_frames.json")["complaint_in_court"], re.IGNORECASE),
        reference=WordStartScan(r"\bthe\s+(?:%s)\b(?!\s+(?-i:[A-Z]))(?!['\u2019]s\s+(?:lawyers?|attorneys?|counsel))" % "|".join(
            map(re.escape, sorted(cues["reference_nouns"], key=len, reverse=True))), re.IGNORECASE),
        content_after=re.compile(r"\s+(?:%s)s?\b" % "|".join(map(re.escape, sorted(cues["content_nouns"], key=len, reverse=True)))),
        staff_after=re.compile(r"\s+(?-i:(?:%s[a-z]+(?<!ing)(?<!ed)\s+){0,2}?(?:%s)s?)\b" % (_NOT_A_NOUN, _staff(cues)), re.IGNORECASE),
    )


# "Amazon warehouse workers": up to two nouns between a name and its staff noun, no word of a clause
_NOT_A_NOUN = r"(?!(?:with|of|for|to|and|or|in|on|at|by|from|the|a|an|its|their|his|her|our|over|about|as|that|who|which|is|are|was|were|has|have|had)\b)"


def _with_co_subjects(cues: dict) -> dict:
    """The right cues, with "... and a coalition of other states sued" as a plaintiff's: the
    claims stage's co-subject phrase (one copy, ``cues/claim_frames.json``) and the verbs after it."""
    co = load_json("cues/claim_frames.json")["co_subjects"]
    right = dict(cues["right"])
    right["plaintiff"] = [*right["plaintiff"], "^" + co + cues["co_subject_verbs"]]
    return right


def _staff(cues: dict) -> str:
    return "|".join(map(re.escape, sorted(cues["staff_nouns"], key=len, reverse=True)))
