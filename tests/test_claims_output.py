"""Amounts and claims in the CSV, table and render outputs (through the CLI)."""
import csv
import io

from conftest import invoke

ARTICLE = ("The Federal Trade Commission sued Harlow & Reed Inc. on Monday under the Children's Online Privacy "
           "Protection Act, seeking $5,000 per violation.\n\nIn 2019, Harlow & Reed Inc. settled a similar class "
           "action for €1.2bn.\n")


def write(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    return src


def test_csv_has_amount_and_claim_rows_with_exact_spans(tmp_path):
    result = invoke("extract", write(tmp_path), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    amounts = [r for r in rows if r["type"] == "amount"]
    assert [(r["text"], r["name"], r["value"], r["role"]) for r in amounts] == [
        ("$5,000 per violation", "USD", "5000", "per violation"), ("€1.2bn", "EUR", "1200000000", "")]
    claims = [r for r in rows if r["type"] == "claim"]
    assert [r["value"] for r in claims] == ["lawsuit/filed", "lawsuit/settled (in passing)"]
    assert claims[0]["name"] == "Federal Trade Commission v. Harlow & Reed Inc."
    for r in amounts + claims:
        assert ARTICLE[int(r["start"]):int(r["end"])] == r["text"]


def test_table_lists_claims(tmp_path):
    result = invoke("extract", write(tmp_path), "--format", "table")
    assert result.exit_code == 0
    assert "claim" in result.stdout and "lawsuit/filed" in result.stdout
    assert "amount" in result.stdout


def test_render_puts_an_escaped_claim_card_above_the_article(tmp_path):
    out = tmp_path / "a.html"
    result = invoke("render", write(tmp_path), "-o", out)
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    cards = page.index('<section class="claims"')
    assert cards < page.index('<section class="text-pane"')
    card = page[cards:page.index("</section>", cards)]
    assert "Federal Trade Commission v. Harlow &amp; Reed Inc." in card
    assert "Harlow & Reed" not in card
    assert "$5,000 per violation" in card and "in passing" in card
    assert 'data-start="0"' in card


def test_render_without_claims_has_no_card(tmp_path):
    src = tmp_path / "b.txt"
    src.write_text("The council approved a budget of $5 million for parks on Tuesday.\n", encoding="utf-8")
    out = tmp_path / "b.html"
    assert invoke("render", src, "-o", out).exit_code == 0
    assert 'class="claims"' not in out.read_text(encoding="utf-8")
