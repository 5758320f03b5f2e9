"""Nanopublications: one per claim in TriG, read back with rdflib, sources and licence as the registry says."""

from __future__ import annotations

import doctest
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from rdflib import RDF, RDFS, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from nmda_pain import (
    Curie,
    Reference,
    ReferenceKind,
    Registry,
    __version__,
    default_registry,
    extended_registry,
)
from nmda_pain.biolink import (
    CERTAINTY_FORMS,
    LOCAL_NAMESPACE,
    categories,
    claim_predicate,
    node_id,
    reference_category,
)
from nmda_pain.exports import ARTICLE_LICENSE, nanopub
from nmda_pain.exports._common import reference_iri
from nmda_pain.exports.nanopub import NAMESPACES, write_nanopubs
from nmda_pain.model import PREFIXES
from nmda_pain.provenance import is_from_article
from tests.builders import users_registry
from tests.strategies import registries

NP = Namespace("http://www.nanopub.org/nschema#")
BIOLINK = Namespace("https://w3id.org/biolink/vocab/")
CITO = Namespace("http://purl.org/spar/cito/")
VOCAB = Namespace(f"{LOCAL_NAMESPACE}vocab.")
GRAPHS = ("Head", "assertion", "provenance", "pubinfo")
REGISTRIES = [default_registry, extended_registry, users_registry]

# rdflib 7.6 warns about its own internal use of the names it deprecates whenever a Dataset
# is parsed or queried (RDFLib/rdflib#3475): ignored where rdflib's own code is the caller,
# and only there. The writer is checked to warn of nothing (the hash-seed test runs -W error).
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")


def read(path: Path) -> Dataset:
    return Dataset().parse(path, format="trig")


def written(registry: Registry, folder: Path) -> Dataset:
    return read(write_nanopubs(registry, folder / "nanopubs.trig"))


@pytest.fixture(scope="module", params=REGISTRIES, ids=lambda make: make.__name__)
def exported(request, tmp_path_factory):
    """A shipped registry (or a user's) and its nanopublications, read back with rdflib."""
    registry = request.param()
    return registry, written(registry, tmp_path_factory.mktemp("nanopubs"))


def nanopub_iri(claim) -> str:
    subject, predicate, obj = claim.key
    return f"{LOCAL_NAMESPACE}nanopub.{subject}.{predicate.value}.{obj}"


def graph(dataset: Dataset, claim, name: str):
    return dataset.graph(URIRef(f"{nanopub_iri(claim)}#{name}"))


def node_iri(entity, registry) -> str:
    """The IRI a node id should expand to: its prefix's Prefix.iri and the local id."""
    curie = node_id(entity, registry)
    prefix, _, local = curie.partition(":")
    if prefix == "NMDA_PAIN":
        return f"{LOCAL_NAMESPACE}{local}"
    parsed = Curie.parse(curie)
    return PREFIXES[parsed.prefix].iri + parsed.identifier


def nanopubs_in(dataset: Dataset) -> set[str]:
    query = "SELECT DISTINCT ?np WHERE { GRAPH ?head { ?np a np:Nanopublication } }"
    return {str(row[0]) for row in dataset.query(query, initNs={"np": NP})}


# -- one nanopublication per claim, with its four graphs ---------------------------------------


def test_each_claim_is_one_nanopublication_of_four_graphs(exported):
    registry, dataset = exported
    assert nanopubs_in(dataset) == {nanopub_iri(claim) for claim in registry.claims}
    assert len(registry.claims) == len(nanopubs_in(dataset))
    named = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert named == {f"{nanopub_iri(c)}#{name}" for c in registry.claims for name in GRAPHS}
    for claim in registry.claims:
        this = URIRef(nanopub_iri(claim))
        head = graph(dataset, claim, "Head")
        assert set(head) == {
            (this, RDF.type, NP.Nanopublication),
            (this, NP.hasAssertion, URIRef(f"{this}#assertion")),
            (this, NP.hasProvenance, URIRef(f"{this}#provenance")),
            (this, NP.hasPublicationInfo, URIRef(f"{this}#pubinfo")),
        }


def test_the_assertion_is_the_one_biolink_triple_of_the_claim(exported):
    registry, dataset = exported
    entities = registry.index.by_id
    changes = {m.subject: m for m in registry.mappings if m.direction is not None}
    for claim in registry.claims:
        predicate = claim_predicate(claim).predicate.removeprefix("biolink:")
        change = changes.get(claim.object) if predicate == "affects" else None
        # acting via a mechanism that changes a process is said of the process
        obj = node_iri(entities[claim.object], registry) if change is None else change.object.iri
        assert set(graph(dataset, claim, "assertion")) == {
            (URIRef(node_iri(entities[claim.subject], registry)), BIOLINK[predicate], URIRef(obj))
        }
        if change is not None:
            provenance = graph(dataset, claim, "provenance")
            assertion = URIRef(f"{nanopub_iri(claim)}#assertion")
            assert provenance.value(assertion, BIOLINK.original_object) == URIRef(
                node_iri(entities[claim.object], registry)
            )
            assert provenance.value(assertion, BIOLINK.object_direction_qualifier) == Literal(
                change.direction.value
            )


@given(registries())
@settings(max_examples=25)
def test_any_registry_reads_back_one_nanopublication_per_claim(registry):
    with tempfile.TemporaryDirectory() as folder:
        dataset = written(registry, Path(folder))
    assert nanopubs_in(dataset) == {nanopub_iri(claim) for claim in registry.claims}
    for claim in registry.claims:
        assert len(graph(dataset, claim, "assertion")) == 1


def test_an_empty_registry_writes_a_file_with_no_nanopublication(tmp_path):
    path = write_nanopubs(Registry(), str(tmp_path / "empty.trig"))
    assert path == tmp_path / "empty.trig"
    assert nanopubs_in(read(path)) == set()


# -- the claims about neuropathic pain, with their sources, by SPARQL ------------------------

NEUROPATHIC_SOURCES = """
SELECT ?name ?source WHERE {
    GRAPH ?head {
        ?np a np:Nanopublication ;
            np:hasAssertion ?assertion ;
            np:hasProvenance ?provenance ;
            np:hasPublicationInfo ?pubinfo .
    }
    GRAPH ?assertion { ?subject ?predicate ?condition }
    GRAPH ?pubinfo { ?subject rdfs:label ?name }
    GRAPH ?provenance {
        ?assertion prov:wasDerivedFrom ?cited .
        ?cited dcterms:identifier ?source .
    }
}
"""


def test_sparql_finds_the_claims_about_neuropathic_pain_with_their_sources(exported):
    registry, dataset = exported
    condition = registry.resolve("neuropathic-pain")
    rows = dataset.query(
        NEUROPATHIC_SOURCES,
        initNs={"np": NP, "prov": PROV, "dcterms": DCTERMS, "rdfs": RDFS},
        initBindings={"condition": URIRef(node_iri(condition, registry))},
    )
    found = {(str(name), str(source)) for name, source in rows}
    expected = set()
    for claim in registry.claims:
        if claim.object != condition.id:
            continue
        name = registry.index.by_id[claim.subject].name
        sources = [item.reference for item in claim.evidence if not item.disputes]
        if is_from_article(claim, registry):
            assert registry.article is not None
            sources.append(registry.article.id)
        expected |= {(name, source) for source in sources}
    assert found == expected
    assert {"Memantine", "Dextromethorphan"} <= {name for name, _ in found}


def test_the_docstring_example_runs():
    failures, attempted = doctest.testmod(nanopub)
    assert failures == 0
    assert attempted > 0


def test_the_conditions_iri_is_its_biolink_node_expanded():
    registry = default_registry()
    assert nanopub._node_iri(registry.resolve("ketamine"), registry) == (
        "http://purl.obolibrary.org/obo/CHEBI_6121"
    )
    condition = registry.resolve("neuropathic-pain")
    assert nanopub._node_iri(condition, registry) == node_iri(condition, registry)


# -- provenance: sources, disputes, standing, qualifiers ---------------------------------------


def test_provenance_names_every_source_and_the_claims_standing(exported):
    registry, dataset = exported
    for claim in registry.claims:
        provenance = graph(dataset, claim, "provenance")
        assertion = URIRef(f"{nanopub_iri(claim)}#assertion")
        from_article = is_from_article(claim, registry)
        cited = list(zip(claim.evidence, registry.references_of(claim), strict=True))
        support = [reference for item, reference in cited if not item.disputes]
        disputing = [reference for item, reference in cited if item.disputes]
        if from_article:
            assert registry.article is not None
            support.append(registry.article)
        assert set(provenance.objects(assertion, PROV.wasDerivedFrom)) == {
            URIRef(reference_iri(r)) for r in support
        }
        assert set(provenance.objects(assertion, CITO.isDisputedBy)) == {
            URIRef(reference_iri(r)) for r in disputing
        }
        for reference in (*support, *disputing):
            iri = URIRef(reference_iri(reference))
            assert provenance.value(iri, DCTERMS.identifier) == Literal(reference.id)
            assert provenance.value(iri, RDFS.label) == Literal(
                reference.title or reference.citation
            )
            assert provenance.value(iri, RDF.type) == URIRef(
                BIOLINK[reference_category(reference).removeprefix("biolink:")]
            )
            assert provenance.value(iri, VOCAB.verification) == Literal(
                reference.verification.value
            )
        assert provenance.value(assertion, VOCAB.certainty) == Literal(claim.certainty.value)
        assert provenance.value(assertion, VOCAB.certainty_rank) == Literal(claim.certainty.rank)
        assert provenance.value(assertion, VOCAB.from_article) == Literal(from_article)
        assert sorted(str(s) for s in provenance.objects(assertion, VOCAB.section)) == sorted(
            section.value for section in claim.sections
        )
        form = CERTAINTY_FORMS[claim.certainty]
        assert provenance.value(assertion, BIOLINK.knowledge_level) == Literal(form.knowledge_level)
        assert provenance.value(assertion, BIOLINK.agent_type) == Literal(form.agent_type)
        assert provenance.value(assertion, BIOLINK.original_predicate) == URIRef(
            f"{LOCAL_NAMESPACE}{claim.predicate.value}"
        )
        comment = provenance.value(assertion, RDFS.comment)
        assert comment == (Literal(claim.notes) if claim.notes else None)


def test_qualifiers_are_said_of_the_assertion(exported):
    registry, dataset = exported
    qualified = [claim for claim in registry.claims if claim_predicate(claim).qualifiers]
    assert qualified
    for claim in qualified:
        provenance = graph(dataset, claim, "provenance")
        assertion = URIRef(f"{nanopub_iri(claim)}#assertion")
        for slot, value in claim_predicate(claim).qualifiers:
            expected = (
                BIOLINK[value.removeprefix("biolink:")]
                if value.startswith("biolink:")
                else Literal(value)
            )
            assert provenance.value(assertion, BIOLINK[slot]) == expected


def test_a_disputing_reference_is_no_source_of_the_claim(tmp_path):
    registry = extended_registry()
    (claim,) = [claim for claim in registry.claims if claim.contested]
    dataset = written(registry, tmp_path)
    provenance = graph(dataset, claim, "provenance")
    assertion = URIRef(f"{nanopub_iri(claim)}#assertion")
    disputing = {registry.reference(i.reference) for i in claim.evidence if i.disputes}
    iris = {URIRef(reference_iri(r)) for r in disputing}
    assert iris
    assert iris.isdisjoint(provenance.objects(assertion, PROV.wasDerivedFrom))
    assert set(provenance.objects(assertion, CITO.isDisputedBy)) == iris


# -- publication info: licence, creator, what the nodes are -------------------------------------


def test_only_the_articles_claims_carry_its_cc_by_licence(exported):
    registry, dataset = exported
    seen = set()
    for claim in registry.claims:
        pubinfo = graph(dataset, claim, "pubinfo")
        this = URIRef(nanopub_iri(claim))
        from_article = is_from_article(claim, registry)
        seen.add(from_article)
        if from_article:
            assert pubinfo.value(this, DCTERMS.license) == URIRef(ARTICLE_LICENSE)
            assert pubinfo.value(this, DCTERMS.rights) is None
        else:
            assert pubinfo.value(this, DCTERMS.license) is None
            assert "goes beyond the CC BY 4.0 source article" in str(
                pubinfo.value(this, DCTERMS.rights)
            )
    assert True in seen


def test_a_claim_beyond_the_article_has_no_licence(tmp_path):
    registry = extended_registry()
    (claim,) = [c for c in registry.claims if c.key[0] == "quinidine" and c.object == "cyp2d6"]
    assert not is_from_article(claim, registry)
    pubinfo = graph(written(registry, tmp_path), claim, "pubinfo")
    assert pubinfo.value(URIRef(nanopub_iri(claim)), DCTERMS.license) is None


def test_pubinfo_names_the_library_and_what_the_nodes_are(exported):
    registry, dataset = exported
    library = URIRef(f"{LOCAL_NAMESPACE}library.{__version__}")
    for claim in registry.claims:
        pubinfo = graph(dataset, claim, "pubinfo")
        assert pubinfo.value(URIRef(nanopub_iri(claim)), PROV.wasAttributedTo) == library
        assert pubinfo.value(library, RDF.type) == PROV.SoftwareAgent
        assert pubinfo.value(library, URIRef("http://schema.org/softwareVersion")) == Literal(
            __version__
        )
        for entity_id in (claim.subject, claim.object):
            entity = registry.index.by_id[entity_id]
            iri = URIRef(node_iri(entity, registry))
            assert pubinfo.value(iri, RDFS.label) == Literal(entity.name)
            assert set(pubinfo.objects(iri, RDF.type)) == {
                BIOLINK[name.removeprefix("biolink:")] for name in categories(entity)
            }
        assert graph(dataset, claim, "assertion").value(predicate=RDFS.label) is None


# -- IRIs ----------------------------------------------------------------------------------------


def test_no_namespace_is_made_up():
    # the expansions of the model's prefixes are tested with them, in tests/model/test_identifiers.py
    assert all("example.org" not in namespace for namespace in NAMESPACES.values())


@pytest.mark.parametrize(
    ("curie", "iri"),
    [
        ("NMDA_PAIN:ketamine", "urn:nmda-pain:ketamine"),
        ("CHEBI:6121", "http://purl.obolibrary.org/obo/CHEBI_6121"),
        ("MESH:D007649", "http://id.nlm.nih.gov/mesh/D007649"),
        ("UniProtKB:Q05586", "http://purl.uniprot.org/uniprot/Q05586"),
        ("PUBCHEM.COMPOUND:3821", "http://identifiers.org/pubchem.compound/3821"),
        ("atc:N01AX03", "https://bioregistry.io/atc:N01AX03"),
        ("doi:10.1002/(SICI)1097-4636<3>", "https://doi.org/10.1002/(SICI)1097-4636%3C3%3E"),
    ],
)
def test_a_node_id_expands_to_a_resolvable_iri(curie, iri):
    assert nanopub._curie_iri(curie) == iri


@pytest.mark.parametrize(
    ("fields", "iri"),
    [
        (
            {"pmid": "9546794", "doi": "10.1038/nm0498-460"},
            "http://www.ncbi.nlm.nih.gov/pubmed/9546794",
        ),
        ({"pmcid": "PMC7760600"}, "http://europepmc.org/articles/PMC7760600"),
        ({"doi": "10.1038/nm0498-460"}, "https://doi.org/10.1038/nm0498-460"),
        ({}, "urn:nmda-pain:reference.a-paper"),
    ],
)
def test_a_reference_is_named_by_its_publication_identifier_or_a_urn(fields, iri):
    reference = Reference(
        id="a-paper", kind=ReferenceKind.JOURNAL_ARTICLE, title="A paper", **fields
    )
    assert reference_iri(reference) == iri


def test_a_biolink_name_must_be_a_biolink_curie():
    assert nanopub._biolink("biolink:treats") == "https://w3id.org/biolink/vocab/treats"
    with pytest.raises(ValueError, match="'treats' is not a biolink: CURIE"):
        nanopub._biolink("treats")


def test_nothing_is_named_under_example_org(tmp_path):
    path = write_nanopubs(users_registry(extended_registry()), tmp_path / "np.trig")
    assert "example.org" not in path.read_text(encoding="utf-8")


# -- the file: byte-stable, atomic, errors name it ---------------------------------------------


def test_the_output_is_byte_stable_across_runs_and_hash_seeds(tmp_path):
    first = write_nanopubs(extended_registry(), tmp_path / "first.trig").read_bytes()
    assert write_nanopubs(extended_registry(), tmp_path / "again.trig").read_bytes() == first
    script = textwrap.dedent(
        f"""
        from nmda_pain import extended_registry
        from nmda_pain.exports.nanopub import write_nanopubs
        write_nanopubs(extended_registry(), {str(tmp_path / "seeded.trig")!r})
        """
    )
    for seed in ("1", "2"):
        subprocess.run(
            [sys.executable, "-W", "error", "-c", script],
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert (tmp_path / "seeded.trig").read_bytes() == first


def test_the_graphs_of_a_nanopublication_are_written_together(tmp_path):
    text = write_nanopubs(default_registry(), tmp_path / "np.trig").read_text(encoding="utf-8")
    blocks = [line.split(" ")[0] for line in text.splitlines() if line.endswith("{")]
    assert blocks == sorted(blocks)
    assert [block.rpartition("#")[2] for block in blocks[:4]] == [
        "Head>",
        "assertion>",
        "provenance>",
        "pubinfo>",
    ]


def test_the_ordered_dataset_keeps_rdflibs_default_graph_setter():
    dataset = nanopub._ordered_dataset()
    default = dataset.default_context
    dataset.default_context = default
    assert dataset.default_graph is default


def test_an_existing_file_is_replaced_and_a_failure_leaves_it(tmp_path, monkeypatch):
    path = tmp_path / "np.trig"
    path.write_bytes(b"the old file")

    def fail(_nanopubs):
        msg = "disk full"
        raise OSError(msg)

    monkeypatch.setattr(nanopub, "_trig", fail)
    with pytest.raises(OSError, match="disk full"):
        write_nanopubs(default_registry(), path)
    assert path.read_bytes() == b"the old file"
    monkeypatch.undo()
    write_nanopubs(default_registry(), path)
    assert nanopubs_in(read(path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["np.trig"]


def test_a_missing_folder_is_an_error_that_names_the_path(tmp_path):
    target = tmp_path / "missing" / "np.trig"
    with pytest.raises(FileNotFoundError, match=r"missing/np\.trig"):
        write_nanopubs(default_registry(), target)


def test_a_directory_in_the_way_is_an_error_and_leaves_nothing_behind(tmp_path):
    (tmp_path / "taken").mkdir()
    with pytest.raises(OSError, match="taken"):
        write_nanopubs(default_registry(), tmp_path / "taken")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_without_rdflib_the_error_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "rdflib", None)
    with pytest.raises(ImportError, match=r"pip install 'nmda_pain\[rdf\]'") as info:
        write_nanopubs(default_registry(), tmp_path / "np.trig")
    assert info.value.name == "rdflib"
    assert list(tmp_path.iterdir()) == []
