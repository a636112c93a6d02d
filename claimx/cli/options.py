"""Options shared by ``extract`` and ``render``: one definition, one check each."""
from __future__ import annotations

import enum
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
