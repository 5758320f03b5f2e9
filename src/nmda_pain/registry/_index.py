"""Lookup tables over a registry, so that queries cost the size of their answer.

An index is built once per registry, on first use, and never changes: its tables
are read-only mappings of tuples, and its attributes cannot be set again. It
holds no answers, only the registry's records arranged by key, so a query on the
index path costs a few dictionary lookups plus the size of its answer.
"""

from __future__ import annotations

from collections import defaultdict
from types import MappingProxyType
from typing import TYPE_CHECKING, NoReturn, TypeVar

from nmda_pain._text import normalize_name
from nmda_pain.model.enums import MatchPredicate, Predicate
from nmda_pain.provenance import article_reference_ids

if TYPE_CHECKING:
    from collections.abc import Mapping

    from nmda_pain.model import Agent, Claim, Entity, Reference
    from nmda_pain.model import Mapping as TermMapping
    from nmda_pain.registry import Registry

__all__ = ["RegistryIndex"]

_K = TypeVar("_K")
_V = TypeVar("_V")


def _freeze(groups: Mapping[_K, list[_V]]) -> Mapping[_K, tuple[_V, ...]]:
    return MappingProxyType({key: tuple(values) for key, values in groups.items()})


class RegistryIndex:
    """Read-only lookup tables over one registry, keyed by id strings.

    Every claim list keeps the registry's claim order. Keys are plain strings
    (predicates by their value), which hash in C; an enum member's hash runs
    Python code.

    Attributes:
        by_id: Entity by id.
        by_name: Entity by the folded id, name or synonym (see :func:`normalize_name`: ``"ketamine"``
            for ``"Ketamine"``, its full-width form or one with a zero-width space).
        by_xref: Entity by the canonical form of the term of one of its exact mappings (``"chebi:6121"``).
        mappings_by_subject: Mappings by the id of the entity mapped.
        position: Index of each entity in :attr:`nmda_pain.Registry.entities`, for stable ordering.
        references: Reference by id.
        references_by_number: Reference by its number in the source.
        by_subject: Claims by subject id.
        by_object: Claims by object id.
        by_predicate: Claims by predicate value (``"treats"``).
        by_subject_predicate: Claims by (subject id, predicate value).
        by_object_predicate: Claims by (object id, predicate value).
        by_reference: Claims by the id of a reference in their evidence.
        members: Agents by the id of a drug class they belong to (``member_of`` claims).
        classes: Drug classes by the id of an agent that belongs to them.
        article_references: Ids of the source article and its numbered references
            (see :func:`nmda_pain.provenance.article_reference_ids`).

    .. versionadded:: 0.1.0
    """

    __slots__ = (
        "article_references",
        "by_id",
        "by_name",
        "by_object",
        "by_object_predicate",
        "by_predicate",
        "by_reference",
        "by_subject",
        "by_subject_predicate",
        "by_xref",
        "classes",
        "mappings_by_subject",
        "members",
        "position",
        "references",
        "references_by_number",
    )

    by_id: Mapping[str, Entity]
    position: Mapping[str, int]
    by_name: Mapping[str, Entity]
    by_xref: Mapping[str, Entity]
    mappings_by_subject: Mapping[str, tuple[TermMapping, ...]]
    article_references: frozenset[str]
    references: Mapping[str, Reference]
    references_by_number: Mapping[int, Reference]
    by_subject: Mapping[str, tuple[Claim, ...]]
    by_object: Mapping[str, tuple[Claim, ...]]
    by_predicate: Mapping[str, tuple[Claim, ...]]
    by_subject_predicate: Mapping[tuple[str, str], tuple[Claim, ...]]
    by_object_predicate: Mapping[tuple[str, str], tuple[Claim, ...]]
    by_reference: Mapping[str, tuple[Claim, ...]]
    members: Mapping[str, tuple[Agent, ...]]
    classes: Mapping[str, tuple[Agent, ...]]

    def __init__(self, registry: Registry) -> None:
        if hasattr(self, "by_id"):  # built already: a second __init__ would swap its tables
            msg = "this RegistryIndex is already built; a registry builds its own on first use"
            raise AttributeError(msg)
        set_table = super().__setattr__
        for name, table in _tables(registry).items():
            set_table(name, table)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        msg = f"a RegistryIndex is read-only: {name!r} cannot be set"
        raise AttributeError(msg)

    def __delattr__(self, name: str) -> NoReturn:
        msg = f"a RegistryIndex is read-only: {name!r} cannot be deleted"
        raise AttributeError(msg)


def _tables(registry: Registry) -> dict[str, object]:
    """Every table of the index of *registry*, by attribute name."""
    entities = registry.entities
    by_id = MappingProxyType({e.id: e for e in entities})
    position = MappingProxyType({e.id: index for index, e in enumerate(entities)})
    names: dict[str, Entity] = {}
    for entity in entities:
        for text in (entity.id, entity.name, *entity.synonyms):
            names.setdefault(normalize_name(text), entity)
    by_name = MappingProxyType(names)
    by_xref = MappingProxyType(
        {
            m.object.canonical: by_id[m.subject]
            for m in registry.mappings
            if m.predicate is MatchPredicate.EXACT
        }
    )
    mappings: defaultdict[str, list[TermMapping]] = defaultdict(list)
    for mapping in registry.mappings:
        mappings[mapping.subject].append(mapping)
    mappings_by_subject = _freeze(mappings)
    article_references = article_reference_ids(registry)
    references = MappingProxyType({r.id: r for r in registry.references})
    references_by_number = MappingProxyType(
        {r.number: r for r in registry.references if r.number is not None}
    )
    subject: defaultdict[str, list[Claim]] = defaultdict(list)
    obj: defaultdict[str, list[Claim]] = defaultdict(list)
    predicate_groups: defaultdict[str, list[Claim]] = defaultdict(list)
    subject_predicate: defaultdict[tuple[str, str], list[Claim]] = defaultdict(list)
    object_predicate: defaultdict[tuple[str, str], list[Claim]] = defaultdict(list)
    reference: defaultdict[str, list[Claim]] = defaultdict(list)
    for claim in registry.claims:
        relation = claim.predicate.value
        subject[claim.subject].append(claim)
        obj[claim.object].append(claim)
        predicate_groups[relation].append(claim)
        subject_predicate[claim.subject, relation].append(claim)
        object_predicate[claim.object, relation].append(claim)
        for item in claim.evidence:
            reference[item.reference].append(claim)
    by_subject = _freeze(subject)
    by_object = _freeze(obj)
    by_predicate = _freeze(predicate_groups)
    by_subject_predicate = _freeze(subject_predicate)
    by_object_predicate = _freeze(object_predicate)
    by_reference = _freeze(reference)
    member_groups: defaultdict[str, list[Agent]] = defaultdict(list)
    class_groups: defaultdict[str, list[Agent]] = defaultdict(list)
    for claim in predicate_groups.get(Predicate.MEMBER_OF.value, ()):
        member_groups[claim.object].append(by_id[claim.subject])  # type: ignore[arg-type]  # the registry checked the families
        class_groups[claim.subject].append(by_id[claim.object])  # type: ignore[arg-type]
    members = _freeze(member_groups)
    classes = _freeze(class_groups)
    return {
        "article_references": article_references,
        "by_id": by_id,
        "by_name": by_name,
        "by_object": by_object,
        "by_object_predicate": by_object_predicate,
        "by_predicate": by_predicate,
        "by_reference": by_reference,
        "by_subject": by_subject,
        "by_subject_predicate": by_subject_predicate,
        "by_xref": by_xref,
        "classes": classes,
        "mappings_by_subject": mappings_by_subject,
        "members": members,
        "position": position,
        "references": references,
        "references_by_number": references_by_number,
    }
