"""Where a record comes from: the references behind it, and whether the article states it.

That the records of another registry get the library's error, not a KeyError,
is tested with the registry's own lookups in ``tests/registry/test_registry.py``.
"""

from __future__ import annotations

import attrs

from nmda_pain import (
    ActionType,
    Affinity,
    AffinityParameter,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    VerificationStatus,
    default_registry,
    extended_registry,
    find_claims,
)
from nmda_pain.provenance import article_reference_ids, is_from_article, provenance

from .builders import ASPIRIN, CITES, MAPPING, MEMBERSHIP, NOTES, TREATS, claim, small


def test_only_supporting_evidence_of_a_registry_with_a_source_is_the_articles():
    article = small(article=attrs.evolve(NOTES, id="the-article", number=None))
    assert article_reference_ids(article) == {"notes-2026", "the-article"}
    assert is_from_article(TREATS, article)
    disputed = attrs.evolve(TREATS, evidence=(attrs.evolve(CITES[0], disputes=True),))
    assert not is_from_article(disputed, article)
    assert article_reference_ids(small()) == frozenset()  # numbered, but no article to number
    assert not is_from_article(TREATS, small())


def test_a_claims_sources_are_its_evidence_then_the_sources_of_its_values_each_once():
    database = Reference(id="db", title="A database", verification=VerificationStatus.VERIFIED)
    measured = claim(
        "aspirin",
        Predicate.ANTAGONIZES,
        "cox",
        mode=ModeOfAction(action=ActionType.ANTAGONIST),
        affinities=(
            Affinity(
                parameter=AffinityParameter.PIC50,
                value=5.0,
                target="cox",
                references=("db", "notes-2026"),
            ),
        ),
    )
    registry = small(
        receptors=(Receptor(id="cox", name="COX"),),
        references=(NOTES, database),
        claims=(MEMBERSHIP, TREATS, measured),
    )
    found = provenance(measured, registry)
    assert found.references == (NOTES, database)  # the notes once, though cited twice
    assert found.verified == (database,)
    assert not found.from_article  # a registry without a source has no article


def test_a_mapping_is_the_curators_grounding_never_the_articles():
    registry = small(
        article=attrs.evolve(NOTES, id="the-article", number=None), mappings=(MAPPING,)
    )
    found = provenance(MAPPING, registry)
    assert (found.references, found.from_article) == ((NOTES,), False)


def test_an_entity_comes_from_the_claims_and_mappings_that_name_it():
    registry = small(mappings=(MAPPING,))
    assert provenance(ASPIRIN, registry).references == (NOTES,)
    shipped = default_registry()
    memantine = provenance(shipped.resolve("memantine"), shipped)
    assert memantine.from_article
    assert "rowbotham-2020" in {r.id for r in memantine.references}  # [3]
    extended = extended_registry()
    (cyp2d6,) = find_claims(subject="quinidine", object="cyp2d6", registry=extended)
    assert not provenance(cyp2d6, extended).from_article  # read in a label, not the article
    enzyme = provenance(extended.resolve("cyp2d6"), extended)
    assert not enzyme.from_article  # no claim of the article names the enzyme
    assert enzyme.references
