"""A registry checks its records on construction and resolves names forgivingly."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from nmda_pain import (
    ActionType,
    Affinity,
    AffinityParameter,
    Agent,
    AgentKind,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Curie,
    Evidence,
    InvalidRegistryError,
    Mapping,
    MatchPredicate,
    Mechanism,
    ModeOfAction,
    NmdaPainError,
    Predicate,
    Receptor,
    Reference,
    Registry,
    Section,
    UnknownEntityError,
)

from ..strategies import registries

CITES = (Evidence(reference="notes-2026", sections=(Section.DESCRIPTION,)),)
NOTES = Reference(
    id="notes-2026", number=1, authors=("Me",), title="My notes", journal="Lab book", year=2026
)
DRUGS = Agent(id="drugs", name="Drugs", kind=AgentKind.DRUG_CLASS)
ASPIRIN = Agent(id="aspirin", name="Aspirin", synonyms=("ASA",))
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
MAPPING = Mapping(
    subject="aspirin",
    predicate=MatchPredicate.EXACT,
    object=Curie.parse("CHEBI:15365"),
    references=("notes-2026",),
)
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
            {"claims": (claim("aspirin", Predicate.MEMBER_OF, "drugz"), TREATS)},
            "claims[0].object: unknown id 'drugz' (did you mean 'drugs'?)",
        ),
        (
            {"agents": (attrs.evolve(DRUGS, kind=AgentKind.DRUG), ASPIRIN)},
            "claims[0].object: 'drugs' is an agent of kind 'drug'; 'member_of' needs a drug class",
        ),
        (
            {
                "claims": (
                    MEMBERSHIP,
                    claim("aspirin", Predicate.ATTENUATES, "headache", via=("calm",)),
                )
            },
            "claims[1].via[0]: unknown id 'calm'",
        ),
        (
            {
                "claims": (
                    MEMBERSHIP,
                    claim("aspirin", Predicate.ATTENUATES, "headache", via=("headache",)),
                )
            },
            "claims[1].via[0]: a mechanism, but 'headache' is a condition",
        ),
        (
            {"mappings": (MAPPING, attrs.evolve(MAPPING, object_label="other"))},
            "mappings[1]: repeats mappings[0] (aspirin to chebi:15365); one mapping per entity and term",
        ),
        (
            {"mappings": (MAPPING, attrs.evolve(MAPPING, subject="headache"))},
            "mappings[1].object: chebi:15365 is already an exact match of 'aspirin'; one identifier names one entity (use a close or broad match)",
        ),
        (
            {"mappings": (attrs.evolve(MAPPING, subject="aspirn"),)},
            "mappings[0].subject: unknown id 'aspirn' (did you mean 'aspirin'?)",
        ),
        (
            {"mappings": (attrs.evolve(MAPPING, references=("notes-2062",)),)},
            "mappings[0].references[0]: unknown reference 'notes-2062' (did you mean 'notes-2026'?)",
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
            "references[1]: reference 'unused' is cited by no claim, mapping or value; cite it or remove it",
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
    first = Agent(id="first", name="First", kind=AgentKind.DRUG_CLASS)
    second = Agent(id="second", name="Second", kind=AgentKind.DRUG_CLASS)
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


def test_a_long_chain_of_classes_is_checked_in_linear_time_and_may_branch():
    """A chain of 20,000 classes (cubic once: minutes) is checked in one pass; a diamond is no cycle."""
    size = 20_000
    classes = tuple(Agent(id=f"c{n}", name=f"C{n}", kind=AgentKind.DRUG_CLASS) for n in range(size))
    chain = tuple(claim(f"c{n}", Predicate.MEMBER_OF, f"c{n + 1}") for n in range(size - 1))
    registry = Registry(agents=classes, references=(NOTES,), claims=chain)
    assert registry.classes_of("c0") == (classes[1],)
    diamond = (
        claim("c0", Predicate.MEMBER_OF, "c1"),
        claim("c0", Predicate.MEMBER_OF, "c2"),
        claim("c1", Predicate.MEMBER_OF, "c3"),
        claim("c2", Predicate.MEMBER_OF, "c3"),
    )
    branching = Registry(agents=classes[:4], references=(NOTES,), claims=diamond)
    assert [a.id for a in branching.classes_of("c0")] == ["c1", "c2"]
    assert [a.id for a in branching.members_of("c3")] == ["c1", "c2"]
    looped = (*chain, claim(f"c{size - 1}", Predicate.MEMBER_OF, "c0"))
    with pytest.raises(InvalidRegistryError, match="drug classes form a cycle: c0 -> c1 -> c2"):
        Registry(agents=classes, references=(NOTES,), claims=looped)


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
    assert index.classes["aspirin"] == (DRUGS,)
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
    assert extended.source == base.source
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


def test_get_returns_the_record_typed_as_its_family():
    registry = small()
    aspirin: Agent = registry.get(Agent, "ASA")
    assert aspirin is ASPIRIN
    assert registry.get(Condition, "head ache") is HEADACHE
    assert registry.get(Reference, "1") is NOTES
    with pytest.raises(UnknownEntityError) as caught:
        registry.get(Condition, "aspirin")
    assert (caught.value.kind, caught.value.found_kind) == ("condition", "agent")
    assert str(caught.value).startswith("'aspirin' names an agent, not a condition")
    with pytest.raises(UnknownEntityError) as caught:
        registry.get(Reference, "aspirin")
    assert caught.value.found_kind == "agent"
    with pytest.raises(UnknownEntityError, match="no agent is called 'aspirine'"):
        registry.get(Agent, "aspirine")
    with pytest.raises(TypeError, match="get looks up a record of one of Agent, Receptor"):
        registry.get(Claim, "x")  # type: ignore[type-var]


def _pharmacology(**changes: object) -> Registry:
    receptor = Receptor(id="cox", name="COX")
    subunit = Receptor(id="cox-1", name="COX-1", subunit_of="cox")
    affinity = Affinity(
        parameter=AffinityParameter.PIC50, value=5.0, target="cox-1", references=("notes-2026",)
    )
    inhibition = claim(
        "aspirin",
        Predicate.ANTAGONIZES,
        "cox",
        mode=ModeOfAction(action=ActionType.ANTAGONIST),
        affinities=(affinity,),
    )
    fields: dict[str, object] = {
        "receptors": (receptor, subunit),
        "claims": (MEMBERSHIP, TREATS, inhibition),
    }
    fields.update(changes)
    return small(**fields)


def test_an_affinity_is_measured_at_the_claims_object_or_one_of_its_subunits():
    registry = _pharmacology()
    assert registry.claims[2].affinities[0].target == "cox-1"
    wrong = attrs.evolve(
        registry.claims[2],
        affinities=(attrs.evolve(registry.claims[2].affinities[0], target="other"),),
    )
    other = Receptor(id="other", name="Other")
    with pytest.raises(InvalidRegistryError) as caught:
        _pharmacology(receptors=(*registry.receptors, other), claims=(MEMBERSHIP, TREATS, wrong))
    assert caught.value.problems == (
        "claims[2].affinities[0].target: 'other' is neither the claim's object 'cox' nor one of its subunits",
    )
    unknown_source = attrs.evolve(
        registry.claims[2],
        affinities=(attrs.evolve(registry.claims[2].affinities[0], references=("nope",)),),
    )
    with pytest.raises(
        InvalidRegistryError, match=r"affinities\[0\].references\[0\]: unknown reference 'nope'"
    ):
        _pharmacology(claims=(MEMBERSHIP, TREATS, unknown_source))


def test_a_reference_cited_only_by_a_mapping_or_a_value_counts_as_cited():
    mapping_only = Reference(id="chebi", title="ChEBI", version="2024-02")
    registry = small(
        references=(NOTES, mapping_only),
        mappings=(attrs.evolve(MAPPING, references=("chebi",)),),
    )
    assert registry.references_of(registry.mappings[0]) == (mapping_only,)
    assert registry.references_of(TREATS) == (NOTES,)


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
    from nmda_pain.registry import ENTITY_FAMILIES, FAMILIES  # noqa: PLC0415

    assert ENTITY_FAMILIES == (
        "agents",
        "receptors",
        "mechanisms",
        "adverse_effects",
        "conditions",
        "enzymes",
    )

    assert tuple(f.name for f in attrs.fields(Registry) if f.name != "source") == FAMILIES
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


def test_only_supporting_evidence_of_a_registry_with_a_source_is_the_articles():
    from nmda_pain.provenance import article_reference_ids, is_from_article  # noqa: PLC0415

    article = small(source=attrs.evolve(NOTES, id="the-article", number=None))
    assert article_reference_ids(article) == {"notes-2026", "the-article"}
    assert is_from_article(TREATS, article)
    disputed = attrs.evolve(TREATS, evidence=(attrs.evolve(CITES[0], disputes=True),))
    assert not is_from_article(disputed, article)
    assert article_reference_ids(small()) == frozenset()  # numbered, but no article to number
    assert not is_from_article(TREATS, small())


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
