"""The KGX export: the required columns, Biolink names from the one mapping table, closed references."""

from __future__ import annotations

import csv

import pytest

from nmda_pain import Agent, Predicate, Registry, default_registry, extended_registry
from nmda_pain.biolink import MODE_OF_ACTION_PREDICATES, PREDICATES
from nmda_pain.exports import EDGE_COLUMNS, NODE_COLUMNS, write_kgx


def read(path):
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


@pytest.fixture(params=["default", "extended"])
def written(request, tmp_path):
    registry = default_registry() if request.param == "default" else extended_registry()
    nodes_path, edges_path = write_kgx(registry, tmp_path / "kgx")
    return registry, read(nodes_path), read(edges_path), nodes_path, edges_path


def test_files_are_named_and_headed_as_kgx_expects(written):
    _, _, _, nodes_path, edges_path = written
    assert (nodes_path.name, edges_path.name) == ("nmda_pain_nodes.tsv", "nmda_pain_edges.tsv")
    assert nodes_path.read_text(encoding="utf-8").splitlines()[0].split("\t") == list(NODE_COLUMNS)
    assert edges_path.read_text(encoding="utf-8").splitlines()[0].split("\t") == list(EDGE_COLUMNS)
    assert sorted(p.name for p in nodes_path.parent.iterdir()) == [
        "nmda_pain_edges.tsv",
        "nmda_pain_nodes.tsv",
    ]


def test_every_entity_is_a_node_and_every_edge_joins_two_nodes(written):
    registry, nodes, edges, _, _ = written
    assert len(nodes) == len(registry.entities)
    ids = {node["id"] for node in nodes}
    assert len(ids) == len(nodes)
    assert all(edge["subject"] in ids and edge["object"] in ids for edge in edges)
    assert all(node["category"].startswith("biolink:") for node in nodes)


def test_every_edge_has_the_required_provenance_columns(written):
    _, _, edges, _, _ = written
    for edge in edges:
        assert edge["knowledge_level"] == "knowledge_assertion"
        assert edge["agent_type"] == "manual_agent"
        assert edge["primary_knowledge_source"] == "infores:nmda-pain"
    used = {edge["predicate"] for edge in edges}
    allowed = {p.predicate for p in PREDICATES.values()} | {
        p.predicate for p in MODE_OF_ACTION_PREDICATES.values()
    }
    assert used <= allowed


def test_article_claims_cite_the_article_and_extended_ones_their_source(tmp_path):
    _, edges_path = write_kgx(extended_registry(), tmp_path)
    edges = read(edges_path)
    article = [e for e in edges if e["publications"]]
    assert len(article) == len(default_registry().claims)
    assert {e["publications"] for e in article} == {"doi:10.37421/2684-5997.2025.8.296"}
    inhibition = next(
        e for e in edges if e["subject"] == "CHEBI:28593" and e["object"] == "UniProtKB:P10635"
    )
    assert inhibition["causal_mechanism_qualifier"] == "inhibition"
    assert "NUEDEXTA" in inhibition["supporting_text"]


def test_nodes_take_their_preferred_identifier(tmp_path):
    nodes_path, edges_path = write_kgx(extended_registry(), tmp_path)
    nodes = {n["name"]: n for n in read(nodes_path)}
    assert nodes["Ketamine"]["id"] == "CHEBI:6121"
    assert "PUBCHEM.COMPOUND:3821" in nodes["Ketamine"]["xref"].split("|")
    assert nodes["Neuropathic pain"]["id"] == "MONDO:0021667"
    assert nodes["GluN2B"]["id"] == "UniProtKB:Q13224"
    assert nodes["GluN2B"]["category"] == "biolink:Protein"
    assert (
        nodes["Interference with central sensitization"]["id"]
        == "NMDA_PAIN:central-sensitization-interference"
    )
    pore_block = [
        e
        for e in read(edges_path)
        if e["subject"] == "CHEBI:6121" and e["causal_mechanism_qualifier"]
    ]
    assert [(e["predicate"], e["object"], e["causal_mechanism_qualifier"]) for e in pore_block] == [
        ("biolink:affects", "MESH:D016194", "molecular_channel_blockage"),
    ]


def test_cells_hold_no_tabs_or_line_breaks(tmp_path):
    registry = Registry(
        agents=(Agent(id="x", name="X", description="two\tcells\nand lines", synonyms=("a|b",)),)
    )
    nodes_path, _ = write_kgx(registry, tmp_path, basename="odd", knowledge_source="infores:mine")
    (node,) = read(nodes_path)
    assert node["description"] == "two cells and lines"
    assert node["synonym"] == "a/b"
    assert node["provided_by"] == "infores:mine"


def test_member_of_becomes_a_chemical_role():
    assert PREDICATES[Predicate.MEMBER_OF].predicate == "biolink:has_chemical_role"
