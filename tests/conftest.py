from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def fixture_paths():
    return sorted(FIXTURES.glob("*.txt"))


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")
