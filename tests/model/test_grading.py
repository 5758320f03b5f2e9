"""Evidence levels: only a verified reference grades, by its study design, and a claim by its best source.

The filters every query takes (``min_evidence_level``, ``min_certainty``,
``include_unverified``) are tested in ``tests/test_queries.py``.
"""

from __future__ import annotations

from nmda_pain import (
    EvidenceLevel,
    StudyDesign,
    agents_for_condition,
    default_registry,
    find_claims,
)
from nmda_pain.model import EVIDENCE_SCALE, STUDY_DESIGN_LEVELS
from tests.builders import verified


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
    registry = verified(default_registry(), 2, StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS)
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


def test_evidence_levels_order_strongest_first():
    assert EvidenceLevel.LEVEL_1 < EvidenceLevel.LEVEL_5
    assert min(EvidenceLevel) is EvidenceLevel.LEVEL_1
