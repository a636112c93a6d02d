"""Claim frames: the sentences that report a step of a legal action, and the step.

Each event phrase of ``data/cues/claim_frames.json`` found in a body sentence gives an
``Event`` (stage, kind hint, voice, position). A phrase inside a name ("Court of Appeals",
"Consumer Fraud Act") is no event; one after a blocker ("a motion to dismiss", "could be
fined") still marks the sentence as legal but reports no stage.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from claimx.io.resources import load_json


_COURT_OF = re.compile(r"\bcourts?\s+of\s+$", re.IGNORECASE)


@dataclass
class Event:
    start: int
    end: int
    stage: Optional[str]   # None: blocked or hypothetical
    kind: Optional[str]
    voice: Optional[str]
    text: str


@dataclass
class Frame:
    """One sentence with at least one event."""

    start: int
    end: int
    events: list = field(default_factory=list)
    claimants: list = field(default_factory=list)    # Party objects, in order
    respondents: list = field(default_factory=list)
    courts: list = field(default_factory=list)
    past: bool = False
    other: bool = False    # says it reports another case ("a similar class action")
    strong: bool = False   # a side was read from a slot ("X sued Y", "against Y"), not from roles only

    @property
    def stages(self) -> list[str]:
        return [e.stage for e in self.events if e.stage]


@lru_cache(maxsize=1)
def cues():
    d = load_json("cues/claim_frames.json")
    events = [(re.compile(e["re"], re.IGNORECASE), e["stage"], e.get("kind"), e.get("voice")) for e in d["events"]]
    flags = re.IGNORECASE
    return {
        "events": events,
        "any": re.compile("|".join(f"(?:{e['re']})" for e in d["events"]), flags),
        "blockers": re.compile(d["blockers"], flags),
        "blocked": frozenset(d["blocked_stages"]),
        "future_ok": re.compile(d["future_ok"], flags),
        "appeal_court": re.compile(d["appeal_court"], flags),
        "money_before": re.compile(d["money_before"], flags),
        "money_after": re.compile(d["money_after"], flags),
        "conversion": re.compile(d["conversion"]),
        "money_sentence": re.compile(d["money_sentence"], flags),
        "statute_ties": re.compile(d["statute_ties"], flags),
        "past": re.compile(d["past"], flags),
        "other_case": re.compile(d["other_case"], flags),
        "rank": d["stage_rank"],
    }


def find_events(text: str, start: int, end: int, names: list[tuple[int, int]]) -> list[Event]:
    """The events of one sentence; ``names``: sorted (start, end) of names inside it."""
    c = cues()
    sent = text[start:end]
    if c["any"].search(sent) is None:
        return []
    found: dict[tuple[int, int], Event] = {}
    for rx, stage, kind, voice in c["events"]:
        for m in rx.finditer(sent):
            s, e = start + m.start(), start + m.end()
            if any(ns <= s < ne or ns < e <= ne for ns, ne in names):
                continue  # "Court of Appeals", "Consumer Fraud Act"
            before = text[max(start, s - 40):s]
            if stage == "appealed" and _COURT_OF.search(before):
                continue
            st = stage
            if stage in c["blocked"] and c["blockers"].search(before) and not c["future_ok"].search(before):
                st = None
            key = (s, e)
            old = found.get(key)
            if old is None or (old.stage is None and st is not None):
                found[key] = Event(s, e, st, kind, voice, text[s:e])
    events = sorted(found.values(), key=lambda ev: (ev.start, -ev.end))
    out, last_end = [], -1
    for ev in events:  # overlapping phrases: the first, longest one
        if ev.start >= last_end:
            out.append(ev)
            last_end = ev.end
        elif out and out[-1].stage is None and ev.stage:
            out[-1] = ev
    return out
