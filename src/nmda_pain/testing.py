"""Helpers for testing and benchmarking code that uses nmda_pain.

:func:`synthetic_registry` builds large, valid registries of made-up records,
for measuring how queries and interchange scale. Its records are not
pharmacology: every name is a placeholder such as ``"Agent 17"``.
"""

from __future__ import annotations

import random
from typing import Final

from nmda_pain.model import (
    PREDICATE_SIGNATURES,
    AdverseEffect,
    AdverseEffectCategory,
    Agent,
    AgentKind,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Entity,
    Evidence,
    Mechanism,
    Predicate,
    Receptor,
    Reference,
    Section,
    StudyDesign,
)
from nmda_pain.registry import Registry

__all__ = ["synthetic_registry"]

# Entities per claim and each family's share of them, close to the shipped registry's
# (41 entities for 51 claims), but with claims outnumbering entities as a registry grows.
_ENTITIES_PER_CLAIM: Final = 0.2
_SHARES: Final = (
    ("agent", 0.22),
    ("receptor", 0.03),
    ("mechanism", 0.27),
    ("effect", 0.15),
    ("condition", 0.33),
)
_CLAIMS_PER_REFERENCE: Final = 20
_CLASS_SHARE: Final = 0.1
_SECTIONS: Final = tuple(Section)


def synthetic_registry(n_claims: int, *, seed: int = 0) -> Registry:
    """A valid registry of *n_claims* made-up claims, the same for the same arguments.

    Entities number about a fifth of the claims, split among the families in
    proportions close to the shipped registry's; about a tenth of the agents
    are drug classes and most other agents belong to one, each with its
    ``member_of`` claim (counted in *n_claims*). Each reference backs about
    twenty claims.

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
    """
    if n_claims < 1:
        msg = f"n_claims must be at least 1, not {n_claims}"
        raise ValueError(msg)
    rng = random.Random(seed)  # noqa: S311 -- reproducible test data, not cryptography
    entity_count = max(len(_SHARES) * 2, int(n_claims * _ENTITIES_PER_CLAIM))
    counts = {family: max(2, int(entity_count * share)) for family, share in _SHARES}
    references = tuple(
        Reference(
            id=f"reference-{index}",
            number=index + 1,
            authors=(f"Author {index}",),
            title=f"Synthetic study {index}",
            journal="Journal of Synthetic Data",
            year=1990 + index % 35,
            study_design=rng.choice(tuple(StudyDesign)),
        )
        for index in range(max(1, n_claims // _CLAIMS_PER_REFERENCE))
    )
    agents = _agents(counts["agent"], rng)
    receptors = tuple(
        Receptor(id=f"receptor-{i}", name=f"Receptor {i}") for i in range(counts["receptor"])
    )
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
    families: dict[type, tuple[Entity, ...]] = {
        Agent: agents,
        Receptor: receptors,
        Mechanism: mechanisms,
        AdverseEffect: effects,
        Condition: conditions,
    }
    return Registry(
        agents=agents,
        receptors=receptors,
        mechanisms=mechanisms,
        adverse_effects=effects,
        conditions=conditions,
        references=references,
        claims=_claims(n_claims, agents, families, references, rng),
    )


def _agents(count: int, rng: random.Random) -> tuple[Agent, ...]:
    classes = max(1, int(count * _CLASS_SHARE))
    agents = [
        Agent(id=f"agent-{i}", name=f"Agent {i}", kind=AgentKind.DRUG_CLASS) for i in range(classes)
    ]
    for index in range(classes, count):
        drug_class = f"agent-{rng.randrange(classes)}" if rng.random() < 0.8 else None  # noqa: PLR2004 -- most drugs belong to a class
        agents.append(Agent(id=f"agent-{index}", name=f"Agent {index}", drug_class=drug_class))
    return tuple(agents)


def _evidence(references: tuple[Reference, ...], rng: random.Random) -> tuple[Evidence, ...]:
    sections = tuple(sorted(rng.sample(_SECTIONS, rng.randint(1, 3)), key=_SECTIONS.index))
    return (Evidence(reference=rng.choice(references).id, sections=sections),)


def _claims(
    n_claims: int,
    agents: tuple[Agent, ...],
    families: dict[type, tuple[Entity, ...]],
    references: tuple[Reference, ...],
    rng: random.Random,
) -> tuple[Claim, ...]:
    certainties = tuple(Certainty)
    claims: dict[tuple[str, Predicate, str], Claim] = {}
    for agent in agents:
        if agent.drug_class is not None and len(claims) < n_claims:
            claim = Claim(
                subject=agent.id,
                predicate=Predicate.MEMBER_OF,
                object=agent.drug_class,
                evidence=_evidence(references, rng),
                certainty=Certainty.STATED,
            )
            claims[claim.key] = claim
    predicates = tuple(
        p
        for p, (subject_family, object_family) in PREDICATE_SIGNATURES.items()
        if p is not Predicate.MEMBER_OF
        and families.get(subject_family)
        and families.get(object_family)
    )
    while len(claims) < n_claims:
        predicate = rng.choice(predicates)
        subject_family, object_family = PREDICATE_SIGNATURES[predicate]
        subject = rng.choice(families[subject_family]).id
        obj = rng.choice(families[object_family]).id
        if subject == obj or (subject, predicate, obj) in claims:
            continue
        claims[(subject, predicate, obj)] = Claim(
            subject=subject,
            predicate=predicate,
            object=obj,
            evidence=_evidence(references, rng),
            certainty=rng.choice(certainties),
        )
    cited = {item.reference for claim in claims.values() for item in claim.evidence}
    if len(cited) < len(references):  # give every uncited reference a claim to back
        uncited = iter(r.id for r in references if r.id not in cited)
        for key, claim in zip(list(claims), list(claims.values()), strict=False):
            reference = next(uncited, None)
            if reference is None:
                break
            claims[key] = Claim(
                subject=claim.subject,
                predicate=claim.predicate,
                object=claim.object,
                evidence=(
                    *claim.evidence,
                    Evidence(reference=reference, sections=(Section.DESCRIPTION,)),
                ),
                certainty=claim.certainty,
            )
    return tuple(claims.values())
