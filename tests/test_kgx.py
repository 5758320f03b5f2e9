"""The KGX export: the required columns, Biolink names from the one mapping table, closed references."""

from __future__ import annotations

import csv
import re
from collections import Counter

import attrs
import pytest

from nmda_pain import (
    ActionType,
    Agent,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Evidence,
    Predicate,
    Receptor,
    Reference,
    Registry,
    default_registry,
    extended_registry,
)
from nmda_pain.biolink import MODE_OF_ACTION_PREDICATES, PREDICATES
from nmda_pain.exports import EDGE_COLUMNS, NODE_COLUMNS, kgx, write_kgx
from nmda_pain.model import ModeOfAction

from .shared_files import shared_file

QUALIFIERS = (
    "qualified_predicate",
    "object_aspect_qualifier",
    "object_direction_qualifier",
    "causal_mechanism_qualifier",
    "clinical_approval_status",
)
STATEMENT = ("subject", "predicate", "object", *QUALIFIERS, "original_predicate")


INTEROP_PATH = shared_file("NMDA_PAIN_INTEROP", "reference/interop.md")
INTEROP = None if INTEROP_PATH is None else INTEROP_PATH.read_text(encoding="utf-8")
needs_interop = pytest.mark.skipif(
    INTEROP is None, reason="interop.md is not beside the repository"
)


def read(path):
    """Read a KGX file as KGX does: tab-separated, no quoting at all."""
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))


def rows(path):
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))


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


def test_every_row_has_every_column(written):
    _, _, _, nodes_path, edges_path = written
    for path, columns in ((nodes_path, NODE_COLUMNS), (edges_path, EDGE_COLUMNS)):
        assert {len(row) for row in rows(path)} == {len(columns)}


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
        assert edge["category"].startswith("biolink:")
        assert edge["category"].endswith("Association")
        assert edge["beyond_article"] in {"true", "false"}
        assert edge["supporting_text"] == ""  # the registry quotes no source text
    used = {edge["predicate"] for edge in edges}
    allowed = {p.predicate for p in PREDICATES.values()} | {
        p.predicate for p in MODE_OF_ACTION_PREDICATES.values()
    }
    assert used <= allowed


def test_edges_are_distinct_statements_with_distinct_ids(written):
    registry, _, edges, _, _ = written
    statements = Counter(tuple(edge[column] for column in STATEMENT) for edge in edges)
    assert [s for s, n in statements.items() if n > 1] == []
    assert len({edge["id"] for edge in edges}) == len(edges)
    assert all(re.fullmatch(r"NMDA_PAIN:[a-z0-9_.-]+", edge["id"]) for edge in edges)
    claims = [e for e in edges if e["original_predicate"] != "NMDA_PAIN:has_mode_of_action"]
    assert len(claims) == len(registry.claims)  # each claim is one edge, none merged away


def test_subject_predicate_object_is_shared_only_where_the_original_predicate_differs(written):
    _, _, edges, _, _ = written
    groups: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for edge in edges:
        groups.setdefault((edge["subject"], edge["predicate"], edge["object"]), []).append(edge)
    shared = {key: group for key, group in groups.items() if len(group) > 1}
    # memantine has_lower_affinity_than / better_tolerated_than ketamine: both biolink:related_to
    assert len(shared) == 1
    (pair,) = shared.values()
    assert pair[0]["predicate"] == "biolink:related_to"
    assert {e["id"].split(".")[0] for e in pair} == {"NMDA_PAIN:memantine"}
    assert sorted(e["original_predicate"] for e in pair) == [
        "NMDA_PAIN:better_tolerated_than",
        "NMDA_PAIN:has_lower_affinity_than",
    ]


def test_a_mode_of_action_that_restates_a_claim_qualifies_it(tmp_path):
    _, edges_path = write_kgx(extended_registry(), tmp_path)
    edges = read(edges_path)
    nitrous = [e for e in edges if e["subject"] == "CHEBI:17045" and e["object"] == "MESH:D016194"]
    assert len(nitrous) == 1
    (edge,) = nitrous
    assert edge["id"] == "NMDA_PAIN:nitrous-oxide.antagonizes.nmda-receptor"
    assert edge["original_predicate"] == "NMDA_PAIN:antagonizes"
    assert edge["causal_mechanism_qualifier"] == "inhibition"  # the mode of action's
    assert edge["certainty"] == "stated"
    assert edge["beyond_article"] == "true"
    assert edge["provenance"] == "Jevtovic-Todorovic et al. 1998, Nat Med 4:460-463 (PMID 9546794)"
    assert edge["curator_notes"] == "The binding site is not specified."
    ifenprodil = next(e for e in edges if e["id"] == "NMDA_PAIN:ifenprodil.antagonizes.glun2b")
    assert ifenprodil["causal_mechanism_qualifier"] == "negative_allosteric_modulation"


def test_a_mode_of_action_of_its_own_is_an_edge_beyond_the_article(tmp_path):
    _, edges_path = write_kgx(extended_registry(), tmp_path)
    (edge,) = [
        e
        for e in read(edges_path)
        if e["subject"] == "CHEBI:6121" and e["causal_mechanism_qualifier"]
    ]
    assert edge["id"] == "NMDA_PAIN:ketamine.has_mode_of_action.nmda-receptor.channel_blocker"
    assert (edge["predicate"], edge["object"], edge["causal_mechanism_qualifier"]) == (
        "biolink:affects",
        "MESH:D016194",
        "molecular_channel_blockage",
    )
    assert edge["original_predicate"] == "NMDA_PAIN:has_mode_of_action"
    assert edge["category"] == "biolink:ChemicalAffectsBiologicalEntityAssociation"
    assert (edge["beyond_article"], edge["publications"], edge["certainty"]) == ("true", "", "")
    assert edge["provenance"].startswith("GtoPdb interactions")


def test_one_mode_of_action_from_two_sources_is_one_edge_naming_both(tmp_path):
    modes = tuple(
        ModeOfAction(action=ActionType.CHANNEL_BLOCKER, target="r", source=source, notes=note)
        for source, note in (("Source A", "note a"), ("Source B", "note b"))
    )
    registry = Registry(
        agents=(Agent(id="x", name="X", modes_of_action=modes),),
        receptors=(Receptor(id="r", name="R"),),
    )
    _, edges_path = write_kgx(registry, tmp_path)
    (edge,) = read(edges_path)
    assert edge["id"] == "NMDA_PAIN:x.has_mode_of_action.r.channel_blocker"
    assert (edge["provenance"], edge["curator_notes"]) == ("Source A|Source B", "note a|note b")


def test_article_claims_cite_the_article_and_extended_ones_their_source(tmp_path):
    _, edges_path = write_kgx(extended_registry(), tmp_path)
    edges = read(edges_path)
    article = [e for e in edges if e["beyond_article"] == "false"]
    assert len(article) == len(default_registry().claims)
    assert {e["publications"] for e in article} == {"doi:10.37421/2684-5997.2025.8.296"}
    assert all(e["provenance"] == "" for e in article)
    beyond = [e for e in edges if e["beyond_article"] == "true"]
    assert all(e["provenance"] and "doi:" not in e["publications"] for e in beyond)
    # the PubMed ids a source names are its publications (identifiers.json gives them)
    publications = {e["id"]: e["publications"] for e in beyond}
    assert publications["NMDA_PAIN:nitrous-oxide.antagonizes.nmda-receptor"] == "PMID:9546794"
    assert publications["NMDA_PAIN:methadone.antagonizes.nmda-receptor"] == "PMID:9058409"
    assert publications["NMDA_PAIN:quinidine.inhibits.cyp2d6"] == ""  # a label, no PMID
    for edge in beyond:
        named = re.findall(r"PMID (\d+)", edge["provenance"])
        assert edge["publications"] == "|".join(f"PMID:{pmid}" for pmid in dict.fromkeys(named))
    inhibition = next(
        e for e in edges if e["subject"] == "CHEBI:28593" and e["object"] == "UniProtKB:P10635"
    )
    assert inhibition["causal_mechanism_qualifier"] == "inhibition"
    assert inhibition["category"] == "biolink:ChemicalAffectsGeneAssociation"
    assert "NUEDEXTA" in inhibition["provenance"]
    assert "Competitive inhibition" in inhibition["curator_notes"]
    assert inhibition["supporting_text"] == ""


def test_original_predicate_tells_collapsed_predicates_apart(tmp_path):
    _, edges_path = write_kgx(default_registry(), tmp_path)
    edges = read(edges_path)
    by_original: dict[str, set[str]] = {}
    for edge in edges:
        by_original.setdefault(edge["original_predicate"], set()).add(edge["predicate"])
    assert by_original["NMDA_PAIN:has_lower_affinity_than"] == {"biolink:related_to"}
    assert by_original["NMDA_PAIN:better_tolerated_than"] == {"biolink:related_to"}
    assert by_original["NMDA_PAIN:causes_adverse_effect"] == {"biolink:has_side_effect"}
    # a property the article names (amnesia in anaesthesia) is not exported as a side effect
    assert by_original["NMDA_PAIN:produces_effect"] == {"biolink:causes"}
    side_effects = [e for e in edges if e["predicate"] == "biolink:has_side_effect"]
    assert {e["original_predicate"] for e in side_effects} == {"NMDA_PAIN:causes_adverse_effect"}
    assert {e["category"] for e in side_effects} == {
        "biolink:ChemicalOrDrugOrTreatmentSideEffectAssociation"
    }
    originals = {e["original_predicate"].removeprefix("NMDA_PAIN:") for e in edges}
    assert originals <= {p.value for p in Predicate}


@needs_interop
def test_edge_categories_are_named_in_the_interop_notes(tmp_path):
    assert INTEROP is not None
    notes = INTEROP
    _, edges_path = write_kgx(extended_registry(), tmp_path)
    used = {edge["category"] for edge in read(edges_path)} - {"biolink:Association"}
    assert used
    for name in used:
        assert f"`{name.removeprefix('biolink:')}`" in notes, name


def test_edge_ids_come_from_the_claim_and_survive_other_changes(tmp_path):
    registry = default_registry()
    _, before = write_kgx(registry, tmp_path / "before")
    first = registry.claims[0]
    extra = attrs.evolve(
        next(c for c in registry.claims if c.predicate is Predicate.TREATS),
        object="acute-pain",
    )
    assert extra.key not in {c.key for c in registry.claims}
    changed = attrs.evolve(registry, claims=(extra, *registry.claims))
    _, after = write_kgx(changed, tmp_path / "after")
    old = {e["id"]: e for e in read(before)}
    new = {e["id"]: e for e in read(after)}
    assert set(old) < set(new)
    assert all(new[i] == row for i, row in old.items())
    subject, predicate, obj = first.key
    assert f"NMDA_PAIN:{subject}.{predicate.value}.{obj}" in old
    _, again = write_kgx(registry, tmp_path / "again")
    assert again.read_bytes() == before.read_bytes()  # deterministic


ODD = 'Ém "x" | y'
ODD_TEXT = 'a "quoted" <b> & c | d — ü'


def _odd_registry() -> Registry:
    reference = Reference(id="ref", authors=("A",), title="T", journal="J", year=2020)
    return Registry(
        agents=(
            Agent(
                id="x",
                name=ODD,
                description=ODD_TEXT,
                synonyms=('"quoted"', "a|b", "<&>"),
                modes_of_action=(
                    ModeOfAction(action=ActionType.ANTAGONIST, target="r", source=ODD_TEXT),
                ),
            ),
        ),
        receptors=(Receptor(id="r", name="R & <S>"),),
        conditions=(Condition(id="c", name='"C"', kind=ConditionKind.CONDITION),),
        references=(reference,),
        claims=(
            Claim(
                subject="x",
                predicate=Predicate.TREATS,
                object="c",
                evidence=(Evidence(reference="ref"),),
                certainty=Certainty.STATED,
                notes=ODD_TEXT,
                provenance=ODD,
            ),
        ),
    )


def test_cells_are_written_without_quoting(tmp_path):
    nodes_path, edges_path = write_kgx(_odd_registry(), tmp_path)
    raw = nodes_path.read_text(encoding="utf-8")
    assert '\tÉm "x" / y\t' in raw  # no quotes added, none doubled
    nodes = {row["id"]: row for row in read(nodes_path)}
    x = nodes["NMDA_PAIN:x"]
    assert x["name"] == ODD.replace("|", "/")
    assert x["description"] == ODD_TEXT.replace("|", "/")
    assert x["synonym"].split("|") == ['"quoted"', "a/b", "<&>"]
    assert nodes["NMDA_PAIN:r"]["name"] == "R & <S>"
    assert nodes["NMDA_PAIN:c"]["name"] == '"C"'
    edges = {row["original_predicate"]: row for row in read(edges_path)}
    claim = edges["NMDA_PAIN:treats"]
    assert claim["provenance"] == ODD.replace("|", "/")
    assert claim["curator_notes"] == ODD_TEXT.replace("|", "/")
    assert claim["supporting_text"] == ""
    mode = edges["NMDA_PAIN:has_mode_of_action"]
    assert mode["provenance"] == ODD_TEXT.replace("|", "/")
    assert {len(row) for row in rows(nodes_path)} == {len(NODE_COLUMNS)}
    assert {len(row) for row in rows(edges_path)} == {len(EDGE_COLUMNS)}


def test_cells_hold_no_tabs_or_line_breaks(tmp_path):
    registry = Registry(
        agents=(Agent(id="x", name="X", description="two\tcells\nand lines", synonyms=("a|b",)),)
    )
    nodes_path, _ = write_kgx(registry, tmp_path, basename="odd", knowledge_source="infores:mine")
    (node,) = read(nodes_path)
    assert node["description"] == "two cells and lines"
    assert node["synonym"] == "a/b"
    assert node["provided_by"] == "infores:mine"


def test_a_failure_leaves_the_old_files_and_no_temporary_one(tmp_path, monkeypatch):
    registry = default_registry()
    _, edges_path = write_kgx(registry, tmp_path)
    before = edges_path.read_bytes()

    def failing(*_args):
        yield dict.fromkeys(EDGE_COLUMNS, "")
        msg = "disk full"
        raise OSError(msg)

    monkeypatch.setattr(kgx, "_edges", failing)
    with pytest.raises(OSError, match="disk full"):
        write_kgx(registry, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "nmda_pain_edges.tsv",
        "nmda_pain_nodes.tsv",
    ]
    assert edges_path.read_bytes() == before


def test_a_malformed_row_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(kgx, "_edges", lambda *_args: [{"id": "x"}])
    with pytest.raises(ValueError, match="columns"):
        write_kgx(Registry(), tmp_path)
    monkeypatch.setattr(kgx, "_edges", lambda *_args: [dict.fromkeys(EDGE_COLUMNS, "a\tb")])
    with pytest.raises(ValueError, match="tab or a line break"):
        write_kgx(Registry(), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nmda_pain_nodes.tsv"]


def test_nodes_take_their_preferred_identifier(tmp_path):
    nodes_path, _ = write_kgx(extended_registry(), tmp_path)
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


def test_member_of_becomes_a_chemical_role():
    assert PREDICATES[Predicate.MEMBER_OF].predicate == "biolink:has_chemical_role"
