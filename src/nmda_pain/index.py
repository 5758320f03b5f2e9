"""Lookup tables over a registry, so that queries cost the size of their answer."""

from __future__ import annotations

from collections import defaultdict
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, TypeVar

from nmda_pain._text import MAX_SUGGESTIONS, closest_names, normalize_name
from nmda_pain.model.enums import MatchPredicate, Predicate
from nmda_pain.provenance import article_reference_ids

if TYPE_CHECKING:
    from collections.abc import Mapping

    from nmda_pain.model import Agent, Claim, Entity, Reference
    from nmda_pain.model import Mapping as TermMapping
    from nmda_pain.registry import Registry

__all__ = ["MAX_SUGGESTIONS", "MEMO_LIMIT", "RegistryIndex", "closest_names", "normalize_name"]

_K = TypeVar("_K")
_V = TypeVar("_V")

MEMO_LIMIT: Final = 1 << 16
"""How many answers a registry's memo holds (and :meth:`~nmda_pain.Registry.resolve` remembers) before it is cleared."""


def _freeze(groups: Mapping[_K, list[_V]]) -> Mapping[_K, tuple[_V, ...]]:
    return MappingProxyType({key: tuple(values) for key, values in groups.items()})


class RegistryIndex:
    """Read-only lookup tables over one registry, keyed by id strings.

    Every claim list keeps the registry's claim order. Keys are plain strings
    (predicates by their value), which hash in C; an enum member's hash runs
    Python code.

    Attributes:
        by_id: Entity by id.
        by_name: Entity by normalised id, name or synonym (see :func:`normalize_name`).
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
        memo: Answers the queries have already computed on this registry.
        resolved: Entities :meth:`~nmda_pain.Registry.resolve` has already found, by the text asked.

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
        "memo",
        "position",
        "references",
        "references_by_number",
        "resolved",
    )

    def __init__(self, registry: Registry) -> None:
        import gc  # noqa: PLC0415 -- only needed while building

        # Building allocates a container per entry and frees none: pause the collector
        # (half the build time at a million claims).
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._build(registry)
        finally:
            if collecting:
                gc.enable()

    def _build(self, registry: Registry) -> None:
        entities = registry.entities
        self.by_id: Mapping[str, Entity] = MappingProxyType({e.id: e for e in entities})
        self.position: Mapping[str, int] = MappingProxyType(
            {e.id: index for index, e in enumerate(entities)}
        )
        by_name: dict[str, Entity] = {}
        for entity in entities:
            for text in (entity.id, entity.name, *entity.synonyms):
                by_name.setdefault(normalize_name(text), entity)
        self.by_name: Mapping[str, Entity] = MappingProxyType(by_name)
        by_id = self.by_id
        self.by_xref: Mapping[str, Entity] = MappingProxyType(
            {
                m.object.canonical: by_id[m.subject]
                for m in registry.mappings
                if m.predicate is MatchPredicate.EXACT
            }
        )
        mappings: defaultdict[str, list[TermMapping]] = defaultdict(list)
        for mapping in registry.mappings:
            mappings[mapping.subject].append(mapping)
        self.mappings_by_subject: Mapping[str, tuple[TermMapping, ...]] = _freeze(mappings)
        self.article_references: frozenset[str] = article_reference_ids(registry)
        self.references: Mapping[str, Reference] = MappingProxyType(
            {r.id: r for r in registry.references}
        )
        self.references_by_number: Mapping[int, Reference] = MappingProxyType(
            {r.number: r for r in registry.references if r.number is not None}
        )
        subject: defaultdict[str, list[Claim]] = defaultdict(list)
        obj: defaultdict[str, list[Claim]] = defaultdict(list)
        predicate: defaultdict[str, list[Claim]] = defaultdict(list)
        subject_predicate: defaultdict[tuple[str, str], list[Claim]] = defaultdict(list)
        object_predicate: defaultdict[tuple[str, str], list[Claim]] = defaultdict(list)
        reference: defaultdict[str, list[Claim]] = defaultdict(list)
        for claim in registry.claims:
            relation = claim.predicate.value
            subject[claim.subject].append(claim)
            obj[claim.object].append(claim)
            predicate[relation].append(claim)
            subject_predicate[claim.subject, relation].append(claim)
            object_predicate[claim.object, relation].append(claim)
            for item in claim.evidence:
                reference[item.reference].append(claim)
        self.by_subject: Mapping[str, tuple[Claim, ...]] = _freeze(subject)
        self.by_object: Mapping[str, tuple[Claim, ...]] = _freeze(obj)
        self.by_predicate: Mapping[str, tuple[Claim, ...]] = _freeze(predicate)
        self.by_subject_predicate: Mapping[tuple[str, str], tuple[Claim, ...]] = _freeze(
            subject_predicate
        )
        self.by_object_predicate: Mapping[tuple[str, str], tuple[Claim, ...]] = _freeze(
            object_predicate
        )
        self.by_reference: Mapping[str, tuple[Claim, ...]] = _freeze(reference)
        members: defaultdict[str, list[Agent]] = defaultdict(list)
        classes: defaultdict[str, list[Agent]] = defaultdict(list)
        for claim in predicate.get(Predicate.MEMBER_OF.value, ()):
            members[claim.object].append(by_id[claim.subject])  # type: ignore[arg-type]  # the registry checked the families
            classes[claim.subject].append(by_id[claim.object])  # type: ignore[arg-type]
        self.members: Mapping[str, tuple[Agent, ...]] = _freeze(members)
        self.classes: Mapping[str, tuple[Agent, ...]] = _freeze(classes)
        self.memo: dict[tuple[object, ...], object] = {}
        self.resolved: dict[str, Entity] = {}
