"""The synthetic registry generator gives valid, reproducible, realistically shaped registries."""

from __future__ import annotations

import pytest

from nmda_pain import Predicate, find_claims
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
    assert len(registry.references) == 500
    members = find_claims(predicate=Predicate.MEMBER_OF, registry=registry)
    assert members
    for claim in members:
        assert registry.resolve(claim.subject).drug_class == claim.object


def test_at_least_one_claim_is_required():
    with pytest.raises(ValueError, match="n_claims must be at least 1, not 0"):
        synthetic_registry(0)
