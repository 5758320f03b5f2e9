"""Evidence levels, reference counts, verification status and the filters every query takes."""

from __future__ import annotations

import attrs
import pytest

from nmda_pain import (
    Certainty,
    EvidenceLevel,
    StudyDesign,
    VerificationStatus,
    adverse_effects_of,
    agents_for_condition,
    combination_partners,
    default_registry,
    find_claims,
    mechanisms_of,
)
from nmda_pain.model import EVIDENCE_SCALE, STUDY_DESIGN_LEVELS


def _verified(registry, number, design):
    """*registry* with reference *number* verified and given *design*, as if someone had found it."""
    found = registry.reference(number)
    checked = attrs.evolve(found, verification=VerificationStatus.VERIFIED, study_design=design)
    return attrs.evolve(
        registry, references=tuple(checked if r is found else r for r in registry.references)
    )


def test_the_titles_keep_their_designs_but_no_unverified_reference_grades():
    assert EVIDENCE_SCALE == "Oxford CEBM 2011 Levels of Evidence (treatment benefits)"
    references = {r.number: r for r in default_registry().references if r.number is not None}
    assert references[2].study_design is StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS
    assert references[3].study_design is StudyDesign.RANDOMIZED_CONTROLLED_TRIAL
    assert references[5].study_design is StudyDesign.NOT_STATED
    assert {n: r.evidence_level for n, r in references.items()} == dict.fromkeys(range(1, 11))
    assert StudyDesign.NOT_STATED not in STUDY_DESIGN_LEVELS


def test_a_claim_exposes_its_distinct_reference_count_and_no_level_from_unverified_titles():
    registry = default_registry()
    (antagonism,) = find_claims(subject="NMDA receptor antagonists", predicate="antagonizes")
    assert antagonism.reference_count == 3  # [1], [6], [7]: references, not sentences
    assert registry.best_evidence_level(antagonism) is None
    (ketamine_crps,) = find_claims(subject="ketamine", object="CRPS")
    assert registry.best_evidence_level(ketamine_crps) is None
    assert find_claims(min_evidence_level=EvidenceLevel.LEVEL_5) == ()


def test_once_verified_a_reference_grades_by_its_design():
    registry = _verified(default_registry(), 2, StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS)
    (ketamine_crps,) = find_claims(subject="ketamine", object="CRPS", registry=registry)
    assert registry.best_evidence_level(ketamine_crps) is EvidenceLevel.LEVEL_1
    strong = find_claims(min_evidence_level=EvidenceLevel.LEVEL_2, registry=registry)
    assert {c.subject for c in strong} == {"ketamine"}  # only [2] is verified
    assert [
        a.id
        for a in agents_for_condition(
            "postoperative pain", min_evidence_level=EvidenceLevel.LEVEL_1, registry=registry
        )
    ] == ["ketamine"]


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
    registry = _verified(registry, 5, StudyDesign.NOT_STATED)  # verified, but no design: no level
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
    article = [registry.source, *(r for r in registry.references if r.number is not None)]
    assert len(article) == 11
    assert all(r.verification is VerificationStatus.UNVERIFIED for r in article)


def test_a_verified_reference_is_kept_when_unverified_ones_are_excluded():
    changed = _verified(default_registry(), 5, StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
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


def test_evidence_levels_order_strongest_first():
    assert EvidenceLevel.LEVEL_1 < EvidenceLevel.LEVEL_5
    assert min(EvidenceLevel) is EvidenceLevel.LEVEL_1


@pytest.mark.parametrize("level", list(EvidenceLevel))
def test_every_kept_claim_meets_the_level(level):
    registry = _verified(default_registry(), 3, StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
    registry = _verified(registry, 1, StudyDesign.NARRATIVE_REVIEW)
    assert find_claims(min_evidence_level=EvidenceLevel.LEVEL_5, registry=registry)
    for claim in find_claims(min_evidence_level=level, registry=registry):
        best = registry.best_evidence_level(claim)
        assert best is not None
        assert best <= level
