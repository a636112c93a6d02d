"""What ``import claimx`` offers: the public names, the version, and no heavy imports."""
import subprocess
import sys
from importlib.metadata import version


def test_import_claimx_is_cheap_and_exports_the_public_names():
    code = """
import sys, claimx
cheap = not any(m == "spacy" or m.startswith("spacy.") for m in sys.modules)
names = [claimx.ClaimxError.__name__, claimx.Statute.__name__, claimx.Party.__name__, claimx.Platform.__name__,
         claimx.DateExpr.__name__, claimx.Quote.__name__, claimx.Mention.__name__, claimx.SCHEMA]
print(cheap, " ".join(names), claimx.__version__)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    cheap, *names, ver = out.stdout.split()
    assert cheap == "True"
    assert names == ["ClaimxError", "Statute", "Party", "Platform", "DateExpr", "Quote", "Mention", "claimx/1"]
    assert ver == version("claimx")


def test_every_name_in_all_resolves_and_unknown_names_raise():
    import claimx

    for name in claimx.__all__:
        assert getattr(claimx, name) is not None
    try:
        claimx.no_such_name
    except AttributeError as e:
        assert "no_such_name" in str(e)
    else:
        raise AssertionError("claimx.no_such_name did not raise")


def test_claimx_error_is_what_a_bad_input_raises(tmp_path):
    import claimx
    from claimx.io.reader import read_input

    path = tmp_path / "image.bin"
    path.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    try:
        read_input(str(path))
    except claimx.ClaimxError as e:
        assert e.etype == "binary_input"
    else:
        raise AssertionError("binary input did not raise ClaimxError")
