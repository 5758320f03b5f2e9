"""Nanopublications in TriG: one per claim, with its sources and its licence (extra ``rdf``).

rdflib is imported when :func:`write_nanopubs` is called, never on import;
without it the call raises an :class:`ImportError` that says to
``pip install 'nmda_pain[rdf]'``.

Each claim of the registry is one nanopublication: four named graphs, linked
by the head graph with the nanopublication schema
(``http://www.nanopub.org/nschema#``: ``Nanopublication``, ``hasAssertion``,
``hasProvenance``, ``hasPublicationInfo``).

**IRIs.** A nanopublication's IRI comes from its claim's key, so it stays the
same while the claim does: ``urn:nmda-pain:nanopub.<subject>.<predicate>.<object>``
(the registry's ids and the predicate's value, as the KGX edge id), and its
graphs are that IRI with ``#Head``, ``#assertion``, ``#provenance`` and
``#pubinfo``. They are URNs under :data:`nmda_pain.biolink.LOCAL_NAMESPACE`:
the library publishes nothing at an address, and a nanopublication server
would give them trusty URIs of its own when signing them.

An entity is named by the IRI of its Biolink node id
(:func:`nmda_pain.biolink.node_id`, the id of the KGX export), its
:attr:`nmda_pain.Curie.iri`: the expansion the Biolink Model prefix map gives
its prefix (an OBO PURL for ChEBI, MONDO, HP, GO and DOID, identifiers.org for
PubChem, DrugBank, ChEMBL and HGNC, the MeSH and UniProt RDF IRIs), so that
the nodes are the very IRIs Biolink graphs and the ontologies use, and the
Bioregistry resolver's for a prefix that map lacks (ATC, GtoPdb targets,
FamPlex); an entity with no exact term is ``urn:nmda-pain:<id>``. A reference
is named by the first of its PubMed id, PubMed Central id and DOI
(:func:`~nmda_pain.exports._common.publication_curie`'s order, as the KGX
publications): ``http://www.ncbi.nlm.nih.gov/pubmed/<pmid>``,
``http://europepmc.org/articles/<pmcid>`` or ``https://doi.org/<doi>``, the
Biolink expansions; one with none is ``urn:nmda-pain:reference.<id>``. No IRI
is made up under a web address nobody serves.

**Assertion.** One triple, the claim's subject, its Biolink predicate
(:func:`nmda_pain.biolink.claim_predicate`, expanded to
``https://w3id.org/biolink/vocab/``) and its object: what the sources assert,
and nothing else.

**Provenance**, about the assertion graph:

* ``prov:wasDerivedFrom`` the source article, for a claim of the article
  (:func:`nmda_pain.provenance.is_from_article`), and each supporting reference
  of its evidence; ``cito:isDisputedBy`` each reference that disputes it
  (:attr:`nmda_pain.Claim.contested`). Each of these references is described
  there too: its Biolink category (:func:`nmda_pain.biolink.reference_category`)
  as ``rdf:type``, its title (else its one-line citation) as ``rdfs:label``,
  its registry id as ``dcterms:identifier``, its citation as
  ``dcterms:bibliographicCitation`` and its verification status as
  ``urn:nmda-pain:vocab.verification`` (``"verified"`` or ``"unverified"``).
* the claim's standing, in this package's terms under ``urn:nmda-pain:vocab.``:
  ``certainty`` (the :class:`~nmda_pain.Certainty` value), ``certainty_rank``
  (its :attr:`~nmda_pain.Certainty.rank`, an integer, higher is stronger),
  ``from_article`` (a boolean) and ``section`` (each article section that
  states it, in article order).
* the Biolink slots of the claim's association, said of the assertion:
  ``biolink:knowledge_level`` and ``biolink:agent_type``
  (:data:`nmda_pain.biolink.CERTAINTY_FORMS`), ``biolink:original_predicate``
  (our predicate, ``urn:nmda-pain:<predicate>``: two claims whose Biolink
  triples are the same, such as ``has_lower_affinity_than`` and
  ``better_tolerated_than``, stay apart) and the qualifiers of
  :func:`~nmda_pain.biolink.claim_predicate` (``biolink:causal_mechanism_qualifier``
  and the like, a ``biolink:`` value as its IRI, any other as text). No
  reification and no RDF-star: a nanopublication's provenance is already about
  its assertion.
* the curator notes as ``rdfs:comment``, where the claim has any.

**Publication info**, about the nanopublication:

* ``dcterms:license`` the claim's licence, by the one rule of
  :mod:`nmda_pain.exports.licences`: CC BY 4.0 for a claim of the article,
  which restates it. A claim beyond the article gets no licence but a
  ``dcterms:rights`` text saying why: it restates sources (database releases,
  drug labels, papers) whose licences the registry does not record.
* ``prov:wasAttributedTo`` this library at its version
  (``urn:nmda-pain:library.<version>``, a ``prov:SoftwareAgent`` with its
  ``schema:softwareVersion``).
* the ``rdfs:label`` (the entity's name) and ``rdf:type`` (each of its Biolink
  categories, :func:`nmda_pain.biolink.categories`) of the subject and the
  object: they say what the IRIs of the assertion stand for, which no source
  of the claim asserts, so they stay out of the assertion.

No ``dcterms:created``: the output depends on the registry and the library's
version alone, byte for byte, and the registry holds no date to give. The
claim's mode of action beyond its Biolink qualifiers, its measured affinities,
mediating mechanisms and clinical setting are not written; the SQLite and
DataFrame exports hold them.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, TypeAlias

from attrs import frozen

from nmda_pain._atomic import replacing
from nmda_pain._version import __version__
from nmda_pain.biolink import (
    CERTAINTY_FORMS,
    LOCAL_NAMESPACE,
    LOCAL_PREFIX,
    categories,
    node_id,
    reference_category,
    statement,
)
from nmda_pain.exports._common import claim_slug, import_extra, reference_iri
from nmda_pain.exports.licences import UNRECORDED, claim_license
from nmda_pain.model import Curie
from nmda_pain.provenance import is_from_article

if TYPE_CHECKING:
    from collections.abc import Generator, Iterable

    from rdflib import Dataset, Graph
    from rdflib.term import Node

    from nmda_pain.model import Claim, Entity, Reference
    from nmda_pain.registry import Registry

__all__ = ["NAMESPACES", "write_nanopubs"]

_NP: Final = "http://www.nanopub.org/nschema#"
_PROV: Final = "http://www.w3.org/ns/prov#"
_DCTERMS: Final = "http://purl.org/dc/terms/"
_CITO: Final = "http://purl.org/spar/cito/"
_BIOLINK: Final = "https://w3id.org/biolink/vocab/"
_SCHEMA: Final = "http://schema.org/"
_RDF: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS: Final = "http://www.w3.org/2000/01/rdf-schema#"
_VOCAB: Final = f"{LOCAL_NAMESPACE}vocab."

NAMESPACES: Final = MappingProxyType(
    {
        "np": _NP,
        "prov": _PROV,
        "dcterms": _DCTERMS,
        "cito": _CITO,
        "biolink": _BIOLINK,
        "schema": _SCHEMA,
        "rdfs": _RDFS,
        LOCAL_PREFIX: LOCAL_NAMESPACE,
    }
)
"""The prefixes the TriG file declares, by name."""

_TYPE: Final = f"{_RDF}type"
_LABEL: Final = f"{_RDFS}label"
_DERIVED_FROM: Final = f"{_PROV}wasDerivedFrom"
_GRAPHS: Final = ("Head", "assertion", "provenance", "pubinfo")


@frozen
class _Iri:
    """An IRI as the object of a triple (a bare string there is text)."""

    value: str


_Object: TypeAlias = "_Iri | str | int"  # a bool is an int: it becomes a boolean literal
_Triple: TypeAlias = "tuple[str, str, _Object]"


@frozen
class _Nanopub:
    """One nanopublication as plain data: its IRI and the triples of its four graphs."""

    iri: str
    graphs: tuple[tuple[str, tuple[_Triple, ...]], ...]


def write_nanopubs(registry: Registry, path: str | os.PathLike[str]) -> Path:
    """Write each claim of *registry* as one nanopublication, all in one TriG file at *path*.

    The module docstring says what each graph holds. The output depends on the
    registry and the library's version only: writing it twice gives the same
    bytes. The file is replaced atomically: on an error the old file (if any)
    is left as it was and no temporary file remains.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from nmda_pain import default_registry
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_nanopubs(default_registry(), Path(folder) / "nanopubs.trig")
    ...     text = path.read_text(encoding="utf-8")
    >>> start = text.index("<urn:nmda-pain:nanopub.memantine.treats.neuropathic-pain#assertion> {")
    >>> print(text[start : text.index("}", start) + 1])
    <urn:nmda-pain:nanopub.memantine.treats.neuropathic-pain#assertion> {
        <http://purl.obolibrary.org/obo/CHEBI_64312> biolink:studied_to_treat <http://www.ebi.ac.uk/efo/EFO_0005762> .
    }

    Read it with rdflib (``rdflib.Dataset().parse(path, format="trig")``) and
    query it with SPARQL: the how-to page shows one query.

    Args:
        registry: The registry to write.
        path: Where to write the file; an existing file there is replaced. Its
            folder must exist.

    Returns:
        *path*, as a :class:`~pathlib.Path`.

    Raises:
        ImportError: rdflib is not installed (``pip install 'nmda_pain[rdf]'``).
        OSError: The file cannot be written; the error names *path*.

    .. versionadded:: 0.2.0
    """
    import_extra("rdflib", "rdf", "write_nanopubs")  # raises the ImportError that names the extra
    text = _trig(_nanopub(claim, registry) for claim in registry.claims)
    target = Path(path)
    with replacing(target) as temporary:
        temporary.write_bytes(text.encode("utf-8"))
    return target


def _nanopub(claim: Claim, registry: Registry) -> _Nanopub:
    """The nanopublication of *claim*."""
    iri = f"{LOCAL_NAMESPACE}nanopub.{claim_slug(claim)}"
    assertion, provenance, pubinfo = (f"{iri}#{name}" for name in _GRAPHS[1:])
    said = statement(claim, registry)
    head: tuple[_Triple, ...] = (
        (iri, _TYPE, _Iri(f"{_NP}Nanopublication")),
        (iri, f"{_NP}hasAssertion", _Iri(assertion)),
        (iri, f"{_NP}hasProvenance", _Iri(provenance)),
        (iri, f"{_NP}hasPublicationInfo", _Iri(pubinfo)),
    )
    triple: _Triple = (
        _curie_iri(said.subject),
        _biolink(said.predicate),
        _Iri(_curie_iri(said.object)),
    )
    return _Nanopub(
        iri=iri,
        graphs=(
            ("Head", head),
            ("assertion", (triple,)),
            ("provenance", tuple(_provenance(claim, registry, assertion))),
            ("pubinfo", tuple(_pubinfo(claim, registry, iri))),
        ),
    )


def _provenance(claim: Claim, registry: Registry, assertion: str) -> Iterable[_Triple]:
    """The provenance graph of *claim*'s nanopublication: its sources and its standing."""
    from_article = is_from_article(claim, registry)
    cited: list[Reference] = []
    if from_article and registry.article is not None:
        cited.append(registry.article)
        yield (assertion, _DERIVED_FROM, _Iri(reference_iri(registry.article)))
    for item, reference in zip(claim.evidence, registry.references_of(claim), strict=True):
        relation = f"{_CITO}isDisputedBy" if item.disputes else _DERIVED_FROM
        cited.append(reference)
        yield (assertion, relation, _Iri(reference_iri(reference)))
    form = CERTAINTY_FORMS[claim.certainty]
    yield (assertion, f"{_VOCAB}certainty", claim.certainty.value)
    yield (assertion, f"{_VOCAB}certainty_rank", claim.certainty.rank)
    yield (assertion, f"{_VOCAB}from_article", from_article)
    for section in claim.sections:
        yield (assertion, f"{_VOCAB}section", section.value)
    yield (assertion, f"{_BIOLINK}knowledge_level", form.knowledge_level)
    yield (assertion, f"{_BIOLINK}agent_type", form.agent_type)
    yield (
        assertion,
        f"{_BIOLINK}original_predicate",
        _Iri(f"{LOCAL_NAMESPACE}{claim.predicate.value}"),
    )
    said = statement(claim, registry)
    if said.original_object is not None:  # the mechanism, where the object is its process
        yield (assertion, f"{_BIOLINK}original_object", _Iri(_curie_iri(said.original_object)))
    for slot, value in said.qualifiers:
        yield (
            assertion,
            f"{_BIOLINK}{slot}",
            _Iri(_biolink(value)) if _is_biolink(value) else value,
        )
    if claim.notes:
        yield (assertion, f"{_RDFS}comment", claim.notes)
    for reference in cited:
        iri = reference_iri(reference)
        yield (iri, _TYPE, _Iri(_biolink(reference_category(reference))))
        yield (iri, _LABEL, reference.title or reference.citation)
        yield (iri, f"{_DCTERMS}identifier", reference.id)
        yield (iri, f"{_DCTERMS}bibliographicCitation", reference.citation)
        yield (iri, f"{_VOCAB}verification", reference.verification.value)


def _pubinfo(claim: Claim, registry: Registry, iri: str) -> Iterable[_Triple]:
    """The publication info of *claim*'s nanopublication: licence, creator, what the IRIs name."""
    licence = claim_license(claim, registry)
    if licence is None:
        yield (iri, f"{_DCTERMS}rights", UNRECORDED)
    else:
        yield (iri, f"{_DCTERMS}license", _Iri(licence))
    library = f"{LOCAL_NAMESPACE}library.{__version__}"
    yield (iri, f"{_PROV}wasAttributedTo", _Iri(library))
    yield (library, _TYPE, _Iri(f"{_PROV}SoftwareAgent"))
    yield (library, _LABEL, f"nmda_pain {__version__}")
    yield (library, f"{_SCHEMA}softwareVersion", __version__)
    for entity_id in (claim.subject, claim.object):
        entity = registry.index.by_id[entity_id]
        node = _node_iri(entity, registry)
        yield (node, _LABEL, entity.name)
        for name in categories(entity):
            yield (node, _TYPE, _Iri(_biolink(name)))


def _node_iri(entity: Entity, registry: Registry) -> str:
    """The IRI of *entity*'s Biolink node id."""
    return _curie_iri(node_id(entity, registry))


def _curie_iri(curie: str) -> str:
    """The IRI of a node id: its :attr:`~nmda_pain.Curie.iri`, or a URN for a local id."""
    prefix, _, local = curie.partition(":")
    if prefix == LOCAL_PREFIX:
        return f"{LOCAL_NAMESPACE}{local}"
    return Curie.parse(curie).iri


def _is_biolink(value: str) -> bool:
    return value.startswith("biolink:")


def _biolink(curie: str) -> str:
    """The IRI of a ``biolink:`` CURIE."""
    if not _is_biolink(curie):
        msg = f"{curie!r} is not a biolink: CURIE"
        raise ValueError(msg)
    return f"{_BIOLINK}{curie.removeprefix('biolink:')}"


def _trig(nanopubs: Iterable[_Nanopub]) -> str:
    """*nanopubs* as one TriG document, built with rdflib, graph after graph in a fixed order."""
    from rdflib import Literal, URIRef  # noqa: PLC0415 -- optional (the 'rdf' extra)

    dataset = _ordered_dataset()
    for name, namespace in NAMESPACES.items():
        dataset.bind(name, namespace, override=True, replace=True)
    for nanopub in nanopubs:
        for name, triples in nanopub.graphs:
            graph = dataset.graph(URIRef(f"{nanopub.iri}#{name}"))
            for subject, predicate, obj in triples:
                term = URIRef(obj.value) if isinstance(obj, _Iri) else Literal(obj)
                graph.add((URIRef(subject), URIRef(predicate), term))
    return dataset.serialize(format="trig")


def _ordered_dataset() -> Dataset:
    """An rdflib dataset that lists its graphs by IRI, not in the hash order of its store.

    rdflib's TriG serializer writes graphs in the order the dataset lists them
    (its ``contexts``), and the in-memory store lists them from a set. By IRI, a nanopublication's four
    graphs come together (``#Head``, ``#assertion``, ``#provenance``,
    ``#pubinfo``) and the nanopublications follow their keys.
    """
    from rdflib import Dataset  # noqa: PLC0415 -- optional (the 'rdf' extra)

    class OrderedDataset(Dataset):
        def graphs(
            self, triple: tuple[Node, Node, Node] | None = None
        ) -> Generator[Graph, None, None]:
            yield from sorted(super().graphs(triple), key=lambda graph: str(graph.identifier))

        # rdflib's TriG serializer still reads the two names rdflib 7 deprecates; these
        # answer them with the names that replace them, without the deprecation warning.
        def contexts(
            self, triple: tuple[Node, Node, Node] | None = None
        ) -> Generator[Graph, None, None]:
            return self.graphs(triple)

        @property
        def default_context(self) -> Graph:
            graph: Graph = self.default_graph
            return graph

        @default_context.setter
        def default_context(self, value: Graph) -> None:
            self.default_graph = value

    return OrderedDataset()
