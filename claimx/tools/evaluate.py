"""Score claimx against gold files (``claimx eval``).

A gold file ``<id>.json`` follows the annotation guidelines of the claimx gold sets: the
article's ``published`` date and, per type (statutes, parties, platforms, dates, allegations),
a list of items with ``name``/``aliases`` (or ``text`` for dates and allegations) and an
``optional`` flag.

The matching rules and figures are those of the team's reference scorer (``score.py`` next
to the annotation guidelines), ported here so that users who do not have it get the same
numbers:

- text is compared after :func:`norm` (NFKC, lower case, curly apostrophes straightened,
  possessive ``'s`` dropped, everything but letters, digits and ``§`` as one space, a leading
  article dropped);
- a prediction and a gold item score the best over all their surface forms (prediction:
  name, text, mentions, aliases, and a statute's citation; gold: name and aliases, or the text
  of a date or allegation): token Jaccard for statutes, parties, platforms and dates (1.0 when
  the normalized strings are equal), token-overlap F for allegations;
- pairs scoring at least 0.5 are matched greedily, best score first (ties in prediction, then
  gold order), each item at most once;
- predicted dates and allegations repeated word for word (after ``norm``) count once, as the
  gold lists them once;
- a matched optional gold item is neither a true positive nor a false positive; an unmatched
  one is not a miss;
- precision, recall and F1 are micro-averaged over documents per type, macro F1 is their mean;
  date-value, speaker and role accuracies are taken over matched required gold items that have
  a value, speaker or role.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

TYPES = ["statutes", "parties", "platforms", "dates", "allegations"]
THRESH = 0.5
SECONDARY = ("date_value", "speaker", "role")


class EvalError(Exception):
    """A gold set or article folder that cannot be evaluated (a usage problem)."""


# --------------------------------------------------------------------------- matching rules

def norm(s: Any) -> str:
    s = unicodedata.normalize("NFKC", str(s or "")).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^0-9a-z\u00a7]+", " ", s).strip()
    s = re.sub(r"^(the|a|an) ", "", s)
    return s


def toks(s: Any) -> set[str]:
    return set(norm(s).split())


def jacc(a: Any, b: Any) -> float:
    ta, tb = toks(a), toks(b)
    if not ta or not tb:
        return 0.0
    if norm(a) == norm(b):
        return 1.0
    return len(ta & tb) / len(ta | tb)


def overlap_f(a: Any, b: Any) -> float:
    ta, tb = toks(a), toks(b)
    if not ta or not tb:
        return 0.0
    inter = len(ta & tb)
    if inter == 0:
        return 0.0
    p, r = inter / len(ta), inter / len(tb)
    return 2 * p * r / (p + r)


def forms_pred(item: dict, kind: str) -> list[str]:
    """The surface forms of a predicted item."""
    if kind == "allegations":
        return [item.get("text") or item.get("quote") or ""]
    out = []
    for k in ("name", "text", "canonical"):
        v = item.get(k)
        if isinstance(v, str) and v:
            out.append(v)
    for m in item.get("mentions") or []:
        if isinstance(m, dict) and m.get("text"):
            out.append(m["text"])
        elif isinstance(m, str):
            out.append(m)
    for a in item.get("aliases") or []:
        if isinstance(a, str):
            out.append(a)
    if kind == "statutes" and item.get("citation"):
        out.append(item["citation"])
    return out or [""]


def forms_gold(item: dict, kind: str) -> list[str]:
    """The surface forms of a gold item."""
    if kind in ("dates", "allegations"):
        return [item.get("text", "")]
    return [item.get("name", "")] + list(item.get("aliases") or [])


def pair_score(pf: list[str], gf: list[str], kind: str) -> float:
    f = overlap_f if kind == "allegations" else jacc
    return max(f(a, b) for a in pf for b in gf)


def match(preds: list[dict], golds: list[dict], kind: str) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best score first: (prediction index, gold index) pairs."""
    cands = []
    for i, p in enumerate(preds):
        pf = forms_pred(p, kind)
        for j, g in enumerate(golds):
            s = pair_score(pf, forms_gold(g, kind), kind)
            if s >= THRESH:
                cands.append((s, i, j))
    cands.sort(key=lambda t: -t[0])  # stable: ties stay in (prediction, gold) order
    used_p, used_g, pairs = set(), set(), []
    for s, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def value_ok(pv: Any, gv: Any) -> bool:
    if pv is None or gv is None:
        return pv == gv
    pv, gv = str(pv), str(gv)
    if gv.startswith("XXXX"):
        return pv[4:] == gv[4:] and len(pv) == len(gv)
    return pv == gv


def speaker_ok(ps: Any, gs: Any) -> bool:
    golds = gs if isinstance(gs, list) else [gs]
    if not ps:
        return False
    return any(jacc(ps, g) >= THRESH or (norm(g) and norm(g) in norm(ps)) for g in golds if g)


def collapse_repeats(preds: list[dict], kind: str) -> list[dict]:
    """Dates and allegations repeated word for word count once (gold lists them once)."""
    if kind not in ("dates", "allegations"):
        return preds
    seen, uniq = set(), []
    for p in preds:
        key = norm(forms_pred(p, kind)[0])
        if key not in seen:
            seen.add(key)
            uniq.append(p)
    return uniq


# --------------------------------------------------------------------------- scoring

@dataclass(frozen=True)
class Miss:
    """A false positive (``FP``: predicted, matches no gold) or a false negative (``FN``)."""

    kind: str
    doc: str
    type: str
    text: str

    def line(self) -> str:
        """The line score.py --verbose prints for it."""
        return f"  {self.kind} {self.doc} {self.type}: {self.text[:90]!r}"


@dataclass
class Scorer:
    """Accumulates counts over documents; :meth:`result` gives score.py's --json dict."""

    totals: dict = field(default_factory=lambda: {t: {"tp": 0, "fp": 0, "fn": 0} for t in TYPES})
    secondary: dict = field(default_factory=lambda: {k: [0, 0] for k in SECONDARY})
    misses: list = field(default_factory=list)
    missing: list = field(default_factory=list)
    documents: int = 0

    def add(self, doc_id: str, gold: dict, pred: Optional[dict]) -> None:
        """Score one document; ``pred`` None counts as missing (every required gold item a miss)."""
        self.documents += 1
        if pred is None:
            self.missing.append(doc_id)
            pred = {}
        for t in TYPES:
            preds = collapse_repeats([p for p in (pred.get(t) or []) if isinstance(p, dict)], t)
            golds = gold.get(t) or []
            pairs = match(preds, golds, t)
            mp = {i for i, _ in pairs}
            mg = {j for _, j in pairs}
            tot = self.totals[t]
            tot["tp"] += sum(1 for _, j in pairs if not golds[j].get("optional"))
            tot["fp"] += len(preds) - len(mp)
            tot["fn"] += sum(1 for j, g in enumerate(golds) if j not in mg and not g.get("optional"))
            sec = self.secondary
            for i, j in pairs:
                g, p = golds[j], preds[i]
                if g.get("optional"):
                    continue
                if t == "dates" and g.get("value") is not None:
                    sec["date_value"][1] += 1
                    sec["date_value"][0] += value_ok(p.get("value"), g.get("value"))
                if t == "allegations" and g.get("speaker"):
                    sec["speaker"][1] += 1
                    sec["speaker"][0] += speaker_ok(p.get("speaker"), g.get("speaker"))
                if t == "parties" and g.get("role"):
                    sec["role"][1] += 1
                    sec["role"][0] += (p.get("role") == g.get("role"))
            for i, p in enumerate(preds):
                if i not in mp:
                    self.misses.append(Miss("FP", doc_id, t, forms_pred(p, t)[0]))
            for j, g in enumerate(golds):
                if j not in mg and not g.get("optional"):
                    self.misses.append(Miss("FN", doc_id, t, forms_gold(g, t)[0]))

    def result(self) -> dict:
        """Per-type p/r/f1/tp/fp/fn, macro_f1, the *_acc figures and ``missing``."""
        res: dict[str, Any] = {}
        for t in TYPES:
            tp, fp, fn = (self.totals[t][k] for k in ("tp", "fp", "fn"))
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            res[t] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp,
                      "fn": fn}
        res["macro_f1"] = round(sum(res[t]["f1"] for t in TYPES) / len(TYPES), 3)
        for k, (ok, n) in self.secondary.items():
            res[k + "_acc"] = round(ok / n, 3) if n else None
        res["missing"] = list(self.missing)
        return res


@dataclass
class Report:
    """What an evaluation gives: score.py's result dict, the misses, and the documents scored."""

    result: dict
    misses: list
    documents: int


def score_documents(items: Iterable[tuple[str, dict, Optional[dict]]]) -> Report:
    """Score ``(id, gold, prediction)`` triples (prediction None: missing)."""
    scorer = Scorer()
    for doc_id, gold, pred in items:
        scorer.add(doc_id, gold, pred)
    return Report(scorer.result(), scorer.misses, scorer.documents)


# --------------------------------------------------------------------------- folders

def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise EvalError(f"cannot read {path}: {e}") from None
    except json.JSONDecodeError as e:
        raise EvalError(f"{path} is not valid JSON: {e}") from None


def load_gold(gold_dir: str | Path) -> list[tuple[str, dict]]:
    """The gold files of a folder, sorted by name: ``(id, gold)`` pairs."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvalError(f"{gold_dir} is not a directory")
    paths = sorted(gold_dir.glob("*.json"))
    if not paths:
        raise EvalError(f"no gold files (*.json) in {gold_dir}")
    out = []
    for path in paths:
        gold = _read_json(path)
        if not isinstance(gold, dict):
            raise EvalError(f"{path} is not a gold file: expected a JSON object")
        out.append((path.stem, gold))
    return out


def score_dirs(gold_dir: str | Path, pred_dir: str | Path) -> Report:
    """Score saved predictions ``PRED_DIR/<id>.json`` (score.py's GOLD_DIR PRED_DIR mode).

    A prediction that is absent or not valid JSON is listed in ``missing``.
    """
    def items():
        for doc_id, gold in load_gold(gold_dir):
            path = Path(pred_dir) / f"{doc_id}.json"
            try:
                pred = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                pred = None
            yield doc_id, gold, pred if isinstance(pred, dict) or pred is None else {}
    return score_documents(items())


def article_paths(gold: list[tuple[str, dict]], articles_dir: str | Path) -> list[Path]:
    """``ARTICLES_DIR/<id>.txt`` for each gold file; EvalError naming those that are missing."""
    articles_dir = Path(articles_dir)
    if not articles_dir.is_dir():
        raise EvalError(f"{articles_dir} is not a directory")
    paths = [articles_dir / f"{doc_id}.txt" for doc_id, _ in gold]
    absent = [p for p in paths if not p.is_file()]
    if absent:
        names = ", ".join(str(p) for p in absent[:10]) + (" …" if len(absent) > 10 else "")
        raise EvalError(f"{len(absent)} article{'s' if len(absent) != 1 else ''} missing for "
                        f"the gold files: {names}")
    return paths


def evaluate(gold_dir: str | Path, articles_dir: str | Path, *,
             extract: Optional[Callable[..., dict]] = None,
             on_document: Optional[Callable[[str], None]] = None) -> Report:
    """Run claimx over ``ARTICLES_DIR/<id>.txt`` for every ``GOLD_DIR/<id>.json`` and score it.

    Each article is extracted with its gold file's ``published`` date. Raises EvalError when
    there are no gold files, an article is missing, or an input cannot be read.
    """
    from claimx.api import ClaimxError, check_published
    from claimx.io.reader import read_input

    if extract is None:
        from claimx.api import extract
    gold = load_gold(gold_dir)
    paths = article_paths(gold, articles_dir)

    def items():
        for (doc_id, g), path in zip(gold, paths):
            if on_document is not None:
                on_document(doc_id)
            try:
                published = check_published(g.get("published"))
            except ValueError as e:
                raise EvalError(f"gold {doc_id}.json: {e}") from None
            try:
                text, _ = read_input(str(path))
            except ClaimxError as e:
                raise EvalError(str(e)) from None
            yield doc_id, g, extract(text, published=published, source=str(path))
    return score_documents(items())
