"""Helpers for testing and benchmarking code that uses nmda_pain.

:func:`synthetic_registry` builds large, valid registries of made-up records,
for measuring how queries and interchange scale. Its records are not
pharmacology: every name is a placeholder such as ``"Agent 17"``, and every
identifier, DOI and mapped term is made up (the DOIs use ``10.5555``, the
prefix the DOI Handbook keeps for examples).
"""

from __future__ import annotations

import random
from typing import Final

import attrs

from nmda_pain.model import (
    PREDICATES,
    ActionType,
    AdverseEffect,
    AdverseEffectCategory,
    Affinity,
    AffinityParameter,
    Agent,
    AgentKind,
    BindingSite,
    Certainty,
    Claim,
    ClinicalSetting,
    Condition,
    ConditionKind,
    Curie,
    Entity,
    Enzyme,
    Evidence,
    Mapping,
    MatchPredicate,
    Mechanism,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
    Section,
    StudyDesign,
    Trapping,
    VerificationStatus,
)
from nmda_pain.registry import Registry

__all__ = ["synthetic_registry"]

# Entities per claim and each family's share of them, close to the shipped registry's
# (41 entities for 51 claims), but with claims outnumbering entities as a registry grows.
_ENTITIES_PER_CLAIM: Final = 0.2
_SHARES: Final = (
    ("agent", 0.22),
    ("receptor", 0.03),
    ("mechanism", 0.26),
    ("effect", 0.15),
    ("condition", 0.33),
    ("enzyme", 0.01),
)
_CLAIMS_PER_REFERENCE: Final = 20
_CLASS_SHARE: Final = 0.1
_MEMBER_SHARE: Final = 0.8
"""The share of drugs that belong to a class, and of classes (but the first) within another."""
_MODE_SHARE: Final = 0.5
"""The share of ``antagonizes`` and ``inhibits`` claims that state a mode of action."""
_AFFINITY_SHARE: Final = 0.3
"""The share of ``antagonizes`` claims that carry a measured value."""
_VIA_SHARE: Final = 0.3
"""The share of outcome claims that name the mechanism they are mediated by."""
_DISPUTE_SHARE: Final = 0.05
"""The share of claims a second reference disputes."""
_SETTING_EVERY: Final = 10
"""Every tenth claim is made for a clinical setting."""
_SECOND_MAPPING_EVERY: Final = 4
"""Every fourth entity has a second, inexact mapping besides its exact one."""
_SECTIONS: Final = tuple(Section)
_CERTAINTIES: Final = tuple(Certainty)
_ACTIONS: Final = tuple(ActionType)
_PARAMETERS: Final = tuple(AffinityParameter)
_SITES: Final = (None, *BindingSite)
_TRAPPINGS: Final = (None, *Trapping)
_INEXACT: Final = tuple(p for p in MatchPredicate if p is not MatchPredicate.EXACT)
_VOCABULARY: Final = "synthetic-vocabulary"
# The namespace each family's made-up terms are drawn from, and how a local id is written.
_TERMS: Final = {
    "agent": ("chebi", "{}"),
    "receptor": ("iuphar.receptor", "{}"),
    "mechanism": ("go", "{:07d}"),
    "effect": ("hp", "{:07d}"),
    "condition": ("mondo", "{:07d}"),
    "enzyme": ("ncbigene", "{}"),
}


def synthetic_registry(n_claims: int, *, seed: int = 0) -> Registry:
    """A valid registry of *n_claims* made-up claims, the same for the same arguments.

    Entities number about a fifth of the claims, split among the families in
    proportions close to the shipped registry's; about a tenth of the agents
    are drug classes, most drugs belong to one and most classes to an earlier
    class (so the classes never form a cycle), each membership a ``member_of``
    claim counted in *n_claims*. Each journal article backs about twenty
    claims; some claims are disputed by a second one. Half the ``antagonizes``
    and ``inhibits`` claims state a mode of action, some ``antagonizes``
    claims carry a measured value at the receptor or one of its subunits, and
    some outcome claims name the mechanism they are mediated by. Every entity
    has an exact mapping to a made-up term, every fourth a second, inexact
    one, all read in one made-up vocabulary release. The time taken grows
    linearly with *n_claims*.

    >>> from nmda_pain.testing import synthetic_registry
    >>> registry = synthetic_registry(1000, seed=1)
    >>> len(registry.claims)
    1000
    >>> registry == synthetic_registry(1000, seed=1)
    True

    Args:
        n_claims: How many claims, at least 1.
        seed: Seed of the random choices.

    Raises:
        ValueError: *n_claims* is less than 1.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Enzymes, mappings, modes of action, affinities, mediating mechanisms,
       clinical settings, disputing evidence and nested drug classes; the references include one
       vocabulary release, which the mappings cite.
    """
    if n_claims < 1:
        msg = f"n_claims must be at least 1, not {n_claims}"
        raise ValueError(msg)
    rng = random.Random(seed)  # noqa: S311 -- reproducible test data, not cryptography
    entity_count = max(len(_SHARES) * 2, int(n_claims * _ENTITIES_PER_CLAIM))
    counts = {family: max(2, int(entity_count * share)) for family, share in _SHARES}
    articles = _articles(max(1, n_claims // _CLAIMS_PER_REFERENCE), rng)
    agents = tuple(
        Agent(
            id=f"agent-{i}",
            name=f"Agent {i}",
            kind=AgentKind.DRUG_CLASS if i < _class_count(counts["agent"]) else AgentKind.DRUG,
        )
        for i in range(counts["agent"])
    )
    receptors = _receptors(counts["receptor"], rng)
    mechanisms = tuple(
        Mechanism(id=f"mechanism-{i}", name=f"Mechanism {i}") for i in range(counts["mechanism"])
    )
    effects = tuple(
        AdverseEffect(
            id=f"effect-{i}", name=f"Effect {i}", category=rng.choice(tuple(AdverseEffectCategory))
        )
        for i in range(counts["effect"])
    )
    conditions = tuple(
        Condition(id=f"condition-{i}", name=f"Condition {i}", kind=rng.choice(tuple(ConditionKind)))
        for i in range(counts["condition"])
    )
    enzymes = tuple(Enzyme(id=f"enzyme-{i}", name=f"Enzyme {i}") for i in range(counts["enzyme"]))
    families: dict[type[Entity], tuple[Entity, ...]] = {
        Agent: agents,
        Receptor: receptors,
        Mechanism: mechanisms,
        AdverseEffect: effects,
        Condition: conditions,
        Enzyme: enzymes,
    }
    named = (
        ("agent", agents),
        ("receptor", receptors),
        ("mechanism", mechanisms),
        ("effect", effects),
        ("condition", conditions),
        ("enzyme", enzymes),
    )
    return Registry(
        agents=agents,
        receptors=receptors,
        mechanisms=mechanisms,
        adverse_effects=effects,
        conditions=conditions,
        enzymes=enzymes,
        references=(*articles, _vocabulary()),
        claims=_claims(n_claims, agents, families, articles, rng),
        mappings=_mappings(named),
    )


def _class_count(agent_count: int) -> int:
    return max(1, int(agent_count * _CLASS_SHARE))


def _articles(count: int, rng: random.Random) -> tuple[Reference, ...]:
    designs = tuple(StudyDesign)
    return tuple(
        Reference(
            id=f"reference-{index}",
            number=index + 1,
            authors=(f"Author {index}",),
            title=f"Synthetic study {index}",
            journal="Journal of Synthetic Data",
            year=1990 + index % 35,
            doi=f"10.5555/synthetic.{index}",
            study_design=rng.choice(designs),
            verification=VerificationStatus.VERIFIED
            if index % 2
            else VerificationStatus.UNVERIFIED,
        )
        for index in range(count)
    )


def _vocabulary() -> Reference:
    return Reference(
        id=_VOCABULARY,
        kind=ReferenceKind.ONTOLOGY_RELEASE,
        title="Synthetic vocabulary",
        version="1",
        url="https://example.org/synthetic-vocabulary",
        verification=VerificationStatus.VERIFIED,
    )


def _receptors(count: int, rng: random.Random) -> tuple[Receptor, ...]:
    """Receptors, each odd-numbered one a subunit of the one before it."""
    return tuple(
        Receptor(
            id=f"receptor-{i}",
            name=f"Receptor {i}",
            subunit_of=f"receptor-{i - 1}" if i % 2 else None,
            species=rng.choice(("human", "rat")) if i % 2 else None,
        )
        for i in range(count)
    )


def _mappings(named: tuple[tuple[str, tuple[Entity, ...]], ...]) -> tuple[Mapping, ...]:
    """One exact mapping per entity, to a term of its own; every fourth entity an inexact one too."""
    mappings: list[Mapping] = []
    sources = (_VOCABULARY,)
    for family, entities in named:
        prefix, local = _TERMS[family]
        for index, entity in enumerate(entities):
            mappings.append(
                Mapping(
                    subject=entity.id,
                    predicate=MatchPredicate.EXACT,
                    object=Curie(prefix, local.format(2 * index + 1)),
                    object_label=entity.name,
                    references=sources,
                )
            )
            if index % _SECOND_MAPPING_EVERY == 0:
                predicate = _INEXACT[(index // _SECOND_MAPPING_EVERY) % len(_INEXACT)]
                mappings.append(
                    Mapping(
                        subject=entity.id,
                        predicate=predicate,
                        # an even term, never an exact one; inexact terms may be shared
                        object=Curie(prefix, local.format(2 * (index // 2))),
                        references=sources,
                        notes="A made-up term near the entity.",
                    )
                )
    return tuple(mappings)


def _evidence(references: tuple[Reference, ...], rng: random.Random) -> tuple[Evidence, ...]:
    sections = tuple(sorted(rng.sample(_SECTIONS, rng.randint(1, 3)), key=_SECTIONS.index))
    first = rng.choice(references).id
    supporting = Evidence(reference=first, sections=sections)
    if len(references) < 2 or rng.random() >= _DISPUTE_SHARE:  # noqa: PLR2004 -- a dispute needs a second reference
        return (supporting,)
    second = rng.choice(references).id
    if second == first:
        return (supporting,)
    return (supporting, Evidence(reference=second, sections=(_SECTIONS[-1],), disputes=True))


def _memberships(
    agents: tuple[Agent, ...], references: tuple[Reference, ...], rng: random.Random, limit: int
) -> dict[tuple[str, Predicate, str], Claim]:
    """``member_of`` claims: drugs in a class, classes in an earlier class (never a cycle)."""
    classes = [agent.id for agent in agents if agent.kind is AgentKind.DRUG_CLASS]
    claims: dict[tuple[str, Predicate, str], Claim] = {}
    for index, agent in enumerate(agents):
        if len(claims) >= limit:
            break
        if agent.kind is AgentKind.DRUG_CLASS:
            if index == 0 or rng.random() >= _MEMBER_SHARE:
                continue
            drug_class = classes[rng.randrange(index)]  # classes come first, in order
        elif rng.random() < _MEMBER_SHARE:
            drug_class = rng.choice(classes)
        else:
            continue
        claim = Claim(
            subject=agent.id,
            predicate=Predicate.MEMBER_OF,
            object=drug_class,
            evidence=_evidence(references, rng),
            certainty=Certainty.STATED,
        )
        claims[claim.key] = claim
    return claims


_Qualifiers = tuple[ModeOfAction | None, tuple[Affinity, ...], tuple[str, ...]]


def _qualifiers(
    predicate: Predicate,
    obj: str,
    evidence: tuple[Evidence, ...],
    mechanisms: tuple[Entity, ...],
    subunits: dict[str, list[str]],
    rng: random.Random,
) -> _Qualifiers:
    """The mode, affinities and mediating mechanisms of a claim of *predicate* on *obj*."""
    rule = PREDICATES[predicate]
    mode = None
    if rule.takes_mode and rng.random() < _MODE_SHARE:
        mode = ModeOfAction(
            action=rng.choice(_ACTIONS),
            binding_site=rng.choice(_SITES) if rule.object is Receptor else None,
            trapping=rng.choice(_TRAPPINGS) if rule.object is Receptor else None,
        )
    affinities: tuple[Affinity, ...] = ()
    if rule.takes_mode and rule.object is Receptor and rng.random() < _AFFINITY_SHARE:
        parameter = rng.choice(_PARAMETERS)
        affinities = (
            Affinity(
                parameter=parameter,
                value=round(rng.uniform(4.0, 9.0), 2),
                unit="nM" if parameter is AffinityParameter.IC50 else None,
                target=rng.choice((obj, *subunits.get(obj, ()))),
                conditions="A made-up assay.",
                references=(evidence[0].reference,),
            ),
        )
    via: tuple[str, ...] = ()
    if rule.takes_via and mechanisms and rng.random() < _VIA_SHARE:
        via = (rng.choice(mechanisms).id,)
    return mode, affinities, via


def _claims(
    n_claims: int,
    agents: tuple[Agent, ...],
    families: dict[type[Entity], tuple[Entity, ...]],
    references: tuple[Reference, ...],
    rng: random.Random,
) -> tuple[Claim, ...]:
    claims = _memberships(agents, references, rng, n_claims)
    subunits: dict[str, list[str]] = {}
    for receptor in families[Receptor]:
        if isinstance(receptor, Receptor) and receptor.subunit_of is not None:
            subunits.setdefault(receptor.subunit_of, []).append(receptor.id)
    predicates = tuple(
        p
        for p, rule in PREDICATES.items()
        if p is not Predicate.MEMBER_OF and families.get(rule.subject) and families.get(rule.object)
    )
    while len(claims) < n_claims:
        predicate = rng.choice(predicates)
        rule = PREDICATES[predicate]
        subject = rng.choice(families[rule.subject]).id
        obj = rng.choice(families[rule.object]).id
        if subject == obj or (subject, predicate, obj) in claims:
            continue
        evidence = _evidence(references, rng)
        mode, affinities, via = _qualifiers(
            predicate, obj, evidence, families[Mechanism], subunits, rng
        )
        claims[(subject, predicate, obj)] = Claim(
            subject=subject,
            predicate=predicate,
            object=obj,
            evidence=evidence,
            certainty=rng.choice(_CERTAINTIES),
            mode=mode,
            affinities=affinities,
            via=via,
            setting=ClinicalSetting.ANAESTHESIA if len(claims) % _SETTING_EVERY == 0 else None,
        )
    cited = {item.reference for claim in claims.values() for item in claim.evidence}
    if len(cited) < len(references):  # give every uncited reference a claim to back
        uncited = iter(r.id for r in references if r.id not in cited)
        for key, claim in zip(list(claims), list(claims.values()), strict=False):
            reference = next(uncited, None)
            if reference is None:
                break
            claims[key] = attrs.evolve(
                claim,
                evidence=(
                    *claim.evidence,
                    Evidence(reference=reference, sections=(Section.DESCRIPTION,)),
                ),
            )
    return tuple(claims.values())
