"""The generators of test data give valid registries that cover the model.

:func:`nmda_pain.testing.synthetic_registry` gives valid, reproducible,
realistically shaped registries of a requested size. The hypothesis strategies
of ``tests/strategies.py`` are checked in ``tests/test_strategies.py``; the
registry's algebra on them (merge, extend) in ``tests/registry/``, and their JSON
round trip in ``tests/interchange/``.
"""

from __future__ import annotations

from collections import Counter

import pytest

from nmda_pain import (
    Agent,
    AgentKind,
    MatchPredicate,
    Predicate,
    ReferenceKind,
    find_claims,
    from_json,
    to_json,
)
from nmda_pain.testing import synthetic_registry


@pytest.mark.parametrize("n_claims", [1, 7, 100, 5000])
def test_it_has_exactly_the_claims_asked_for(n_claims):
    assert len(synthetic_registry(n_claims).claims) == n_claims


def test_the_same_seed_gives_the_same_registry_and_another_seed_another():
    assert synthetic_registry(500, seed=3) == synthetic_registry(500, seed=3)
    assert synthetic_registry(500, seed=3) != synthetic_registry(500, seed=4)


def test_proportions_follow_the_shipped_registry():
    registry = synthetic_registry(10_000)
    entities = len(registry.entities)
    assert 1_500 <= entities <= 2_500  # about a fifth of the claims
    assert len(registry.conditions) > len(registry.agents) > len(registry.receptors)
    kinds = Counter(reference.kind for reference in registry.references)
    assert kinds == {ReferenceKind.JOURNAL_ARTICLE: 500, ReferenceKind.ONTOLOGY_RELEASE: 1}


def test_memberships_are_claims_into_drug_classes_that_nest_without_a_cycle():
    registry = synthetic_registry(10_000)
    members = find_claims(predicate=Predicate.MEMBER_OF, registry=registry)
    assert members
    for claim in members:
        assert claim.object in {c.id for c in registry.classes_of(claim.subject)}
        assert registry.get(Agent, claim.object).kind is AgentKind.DRUG_CLASS
    nested = [c for c in members if registry.get(Agent, c.subject).kind is AgentKind.DRUG_CLASS]
    assert nested  # classes within classes; the registry has checked there is no cycle


def test_it_uses_every_part_of_the_model():
    registry = synthetic_registry(2_000)
    claims = registry.claims
    assert {c.predicate for c in claims if c.mode is not None} == {
        Predicate.ANTAGONIZES,
        Predicate.INHIBITS,
    }
    parents = {r.id: r.subunit_of for r in registry.receptors}
    measured = [(claim, a) for claim in claims for a in claim.affinities]
    assert any(a.target == claim.object for claim, a in measured)
    assert any(parents[a.target] == claim.object for claim, a in measured)
    assert any(c.via for c in claims)
    assert any(c.contested for c in claims)
    assert {m.predicate for m in registry.mappings} == set(MatchPredicate)
    for entity in registry.entities:
        assert len(registry.identifiers(entity)) == 1
        assert registry.resolve(registry.identifiers(entity)[0].canonical) == entity
    assert registry.enzymes


def test_it_round_trips_through_json():
    registry = synthetic_registry(300)
    text = to_json(registry)
    assert from_json(text) == registry
    assert to_json(from_json(text)) == text


def test_at_least_one_claim_is_required():
    with pytest.raises(ValueError, match="n_claims must be at least 1, not 0"):
        synthetic_registry(0)
