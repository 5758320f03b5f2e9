"""Queries on the shipped registry give the answers the article gives.

Expected answers are written from the article (paragraph numbers in comments),
not read back from the curated data. The filters every query takes follow
(certainty, evidence level, verified sources only).
"""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given

from nmda_pain import (
    Agent,
    Certainty,
    EvidenceLevel,
    Predicate,
    Section,
    StudyDesign,
    UnknownEntityError,
    VerificationStatus,
    adverse_effects_of,
    agents_for_condition,
    combination_partners,
    default_registry,
    find_claims,
    mechanisms_of,
)
from nmda_pain.queries import THERAPEUTIC_PREDICATES
from nmda_pain.testing import synthetic_registry

from .builders import verified
from .strategies import registries


def ids(records):
    return [record.id for record in records]


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        # [1] the class is explored in neuropathic pain; [3] memantine; [5] dextromethorphan
        ("neuropathic pain", ["nmda-receptor-antagonists", "memantine", "dextromethorphan"]),
        ("Neuropathic_Pain", ["nmda-receptor-antagonists", "memantine", "dextromethorphan"]),
        # [2] ketamine's well-established efficacy in CRPS
        ("CRPS", ["ketamine"]),
        ("severe pain", ["ketamine"]),
        # [2] ketamine and [9] the class in anaesthesia
        ("postoperative pain", ["nmda-receptor-antagonists", "ketamine"]),
        ("intraoperative pain", ["nmda-receptor-antagonists"]),
        # [1] inflammatory pain, hyperalgesia and allodynia: the class
        ("inflammatory pain", ["nmda-receptor-antagonists"]),
        ("hyperalgesia", ["nmda-receptor-antagonists"]),
        ("allodynia", ["nmda-receptor-antagonists"]),
        # [6] the class prevents it; opioids cause it and are not "for" it
        ("opioid-induced hyperalgesia", ["nmda-receptor-antagonists"]),
        # [9] chronic pain after surgery; [7] acute pain; [1, 3, 7] chronic pain
        ("chronic post-surgical pain", ["nmda-receptor-antagonists"]),
        ("acute pain", ["nmda-receptor-antagonists"]),
        ("chronic pain", ["nmda-receptor-antagonists", "memantine"]),
        # [4] pain hypersensitivity relieved through glia
        ("pain hypersensitivity", ["nmda-receptor-antagonists"]),
    ],
)
def test_agents_for_condition(registry, condition, expected):
    assert ids(agents_for_condition(condition, registry=registry)) == expected


def test_agents_for_condition_uses_the_shipped_registry_by_default(registry):
    condition = registry.resolve("CRPS")
    assert agents_for_condition(condition) == agents_for_condition("crps", registry=registry)


def test_agents_for_condition_refuses_an_agent_and_suggests_conditions():
    with pytest.raises(UnknownEntityError) as caught:
        agents_for_condition("ketamine")
    assert caught.value.belongs_to == "agent"
    assert caught.value.looked_for == "condition"
    assert str(caught.value).startswith("'ketamine' names an agent, not a condition")
    with pytest.raises(UnknownEntityError, match="did you mean 'Neuropathic pain'"):
        agents_for_condition("neuropatic pain")


def test_a_name_of_the_wrong_family_is_refused_with_the_closest_name_of_the_right_one():
    with pytest.raises(UnknownEntityError) as caught:
        mechanisms_of("NMDA receptor")
    assert str(caught.value) == (
        "'NMDA receptor' names a receptor, not an agent; did you mean 'NMDA receptor antagonists'?"
    )
    assert caught.value.suggestions == ("NMDA receptor antagonists",)


def test_ketamine_adverse_effects_with_and_without_its_class():
    # [2] psychotomimetic and cardiovascular side effects of ketamine
    assert ids(adverse_effects_of("ketamine", include_class=False)) == [
        "psychotomimetic-effects",
        "cardiovascular-effects",
    ]
    # [8] the class: hallucinations, cognitive impairment, cardiovascular instability
    assert ids(adverse_effects_of("ketamine")) == [
        "psychotomimetic-effects",
        "cardiovascular-effects",
        "hallucinations",
        "cognitive-impairment",
        "cardiovascular-instability",
    ]


def test_adverse_effects_exclude_properties_used_on_purpose():
    # [9] amnestic properties are a reason for use in anaesthesia, not a harm
    assert "amnesia" not in ids(adverse_effects_of("nmda receptor antagonists"))
    assert [c.object for c in find_claims(predicate=Predicate.PRODUCES_EFFECT)] == [
        "amnesia",
        "psychotomimetic-effects",
    ]


def test_memantine_and_quinidine_have_no_adverse_effects_of_their_own():
    assert adverse_effects_of("memantine", include_class=False) == ()
    assert adverse_effects_of("quinidine") == ()


def test_mechanisms_of_quinidine_is_only_the_bioavailability_increase():
    # [5] quinidine raises dextromethorphan's bioavailability; it is no NMDA antagonist
    assert ids(mechanisms_of("quinidine")) == ["dextromethorphan-bioavailability-increase"]


def test_mechanisms_of_ketamine_add_the_class_mechanisms():
    # [2] ketamine disrupts CNS hyperexcitability
    assert ids(mechanisms_of("ketamine", include_class=False)) == [
        "cns-hyperexcitability-disruption"
    ]
    with_class = ids(mechanisms_of("ketamine"))
    # [1] central sensitization and calcium influx, [4] glia, [6] OIH, [7] glutamate, [10] descending
    assert with_class == [
        "central-sensitization-interference",
        "calcium-influx-blockade",
        "cns-hyperexcitability-disruption",
        "glial-activation-modulation",
        "glial-cytokine-release-dampening",
        "neuroinflammation-reduction",
        "opioid-induced-hyperalgesia-counteraction",
        "glutamatergic-transmission-interference",
        "excitotoxicity-mitigation",
        "descending-pathway-modulation",
    ]


def test_memantine_mechanisms_are_still_being_delineated():
    # [3] research is ongoing to delineate memantine's analgesic mechanisms
    assert mechanisms_of("memantine", include_class=False) == ()


def test_a_subclass_inherits_through_every_level():
    selective = ids(mechanisms_of("selective NMDA receptor antagonists"))
    assert selective == ids(mechanisms_of("nmda-receptor-antagonists"))
    assert mechanisms_of("selective NMDA receptor antagonists", include_class=False) == ()


@pytest.mark.parametrize(
    ("agent", "expected"),
    [
        ("dextromethorphan", ["quinidine"]),  # [5]
        ("quinidine", ["dextromethorphan"]),  # symmetric
        ("NMDA antagonists", []),  # [1] an adjunct to analgesic strategies, not a combination
        ("analgesics", []),
        ("ketamine", []),
        ("memantine", []),
    ],
)
def test_combination_partners(agent, expected):
    assert ids(combination_partners(agent)) == expected


def test_find_claims_by_subject_predicate_object_and_reference():
    treats = find_claims(object="neuropathic pain", predicate="treats")
    assert [(c.subject, c.certainty) for c in treats] == [
        ("nmda-receptor-antagonists", Certainty.UNDER_INVESTIGATION),  # "being explored"
        ("memantine", Certainty.PROMISING),  # "demonstrates promise"
        ("dextromethorphan", Certainty.DEMONSTRATED),  # "has shown efficacy"
    ]
    assert [c.predicate for c in find_claims(subject="memantine", object="ketamine")] == [
        Predicate.HAS_LOWER_AFFINITY_THAN,
        Predicate.BETTER_TOLERATED_THAN,
    ]
    assert {c.subject for c in find_claims(reference=5)} == {"dextromethorphan", "quinidine"}
    assert find_claims(reference="madan-2020") == find_claims(reference=5)
    registry_reference = find_claims(reference=5)[0].evidence[0].reference
    assert registry_reference == "madan-2020"


def test_find_claims_filters_combine_with_and(registry):
    everything = find_claims()
    assert everything == registry.claims
    for claim in find_claims(
        subject="ketamine", predicate=Predicate.TREATS, reference="ragab-2021"
    ):
        assert (claim.subject, claim.predicate) == ("ketamine", Predicate.TREATS)
        assert "ragab-2021" in claim.references
    assert len(find_claims(subject="ketamine", predicate=Predicate.TREATS)) == 3
    assert find_claims(subject="ketamine", reference="li-2023") == ()
    assert find_claims(subject="ketamine", object="neuropathic pain") == ()


def test_find_claims_accepts_entities_and_references(registry):
    ketamine = registry.resolve("ketamine")
    ragab = registry.reference(2)
    assert find_claims(subject=ketamine) == find_claims(subject="Ketamine")
    assert find_claims(reference=ragab) == find_claims(reference=2)


def test_find_claims_reports_unknown_filters():
    with pytest.raises(
        UnknownEntityError, match="no predicate is called 'treatz'; did you mean 'treats'"
    ):
        find_claims(predicate="treatz")
    with pytest.raises(UnknownEntityError, match="no reference is called '11'"):
        find_claims(reference=11)
    with pytest.raises(
        UnknownEntityError, match="no entity is called 'quinine'; did you mean 'Quinidine'"
    ):
        find_claims(subject="quinine")


def test_find_claims_rejects_a_predicate_of_the_wrong_type():
    with pytest.raises(
        TypeError, match="predicate must be a Predicate or its value or label as a str, not int"
    ):
        find_claims(predicate=5)  # type: ignore[arg-type]


def test_a_wrong_family_without_close_names_says_only_that():
    with pytest.raises(UnknownEntityError) as caught:
        mechanisms_of("allodynia")
    assert str(caught.value) == "'allodynia' names a condition, not an agent"


def test_an_entity_from_another_registry_must_exist_in_this_one(registry):
    stranger = Agent(id="aspirin", name="Aspirin")
    with pytest.raises(UnknownEntityError, match="no entity is called 'aspirin'"):
        mechanisms_of(stranger, registry=registry)
    with pytest.raises(UnknownEntityError, match="no entity is called 'aspirin'"):
        find_claims(object=stranger, registry=registry)


def test_the_three_line_answer_traces_to_the_article(registry):
    """Which agents for neuropathic pain, with what evidence?"""
    answer = {
        claim.subject: [
            (registry.reference(e.reference).number, e.sections) for e in claim.evidence
        ]
        for claim in find_claims(object="neuropathic pain", predicate="treats")
    }
    assert answer == {
        "nmda-receptor-antagonists": [(1, (Section.INTRODUCTION, Section.DESCRIPTION))],
        "memantine": [(3, (Section.INTRODUCTION, Section.DESCRIPTION, Section.CONCLUSION))],
        "dextromethorphan": [(5, (Section.INTRODUCTION, Section.DESCRIPTION, Section.CONCLUSION))],
    }


@given(registries())
def test_queries_agree_with_a_scan_of_the_claims(registry):
    """Indexed answers equal the answers of a naive scan, on any registry."""
    for entity in registry.entities:
        scanned = [c for c in registry.claims if entity.id in (c.subject, c.object)]
        indexed = set(find_claims(subject=entity, registry=registry)) | set(
            find_claims(object=entity, registry=registry)
        )
        assert set(scanned) == indexed
    for condition in registry.conditions:
        expected = {
            c.subject
            for c in registry.claims
            if c.object == condition.id and c.predicate in THERAPEUTIC_PREDICATES
        }
        assert set(ids(agents_for_condition(condition, registry=registry))) == expected
    parents: dict[str, set[str]] = {}
    for c in registry.claims:
        if c.predicate is Predicate.MEMBER_OF:
            parents.setdefault(c.subject, set()).add(c.object)
    for agent in registry.agents:
        lineage = [agent.id]
        for member in lineage:  # a naive closure over the member_of claims, grown as it goes
            lineage.extend(p for p in sorted(parents.get(member, ())) if p not in lineage)
        for include_class, subjects in ((False, lineage[:1]), (True, lineage)):
            effects = {
                c.object
                for c in registry.claims
                if c.subject in subjects and c.predicate is Predicate.CAUSES_ADVERSE_EFFECT
            }
            found = adverse_effects_of(agent, include_class=include_class, registry=registry)
            assert set(ids(found)) == effects
            mechanisms = {
                c.object
                for c in registry.claims
                if c.subject in subjects and c.predicate is Predicate.ACTS_VIA
            }
            found = mechanisms_of(agent, include_class=include_class, registry=registry)
            assert set(ids(found)) == mechanisms
        partners = {
            c.object if c.subject == agent.id else c.subject
            for c in registry.claims
            if c.predicate is Predicate.COMBINED_WITH and agent.id in (c.subject, c.object)
        }
        assert set(ids(combination_partners(agent, registry=registry))) == partners


def test_two_registries_answer_the_same_question_each_from_its_own_records():
    registry = synthetic_registry(300, seed=0)
    other = synthetic_registry(300, seed=1)
    for reg in (registry, other, registry):
        assert agents_for_condition("condition-0", registry=reg) == tuple(
            a
            for a in reg.agents
            if any(
                c.object == "condition-0"
                and c.predicate in THERAPEUTIC_PREDICATES
                and c.subject == a.id
                for c in reg.claims
            )
        )


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [
        ({"min_evidence_level": 1}, {"min_evidence_level": True}),
        ({"reference": 1}, {"reference": 1.0}),
        ({"reference": 1}, {"reference": True}),
    ],
)
def test_a_value_refused_is_refused_even_after_an_equal_valid_one_was_answered(valid, invalid):
    # 1 == 1.0 == True, and they hash alike: an answer for one must never serve the other.
    registry = synthetic_registry(300, seed=4)
    assert find_claims(**valid, registry=registry)
    with pytest.raises(TypeError):
        find_claims(**invalid, registry=registry)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: agents_for_condition(["crps"]),
            "expected an entity or its name, id or identifier as a str, not list: ['crps']",
        ),
        (
            lambda: agents_for_condition("crps", min_certainty=["stated"]),
            "min_certainty must be a Certainty or one of 'established'",
        ),
        (
            lambda: find_claims(subject=3),
            "expected an entity or its name, id or identifier as a str, not int: 3",
        ),
        (
            lambda: agents_for_condition("crps", registry="mine.json"),
            (
                "registry must be a Registry (such as default_registry(), or one from nmda_pain.load), "
                "not str: 'mine.json'"
            ),
        ),
        (lambda: find_claims(registry=3), "registry must be a Registry"),
    ],
)
def test_arguments_of_the_wrong_type_are_refused_with_what_was_expected(call, message):
    with pytest.raises(TypeError, match=re.escape(message)):
        call()


@pytest.mark.parametrize("first", ["string", "enum"])
def test_filters_take_values_as_well_as_enums_in_any_order(first):
    # A str certainty once compared alphabetically and its wrong answer was then memoized
    # for the enum too, since "demonstrated" == Certainty.DEMONSTRATED with the same hash.
    registry = attrs.evolve(default_registry())  # a fresh registry: a fresh memo
    calls = {
        "string": {"min_certainty": "demonstrated", "min_evidence_level": 5},
        "enum": {
            "min_certainty": Certainty.DEMONSTRATED,
            "min_evidence_level": EvidenceLevel.LEVEL_5,
        },
    }
    order = [first, *(name for name in calls if name != first)]
    registry = verified(registry, 5, StudyDesign.NOT_STATED)  # verified, but no design: no level
    for name in order:
        answer = agents_for_condition("neuropathic pain", registry=registry, **calls[name])
        assert [a.id for a in answer] == [], name
        answer = agents_for_condition(
            "neuropathic pain", registry=registry, min_certainty=calls[name]["min_certainty"]
        )
        assert [a.id for a in answer] == ["dextromethorphan"], name
    assert find_claims(min_certainty="Under investigation") == find_claims(
        min_certainty=Certainty.UNDER_INVESTIGATION
    )


@pytest.mark.parametrize(
    ("filters", "error", "message"),
    [
        (
            {"min_certainty": "sure"},
            ValueError,
            "min_certainty must be a Certainty or one of 'established'",
        ),
        ({"min_certainty": 3}, TypeError, "not int"),
        ({"min_evidence_level": 6}, ValueError, "from 1 \\(strongest\\) to 5, not 6"),
        ({"min_evidence_level": "2"}, TypeError, "an int from 1 to 5, not str: '2'"),
        ({"min_evidence_level": True}, TypeError, "not bool"),
    ],
)
def test_a_bad_filter_value_says_what_is_allowed(filters, error, message):
    with pytest.raises(error, match=message):
        find_claims(**filters)


def test_min_certainty_keeps_claims_asserted_at_least_that_strongly():
    established = find_claims(min_certainty=Certainty.ESTABLISHED)
    assert {(c.subject, c.object) for c in established} == {
        ("ketamine", "severe-pain"),
        ("ketamine", "postoperative-pain"),
        ("ketamine", "complex-regional-pain-syndrome"),
    }
    assert [
        a.id for a in agents_for_condition("neuropathic pain", min_certainty=Certainty.PROMISING)
    ] == [
        "memantine",
        "dextromethorphan",
    ]
    assert [m.id for m in mechanisms_of("ketamine", min_certainty=Certainty.UNDER_INVESTIGATION)][
        :2
    ] == [
        "central-sensitization-interference",
        "calcium-influx-blockade",
    ]
    assert "glial-activation-modulation" in [
        m.id for m in mechanisms_of("ketamine", min_certainty=Certainty.STATED)
    ]  # stated in the Conclusion, with its stated sub-mechanism [4]
    assert mechanisms_of("ketamine") != ()
    assert mechanisms_of("ketamine", min_certainty=Certainty.DEMONSTRATED) == ()  # all are stated


def test_excluding_unverified_evidence_leaves_only_claims_with_a_verified_source():
    from nmda_pain import extended_registry  # noqa: PLC0415

    extended = extended_registry()
    kept = find_claims(include_unverified=False, registry=extended)
    assert kept
    assert all(extended.verified_references(claim) for claim in kept)
    assert not any(
        reference.number is not None
        for claim in kept
        for reference in extended.references_of(claim)
    )
    # An encyclopedia or an abstract is read, but verifies nothing: esketamine's class rests on them.
    (membership,) = find_claims(subject="esketamine", predicate="member_of", registry=extended)
    assert {r.kind.value for r in extended.references_of(membership)} == {"secondary_source"}
    assert membership not in kept


def test_excluding_unverified_evidence_leaves_nothing_from_the_article():
    assert find_claims(include_unverified=False) == ()
    assert agents_for_condition("neuropathic pain", include_unverified=False) == ()
    assert adverse_effects_of("ketamine", include_unverified=False) == ()
    assert combination_partners("dextromethorphan", include_unverified=False) == ()
    registry = default_registry()
    article = [registry.article, *(r for r in registry.references if r.number is not None)]
    assert len(article) == 11
    assert all(r.verification is VerificationStatus.UNVERIFIED for r in article)


def test_a_verified_reference_is_kept_when_unverified_ones_are_excluded():
    changed = verified(default_registry(), 5, StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
    kept = find_claims(include_unverified=False, registry=changed)
    assert {c.subject for c in kept} == {"dextromethorphan", "quinidine"}
    (dxm,) = find_claims(
        subject="dextromethorphan",
        object="neuropathic pain",
        include_unverified=False,
        registry=changed,
    )
    assert changed.best_evidence_level(dxm, include_unverified=False) is EvidenceLevel.LEVEL_2
    assert [
        p.id for p in combination_partners("quinidine", include_unverified=False, registry=changed)
    ] == ["dextromethorphan"]


@pytest.mark.parametrize("level", list(EvidenceLevel))
def test_every_kept_claim_meets_the_level(level):
    registry = verified(default_registry(), 3, StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
    registry = verified(registry, 1, StudyDesign.NARRATIVE_REVIEW)
    assert find_claims(min_evidence_level=EvidenceLevel.LEVEL_5, registry=registry)
    for claim in find_claims(min_evidence_level=level, registry=registry):
        best = registry.best_evidence_level(claim)
        assert best is not None
        assert best <= level
