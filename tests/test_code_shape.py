"""The shape of the code in vnextract/: no function over 80 lines, no class over 400 lines, no
import cycle between vnextract modules at import time.

Measured with :mod:`ast` on the source files (a function's lines run from its ``def`` to its
last line, docstring and comments included; nested functions count on their own and inside
their parent). The import graph holds only the imports a module runs when it is imported (its
top-level statements, ``if TYPE_CHECKING:`` blocks excluded); importing ``a.b.c`` from outside
``a.b`` also runs the package ``a.b``.

``ALLOWED`` lists the offenders known when this test was written, in modules being split by
their owners: each entry must still offend (a stale entry fails, so the list only shrinks), and
no new offender may appear.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "vnextract"
MAX_FUNCTION = 80
MAX_CLASS = 400

# "path:qualified name" of the functions and classes over the limits, outside the modules that
# were already split. Shrink this list as modules are split; never grow it.
ALLOWED: set[str] = set()


def _modules() -> dict[str, Path]:
    """Dotted module name → file, for every module of the package."""
    out: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _sizes(path: Path) -> list[tuple[str, str, int]]:
    """(kind, qualified name, lines) of every function and class of a file."""
    out: list[tuple[str, str, int]] = []

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                kind = "class" if isinstance(child, ast.ClassDef) else "function"
                out.append((kind, name, (child.end_lineno or child.lineno) - child.lineno + 1))
                walk(child, name + ".")
            else:
                walk(child, prefix)

    walk(ast.parse(path.read_text(encoding="utf-8")), "")
    return out


def offenders() -> set[str]:
    found: set[str] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        for kind, name, lines in _sizes(path):
            limit = MAX_CLASS if kind == "class" else MAX_FUNCTION
            if lines > limit:
                found.add(f"{rel}:{name}")
    return found


def _top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Imports run at import time: top-level statements, inside try/if/with blocks, but not
    inside functions, classes or ``if TYPE_CHECKING:``."""
    out: list[ast.Import | ast.ImportFrom] = []

    def visit(stmts: list[ast.stmt]) -> None:
        for st in stmts:
            if isinstance(st, (ast.Import, ast.ImportFrom)):
                out.append(st)
            elif isinstance(st, ast.If):
                test = ast.unparse(st.test)
                if "TYPE_CHECKING" not in test:
                    visit(st.body)
                visit(st.orelse)
            elif isinstance(st, ast.Try):
                visit(st.body)
                for h in st.handlers:
                    visit(h.body)
                visit(st.orelse)
                visit(st.finalbody)
            elif isinstance(st, ast.With):
                visit(st.body)

    visit(tree.body)
    return out


def _targets(module: str, is_package: bool, node: ast.Import | ast.ImportFrom,
             known: set[str]) -> set[str]:
    """The vnextract modules an import statement runs (with the packages on the way)."""
    names: set[str] = set()
    if isinstance(node, ast.Import):
        names = {a.name for a in node.names}
    else:
        base = node.module or ""
        if node.level:
            here = module.split(".") if is_package else module.split(".")[:-1]
            up = here[: len(here) - (node.level - 1)]
            base = ".".join(up + ([base] if base else []))
        names.add(base)
        names.update(f"{base}.{a.name}" for a in node.names)
    own = module.split(".")
    out: set[str] = set()
    for name in names:
        parts = name.split(".")
        # the packages between the common ancestor and the module are run too
        common = 0
        while common < min(len(own), len(parts)) and own[common] == parts[common]:
            common += 1
        for i in range(common + 1, len(parts) + 1):
            cand = ".".join(parts[:i])
            if cand in known and cand != module:
                out.add(cand)
    return out


def import_graph() -> dict[str, set[str]]:
    mods = _modules()
    known = set(mods)
    graph: dict[str, set[str]] = {}
    for mod, path in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        is_pkg = path.name == "__init__.py"
        edges: set[str] = set()
        for node in _top_level_imports(tree):
            edges |= _targets(mod, is_pkg, node, known)
        graph[mod] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
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
            strong(v)
    return out


# -- the checks on small samples: the measures themselves -------------------------------------

SIZE_CASES = [
    ("def f():\n    return 1\n", [("function", "f", 2)]),
    ("class A:\n    def m(self):\n        pass\n", [("class", "A", 3), ("function", "A.m", 2)]),
    ("def f():\n    def g():\n        pass\n    return g\n",
     [("function", "f", 4), ("function", "f.g", 2)]),
]


@pytest.mark.parametrize("source,want", SIZE_CASES)
def test_sizes_of_samples(tmp_path: Path, source: str, want: list[tuple[str, str, int]]) -> None:
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert _sizes(path) == want


CYCLE_CASES = [
    ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
]


@pytest.mark.parametrize("graph,want", CYCLE_CASES)
def test_cycles_of_samples(graph: dict[str, set[str]], want: list[list[str]]) -> None:
    assert cycles(graph) == want


IMPORT_CASES = [
    # (importer, is package, statement, expected targets)
    ("vnextract.resolve.figures", False, "from ..components.indicators.model import X",
     {"vnextract.components", "vnextract.components.indicators",
      "vnextract.components.indicators.model"}),
    ("vnextract.resolve", True, "from . import figures", {"vnextract.resolve.figures"}),
    ("vnextract.pipeline", False, "from .document import Document", {"vnextract.document"}),
]


@pytest.mark.parametrize("module,is_pkg,stmt,want", IMPORT_CASES)
def test_import_targets_of_samples(module: str, is_pkg: bool, stmt: str, want: set[str]) -> None:
    node = ast.parse(stmt).body[0]
    assert isinstance(node, (ast.Import, ast.ImportFrom))
    assert _targets(module, is_pkg, node, set(_modules())) == want


# -- the checks on the package ----------------------------------------------------------------


def test_no_new_long_function_or_class() -> None:
    new = sorted(offenders() - ALLOWED)
    assert not new, f"over {MAX_FUNCTION} lines (function) or {MAX_CLASS} (class): {new}"


def test_allow_list_is_not_stale() -> None:
    stale = sorted(ALLOWED - offenders())
    assert not stale, f"no longer over the limit, remove from ALLOWED: {stale}"


def test_no_import_cycle() -> None:
    found = cycles(import_graph())
    assert not found, f"import cycles at import time: {found}"


def test_graph_sees_the_package() -> None:
    graph = import_graph()
    assert "vnextract.document" in graph["vnextract.pipeline"]
    assert "vnextract.resolve.figures" in graph["vnextract.resolve"]
