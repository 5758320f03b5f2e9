"""Modes of action and affinities: typed enums, a finite value, a target and sources by id."""

from __future__ import annotations

import re

import pytest

from nmda_pain import ActionType, ModeOfAction
from tests.builders import make_affinity


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"binding_site": "channel_pore"}, "'binding_site' must be None or a BindingSite (one of"),
        ({"trapping": "trapping"}, "'trapping' must be None or a Trapping (one of"),
        ({"action": "channel_blocker"}, "'action' must be an ActionType (one of"),
    ],
)
def test_a_mode_of_action_refuses_strings_for_its_enums(changes, message):
    fields: dict[str, object] = {"action": ActionType.CHANNEL_BLOCKER}
    fields.update(changes)
    with pytest.raises(TypeError, match=re.escape(message)):
        ModeOfAction(**fields)  # type: ignore[arg-type]  # the wrong type is the point


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"references": ()}, ValueError, "'references' must name at least one reference id"),
        ({"references": ("r", "r")}, ValueError, "'references' lists 'r' more than once"),
        ({"references": ["r"]}, TypeError, "'references' must be a tuple, not list"),
        ({"value": float("nan")}, ValueError, "'value' must be a finite number"),
        ({"value": 10**400}, ValueError, "'value' must be a finite number"),  # beyond a float
        ({"value": "6"}, TypeError, "'value' must be a number, not '6'"),
        ({"target": "GluN2C"}, ValueError, "'target' must be a lowercase slug"),
    ],
)
def test_an_affinity_names_its_target_and_sources_by_id(changes, error, message):
    with pytest.raises(error, match=re.escape(message)):
        make_affinity(**changes)
