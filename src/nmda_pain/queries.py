"""Pure query functions over a registry.

Each function takes an entity or its name (id, display name or synonym,
ignoring case, spaces, hyphens and underscores) and a keyword ``registry=``
that defaults to the shipped :func:`~nmda_pain.default_registry`. Each returns
a tuple in a stable, documented order, and looks up only the claims it needs
through the registry's :attr:`~nmda_pain.Registry.index`.

The claims behind every answer are reachable through :func:`nmda_pain.find_claims`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, TypeVar

from nmda_pain._text import closest_names
from nmda_pain.data import default_registry
from nmda_pain.errors import UnknownEntityError
from nmda_pain.model import (
    AdverseEffect,
    Agent,
    Certainty,
    Claim,
    Condition,
    Entity,
    EvidenceLevel,
    Mechanism,
    Predicate,
    Reference,
    parse_predicate,
    predicates_where,
)
from nmda_pain.registry import Registry

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "APPROVAL_PREDICATES",
    "THERAPEUTIC_PREDICATES",
    "adverse_effects_of",
    "agents_for_condition",
    "combination_partners",
    "find_claims",
    "mechanisms_of",
]

THERAPEUTIC_PREDICATES: Final[frozenset[Predicate]] = predicates_where(therapeutic=True)
"""The predicates :func:`nmda_pain.agents_for_condition` counts as an agent being *for* a condition."""

APPROVAL_PREDICATES: Final[frozenset[Predicate]] = predicates_where(approval=True)
"""The predicates of a regulator's approval, which :func:`nmda_pain.agents_for_condition` adds on request."""

_E = TypeVar("_E", Agent, Condition)


def _registry(registry: Registry | None) -> Registry:
    if registry is None:
        return default_registry()
    if not isinstance(registry, Registry):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
        msg = (
            f"registry must be a Registry (such as default_registry(), or one from "
            f"nmda_pain.load), not {type(registry).__name__}: {registry!r}"
        )
        raise TypeError(msg)
    return registry


def _lookup(registry: Registry, value: Entity | str, family: type[_E]) -> _E:
    """Find *value* in *registry* and check that it belongs to *family*."""
    entity = registry.resolve(value)
    if not isinstance(entity, family):
        query = value if isinstance(value, str) else value.id
        names = (e.name for e in registry.entities if isinstance(e, family))
        raise UnknownEntityError(
            query, closest_names(query, names), looked_for=family.FAMILY, belongs_to=entity.FAMILY
        )
    return entity


def _lineage(registry: Registry, agent: Agent, *, include_class: bool) -> tuple[str, ...]:
    """The agent's id followed, if asked, by the ids of its classes, their classes, and so on.

    Breadth first, each class once: an agent may belong to several classes, and
    the registry guarantees the classes form no cycle.
    """
    ids = {agent.id: None}
    if include_class:
        classes = registry.index.classes
        frontier = [agent.id]
        while frontier:
            following: list[str] = []
            for member in frontier:
                for parent in classes.get(member, ()):
                    if parent.id not in ids:
                        ids[parent.id] = None
                        following.append(parent.id)
            frontier = following
    return tuple(ids)


def _in_registry_order(registry: Registry, ids: set[str]) -> tuple[Entity, ...]:
    position = registry.index.position
    by_id = registry.index.by_id
    return tuple(by_id[entity_id] for entity_id in sorted(ids, key=position.__getitem__))


def _certainty(value: object) -> Certainty | None:
    if value is None or isinstance(value, Certainty):
        return value
    allowed = ", ".join(repr(member.value) for member in Certainty)
    if isinstance(value, str):
        try:
            return Certainty(value.strip().lower().replace(" ", "_").replace("-", "_"))
        except ValueError:
            msg = f"min_certainty must be a Certainty or one of {allowed}, not {value!r}"
            raise ValueError(msg) from None
    msg = f"min_certainty must be a Certainty or one of {allowed}, not {type(value).__name__}"
    raise TypeError(msg)


def _evidence_level(value: object) -> EvidenceLevel | None:
    if value is None or isinstance(value, EvidenceLevel):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return EvidenceLevel(value)
        except ValueError:
            msg = f"min_evidence_level must be from 1 (strongest) to 5, not {value}"
            raise ValueError(msg) from None
    msg = f"min_evidence_level must be an EvidenceLevel or an int from 1 to 5, not {type(value).__name__}: {value!r}"
    raise TypeError(msg)


class _Filter:
    """The evidence filters every query accepts, their values checked and converted.

    A plain slotted class: it never leaves this module, and an attrs class would
    cost every ``import nmda_pain`` the generation of methods it does not use.
    """

    __slots__ = ("active", "include_unverified", "min_certainty", "min_evidence_level", "registry")

    def __init__(
        self,
        registry: Registry,
        min_certainty: object,
        min_evidence_level: object,
        include_unverified: bool,  # noqa: FBT001 -- internal, always passed positionally
    ) -> None:
        self.registry = registry
        self.min_certainty = _certainty(min_certainty)
        self.min_evidence_level = _evidence_level(min_evidence_level)
        self.include_unverified = include_unverified
        # Whether any filter is set: an attribute, read once per claim in the queries' loops.
        self.active = (
            self.min_certainty is not None
            or self.min_evidence_level is not None
            or not include_unverified
        )

    def keeps(self, claim: Claim) -> bool:
        if self.min_certainty is not None and claim.certainty < self.min_certainty:
            return False
        if not self.include_unverified and not self.registry.verified_references(claim):
            return False
        if self.min_evidence_level is None:
            return True
        level = self.registry.best_evidence_level(claim, include_unverified=self.include_unverified)
        return level is not None and level <= self.min_evidence_level


def _related(
    index: Mapping[tuple[str, str], tuple[Claim, ...]],
    ids: Iterable[str],
    predicate: Predicate,
    evidence: _Filter,
) -> set[str]:
    """The ids at the other end of *predicate* claims from each of *ids* that pass *evidence*."""
    relation = predicate.value
    other_end: set[str] = set()
    for entity_id in ids:
        for claim in index.get((entity_id, relation), ()):
            if evidence.active and not evidence.keeps(claim):
                continue
            other_end.add(claim.object if claim.subject == entity_id else claim.subject)
    return other_end


def agents_for_condition(
    condition: Condition | str,
    *,
    include_approved: bool = False,
    min_certainty: Certainty | str | None = None,
    min_evidence_level: EvidenceLevel | int | None = None,
    include_unverified: bool = True,
    registry: Registry | None = None,
) -> tuple[Agent, ...]:
    """The agents the source says treat, attenuate or prevent *condition*.

    Only agents that a claim names are returned: when the source states
    something of the whole drug class, the class itself is in the answer, not
    each of its members. Use :func:`nmda_pain.find_claims` with ``object=`` for the
    evidence and certainty behind each agent.

    >>> [agent.name for agent in agents_for_condition("neuropathic pain")]
    ['NMDA receptor antagonists', 'Memantine', 'Dextromethorphan']

    Args:
        condition: A :class:`~nmda_pain.Condition` or its name.
        include_approved: Also return the agents a regulator approved for
            *condition* (:data:`APPROVAL_PREDICATES`; such facts come from
            beyond the article, in the extended registry). An approval is not a
            statement that the agent treats the condition, so it is left out
            unless asked for.
        min_certainty: Keep only claims the source asserts at least this strongly
            (a :class:`~nmda_pain.Certainty` or its value, such as ``"promising"``).
        min_evidence_level: Keep only claims whose best reference reaches this
            level of the Oxford CEBM 2011 scale or a stronger one (a smaller number;
            an :class:`~nmda_pain.EvidenceLevel` or an int from 1 to 5).
        include_unverified: ``False`` ignores references whose verification status
            is unverified; a claim with no verified reference left is dropped.
        registry: The registry to ask; the shipped one by default.

    Returns:
        The agents, in the registry's order of agents.

    Raises:
        UnknownEntityError: *condition* names no condition.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``include_approved``.
    """
    reg = _registry(registry)
    target = _lookup(reg, condition, Condition)
    subjects: set[str] = set()
    evidence = _Filter(reg, min_certainty, min_evidence_level, include_unverified)
    predicates = (
        THERAPEUTIC_PREDICATES | APPROVAL_PREDICATES if include_approved else THERAPEUTIC_PREDICATES
    )
    for predicate in predicates:
        subjects |= _related(reg.index.by_object_predicate, (target.id,), predicate, evidence)
    return tuple(e for e in _in_registry_order(reg, subjects) if isinstance(e, Agent))


def adverse_effects_of(
    agent: Agent | str,
    *,
    include_class: bool = True,
    min_certainty: Certainty | str | None = None,
    min_evidence_level: EvidenceLevel | int | None = None,
    include_unverified: bool = True,
    registry: Registry | None = None,
) -> tuple[AdverseEffect, ...]:
    """The adverse effects the source attributes to *agent*.

    Effects the source presents as properties rather than harms (the
    ``produces_effect`` claims) are not included.

    >>> [effect.name for effect in adverse_effects_of("ketamine", include_class=False)]
    ['Psychotomimetic effects', 'Cardiovascular side effects']

    Args:
        agent: An :class:`~nmda_pain.Agent` or its name.
        include_class: Also include what the source states of the agent's
            drug class (and that class's class). ``False`` keeps only what it
            states of the agent itself.
        min_certainty: Keep only claims the source asserts at least this strongly
            (a :class:`~nmda_pain.Certainty` or its value, such as ``"promising"``).
        min_evidence_level: Keep only claims whose best reference reaches this
            level of the Oxford CEBM 2011 scale or a stronger one (a smaller number;
            an :class:`~nmda_pain.EvidenceLevel` or an int from 1 to 5).
        include_unverified: ``False`` ignores references whose verification status
            is unverified; a claim with no verified reference left is dropped.
        registry: The registry to ask; the shipped one by default.

    Returns:
        The adverse effects, in the registry's order of adverse effects.

    Raises:
        UnknownEntityError: *agent* names no agent.

    .. versionadded:: 0.1.0
    """
    reg = _registry(registry)
    subjects = _lineage(reg, _lookup(reg, agent, Agent), include_class=include_class)
    evidence = _Filter(reg, min_certainty, min_evidence_level, include_unverified)
    found = _related(
        reg.index.by_subject_predicate, subjects, Predicate.CAUSES_ADVERSE_EFFECT, evidence
    )
    return tuple(e for e in _in_registry_order(reg, found) if isinstance(e, AdverseEffect))


def mechanisms_of(
    agent: Agent | str,
    *,
    include_class: bool = True,
    min_certainty: Certainty | str | None = None,
    min_evidence_level: EvidenceLevel | int | None = None,
    include_unverified: bool = True,
    registry: Registry | None = None,
) -> tuple[Mechanism, ...]:
    """The mechanisms the source says *agent* acts through.

    >>> [mechanism.name for mechanism in mechanisms_of("quinidine")]
    ["Raising dextromethorphan's bioavailability"]

    Args:
        agent: An :class:`~nmda_pain.Agent` or its name.
        include_class: Also include what the source states of the agent's
            drug class (and that class's class). ``False`` keeps only what it
            states of the agent itself.
        min_certainty: Keep only claims the source asserts at least this strongly
            (a :class:`~nmda_pain.Certainty` or its value, such as ``"promising"``).
        min_evidence_level: Keep only claims whose best reference reaches this
            level of the Oxford CEBM 2011 scale or a stronger one (a smaller number;
            an :class:`~nmda_pain.EvidenceLevel` or an int from 1 to 5).
        include_unverified: ``False`` ignores references whose verification status
            is unverified; a claim with no verified reference left is dropped.
        registry: The registry to ask; the shipped one by default.

    Returns:
        The mechanisms, in the registry's order of mechanisms.

    Raises:
        UnknownEntityError: *agent* names no agent.

    .. versionadded:: 0.1.0
    """
    reg = _registry(registry)
    subjects = _lineage(reg, _lookup(reg, agent, Agent), include_class=include_class)
    evidence = _Filter(reg, min_certainty, min_evidence_level, include_unverified)
    found = _related(reg.index.by_subject_predicate, subjects, Predicate.ACTS_VIA, evidence)
    return tuple(e for e in _in_registry_order(reg, found) if isinstance(e, Mechanism))


def combination_partners(
    agent: Agent | str,
    *,
    min_certainty: Certainty | str | None = None,
    min_evidence_level: EvidenceLevel | int | None = None,
    include_unverified: bool = True,
    registry: Registry | None = None,
) -> tuple[Agent, ...]:
    """The agents the source says *agent* is given together with.

    ``combined_with`` is symmetric in meaning, so claims in either direction count.

    >>> [partner.name for partner in combination_partners("dextromethorphan")]
    ['Quinidine']

    Args:
        agent: An :class:`~nmda_pain.Agent` or its name.
        min_certainty: Keep only claims the source asserts at least this strongly
            (a :class:`~nmda_pain.Certainty` or its value, such as ``"promising"``).
        min_evidence_level: Keep only claims whose best reference reaches this
            level of the Oxford CEBM 2011 scale or a stronger one (a smaller number;
            an :class:`~nmda_pain.EvidenceLevel` or an int from 1 to 5).
        include_unverified: ``False`` ignores references whose verification status
            is unverified; a claim with no verified reference left is dropped.
        registry: The registry to ask; the shipped one by default.

    Returns:
        The partner agents, in the registry's order of agents.

    Raises:
        UnknownEntityError: *agent* names no agent.

    .. versionadded:: 0.1.0
    """
    reg = _registry(registry)
    target = _lookup(reg, agent, Agent)
    evidence = _Filter(reg, min_certainty, min_evidence_level, include_unverified)
    partners = _related(
        reg.index.by_subject_predicate, (target.id,), Predicate.COMBINED_WITH, evidence
    )
    partners |= _related(
        reg.index.by_object_predicate, (target.id,), Predicate.COMBINED_WITH, evidence
    )
    return tuple(e for e in _in_registry_order(reg, partners) if isinstance(e, Agent))


def _reference(registry: Registry, value: Reference | str | int) -> Reference:
    return registry.reference(value.id if isinstance(value, Reference) else value)


def find_claims(
    *,
    subject: Entity | str | None = None,
    predicate: Predicate | str | None = None,
    object: Entity | str | None = None,
    reference: Reference | str | int | None = None,
    min_certainty: Certainty | str | None = None,
    min_evidence_level: EvidenceLevel | int | None = None,
    include_unverified: bool = True,
    registry: Registry | None = None,
) -> tuple[Claim, ...]:
    """The claims that match every filter given; with no filter, every claim.

    >>> claims = find_claims(subject="memantine", predicate="treats")
    >>> [(claim.object, claim.certainty.value) for claim in claims]
    [('neuropathic-pain', 'promising'), ('chronic-pain', 'promising')]

    Args:
        subject: The subject entity or its name.
        predicate: A :class:`~nmda_pain.Predicate`, its value or its label
            (``"causes_adverse_effect"``, ``"causes adverse effect"``; see
            :func:`~nmda_pain.model.parse_predicate`).
        object: The object entity or its name.
        reference: A :class:`~nmda_pain.Reference`, its id, or its number in the source.
        min_certainty: Keep only claims the source asserts at least this strongly
            (a :class:`~nmda_pain.Certainty` or its value, such as ``"promising"``).
        min_evidence_level: Keep only claims whose best reference reaches this
            level of the Oxford CEBM 2011 scale or a stronger one (a smaller number;
            an :class:`~nmda_pain.EvidenceLevel` or an int from 1 to 5).
        include_unverified: ``False`` ignores references whose verification status
            is unverified; a claim with no verified reference left is dropped.
        registry: The registry to ask; the shipped one by default.

    Returns:
        The matching claims, in the registry's order of claims.

    Raises:
        UnknownEntityError: A filter names nothing in the registry.

    .. versionadded:: 0.1.0
    """
    reg = _registry(registry)
    index = reg.index
    candidates: list[tuple[Claim, ...]] = []
    wanted_subject = wanted_object = wanted_reference = None
    wanted_predicate = None if predicate is None else parse_predicate(predicate)
    relation = None if wanted_predicate is None else wanted_predicate.value
    if subject is not None:
        wanted_subject = reg.resolve(subject).id
        candidates.append(
            index.by_subject.get(wanted_subject, ())
            if relation is None
            else index.by_subject_predicate.get((wanted_subject, relation), ())
        )
    if object is not None:
        wanted_object = reg.resolve(object).id
        candidates.append(
            index.by_object.get(wanted_object, ())
            if relation is None
            else index.by_object_predicate.get((wanted_object, relation), ())
        )
    if reference is not None:
        wanted_reference = _reference(reg, reference).id
        candidates.append(index.by_reference.get(wanted_reference, ()))
    if relation is not None:
        candidates.append(index.by_predicate.get(relation, ()))
    evidence = _Filter(reg, min_certainty, min_evidence_level, include_unverified)
    if not candidates:
        candidates.append(reg.claims)
    smallest = min(candidates, key=len)
    if len(candidates) == 1 and not evidence.active:
        return smallest  # the one index that chose the candidates has answered already
    return tuple(
        claim
        for claim in smallest
        if (wanted_subject is None or claim.subject == wanted_subject)
        and (wanted_object is None or claim.object == wanted_object)
        and (wanted_predicate is None or claim.predicate is wanted_predicate)
        and (wanted_reference is None or wanted_reference in claim.references)
        and (not evidence.active or evidence.keeps(claim))
    )
