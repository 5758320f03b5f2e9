"""The grounding of the article's entities, checked against the project's reference table.

Every mapping :func:`nmda_pain.default_registry` ships must be a confirmed value
of ``identifiers.json`` or ``mappings.json`` for the same entity, with the
predicate the table implies and the releases it was read in; every confirmed
value for an article entity must be shipped; no rejected or trap id appears.
"""

from __future__ import annotations

import pytest

from nmda_pain import (
    Agent,
    Curie,
    MatchPredicate,
    ReferenceKind,
    UnknownEntityError,
    default_registry,
    extended_registry,
)
from nmda_pain.data import grounding
from nmda_pain.data.article import build_registry
from tests.data import reference_table as table

# The README's traps: (entity the id is wrong for, or None for every entity, CURIE).
TRAPS: tuple[tuple[str | None, str], ...] = (
    (None, "CHEBI:127150"),  # quinidine's id in GtoPdb, a secondary ChEBI id
    (None, "CHEBI:92579"),  # DrugBank's ChEBI id for dextromethorphan, a secondary id
    (None, "CHEBI:60800"),  # esketamine hydrochloride, not arketamine
    ("esketamine", "drugbank:DB01221"),  # racemic ketamine
    (None, "atc:M09AA01"),  # WHO's hydroquinine
    (None, "atc:R05DA06"),  # WHO's normethadone
    ("ketamine", "atc:N01AX14"),  # WHO's esketamine
    (None, "CHEBI:31688"),  # ifenprodil tartrate
    (None, "CHEBI:176788"),  # dizocilpine maleate
    (None, "MESH:D020828"),  # Pseudobulbar Palsy, a different condition
    (None, "HP:0031005"),  # obsolete Hyperalgesia
    (None, "MESH:D058225"),  # Plaque, Amyloid
    (None, "MONDO:1014066"),  # post-operative pain in non-human animals
    (None, "MONDO:0002566"),  # obsolete duplicate of CRPS
    (None, "EFO:0010640"),  # a measurement class
    (None, "MESH:D006213"),  # Hallucinogens, a drug class
    (None, "MESH:D002121"),  # voltage-gated calcium channel blockers
    (None, "MESH:D010148"),  # Pain, Intractable
    (None, "GO:0046960"),  # behavioural sensitization
    (None, "GO:0050663"),  # merged into GO:0001816
)


def _fail_if(problems: list[str]) -> None:
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@table.needs_table
def test_every_grounding_mapping_is_a_confirmed_value_with_the_tables_predicate_and_sources():
    _fail_if(table.check_mappings(grounding.MAPPINGS))


@table.needs_table
def test_every_confirmed_value_for_an_article_entity_is_shipped():
    article = {entity.id for entity in build_registry().entities}
    _fail_if(table.check_complete(grounding.MAPPINGS, article))


@table.needs_table
def test_every_entity_the_mappings_table_grounds_is_an_article_entity():
    article = {entity.id for entity in build_registry().entities}
    rows = {row["subject_id"] for row in table.MAPPINGS["mappings"]}
    assert rows - article == set()
    assert len(table.MAPPINGS["mappings"]) == 74
    assert {row["status"] for row in table.MAPPINGS["mappings"]} == {"confirmed"}


@table.needs_table
def test_no_rejected_candidate_or_trap_is_used():
    shipped = {(m.subject, m.object.canonical) for m in extended_registry().mappings}
    terms = {term for _, term in shipped}
    rejected = {
        Curie.parse(row["object_id"]).canonical
        for row in table.MAPPINGS["meta"]["rejected_candidates"]
    }
    assert rejected, "mappings.json lists rejected candidates"
    assert rejected & terms == set()
    for entity, trap in TRAPS:
        assert trap.split(":")[1] in table.NOTES, f"{trap} is not one of the README's traps"
        canonical = Curie.parse(trap).canonical
        if entity is None:
            assert canonical not in terms, trap
        else:
            assert (entity, canonical) not in shipped, (entity, trap)
    assert table.unconfirmed_values() & shipped == set()


@table.needs_table
def test_notes_are_the_curators_own_words():
    rows = {
        (row["subject_id"], Curie.parse(row["object_id"]).canonical): row["note"]
        for row in table.MAPPINGS["mappings"]
    }
    for mapping in grounding.MAPPINGS:
        copied = rows.get((mapping.subject, mapping.object.canonical))
        if mapping.notes and copied:
            assert mapping.notes != copied, mapping
        assert "definition" not in mapping.notes.lower(), mapping


@table.needs_table
def test_each_grounding_reference_is_a_release_the_table_reads_values_in():
    _fail_if(table.check_verification(grounding.REFERENCES))
    assert {r.kind for r in grounding.REFERENCES} == {
        ReferenceKind.DATABASE_RELEASE,
        ReferenceKind.ONTOLOGY_RELEASE,
    }
    assert all(r.title for r in grounding.REFERENCES)
    assert all(r.url is None and r.doi is None and r.pmid is None for r in grounding.REFERENCES)


def test_every_grounding_reference_is_cited_and_every_cited_one_exists():
    defined = [r.id for r in grounding.REFERENCES]
    cited = {ref for mapping in grounding.MAPPINGS for ref in mapping.references}
    assert len(defined) == len(set(defined))
    assert cited == set(defined)
    assert set(defined).isdisjoint(r.id for r in build_registry().references)


def test_one_mapping_per_entity_and_term_and_one_entity_per_identifier():
    keys = [m.key for m in grounding.MAPPINGS]
    assert len(keys) == len(set(keys))
    owners: dict[str, str] = {}
    for mapping in extended_registry().mappings:
        if mapping.predicate is MatchPredicate.EXACT:
            owner = owners.setdefault(mapping.object.canonical, mapping.subject)
            assert owner == mapping.subject, mapping


def test_the_default_registry_is_the_article_plus_its_grounding():
    registry = default_registry()
    article = build_registry()
    assert registry.mappings == grounding.MAPPINGS
    assert registry.references == (*article.references, *grounding.REFERENCES)
    assert registry.claims == article.claims
    assert registry.entities == article.entities


def test_the_article_entities_resolve_by_their_identifiers():
    registry = default_registry()
    assert registry.resolve("CHEBI:6121").id == "ketamine"
    assert registry.get(Agent, "PUBCHEM.COMPOUND:441074").id == "quinidine"
    assert registry.resolve("GO:0017146").id == "nmda-receptor"
    assert registry.resolve("MESH:D016194").id == "nmda-receptor"
    assert registry.resolve("HP:6000040").id == "neuropathic-pain"
    assert registry.resolve("MESH:D006930").id == "hyperalgesia"
    assert registry.resolve("CHEBI:60643").id == "nmda-receptor-antagonists"
    assert registry.identifiers("ketamine") == tuple(
        Curie.parse(text)
        for text in (
            "pubchem.compound:3821",
            "CHEBI:6121",
            "drugbank:DB01221",
            "chembl.compound:CHEMBL742",
            "atc:N01AX03",
            "MESH:D007649",
            "iuphar.ligand:4233",
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        "MESH:D009437",  # Neuralgia: close to neuropathic pain, not its identifier
        "MONDO:0021667",
        "HP:0012531",  # Pain: broader than several conditions, the identifier of none
        "CHEBI:999999",
        "nonsense:12",
    ],
)
def test_a_term_that_is_no_exact_match_resolves_to_nothing(text):
    with pytest.raises(UnknownEntityError):
        default_registry().resolve(text)


def test_conditions_without_an_exact_term_are_grounded_by_broader_ones():
    registry = default_registry()
    for condition, broader in (
        ("inflammatory-pain", "mesh:D059226"),
        ("opioid-induced-hyperalgesia", "mesh:D006930"),
        ("chronic-post-surgical-pain", "mesh:D010149"),
        ("severe-pain", "mesh:D010146"),
    ):
        assert registry.identifiers(condition) == ()
        assert broader in {
            m.object.canonical
            for m in registry.mappings_of(condition)
            if m.predicate is MatchPredicate.BROAD
        }
    (dysesthesia,) = [
        m for m in registry.mappings_of("hyperalgesia") if m.object.canonical == "hp:0012534"
    ]
    assert dysesthesia.predicate is MatchPredicate.RELATED
    assert "no exact class" in dysesthesia.notes
