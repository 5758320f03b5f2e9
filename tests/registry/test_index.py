"""A registry's index: lookup tables built once, shared by threads, and read-only."""

from __future__ import annotations

import concurrent.futures
import threading

import pytest

from nmda_pain import Agent, Mechanism, Predicate, Registry, default_registry
from nmda_pain._text import normalize_name
from nmda_pain.registry import RegistryIndex
from nmda_pain.testing import synthetic_registry
from tests.builders import ASPIRIN, DRUGS, MEMBERSHIP, TREATS, claim, small


def test_index_groups_claims_and_members():
    registry = small(
        mechanisms=(Mechanism(id="m", name="M"),),
        claims=(MEMBERSHIP, TREATS, claim("aspirin", Predicate.ACTS_VIA, "m")),
    )
    index = registry.index
    assert index.by_subject["aspirin"] == registry.claims
    assert index.by_object["headache"] == (TREATS,)
    assert index.by_predicate[Predicate.ACTS_VIA] == (registry.claims[2],)
    assert index.by_reference["notes-2026"] == registry.claims
    assert index.members["drugs"] == (ASPIRIN,)
    assert index.classes["aspirin"] == (DRUGS,)
    assert index.position["m"] == 2
    with pytest.raises(TypeError):
        index.by_id["new"] = DRUGS  # type: ignore[index]


def test_threads_asking_a_fresh_registry_at_once_share_one_index():
    registry = synthetic_registry(2_000, seed=5)
    barrier = threading.Barrier(8)

    def first_question() -> object:
        barrier.wait()
        return registry.index

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        indexes = list(pool.map(lambda _: first_question(), range(8)))
    assert all(index is indexes[0] for index in indexes)


def test_the_index_cannot_be_written():
    index = synthetic_registry(10).index
    with pytest.raises(AttributeError, match="read-only"):
        index.by_id = {}
    with pytest.raises(AttributeError, match="read-only"):
        del index.by_name
    with pytest.raises(TypeError):
        index.by_id["intruder"] = index.by_id["agent-0"]  # type: ignore[index]


def test_names_are_indexed_by_their_folded_form():
    ketamine = Agent(id="ketamine-x", name="Ke\u0301tamine", synonyms=("\uff2b\uff45\uff54\uff41",))
    index = small(agents=(*small().agents, ketamine)).index
    # NFD folds to NFC, full-width to ASCII; the id and each name are keys
    assert index.by_name["k\u00e9tamine"] is ketamine
    assert index.by_name["keta"] is ketamine
    assert index.by_name["ketaminex"] is ketamine
    assert index.by_name[normalize_name("ASPIRIN")] is ASPIRIN
    assert all(key == normalize_name(key) for key in index.by_name)


def test_a_built_index_cannot_be_built_again():
    registry = default_registry()
    index = registry.index
    with pytest.raises(AttributeError, match="already built"):
        RegistryIndex.__init__(index, Registry())
    assert registry.index is index
    assert registry.resolve("ketamine").id == "ketamine"  # its tables are the registry's still
