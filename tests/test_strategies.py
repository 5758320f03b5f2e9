"""The hypothesis strategies of tests/strategies.py reach every record type, field and value."""

from __future__ import annotations

import enum

import attrs
from hypothesis import HealthCheck, Phase, find, given, settings

from nmda_pain import (
    Affinity,
    Agent,
    AgentKind,
    Claim,
    Evidence,
    MatchPredicate,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
    Registry,
)
from nmda_pain.registry import FAMILIES, RECORD_TYPES

from .strategies import registries


def _records(registry: Registry):
    """Every record of *registry*, nested ones (evidence, modes, affinities) and the source too."""
    for name in FAMILIES:
        yield from getattr(registry, name)
    for claim in registry.claims:
        yield from claim.evidence
        yield from claim.affinities
        if claim.mode is not None:
            yield claim.mode
    if registry.article is not None:
        yield registry.article


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
    if registry.article is not None:
        seen.add(("Registry", "article", "set"))


def _expected(seen: set[tuple[str, str, object]]) -> set[tuple[str, str, object]]:
    """Every field of every record type set, and every member of each enum a field holds."""
    types = {*RECORD_TYPES.values(), Evidence, Affinity, ModeOfAction}
    expected = {(t.__name__, f.name, "set") for t in types for f in attrs.fields(t)}
    expected.add(("Registry", "article", "set"))
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
