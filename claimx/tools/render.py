"""``claimx render``: one self-contained HTML page showing what claimx found in an article.

The article text is shown with every statute, party and platform mention, date and quotation
highlighted by type (``<mark class="hl statute" data-type="statute" data-id="statute-1" …>``),
each quotation linked to its speaker (``data-speaker`` is the id of the ``<span
class="speaker">`` that wraps the speaker text), a legend with counts, and the claimx/1 JSON
beside the text. Everything is inline (CSS and a few lines of script): the page loads nothing
from the network. Every character taken from the article or the document is HTML-escaped.

Highlights may nest (a party inside a quotation) or cross (a speaker span that straddles a
mention): the text is cut at every highlight boundary, and a highlight that has to be closed
early to keep the HTML well formed is reopened as a continuation fragment with the same
``data-id``, ``data-start`` and ``data-end`` (a speaker split that way keeps its ``id`` on the
first fragment, which is where a quotation's ``data-speaker`` points).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
import html
import json
from dataclasses import dataclass, field
from typing import Optional

# display order; the CSS colours go with these names
TYPES = ("statute", "party", "platform", "date", "allegation", "quote")
LABELS = {
    "statute": "Statutes", "party": "Parties", "platform": "Platforms", "date": "Dates",
    "allegation": "Allegations", "quote": "Other quotes", "speaker": "Speakers",
}
_SECTIONS = {"statute": "statutes", "party": "parties", "platform": "platforms", "date": "dates"}

CSS = """
:root { --statute:#ffd8a8; --party:#b2f2bb; --platform:#a5d8ff; --date:#ffec99;
        --allegation:#ffc9c9; --quote:#e5dbff; --speaker:#1c7ed6; --ink:#212529; --muted:#868e96; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
       Arial, sans-serif; color: var(--ink); background: #f8f9fa; }
header { padding: 14px 24px; background: #fff; border-bottom: 1px solid #dee2e6;
         position: sticky; top: 0; z-index: 2; }
header h1 { font-size: 18px; margin: 0 0 8px; overflow: hidden; text-overflow: ellipsis;
            white-space: nowrap; }
header .meta { color: var(--muted); font-size: 13px; margin-bottom: 8px; }
.legend { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; list-style: none; }
.legend li { font-size: 13px; padding: 2px 10px; border-radius: 12px; border: 1px solid #ced4da;
             background: #fff; }
.legend .sw { display: inline-block; width: 12px; height: 12px; border-radius: 3px;
              margin-right: 6px; vertical-align: -1px; }
.legend .n { font-weight: 600; margin-left: 4px; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 20px;
       padding: 20px 24px; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } }
section { background: #fff; border: 1px solid #dee2e6; border-radius: 8px; padding: 16px 20px;
          min-width: 0; }
section h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em;
             color: var(--muted); margin: 0 0 10px; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; }
pre.json { margin: 0; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
           white-space: pre-wrap; overflow-wrap: anywhere; max-height: calc(100vh - 190px);
           overflow: auto; }
mark.hl { color: inherit; border-radius: 3px; padding: 0 1px; }
mark.statute { background: var(--statute); box-shadow: inset 0 -2px #f08c00; }
mark.party { background: var(--party); box-shadow: inset 0 -2px #2f9e44; }
mark.platform { background: var(--platform); box-shadow: inset 0 -2px #1971c2; }
mark.date { background: var(--date); box-shadow: inset 0 -2px #f59f00; }
mark.allegation { background: var(--allegation); }
mark.quote { background: var(--quote); }
mark.allegation mark.hl, mark.quote mark.hl { background-clip: padding-box; }
.speaker { border-bottom: 2px dotted var(--speaker); }
.speaker.linked, mark.linked { outline: 2px solid var(--speaker); outline-offset: 1px; }
mark.speaker-link::after { content: " \\2192\\00a0" attr(data-speaker-name); font-size: 12px;
    color: var(--speaker); font-weight: 600; white-space: nowrap; }
mark.speaker-link { cursor: pointer; }
mark.party[data-role]::after { content: "\\00a0" attr(data-role); font-size: 11px;
    color: #2b8a3e; font-weight: 600; font-variant: small-caps; }
.sw.statute { background: var(--statute); } .sw.party { background: var(--party); }
.sw.platform { background: var(--platform); } .sw.date { background: var(--date); }
.sw.allegation { background: var(--allegation); } .sw.quote { background: var(--quote); }
.sw.speaker { background: #fff; border-bottom: 2px dotted var(--speaker); border-radius: 0; }
.claims { padding: 20px 24px 0; display: grid; gap: 12px; }
.claim { background: #fff; border: 1px solid #dee2e6; border-left: 4px solid #495057; border-radius: 8px;
         padding: 12px 16px; }
.claim.optional { border-left-color: #ced4da; color: #495057; }
.claim h3 { font-size: 16px; margin: 0 0 6px; }
.claim .badge { display: inline-block; font-size: 12px; padding: 1px 8px; border-radius: 10px;
                background: #e9ecef; margin-right: 6px; }
.claim dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 0;
            font-size: 14px; }
.claim dt { color: var(--muted); }
.claim dd { margin: 0; }
"""

# Quotation <-> speaker: hovering a quotation outlines its speaker, clicking scrolls to it.
SCRIPT = """
(function () {
  function parts(id) { return document.querySelectorAll('mark[data-id="' + id + '"]'); }
  document.querySelectorAll('mark[data-speaker]').forEach(function (m) {
    var sp = document.getElementById(m.getAttribute('data-speaker'));
    if (!sp) return;
    function on(flag) {
      sp.classList.toggle('linked', flag);
      parts(m.getAttribute('data-id')).forEach(function (p) { p.classList.toggle('linked', flag); });
    }
    m.addEventListener('mouseenter', function () { on(true); });
    m.addEventListener('mouseleave', function () { on(false); });
    m.addEventListener('click', function () { sp.scrollIntoView({block: 'center'}); });
  });
})();
"""


@dataclass
class _Span:
    start: int
    end: int
    tag: str                      # "mark" or "span"
    attrs: dict = field(default_factory=dict)
    order: int = 0                # tie-break among spans with the same extent
    last_attrs: dict = field(default_factory=dict)  # only on the fragment that ends the span

    def open_tag(self, continuation: bool, final: bool) -> str:
        attrs = dict(self.attrs)
        if continuation:
            attrs.pop("id", None)  # ids stay unique: only the first fragment carries it
            attrs["data-part"] = "cont"
        if final:
            attrs.update(self.last_attrs)
            if "class" in self.last_attrs:
                attrs["class"] = f"{self.attrs.get('class', '')} {self.last_attrs['class']}".strip()
        inner = "".join(f' {k}="{html.escape(str(v), quote=True)}"' for k, v in attrs.items()
                        if v is not None)
        return f"<{self.tag}{inner}>"


def _valid(item: dict, text: str, start_key: str = "start", end_key: str = "end") -> bool:
    s, e = item.get(start_key), item.get(end_key)
    return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)


def _spans(text: str, doc: dict) -> list[_Span]:
    spans: list[_Span] = []
    for typ, section in _SECTIONS.items():
        for n, item in enumerate(doc.get(section) or [], 1):
            data_id = f"{typ}-{n}"
            mentions = item.get("mentions") or [item]
            title = _title(typ, item)
            for m in mentions:
                if not _valid(m, text):
                    continue
                spans.append(_Span(m["start"], m["end"], "mark", {
                    "class": f"hl {typ}", "data-type": typ, "data-id": data_id,
                    "data-start": m["start"], "data-end": m["end"], "title": title,
                    # shown after the mention (CSS), not only on hover
                    "data-role": item.get("role") if typ == "party" else None}))
    speaker_ids: dict[tuple[int, int], str] = {}
    for n, q in enumerate(doc.get("quotes") or [], 1):
        if not _valid(q, text):
            continue
        typ = "allegation" if q.get("kind") == "allegation" else "quote"
        attrs = {"class": f"hl {typ} kind-{q.get('kind') or 'quote'}", "data-type": typ,
                 "data-id": f"quote-{n}", "data-kind": q.get("kind"),
                 "data-start": q["start"], "data-end": q["end"], "title": _title(typ, q)}
        last = {}
        if _valid(q, text, "speaker_start", "speaker_end"):
            key = (q["speaker_start"], q["speaker_end"])
            if key not in speaker_ids:
                speaker_ids[key] = f"speaker-{len(speaker_ids) + 1}"
                spans.append(_Span(key[0], key[1], "span", {
                    "class": "speaker", "id": speaker_ids[key], "data-id": speaker_ids[key],
                    "data-start": key[0],
                    "data-end": key[1], "title": f"speaker: {text[key[0]:key[1]]}"}))
            attrs["data-speaker"] = speaker_ids[key]
            last = {"class": "speaker-link", "data-speaker-name": q.get("speaker") or
                    text[key[0]:key[1]]}
        spans.append(_Span(q["start"], q["end"], "mark", attrs, last_attrs=last))
    # outer before inner at the same start: longer first, then quotations, speakers, entities
    rank = {"allegation": 0, "quote": 0, "speaker": 1}
    spans.sort(key=lambda s: (s.start, -s.end,
                              rank.get(s.attrs.get("data-type", "speaker"), 2)))
    for i, s in enumerate(spans):
        s.order = i
    return spans


def _title(typ: str, item: dict) -> str:
    if typ == "statute":
        bits = [item.get("name"), item.get("section") and f"§ {item['section']}", item.get("citation")]
    elif typ == "party":
        bits = [item.get("name"), item.get("kind"), item.get("role")]
    elif typ == "platform":
        bits = [item.get("name"), item.get("operator"), item.get("category")]
    elif typ == "date":
        bits = [item.get("value") or "no value", item.get("precision")]
    else:
        speaker = item.get("speaker")
        bits = [item.get("kind"), speaker and f"speaker: {speaker}", item.get("verb")]
    return " · ".join(str(b) for b in bits if b)


def _highlight(text: str, spans: list[_Span]) -> str:
    """The escaped text with the spans as properly nested tags (split where they cross)."""
    starts: dict[int, list[_Span]] = {}
    ends: dict[int, set[int]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
        ends.setdefault(s.end, set()).add(s.order)
    bounds = sorted({0, len(text), *starts, *ends})
    end_list = sorted(ends)
    lowest = {e: min(orders) for e, orders in ends.items()}
    out: list[str] = []
    stack: list[_Span] = []
    for a, b in zip(bounds, bounds[1:] + [None]):
        closing = ends.get(a, set())
        if closing:
            reopen: list[_Span] = []
            # close from the top until every span ending here is closed; reopen the others
            while any(s.order in closing for s in stack):
                top = stack.pop()
                out.append(f"</{top.tag}>")
                if top.order not in closing:
                    reopen.append(top)
            for s in reversed(reopen):
                out.append(s.open_tag(continuation=True, final=s.end == _next_close(s, end_list, lowest, a)))
                stack.append(s)
        for s in starts.get(a, []):
            out.append(s.open_tag(continuation=False, final=s.end == _next_close(s, end_list, lowest, a)))
            stack.append(s)
        if b is not None:
            out.append(html.escape(text[a:b], quote=False))
    while stack:  # spans are clipped to the text, so nothing is left open; be safe anyway
        out.append(f"</{stack.pop().tag}>")
    return "".join(out)


def _next_close(span: _Span, end_list: list[int], lowest: dict[int, int], pos: int) -> int:
    """Where the fragment of ``span`` opened at ``pos`` will be closed.

    A fragment is closed at its own end, or earlier where a span opened before it (lower on
    the stack) ends; it is the final fragment when nothing under it closes first.
    """
    # ``span`` is the final fragment unless a span below it on the stack ends inside it.
    # Spans below it started at or before it; the caller's order makes that: any span with
    # a lower order that ends strictly inside (pos, span.end) forces a split. Only the ends
    # inside the span are visited (bisect into the sorted ends), never all of them.
    for i in range(bisect_right(end_list, pos), bisect_left(end_list, span.end)):
        p = end_list[i]
        if lowest[p] < span.order:
            return p
    return span.end


def claim_cards(text: str, doc: dict) -> str:
    """One card per claim (who v. whom, kind, status, laws, court, sums, dates, evidence links),
    shown above the article; every value is escaped."""
    from claimx.io.writers import claim_caption

    esc = html.escape
    cards = []
    amounts, dates = doc.get("amounts") or [], doc.get("dates") or []
    for n, c in enumerate(doc.get("claims") or [], 1):
        rows = []

        def add(label, value):
            if value:
                rows.append(f"<dt>{esc(label)}</dt><dd>{esc(value)}</dd>")

        add("claimants", ", ".join(x.get("name", "") for x in c.get("claimants") or []))
        add("respondents", ", ".join(x.get("name", "") for x in c.get("respondents") or []))
        add("under", "; ".join(x.get("name", "") for x in c.get("statutes") or []))
        add("court", c.get("court"))
        add("amounts", "; ".join(amounts[i]["text"] for i in c.get("amounts") or [] if 0 <= i < len(amounts)))
        add("dates", "; ".join(f"{d['what']}: {dates[d['date']]['text']}" for d in c.get("dates") or []
                               if 0 <= d.get("date", -1) < len(dates)))
        add("docket", c.get("docket"))
        evidence = [e for e in c.get("evidence") or [] if _valid(e, text)]
        if evidence:
            rows.append("<dt>read from</dt><dd>" + " ".join(
                f'<a href="#article" data-start="{e["start"]}" data-end="{e["end"]}" title="{esc(text[e["start"]:e["end"]], quote=True)}">'
                f'[{i}]</a>' for i, e in enumerate(evidence, 1)) + "</dd>")
        cls = "claim optional" if c.get("optional") else "claim"
        badges = "".join(f'<span class="badge">{esc(str(b))}</span>' for b in
                         (c.get("kind"), c.get("status"), c.get("optional") and "in passing") if b)
        cards.append(f'<article class="{cls}" data-claim="{n}"><h3>{esc(claim_caption(c))}</h3>{badges}'
                     f'<dl>{"".join(rows)}</dl></article>')
    if not cards:
        return ""
    return f'<section class="claims" id="claims"><h2>Claims</h2>{"".join(cards)}</section>'


def headline(text: str) -> str:
    """The article's first line that is not page chrome (a menu, a share bar, a byline)."""
    from claimx.extractors.boilerplate import is_chrome_line

    for line in text.splitlines():
        line = line.strip()
        if line and not is_chrome_line(line):
            return line
    return ""


def render_html(text: str, doc: dict, title: Optional[str] = None) -> str:
    """A self-contained HTML page: ``text`` with ``doc``'s items highlighted, and ``doc`` as JSON."""
    spans = _spans(text, doc)
    body = _highlight(text, spans)
    counts = {t: 0 for t in TYPES}
    for typ, section in _SECTIONS.items():
        counts[typ] = len(doc.get(section) or [])
    for q in doc.get("quotes") or []:
        counts["allegation" if q.get("kind") == "allegation" else "quote"] += 1
    n_speakers = sum(1 for s in spans if s.tag == "span")
    legend = "".join(
        f'<li data-type="{t}"><span class="sw {t}"></span>{LABELS[t]}<span class="n">{counts[t]}</span></li>'
        for t in TYPES)
    legend += (f'<li data-type="speaker"><span class="sw speaker"></span>{LABELS["speaker"]}'
               f'<span class="n">{n_speakers}</span></li>')
    if title is None:
        title = doc.get("title")
    if not title:
        title = headline(text)[:120] or str(doc.get("source") or "claimx")
    meta = [f"source: {doc.get('source') or '-'}",
            f"published: {doc.get('published') or 'unknown'}"
            + (f" ({doc['published_source']})" if doc.get("published_source") else ""),
            f"schema: {doc.get('schema', '')}"]
    payload = json.dumps(doc, ensure_ascii=False, indent=2)
    esc = html.escape
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimx render">
<title>{esc(title)} · claimx</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>{esc(title)}</h1>
<div class="meta">{esc(" · ".join(meta))}</div>
<ul class="legend">{legend}</ul>
</header>
{claim_cards(text, doc)}
<main>
<section class="text-pane"><h2>Article</h2><div class="article" id="article">{body}</div></section>
<section class="json-pane"><h2>claimx/1 JSON</h2><pre class="json" id="json">{esc(payload, quote=False)}</pre></section>
</main>
<script>{SCRIPT}</script>
</body>
</html>
"""
