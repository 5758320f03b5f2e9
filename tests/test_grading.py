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


def test_the_scale_is_named_and_levels_follow_the_designs():
    assert EVIDENCE_SCALE == "Oxford CEBM 2011 Levels of Evidence (treatment benefits)"
    levels = {r.number: r.evidence_level for r in default_registry().references}
    assert levels[2] is EvidenceLevel.LEVEL_1  # systematic review and meta-analysis
    assert levels[3] is EvidenceLevel.LEVEL_2  # randomized, double-blind, placebo-controlled
    assert (
        levels[1] is levels[8] is levels[9] is EvidenceLevel.LEVEL_5
    )  # narrative / preclinical reviews
    assert levels[5] is None  # the title states no design
    assert StudyDesign.NOT_STATED not in STUDY_DESIGN_LEVELS


def test_a_claim_exposes_its_best_level_and_distinct_reference_count():
    registry = default_registry()
    (antagonism,) = find_claims(subject="NMDA receptor antagonists", predicate="antagonizes")
    assert antagonism.reference_count == 3  # [1], [6], [7]: references, not sentences
    assert registry.best_evidence_level(antagonism) is EvidenceLevel.LEVEL_5
    (ketamine_crps,) = find_claims(subject="ketamine", object="CRPS")
    assert registry.best_evidence_level(ketamine_crps) is EvidenceLevel.LEVEL_1
    (dxm,) = find_claims(subject="dextromethorphan", object="neuropathic pain")
    assert registry.best_evidence_level(dxm) is None


def test_min_evidence_level_keeps_claims_at_that_level_or_stronger():
    strong = find_claims(min_evidence_level=EvidenceLevel.LEVEL_2)
    assert {c.subject for c in strong} == {"ketamine", "memantine"}  # refs [2] and [3]
    assert [
        a.id
        for a in agents_for_condition("neuropathic pain", min_evidence_level=EvidenceLevel.LEVEL_2)
    ] == ["memantine"]
    assert [
        a.id
        for a in agents_for_condition("neuropathic pain", min_evidence_level=EvidenceLevel.LEVEL_5)
    ] == [
        "nmda-receptor-antagonists",
        "memantine",
    ]


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
    assert "glial-activation-modulation" not in [
        m.id for m in mechanisms_of("ketamine", min_certainty=Certainty.STATED)
    ]


def test_excluding_unverified_evidence_leaves_nothing_from_the_article():
    assert find_claims(include_unverified=False) == ()
    assert agents_for_condition("neuropathic pain", include_unverified=False) == ()
    assert adverse_effects_of("ketamine", include_unverified=False) == ()
    assert combination_partners("dextromethorphan", include_unverified=False) == ()
    assert all(
        r.verification is VerificationStatus.UNVERIFIED for r in default_registry().references
    )


def test_a_verified_reference_is_kept_when_unverified_ones_are_excluded():
    registry = default_registry()
    madan = registry.reference(5)
    verified = attrs.evolve(
        madan,
        verification=VerificationStatus.VERIFIED,
        study_design=StudyDesign.RANDOMIZED_CONTROLLED_TRIAL,
    )
    changed = attrs.evolve(
        registry, references=tuple(verified if r is madan else r for r in registry.references)
    )
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
    registry = default_registry()
    for claim in find_claims(min_evidence_level=level):
        best = registry.best_evidence_level(claim)
        assert best is not None
        assert best <= level
