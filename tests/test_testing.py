"""The generators of test data give valid registries that cover the model.

:func:`nmda_pain.testing.synthetic_registry` gives valid, reproducible,
realistically shaped registries of a requested size; the hypothesis
strategies in ``tests/strategies.py`` give valid registries that reach every
record type, every field and every enum value, on which the registry's
algebra holds: JSON round trips, deterministic text, merge and extend.
"""

from __future__ import annotations

import enum
from collections import Counter

import attrs
import pytest
from hypothesis import HealthCheck, Phase, assume, find, given, settings
from hypothesis import strategies as st

from nmda_pain import (
    Affinity,
    Agent,
    AgentKind,
    Certainty,
    Claim,
    Evidence,
    InvalidRegistryError,
    MatchPredicate,
    MergeConflictError,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
    Registry,
    find_claims,
    from_json,
    to_json,
)
from nmda_pain.registry import FAMILIES, RECORD_TYPES
from nmda_pain.testing import synthetic_registry

from .strategies import registries

# --- synthetic_registry ------------------------------------------------------------------


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


# --- the strategies reach every record type, field and value ---------------------------


def _records(registry: Registry):
    """Every record of *registry*, nested ones (evidence, modes, affinities) and the source too."""
    for name in FAMILIES:
        yield from getattr(registry, name)
    for claim in registry.claims:
        yield from claim.evidence
        yield from claim.affinities
        if claim.mode is not None:
            yield claim.mode
    if registry.source is not None:
        yield registry.source


def _observe(registry: Registry, seen: set[tuple[str, str, object]]) -> None:
    """Note which fields of which record types hold a value other than their default."""
    for record in _records(registry):
        kind = type(record).__name__
        for field in attrs.fields(type(record)):
            value = getattr(record, field.name)
            if isinstance(value, enum.Enum):
                seen.add((kind, field.name, value))
            if field.default is attrs.NOTHING or value != field.default:
                seen.add((kind, field.name, "set"))
    if registry.source is not None:
        seen.add(("Registry", "source", "set"))


def _expected(seen: set[tuple[str, str, object]]) -> set[tuple[str, str, object]]:
    """Every field of every record type set, and every member of each enum a field holds."""
    types = {*RECORD_TYPES.values(), Evidence, Affinity, ModeOfAction}
    expected = {(t.__name__, f.name, "set") for t in types for f in attrs.fields(t)}
    expected.add(("Registry", "source", "set"))
    for kind, name, value in list(seen):
        if isinstance(value, enum.Enum):
            expected.update((kind, name, member) for member in type(value))
    return expected


_IDENTIFIERS = ("pmid", "pmcid", "doi", "accession", "url", "version", "number")


def _claim_features(registry: Registry, claim: Claim) -> set[str]:
    found = {f"claim {claim.predicate.value}"}
    if claim.mode is not None:
        found.add(f"mode on {claim.predicate.value}")
    for affinity in claim.affinities:
        at_subunit = affinity.target != claim.object
        if at_subunit:
            assert registry.get(Receptor, affinity.target).subunit_of == claim.object
        found.add("affinity at a subunit" if at_subunit else "affinity at the object")
    if claim.via:
        found.add("via")
    if claim.contested:
        found.add("disputing evidence")
    if claim.predicate is Predicate.MEMBER_OF:
        subject = registry.get(Agent, claim.subject)
        if subject.kind is AgentKind.DRUG_CLASS:
            found.add("class within a class")
        if len(registry.classes_of(subject)) > 1:
            found.add("member of two classes")
    return found


def _reference_features(reference: Reference) -> set[str]:
    found = {f"reference {reference.kind.value}"}
    found.update(f"reference {name}" for name in _IDENTIFIERS if getattr(reference, name))
    if reference.title is None:
        found.add("reference without a title")
    return found


def _features(registry: Registry) -> set[str]:
    """The parts of the model *registry* exercises, by name."""
    found = {f"mapping {mapping.predicate.value}" for mapping in registry.mappings}
    for claim in registry.claims:
        found |= _claim_features(registry, claim)
    for reference in registry.references:
        found |= _reference_features(reference)
    return found


EXPECTED_FEATURES = {
    *(f"claim {p.value}" for p in Predicate),
    *(f"mapping {p.value}" for p in MatchPredicate),
    *(f"reference {k.value}" for k in ReferenceKind),
    *(f"reference {name}" for name in _IDENTIFIERS),
    "reference without a title",
    "mode on antagonizes",
    "mode on inhibits",
    "affinity at the object",
    "affinity at a subunit",
    "via",
    "disputing evidence",
    "class within a class",
    "member of two classes",
}


_SWEEP = settings(
    max_examples=100,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_SEARCH = settings(
    max_examples=1000,
    database=None,
    deadline=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)


def _observed(registry: Registry) -> set[tuple[str, str, object]]:
    seen: set[tuple[str, str, object]] = set()
    _observe(registry, seen)
    return seen


def test_generated_registries_reach_every_field_value_and_part_of_the_model():
    """A sweep of examples, then a search for each thing the sweep happened not to reach."""
    seen: set[tuple[str, str, object]] = set()
    found: set[str] = set()

    @_SWEEP
    @given(registries())
    def sweep(registry):
        _observe(registry, seen)
        found.update(_features(registry))

    sweep()
    for item in _expected(seen) - seen:
        find(registries(), lambda r, item=item: item in _observed(r), settings=_SEARCH)
    for feature in EXPECTED_FEATURES - found:
        find(registries(), lambda r, feature=feature: feature in _features(r), settings=_SEARCH)


# --- the registry's algebra, on generated registries -----------------------------------


@given(registries())
def test_generated_registries_round_trip_and_print_deterministically(registry):
    text = to_json(registry)
    assert to_json(registry) == text
    loaded = from_json(text)
    assert loaded == registry
    assert to_json(loaded) == text
    assert from_json(text.encode("utf-8")) == registry


@given(registries())
def test_merging_a_registry_with_itself_is_identity(registry):
    assert registry.merge(registry) == registry


@settings(max_examples=25)
@given(
    registries(prefix="a-"),
    registries(prefix="b-", sources=False),
    registries(prefix="c-", sources=False),
)
def test_merge_is_associative_when_nothing_conflicts(first, second, third):
    try:
        left = first.merge(second).merge(third)
    except (
        MergeConflictError,
        InvalidRegistryError,
    ):  # a reference number or an exact term in both
        assume(False)  # noqa: FBT003 -- hypothesis's way to discard an example
    assert first.merge(second.merge(third)) == left
    assert left.merge(second) == left  # records already present are kept once


def _records_of(registry: Registry) -> dict[str, tuple[object, ...]]:
    return {name: getattr(registry, name) for name in FAMILIES}


@settings(max_examples=30)
@given(registries(prefix="a-"), registries(prefix="b-"))
def test_extending_with_the_records_of_another_registry_holds_both(first, second):
    try:
        both = first.extend(**_records_of(second))
    except InvalidRegistryError:  # a reference number or an exact term in both
        assume(False)  # noqa: FBT003 -- hypothesis's way to discard an example
    for name in FAMILIES:
        assert getattr(both, name) == (*getattr(first, name), *getattr(second, name))
    assert both.source == first.source
    assert _records_of(both) == _records_of(first.merge(attrs.evolve(second, source=None)))


@given(registries(), st.data())
def test_extending_with_a_record_already_there_is_refused(registry, data):
    families = [name for name in FAMILIES if getattr(registry, name)]
    name = data.draw(st.sampled_from(families))
    record = data.draw(st.sampled_from(getattr(registry, name)))
    with pytest.raises(InvalidRegistryError) as caught:
        registry.extend(**{name: (record,)})
    assert any("already" in p or "repeats" in p for p in caught.value.problems)


@given(registries())
def test_new_records_may_name_the_ids_of_the_registry_they_extend(registry):
    classes = [a for a in registry.agents if a.kind is AgentKind.DRUG_CLASS]
    other = classes[0] if classes else registry.agents[0]
    predicate = Predicate.MEMBER_OF if classes else Predicate.COMBINED_WITH
    extended = registry.extend(
        agents=(Agent(id="my-own-drug", name="My own drug zz"),),
        references=(Reference(id="my-own-notes", title="Lab notes", year=2026),),
        claims=(
            Claim(
                subject="my-own-drug",
                predicate=predicate,
                object=other.id,
                evidence=(Evidence(reference="my-own-notes"),),
                certainty=Certainty.STATED,
            ),
        ),
    )
    assert extended.get(Agent, other.id) == other
    if classes:
        assert extended.classes_of("my-own-drug") == (other,)
    assert "my-own-drug" not in {a.id for a in registry.agents}  # the original is unchanged
