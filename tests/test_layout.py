"""The package's layout holds: imports point one way, and the finders know nothing of spaCy.

Read from the source with ``ast`` (every import, also those inside functions), so a cycle
that only a lazy import closes is caught too.
"""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "claimx"


def _modules() -> dict:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = ast.parse(path.read_text(encoding="utf-8"))
    return out


def _imports(tree, modules) -> set:
    """The modules an import statement in ``tree`` loads: ``from pkg import sub`` loads the
    module ``pkg.sub`` (its package is being imported already), ``from mod import name`` ``mod``."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            subs = {f"{node.module}.{a.name}" for a in node.names}
            names.update(subs & set(modules) if subs <= set(modules) else subs & set(modules) | {node.module})
    return names


def _graph() -> dict:
    modules = _modules()
    # `claimx/__init__.py` only re-exports lazily; an import of `claimx` itself is no edge
    return {m: {n for n in _imports(t, modules) if n in modules and n != "claimx" and n != m}
            for m, t in modules.items()}


def _cycles(graph: dict) -> list:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycle():
    assert _cycles(_graph()) == []


def test_the_cycle_check_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_extractors_and_text_helpers_do_not_import_spacy():
    modules = _modules()
    offenders = {m: sorted(n for n in _imports(t, modules) if n == "spacy" or n.startswith("spacy."))
                 for m, t in modules.items() if m.startswith(("claimx.extractors", "claimx.text"))}
    assert {m: n for m, n in offenders.items() if n} == {}


def test_text_helpers_do_not_import_extractors():
    graph = _graph()
    assert {m: sorted(n for n in deps if n.startswith("claimx.extractors"))
            for m, deps in graph.items() if m.startswith("claimx.text") and
            any(n.startswith("claimx.extractors") for n in deps)} == {}
