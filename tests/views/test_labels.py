"""The words for records, written once and read by every view."""

from __future__ import annotations

import pytest

import nmda_pain
from nmda_pain import (
    ActionType,
    BindingSite,
    ModeOfAction,
    Reference,
    StudyDesign,
    Trapping,
    VerificationStatus,
    default_registry,
    extended_registry,
)
from nmda_pain.model import ReferenceKind
from nmda_pain.views import labels


@pytest.mark.parametrize(
    ("count", "plural", "expected"),
    [
        (1, "claims", "1 claim"),
        (2, "claims", "2 claims"),
        (1, "entities", "1 entity"),
        (0, "entities", "0 entities"),
    ],
)
def test_counted(count, plural, expected):
    assert labels.counted(count, plural) == expected


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (Reference(id="r", title="T"), "none (unverified)"),
        (
            Reference(id="r", title="T", verification=VerificationStatus.VERIFIED),
            "none (the design is not stated)",
        ),
        (
            Reference(
                id="r",
                title="T",
                kind=ReferenceKind.DRUG_LABEL,
                verification=VerificationStatus.VERIFIED,
            ),
            "none (not a study)",
        ),
        (
            Reference(
                id="r",
                title="T",
                study_design=StudyDesign.RANDOMIZED_CONTROLLED_TRIAL,
                verification=VerificationStatus.VERIFIED,
            ),
            "2 (Oxford CEBM 2011)",
        ),
    ],
)
def test_level_text_says_the_level_or_why_there_is_none(reference, expected):
    assert labels.level_text(reference) == expected


def test_a_claim_is_worded_with_its_certainty_its_references_and_its_sections():
    registry = extended_registry()
    (claim,) = nmda_pain.find_claims(
        subject="methadone", predicate="antagonizes", registry=registry
    )
    assert labels.certainty_text(claim) == f"{claim.certainty.value.replace('_', ' ')}, contested"
    assert labels.evidence_text(registry, claim).count("(disputes)") == sum(
        item.disputes for item in claim.evidence
    )
    assert labels.cites(registry, claim) == "[" + ", ".join(claim.references) + "]"
    assert labels.triple(registry, claim) == "Methadone antagonizes NMDA receptor"
    assert labels.triple(None, claim) == "methadone antagonizes nmda-receptor"


def test_the_source_label_is_the_article_or_the_kind_and_status_of_the_sources():
    registry = extended_registry()
    (article,) = nmda_pain.find_claims(subject="ketamine", object="CRPS", registry=registry)
    assert labels.source_label(article, registry) == labels.ARTICLE
    assert labels.mark(registry, article) == ""
    (label,) = nmda_pain.find_claims(predicate="approved for", registry=registry)
    assert labels.source_label(label, registry) == "verified drug label"
    assert labels.mark(registry, label) == "verified drug label"


def test_modes_of_action_and_affinities_in_words():
    mode = ModeOfAction(
        action=ActionType.CHANNEL_BLOCKER,
        binding_site=BindingSite.CHANNEL_PORE,
        trapping=Trapping.TRAPPING,
    )
    assert labels.mode_text(mode) == "channel blocker (channel pore, trapping)"
    registry = extended_registry()
    affinity = next(
        a for c in registry.claims for a in c.affinities if a.target.startswith("glun2")
    )
    text = labels.affinity_text(affinity, registry)
    assert text.startswith(("pIC50 ", "pKi ", "IC50 "))
    assert registry.index.by_id[affinity.target].name in text
    assert affinity.target in labels.affinity_text(affinity, None)


def test_names_genes_and_kinds():
    registry = extended_registry()
    assert labels.name_of(registry, "ketamine") == "Ketamine"
    assert labels.name_of(registry, "no-such-id") == "no-such-id"
    assert labels.gene_of(registry, registry.resolve("CYP2D6")) == "CYP2D6"
    assert labels.kind_of(default_registry().resolve("ketamine")) == "drug"
    assert labels.kind_of(default_registry().resolve("NMDA receptor")) is None
    assert (
        labels.predicate_label(nmda_pain.Predicate.CAUSES_ADVERSE_EFFECT) == "causes adverse effect"
    )
