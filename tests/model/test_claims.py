"""Claims and their evidence: validated at construction, with the qualifiers their predicate takes."""

from __future__ import annotations

import re

import pytest

from nmda_pain import (
    ActionType,
    Certainty,
    Claim,
    Evidence,
    ModeOfAction,
    Predicate,
    Section,
    Trapping,
)
from tests.builders import make_affinity

EVIDENCE = (Evidence(reference="ref", sections=(Section.DESCRIPTION,)),)


def _claim(predicate: Predicate = Predicate.ANTAGONIZES, **changes: object) -> Claim:
    fields: dict[str, object] = {
        "subject": "a",
        "predicate": predicate,
        "object": "b",
        "evidence": EVIDENCE,
        "certainty": Certainty.STATED,
    }
    fields.update(changes)
    return Claim(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"mode": "channel_blocker"}, "'mode' must be <class"),
        ({"affinities": ({"value": 1},)}, "'affinities'[0] must be an Affinity, not dict"),
        ({"via": ("Not A Slug",)}, "'via[0]' must be a lowercase slug"),
    ],
)
def test_a_claim_refuses_what_is_not_a_qualifier_in_its_qualifier_fields(changes, message):
    with pytest.raises((TypeError, ValueError), match=re.escape(message)):
        _claim(**changes)


@pytest.mark.parametrize(
    ("predicate", "changes", "message"),
    [
        (
            Predicate.TREATS,
            {"mode": ModeOfAction(action=ActionType.CHANNEL_BLOCKER)},
            "a 'treats' claim takes no mode or affinities; only antagonizes, inhibits do",
        ),
        (
            Predicate.MEMBER_OF,
            {"affinities": (make_affinity(),)},
            "a 'member_of' claim takes no mode or affinities",
        ),
        (
            Predicate.ANTAGONIZES,
            {"via": ("calcium-influx-blockade",)},
            "an 'antagonizes' claim names no mechanism it is mediated by; only attenuates, prevents, treats do",
        ),
        (Predicate.TREATS, {"object": "a"}, "subject and object are both 'a'"),
    ],
)
def test_the_predicate_table_says_which_claims_take_qualifiers(predicate, changes, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        _claim(predicate, **changes)


def test_qualifiers_ride_on_the_predicates_that_take_them():
    mode = ModeOfAction(action=ActionType.CHANNEL_BLOCKER, trapping=Trapping.TRAPPING)
    claim = _claim(mode=mode, affinities=(make_affinity(value=7),))
    assert claim.mode is mode
    # 7 == 7.0: only the type shows that an int is kept as the float a document loads back
    assert type(claim.affinities[0].value) is float
    outcome = _claim(Predicate.ATTENUATES, via=("calcium-influx-blockade",))
    assert outcome.via == ("calcium-influx-blockade",)


def test_disputing_evidence_makes_a_claim_contested_and_does_not_count_as_support():
    claim = _claim(
        evidence=(Evidence(reference="for"), Evidence(reference="against", disputes=True))
    )
    assert claim.contested
    assert claim.reference_count == 1
    assert claim.references == ("for", "against")
    assert not _claim(evidence=(Evidence(reference="for"),)).contested
    assert repr(claim.evidence[1]) == "Evidence(reference='against', sections=(), disputes=True)"


@pytest.mark.parametrize(
    ("evidence", "error", "message"),
    [
        ((), ValueError, "every claim needs a source"),
        ([EVIDENCE[0]], TypeError, "'evidence' must be a tuple of Evidence, not list"),
        (("ref",), TypeError, r"'evidence'\[0\] must be an Evidence, not str"),
        ((EVIDENCE[0], EVIDENCE[0]), ValueError, "cites 'ref' more than once"),
    ],
)
def test_claim_requires_distinct_evidence(evidence, error, message):
    with pytest.raises(error, match=message):
        Claim(
            subject="a",
            predicate=Predicate.TREATS,
            object="b",
            evidence=evidence,
            certainty=Certainty.STATED,
        )


def test_claim_rejects_unknown_predicate_and_certainty_values():
    with pytest.raises(TypeError, match="'predicate' must be a Predicate"):
        Claim(
            subject="a",
            predicate="treatz",
            object="b",
            evidence=EVIDENCE,
            certainty=Certainty.STATED,
        )  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'certainty' must be a Certainty"):
        Claim(
            subject="a", predicate=Predicate.TREATS, object="b", evidence=EVIDENCE, certainty="sure"
        )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sections", "message"),
    [
        ((Section.INTRODUCTION, Section.INTRODUCTION), "lists <Section.INTRODUCTION"),
        (("introduction",), r"'sections'\[0\] must be a Section"),
        ([Section.INTRODUCTION], "'sections' must be a tuple, not list"),
    ],
)
def test_evidence_requires_distinct_sections(sections, message):
    with pytest.raises((TypeError, ValueError), match=message):
        Evidence(reference="ref", sections=sections)


def test_claim_derives_key_references_and_sections_in_article_order():
    claim = Claim(
        subject="a",
        predicate=Predicate.TREATS,
        object="b",
        evidence=(
            Evidence(reference="second", sections=(Section.CONCLUSION, Section.DESCRIPTION)),
            Evidence(reference="first", sections=(Section.INTRODUCTION, Section.DESCRIPTION)),
        ),
        certainty=Certainty.STATED,
    )
    assert claim.key == ("a", Predicate.TREATS, "b")
    assert claim.references == ("second", "first")
    assert claim.sections == (Section.INTRODUCTION, Section.DESCRIPTION, Section.CONCLUSION)
