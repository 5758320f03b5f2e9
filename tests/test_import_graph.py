"""The package's modules import each other in one direction: no cycle, deferred imports included.

Every ``import`` and ``from ... import`` in the package counts, at module level or
inside a function, except those under ``if TYPE_CHECKING:``, which never run. An
edge goes to the module named and, for ``from package import name``, to the
submodule *name* when there is one. An import that names a package counts as
an edge to it, even from its own submodules (``from nmda_pain import x`` inside
``nmda_pain.registry`` runs the package's ``__init__``); the package Python
initialises before any submodule, unasked, is no edge.
"""

from __future__ import annotations

import ast
from pathlib import Path

import nmda_pain

PACKAGE = Path(nmda_pain.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, current: str, *, is_package: bool, modules: set[str]) -> set[str]:
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = current.split(".")
                if not is_package:
                    anchor = anchor[:-1]
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(
                f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in modules
            )
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {name for name in found if name in modules}


def _graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {_module_name(path) for path in paths}
    graph: dict[str, set[str]] = {}
    for path in paths:
        name = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges = _imports(tree, name, is_package=path.name == "__init__.py", modules=modules)
        graph[name] = edges - {name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:  # noqa: C901 -- Tarjan in one piece reads best
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0
    for root, targets in graph.items():
        if root in index:
            continue
        work = [(root, iter(sorted(targets)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = counter
                counter += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return components


def test_the_package_has_no_import_cycle() -> None:
    cycles = _cycles(_graph())
    assert cycles == [], "import cycles (deferred imports count): " + "; ".join(
        " <-> ".join(cycle) for cycle in cycles
    )


def test_the_walker_finds_a_cycle_when_there_is_one() -> None:
    """The checker itself: a graph with a loop through three modules is reported."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_deferred_imports_are_edges_and_type_checking_ones_are_not() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from nmda_pain import registry\n"
        "def f():\n    from nmda_pain import queries\n"
    )
    modules = {"nmda_pain", "nmda_pain.registry", "nmda_pain.queries"}
    found = _imports(ast.parse(source), "nmda_pain.x", is_package=False, modules=modules)
    assert found == {"nmda_pain", "nmda_pain.queries"}


def test_an_import_of_the_package_itself_from_inside_is_an_edge() -> None:
    """``from nmda_pain import default_registry`` in a function of nmda_pain.registry is a cycle."""
    source = "def f():\n    from nmda_pain import default_registry\n"
    modules = {"nmda_pain", "nmda_pain.registry"}
    found = _imports(ast.parse(source), "nmda_pain.registry", is_package=False, modules=modules)
    assert found == {"nmda_pain"}
    graph = {"nmda_pain": {"nmda_pain.registry"}, "nmda_pain.registry": found}
    assert _cycles(graph) == [["nmda_pain", "nmda_pain.registry"]]


def test_the_model_imports_nothing_above_it() -> None:
    """The records know nothing of registries, the shipped data or presentation."""
    graph = _graph()
    above = {
        name
        for name in graph
        if name.startswith(("nmda_pain.registry", "nmda_pain.data", "nmda_pain.cli"))
        or name in {"nmda_pain.views._html", "nmda_pain.views._text", "nmda_pain.queries"}
    }
    offenders = {
        (name, target)
        for name, targets in graph.items()
        if name.startswith("nmda_pain.model")
        for target in targets
        if target in above
    }
    assert offenders == set()
