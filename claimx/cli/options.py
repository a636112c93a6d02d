"""Options shared by ``extract`` and ``render``: one definition, one check each."""
from __future__ import annotations

import enum
import os
from typing import Optional

import typer

from claimx.api import check_published
from claimx.cli.errors import usage_error


class Format(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


def _published_option(value: Optional[str]) -> Optional[str]:
    """``--published`` checked as extract() will read it; a bad date is a usage error (exit 2)."""
    try:
        return check_published(value)
    except ValueError as e:
        raise usage_error(str(e), "'--published'") from None


def published():
    return typer.Option(None, "--published", metavar="YYYY[-MM[-DD]]", callback=_published_option,
                        help="Publication date, used to resolve dates like 'on Friday'.")


def _published_from_option(value: Optional[str]) -> Optional[str]:
    """``--published-from`` read once here, so a bad file is a usage error naming its line;
    the workers get its absolute path (they may run in another folder)."""
    if value is None:
        return None
    from claimx.io.published_map import load_published_map

    try:
        load_published_map(value)
    except ValueError as e:
        raise usage_error(str(e), "'--published-from'") from None
    return os.path.abspath(value)


def published_from():
    return typer.Option(None, "--published-from", metavar="FILE", callback=_published_from_option,
                        help="Publication dates per input: CSV (source,published) or JSON Lines "
                             "({\"source\": ..., \"published\": ...}); a source is a path or its "
                             "last parts (a.txt, 2024/a.txt). Unlisted inputs fall back.")


def published_from_path():
    return typer.Option(False, "--published-from-path",
                        help="Take each input's publication date from its path "
                             "(.../2024/05/02/a.txt, a-2024-05-02.txt) when it has one.")


def keep_chrome():
    return typer.Option(False, "--keep-chrome",
                        help="Also extract from page chrome (menus, footers, ads).")


def patterns():
    return typer.Option(None, "--patterns", metavar="FILE.jsonl",
                        help="Extra platforms, statutes and parties, one JSON object a line "
                             "(see README).")


def model():
    return typer.Option(None, "--model", metavar="NAME",
                        help="Start from this installed spaCy model instead of a blank English "
                             "pipeline.")


def output(what: str):
    return typer.Option(None, "--output", "-o", metavar="FILE",
                        help=f"Write {what} to FILE (atomically; a device such as /dev/stdout "
                             f"directly) instead of stdout.")


def check_pipeline(model_name: Optional[str], patterns_file: Optional[str]) -> None:
    """Load the pipeline once up front, so a bad --model or --patterns is a usage error."""
    if not (model_name or patterns_file):
        return
    try:
        from claimx.pipeline import load

        load(model=model_name, patterns=patterns_file)
    except (OSError, ValueError, ImportError) as e:
        what = "'--patterns'" if patterns_file and not isinstance(e, ImportError) \
            and "model" not in str(e).lower() else "'--model'"
        raise usage_error(str(e).splitlines()[0], what) from None
