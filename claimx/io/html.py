"""HTML input: the article's main text and metadata, by trafilatura.

Recognised by content, not only by file extension: scrapers save pages as .txt too.
trafilatura (with its htmldate) does main-text extraction and date finding far better
than anything we would write; it is imported only when an input is HTML.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
                         re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<(?:p|div|span|a|br|article|section|h[1-6]|li|ul|script|meta|link|nav)\b[^>]*>", re.IGNORECASE)


@dataclass
class HtmlArticle:
    text: str
    title: Optional[str]
    date: Optional[str]
    url: Optional[str]


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_TAG.findall(head)) >= 8 and head.count("<") > len(head) / 200


_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def page_title(html: str) -> Optional[str]:
    """The page's own ``<title>``, unescaped and on one line (None if it has none)."""
    import html as html_lib

    m = _TITLE.search(html[:65536])
    title = " ".join(html_lib.unescape(m.group(1)).split()) if m else ""
    return title or None


def extract_article(html: str) -> HtmlArticle:
    import trafilatura  # heavy: only for HTML inputs

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                         include_tables=False)
    if result is None:  # no main text (e.g. a page built by JavaScript): keep its <title>
        return HtmlArticle("", page_title(html), None, None)
    data = result if isinstance(result, dict) else result.as_dict()
    if not data.get("title"):
        data["title"] = page_title(html)
    date = data.get("date")
    if date and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", date):
        date = None
    return HtmlArticle(data.get("text") or "", data.get("title"), date, data.get("url"))
