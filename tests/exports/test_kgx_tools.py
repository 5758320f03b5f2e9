"""KGX's own tools on the KGX export: ``kgx validate``, ``kgx transform`` and the Biolink toolkit.

KGX pins old Sphinx and docutils, so it cannot share the test environment:
``.ci/run`` installs KGX 2.6 and the ``biolink-model`` package of
:data:`nmda_pain.biolink.BIOLINK_VERSION` in a venv of their own and names its
interpreter in ``NMDA_PAIN_KGX_PYTHON``; ``kgx_offline.py`` runs them there
without a network. Without the variable these tests skip (a failure under
``NMDA_PAIN_STRICT``).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from nmda_pain import default_registry, extended_registry
from nmda_pain.biolink import ID_PREFIXES, LOCAL_PREFIX, PREDICATES, node_id
from nmda_pain.exports import write_kgx
from nmda_pain.model import PREFIXES

KGX_PYTHON = os.environ.get("NMDA_PAIN_KGX_PYTHON")
RUNNER = Path(__file__).with_name("kgx_offline.py")
pytestmark = pytest.mark.skipif(
    not KGX_PYTHON, reason="set NMDA_PAIN_KGX_PYTHON to a Python with kgx (.ci/run does)"
)
REGISTRIES = {"article": default_registry, "extended": extended_registry}
# KGX's wording for an id whose prefix its Biolink context does not know
UNKNOWN_PREFIX = re.compile(
    r"(Node|Edge) property '(id|subject|object)' has a value '([^']+)' with a CURIE prefix "
    r"'([^']+)' (that )?is not represented in Biolink Model JSON-LD context"
)


def run(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert KGX_PYTHON is not None
    return subprocess.run(
        [KGX_PYTHON, str(RUNNER), *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def report(stderr: str) -> dict[str, dict[str, dict[str, list[str]]]]:
    """The JSON report ``kgx validate`` writes among its log lines."""
    start = stderr.index("{\n")
    found, _ = json.JSONDecoder().raw_decode(stderr[start:])
    return found


@pytest.fixture(params=sorted(REGISTRIES))
def exported(request, tmp_path):
    registry = REGISTRIES[request.param]()
    nodes, edges, _ = write_kgx(registry, tmp_path)
    return registry, nodes, edges


def test_kgx_validate_reports_nothing_but_the_namespaced_ids(exported, tmp_path):
    registry, nodes, edges = exported
    done = run("kgx", "validate", "-i", "tsv", str(nodes), str(edges), cwd=tmp_path)
    namespaced = {
        node_id(e, registry)
        for e in registry.entities
        if node_id(e, registry).startswith(f"{LOCAL_PREFIX}:")
    }
    errors = report(done.stderr)
    assert set(errors) <= {"ERROR"}  # nothing at WARNING or beyond
    flagged = set()
    for kind, messages in errors.get("ERROR", {}).items():
        assert kind in {"INVALID_NODE_PROPERTY_VALUE", "INVALID_EDGE_PROPERTY_VALUE"}
        for message in messages:
            match = UNKNOWN_PREFIX.fullmatch(message)
            assert match is not None, message
            assert match.group(4) == LOCAL_PREFIX
            flagged.add(match.group(3))
    # every namespaced id KGX flags is one the export gives what has no public term
    assert flagged <= namespaced
    assert namespaced - flagged <= set()  # and every such id is a node KGX saw


def test_every_edge_keeps_its_predicates_domain_and_range(exported, tmp_path):
    _, nodes, edges = exported
    done = run("domains", str(nodes), str(edges), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_every_predicate_of_the_table_is_a_biolink_predicate_not_deprecated(tmp_path):
    names = sorted({form.predicate for form in PREDICATES.values()})
    done = run("predicates", *names, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found == {name: {"predicate": True, "deprecated": False} for name in names}


def test_the_id_prefixes_are_biolinks(tmp_path):
    done = run(
        "id-prefixes",
        *(c for c in ID_PREFIXES if c != "biolink:DiseaseOrPhenotypicFeature"),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    theirs = json.loads(done.stdout)
    assert theirs == {c: list(p) for c, p in ID_PREFIXES.items() if c in theirs}


def test_every_prefix_expands_as_biolinks_prefix_map_expands_it(tmp_path):
    done = run("prefix-map", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    theirs = json.loads(done.stdout)
    lacking = set()
    for prefix, entry in PREFIXES.items():
        if entry.biolink in theirs:
            assert entry.iri == theirs[entry.biolink], prefix
        else:
            lacking.add(prefix)
    # these expand through the Bioregistry resolver (tests/model/test_identifiers.py)
    assert lacking == {"atc", "iuphar.receptor", "fplx"}


def nodes_of(registry) -> int:
    """The nodes the export writes: the entities, and the processes mechanisms change."""
    processes = {m.object for m in registry.mappings if m.direction is not None}
    return len(registry.entities) + len(processes)


def _counts(folder: Path, stem: str) -> tuple[int, int]:
    if (folder / f"{stem}_nodes.jsonl").exists():
        lines = [
            (folder / f"{stem}_{part}.jsonl").read_text(encoding="utf-8").splitlines()
            for part in ("nodes", "edges")
        ]
        return len(lines[0]), len(lines[1])
    # parquet: count the rows with the KGX interpreter, which has pyarrow
    done = run(
        "rows", *(str(folder / f"{stem}_{part}.parquet") for part in ("nodes", "edges")), cwd=folder
    )
    assert done.returncode == 0, done.stderr
    nodes, edges = json.loads(done.stdout)
    return nodes, edges


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_kgx_transform_streaming_keeps_every_node_and_edge(fmt, tmp_path):
    registry = extended_registry()
    nodes, edges, _ = write_kgx(registry, tmp_path)
    out = tmp_path / "out"
    done = run(
        "kgx",
        "transform",
        "--stream",
        "-i",
        "tsv",
        "-f",
        fmt,
        "-o",
        str(out),
        str(nodes),
        str(edges),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert _counts(tmp_path, "out") == (nodes_of(registry), len(registry.claims))


def test_kgx_transform_in_memory_keeps_every_edge(tmp_path):
    registry = extended_registry()
    nodes, edges, _ = write_kgx(registry, tmp_path)
    out = tmp_path / "out"
    done = run(
        "kgx",
        "transform",
        "-i",
        "tsv",
        "-f",
        "jsonl",
        "-o",
        str(out),
        str(nodes),
        str(edges),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert _counts(tmp_path, "out") == (nodes_of(registry), len(registry.claims))
