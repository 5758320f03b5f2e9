"""The Biolink mapping uses only names that Biolink 4.4.4 has, and none it deprecates.

The names are checked against the project's vetted interoperability notes
(``../shared/reference/interop.md`` beside the repository, or the file named by
``NMDA_PAIN_INTEROP``).
"""

from __future__ import annotations

import re

import pytest

from nmda_pain import ActionType, Predicate, default_registry
from nmda_pain.biolink import (
    BIOLINK_VERSION,
    MODE_OF_ACTION_PREDICATES,
    PREDICATES,
    PUBLICATION_CATEGORY,
    category,
)

from .shared_files import shared_file

INTEROP_PATH = shared_file("NMDA_PAIN_INTEROP", "reference/interop.md")
INTEROP = None if INTEROP_PATH is None else INTEROP_PATH.read_text(encoding="utf-8")
needs_interop = pytest.mark.skipif(
    INTEROP is None, reason="interop.md is not beside the repository"
)


def test_every_predicate_has_a_biolink_predicate():
    assert set(PREDICATES) == set(Predicate)
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
    assert name in names
    assert name not in deprecated
    for slot, value in mapped.qualifiers:
        assert slot in INTEROP
        assert value.removeprefix("biolink:") in INTEROP


@needs_interop
def test_each_category_is_a_biolink_class_named_in_the_notes():
    assert INTEROP is not None
    registry = default_registry()
    used = {category(entity) for entity in registry.entities} | {PUBLICATION_CATEGORY}
    for name in used:
        words = re.sub(r"(?<!^)(?=[A-Z])", " ", name.removeprefix("biolink:")).lower()
        assert name in INTEROP or words in INTEROP.lower(), name


def test_categories_follow_the_entity_family():
    registry = default_registry()
    assert category(registry.resolve("ketamine")) == "biolink:SmallMolecule"
    assert category(registry.resolve("NMDA receptor antagonists")) == "biolink:ChemicalEntity"
    assert category(registry.resolve("NMDA receptor")) == "biolink:MacromolecularComplex"
    assert category(registry.resolve("calcium influx blockade")) == "biolink:BiologicalProcess"
    assert category(registry.resolve("hallucinations")) == "biolink:PhenotypicFeature"
    assert category(registry.resolve("CRPS")) == "biolink:Disease"
    assert category(registry.resolve("allodynia")) == "biolink:PhenotypicFeature"
    assert category(registry.resolve("chronic pain")) == "biolink:DiseaseOrPhenotypicFeature"


def test_antagonism_carries_the_qualifier_pattern():
    antagonism = dict(PREDICATES[Predicate.ANTAGONIZES].qualifiers)
    assert PREDICATES[Predicate.ANTAGONIZES].predicate == "biolink:affects"
    assert antagonism == {
        "qualified_predicate": "biolink:causes",
        "object_aspect_qualifier": "activity",
        "object_direction_qualifier": "decreased",
        "causal_mechanism_qualifier": "antagonism",
    }


def test_every_action_type_maps_to_a_causal_mechanism():
    assert set(MODE_OF_ACTION_PREDICATES) == set(ActionType)
    blockage = dict(MODE_OF_ACTION_PREDICATES[ActionType.CHANNEL_BLOCKER].qualifiers)
    assert blockage["causal_mechanism_qualifier"] == "molecular_channel_blockage"


@needs_interop
@pytest.mark.parametrize("action", list(ActionType), ids=[a.value for a in ActionType])
def test_each_causal_mechanism_is_a_listed_enum_value(action):
    assert INTEROP is not None
    listed = INTEROP[INTEROP.index("CausalMechanismQualifierEnum") :].split("\n", 3)[:3]
    value = dict(MODE_OF_ACTION_PREDICATES[action].qualifiers)["causal_mechanism_qualifier"]
    assert f"`{value}`" in "\n".join(listed)
