"""The Biolink mapping: read from the predicate table, only names Biolink 4.4.4 has, none it deprecates.

The names are checked against the project's vetted interoperability notes
(``../shared/reference/interop.md`` beside the repository, or the file named by
``NMDA_PAIN_INTEROP``).
"""

from __future__ import annotations

import re

import attrs
import pytest

from nmda_pain import (
    ActionType,
    Agent,
    AgentKind,
    BindingSite,
    Certainty,
    Claim,
    Evidence,
    MatchPredicate,
    ModeOfAction,
    Predicate,
    Reference,
    ReferenceKind,
    Trapping,
    default_registry,
)
from nmda_pain.biolink import (
    BIOLINK_VERSION,
    CAUSAL_MECHANISMS,
    CERTAINTY_FORMS,
    ID_PREFIXES,
    LOCAL_PREFIX,
    PREDICATES,
    PUBLICATION_CATEGORY,
    REFERENCE_CATEGORIES,
    BiolinkPredicate,
    categories,
    category,
    claim_predicate,
    node_id,
    reference_category,
    statement,
    xrefs,
)
from nmda_pain.data.article import build_registry
from nmda_pain.model import PREDICATES as RULES

from .shared_files import shared_file

INTEROP_PATH = shared_file("NMDA_PAIN_INTEROP", "reference/interop.md")
INTEROP = None if INTEROP_PATH is None else INTEROP_PATH.read_text(encoding="utf-8")
needs_interop = pytest.mark.skipif(
    INTEROP is None, reason="interop.md is not beside the repository"
)
# Two reference categories the notes do not list, each checked on the Biolink 4.4.4 class
# pages (https://biolink.github.io/biolink-model/DatasetVersion, .../DrugLabel).
BEYOND_THE_NOTES = {"biolink:DatasetVersion", "biolink:DrugLabel"}


def claim(predicate, mode=None):
    return Claim(
        subject="a",
        predicate=predicate,
        object="b",
        evidence=(Evidence(reference="r"),),
        certainty=Certainty.STATED,
        mode=mode,
    )


def test_every_predicate_has_a_biolink_form_of_the_version_the_notes_vet():
    assert set(PREDICATES) == set(Predicate) == set(RULES)
    assert all(form.predicate.startswith("biolink:") for form in PREDICATES.values())
    assert BIOLINK_VERSION == "4.4.4"


@needs_interop
@pytest.mark.parametrize("predicate", list(Predicate), ids=[p.value for p in Predicate])
def test_each_biolink_predicate_is_named_in_the_notes_and_not_deprecated(predicate):
    assert INTEROP is not None
    names = set(re.findall(r"biolink:([a-z_]+)", INTEROP))
    avoid = INTEROP[INTEROP.index("Deprecated or renamed") :]
    avoid = avoid[: avoid.index("## 2.")]
    deprecated = set(re.findall(r"^\| `([a-z_]+)`", avoid, re.MULTILINE))
    assert {"binds", "causes_adverse_event", "increases_amount_or_activity_of"} <= deprecated
    mapped = PREDICATES[predicate]
    name = mapped.predicate.removeprefix("biolink:")
    # the notes do not list the one step below the root; tests/exports/test_kgx_tools.py
    # checks every predicate against the pinned Biolink schema itself
    assert name in names or name == "related_to_at_instance_level"
    assert name not in deprecated
    for slot, value in mapped.qualifiers:
        assert slot in INTEROP
        assert value.removeprefix("biolink:") in INTEROP


@needs_interop
def test_each_entity_category_is_a_biolink_class_named_in_the_notes():
    assert INTEROP is not None
    registry = build_registry()
    used = {category(entity) for entity in registry.entities} | {PUBLICATION_CATEGORY}
    used |= set(REFERENCE_CATEGORIES.values()) - BEYOND_THE_NOTES
    for name in used:
        words = re.sub(r"(?<!^)(?=[A-Z])", " ", name.removeprefix("biolink:")).lower()
        assert name in INTEROP or words in INTEROP.lower(), name


def test_categories_follow_the_entity_family():
    registry = build_registry()
    assert category(registry.resolve("ketamine")) == "biolink:SmallMolecule"
    assert category(registry.resolve("NMDA receptor antagonists")) == "biolink:ChemicalEntity"
    assert category(registry.resolve("NMDA receptor")) == "biolink:MacromolecularComplex"
    assert category(registry.resolve("calcium influx blockade")) == "biolink:BiologicalProcess"
    assert category(registry.resolve("hallucinations")) == "biolink:PhenotypicFeature"
    assert category(registry.resolve("CRPS")) == "biolink:Disease"
    assert category(registry.resolve("allodynia")) == "biolink:PhenotypicFeature"
    assert category(registry.resolve("chronic pain")) == "biolink:DiseaseOrPhenotypicFeature"


def test_a_reference_takes_the_category_of_its_kind():
    assert set(REFERENCE_CATEGORIES) == set(ReferenceKind)
    expected = {
        ReferenceKind.JOURNAL_ARTICLE: "biolink:Article",
        ReferenceKind.DATABASE_RELEASE: "biolink:DatasetVersion",
        ReferenceKind.ONTOLOGY_RELEASE: "biolink:DatasetVersion",
        ReferenceKind.DRUG_LABEL: "biolink:DrugLabel",
        ReferenceKind.SECONDARY_SOURCE: "biolink:Publication",
    }
    for kind, name in expected.items():
        assert reference_category(Reference(id="r", kind=kind, title="T")) == name


def test_antagonism_carries_the_qualifier_pattern():
    antagonism = dict(PREDICATES[Predicate.ANTAGONIZES].qualifiers)
    assert PREDICATES[Predicate.ANTAGONIZES].predicate == "biolink:affects"
    assert antagonism == {
        "qualified_predicate": "biolink:causes",
        "object_aspect_qualifier": "activity",
        "object_direction_qualifier": "decreased",
        "causal_mechanism_qualifier": "antagonism",
    }


def test_every_action_type_has_a_causal_mechanism():
    assert set(CAUSAL_MECHANISMS) == set(ActionType)
    assert CAUSAL_MECHANISMS[ActionType.CHANNEL_BLOCKER] == "molecular_channel_blockage"
    assert CAUSAL_MECHANISMS[ActionType.COMPETITIVE_INHIBITOR] == "competitive_inhibition"
    assert len(set(CAUSAL_MECHANISMS.values())) == len(ActionType)  # no two kinds collapse


@needs_interop
@pytest.mark.parametrize("action", list(ActionType), ids=[a.value for a in ActionType])
def test_each_causal_mechanism_is_a_listed_enum_value(action):
    assert INTEROP is not None
    listed = INTEROP[INTEROP.index("CausalMechanismQualifierEnum") :].split("\n", 3)[:3]
    assert f"`{CAUSAL_MECHANISMS[action]}`" in "\n".join(listed)


def test_a_claim_without_a_mode_has_its_predicates_biolink_form():
    for predicate in Predicate:
        assert claim_predicate(claim(predicate)) == PREDICATES[predicate]


@pytest.mark.parametrize("action", list(ActionType), ids=[a.value for a in ActionType])
def test_a_mode_of_action_replaces_the_predicates_causal_mechanism(action):
    for predicate in (Predicate.ANTAGONIZES, Predicate.INHIBITS):
        mode = ModeOfAction(
            action=action, binding_site=BindingSite.CHANNEL_PORE, trapping=Trapping.TRAPPING
        )
        mapped = claim_predicate(claim(predicate, mode))
        base = PREDICATES[predicate]
        assert mapped.predicate == base.predicate
        # same slots in the same order; only the mechanism differs
        assert [slot for slot, _ in mapped.qualifiers] == [slot for slot, _ in base.qualifiers]
        assert dict(mapped.qualifiers) == {
            **dict(base.qualifiers),
            "causal_mechanism_qualifier": CAUSAL_MECHANISMS[action],
        }


def test_a_mode_is_added_where_the_predicate_names_no_mechanism(monkeypatch):
    from nmda_pain import biolink  # noqa: PLC0415 -- patched below

    bare = BiolinkPredicate("biolink:affects", (("object_aspect_qualifier", "activity"),))
    monkeypatch.setattr(biolink, "PREDICATES", {**PREDICATES, Predicate.ANTAGONIZES: bare})
    mode = ModeOfAction(action=ActionType.CHANNEL_BLOCKER)
    assert biolink.claim_predicate(claim(Predicate.ANTAGONIZES, mode)) == BiolinkPredicate(
        "biolink:affects",
        (
            ("object_aspect_qualifier", "activity"),
            ("causal_mechanism_qualifier", "molecular_channel_blockage"),
        ),
    )


def test_member_of_becomes_a_chemical_role():
    assert PREDICATES[Predicate.MEMBER_OF].predicate == "biolink:has_chemical_role"
    assert category(Agent(id="x", name="X")) == "biolink:SmallMolecule"


def test_a_treats_claim_says_as_much_as_its_certainty():
    def treats(certainty):
        return claim_predicate(attrs.evolve(claim(Predicate.TREATS), certainty=certainty)).predicate

    assert treats(Certainty.ESTABLISHED) == treats(Certainty.DEMONSTRATED) == "biolink:treats"
    assert treats(Certainty.PROMISING) == "biolink:studied_to_treat"
    assert treats(Certainty.UNDER_INVESTIGATION) == "biolink:studied_to_treat"
    umbrella = "biolink:treats_or_applied_or_studied_to_treat"
    assert treats(Certainty.STATED) == treats(Certainty.THEORIZED) == umbrella
    # other predicates keep their form whatever the certainty
    for predicate in set(Predicate) - {Predicate.TREATS}:
        weak = attrs.evolve(claim(predicate), certainty=Certainty.THEORIZED)
        assert claim_predicate(weak) == PREDICATES[predicate]


@needs_interop
def test_every_treats_form_and_knowledge_level_is_named_in_the_notes():
    assert INTEROP is not None
    for form in CERTAINTY_FORMS.values():
        assert f"`{form.treats}`" in INTEROP
        assert form.knowledge_level in INTEROP
        assert form.agent_type in INTEROP
    hypotheses = {c for c, f in CERTAINTY_FORMS.items() if f.knowledge_level == "prediction"}
    assert hypotheses == {Certainty.THEORIZED}


def test_a_drug_class_is_a_chemical_entity_and_a_chemical_role():
    drug_class = Agent(id="x", name="X", kind=AgentKind.DRUG_CLASS)
    assert categories(drug_class) == ("biolink:ChemicalEntity", "biolink:ChemicalRole")
    assert categories(Agent(id="y", name="Y")) == ("biolink:SmallMolecule",)
    for kind_categories in map(categories, default_registry().entities):
        assert all(c in ID_PREFIXES for c in kind_categories)


def test_node_ids_follow_biolinks_preferred_prefixes_for_the_category():
    registry = default_registry()

    def node(name):
        return node_id(registry.resolve(name), registry)

    assert node("ketamine") == "CHEBI:6121"  # CHEBI before PUBCHEM.COMPOUND, listed first
    assert node("NMDA receptor antagonists") == "CHEBI:60643"  # the ChEBI role
    assert node("NMDA receptor") == "GO:0017146"  # the complex, by GO
    # exact in EFO and HP (MONDO's neuralgia is close): EFO comes first for a disease
    assert node("neuropathic pain") == "EFO:0005762"
    assert node("Blockade of calcium influx") == f"{LOCAL_PREFIX}:calcium-influx-blockade"
    for entity in registry.entities:
        own = node_id(entity, registry)
        terms = [c.biolink for c in registry.identifiers(entity)]
        prefixes = ID_PREFIXES[category(entity)]
        if own.startswith(f"{LOCAL_PREFIX}:"):  # no exact term in a prefix of its category
            assert not {t.partition(":")[0] for t in terms} & set(prefixes)
        else:  # an exact term, and none in an earlier prefix
            rank = prefixes.index(own.partition(":")[0])
            assert all(t.partition(":")[0] not in prefixes[:rank] for t in terms if t != own)


def test_xrefs_are_the_exact_close_and_broad_terms_but_the_node_id():
    registry = default_registry()
    for entity in registry.entities:
        own = node_id(entity, registry)
        expected = [
            m.object
            for m in registry.mappings_of(entity)
            if m.predicate in {MatchPredicate.EXACT, MatchPredicate.CLOSE, MatchPredicate.BROAD}
            and m.object.biolink != own
        ]
        assert list(xrefs(entity, registry)) == expected
    pain = registry.resolve("Interference with central sensitization")
    assert xrefs(pain, registry) == ()  # only a related term: nothing it is or falls under


def test_a_statement_is_said_of_the_process_only_via_a_mechanism_that_changes_one():
    registry = default_registry()
    changed = {m.subject: m for m in registry.mappings if m.direction is not None}
    assert changed  # the shipped grounding names two such processes
    for claim in registry.claims:
        said = statement(claim, registry)
        assert said.subject == node_id(registry.resolve(claim.subject), registry)
        assert said.predicate == claim_predicate(claim).predicate
        change = changed.get(claim.object)
        if change is None or said.predicate != "biolink:affects":
            assert said.object == node_id(registry.resolve(claim.object), registry)
            assert (said.original_object, said.qualifiers) == (
                None,
                claim_predicate(claim).qualifiers,
            )
        else:
            assert said.object == change.object.biolink
            assert said.original_object == f"{LOCAL_PREFIX}:{claim.object}"
            assert dict(said.qualifiers)["object_direction_qualifier"] == "decreased"
