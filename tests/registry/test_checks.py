"""A registry checks its records on construction: every problem, with its path and the fix."""

from __future__ import annotations

import attrs
import pytest

from nmda_pain import (
    ActionType,
    Affinity,
    AffinityParameter,
    Agent,
    AgentKind,
    Certainty,
    Condition,
    ConditionKind,
    Direction,
    Evidence,
    InvalidRegistryError,
    MatchPredicate,
    Mechanism,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    Registry,
)
from nmda_pain.biolink import acted_on
from nmda_pain.errors import MAX_REPORTED_PROBLEMS
from tests.builders import (
    ASPIRIN,
    CITES,
    DRUGS,
    HEADACHE,
    MAPPING,
    MEMBERSHIP,
    NOTES,
    TREATS,
    claim,
    problems_of,
    small,
)


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
            {"article": NOTES},
            "article.id: 'notes-2026' is also the id of references[0]; the article is not one of its own references",
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
    with pytest.raises(
        InvalidRegistryError, match="drug classes form a cycle: c0 -> c1 -> c2"
    ) as caught:
        Registry(agents=classes, references=(NOTES,), claims=looped)
    (cycle,) = caught.value.problems
    assert cycle.endswith("-> c7 -> ... (19,992 more classes) -> c0")


def test_a_cycle_back_from_every_class_of_a_chain_names_a_few_classes_each():
    """Each back edge is one problem of bounded length, not the path it closes."""
    size = 2_000
    classes = tuple(Agent(id=f"c{n}", name=f"C{n}", kind=AgentKind.DRUG_CLASS) for n in range(size))
    chain = tuple(claim(f"c{n}", Predicate.MEMBER_OF, f"c{n + 1}") for n in range(size - 1))
    back = tuple(claim(f"c{n}", Predicate.MEMBER_OF, "c0") for n in range(1, size))
    with pytest.raises(InvalidRegistryError) as caught:
        Registry(agents=classes, references=(NOTES,), claims=(*chain, *back))
    problems = caught.value.problems
    assert len(problems) == size - 1
    assert problems[0].endswith("-> c7 -> ... (1,992 more classes) -> c0")
    assert problems[-1] == "claims: drug classes form a cycle: c0 -> c1 -> c0"
    assert max(len(problem) for problem in problems) < 200
    assert len(str(caught.value)) < 10_000


def _agents(size: int) -> tuple[Agent, ...]:
    return tuple(Agent(id=f"agent-{n}", name=f"Agent {n}") for n in range(size))


def test_only_the_reported_unknown_ids_get_a_suggestion():
    agents = _agents(300)
    claims = tuple(
        claim(f"agent-{n}", Predicate.MEMBER_OF, f"agent-{n}x") for n in range(len(agents))
    )
    problems = problems_of(agents=(*agents, DRUGS, ASPIRIN), claims=(MEMBERSHIP, TREATS, *claims))
    assert len(problems) == len(agents)
    assert problems[0].startswith("claims[2].object: unknown id 'agent-0x' (did you mean 'agent-0'")
    suggested = [problem for problem in problems if "did you mean" in problem]
    assert len(suggested) == MAX_REPORTED_PROBLEMS
    assert problems[MAX_REPORTED_PROBLEMS] == "claims[102].object: unknown id 'agent-100x'"


@pytest.mark.parametrize(
    ("unknown", "expected"),
    [
        ("agent-1234x", "(did you mean 'agent-1234'"),  # a typo at the end
        ("xgent-1234", "(did you mean 'agent-1234'"),  # a typo at the start
        ("x" * 201, None),  # longer than any id: none looked for
    ],
)
def test_a_suggestion_among_many_ids_is_found_near_the_unknown_one(unknown, expected):
    agents = _agents(3_000)
    problems = problems_of(
        agents=(*agents, DRUGS, ASPIRIN),
        claims=(MEMBERSHIP, TREATS, claim("agent-1", Predicate.MEMBER_OF, unknown)),
    )
    (problem,) = problems
    if expected is None:
        assert "did you mean" not in problem
    else:
        assert expected in problem


def test_a_long_id_is_quoted_by_its_start_and_its_length():
    long_id = "a" * 50_000
    problems = problems_of(
        claims=(
            MEMBERSHIP,
            TREATS,
            claim("aspirin", Predicate.TREATS, long_id),
            claim("aspirin", Predicate.TREATS, long_id),
        ),
        mappings=(attrs.evolve(MAPPING, subject=long_id, references=(long_id,)),),
    )
    assert problems[0] == f"claims[2].object: unknown id '{'a' * 57}'... (50,000 characters)"
    assert problems[1].startswith(f"claims[3]: repeats claims[2] (aspirin treats {'a' * 57}...")
    assert all(len(problem) < 300 for problem in problems)
    assert len(str(InvalidRegistryError(problems))) < 10_000


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


def test_only_a_mechanism_changes_a_process_in_a_direction():
    on_a_drug = attrs.evolve(
        MAPPING, predicate=MatchPredicate.RELATED, direction=Direction.DECREASED
    )
    expected = (
        "mappings[0].direction: 'aspirin' is no mechanism; only a mechanism changes a process "
        "in a direction"
    )
    assert problems_of(mappings=(on_a_drug,)) == (expected,)
    blockade = Mechanism(id="blockade", name="Blockade")
    on_a_mechanism = attrs.evolve(on_a_drug, subject="blockade")
    registry = small(mechanisms=(blockade,), mappings=(on_a_mechanism,))
    assert acted_on(blockade, registry) == on_a_mechanism
    assert acted_on(ASPIRIN, registry) is None
