"""A registry checks its records on construction and resolves names forgivingly."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from nmda_pain import (
    Agent,
    AgentKind,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Evidence,
    InvalidRegistryError,
    Mechanism,
    NmdaPainError,
    Predicate,
    Reference,
    Registry,
    Section,
    UnknownEntityError,
)

from .strategies import registries

CITES = (Evidence(reference="notes-2026", sections=(Section.DESCRIPTION,)),)
NOTES = Reference(
    id="notes-2026", number=1, authors=("Me",), title="My notes", journal="Lab book", year=2026
)
DRUGS = Agent(id="drugs", name="Drugs", kind=AgentKind.DRUG_CLASS)
ASPIRIN = Agent(id="aspirin", name="Aspirin", drug_class="drugs", synonyms=("ASA",))
HEADACHE = Condition(id="headache", name="Headache", kind=ConditionKind.CONDITION)


def claim(subject: str, predicate: Predicate, obj: str, **changes: object) -> Claim:
    fields: dict[str, object] = {
        "subject": subject,
        "predicate": predicate,
        "object": obj,
        "evidence": CITES,
        "certainty": Certainty.STATED,
    }
    fields.update(changes)
    return Claim(**fields)  # type: ignore[arg-type]


MEMBERSHIP = claim("aspirin", Predicate.MEMBER_OF, "drugs")
TREATS = claim("aspirin", Predicate.TREATS, "headache")


def small(**changes: object) -> Registry:
    fields: dict[str, object] = {
        "agents": (DRUGS, ASPIRIN),
        "conditions": (HEADACHE,),
        "references": (NOTES,),
        "claims": (MEMBERSHIP, TREATS),
    }
    fields.update(changes)
    return Registry(**fields)  # type: ignore[arg-type]


def problems_of(**changes: object) -> tuple[str, ...]:
    with pytest.raises(InvalidRegistryError) as caught:
        small(**changes)
    return caught.value.problems


def test_a_consistent_set_of_records_is_a_registry():
    registry = small()
    assert registry.entities == (DRUGS, ASPIRIN, HEADACHE)
    assert repr(registry) == (
        "Registry(agents=2, receptors=0, mechanisms=0, adverse_effects=0, conditions=1, "
        "references=1, claims=2)"
    )
    assert repr(small(source=attrs.evolve(NOTES, id="source"))).endswith(", source='source')")


def test_an_empty_registry_is_valid():
    assert Registry().entities == ()


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"agents": (DRUGS, ASPIRIN, attrs.evolve(ASPIRIN, name="Other"))},
            "agents[2].id: 'aspirin' is already the id of agents[1]",
        ),
        (
            {
                "conditions": (
                    HEADACHE,
                    Condition(id="aspirin-x", name="ASA", kind=ConditionKind.SYMPTOM),
                )
            },
            "conditions[1]: the name 'ASA' of 'aspirin-x' is ambiguous: it also names 'aspirin' (agents[1]); rename or drop one synonym",
        ),
        (
            {"agents": (DRUGS, attrs.evolve(ASPIRIN, drug_class="drugz"))},
            "agents[1].drug_class: unknown id 'drugz' (did you mean 'drugs'?)",
        ),
        (
            {"agents": (attrs.evolve(DRUGS, kind=AgentKind.DRUG), ASPIRIN)},
            "agents[1].drug_class: 'drugs' is not an agent of kind 'drug_class'",
        ),
        (
            {"claims": (TREATS,)},
            "agents[1].drug_class: 'aspirin' is placed in 'drugs' but no 'member_of' claim gives the evidence; add one",
        ),
        (
            {"agents": (DRUGS, attrs.evolve(ASPIRIN, drug_class=None))},
            "claims[0]: says 'aspirin' is a member of 'drugs', but that agent's drug_class is not 'drugs'; set drug_class to match",
        ),
        (
            {"claims": (MEMBERSHIP, claim("aspirin", Predicate.TREATS, "headach"))},
            "claims[1].object: unknown id 'headach' (did you mean 'headache'?)",
        ),
        (
            {"claims": (MEMBERSHIP, claim("aspirin", Predicate.TREATS, "zzz"))},
            "claims[1].object: unknown id 'zzz'",
        ),
        (
            {"claims": (MEMBERSHIP, claim("headache", Predicate.TREATS, "aspirin"))},
            "claims[1].subject: 'treats' needs an agent as its subject, but 'headache' is a condition",
        ),
        (
            {"claims": (MEMBERSHIP, claim("aspirin", Predicate.COMBINED_WITH, "aspirin"))},
            "claims[1]: subject and object are both 'aspirin'",
        ),
        (
            {"claims": (MEMBERSHIP, TREATS, attrs.evolve(TREATS, certainty=Certainty.PROMISING))},
            "claims[2]: repeats claims[1] (aspirin treats headache); merge their evidence into one claim",
        ),
        (
            {
                "claims": (
                    MEMBERSHIP,
                    claim(
                        "aspirin",
                        Predicate.TREATS,
                        "headache",
                        evidence=(attrs.evolve(CITES[0], reference="notes-2062"),),
                    ),
                )
            },
            "claims[1].evidence[0].reference: unknown reference 'notes-2062' (did you mean 'notes-2026'?)",
        ),
        (
            {"references": (NOTES, attrs.evolve(NOTES, id="unused", number=2))},
            "references[1]: reference 'unused' is cited by no claim; cite it or remove it",
        ),
        (
            {"references": (NOTES, attrs.evolve(NOTES, title="Other"))},
            "references[1].id: 'notes-2026' is already the id of references[0]",
        ),
        (
            {"references": (NOTES, attrs.evolve(NOTES, id="other"))},
            "references[1].number: 1 is already the number of references[0]",
        ),
        (
            {"source": NOTES},
            "source.id: 'notes-2026' is also the id of references[0]; the source is not one of its own references",
        ),
    ],
)
def test_inconsistent_records_are_refused_with_the_path_and_the_fix(changes, expected):
    assert expected in problems_of(**changes)


def test_every_problem_is_reported_at_once():
    problems = problems_of(
        claims=(
            MEMBERSHIP,
            claim("aspirin", Predicate.TREATS, "nothing"),
            claim("nobody", Predicate.TREATS, "headache"),
        )
    )
    assert problems == (
        "claims[1].object: unknown id 'nothing'",
        "claims[2].subject: unknown id 'nobody'",
    )
    assert "(2 problems)" in str(InvalidRegistryError(problems))


def test_a_cycle_of_drug_classes_is_refused():
    first = Agent(id="first", name="First", kind=AgentKind.DRUG_CLASS, drug_class="second")
    second = Agent(id="second", name="Second", kind=AgentKind.DRUG_CLASS, drug_class="first")
    with pytest.raises(
        InvalidRegistryError, match="drug classes form a cycle: first -> second -> first"
    ):
        Registry(
            agents=(first, second),
            references=(NOTES,),
            claims=(
                claim("first", Predicate.MEMBER_OF, "second"),
                claim("second", Predicate.MEMBER_OF, "first"),
            ),
        )


def test_the_error_message_lists_at_most_twenty_problems():
    error = InvalidRegistryError(tuple(f"problem {n}" for n in range(25)))
    text = str(error)
    assert "(25 problems)" in text
    assert "problem 19" in text
    assert "problem 20" not in text
    assert text.endswith("... and 5 more")
    assert str(InvalidRegistryError(("one",))).startswith(
        "the records do not form a valid registry (1 problem):"
    )


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("agents", [DRUGS], "Registry.agents must be a tuple of Agent, not list"),
        ("agents", (HEADACHE,), r"Registry.agents\[0\] must be an Agent, not Condition"),
        ("source", "notes", "Registry.source must be a Reference or None, not str"),
    ],
)
def test_fields_must_hold_records_of_their_family(field, value, message):
    with pytest.raises(TypeError, match=message):
        small(**{field: value})


def test_errors_share_the_library_base_and_a_builtin_base():
    assert issubclass(InvalidRegistryError, NmdaPainError)
    assert issubclass(InvalidRegistryError, ValueError)
    assert issubclass(UnknownEntityError, NmdaPainError)
    assert issubclass(UnknownEntityError, LookupError)


def test_evolve_validates_the_registry_again():
    registry = small()
    with pytest.raises(InvalidRegistryError, match="cited by no claim"):
        attrs.evolve(registry, claims=())
    assert (
        attrs.evolve(registry, conditions=(attrs.evolve(HEADACHE, name="Head pain"),))
        .resolve("head pain")
        .id
        == "headache"
    )


def test_the_hash_is_computed_once(monkeypatch):
    registry = small()
    first = hash(registry)
    calls = []
    # attrs caches the hash in the instance: hashing again must not hash the records again.
    monkeypatch.setattr(Claim, "__hash__", lambda _: calls.append(1) or 0)
    assert hash(registry) == first
    assert calls == []


def test_registries_are_equal_by_value_and_hash_is_cached():
    first, second = small(), small()
    assert first is not second
    assert first == second
    assert hash(first) == hash(second)
    assert {first: "x"}[second] == "x"
    assert small() != small(
        claims=(MEMBERSHIP, attrs.evolve(TREATS, certainty=Certainty.PROMISING))
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aspirin", "aspirin"),
        ("ASPIRIN", "aspirin"),
        ("Asa", "aspirin"),
        (" head ache ", "headache"),
        ("HEAD_ACHE", "headache"),
        ("head-ache", "headache"),
        ("drugs", "drugs"),
    ],
)
def test_resolve_ignores_case_spaces_hyphens_and_underscores(text, expected):
    assert small().resolve(text).id == expected


def test_resolve_suggests_the_closest_names():
    with pytest.raises(UnknownEntityError) as caught:
        small().resolve("aspirine")
    assert caught.value.query == "aspirine"
    assert caught.value.suggestions == ("Aspirin",)
    assert str(caught.value) == "no entity is called 'aspirine'; did you mean 'Aspirin'?"
    with pytest.raises(UnknownEntityError, match="and no known name is close to it"):
        small().resolve("zzzzzzzz")


def test_reference_is_found_by_id_or_number():
    registry = small()
    assert registry.reference("notes-2026") is NOTES
    assert registry.reference(1) is NOTES
    with pytest.raises(
        UnknownEntityError, match="no reference is called 'notes-2025'; did you mean 'notes-2026'"
    ):
        registry.reference("notes-2025")
    with pytest.raises(UnknownEntityError, match="no reference is called '7'"):
        registry.reference(7)
    with pytest.raises(TypeError, match="by its id \\(str\\) or number \\(int\\), not bool"):
        registry.reference(True)  # noqa: FBT003 -- the point is a bool where an int is expected


def test_index_groups_claims_and_members():
    registry = small(
        mechanisms=(Mechanism(id="m", name="M"),),
        claims=(MEMBERSHIP, TREATS, claim("aspirin", Predicate.ACTS_VIA, "m")),
    )
    index = registry.index
    assert index is registry.index
    assert index.by_subject["aspirin"] == registry.claims
    assert index.by_object["headache"] == (TREATS,)
    assert index.by_predicate[Predicate.ACTS_VIA] == (registry.claims[2],)
    assert index.by_reference["notes-2026"] == registry.claims
    assert index.members["drugs"] == (ASPIRIN,)
    assert index.position["m"] == 2
    with pytest.raises(TypeError):
        index.by_id["new"] = DRUGS  # type: ignore[index]


@given(registries())
def test_generated_registries_resolve_every_name_of_every_entity(registry):
    for entity in registry.entities:
        for text in (entity.id, entity.name, *entity.synonyms):
            assert registry.resolve(text) == entity


def test_evidence_from_a_numbered_article_reference_must_name_sections():
    bare = (Evidence(reference="notes-2026"),)
    problems = problems_of(
        claims=(MEMBERSHIP, claim("aspirin", Predicate.TREATS, "headache", evidence=bare))
    )
    assert problems == (
        (
            "claims[1].evidence[0].sections: reference 'notes-2026' is one of the article's numbered "
            "references; name the sections that state the claim"
        ),
    )
    unnumbered = attrs.evolve(NOTES, number=None)
    assert small(
        references=(unnumbered,),
        claims=(MEMBERSHIP, claim("aspirin", Predicate.TREATS, "headache", evidence=bare)),
    )


def test_an_identifier_the_registry_lacks_points_to_the_extended_registry():
    from nmda_pain import default_registry, extended_registry  # noqa: PLC0415

    with pytest.raises(UnknownEntityError) as caught:
        default_registry().resolve("CHEBI:6121")
    assert caught.value.hint == (
        "no entity here carries the identifier chebi:6121; "
        "the vetted identifiers are in nmda_pain.extended_registry()"
    )
    assert str(caught.value).endswith(f"({caught.value.hint})")
    with pytest.raises(UnknownEntityError) as caught:
        extended_registry().resolve("chebi:1")
    assert caught.value.hint == "no entity here carries the identifier chebi:1"
    with pytest.raises(UnknownEntityError) as caught:
        default_registry().resolve("no:such")  # not a CURIE of a known prefix: no hint
    assert caught.value.hint == ""


def test_a_reference_number_may_come_as_digits_but_an_id_of_digits_wins():
    from nmda_pain import default_registry  # noqa: PLC0415

    assert default_registry().reference("3") is default_registry().reference(3)
    digits = attrs.evolve(NOTES, id="2021", number=7)
    cites_digits = (Evidence(reference="2021", sections=(Section.DESCRIPTION,)),)
    registry = small(
        references=(digits,),
        claims=(
            claim("aspirin", Predicate.MEMBER_OF, "drugs", evidence=cites_digits),
            claim("aspirin", Predicate.TREATS, "headache", evidence=cites_digits),
        ),
    )
    assert registry.reference("2021") is digits
    assert registry.reference("7") is digits
    with pytest.raises(UnknownEntityError, match="no reference is called '8'"):
        registry.reference("8")


@pytest.mark.parametrize(
    ("text", "suggestions"),
    [
        # Two synonyms of the class are close: the class is suggested once, by its name.
        ("NMDA antagonist", ("NMDA receptor antagonists", "Selective NMDA receptor antagonists")),
        # Nothing is close, but names start with it.
        ("nmda", ("NMDA receptor antagonists", "NMDA receptor")),
        ("nm", ()),  # too short to offer every name that starts with it
        ("ketamin", ("Ketamine",)),
    ],
)
def test_suggestions_name_each_entity_once_and_fall_back_to_prefixes(text, suggestions):
    from nmda_pain import default_registry  # noqa: PLC0415

    with pytest.raises(UnknownEntityError) as caught:
        default_registry().resolve(text)
    assert caught.value.suggestions == suggestions


def test_families_are_the_registrys_record_tuples_in_field_order():
    from nmda_pain.registry import FAMILIES  # noqa: PLC0415

    assert tuple(f.name for f in attrs.fields(Registry) if f.name != "source") == FAMILIES
    assert repr(Registry()) == (
        "Registry(agents=0, receptors=0, mechanisms=0, adverse_effects=0, conditions=0, "
        "references=0, claims=0)"
    )
