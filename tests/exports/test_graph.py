"""networkx: entities as nodes with their family and fields, claims as keyed edges."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import attrs
import networkx as nx
import pytest
from hypothesis import assume, given

from nmda_pain import (
    ActionType,
    Affinity,
    AffinityParameter,
    Agent,
    Certainty,
    Claim,
    Evidence,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    Registry,
    Trapping,
    default_registry,
    extended_registry,
    to_json,
)
from nmda_pain.biolink import category
from nmda_pain.data.article import build_registry
from nmda_pain.exports import to_networkx, write_graphml
from nmda_pain.model import PREDICATES
from tests.builders import expected_claim_attributes, users_registry
from tests.strategies import registries

EDGE_ATTRIBUTES = {
    "predicate",
    "certainty",
    "certainty_rank",
    "references",
    "sections",
    "from_article",
    "contested",
    "disputed_by",
    "action",
    "binding_site",
    "trapping",
    "affinities",
    "via",
    "setting",
    "notes",
}


def check_graph(graph, registry):
    assert isinstance(graph, nx.MultiDiGraph)
    assert list(graph.nodes) == [entity.id for entity in registry.entities]
    assert graph.number_of_edges() == len(registry.claims)
    for claim in registry.claims:
        data = graph[claim.subject][claim.object][claim.predicate.value]
        assert data == {
            **expected_claim_attributes(claim, registry),
            "certainty_rank": claim.certainty.rank,
        }
    for entity in registry.entities:
        data = graph.nodes[entity.id]
        assert data["family"] == entity.FAMILY
        assert data["category"] == category(entity)
        assert data["name"] == entity.name
        assert data["synonyms"] == entity.synonyms
        assert data["identifiers"] == tuple(c.canonical for c in registry.identifiers(entity))


@given(registries())
def test_every_entity_is_a_node_and_every_claim_an_edge(registry):
    check_graph(to_networkx(registry), registry)


@pytest.mark.parametrize(
    "make", [build_registry, default_registry, extended_registry, users_registry]
)
def test_shipped_claims_are_edges_with_their_evidence_and_qualifiers(make):
    registry = make()
    check_graph(to_networkx(registry), registry)


def test_node_attributes_are_the_record_fields_as_plain_values():
    registry = default_registry()
    graph = to_networkx(registry)
    ketamine = graph.nodes["ketamine"]
    assert set(ketamine) == {"family", "category", "identifiers"} | {
        f.name for f in attrs.fields(Agent)
    } - {"id"}
    assert ketamine["kind"] == "drug"
    assert type(ketamine["kind"]) is str
    assert "chebi:6121" in ketamine["identifiers"]
    assert not {"xrefs", "drug_class", "modes_of_action", "provenance"} & set(ketamine)


def test_an_adverse_effect_keeps_its_own_category_beside_the_biolink_one():
    graph = to_networkx(default_registry())
    effect = graph.nodes["hallucinations"]
    assert effect["family"] == "adverse_effect"
    assert effect["category"] == "biolink:PhenotypicFeature"
    assert effect["adverse_effect_category"] == "psychotomimetic"


def test_edges_are_keyed_by_predicate():
    graph = to_networkx(default_registry())
    edge = graph["memantine"]["neuropathic-pain"]["treats"]
    assert set(edge) == EDGE_ATTRIBUTES
    assert edge["predicate"] == "treats"
    assert edge["certainty"] == "promising"
    assert edge["references"] == ("rowbotham-2020",)
    assert edge["sections"] == ("introduction", "description", "conclusion")
    assert edge["from_article"] is True
    assert set(graph["memantine"]["ketamine"]) == {
        "has_lower_affinity_than",
        "better_tolerated_than",
    }


def test_the_extension_is_told_apart_and_its_qualifiers_ride_on_the_claims():
    registry = extended_registry()
    graph = to_networkx(registry)
    edges = [data for _, _, data in graph.edges(data=True)]
    assert sum(data["from_article"] for data in edges) == len(default_registry().claims)
    with_mode = [data for data in edges if data["action"] is not None]
    assert with_mode
    assert all(not data["from_article"] for data in with_mode)
    assert graph["quinidine"]["cyp2d6"]["inhibits"]["action"] == "competitive_inhibitor"
    measured = [data for data in edges if data["affinities"]]
    assert measured
    assert all(type(a["value"]) is float for data in measured for a in data["affinities"])


def test_the_graph_is_a_copy_the_user_may_change():
    graph = to_networkx(default_registry())
    graph.remove_node("ketamine")
    assert "ketamine" in to_networkx(default_registry())


def test_without_networkx_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "networkx", None)
    with pytest.raises(ImportError, match=r"pip install 'nmda_pain\[networkx\]'") as info:
        to_networkx(default_registry())
    assert info.value.name == "networkx"


def _qualified_registry() -> Registry:
    return Registry(
        agents=(Agent(id="x", name="X"),),
        receptors=(Receptor(id="r", name="R"),),
        references=(Reference(id="p", title="P"), Reference(id="q", title="Q")),
        claims=(
            Claim(
                subject="x",
                predicate=Predicate.ANTAGONIZES,
                object="r",
                evidence=(Evidence(reference="p"), Evidence(reference="q", disputes=True)),
                certainty=Certainty.STATED,
                mode=ModeOfAction(action=ActionType.CHANNEL_BLOCKER, trapping=Trapping.TRAPPING),
                affinities=(
                    Affinity(
                        parameter=AffinityParameter.PIC50, value=6.5, target="r", references=("p",)
                    ),
                ),
            ),
        ),
    )


def test_write_graphml_gives_a_file_networkx_reads_back(tmp_path):
    registry = default_registry()
    path = write_graphml(registry, tmp_path / "nmda.graphml")
    assert path == tmp_path / "nmda.graphml"
    graph = nx.read_graphml(path)
    assert graph.number_of_nodes() == len(registry.entities)
    assert graph.number_of_edges() == len(registry.claims)
    ketamine = graph.nodes["ketamine"]
    assert ketamine["identifiers"].split("|") == [
        c.canonical for c in registry.identifiers("ketamine")
    ]
    edges = graph.get_edge_data("memantine", "neuropathic-pain")
    assert [data["certainty"] for data in edges.values()] == ["promising"]
    assert [data["from_article"] for data in edges.values()] == [True]
    assert all("action" not in data for data in edges.values())  # None is left out
    assert [p.name for p in tmp_path.iterdir()] == ["nmda.graphml"]


def test_write_graphml_keeps_modes_disputes_and_affinities(tmp_path):
    path = write_graphml(_qualified_registry(), tmp_path / "q.graphml")
    graph = nx.read_graphml(path, force_multigraph=True)
    (data,) = graph.get_edge_data("x", "r").values()
    assert (data["action"], data["trapping"]) == ("channel_blocker", "trapping")
    assert "binding_site" not in data
    assert (data["contested"], data["disputed_by"], data["references"]) == (True, "q", "p|q")
    flattened = {key: value for key, value in data.items() if key.startswith("affinit")}
    # the unit (None for a p-value) and the empty conditions are left out or empty, as elsewhere
    assert flattened == {
        "affinity_1_parameter": "pic50",
        "affinity_1_value": 6.5,
        "affinity_1_target": "r",
        "affinity_1_conditions": "",
        "affinity_1_references": "p",
    }
    assert type(flattened["affinity_1_value"]) is float
    assert (data["certainty_rank"], type(data["certainty_rank"])) == (Certainty.STATED.rank, int)
    assert data["via"] == ""


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


def claim_edge_id(claim):
    return f"{claim.subject}.{claim.predicate.value}.{claim.object}"


@pytest.fixture(params=[default_registry, extended_registry, users_registry])
def read_back(request, tmp_path):
    """A shipped registry and its GraphML file as networkx reads it back."""
    registry = request.param()
    path = write_graphml(registry, tmp_path / "nmda.graphml")
    return registry, nx.read_graphml(path, force_multigraph=True)


def test_every_claim_has_an_edge_id_of_its_own(read_back):
    registry, graph = read_back
    ids = [key for _, _, key in graph.edges(keys=True)]
    assert len(ids) == len(set(ids)) == len(registry.claims)
    assert set(ids) == {claim_edge_id(claim) for claim in registry.claims}
    # the predicates repeat, so they could not be the ids
    assert len({claim.predicate for claim in registry.claims}) < len(registry.claims)


def test_edges_carry_their_interaction_and_label_and_nodes_their_name(read_back):
    registry, graph = read_back
    for claim in registry.claims:
        data = graph[claim.subject][claim.object][claim_edge_id(claim)]
        assert data["interaction"] == data["predicate"] == claim.predicate.value
        assert data["label"] == PREDICATES[claim.predicate].label
    for entity in registry.entities:
        assert graph.nodes[entity.id]["label"] == entity.name


def test_affinity_values_and_ranks_are_numbers(read_back):
    registry, graph = read_back
    for claim in registry.claims:
        data = graph[claim.subject][claim.object][claim_edge_id(claim)]
        assert type(data["certainty_rank"]) is int
        assert data["certainty_rank"] == claim.certainty.rank
        values = [data[f"affinity_{n}_value"] for n in range(1, len(claim.affinities) + 1)]
        assert all(type(value) is float for value in values)
        assert values == [affinity.value for affinity in claim.affinities]
        assert f"affinity_{len(claim.affinities) + 1}_value" not in data
        assert "affinities" not in data


def test_the_graphml_file_declares_the_numbers_numeric(tmp_path):
    path = write_graphml(extended_registry(), tmp_path / "nmda.graphml")
    namespace = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = {
        (key.get("for"), key.get("attr.name")): key.get("attr.type")
        for key in ET.parse(path).getroot().findall("g:key", namespace)  # noqa: S314 -- our own file
    }
    assert keys["edge", "affinity_1_value"] == "double"
    assert keys["edge", "affinity_2_value"] == "double"  # ifenprodil at GluN2B and at GluN2A
    assert keys["edge", "certainty_rank"] in {"int", "long"}
    assert keys["edge", "from_article"] == "boolean"
    assert (keys["edge", "interaction"], keys["edge", "label"]) == ("string", "string")
    assert keys["node", "label"] == "string"


def test_a_viewer_filters_the_rank_to_exactly_the_claims_at_least_promising(read_back):
    registry, graph = read_back
    kept = {
        key
        for _, _, key, rank in graph.edges(keys=True, data="certainty_rank")
        if rank >= Certainty.PROMISING.rank
    }
    assert kept == {
        claim_edge_id(claim) for claim in registry.claims if claim.certainty >= Certainty.PROMISING
    }


def _xml_can_hold(registry) -> bool:
    """No noncharacter or lone surrogate, which XML cannot hold and the constructors still admit.

    Refusing them in the constructors is issue 14's; until then this test, about edge ids,
    leaves such registries out rather than fail on them.
    """
    try:
        text = to_json(registry)
    except ValueError:
        return False
    return not any(
        0xD800 <= ord(c) <= 0xDFFF or 0xFDD0 <= ord(c) <= 0xFDEF or (ord(c) & 0xFFFE) == 0xFFFE
        for c in text
    )


@given(registries())
def test_any_registry_reads_back_with_one_edge_id_per_claim(registry):
    import tempfile  # noqa: PLC0415 -- hypothesis forbids function-scoped fixtures such as tmp_path
    from pathlib import Path  # noqa: PLC0415

    assume(_xml_can_hold(registry))

    with tempfile.TemporaryDirectory() as folder:
        path = write_graphml(registry, Path(folder) / "any.graphml")
        # without parallel edges networkx reads a DiGraph, and the ids become an "id" attribute
        graph = nx.read_graphml(path, force_multigraph=True)
    assert sorted(key for _, _, key in graph.edges(keys=True)) == sorted(
        claim_edge_id(claim) for claim in registry.claims
    )
    assert list(graph.nodes) == [entity.id for entity in registry.entities]
