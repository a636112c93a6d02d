#!/usr/bin/env python3
"""A first-sight corpus: N distinct articles recombined from the sentences of our fixtures.

The warm corpus of ``bench/speed.py`` repeats the eight fixture articles, so every word, line
and paragraph has been seen before by the time it is measured: caches keyed by a word or a
text (spaCy's tokenizer cache, claimx's per-text caches) are warm. A real archive is not like
that. Here every article is new: a headline, a dateline paragraph and 4-12 body paragraphs,
each paragraph 1-3 sentences drawn from the pool of every fixture sentence, with the numbers
rerolled (same number of digits, so "2023" stays a year-shaped number and "$1.5 million" an
amount) so that numbers, dates and amounts are new tokens too. No two articles are the same
(checked), and the output depends only on ``--seed``.

    .venv/bin/python bench/first_sight.py OUT_DIR [--files 2000] [--seed 24]
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(os.path.dirname(HERE), "fixtures")

# a sentence ends at . ! ? (with closing quotes) before a space and a capital or an opening quote
_SENT_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d\u2019)]))\s+(?=[A-Z\"\u201c])")
_NUMBER = re.compile(r"\d+")


def fixture_paths() -> list[str]:
    return sorted(glob.glob(os.path.join(FIXTURES, "*.txt"))
                  + glob.glob(os.path.join(FIXTURES, "cases", "*", "*.txt")))


def sentence_pool(paths: list[str]) -> tuple[list[str], list[str]]:
    """(headlines, sentences): each fixture's first line, and every sentence of its other
    non-blank lines of at least six words (shorter lines are page chrome or bylines)."""
    heads, sents = [], []
    for p in paths:
        with open(p, encoding="utf-8", newline="") as fh:
            lines = [ln.strip() for ln in fh.read().splitlines() if ln.strip()]
        if not lines:
            continue
        heads.append(lines[0])
        for ln in lines[1:]:
            if len(ln.split()) < 6:
                continue
            sents.extend(s for s in _SENT_END.split(ln) if s.strip())
    return sorted(set(heads)), sorted(set(sents))


def _reroll(rng: random.Random, s: str) -> str:
    def one(m: re.Match) -> str:
        d = m.group()
        if len(d) == 4 and d[:2] in ("19", "20"):  # a year stays a plausible year
            return str(rng.randint(1995, 2026))
        if len(d) <= 2 and d[0] != "0":  # a day, a count, a section: small stays small
            return str(rng.randint(1, 28))
        first = str(rng.randint(1, 9)) if d[0] != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in d[1:])
    return _NUMBER.sub(one, s)


def article(rng: random.Random, heads: list[str], sents: list[str]) -> str:
    paras = [_reroll(rng, rng.choice(heads))]
    for _ in range(rng.randint(5, 13)):
        paras.append(" ".join(_reroll(rng, rng.choice(sents)) for _ in range(rng.randint(1, 3))))
    return "\n\n".join(paras) + "\n"


def build(directory: str, n_files: int, seed: int = 24) -> dict:
    """Write ``n_files`` distinct articles to ``directory`` (emptied first); their count,
    bytes and words (``len(text.split())``)."""
    heads, sents = sentence_pool(fixture_paths())
    if not sents:
        raise SystemExit(f"first_sight: no fixture sentences in {FIXTURES}")
    if os.path.isdir(directory):
        shutil.rmtree(directory)
    os.makedirs(directory)
    rng = random.Random(seed)
    seen: set[bytes] = set()
    width = len(str(n_files))
    total = words = 0
    i = 0
    while i < n_files:
        text = article(rng, heads, sents)
        key = hashlib.sha1(text.encode("utf-8")).digest()
        if key in seen:
            continue
        seen.add(key)
        data = text.encode("utf-8")
        with open(os.path.join(directory, f"fresh_{i:0{width}d}.txt"), "wb") as fh:
            fh.write(data)
        total += len(data)
        words += len(text.split())
        i += 1
    return {"dir": directory, "files": n_files, "bytes": total, "words": words,
            "pool_sentences": len(sents), "pool_headlines": len(heads), "seed": seed}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=24)
    a = ap.parse_args()
    info = build(a.out, a.files, a.seed)
    print(f"{info['files']} files, {info['bytes'] / 1e6:.2f} MB, {info['words']:,} words, from "
          f"{info['pool_sentences']} sentences and {info['pool_headlines']} headlines")


if __name__ == "__main__":
    main()
