"""KGX TSV export: ``nmda_pain_nodes.tsv`` and ``nmda_pain_edges.tsv`` for Biolink knowledge graphs.

The categories and predicates come from :mod:`nmda_pain.biolink` (Biolink
4.4.4). Every edge carries the columns KGX requires, ``knowledge_level``
(``knowledge_assertion``) and ``agent_type`` (``manual_agent``), since every
claim was curated by hand. Multivalued cells are pipe-delimited. The files load
as they are into a Biolink graph or, with a CSV import, into Neo4j.

A node's id is its first cross-reference in the preferred prefix order of its
category (``CHEBI`` before ``PUBCHEM.COMPOUND`` for a small molecule,
``MONDO`` before ``MESH`` for a disease), written in Biolink casing; an entity
without one gets a local CURIE, ``NMDA_PAIN:<id>``. The knowledge source
``infores:nmda-pain`` is not a registered information resource: pass your own
with ``knowledge_source=`` where that matters.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import TYPE_CHECKING, Final

from nmda_pain.biolink import MODE_OF_ACTION_PREDICATES, PREDICATES, BiolinkPredicate, category
from nmda_pain.model import Agent, Claim, Entity

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from nmda_pain.registry import Registry

__all__ = ["EDGE_COLUMNS", "NODE_COLUMNS", "write_kgx"]

NODE_COLUMNS: Final = ("id", "category", "name", "description", "xref", "provided_by", "synonym")
"""The columns of the nodes file, in the KGX sink's order."""

EDGE_COLUMNS: Final = (
    "id",
    "subject",
    "predicate",
    "object",
    "knowledge_level",
    "agent_type",
    "primary_knowledge_source",
    "publications",
    "qualified_predicate",
    "object_aspect_qualifier",
    "object_direction_qualifier",
    "causal_mechanism_qualifier",
    "clinical_approval_status",
    "certainty",
    "sections",
    "supporting_text",
)
"""The columns of the edges file: KGX's required and recommended ones, then ``certainty`` and ``sections``."""

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
_LIST: Final = "|"


def node_id(entity: Entity) -> str:
    """The KGX id of *entity*: its preferred cross-reference, or ``NMDA_PAIN:<id>``."""
    curies = [xref.biolink for xref in entity.xrefs]
    for prefix in _PREFERRED.get(category(entity), ()):
        for curie in curies:
            if curie.startswith(f"{prefix}:"):
                return curie
    return f"NMDA_PAIN:{entity.id}"


def _cell(value: str) -> str:
    return " ".join(value.split())  # TSV cells hold no tabs or line breaks


def _list(values: Iterable[str]) -> str:
    return _LIST.join(_cell(value).replace(_LIST, "/") for value in values)


def _write(path: Path, columns: tuple[str, ...], rows: Iterable[Mapping[str, str]]) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(
            stream, fieldnames=columns, delimiter="\t", lineterminator="\n", extrasaction="raise"
        )
        writer.writeheader()
        writer.writerows(rows)
    temporary.replace(path)


def _edge(
    claim_id: str, subject: str, mapped: BiolinkPredicate, obj: str, source: str
) -> dict[str, str]:
    row: dict[str, str] = dict.fromkeys(EDGE_COLUMNS, "")
    row.update(
        id=claim_id,
        subject=subject,
        predicate=mapped.predicate,
        object=obj,
        knowledge_level="knowledge_assertion",
        agent_type="manual_agent",
        primary_knowledge_source=source,
    )
    row.update(dict(mapped.qualifiers))
    return row


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
    qualifier. Publications are the source article's DOI for claims it states.

    Args:
        registry: The registry to write.
        directory: Where the two files go.
        basename: The files are ``<basename>_nodes.tsv`` and ``<basename>_edges.tsv``.
        knowledge_source: The ``primary_knowledge_source`` of every edge.

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


def _edges(
    registry: Registry, ids: Mapping[str, str], article_doi: str | None, source: str
) -> Iterable[dict[str, str]]:
    for number, claim in enumerate(registry.claims):
        row = _edge(
            f"NMDA_PAIN:claim-{number}",
            ids[claim.subject],
            PREDICATES[claim.predicate],
            ids[claim.object],
            source,
        )
        row.update(
            publications=article_doi if article_doi and not claim.beyond_article else "",
            certainty=claim.certainty.value,
            sections=_list(section.value for section in claim.sections),
            supporting_text=_cell(_describe(claim)),
        )
        yield row
    for agent in registry.agents:
        yield from _mode_edges(agent, ids, source)


def _describe(claim: Claim) -> str:
    return claim.provenance if claim.provenance is not None else claim.notes


def _mode_edges(agent: Agent, ids: Mapping[str, str], source: str) -> Iterable[dict[str, str]]:
    for number, mode in enumerate(agent.modes_of_action):
        row = _edge(
            f"NMDA_PAIN:{agent.id}-mode-{number}",
            ids[agent.id],
            MODE_OF_ACTION_PREDICATES[mode.action],
            ids[mode.target],
            source,
        )
        row["supporting_text"] = _cell(mode.source)
        yield row
