"""KGX TSV export: ``nmda_pain_nodes.tsv`` and ``nmda_pain_edges.tsv`` for Biolink knowledge graphs.

The categories and predicates come from :mod:`nmda_pain.biolink` (Biolink
4.4.4). Every edge carries the columns KGX requires, ``knowledge_level``
(``knowledge_assertion``) and ``agent_type`` (``manual_agent``), since every
claim was curated by hand. The files load as they are into a Biolink graph or,
with a CSV import, into Neo4j.

**Nodes.** A node's id is its first cross-reference in the preferred prefix
order of its category (``CHEBI`` before ``PUBCHEM.COMPOUND`` for a small
molecule, ``MONDO`` before ``MESH`` for a disease), written in Biolink casing;
an entity without one gets a local CURIE, ``NMDA_PAIN:<id>``. The knowledge
source ``infores:nmda-pain`` is not a registered information resource: pass
your own with ``knowledge_source=`` where that matters.

**Edges.** Each claim is one edge. Its ``predicate`` is the Biolink predicate
of :data:`~nmda_pain.biolink.PREDICATES` and its ``original_predicate`` our own
one as a CURIE, ``NMDA_PAIN:<predicate>`` (``NMDA_PAIN:has_lower_affinity_than``),
so predicates that share a Biolink predicate (``has_lower_affinity_than`` and
``better_tolerated_than`` both say ``biolink:related_to``) stay apart. Each
mode of action of an agent (in the extended registry) is an edge to its target
with the Biolink causal-mechanism qualifier and the original predicate
``NMDA_PAIN:has_mode_of_action``, except where it restates a claim: when the
agent has a claim about the same target that maps to the same Biolink
predicate with a ``causal_mechanism_qualifier`` (``antagonizes``,
``inhibits``), the two make **one** edge, the claim's, whose
``causal_mechanism_qualifier`` is the mode of action's (the record of *how* the
agent acts is the more specific; nitrous oxide's ``antagonizes`` claim becomes
one edge qualified ``inhibition``), and whose ``provenance`` and
``curator_notes`` add the mode of action's. A claim takes at most one mode of
action; any others stay edges of their own. So no two edges share subject,
predicate, object, qualifiers and original predicate. Two edges can still
share subject, predicate and object when they differ in those (memantine
``has_lower_affinity_than`` and ``better_tolerated_than`` ketamine): a tool that
keys edges by subject, predicate and object alone, as KGX's in-memory graph
does, merges them; key them by ``id`` instead.

An edge's ``id`` comes from its content, not its position, so it stays the
same while the claim does: ``NMDA_PAIN:<subject>.<predicate>.<object>`` for a
claim, from the registry's ids (not the exported node ids), and
``NMDA_PAIN:<agent>.has_mode_of_action.<target>.<action>`` for a mode of
action of its own. Registry ids hold no ``.``, so the two forms never meet.

**Provenance.** ``publications`` is the source article's DOI for a claim it
states, and the PubMed ids (``PMID:9546794``) that the sources beyond the
article name in their wording, in the order given. ``beyond_article`` is ``true`` for an edge the article does not state,
a claim with a provenance or a mode of action (whose record carries its own
source and no article evidence), and ``false`` otherwise; ``provenance`` lists
the sources beyond the article that the edge rests on, as the records give
them. ``supporting_text`` is Biolink's slot for text quoted from the source;
the registry holds no quotations, so it stays empty, and curator remarks go to
``curator_notes`` instead.

**Cells.** The files are tab-separated with no quoting at all (KGX reads them
with ``quoting=3``, :data:`csv.QUOTE_NONE`): a ``"`` is written as it is. Every
run of whitespace in a text, tabs and line breaks included, becomes one space,
and a ``|``, KGX's list delimiter (which KGX splits on in *any* column it does
not know), becomes ``/``. Multivalued cells are ``|``-delimited, with empty and
repeated items dropped.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Final

from nmda_pain._atomic import replacing
from nmda_pain.biolink import MODE_OF_ACTION_PREDICATES, PREDICATES, BiolinkPredicate, category
from nmda_pain.model import Agent, Claim, Condition, Entity

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from nmda_pain.model import ModeOfAction
    from nmda_pain.registry import Registry

__all__ = ["EDGE_COLUMNS", "NODE_COLUMNS", "write_kgx"]

NODE_COLUMNS: Final = ("id", "category", "name", "description", "xref", "provided_by", "synonym")
"""The columns of the nodes file, in the KGX sink's order; ``xref`` and ``synonym`` are ``|``-lists."""

EDGE_COLUMNS: Final = (
    "id",
    "subject",
    "predicate",
    "object",
    "knowledge_level",
    "agent_type",
    "category",
    "primary_knowledge_source",
    "publications",
    "original_predicate",
    "qualified_predicate",
    "object_aspect_qualifier",
    "object_direction_qualifier",
    "causal_mechanism_qualifier",
    "clinical_approval_status",
    "supporting_text",
    "certainty",
    "sections",
    "beyond_article",
    "provenance",
    "curator_notes",
)
"""The columns of the edges file.

Biolink association slots first: ``id``, ``subject``, ``predicate``,
``object``, the required ``knowledge_level`` and ``agent_type``, the
association class (``category``), ``primary_knowledge_source``,
``publications`` (a ``|``-list), ``original_predicate`` (our predicate as
``NMDA_PAIN:<predicate>``), the qualifiers, ``clinical_approval_status`` and
``supporting_text`` (always empty: the registry quotes no source text). Then
this package's own: ``certainty``, ``sections`` (a ``|``-list), ``beyond_article``
(``true`` or ``false``), ``provenance`` (a ``|``-list of sources beyond the
article) and ``curator_notes`` (a ``|``-list).
"""

_LOCAL: Final = "NMDA_PAIN"
_MODE_OF_ACTION: Final = "has_mode_of_action"
_PMID: Final = re.compile(r"\bPMID:?\s*(\d{1,9})\b")  # "(PMID 9546794)" in a source's wording
_QUALIFIER_COLUMNS: Final = (
    "qualified_predicate",
    "object_aspect_qualifier",
    "object_direction_qualifier",
    "causal_mechanism_qualifier",
    "clinical_approval_status",
)
_STATEMENT_COLUMNS: Final = (
    "subject",
    "predicate",
    "object",
    *_QUALIFIER_COLUMNS,
    "original_predicate",
)
"""The edge columns that make a statement: no two exported edges agree on all of them."""
_MECHANISM: Final = "causal_mechanism_qualifier"
_PREFERRED: Final = {
    "biolink:SmallMolecule": (
        "CHEBI",
        "PUBCHEM.COMPOUND",
        "CHEMBL.COMPOUND",
        "DRUGBANK",
        "MESH",
        "GTOPDB",
    ),
    "biolink:Drug": ("MESH",),
    "biolink:Protein": ("UniProtKB", "HGNC", "NCBIGene", "MESH"),
    "biolink:MacromolecularComplex": ("UniProtKB", "MESH"),
    "biolink:Disease": ("MONDO", "MESH", "HP"),
    "biolink:PhenotypicFeature": ("HP", "MESH"),
    "biolink:DiseaseOrPhenotypicFeature": ("MONDO", "HP", "MESH"),
}
_TREATS: Final = frozenset({"biolink:treats_or_applied_or_studied_to_treat", "biolink:treats"})
_GENE_PRODUCTS: Final = {
    "biolink:Protein": "biolink:ChemicalAffectsGeneAssociation",
    "biolink:MacromolecularComplex": "biolink:ChemicalAffectsBiologicalEntityAssociation",
}
_LIST: Final = "|"
_LIST_STANDIN: Final = "/"
_UNSAFE: Final = ("\t", "\n", "\r")


def node_id(entity: Entity) -> str:
    """The KGX id of *entity*: its preferred cross-reference, or ``NMDA_PAIN:<id>``."""
    curies = [xref.biolink for xref in entity.xrefs]
    for prefix in _PREFERRED.get(category(entity), ()):
        for curie in curies:
            if curie.startswith(f"{prefix}:"):
                return curie
    return f"{_LOCAL}:{entity.id}"


def _cell(value: str) -> str:
    """*value* as one cell: whitespace runs become one space, ``|`` becomes ``/``."""
    return " ".join(value.split()).replace(_LIST, _LIST_STANDIN)


def _list(values: Iterable[str]) -> str:
    """*values* as one ``|``-delimited cell, each a :func:`_cell`, empty and repeated items dropped."""
    return _LIST.join(dict.fromkeys(cell for cell in map(_cell, values) if cell))


def _write(path: Path, columns: tuple[str, ...], rows: Iterable[Mapping[str, str]]) -> None:
    """Write *rows* as tab-separated lines under a header, unquoted, replacing *path* atomically."""
    with replacing(path) as temporary, temporary.open("w", encoding="utf-8", newline="") as stream:
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


def write_kgx(
    registry: Registry,
    directory: str | os.PathLike[str],
    *,
    basename: str = "nmda_pain",
    knowledge_source: str = "infores:nmda-pain",
) -> tuple[Path, Path]:
    """Write *registry* as KGX TSV files into *directory* (created if missing).

    Claims become edges; each agent's modes of action (in the extended
    registry) become edges to their targets with the Biolink causal-mechanism
    qualifier, or qualify the claim they restate (see the module docstring).
    Publications are the source article's DOI for claims it states. Each file
    is replaced atomically: on an error, the old file (if any) is left as it
    was and no temporary file remains.

    Args:
        registry: The registry to write.
        directory: Where the two files go.
        basename: The files are ``<basename>_nodes.tsv`` and ``<basename>_edges.tsv``.
        knowledge_source: The ``primary_knowledge_source`` of every edge and
            the ``provided_by`` of every node.

    Returns:
        The paths of the nodes file and the edges file.

    .. versionadded:: 0.1.0
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    ids = {entity.id: node_id(entity) for entity in registry.entities}
    nodes = (
        {
            "id": ids[entity.id],
            "category": category(entity),
            "name": _cell(entity.name),
            "description": _cell(entity.description),
            "xref": _list(x.biolink for x in entity.xrefs if x.biolink != ids[entity.id]),
            "provided_by": knowledge_source,
            "synonym": _list(entity.synonyms),
        }
        for entity in registry.entities
    )
    article_doi = (
        None
        if registry.source is None or registry.source.doi is None
        else f"doi:{registry.source.doi}"
    )
    nodes_path = folder / f"{basename}_nodes.tsv"
    edges_path = folder / f"{basename}_edges.tsv"
    _write(nodes_path, NODE_COLUMNS, nodes)
    _write(edges_path, EDGE_COLUMNS, _edges(registry, ids, article_doi, knowledge_source))
    return nodes_path, edges_path


class _Edge:
    """One edge being assembled: its cells, and the multivalued ones still as lists."""

    def __init__(self, identifier: str, mapped: BiolinkPredicate, original: str) -> None:
        self.cells: dict[str, str] = dict.fromkeys(EDGE_COLUMNS, "")
        self.cells.update(id=identifier, original_predicate=f"{_LOCAL}:{original}")
        self.cells.update(dict(mapped.qualifiers))
        self.publications: list[str] = []
        self.provenance: list[str] = []
        self.notes: list[str] = []
        self.takes_mode = bool(self.cells[_MECHANISM])  # may take a mode of action's mechanism

    def add_mode(self, mode: ModeOfAction) -> None:
        """Let *mode* decide the causal mechanism, and add its source and notes."""
        self.cells[_MECHANISM] = dict(MODE_OF_ACTION_PREDICATES[mode.action].qualifiers)[_MECHANISM]
        self.provenance.append(mode.source)
        self.notes.append(mode.notes)
        self.takes_mode = False

    def row(self) -> dict[str, str]:
        """The finished cells."""
        cited = [f"PMID:{pmid}" for text in self.provenance for pmid in _PMID.findall(text)]
        return {
            **self.cells,
            "publications": _list([*self.publications, *cited]),
            "provenance": _list(self.provenance),
            "curator_notes": _list(self.notes),
        }


def _edges(
    registry: Registry, ids: Mapping[str, str], article_doi: str | None, source: str
) -> Iterable[dict[str, str]]:
    entities = {entity.id: entity for entity in registry.entities}

    def start(
        identifier: str, subject: str, mapped: BiolinkPredicate, obj: str, original: str
    ) -> _Edge:
        edge = _Edge(identifier, mapped, original)
        edge.cells.update(
            subject=ids[subject],
            predicate=mapped.predicate,
            object=ids[obj],
            knowledge_level="knowledge_assertion",
            agent_type="manual_agent",
            category=_association(mapped, entities[subject], entities[obj]),
            primary_knowledge_source=source,
        )
        return edge

    edges: list[_Edge] = []
    restated: dict[tuple[str, str, str], list[_Edge]] = {}  # (agent, Biolink predicate, target)
    for claim in registry.claims:
        mapped = PREDICATES[claim.predicate]
        edge = start(_claim_id(claim), claim.subject, mapped, claim.object, claim.predicate.value)
        if article_doi and not claim.beyond_article:
            edge.publications.append(article_doi)
        edge.cells.update(
            certainty=claim.certainty.value,
            sections=_list(section.value for section in claim.sections),
            beyond_article=_flag(value=claim.beyond_article),
        )
        edge.provenance.append(claim.provenance or "")
        edge.notes.append(claim.notes)
        edges.append(edge)
        if edge.takes_mode:
            restated.setdefault((claim.subject, mapped.predicate, claim.object), []).append(edge)
    for agent in registry.agents:
        for mode in agent.modes_of_action:
            mapped = MODE_OF_ACTION_PREDICATES[mode.action]
            claims = restated.get((agent.id, mapped.predicate, mode.target), [])
            claim_edge = next((edge for edge in claims if edge.takes_mode), None)
            if claim_edge is not None:
                claim_edge.add_mode(mode)
                continue
            identifier = f"{_LOCAL}:{agent.id}.{_MODE_OF_ACTION}.{mode.target}.{mode.action.value}"
            edge = start(identifier, agent.id, mapped, mode.target, _MODE_OF_ACTION)
            edge.cells["beyond_article"] = _flag(value=True)
            edge.provenance.append(mode.source)
            edge.notes.append(mode.notes)
            edges.append(edge)
    return _distinct(edges)


def _distinct(edges: Iterable[_Edge]) -> list[dict[str, str]]:
    """The rows of *edges*, a repeated statement (a mode of action listed twice) folded into its first."""
    kept: dict[tuple[str, ...], _Edge] = {}
    for edge in edges:
        key = tuple(edge.cells[column] for column in _STATEMENT_COLUMNS)
        first = kept.setdefault(key, edge)
        if first is not edge:
            first.publications += edge.publications
            first.provenance += edge.provenance
            first.notes += edge.notes
    return [edge.row() for edge in kept.values()]


def _claim_id(claim: Claim) -> str:
    """The edge id of *claim*, from its key: ``NMDA_PAIN:<subject>.<predicate>.<object>``."""
    subject, predicate, obj = claim.key
    return f"{_LOCAL}:{subject}.{predicate.value}.{obj}"


def _flag(*, value: bool) -> str:
    return "true" if value else "false"


def _association(mapped: BiolinkPredicate, subject: Entity, obj: Entity) -> str:
    """The Biolink association class of an edge: a specific one where interop notes name it."""
    if not isinstance(subject, Agent):
        return "biolink:Association"
    if mapped.predicate in _TREATS and isinstance(obj, Condition):
        return "biolink:ChemicalOrDrugOrTreatmentToDiseaseOrPhenotypicFeatureAssociation"
    if mapped.predicate == "biolink:has_side_effect":
        return "biolink:ChemicalOrDrugOrTreatmentSideEffectAssociation"
    if mapped.predicate == "biolink:affects" and _MECHANISM in dict(mapped.qualifiers):
        return _GENE_PRODUCTS.get(category(obj), "biolink:Association")
    return "biolink:Association"
