"""The words for records, written once: labels, citation labels, source marks, claim phrases.

Every view (and so the command line and the notebook cards alike) words a record
through these functions, as pure functions of the record and the registry in
hand, never of the registries the package ships: a claim is *the article's*
when :func:`nmda_pain.provenance.is_from_article` says so, and any other claim
is labelled by its sources, each by its kind and its verification status
(:func:`sources_label`). An entity is the article's when one of the article's
claims names it, else it is labelled by the sources of the claims and mappings
that name it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from nmda_pain.model import (
    PREDICATES,
    Agent,
    Claim,
    Condition,
    MatchPredicate,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
)
from nmda_pain.provenance import article_reference_ids, provenance

if TYPE_CHECKING:
    from collections.abc import Iterable

    from nmda_pain.model import Affinity, Entity, Mapping, ModeOfAction
    from nmda_pain.provenance import Sourced
    from nmda_pain.registry import Registry

__all__ = [
    "ARTICLE",
    "NO_SOURCE",
    "affinity_text",
    "certainty_text",
    "cites",
    "counted",
    "evidence_text",
    "gene_of",
    "kind_of",
    "level_text",
    "mapping_sources",
    "mark",
    "mode_text",
    "name_of",
    "names",
    "predicate_label",
    "reference_label",
    "reference_status",
    "reference_title",
    "references_named",
    "source_label",
    "sources_label",
    "triple",
    "words",
]

ARTICLE: Final = "the article"
"""The source of a claim the registry's source article states, and of an entity such a claim names."""
NO_SOURCE: Final = "no source (no claim or mapping names it)"
"""The source of an entity that no claim and no mapping names."""

_PARAMETERS: Final = {"pic50": "pIC50", "pki": "pKi", "ic50": "IC50"}
_GENE_PREFIX: Final = "hgnc"


def words(value: str) -> str:
    """An enum value for people: ``"under_investigation"`` -> ``"under investigation"``."""
    return value.replace("_", " ")


def predicate_label(predicate: Predicate) -> str:
    """How a person reads *predicate*, from the predicate table (``"causes adverse effect"``)."""
    return PREDICATES[predicate].label


def reference_label(reference: Reference) -> str:
    """``[3]`` for the article's third reference, ``[gtopdb-2025-4]`` for any other."""
    return f"[{reference.number}]" if reference.number is not None else f"[{reference.id}]"


def level_text(reference: Reference) -> str:
    """*reference*'s evidence level, or why it has none.

    >>> level_text(Reference(id="r", title="T"))
    'none (unverified)'
    """
    level = reference.evidence_level
    if level is not None:
        return f"{level.value} (Oxford CEBM 2011)"
    if not reference.is_verified:
        return "none (unverified)"
    if reference.kind is not ReferenceKind.JOURNAL_ARTICLE:
        return "none (not a study)"
    return "none (the design is not stated)"


def reference_status(reference: Reference) -> str:
    """*reference*'s verification status and kind, in a few words: ``"unverified journal article"``.

    A reference with an evidence level (only a verified one has one) adds it:
    ``"verified journal article (level 2)"``.
    """
    text = f"{reference.verification.value} {words(reference.kind.value)}"
    level = reference.evidence_level
    return text if level is None else f"{text} (level {level.value})"


def sources_label(references: Iterable[Reference]) -> str:
    """What sort of sources *references* are: each kind and status once, in order.

    >>> sources_label([Reference(id="a", title="A"), Reference(id="b", title="B")])
    'unverified journal article'
    """
    return ", ".join(dict.fromkeys(reference_status(reference) for reference in references))


def source_label(record: Sourced, registry: Registry) -> str:
    """Where *record* comes from in *registry*, in a few words.

    ``"the article"`` for a claim the source article states (and an entity such
    a claim names); otherwise the kind and verification status of the sources
    behind it (``"verified drug label"``); for an entity nothing names,
    :data:`NO_SOURCE`. A claim of the article that also cites other sources
    adds theirs after ``"; also "``.
    """
    found = provenance(record, registry)
    article: frozenset[str] = article_reference_ids(registry) if found.from_article else frozenset()
    others = sources_label(r for r in found.references if r.id not in article)
    if found.from_article:
        return f"{ARTICLE}; also {others}" if others and isinstance(record, Claim) else ARTICLE
    return others or NO_SOURCE


def mapping_sources(mapping: Mapping, registry: Registry) -> str:
    """The references a mapping was read in: ``"[chebi-245] verified ontology release"``."""
    return "; ".join(
        f"{reference_label(reference)} {reference_status(reference)}"
        for reference in registry.references_of(mapping)
    )


def gene_of(registry: Registry, entity: Entity) -> str | None:
    """The gene symbol of *entity*: the label of its HGNC mapping, exact ones first."""
    genes = [m for m in registry.mappings_of(entity) if m.object.prefix == _GENE_PREFIX]
    genes.sort(key=lambda mapping: mapping.predicate is not MatchPredicate.EXACT)
    labelled = [mapping.object_label for mapping in genes if mapping.object_label]
    return labelled[0] if labelled else None


def mode_text(mode: ModeOfAction) -> str:
    """``"channel blocker (channel pore, trapping)"``."""
    details = [words(value.value) for value in (mode.binding_site, mode.trapping) if value]
    text = words(mode.action.value)
    return f"{text} ({', '.join(details)})" if details else text


def affinity_text(affinity: Affinity, registry: Registry | None) -> str:
    """``"pIC50 6.18 at GluN2C (human)"``: the target's name and species where *registry* knows it."""
    parameter = _PARAMETERS.get(affinity.parameter.value, affinity.parameter.value)
    unit = f" {affinity.unit}" if affinity.unit else ""
    target = None if registry is None else registry.index.by_id.get(affinity.target)
    name = affinity.target if target is None else target.name
    species = target.species if isinstance(target, Receptor) and target.species else None
    text = f"{parameter} {affinity.value:g}{unit} at {name}"
    return f"{text} ({species})" if species else text


def kind_of(entity: Entity) -> str | None:
    """The kind or category of *entity* in words, where its family has one."""
    if isinstance(entity, (Agent, Condition)):
        return words(entity.kind.value)
    category = getattr(entity, "category", None)
    return None if category is None else words(category.value)


def counted(count: int, plural: str) -> str:
    """``"1 claim"``, ``"2 claims"``, ``"1 entity"``: *plural* is a plural ending in an s."""
    if count == 1:
        plural = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    return f"{count} {plural}"


def name_of(registry: Registry | None, entity_id: str) -> str:
    """The name of the entity *entity_id* in *registry*, or the id where it names nothing there."""
    found = None if registry is None else registry.index.by_id.get(entity_id)
    return entity_id if found is None else found.name


def names(entities: Iterable[Entity]) -> str:
    """``"Ketamine, Memantine"``."""
    return ", ".join(entity.name for entity in entities)


def mark(registry: Registry, record: Entity | Claim) -> str:
    """How a row marks *record*: ``""`` for the article's, else the sources it comes from."""
    if provenance(record, registry).from_article:
        return ""
    return source_label(record, registry)


def references_named(registry: Registry, ids: Iterable[str]) -> tuple[Reference, ...]:
    """The references of *registry* that *ids* name, each once, in the order named."""
    found = registry.index.references
    return tuple(found[ref_id] for ref_id in dict.fromkeys(ids) if ref_id in found)


def cites(registry: Registry, claim: Claim) -> str:
    """The labels of the references behind *claim*: ``[2, 5]``, ``[gtopdb-2025-4]``."""
    labels = (reference_label(r)[1:-1] for r in references_named(registry, claim.references))
    return f"[{', '.join(labels)}]"


def evidence_text(registry: Registry, claim: Claim) -> str:
    """Each reference behind *claim* with the sections that state it: ``[2] description``."""
    parts: list[str] = []
    for item in claim.evidence:
        reference = registry.index.references.get(item.reference)
        label = f"[{item.reference}]" if reference is None else reference_label(reference)
        sections = ", ".join(words(section.value) for section in item.sections)
        text = f"{label} {sections}" if sections else label
        parts.append(f"{text} (disputes)" if item.disputes else text)
    return "; ".join(parts)


def certainty_text(claim: Claim) -> str:
    """``"promising"``, or ``"promising, contested"`` when a reference disputes it."""
    certainty = words(claim.certainty.value)
    return f"{certainty}, contested" if claim.contested else certainty


def triple(registry: Registry | None, claim: Claim) -> str:
    """``"Ketamine treats Complex regional pain syndrome"``."""
    subject, obj = name_of(registry, claim.subject), name_of(registry, claim.object)
    return f"{subject} {predicate_label(claim.predicate)} {obj}"


def reference_title(reference: Reference) -> str:
    """*reference*'s title, else its journal, else its citation."""
    return reference.title or reference.journal or reference.citation
