"""A registry: records that form a whole, equal by value, that resolve names forgivingly, merge and extend.

What a registry checks when it is built is tested in ``test_checks.py``; its
index in ``test_index.py``.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nmda_pain import (
    Agent,
    AgentKind,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Curie,
    Evidence,
    InvalidRegistryError,
    MatchPredicate,
    MergeConflictError,
    Predicate,
    Reference,
    Registry,
    Section,
    UnknownEntityError,
    agents_for_condition,
    default_registry,
)
from nmda_pain.registry import FAMILIES
from tests.builders import (
    ASPIRIN,
    DRUGS,
    HEADACHE,
    MAPPING,
    MEMBERSHIP,
    NOTES,
    TREATS,
    claim,
    small,
)
from tests.strategies import registries


def test_a_consistent_set_of_records_is_a_registry():
    registry = small()
    assert registry.entities == (DRUGS, ASPIRIN, HEADACHE)
    assert repr(registry) == (
        "Registry(agents=2, receptors=0, mechanisms=0, adverse_effects=0, conditions=1, "
        "references=1, claims=2)"
    )
    assert repr(small(article=attrs.evolve(NOTES, id="source"))).endswith(", article='source')")


def test_an_empty_registry_is_valid():
    assert Registry().entities == ()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("agents", [DRUGS], "Registry.agents must be a tuple of Agent, not list"),
        ("agents", (HEADACHE,), r"Registry.agents\[0\] must be an Agent, not Condition"),
        ("article", "notes", "Registry.article must be a Reference or None, not str"),
    ],
)
def test_fields_must_hold_records_of_their_family(field, value, message):
    with pytest.raises(TypeError, match=message):
        small(**{field: value})


def test_families_are_the_registrys_record_tuples_in_field_order():
    from nmda_pain.registry import ENTITY_FAMILIES, FAMILIES  # noqa: PLC0415

    assert ENTITY_FAMILIES == (
        "agents",
        "receptors",
        "mechanisms",
        "adverse_effects",
        "conditions",
        "enzymes",
    )

    assert tuple(f.name for f in attrs.fields(Registry) if f.name != "article") == FAMILIES
    assert FAMILIES == (
        "agents",
        "receptors",
        "mechanisms",
        "adverse_effects",
        "conditions",
        "enzymes",
        "references",
        "claims",
        "mappings",
    )
    assert repr(Registry()) == (
        "Registry(agents=0, receptors=0, mechanisms=0, adverse_effects=0, conditions=0, "
        "references=0, claims=0)"
    )


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


def test_evolve_on_a_registry_is_validated_again():
    shipped = default_registry()
    with pytest.raises(InvalidRegistryError, match="unknown id 'ketamine'"):
        attrs.evolve(shipped, agents=tuple(a for a in shipped.agents if a.id != "ketamine"))


def test_registries_are_equal_by_value_and_hash_is_cached():
    first, second = small(), small()
    assert first is not second
    assert first == second
    assert hash(first) == hash(second)
    assert {first: "x"}[second] == "x"
    assert small() != small(
        claims=(MEMBERSHIP, attrs.evolve(TREATS, certainty=Certainty.PROMISING))
    )


# -- resolve and the lookups ---------------------------------------------------------------------


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


@pytest.mark.parametrize("text", [3, None, ["ketamine"]])
def test_resolve_takes_an_entity_or_text_only(text):
    with pytest.raises(
        TypeError, match="expected an entity or its name, id or identifier as a str, not"
    ):
        default_registry().resolve(text)


def test_resolve_returns_an_entity_of_this_registry_and_refuses_a_different_record():
    registry = default_registry()
    ketamine = registry.get(Agent, "ketamine")
    assert registry.resolve(ketamine) is ketamine
    changed = attrs.evolve(ketamine, synonyms=("K",))
    with pytest.raises(UnknownEntityError) as caught:
        registry.resolve(changed)
    assert str(caught.value).startswith("this registry's agent 'ketamine' is not the record given")
    assert "pass its name or id" in str(caught.value)
    assert (caught.value.looked_for, caught.value.belongs_to) == ("agent", "agent")
    with pytest.raises(UnknownEntityError):
        registry.resolve(attrs.evolve(ketamine, id="not-here"))


@given(registries())
def test_generated_registries_resolve_every_name_of_every_entity(registry):
    for entity in registry.entities:
        for text in (entity.id, entity.name, *entity.synonyms):
            assert registry.resolve(text) == entity


def test_an_identifier_resolves_through_exact_mappings_only():
    close = attrs.evolve(
        MAPPING,
        subject="headache",
        predicate=MatchPredicate.CLOSE,
        object=Curie.parse("HP:0002315"),
    )
    registry = small(mappings=(MAPPING, close))
    assert registry.resolve("CHEBI:15365") is ASPIRIN
    assert registry.resolve("chebi:15365") is ASPIRIN
    assert registry.identifiers(ASPIRIN) == (Curie.parse("chebi:15365"),)
    assert registry.identifiers("headache") == ()
    assert registry.mappings_of("headache") == (close,)
    with pytest.raises(UnknownEntityError) as caught:
        registry.resolve("HP:0002315")  # a close match is not an identifier
    assert caught.value.hint == "no entity here has an exact mapping to hp:0002315"
    assert str(caught.value).endswith(f"({caught.value.hint})")
    with pytest.raises(UnknownEntityError) as caught:
        registry.resolve("no:such")  # not a CURIE of a known prefix: no hint
    assert caught.value.hint == ""


def test_the_shipped_registry_resolves_its_grounding():
    from nmda_pain import default_registry  # noqa: PLC0415

    assert default_registry().resolve("CHEBI:6121").id == "ketamine"
    assert default_registry().get(Agent, "chebi:6121").name == "Ketamine"


def test_get_returns_the_record_typed_as_its_family():
    registry = small()
    aspirin: Agent = registry.get(Agent, "ASA")
    assert aspirin is ASPIRIN
    assert registry.get(Condition, "head ache") is HEADACHE
    assert registry.get(Reference, "1") is NOTES
    with pytest.raises(UnknownEntityError) as caught:
        registry.get(Condition, "aspirin")
    assert (caught.value.looked_for, caught.value.belongs_to) == ("condition", "agent")
    assert str(caught.value).startswith("'aspirin' names an agent, not a condition")
    with pytest.raises(UnknownEntityError) as caught:
        registry.get(Reference, "aspirin")
    assert caught.value.belongs_to == "agent"
    with pytest.raises(UnknownEntityError, match="no agent is called 'aspirine'"):
        registry.get(Agent, "aspirine")
    with pytest.raises(TypeError, match="get looks up a record of one of Agent, Receptor"):
        registry.get(Claim, "x")  # type: ignore[type-var]


def test_get_names_the_family_asked_for_and_refuses_keys_that_are_no_names():
    registry = small()
    with pytest.raises(UnknownEntityError) as caught:
        registry.get(Condition, "headach")
    assert str(caught.value) == "no condition is called 'headach'; did you mean 'Headache'?"
    with pytest.raises(UnknownEntityError, match="'notes-2026' names a reference, not an agent"):
        registry.get(Agent, "notes-2026")
    with pytest.raises(
        TypeError, match="get looks up a record by its id or a name as a str, not int"
    ):
        registry.get(Agent, 3)  # type: ignore[arg-type]
    assert registry.get(Reference, 1) is NOTES  # type: ignore[arg-type]


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


def test_the_derived_lookups_take_names_and_refuse_what_the_registry_lacks():
    registry = small(mappings=(MAPPING,))
    assert registry.classes_of("ASA") == (DRUGS,)
    assert registry.members_of("Drugs") == (ASPIRIN,)
    assert registry.identifiers("asa") == (Curie.parse("CHEBI:15365"),)
    with pytest.raises(UnknownEntityError, match="no entity is called 'aspirine'"):
        registry.classes_of("aspirine")
    stranger = attrs.evolve(ASPIRIN, name="Another aspirin")
    with pytest.raises(UnknownEntityError):
        registry.mappings_of(stranger)  # same id, other record: not this registry's


def test_records_of_another_registry_get_the_librarys_error_not_a_key_error():
    from nmda_pain.provenance import is_from_article, provenance  # noqa: PLC0415

    foreign = claim(
        "aspirin", Predicate.TREATS, "headache", evidence=(Evidence(reference="nobody"),)
    )
    registry = small()
    for call in (
        lambda: registry.references_of(foreign),
        lambda: registry.verified_references(foreign),
        lambda: registry.best_evidence_level(foreign),
        lambda: provenance(foreign, registry),
    ):
        with pytest.raises(UnknownEntityError, match="no reference is called 'nobody'"):
            call()
    assert not is_from_article(foreign, registry)  # a registry with no source has no article
    with pytest.raises(TypeError, match="references_of takes a Claim, a Mapping or an Affinity"):
        registry.references_of(ASPIRIN)  # type: ignore[arg-type]


# -- merge ---------------------------------------------------------------------------------------


COMPOUND_NOTES = Reference(
    id="my-notes", authors=("Me",), title="My notes", journal="Lab book", year=2026
)


COMPOUND_CITES = (Evidence(reference="my-notes", sections=(Section.DESCRIPTION,)),)


COMPOUND = Agent(id="compound-x", name="Compound X")


def mine(**changes: object) -> Registry:
    fields: dict[str, object] = {
        "agents": (COMPOUND,),
        "references": (COMPOUND_NOTES,),
        "claims": (
            Claim(
                subject="compound-x",
                predicate=Predicate.TREATS,
                object="neuropathic-pain",
                evidence=COMPOUND_CITES,
                certainty=Certainty.THEORIZED,
            ),
        ),
        "conditions": (default_registry().resolve("neuropathic pain"),),
    }
    fields.update(changes)
    return Registry(**fields)  # type: ignore[arg-type]


def test_merge_adds_new_records_and_keeps_identical_ones_once():
    shipped = default_registry()
    merged = shipped.merge(mine())
    assert merged.agents == (*shipped.agents, COMPOUND)
    assert merged.conditions == shipped.conditions
    assert merged.references == (*shipped.references, COMPOUND_NOTES)
    assert len(merged.claims) == len(shipped.claims) + 1
    assert merged.article == shipped.article
    assert [a.id for a in agents_for_condition("neuropathic pain", registry=merged)] == [
        "nmda-receptor-antagonists",
        "memantine",
        "dextromethorphan",
        "compound-x",
    ]


def test_merge_refuses_different_records_under_one_id_naming_the_fields():
    changed = attrs.evolve(
        default_registry().resolve("neuropathic pain"), name="Nerve pain", notes="mine"
    )
    with pytest.raises(MergeConflictError) as caught:
        default_registry().merge(mine(conditions=(changed,)))
    assert caught.value.conflicts == (
        "conditions 'neuropathic-pain': the two registries differ in name, notes",
    )
    assert str(caught.value).startswith("the registries disagree (1 conflict):")


def test_merge_refuses_a_claim_with_other_content_and_a_different_article():
    shipped = default_registry()
    claim = shipped.claims[0]
    other = attrs.evolve(
        shipped,
        claims=(attrs.evolve(claim, certainty=Certainty.THEORIZED), *shipped.claims[1:]),
        article=attrs.evolve(shipped.article, year=2024),
    )
    with pytest.raises(MergeConflictError) as caught:
        shipped.merge(other)
    assert caught.value.conflicts == (
        "claims 'nmda-receptor-antagonists acts_via central-sensitization-interference': the two registries differ in certainty",
        "article: the two registries differ in year",
    )


def test_merge_validates_the_combined_records():
    clash = Registry(
        conditions=(Condition(id="ketamine", name="Ketamine pain", kind=ConditionKind.SYMPTOM),)
    )
    with pytest.raises(InvalidRegistryError, match="'ketamine' is already the id of agents"):
        default_registry().merge(clash)


def test_merge_takes_the_other_source_when_it_has_none():
    assert Registry().merge(default_registry()).article == default_registry().article


def test_merge_keeps_identical_mappings_once_and_names_a_conflicting_one():
    from nmda_pain import MergeConflictError  # noqa: PLC0415

    ours = small(mappings=(MAPPING,))
    assert ours.merge(ours) == ours
    theirs = small(mappings=(attrs.evolve(MAPPING, object_label="aspirin"),))
    with pytest.raises(
        MergeConflictError,
        match="mappings 'aspirin chebi:15365': the two registries differ in object_label",
    ):
        ours.merge(theirs)


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


# -- extend --------------------------------------------------------------------------------------


def test_extend_adds_records_that_name_ids_of_the_registry_it_extends():
    base = small()
    pill = Agent(id="paracetamol", name="Paracetamol")
    mine = Reference(id="mine", title="My notes", year=2026)
    extended = base.extend(
        agents=(pill,),
        references=(mine,),
        claims=(
            claim(
                "paracetamol", Predicate.MEMBER_OF, "drugs", evidence=(Evidence(reference="mine"),)
            ),
        ),
        mappings=[
            attrs.evolve(
                MAPPING,
                subject="paracetamol",
                object=Curie.parse("CHEBI:46195"),
                references=("mine",),
            )
        ],
    )
    assert extended.agents == (DRUGS, ASPIRIN, pill)
    assert [a.id for a in extended.members_of("drugs")] == ["aspirin", "paracetamol"]
    assert extended.resolve("CHEBI:46195") is pill
    assert extended.article == base.article
    assert base.agents == (DRUGS, ASPIRIN)  # the original is unchanged
    assert base.extend() == base


def test_extend_refuses_a_record_it_would_swap_and_lists_every_problem():
    with pytest.raises(InvalidRegistryError) as caught:
        small().extend(
            agents=(attrs.evolve(ASPIRIN, name="Acetylsalicylic acid"),),
            claims=(claim("aspirin", Predicate.TREATS, "migraine"),),
        )
    assert caught.value.problems == (
        "agents[2].id: 'aspirin' is already the id of agents[1]",
        "claims[2].object: unknown id 'migraine'",
    )


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
    assert both.article == first.article
    assert _records_of(both) == _records_of(first.merge(attrs.evolve(second, article=None)))


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
