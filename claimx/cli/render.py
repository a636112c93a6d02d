"""``claimx render``: one article, one offline HTML page."""
from __future__ import annotations

import os
from typing import Optional

import typer

from claimx.cli import options as opt
from claimx.cli.root import app
from claimx.cli.errors import EXIT_ERRORS, handled, say, stdout, usage_error
from claimx.cli.outputs import check_output_file
from claimx.io.names import display_path

RENDER_EPILOG = """\
Example:

  claimx render article.txt -o article.html      # then open article.html in a browser
"""


@app.command(epilog=RENDER_EPILOG, no_args_is_help=True)
def render(
    article: str = typer.Argument(..., metavar="ARTICLE", show_default=False,
                                  help="An article file, or - for stdin."),
    output: Optional[str] = opt.output("the page"),
    published: Optional[str] = opt.published(),
    keep_chrome: bool = opt.keep_chrome(),
    patterns: Optional[str] = opt.patterns(),
) -> None:
    """Write a self-contained HTML page showing the article with everything claimx found."""
    if article != "-" and os.path.isdir(article):
        raise usage_error(f"{display_path(article)} is a folder; render takes one article "
                          f"(use claimx extract for folders)", "'ARTICLE'")
    opt.check_pipeline(None, patterns)
    if output:
        if article != "-" and os.path.exists(output) and os.path.exists(article) \
                and os.path.samefile(output, article):
            raise usage_error(f"the output {display_path(output)} is the article itself", "'--output'")
        problem = check_output_file(output)
        if problem:
            say(problem)
            raise typer.Exit(EXIT_ERRORS)
    with handled():
        page = _page(article, published, keep_chrome, patterns)
        if output:
            from claimx.io.writers import atomic_write

            atomic_write(output, page)
        else:
            out = stdout()
            out.write(page)
            out.flush()


def _page(article: str, published: Optional[str], keep_chrome: bool, patterns: Optional[str]) -> str:
    from claimx.api import extract as extract_doc
    from claimx.io.reader import read_input
    from claimx.document import with_encoding
    from claimx.run.batch import _source, doc_warning
    from claimx.tools.render import render_html

    text, encoding = read_input(article)
    doc = with_encoding(extract_doc(text, published=published, source=_source(article),
                                     keep_chrome=keep_chrome, patterns=patterns), encoding)
    warning = doc_warning(doc)
    if warning:
        say(f"{doc['source']}: warning: {warning}")
    # an HTML input is rendered as its extracted text: the offsets refer to that
    return render_html(doc.get("content", text), doc)
