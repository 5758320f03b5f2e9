"""KGX TSV export: ``nmda_pain_nodes.tsv`` and ``nmda_pain_edges.tsv`` for Biolink knowledge graphs.

The categories and predicates come from :mod:`nmda_pain.biolink` (Biolink
4.4.4). Every edge carries the columns KGX requires, ``knowledge_level`` and
``agent_type`` (``manual_agent``, since every claim was curated by hand from
the sources it cites; the level follows the claim's certainty). The files load as they
are into a Biolink graph or, with a CSV import, into Neo4j.

**Nodes.** Every entity is a node. Its id is its exact-match term in the
first of Biolink's ``id_prefixes`` for its category that it has
(:func:`nmda_pain.biolink.node_id`: ``CHEBI`` before ``PUBCHEM.COMPOUND`` for
a small molecule, the ChEBI role for a drug class, ``GO`` for the receptor
complex, ``MONDO`` before ``EFO`` before ``HP`` for a disease), written in Biolink
casing, so that the files join other Biolink graphs. An entity with no exact
term to stand on is ``NMDA_PAIN:<id>``; ``<basename>_context.jsonld``, written
beside the files, expands that prefix (a URN, :data:`~nmda_pain.biolink.LOCAL_NAMESPACE`)
and every other prefix the nodes use. Its ``xref`` lists
its other exact, close and broad terms (:func:`nmda_pain.biolink.xrefs`);
narrow and related terms are not written. Its ``category`` is a ``|``-list
(:func:`nmda_pain.biolink.categories`): a drug class is a chemical entity and a
chemical role, the range of ``biolink:has_chemical_role``. The knowledge
source ``infores:nmda-pain`` is not a registered information resource: pass
your own with ``knowledge_source=`` where that matters.

References are not nodes: Biolink names an edge's sources in its
``publications``, and KGX refuses a DOI as a node id.

**Edges.** Each claim is one edge. Its ``predicate`` and qualifiers are the
claim's Biolink form, :func:`nmda_pain.biolink.claim_predicate`: its
predicate's row of the predicate table, with the causal mechanism of its mode
of action where it has one (an ``antagonizes`` claim whose mode is a channel
blocker is qualified ``molecular_channel_blockage``, not ``antagonism``). Its
``original_predicate`` is our own predicate as a CURIE,
``NMDA_PAIN:<predicate>``, so predicates that share a Biolink predicate
(``contains`` and ``adjunct_to`` both say ``biolink:related_to``) stay apart.
KGX's in-memory graph (``kgx transform`` without ``--stream``, ``kgx merge``)
keys an edge by subject, predicate and object alone and merges two edges that
agree on those three; no two claims of the shipped registries do, and
:func:`write_kgx` warns (:class:`KgxMergeWarning`) when two claims of the
registry given do, naming both, so that a user registry is not merged unseen.
The mode itself is in ``action``, ``binding_site`` and ``trapping`` (values of
:class:`~nmda_pain.ActionType`, :class:`~nmda_pain.BindingSite` and
:class:`~nmda_pain.Trapping`), and the mechanisms an outcome is mediated by
(:attr:`~nmda_pain.Claim.via`) in ``via``, as node ids. Measured affinities
have no Biolink slot and are not written; the SQLite and DataFrame exports
hold them.

An edge's ``id`` comes from its content, not its position, so it stays the
same while the claim does: ``NMDA_PAIN:<subject>.<predicate>.<object>``, from
the registry's ids (not the exported node ids).

**Provenance.** Whether the article states a claim is
:func:`nmda_pain.provenance.is_from_article`, written as ``from_article``
(``true`` or ``false``). ``publications`` lists, for a claim of the article,
the article's DOI, and then, for every claim, the publication CURIE of each
supporting reference that has one (PubMed id, else PubMed Central id, else
DOI), in evidence order; nothing is read out of free text. ``references``
names every supporting reference by its registry id, and
``references_without_identifier`` those that have no publication CURIE, each
as ``<id>: <verification>``, so that a source without an identifier is named
with its standing too. ``knowledge_level`` and ``agent_type`` follow the
claim's certainty (:data:`nmda_pain.biolink.CERTAINTY_FORMS`: a hypothesis is
a ``prediction``, everything else a ``knowledge_assertion``, all by a
``manual_agent``), as does a ``treats`` claim's predicate
(:func:`nmda_pain.biolink.claim_predicate`).

``primary_knowledge_source`` follows Biolink's definition, the most upstream
*information resource* the knowledge comes from (a journal article is a
publication, not an information resource, so it goes to ``publications``):

* a claim of the article: this library (``knowledge_source``), whose curators
  read the claim in the article; no aggregator.
* a claim beyond the article whose supporting references include a release or
  record of one information resource (a database, an ontology or a drug label
  that :data:`INFORMATION_RESOURCES` recognises by its title or URL, or that
  ``knowledge_sources=`` names: the Guide to Pharmacology, DailyMed): that resource, with this library as
  ``aggregator_knowledge_source``, since it retrieved the fact and passes it on.
* a claim beyond the article read in papers alone: this library, which curated
  it from them (as Translator's literature-curated resources do); no aggregator.
* a claim resting on several information resources at once: this library, which
  combined them, with the resources as ``supporting_data_source``.

**Contested claims.** A claim one of whose references disputes it
(:attr:`~nmda_pain.Claim.contested`) is kept: its supporting references
still assert it, and dropping it would hide the disagreement. Biolink has no
slot for a refuting source, so the edge says it in this package's columns:
``contested`` is ``true``, ``disputed_by`` names the disputing references by
id and ``disputing_publications`` gives their CURIEs; they are kept out of
``publications`` and ``references``, which list support only.
``knowledge_level`` stays ``knowledge_assertion``: the supporting sources
assert the claim. ``supporting_text`` is Biolink's slot for text quoted from
the source; the registry holds no quotations, so it stays empty, and curator
remarks go to ``curator_notes`` instead.

**Cells.** The files are tab-separated with no quoting at all (KGX reads them
with ``quoting=3``, :data:`csv.QUOTE_NONE`): a ``"`` is written as it is. Every
run of whitespace in a text, tabs and line breaks included, becomes one space,
and a ``|``, KGX's list delimiter (which KGX splits on in *any* column it does
not know), becomes ``/``. Multivalued cells of Biolink slots (``category``,
``xref``, ``synonym``, ``publications``, the knowledge sources) are
``|``-delimited; this package's own are ``;``-delimited text. Empty and
repeated items are dropped.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit

from attrs import frozen

from nmda_pain._atomic import replacing_all
from nmda_pain.biolink import (
    CERTAINTY_FORMS,
    LOCAL_NAMESPACE,
    LOCAL_PREFIX,
    BiolinkPredicate,
    acted_on,
    categories,
    category,
    claim_predicate,
    node_id,
    statement,
    xrefs,
)
from nmda_pain.exports._common import claim_slug, publication_curie
from nmda_pain.model import PREFIXES, Condition, Entity, ReferenceKind
from nmda_pain.provenance import is_from_article

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from nmda_pain.model import Reference
    from nmda_pain.registry import Registry

__all__ = [
    "EDGE_COLUMNS",
    "INFORMATION_RESOURCES",
    "NODE_COLUMNS",
    "InformationResource",
    "KgxMergeWarning",
    "node_id",
    "write_kgx",
]

NODE_COLUMNS: Final = (
    "id",
    "category",
    "name",
    "description",
    "xref",
    "provided_by",
    "synonym",
)
"""The columns of the nodes file, in the KGX sink's order.

``category``, ``xref`` and ``synonym`` are ``|``-lists.
"""

EDGE_COLUMNS: Final = (
    "id",
    "subject",
    "predicate",
    "object",
    "knowledge_level",
    "agent_type",
    "category",
    "primary_knowledge_source",
    "aggregator_knowledge_source",
    "supporting_data_source",
    "publications",
    "original_predicate",
    "original_object",
    "original_object_name",
    "qualified_predicate",
    "object_aspect_qualifier",
    "object_direction_qualifier",
    "causal_mechanism_qualifier",
    "clinical_approval_status",
    "supporting_text",
    "certainty",
    "certainty_rank",
    "sections",
    "from_article",
    "contested",
    "references",
    "references_without_identifier",
    "disputed_by",
    "disputing_publications",
    "action",
    "binding_site",
    "trapping",
    "via",
    "curator_notes",
)
"""The columns of the edges file.

Biolink association slots first: ``id``, ``subject``, ``predicate``,
``object``, the required ``knowledge_level`` and ``agent_type``, the
association class (``category``), the knowledge sources (``aggregator_…`` and
``supporting_data_source`` are ``|``-lists), ``publications`` (a ``|``-list),
``original_predicate`` (our predicate as ``NMDA_PAIN:<predicate>``), the
qualifiers, ``clinical_approval_status`` and ``supporting_text`` (always
empty: the registry quotes no source text). Then this package's own:
``certainty`` and ``certainty_rank`` (:attr:`~nmda_pain.Certainty.rank`, an
integer, 5 for established down to 0 for theorized: higher is stronger, and tools that compare text sort it right),
``sections`` (a ``;``-list), ``from_article`` and ``contested`` (``true`` or
``false``), ``references`` and ``disputed_by`` (``;``-lists of reference ids),
``references_without_identifier`` (a ``;``-list of ``<id>: <verification>``
for the supporting references that have no publication identifier), ``disputing_publications`` (a ``;``-list of
CURIEs), the mode of action (``action``, ``binding_site``, ``trapping``),
``via`` (a ``;``-list of node ids) and ``curator_notes``. This package's own
lists are ``;``-delimited text, never ``|``-lists, so that each column has one
type in KGX (which reads a ``|`` as a list in any column).
"""


@frozen
class InformationResource:
    """An information resource that references can be releases or records of.

    Attributes:
        infores: Its id in Biolink's information resource registry (``"infores:gtopdb"``).
        names: Names a release's :attr:`~nmda_pain.Reference.title` starts with
            (the model gives a release's title as the name of the resource).
        hosts: Hosts its records are read on; a reference's
            :attr:`~nmda_pain.Reference.url` on one of them, or on a subdomain, is one of its records.

    .. versionadded:: 0.2.0
    """

    infores: str
    names: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()


INFORMATION_RESOURCES: Final = (
    InformationResource(
        infores="infores:gtopdb",
        names=("IUPHAR/BPS Guide to Pharmacology", "Guide to Pharmacology", "GtoPdb"),
        hosts=("guidetopharmacology.org",),
    ),
    InformationResource(
        infores="infores:dailymed", names=("DailyMed",), hosts=("dailymed.nlm.nih.gov",)
    ),
    InformationResource(infores="infores:hgnc", names=("HGNC",), hosts=("genenames.org",)),
)
"""The information resources the export recognises in a reference's title or URL.

Only a reference whose kind is a release or a record of a resource (a database
release, an ontology release, a drug label) is matched; a journal article is a
publication, never an information resource. ``write_kgx(...,
knowledge_sources=...)`` names others, by reference id.
"""

_RESOURCE_KINDS: Final = frozenset(
    {ReferenceKind.DATABASE_RELEASE, ReferenceKind.ONTOLOGY_RELEASE, ReferenceKind.DRUG_LABEL}
)
_INFORES: Final = re.compile(r"infores:[a-z0-9_.-]+")
_LOCAL: Final = LOCAL_PREFIX
_MECHANISM: Final = "causal_mechanism_qualifier"
_AFFECTS: Final = "biolink:affects"
_TREATS: Final = frozenset(
    {
        "biolink:treats_or_applied_or_studied_to_treat",
        "biolink:treats",
        "biolink:studied_to_treat",
    }
)
_GENE_PRODUCTS: Final = {
    "biolink:Protein": "biolink:ChemicalAffectsGeneAssociation",
    "biolink:MacromolecularComplex": "biolink:ChemicalAffectsBiologicalEntityAssociation",
}
_LIST: Final = "|"
_LIST_STANDIN: Final = "/"
_ITEMS: Final = ";"
_UNSAFE: Final = ("\t", "\n", "\r")


def _cell(value: str) -> str:
    """*value* as one cell: whitespace runs become one space, ``|`` becomes ``/``."""
    return " ".join(value.split()).replace(_LIST, _LIST_STANDIN)


def _list(values: Iterable[str]) -> str:
    """*values* as one ``|``-delimited cell, each a :func:`_cell`, empty and repeated items dropped."""
    return _LIST.join(dict.fromkeys(cell for cell in map(_cell, values) if cell))


def _items(values: Iterable[str]) -> str:
    """*values* as one ``;``-delimited text cell, for a multivalued column of this package.

    KGX splits on ``|`` in every column it does not know, so a one-item cell
    would stay text while a two-item cell became a list, and a parquet sink
    refuses a column of both. Our own columns are text, always: ``;`` joins
    the items (a ``;`` inside one becomes ``,``), and a reader splits on it.
    """
    return _ITEMS.join(
        dict.fromkeys(cell.replace(_ITEMS, ",") for cell in map(_cell, values) if cell)
    )


def _write(path: Path, columns: tuple[str, ...], rows: Iterable[Mapping[str, str]]) -> None:
    """Write *rows* to *path* as tab-separated lines under a header, unquoted.

    *path* is a temporary file of :func:`write_kgx`'s, which replaces the real
    files together once all three are written.
    """
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("\t".join(columns) + "\n")
        for row in rows:
            if set(row) != set(columns):
                msg = f"row has columns {sorted(row)}, not {sorted(columns)}"
                raise ValueError(msg)
            cells = [row[column] for column in columns]
            if any(mark in cell for cell in cells for mark in _UNSAFE):
                msg = f"a cell of {row['id']!r} holds a tab or a line break"
                raise ValueError(msg)
            stream.write("\t".join(cells) + "\n")


class KgxMergeWarning(UserWarning):
    """Two claims become edges that agree on subject, predicate and object.

    Both are written, with distinct ids; KGX's in-memory graph would merge
    them (``kgx transform`` without ``--stream``, ``kgx merge``). Convert with
    ``--stream``, or give one of the two claims a narrower predicate.
    """


def write_kgx(
    registry: Registry,
    directory: str | os.PathLike[str],
    *,
    basename: str = "nmda_pain",
    knowledge_source: str = "infores:nmda-pain",
    knowledge_sources: Mapping[str, str] | None = None,
) -> tuple[Path, Path, Path]:
    """Write *registry* as KGX TSV files into *directory* (created if missing).

    Entities become nodes, claims edges (see the module docstring), and a
    JSON-LD context beside them expands every prefix the nodes use,
    :data:`~nmda_pain.biolink.LOCAL_PREFIX` included. The three files are replaced together: all are
    written to temporary files first, so on an error none is replaced, the old files (if any) are
    left as they were and no temporary file remains.

    Args:
        registry: The registry to write.
        directory: Where the two files go.
        basename: The files are ``<basename>_nodes.tsv`` and ``<basename>_edges.tsv``.
        knowledge_source: This library's infores id: the ``provided_by`` of
            every node, and the primary or aggregator knowledge source of the edges.
        knowledge_sources: The infores id of the information resource behind a
            reference, by reference id, for references that
            :data:`INFORMATION_RESOURCES` does not recognise (or to override it).

    Returns:
        The paths of the nodes file, the edges file and the context
        (``<basename>_context.jsonld``).

    Raises:
        ValueError: An infores id does not match ``infores:[a-z0-9_.-]+``, or
            *knowledge_sources* names a reference the registry does not have.

    Warns:
        KgxMergeWarning: Two edges agree on subject, predicate and object (once per such pair).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Node ids follow Biolink's preferred prefixes; edges name every source
       by its identifier, or by id and verification where it has none;
       *knowledge_sources* added; the context file written and returned.
    """
    given = dict(knowledge_sources or {})
    unknown = sorted(set(given) - set(registry.index.references))
    if unknown:
        msg = (
            f"knowledge_sources names references this registry does not have: {', '.join(unknown)}"
        )
        raise ValueError(msg)
    resources = _information_resources(registry, given)
    for infores in (knowledge_source, *resources.values()):
        if _INFORES.fullmatch(infores) is None:
            msg = f"{infores!r} is not an infores id; write it as 'infores:<name>' in lowercase"
            raise ValueError(msg)
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    ids = {entity.id: node_id(entity, registry) for entity in registry.entities}
    nodes = _nodes(registry, ids, knowledge_source)
    edges = list(_edges(registry, ids, resources, knowledge_source))
    _warn_of_merges(edges)
    nodes_path = folder / f"{basename}_nodes.tsv"
    edges_path = folder / f"{basename}_edges.tsv"
    context_path = folder / f"{basename}_context.jsonld"
    # all three written before any is replaced, so that an error replaces none of them
    paths = (nodes_path, edges_path, context_path)
    with replacing_all(paths) as (nodes_file, edges_file, context_file):
        _write(nodes_file, NODE_COLUMNS, nodes)
        _write(edges_file, EDGE_COLUMNS, edges)
        context_file.write_text(_context(nodes), encoding="utf-8")
    return paths


def _warn_of_merges(edges: Iterable[Mapping[str, str]]) -> None:
    first: dict[tuple[str, str, str], str] = {}
    for edge in edges:
        triple = (edge["subject"], edge["predicate"], edge["object"])
        seen = first.setdefault(triple, edge["id"])
        if seen != edge["id"]:
            msg = (
                f"edges {seen} and {edge['id']} are both {' '.join(triple)}: KGX's in-memory graph "
                "merges them; convert with 'kgx transform --stream', or give one claim a "
                "narrower predicate"
            )
            warnings.warn(msg, KgxMergeWarning, stacklevel=3)


def _context(nodes: Iterable[Mapping[str, str]]) -> str:
    """The JSON-LD context of every prefix the nodes use, with the expansion of each.

    Biolink's context has most of them, with the same expansions (a test checks
    :attr:`nmda_pain.model.identifiers.Prefix.iri` against Biolink's map); the
    file lists them all anyway, so that it alone expands every id and ``xref``
    of the files, ``NMDA_PAIN`` and the few Biolink lacks (ATC, FamPlex, GtoPdb
    targets) included.
    """
    entries = {entry.biolink or key: entry for key, entry in PREFIXES.items()}
    used = {
        curie.partition(":")[0]
        for node in nodes
        for curie in (node["id"], *filter(None, node["xref"].split(_LIST)))
    }
    context = {LOCAL_PREFIX: LOCAL_NAMESPACE}
    context.update((prefix, entries[prefix].iri) for prefix in sorted(used - {LOCAL_PREFIX}))
    return json.dumps({"@context": context}, indent=2, sort_keys=True) + "\n"


def _information_resources(registry: Registry, given: Mapping[str, str]) -> dict[str, str]:
    """The infores id of each reference that is a release or record of an information resource."""
    found: dict[str, str] = {}
    for reference in registry.references:
        if reference.kind not in _RESOURCE_KINDS:
            continue
        title = (reference.title or "").casefold()
        host = "" if reference.url is None else (urlsplit(reference.url).hostname or "")
        for resource in INFORMATION_RESOURCES:
            named = any(title.startswith(name.casefold()) for name in resource.names)
            hosted = any(host == h or host.endswith(f".{h}") for h in resource.hosts)
            if named or hosted:
                found[reference.id] = resource.infores
                break
    found.update(given)
    return found


def _nodes(registry: Registry, ids: Mapping[str, str], source: str) -> list[dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for entity in registry.entities:
        identifier = ids[entity.id]
        rows[identifier] = {
            "id": identifier,
            "category": _list(categories(entity)),
            "name": _cell(entity.name),
            "description": _cell(entity.description),
            "xref": _list(curie.biolink for curie in xrefs(entity, registry)),
            "provided_by": source,
            "synonym": _list(entity.synonyms),
        }
    for entity in registry.entities:  # the processes the mechanisms change, as Biolink's objects
        target = acted_on(entity, registry)
        if target is not None:
            rows.setdefault(
                target.object.biolink,
                {
                    "id": target.object.biolink,
                    "category": "biolink:BiologicalProcess",
                    "name": _cell(target.object_label or target.object.biolink),
                    "description": "",
                    "xref": "",
                    "provided_by": source,
                    "synonym": "",
                },
            )
    return list(rows.values())


def _edges(
    registry: Registry, ids: Mapping[str, str], resources: Mapping[str, str], library: str
) -> Iterable[dict[str, str]]:
    entities = registry.index.by_id
    references = registry.index.references
    article_doi = (
        None
        if registry.article is None or registry.article.doi is None
        else f"doi:{registry.article.doi}"
    )
    for claim in registry.claims:
        mapped = claim_predicate(claim)
        from_article = is_from_article(claim, registry)
        supporting = [references[e.reference] for e in claim.evidence if not e.disputes]
        disputing = [references[e.reference] for e in claim.evidence if e.disputes]
        primary, aggregator, supporting_data = _knowledge_sources(
            supporting, resources, library, from_article=from_article
        )
        publications = [article_doi] if from_article and article_doi else []
        mode = claim.mode
        form = CERTAINTY_FORMS[claim.certainty]
        obj = entities[claim.object]
        said = statement(claim, registry)
        row: dict[str, str] = dict.fromkeys(EDGE_COLUMNS, "")
        row.update(dict(said.qualifiers))
        if said.original_object is not None:  # the process the mechanism changes
            row.update(original_object=said.original_object, original_object_name=_cell(obj.name))
        row.update(
            id=f"{_LOCAL}:{claim_slug(claim)}",
            subject=said.subject,
            predicate=said.predicate,
            object=said.object,
            knowledge_level=form.knowledge_level,
            agent_type=form.agent_type,
            category=_association(mapped, obj, redirected=said.original_object is not None),
            primary_knowledge_source=primary,
            aggregator_knowledge_source=aggregator,
            supporting_data_source=_list(supporting_data),
            publications=_list([*publications, *_curies(supporting)]),
            original_predicate=f"{_LOCAL}:{claim.predicate.value}",
            certainty=claim.certainty.value,
            certainty_rank=str(claim.certainty.rank),
            sections=_items(section.value for section in claim.sections),
            from_article=_flag(value=from_article),
            contested=_flag(value=claim.contested),
            references=_items(reference.id for reference in supporting),
            references_without_identifier=_items(
                f"{reference.id}: {reference.verification.value}"
                for reference in supporting
                if publication_curie(reference) is None
            ),
            disputed_by=_items(reference.id for reference in disputing),
            disputing_publications=_items(_curies(disputing)),
            action="" if mode is None else mode.action.value,
            binding_site=""
            if mode is None or mode.binding_site is None
            else mode.binding_site.value,
            trapping="" if mode is None or mode.trapping is None else mode.trapping.value,
            via=_items(ids[mechanism] for mechanism in claim.via),
            curator_notes=_cell(claim.notes),
        )
        yield row


def _knowledge_sources(
    supporting: Iterable[Reference],
    resources: Mapping[str, str],
    library: str,
    *,
    from_article: bool,
) -> tuple[str, str, list[str]]:
    """The primary, the aggregator and the supporting data sources of a claim's edge.

    The rule is the module docstring's: an information resource behind every
    supporting reference that comes from one is primary when it is the only
    one, and this library aggregates it; otherwise this library is primary.
    """
    if from_article:
        return library, "", []
    found = list(dict.fromkeys(resources[r.id] for r in supporting if r.id in resources))
    if len(found) == 1:
        return found[0], library, []
    return library, "", found


def _curies(references: Iterable[Reference]) -> Iterable[str]:
    return (curie for curie in map(publication_curie, references) if curie is not None)


def _flag(*, value: bool) -> str:
    return "true" if value else "false"


def _association(mapped: BiolinkPredicate, obj: Entity, *, redirected: bool = False) -> str:
    """The Biolink association class of an edge: a specific one where interop notes name it.

    Every predicate's subject is an agent (the predicate table says so), so the
    predicate and the object decide.
    """
    if mapped.predicate in _TREATS and isinstance(obj, Condition):
        return "biolink:ChemicalOrDrugOrTreatmentToDiseaseOrPhenotypicFeatureAssociation"
    if mapped.predicate == "biolink:has_side_effect":
        return "biolink:ChemicalOrDrugOrTreatmentSideEffectAssociation"
    if redirected:  # a chemical affecting a process, with a direction
        return "biolink:ChemicalEntityToBiologicalProcessAssociation"
    if mapped.predicate == _AFFECTS and _MECHANISM in dict(mapped.qualifiers):
        return _GENE_PRODUCTS.get(category(obj), "biolink:Association")
    return "biolink:Association"
