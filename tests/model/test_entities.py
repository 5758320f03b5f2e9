"""Entities (agents, receptors, mechanisms, adverse effects, conditions, enzymes) refuse nonsense at construction."""

from __future__ import annotations

import re

import pytest

from nmda_pain import AdverseEffect, Agent, Condition


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"id": "Ketamine"}, ValueError, "'id' must be a lowercase slug"),
        ({"id": "two--hyphens"}, ValueError, "'id' must be a lowercase slug"),
        ({"id": "-leading"}, ValueError, "'id' must be a lowercase slug"),
        ({"id": ""}, ValueError, "'id' must be a lowercase slug"),
        ({"id": None}, TypeError, "'id' must be a string id, not NoneType"),
        ({"name": ""}, ValueError, "'name' must not be empty"),
        ({"name": "   "}, ValueError, "'name' must not be empty"),
        ({"name": " Ketamine"}, ValueError, "must not start or end with whitespace"),
        ({"name": 5}, TypeError, "'name' must be a string, not int"),
        ({"synonyms": ("a", "a")}, ValueError, "'synonyms' lists 'a' more than once"),
        (
            {"synonyms": ("Ketamine",)},
            ValueError,
            "lists 'Ketamine', which is the same name as 'Ketamine'",
        ),
        (
            {"synonyms": ("KETAMINE",)},
            ValueError,
            "lists 'KETAMINE', which is the same name as 'Ketamine'",
        ),
        (
            {"synonyms": ("CRPS", "c-r_p s")},
            ValueError,
            "lists 'c-r_p s', which is the same name as 'CRPS'",
        ),
        ({"synonyms": ("",)}, ValueError, "'synonyms[0]' must not be empty"),
        ({"synonyms": ["a"]}, TypeError, "'synonyms' must be a tuple, not list"),
        ({"synonyms": "abc"}, TypeError, "'synonyms' must be a tuple, not str"),
        (
            {"kind": "drug"},
            TypeError,
            "'kind' must be an AgentKind (one of 'drug', 'drug_class', 'product')",
        ),
        ({"other_uses": (3,)}, TypeError, "'other_uses[0]' must be a string, not int"),
        ({"description": " padded "}, ValueError, "'description' must not start or end"),
        ({"notes": None}, TypeError, "'notes' must be a string, not NoneType"),
    ],
)
def test_agent_rejects_invalid_fields(changes, error, message):
    fields: dict[str, object] = {"id": "ketamine", "name": "Ketamine"}
    fields.update(changes)
    with pytest.raises(error, match=re.escape(message)):
        Agent(**fields)  # type: ignore[arg-type]


def test_entities_require_their_enums():
    with pytest.raises(TypeError, match="'category' must be an AdverseEffectCategory"):
        AdverseEffect(id="x", name="X", category="cardiovascular")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'kind' must be a ConditionKind"):
        Condition(id="x", name="X", kind="symptom")  # type: ignore[arg-type]
