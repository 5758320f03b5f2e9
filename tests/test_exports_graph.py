"""networkx: entities as nodes with their family and fields, claims as keyed edges."""

from __future__ import annotations

import json
import sys

import attrs
import networkx as nx
import pytest
from hypothesis import given

from nmda_pain import Agent, Registry, default_registry, extended_registry
from nmda_pain.biolink import category
from nmda_pain.exports import to_networkx, write_graphml

from .strategies import registries


def edge_claims(graph):
    return sorted(
        (
            subject,
            data["predicate"],
            obj,
            data["certainty"],
            data["references"],
            data["sections"],
            data["notes"],
            data["provenance"],
        )
        for subject, obj, key, data in graph.edges(keys=True, data=True)
        if key == data["predicate"]
    )


def registry_claims(registry):
    return sorted(
        (
            c.subject,
            c.predicate.value,
            c.object,
            c.certainty.value,
            c.references,
            tuple(s.value for s in c.sections),
            c.notes,
            c.provenance,
        )
        for c in registry.claims
    )


@given(registries())
def test_every_entity_is_a_node_and_every_claim_an_edge(registry):
    graph = to_networkx(registry)
    assert isinstance(graph, nx.MultiDiGraph)
    assert list(graph.nodes) == [entity.id for entity in registry.entities]
    assert graph.number_of_edges() == len(registry.claims)
    assert edge_claims(graph) == registry_claims(registry)
    for entity in registry.entities:
        data = graph.nodes[entity.id]
        assert data["family"] == entity.FAMILY
        assert data["category"] == category(entity)
        assert data["name"] == entity.name
        assert data["synonyms"] == entity.synonyms


@pytest.mark.parametrize("make", [default_registry, extended_registry])
def test_shipped_claims_are_edges_with_their_evidence(make):
    registry = make()
    graph = to_networkx(registry)
    assert edge_claims(graph) == registry_claims(registry)
    assert graph.number_of_nodes() == len(registry.entities)


def test_node_attributes_are_the_record_fields_as_plain_values():
    graph = to_networkx(extended_registry())
    ketamine = graph.nodes["ketamine"]
    assert set(ketamine) == {"family", "category"} | {
        f.name for f in attrs.fields(type(extended_registry().resolve("ketamine")))
    } - {"id"}
    assert ketamine["kind"] == "drug"
    assert type(ketamine["kind"]) is str
    assert "chebi:6121" in ketamine["xrefs"]
    assert ketamine["modes_of_action"][0]["binding_site"] == "channel_pore"
    assert ketamine["provenance"] is None


def test_an_adverse_effect_keeps_its_own_category_beside_the_biolink_one():
    graph = to_networkx(default_registry())
    effect = graph.nodes["hallucinations"]
    assert effect["family"] == "adverse_effect"
    assert effect["category"] == "biolink:PhenotypicFeature"
    assert effect["adverse_effect_category"] == "psychotomimetic"


def test_edges_are_keyed_by_predicate():
    graph = to_networkx(default_registry())
    edge = graph["memantine"]["neuropathic-pain"]["treats"]
    assert edge["predicate"] == "treats"
    assert edge["certainty"] == "promising"
    assert edge["references"] == ("rowbotham-2020",)
    assert edge["sections"] == ("introduction", "description", "conclusion")
    assert set(graph["memantine"]["ketamine"]) == {
        "has_lower_affinity_than",
        "better_tolerated_than",
    }


def test_the_graph_is_a_copy_the_user_may_change():
    graph = to_networkx(default_registry())
    graph.remove_node("ketamine")
    assert "ketamine" in to_networkx(default_registry())


def test_without_networkx_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "networkx", None)
    with pytest.raises(ImportError, match=r"pip install 'nmda_pain\[networkx\]'") as info:
        to_networkx(default_registry())
    assert info.value.name == "networkx"


def test_write_graphml_gives_a_file_networkx_reads_back(tmp_path):
    path = write_graphml(extended_registry(), tmp_path / "nmda.graphml")
    assert path == tmp_path / "nmda.graphml"
    graph = nx.read_graphml(path)
    assert graph.number_of_nodes() == len(extended_registry().entities)
    ketamine = graph.nodes["ketamine"]
    assert ketamine["xrefs"].split("|")[:2] == ["pubchem.compound:3821", "chebi:6121"]
    assert json.loads(ketamine["modes_of_action"])[0]["action"] == "channel_blocker"
    assert "drug_class" not in graph.nodes["nmda-receptor-antagonists"]  # None is left out
    edges = graph.get_edge_data("memantine", "neuropathic-pain")
    assert [data["certainty"] for data in edges.values()] == ["promising"]
    assert [p.name for p in tmp_path.iterdir()] == ["nmda.graphml"]


def test_write_graphml_escapes_what_xml_cannot_hold(tmp_path):
    with attrs.validators.disabled():
        registry = Registry(agents=(Agent(id="esc", name="Red\x1b[31mX", description="a\tb\nc"),))
    graph = nx.read_graphml(write_graphml(registry, tmp_path / "esc.graphml"))
    assert graph.nodes["esc"]["name"] == "Red\\x1b[31mX"
    assert graph.nodes["esc"]["description"] == "a\tb\nc"


def test_write_graphml_without_networkx_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "networkx", None)
    with pytest.raises(ImportError, match=r"pip install 'nmda_pain\[networkx\]'"):
        write_graphml(default_registry(), tmp_path / "x.graphml")
    assert list(tmp_path.iterdir()) == []
