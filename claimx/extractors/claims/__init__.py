"""Claims: who brings which action against whom, under which law, where, for how much.

Stages: ``frames`` finds the sentences that report a step of an action, ``linking`` puts
the sentence's parties on their sides, ``assembly`` merges frames into distinct actions with
kind and latest stage, ``attach`` ties statutes, sums, dates and allegations to them. Built
on the parties finder's output (names, roles, mentions); no state outside ``find``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from claimx.extractors.claims import assembly, attach, law_fit, main_action, stages
from claimx.extractors.claims.frames import Frame, SentenceCues, counsel_record, cues, find_events, headlines_end, \
    is_headline, tells_new_suit
from claimx.extractors.claims.guards import lowered
from claimx.extractors.claims.linking import Linker, told_apart_after
from claimx.extractors.claims.names import Sides, distinct
from claimx.models import Claim


_HIGHEST = re.compile(r"^(?:the\s+)?(?:U\.S\.\s+|US\s+|United States\s+)?Supreme Court(?: of the United States)?$")


def _own_spans(text: str, g, years_at) -> set:
    """The sentences of the group that tell the action's own steps (stages.own_frames); the
    latest year its sentences date it to tells a step opening on an earlier year apart."""
    sides = {id(x) for x in g.claimants + g.respondents}
    return {(f.start, f.end) for f in stages.own_frames(g.frames, text, sides, {id(x) for x in g.respondents},
                                                         _latest_year(g, years_at))}


def _years_at(dates) -> tuple[list[int], list[int]]:
    """(starts, years) of the dates that hold a year, in text order: made once per text, so
    that a group's sentences find their dates by bisection, not by a scan of every date."""
    pairs = sorted((d.start, int(d.value[:4])) for d in dates if d.value and d.value[:4].isdigit())
    return [s for s, _ in pairs], [y for _, y in pairs]


def _dates_in_order(dates) -> tuple[list, list[int]]:
    """(dates, starts) in text order, made once per text for every group's sentences."""
    dates = sorted(dates, key=lambda d: (d.start, d.end))
    return dates, [d.start for d in dates]


def _holds(starts: list[int], span: tuple[int, int]) -> bool:
    """Whether one of the sorted ``starts`` lies in ``span``."""
    return bisect_left(starts, span[0]) != bisect_left(starts, span[1])


def _latest_year(g, years_at):
    starts, years = years_at
    return max((years[k] for f in g.frames
                for k in range(bisect_left(starts, f.start), bisect_left(starts, f.end))), default=None)


def _courts(g) -> list:
    """The courts the group's frames name, each once, in order."""
    courts = []
    for f in g.frames:
        courts.extend(p for p in f.courts if p not in courts)
    return courts


def _one_side_each(claimants: list, respondents: list) -> tuple[list, list]:
    """No one brings an action against themselves (a countersuit is an action of its own): a
    party read on both sides ("twin FTC settlements" beside "charges from the FTC") keeps the
    side its role says, a defendant the respondents', anyone else the claimants'."""
    both = {id(p) for _, p in claimants if p is not None} & {id(p) for _, p in respondents if p is not None}
    if not both:
        return claimants, respondents
    def defendant(p):
        return p is not None and id(p) in both and p.role == "defendant"
    def other(p):
        return p is not None and id(p) in both and p.role != "defendant"
    return [x for x in claimants if not defendant(x[1])], [x for x in respondents if not other(x[1])]


def _suing_bodies_are_plaintiffs(claims) -> None:
    """A government body or an official that brings a suit or a prosecution the article
    reports is its plaintiff, not an agency (GUIDELINES: "a body that files the suit is a
    plaintiff, government ones included ... and so is an attorney general who sues in their
    own name"): the role finder read one sentence ("the FTC said ..."), the claim reads the
    action. A regulator's own enforcement keeps it an agency."""
    for c in claims:
        if c.optional or c.kind == "enforcement":
            continue
        for _, p in c.claimants:
            if p is not None and p.kind in ("government", "person") and p.role == "agency":
                p.role = "plaintiff"


class ClaimFinder:
    def find(self, text: str, sentences, chrome=None, parties=(), statutes=(), amounts=(), quotes=(),
             dates=()) -> list[Claim]:
        sents = [(s, e) for s, e in sentences or [] if chrome is None or s not in chrome]
        if not sents:
            return []
        sides = Sides(parties, text)
        linker = Linker(text, parties, sides, statutes)
        names = sorted([(m.start, m.end) for p in parties for m in p.mentions] +
                       [(m.start, m.end) for st in statutes for m in st.mentions])
        frames = []
        low = lowered(text)
        low = low if len(low) == len(text) else None  # a letter whose lower case is longer: no index
        by_sentence = find_events(text, sents, names, low)
        flags = SentenceCues(text, low)
        counsel_starts = {m.start: m.end for p in parties if p.role == "counsel" for m in p.mentions}
        above = headlines_end(text)
        for k in sorted(by_sentence):
            s, e = sents[k]
            cue = flags.flags(s, e)
            # "Meanwhile, a parallel challenge ... is moving forward." told in no event phrase:
            # the next sentence's action is that second one
            led = k > 0 and k - 1 not in by_sentence and flags.flag("parallel_lead", *sents[k - 1])
            f = Frame(s, e, by_sentence[k], past=cue["past"], other=cue["other_case"] or counsel_record(text, s, e, counsel_starts),
                      parallel=cue["parallel"] or led, opens=cue["parallel_lead"], headline=is_headline(text, s, e, above))
            linker.link(f)
            if not f.claimants and not f.respondents:
                f.new_suit = tells_new_suit(text, f)
            # (read only where two claimants of its own may each sue alone: Linker.split asks no more)
            apart = k + 1 < len(sents) and len(f.claimants) > 1 and told_apart_after(text, *sents[k + 1])
            frames.extend(linker.split(f, apart))
        if not frames:
            return []
        assembly.mark_people(frames, text)
        stages.mark_to_come(frames, text)
        groups = assembly.group_frames(frames)
        if not groups:
            return []
        groups = assembly.fold_accusations(assembly.merge_overlapping(groups))
        groups = [g for g in groups if not assembly.weak(g, text)]
        if not groups:
            return []
        assembly.add_unplaced(groups, parties, sides, linker.court_parts, text)
        assembly.add_officials(groups, parties, sides, text)
        main = assembly.main_group(groups)
        groups = main_action.join_claimants_only(groups, main)
        groups = main_action.join_kindless_accused(groups, main)
        groups = main_action.join_respondents_only(groups, main)
        groups = main_action.join_told_by_noun(groups, main)
        if not main.respondents:
            exclude = {id(x) for x in main.claimants}
            found = sides.most_named(text, [(f.start, f.end) for f in main.frames], exclude) or \
                sides.most_named(text, sents, exclude)
            if found is not None:
                main.respondents.append(found)
        main_action.give_referred_respondents(groups, main, text)
        # beside the main action, one known only by who brings it is too thin to stand
        groups = [g for g in groups if g is main or g.respondents]
        years_at = _years_at(dates)
        own_spans: dict[int, set] = {}  # id(group) -> _own_spans, made once a group
        in_order = _dates_in_order(dates)
        sum_starts = sorted(a.start for a in amounts)
        named = (sorted(m.start for st in statutes for m in st.mentions), sum_starts)
        claims = [(g, self._claim(text, g, g is main, main, len(groups), statutes, amounts, quotes, in_order,
                                  years_at, own_spans, named))
                  for g in sorted(groups, key=lambda g: g.first)]
        for g, c in claims:
            if not c.claimants:
                found = []
                # who brings a parallel action against the same respondent brings no other one
                elsewhere = {id(x) for h in groups if h is not g and assembly.shares_respondent(g, h) for x in h.claimants}
                # a fine told with its appeal is a regulator's, whatever words the court steps use
                # (a regulator may have fined the same company twice: its other fine excludes it
                # not where the fine's own sentences name it)
                challenged = stages.penalty_challenged(g.frames, text) and not any(f.people for f in g.frames)
                if challenged:
                    elsewhere = elsewhere - {id(sides.of_party(p)) for p in parties
                                             if any(f.start <= m.start < f.end for f in g.frames for m in p.mentions)}
                assembly.fill_agency(found, "enforcement" if challenged else c.kind, g.frames, parties, sides, text,
                                     elsewhere)
                c.claimants = [(x.name, x.party) for x in found]
                if c.claimants:  # who brings it tells its kind too (a regulator prosecutes no one)
                    c.kind = stages.kind_of(g.frames, c.claimants, _courts(g), text)
            c.claimants, c.respondents = _one_side_each(distinct(c.claimants), distinct(c.respondents))
        taken = {s for g, _ in claims if g is not main for s in ((f.start, f.end) for f in g.frames)}
        taken |= {(f.start, f.end) for f in main.frames} - own_spans[id(main)]
        main_claim = next(c for g, c in claims if g is main)
        other_claims = [d for h, d in claims if h is not main]
        # sums tied in sentences that report no other action are the main one's; in a
        # prosecution only by a tie word ("a fine of $X"), as its other sums tell the
        # conduct ("took more than $4 million")
        loose = main_claim.kind != "prosecution"
        latest = _latest_year(main, years_at)
        for s in sents:
            if not _holds(sum_starts, s):
                continue  # no sum in the sentence (most): nothing to tie, no opening to read
            if s not in taken and not stages.opens_earlier(text, s[0], latest):
                tied = attach.tied_amounts(text, s, amounts, loose=loose)
                if not tied:
                    continue  # most sentences tie no sum: no owner to look for
                # a sentence naming the claimant of one other action only is that one's
                owner = attach.claimant_named(text, s, main_claim, other_claims)
                if owner is None and attach.other_body_acts(text, s, main_claim, parties):
                    continue  # another body's action told in passing: its sums are no claim's here
                owner = owner or main_claim
                owner.amounts.extend(a for a in tied if a not in owner.amounts)
        for _, c in claims:
            c.amounts = attach.distinct_sums(sorted(c.amounts, key=lambda a: a.start))
        others = {id(st) for d in other_claims for st in d.statutes}
        main_claim.statutes = attach.main_statutes(text, main_claim, sents, taken, statutes, others, low)
        for g, c in claims:
            if g is not main:
                attach.share_regime(c, main_claim)
        shielded = {id(st) for st in statutes if attach.shield_only(text, st)}
        law_fit.refit(text, [c for _, c in claims], statutes, shielded, sents)
        held = [(c, {id(st) for st in c.statutes}) for _, c in claims]
        for _, c in claims:
            elsewhere = frozenset(i for d, ids in held if d is not c for i in ids)
            claimed = attach.with_acts(attach.distinct_statutes(c.statutes), statutes, elsewhere)
            c.statutes = sorted((st for st in claimed if id(st) not in shielded),
                                key=lambda st: st.mentions[0].start)
        out = [one for _, c in claims for one in attach.one_per_respondent(text, c)]
        _suing_bodies_are_plaintiffs(out)
        return out

    def _claim(self, text, g, is_main, main, n_groups, statutes, amounts, quotes, dates, years_at, own_spans,
               named=None) -> Claim:
        """``named``: the sorted starts of the laws' mentions and of the sums (made once a
        text), so that a sentence that names none is not read for them."""
        spans = sorted({(f.start, f.end) for f in g.frames})
        courts = _courts(g)
        own = own_spans[id(g)] = _own_spans(text, g, years_at)
        claim = Claim(claimants=[(x.name, x.party) for x in g.claimants],
                      respondents=[(x.name, x.party) for x in g.respondents],
                      evidence=[(s, e, text[s:e]) for s, e in spans],
                      optional=assembly.is_optional(g, main))
        claim.kind = stages.kind_of(g.frames, claim.claimants, courts, text)
        claim.status = stages.status_of([f for f in g.frames if (f.start, f.end) in own], text, claim.kind)
        claim.court = courts[0] if courts else None
        if claim.status == "ruled" and claim.court is not None and _HIGHEST.match(claim.court.name):
            claim.status = "decided"  # the highest court's ruling ends the case
        law_starts, sum_starts = named or (sorted(m.start for st in statutes for m in st.mentions),
                                           sorted(a.start for a in amounts))
        for s in spans:
            if s not in own:
                continue  # another case's step told beside the action: not its laws or sums
            if _holds(law_starts, s):
                claim.statutes.extend(st for st in attach.tied_statutes(text, s, statutes) if st not in claim.statutes)
            if _holds(sum_starts, s):
                claim.amounts.extend(a for a in attach.tied_amounts(text, s, amounts) if a not in claim.amounts)
        # a date in a sentence dates the furthest step that sentence reports ("has denied
        # Google's motion to dismiss the state's lawsuit": the ruling, not the filing)
        rank = cues()["rank"]
        stage_at = {(f.start, f.end): max(f.stages, key=rank.__getitem__, default=None) for f in g.frames}
        dates, d_starts = dates  # (sorted once a text: _dates_in_order)
        for s, e in spans:
            what = stage_at.get((s, e))
            if what:
                claim.dates.extend((d, what) for d in dates[bisect_left(d_starts, s):bisect_right(d_starts, e - 1)])
        names = {n for n, _ in claim.claimants + claim.respondents}
        sides = {n for n, _ in claim.claimants}
        for q in quotes:
            if q.kind != "allegation":
                continue
            inside = any(s <= q.start < e for s, e in spans)
            if inside or (q.speaker and q.speaker in sides) or (is_main and not inside and n_groups == 1):
                claim.allegations.append(q)
        claim.caption = attach.caption(text, spans, names)
        claim.docket = attach.docket(text, spans)
        return claim
