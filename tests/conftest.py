from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def fixture_paths():
    return sorted(FIXTURES.glob("*.txt"))


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


LISTS = ("statutes", "parties", "platforms", "dates", "allegations", "quotes")


def make_runner():
    """A Typer test runner that keeps stderr apart from stdout."""
    from typer.testing import CliRunner

    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # Click >= 8.2 always keeps stderr apart
        return CliRunner()


def invoke(*args, **kwargs):
    from claimx.cli.commands import app

    return make_runner().invoke(app, [str(a) for a in args], catch_exceptions=False, **kwargs)


def assert_offsets(text, doc):
    """The claimx/1 offset contract: every item, mention and speaker slices out of the text."""
    for kind in LISTS:
        starts = [(i["start"], i["end"]) for i in doc[kind]]
        assert starts == sorted(starts), kind
        for item in doc[kind]:
            assert text[item["start"]:item["end"]] == item["text"]
            for m in item.get("mentions", []):
                assert text[m["start"]:m["end"]] == m["text"]
            if item.get("speaker_start") is not None:
                assert text[item["speaker_start"]:item["speaker_end"]] == item["speaker_text"]
