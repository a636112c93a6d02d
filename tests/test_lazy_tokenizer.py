"""The blank pipeline's tokenizer is built on first use: extracting never builds it, and the
Doc users get is the one spacy.blank("en") gives."""
import subprocess
import sys

import spacy

import claimx
from claimx.lazy_tokenizer import LazyTokenizer

TEXT = ("The F.T.C. didn't say whether Acme Corp.'s app (acme.example.com) broke the U.S. rules :) "
        "-- e-mail press@acme.example.com, 5 p.m. Tue., 10km away; N.Y.-based counsel can't comment.")


def test_tokens_are_those_of_spacy_blank():
    nlp = claimx.load()
    assert isinstance(nlp.tokenizer, LazyTokenizer)
    ours = [(t.text, t.idx, t.whitespace_) for t in nlp(TEXT)]
    theirs = [(t.text, t.idx, t.whitespace_) for t in spacy.blank("en")(TEXT)]
    assert ours == theirs
    assert ("didn't" not in [t for t, _, _ in ours]) and ("n't" in [t for t, _, _ in ours])


def test_methods_and_settings_reach_the_real_tokenizer():
    nlp = claimx.load()
    assert [piece for _, piece in nlp.tokenizer.explain("can't")] == ["ca", "n't"]
    fresh = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "claimx.LazyTokenizer.v1"}}})
    fresh.tokenizer.add_special_case("Zorbcorp", [{"ORTH": "Zorb"}, {"ORTH": "corp"}])
    fresh.tokenizer.token_match = None
    assert [t.text for t in fresh("Zorbcorp sued.")] == ["Zorb", "corp", "sued", "."]
    assert fresh.tokenizer.real.token_match is None


def test_extract_never_builds_the_tokenizer():
    code = """
import claimx
doc = claimx.extract("Acme Corp. was sued on Monday under the Sherman Act.")
assert doc["statutes"][0]["name"] == "Sherman Act", doc["statutes"]
print(claimx.load().tokenizer._real is None)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"
