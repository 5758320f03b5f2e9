"""The KGX export: required columns, Biolink names from the one table, sources named by their identifiers."""

from __future__ import annotations

import csv
import json
import re
import warnings
from collections import Counter

import attrs
import pytest

from nmda_pain import (
    ActionType,
    Agent,
    AgentKind,
    BindingSite,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Curie,
    Evidence,
    Mapping,
    MatchPredicate,
    Mechanism,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
    Registry,
    Section,
    Trapping,
    VerificationStatus,
    default_registry,
    extended_registry,
)
from nmda_pain.biolink import CERTAINTY_FORMS, PREDICATES, claim_predicate
from nmda_pain.exports import (
    EDGE_COLUMNS,
    INFORMATION_RESOURCES,
    NODE_COLUMNS,
    KgxMergeWarning,
    kgx,
    write_kgx,
)
from nmda_pain.provenance import is_from_article
from tests.builders import users_registry
from tests.shared_files import shared_file

QUALIFIERS = (
    "qualified_predicate",
    "object_aspect_qualifier",
    "object_direction_qualifier",
    "causal_mechanism_qualifier",
    "clinical_approval_status",
)
STATEMENT = ("subject", "predicate", "object", *QUALIFIERS, "original_predicate")
LIBRARY = "infores:nmda-pain"
ARTICLE_DOI = "doi:10.37421/2684-5997.2025.8.296"

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


def split(cell):
    """A ``|``-list cell of a Biolink slot, as KGX reads it."""
    return cell.split("|") if cell else []


def items(cell):
    """A ``;``-list cell of one of this package's columns."""
    return cell.split(";") if cell else []


def export(registry, tmp_path, **options):
    nodes_path, edges_path, _ = write_kgx(registry, tmp_path, **options)
    return {n["id"]: n for n in read(nodes_path)}, {e["id"]: e for e in read(edges_path)}


@pytest.fixture(params=["default", "extended", "users"])
def written(request, tmp_path):
    makers = {"default": default_registry, "extended": extended_registry, "users": users_registry}
    registry = makers[request.param]()
    nodes_path, edges_path, _ = write_kgx(registry, tmp_path / "kgx")
    return registry, read(nodes_path), read(edges_path), nodes_path, edges_path


# --- a small registry with every kind of source ------------------------------------------------


def paper(ref_id, **identifiers):
    return Reference(id=ref_id, authors=("A",), title=f"Paper {ref_id}", journal="J", **identifiers)


GTOPDB = Reference(
    id="gtopdb-release",
    kind=ReferenceKind.DATABASE_RELEASE,
    title="IUPHAR/BPS Guide to Pharmacology: interactions",
    accession="interactions.csv at commit 1234",
    verification=VerificationStatus.VERIFIED,
)
LABEL = Reference(
    id="a-label",
    kind=ReferenceKind.DRUG_LABEL,
    title="X prescribing information",
    url="https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=abc",
    verification=VerificationStatus.VERIFIED,
)
OTHER_LABEL = Reference(id="other-label", kind=ReferenceKind.DRUG_LABEL, title="Y label")
# A paper whose title names a database is still a paper, not the database.
NAMED_PAPER = paper("named-paper", pmcid="PMC7760600")
NAMED_PAPER = attrs.evolve(NAMED_PAPER, title="Guide to Pharmacology in practice")


def sourced_registry() -> Registry:
    """Claims citing papers with each identifier, releases, labels, a disputing paper and a mode."""
    article = Reference(id="article", title="Review", journal="J", doi="10.1000/review")
    references = (
        paper("numbered", number=1),
        paper("with-pmid", pmid="9546794", doi="10.1038/nm0498-460"),
        paper("with-doi", doi="10.1000/only-doi"),
        NAMED_PAPER,
        paper("no-identifier"),
        paper("disputing", pmid="38145984"),
        paper("disputing-bare"),
        GTOPDB,
        LABEL,
        OTHER_LABEL,
    )

    def claim(subject, predicate, obj, *cited, **fields):
        evidence = tuple(
            Evidence(reference=ref, disputes=ref.startswith("disputing"))
            if ref != "numbered"
            else Evidence(reference=ref, sections=(Section.DESCRIPTION,))
            for ref in cited
        )
        return Claim(
            subject=subject,
            predicate=predicate,
            object=obj,
            evidence=evidence,
            certainty=Certainty.STATED,
            **fields,
        )

    return Registry(
        agents=(
            Agent(id="x", name="X"),
            Agent(id="y", name="Y"),
            Agent(id="cls", name="Class", kind=AgentKind.DRUG_CLASS),
        ),
        receptors=(
            Receptor(id="r", name="R"),
            Receptor(id="sub", name="Sub", subunit_of="r"),
        ),
        mechanisms=(Mechanism(id="m", name="M"),),
        conditions=(Condition(id="c", name="C", kind=ConditionKind.CONDITION),),
        references=references,
        claims=(
            claim("x", Predicate.TREATS, "c", "numbered", "with-pmid", via=("m",)),
            claim("y", Predicate.TREATS, "c", "with-pmid", "with-doi", "no-identifier"),
            claim(
                "x",
                Predicate.ANTAGONIZES,
                "r",
                "gtopdb-release",
                "named-paper",
                "disputing",
                "disputing-bare",
                mode=ModeOfAction(
                    action=ActionType.CHANNEL_BLOCKER,
                    binding_site=BindingSite.CHANNEL_PORE,
                    trapping=Trapping.TRAPPING,
                ),
            ),
            claim("y", Predicate.ANTAGONIZES, "sub", "a-label", "gtopdb-release"),
            claim("y", Predicate.MEMBER_OF, "cls", "a-label", "other-label"),
            claim("x", Predicate.MEMBER_OF, "cls", "other-label", "named-paper"),
        ),
        mappings=(
            Mapping(
                subject="x",
                predicate=MatchPredicate.EXACT,
                object=Curie.parse("PUBCHEM.COMPOUND:3821"),
                references=("gtopdb-release",),
            ),
            Mapping(
                subject="x",
                predicate=MatchPredicate.EXACT,
                object=Curie.parse("CHEBI:6121"),
                references=("gtopdb-release",),
            ),
            Mapping(
                subject="x",
                predicate=MatchPredicate.CLOSE,
                object=Curie.parse("MESH:D007649"),
                references=("gtopdb-release",),
            ),
            Mapping(
                subject="c",
                predicate=MatchPredicate.BROAD,
                object=Curie.parse("MONDO:0021667"),
                references=("gtopdb-release",),
            ),
        ),
        article=article,
    )


def edge_of(edges, subject, predicate, obj):
    return edges[f"NMDA_PAIN:{subject}.{predicate}.{obj}"]


# --- files and columns ---------------------------------------------------------------------------


def test_files_are_named_and_headed_as_kgx_expects(written):
    _, _, _, nodes_path, edges_path = written
    assert (nodes_path.name, edges_path.name) == ("nmda_pain_nodes.tsv", "nmda_pain_edges.tsv")
    assert nodes_path.read_text(encoding="utf-8").splitlines()[0].split("\t") == list(NODE_COLUMNS)
    assert edges_path.read_text(encoding="utf-8").splitlines()[0].split("\t") == list(EDGE_COLUMNS)
    assert sorted(p.name for p in nodes_path.parent.iterdir()) == [
        "nmda_pain_context.jsonld",
        "nmda_pain_edges.tsv",
        "nmda_pain_nodes.tsv",
    ]


def test_every_row_has_every_column(written):
    _, _, _, nodes_path, edges_path = written
    for path, columns in ((nodes_path, NODE_COLUMNS), (edges_path, EDGE_COLUMNS)):
        assert {len(row) for row in rows(path)} == {len(columns)}


def test_every_entity_and_every_process_changed_is_one_node_and_edges_join_them(written):
    registry, nodes, edges, _, _ = written
    ids = [node["id"] for node in nodes]
    processes = {m.object.biolink for m in registry.mappings if m.direction is not None}
    assert len(set(ids)) == len(ids) == len(registry.entities) + len(processes)
    assert {kgx.node_id(e, registry) for e in registry.entities} | processes == set(ids)
    assert all(edge["subject"] in ids and edge["object"] in ids for edge in edges)
    assert all(c.startswith("biolink:") for node in nodes for c in split(node["category"]))
    # publications are identifiers, not nodes: KGX refuses a DOI as a node id
    named = {curie for edge in edges for curie in split(edge["publications"])}
    named |= {curie for edge in edges for curie in items(edge["disputing_publications"])}
    assert all(re.fullmatch(r"(PMID:\d+|PMC:PMC\d+|doi:10\..+)", curie) for curie in named)


def claim_id(claim):
    return f"NMDA_PAIN:{claim.subject}.{claim.predicate.value}.{claim.object}"


def test_every_edge_has_the_required_provenance_columns(written):
    registry, _, edges, _, _ = written
    hypotheses = {claim_id(c) for c in registry.claims if c.certainty is Certainty.THEORIZED}
    for edge in edges:
        # Biolink: a hypothesis is a prediction; what the sources assert, an assertion
        expected = "prediction" if edge["id"] in hypotheses else "knowledge_assertion"
        assert edge["knowledge_level"] == expected
        assert edge["agent_type"] == "manual_agent"
        assert int(edge["certainty_rank"]) == Certainty(edge["certainty"]).rank
        assert re.fullmatch(r"infores:[a-z0-9_.-]+", edge["primary_knowledge_source"])
        assert edge["category"].startswith("biolink:")
        assert edge["category"].endswith("Association")
        assert edge["from_article"] in {"true", "false"}
        assert edge["contested"] in {"true", "false"}
        assert edge["supporting_text"] == ""  # the registry quotes no source text
    used = {edge["predicate"] for edge in edges}
    treats = {form.treats for form in CERTAINTY_FORMS.values()}
    assert used <= {p.predicate for p in PREDICATES.values()} | treats
    assert len(edges) == len(registry.claims)


def test_edges_are_distinct_statements_with_distinct_ids(written):
    _, _, edges, _, _ = written
    statements = Counter(tuple(edge[column] for column in STATEMENT) for edge in edges)
    assert [s for s, n in statements.items() if n > 1] == []
    assert len({edge["id"] for edge in edges}) == len(edges)
    assert all(re.fullmatch(r"NMDA_PAIN:[a-z0-9-]+\.[a-z_]+\.[a-z0-9-]+", e["id"]) for e in edges)


def test_no_two_edges_of_the_shipped_registries_share_subject_predicate_and_object(tmp_path):
    # KGX's in-memory graph keys edges by these three and would merge two that agree
    for registry in (default_registry(), extended_registry()):
        with warnings.catch_warnings():
            warnings.simplefilter("error", KgxMergeWarning)
            _, edges_path, _ = write_kgx(registry, tmp_path)
        triples = Counter((e["subject"], e["predicate"], e["object"]) for e in read(edges_path))
        assert triples.most_common(1)[0][1] == 1
        assert sum(triples.values()) == len(registry.claims)


def test_edges_that_kgx_would_merge_are_written_and_named_in_a_warning(tmp_path):
    # contains and adjunct_to are both biolink:related_to: one triple for KGX
    registry = Registry(
        agents=(Agent(id="x", name="X"), Agent(id="y", name="Y")),
        references=(Reference(id="r", pmid="10229619"),),
        claims=tuple(
            Claim(
                subject="x",
                predicate=predicate,
                object="y",
                evidence=(Evidence(reference="r"),),
                certainty=Certainty.STATED,
            )
            for predicate in (Predicate.CONTAINS, Predicate.ADJUNCT_TO)
        ),
    )
    with pytest.warns(KgxMergeWarning) as caught:
        _, edges = export(registry, tmp_path)
    (warning,) = caught
    message = str(warning.message)
    assert "NMDA_PAIN:x.contains.y and NMDA_PAIN:x.adjunct_to.y" in message
    assert "NMDA_PAIN:x biolink:related_to NMDA_PAIN:y" in message
    assert "--stream" in message
    assert warning.filename == __file__  # the warning points at the caller's line
    assert sorted(edges) == ["NMDA_PAIN:x.adjunct_to.y", "NMDA_PAIN:x.contains.y"]


# --- what each edge says, checked against the registry ---------------------------------------


def expected_publications(claim, registry):
    """The CURIEs the module promises, worked out from the reference records directly."""
    found = []
    if is_from_article(claim, registry):
        found.append(f"doi:{registry.article.doi}")
    for item in claim.evidence:
        if item.disputes:
            continue
        reference = registry.reference(item.reference)
        if reference.pmid:
            found.append(f"PMID:{reference.pmid}")
        elif reference.pmcid:
            found.append(f"PMC:{reference.pmcid}")
        elif reference.doi:
            found.append(f"doi:{reference.doi}")
    return list(dict.fromkeys(found))


def test_each_edge_names_its_claims_sources_and_qualifiers(written):
    registry, _, edges, _, _ = written
    node_ids = {kgx.node_id(e, registry): e for e in registry.entities}
    by_id = {edge["id"]: edge for edge in edges}
    for claim in registry.claims:
        edge = by_id[f"NMDA_PAIN:{claim.subject}.{claim.predicate.value}.{claim.object}"]
        assert node_ids[edge["subject"]].id == claim.subject
        # a claim via a mechanism that changes a process is said of the process
        obj = edge["original_object"] or edge["object"]
        assert node_ids[obj].id == claim.object
        mapped = claim_predicate(claim)
        assert edge["predicate"] == mapped.predicate
        qualifiers = dict(mapped.qualifiers)
        if edge["original_object"]:  # the process the mechanism changes, and which way
            qualifiers["object_direction_qualifier"] = edge["object_direction_qualifier"]
            qualifiers["qualified_predicate"] = "biolink:causes"
        assert {q: edge[q] for q in QUALIFIERS if edge[q]} == qualifiers
        assert edge["original_predicate"] == f"NMDA_PAIN:{claim.predicate.value}"
        assert edge["certainty"] == claim.certainty.value
        assert items(edge["sections"]) == [s.value for s in claim.sections]
        assert edge["from_article"] == str(is_from_article(claim, registry)).lower()
        assert edge["contested"] == str(claim.contested).lower()
        assert split(edge["publications"]) == expected_publications(claim, registry)
        assert items(edge["references"]) == [e.reference for e in claim.evidence if not e.disputes]
        assert items(edge["disputed_by"]) == [e.reference for e in claim.evidence if e.disputes]
        assert edge["action"] == ("" if claim.mode is None else claim.mode.action.value)
        assert [node_ids[v].id for v in items(edge["via"])] == list(claim.via)
        if is_from_article(claim, registry):
            assert (edge["primary_knowledge_source"], edge["aggregator_knowledge_source"]) == (
                LIBRARY,
                "",
            )
        unnamed = [
            f"{r.id}: {r.verification.value}"
            for r in (registry.reference(e.reference) for e in claim.evidence if not e.disputes)
            if not (r.pmid or r.pmcid or r.doi)
        ]
        assert items(edge["references_without_identifier"]) == unnamed


def test_article_claims_cite_the_article_and_the_library_is_their_source(tmp_path):
    registry = default_registry()
    _, edges = export(registry, tmp_path)
    assert len(edges) == len(registry.claims)
    assert {e["from_article"] for e in edges.values()} == {"true"}
    assert {e["primary_knowledge_source"] for e in edges.values()} == {LIBRARY}
    assert {e["aggregator_knowledge_source"] for e in edges.values()} == {""}
    # none of the article's ten references has an identifier: the DOI of the article alone
    assert {e["publications"] for e in edges.values()} == {ARTICLE_DOI}
    memantine = edges["NMDA_PAIN:memantine.treats.neuropathic-pain"]
    assert memantine["references"] == "rowbotham-2020"


def test_publications_are_the_identifiers_of_the_supporting_references(tmp_path):
    _, edges = export(sourced_registry(), tmp_path)
    article = edge_of(edges, "x", "treats", "c")
    assert article["from_article"] == "true"
    # the article's DOI, then the PubMed id only, not the DOI, of a paper that has both
    assert article["publications"] == "doi:10.1000/review|PMID:9546794"
    assert article["references"] == "numbered;with-pmid"
    beyond = edge_of(edges, "y", "treats", "c")
    assert beyond["from_article"] == "false"
    assert beyond["publications"] == "PMID:9546794|doi:10.1000/only-doi"
    assert beyond["references"] == "with-pmid;with-doi;no-identifier"  # named though it has no id
    (claim,) = [c for c in sourced_registry().claims if c.key[0] == "y" and c.key[2] == "c"]
    assert "PMID" not in claim.notes  # nothing is read out of free text


def test_the_knowledge_source_is_the_information_resource_behind_the_claim(tmp_path):
    _, edges = export(sourced_registry(), tmp_path)
    # a release of GtoPdb, recognised by its title, and a paper: GtoPdb, aggregated by the library
    gtopdb = edge_of(edges, "x", "antagonizes", "r")
    assert (gtopdb["primary_knowledge_source"], gtopdb["aggregator_knowledge_source"]) == (
        "infores:gtopdb",
        LIBRARY,
    )
    # a label on DailyMed (by its URL) and another label nobody can place: DailyMed
    label = edge_of(edges, "y", "member_of", "cls")
    assert (label["primary_knowledge_source"], label["aggregator_knowledge_source"]) == (
        "infores:dailymed",
        LIBRARY,
    )
    assert label["supporting_data_source"] == ""
    # two resources at once: the library combined them, and names both
    both = edge_of(edges, "y", "antagonizes", "sub")
    assert (both["primary_knowledge_source"], both["aggregator_knowledge_source"]) == (LIBRARY, "")
    assert both["supporting_data_source"] == "infores:dailymed|infores:gtopdb"
    # papers alone, one of them titled after a database: the library curated it
    papers = edge_of(edges, "y", "treats", "c")
    assert (papers["primary_knowledge_source"], papers["aggregator_knowledge_source"]) == (
        LIBRARY,
        "",
    )
    unplaced = edge_of(edges, "x", "member_of", "cls")
    assert (unplaced["primary_knowledge_source"], unplaced["supporting_data_source"]) == (
        LIBRARY,
        "",
    )


def test_knowledge_sources_name_the_resources_the_export_does_not_recognise(tmp_path):
    _, edges = export(
        sourced_registry(),
        tmp_path,
        knowledge_source="infores:mine",
        knowledge_sources={"other-label": "infores:drugs-at-fda", "a-label": "infores:dailymed"},
    )
    unplaced = edge_of(edges, "x", "member_of", "cls")
    assert (unplaced["primary_knowledge_source"], unplaced["aggregator_knowledge_source"]) == (
        "infores:drugs-at-fda",
        "infores:mine",
    )
    labels = edge_of(edges, "y", "member_of", "cls")
    assert labels["primary_knowledge_source"] == "infores:mine"
    assert labels["supporting_data_source"] == "infores:dailymed|infores:drugs-at-fda"


@pytest.mark.parametrize("bad", ["nmda-pain", "infores:Upper", "infores:", "infores:a b"])
def test_an_infores_id_is_checked_before_anything_is_written(tmp_path, bad):
    with pytest.raises(ValueError, match="not an infores id"):
        write_kgx(sourced_registry(), tmp_path / "out", knowledge_source=bad)
    with pytest.raises(ValueError, match="not an infores id"):
        write_kgx(sourced_registry(), tmp_path / "out", knowledge_sources={"a-label": bad})
    assert not (tmp_path / "out").exists()


def test_knowledge_sources_may_name_only_the_registrys_references(tmp_path):
    with pytest.raises(ValueError, match="does not have: a-lable, z"):
        write_kgx(
            sourced_registry(),
            tmp_path / "out",
            knowledge_sources={"z": "infores:x", "a-lable": "infores:x", "a-label": "infores:y"},
        )
    assert not (tmp_path / "out").exists()


def test_the_recognised_resources_have_infores_ids():
    assert {r.infores for r in INFORMATION_RESOURCES} >= {"infores:gtopdb", "infores:dailymed"}
    for resource in INFORMATION_RESOURCES:
        assert re.fullmatch(r"infores:[a-z0-9_.-]+", resource.infores)
        assert resource.names or resource.hosts


def test_a_contested_claim_is_kept_with_its_disputing_sources_apart(tmp_path):
    _, edges = export(sourced_registry(), tmp_path)
    edge = edge_of(edges, "x", "antagonizes", "r")
    assert edge["contested"] == "true"
    assert edge["disputed_by"] == "disputing;disputing-bare"
    assert edge["disputing_publications"] == "PMID:38145984"
    assert edge["publications"] == "PMC:PMC7760600"  # support only
    assert edge["references"] == "gtopdb-release;named-paper"
    assert edge["knowledge_level"] == "knowledge_assertion"
    others = [e for key, e in edges.items() if key != edge["id"]]
    assert {e["contested"] for e in others} == {"false"}
    assert {e["disputed_by"] + e["disputing_publications"] for e in others} == {""}


def test_a_mode_of_action_qualifies_its_claims_edge(tmp_path):
    _, edges = export(sourced_registry(), tmp_path)
    edge = edge_of(edges, "x", "antagonizes", "r")
    assert (edge["predicate"], edge["qualified_predicate"]) == ("biolink:affects", "biolink:causes")
    assert (edge["object_aspect_qualifier"], edge["object_direction_qualifier"]) == (
        "activity",
        "decreased",
    )
    assert edge["causal_mechanism_qualifier"] == "molecular_channel_blockage"  # not "antagonism"
    assert (edge["action"], edge["binding_site"], edge["trapping"]) == (
        "channel_blocker",
        "channel_pore",
        "trapping",
    )
    assert edge["category"] == "biolink:ChemicalAffectsBiologicalEntityAssociation"  # a complex
    without = edge_of(edges, "y", "antagonizes", "sub")
    assert without["causal_mechanism_qualifier"] == "antagonism"
    assert (without["action"], without["binding_site"], without["trapping"]) == ("", "", "")
    assert without["category"] == "biolink:ChemicalAffectsGeneAssociation"  # a subunit: a protein


def test_via_names_the_mediating_mechanisms_as_nodes(tmp_path):
    nodes, edges = export(sourced_registry(), tmp_path)
    assert edge_of(edges, "x", "treats", "c")["via"] == "NMDA_PAIN:m"
    assert nodes["NMDA_PAIN:m"]["category"] == "biolink:BiologicalProcess"
    assert edge_of(edges, "y", "treats", "c")["via"] == ""


def test_node_ids_come_from_exact_mappings_and_xrefs_from_exact_close_and_broad_ones(tmp_path):
    nodes, edges = export(sourced_registry(), tmp_path)
    x = nodes["CHEBI:6121"]  # preferred over PUBCHEM.COMPOUND, though listed second
    assert x["name"] == "X"
    assert x["xref"] == "PUBCHEM.COMPOUND:3821|MESH:D007649"  # the close MeSH term too
    assert "NMDA_PAIN:c" in nodes  # a broad match does not name the condition...
    assert nodes["NMDA_PAIN:c"]["xref"] == "MONDO:0021667"  # ...but is listed beside it
    assert edge_of(edges, "x", "treats", "c")["subject"] == "CHEBI:6121"
    # a drug class is a chemical entity and, as has_chemical_role's object, a chemical role
    assert nodes["NMDA_PAIN:cls"]["category"] == "biolink:ChemicalEntity|biolink:ChemicalRole"


def test_references_without_an_identifier_are_named_with_their_verification(tmp_path):
    _, edges = export(sourced_registry(), tmp_path)
    edge = edge_of(edges, "y", "treats", "c")
    assert items(edge["references"]) == ["with-pmid", "with-doi", "no-identifier"]
    assert split(edge["publications"]) == ["PMID:9546794", "doi:10.1000/only-doi"]
    assert edge["references_without_identifier"] == "no-identifier: unverified"
    labelled = edge_of(edges, "y", "antagonizes", "sub")
    assert items(labelled["references_without_identifier"]) == [
        "a-label: verified",
        "gtopdb-release: verified",
    ]


def test_two_records_of_one_publication_name_it_once(tmp_path):
    registry = Registry(
        agents=(Agent(id="x", name="X"), Agent(id="y", name="Y")),
        references=(
            Reference(id="first", journal="J", pmid="123"),
            Reference(id="second", authors=("B",), pmid="123"),
            Reference(id="with-a-doi", authors=("C",), doi="10.1000/x"),
        ),
        claims=(
            Claim(
                subject="x",
                predicate=Predicate.COMBINED_WITH,
                object="y",
                evidence=(Evidence(reference="first"), Evidence(reference="second")),
                certainty=Certainty.STATED,
            ),
            Claim(
                subject="x",
                predicate=Predicate.BETTER_TOLERATED_THAN,
                object="y",
                evidence=(Evidence(reference="with-a-doi"),),
                certainty=Certainty.STATED,
            ),
        ),
    )
    nodes, edges = export(registry, tmp_path)
    assert sorted(nodes) == ["NMDA_PAIN:x", "NMDA_PAIN:y"]  # references are no nodes
    assert sorted(e["publications"] for e in edges.values()) == ["PMID:123", "doi:10.1000/x"]
    # a registry without a source: no claim is the article's
    assert {e["from_article"] for e in edges.values()} == {"false"}


def test_a_reference_with_only_an_identifier_is_named_by_it(tmp_path):
    registry = Registry(
        agents=(Agent(id="x", name="X"), Agent(id="y", name="Y")),
        references=(
            Reference(id="bare", pmid="10229619"),
            Reference(id="a-file", kind=ReferenceKind.DATABASE_RELEASE, accession="data.csv"),
        ),
        claims=(
            Claim(
                subject="x",
                predicate=Predicate.CONTAINS,
                object="y",
                evidence=(Evidence(reference="bare"), Evidence(reference="a-file")),
                certainty=Certainty.STATED,
            ),
        ),
    )
    _, edges = export(registry, tmp_path)
    (edge,) = edges.values()
    assert (edge["publications"], edge["references"]) == ("PMID:10229619", "bare;a-file")
    assert edge["references_without_identifier"] == "a-file: unverified"


def test_original_predicate_tells_collapsed_predicates_apart(tmp_path):
    _, edges_path, _ = write_kgx(default_registry(), tmp_path)
    edges = read(edges_path)
    by_original: dict[str, set[str]] = {}
    for edge in edges:
        by_original.setdefault(edge["original_predicate"], set()).add(edge["predicate"])
    # two comparisons of the same drugs: distinct Biolink predicates, so KGX keeps both
    assert by_original["NMDA_PAIN:has_lower_affinity_than"] == {"biolink:related_to"}
    assert by_original["NMDA_PAIN:better_tolerated_than"] == {
        "biolink:related_to_at_instance_level"
    }
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


def test_the_extended_registry_names_its_sources_beyond_the_article(tmp_path):
    registry = extended_registry()
    nodes, edges = export(registry, tmp_path)
    beyond = [e for e in edges.values() if e["from_article"] == "false"]
    assert len(beyond) == len(registry.claims) - len(default_registry().claims)
    assert all(ARTICLE_DOI not in e["publications"] for e in beyond)
    assert all(e["references"] for e in beyond)
    # quinidine's inhibition of CYP2D6, competitive, read in the NUEDEXTA label on DailyMed
    inhibition = edges["NMDA_PAIN:quinidine.inhibits.cyp2d6"]
    assert inhibition["causal_mechanism_qualifier"] == "competitive_inhibition"
    assert inhibition["category"] == "biolink:ChemicalAffectsGeneAssociation"
    assert inhibition["primary_knowledge_source"] == "infores:dailymed"
    assert inhibition["aggregator_knowledge_source"] == LIBRARY
    # a claim the table marks contested names who disputes it
    contested = [e for e in edges.values() if e["contested"] == "true"]
    assert contested
    assert all(e["disputed_by"] and e["from_article"] == "false" for e in contested)
    assert all(c.startswith("biolink:") for n in nodes.values() for c in split(n["category"]))


@needs_interop
def test_edge_categories_are_named_in_the_interop_notes(tmp_path):
    assert INTEROP is not None
    _, edges_path, _ = write_kgx(extended_registry(), tmp_path)
    used = {edge["category"] for edge in read(edges_path)} - {"biolink:Association"}
    assert used
    for name in used:
        assert f"`{name.removeprefix('biolink:')}`" in INTEROP, name


def test_edge_ids_come_from_the_claim_and_survive_other_changes(tmp_path):
    registry = default_registry()
    _, before, _ = write_kgx(registry, tmp_path / "before")
    first = registry.claims[0]
    extra = attrs.evolve(
        next(c for c in registry.claims if c.predicate is Predicate.TREATS),
        object="acute-pain",
    )
    assert extra.key not in {c.key for c in registry.claims}
    changed = attrs.evolve(registry, claims=(extra, *registry.claims))
    _, after, _ = write_kgx(changed, tmp_path / "after")
    old = {e["id"]: e for e in read(before)}
    new = {e["id"]: e for e in read(after)}
    assert set(old) < set(new)
    assert all(new[i] == row for i, row in old.items())
    subject, predicate, obj = first.key
    assert f"NMDA_PAIN:{subject}.{predicate.value}.{obj}" in old
    _, again, _ = write_kgx(registry, tmp_path / "again")
    assert again.read_bytes() == before.read_bytes()  # deterministic


# --- cells ---------------------------------------------------------------------------------------

ODD = 'Ém "x" | y'
ODD_TEXT = 'a "quoted" <b> & c | d — ü'


def _odd_registry() -> Registry:
    reference = Reference(id="ref", authors=("A",), title=ODD, journal="J", year=2020)
    return Registry(
        agents=(
            Agent(id="x", name=ODD, description=ODD_TEXT, synonyms=('"quoted"', "a|b", "<&>")),
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
            ),
        ),
    )


def test_cells_are_written_without_quoting(tmp_path):
    nodes_path, edges_path, _ = write_kgx(_odd_registry(), tmp_path)
    raw = nodes_path.read_text(encoding="utf-8")
    assert '\tÉm "x" / y\t' in raw  # no quotes added, none doubled
    nodes = {row["id"]: row for row in read(nodes_path)}
    x = nodes["NMDA_PAIN:x"]
    assert x["name"] == ODD.replace("|", "/")
    assert x["description"] == ODD_TEXT.replace("|", "/")
    assert x["synonym"].split("|") == ['"quoted"', "a/b", "<&>"]
    assert nodes["NMDA_PAIN:r"]["name"] == "R & <S>"
    assert nodes["NMDA_PAIN:c"]["name"] == '"C"'
    (claim,) = read(edges_path)
    assert claim["curator_notes"] == ODD_TEXT.replace("|", "/")
    assert claim["supporting_text"] == ""
    assert {len(row) for row in rows(nodes_path)} == {len(NODE_COLUMNS)}
    assert {len(row) for row in rows(edges_path)} == {len(EDGE_COLUMNS)}


def test_cells_hold_no_tabs_or_line_breaks(tmp_path):
    registry = Registry(
        agents=(Agent(id="x", name="X", description="two\tcells\nand lines", synonyms=("a|b",)),)
    )
    nodes_path, _, _ = write_kgx(
        registry, tmp_path, basename="odd", knowledge_source="infores:mine"
    )
    (node,) = read(nodes_path)
    assert node["description"] == "two cells and lines"
    assert node["synonym"] == "a/b"
    assert node["provided_by"] == "infores:mine"


def test_a_failure_leaves_the_old_files_and_no_temporary_one(tmp_path, monkeypatch):
    registry = default_registry()
    _, edges_path, _ = write_kgx(registry, tmp_path)
    before = edges_path.read_bytes()

    def failing(*_args):
        yield dict.fromkeys(EDGE_COLUMNS, "")
        msg = "disk full"
        raise OSError(msg)

    monkeypatch.setattr(kgx, "_edges", failing)
    with pytest.raises(OSError, match="disk full"):
        write_kgx(registry, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "nmda_pain_context.jsonld",
        "nmda_pain_edges.tsv",
        "nmda_pain_nodes.tsv",
    ]
    assert edges_path.read_bytes() == before


def test_a_malformed_row_is_refused(tmp_path, monkeypatch):
    row = {"id": "x", "subject": "s", "predicate": "p", "object": "o"}
    monkeypatch.setattr(kgx, "_edges", lambda *_args: [row])
    with pytest.raises(ValueError, match="columns"):
        write_kgx(Registry(), tmp_path)
    monkeypatch.setattr(kgx, "_edges", lambda *_args: [dict.fromkeys(EDGE_COLUMNS, "a\tb")])
    with pytest.raises(ValueError, match="tab or a line break"):
        write_kgx(Registry(), tmp_path)
    assert list(tmp_path.iterdir()) == []  # all three files or none (tests/test_atomic.py)


def test_shipped_nodes_take_their_preferred_identifier(tmp_path):
    nodes_path, _, _ = write_kgx(extended_registry(), tmp_path)
    nodes = {n["name"]: n for n in read(nodes_path)}
    assert nodes["Ketamine"]["id"] == "CHEBI:6121"
    assert "PUBCHEM.COMPOUND:3821" in nodes["Ketamine"]["xref"].split("|")
    registry = extended_registry()
    for entity in registry.entities:  # one of its own identifiers, or the library's id
        node = kgx.node_id(entity, registry)
        identifiers = [curie.biolink for curie in registry.identifiers(entity)]
        assert node in {*identifiers, f"NMDA_PAIN:{entity.id}"}
        assert identifiers or node == f"NMDA_PAIN:{entity.id}"
    assert nodes["GluN2B"]["id"] == "UniProtKB:Q13224"
    assert nodes["GluN2B"]["category"] == "biolink:Protein"
    assert (
        nodes["Interference with central sensitization"]["id"]
        == "NMDA_PAIN:central-sensitization-interference"
    )


def test_a_claim_via_a_mechanism_that_changes_a_process_affects_that_process(written):
    registry, nodes, edges, _, _ = written
    by_id = {edge["id"]: edge for edge in edges}
    named = {node["id"]: node for node in nodes}
    changes = {m.subject: m for m in registry.mappings if m.direction is not None}
    seen = 0
    for claim in registry.claims:
        edge = by_id[claim_id(claim)]
        change = changes.get(claim.object)
        if claim.predicate is not Predicate.ACTS_VIA or change is None:
            assert edge["original_object"] == edge["original_object_name"] == ""
            continue
        seen += 1
        mechanism = registry.index.by_id[claim.object]
        assert edge["predicate"] == "biolink:affects"
        assert edge["object"] == change.object.biolink
        assert edge["object_direction_qualifier"] == change.direction.value
        assert edge["original_object"] == kgx.node_id(mechanism, registry)
        assert edge["original_object_name"] == mechanism.name
        assert edge["category"] == "biolink:ChemicalEntityToBiologicalProcessAssociation"
        assert edge["qualified_predicate"] == "biolink:causes"
        process = named[change.object.biolink]
        assert (process["category"], process["name"]) == (
            "biolink:BiologicalProcess",
            change.object_label,
        )
    # the shipped registries have agents acting via calcium-influx blockade
    assert seen or not changes or registry.article is None


def test_the_shipped_calcium_blockade_is_a_decrease_of_calcium_import(tmp_path):
    nodes, edges = export(default_registry(), tmp_path)
    blocking = [
        e for e in edges.values() if e["original_object"].endswith("calcium-influx-blockade")
    ]
    assert blocking
    assert {(e["object"], e["object_direction_qualifier"]) for e in blocking} == {
        ("GO:0098703", "decreased")
    }
    assert nodes["GO:0098703"]["name"] == "calcium ion import across plasma membrane"


def test_the_context_expands_every_prefix_the_nodes_use(written):
    _, nodes, _, nodes_path, _ = written
    context = json.loads(nodes_path.with_name("nmda_pain_context.jsonld").read_text("utf-8"))
    expansions = context["@context"]
    used = {c.partition(":")[0] for n in nodes for c in (n["id"], *split(n["xref"]))}
    assert set(expansions) == used | {"NMDA_PAIN"}
    assert expansions["NMDA_PAIN"] == "urn:nmda-pain:"
    for node in nodes:  # each id expands to the IRI its CURIE names
        prefix, _, local = node["id"].partition(":")
        if prefix != "NMDA_PAIN":
            assert expansions[prefix] + local == Curie.parse(node["id"]).iri
