"""The predicate table: one rule per predicate, flags that select them, and one lenient reader."""

from __future__ import annotations

import pytest

from nmda_pain import Predicate, Receptor, UnknownEntityError
from nmda_pain.model import PREDICATES, parse_predicate, predicates_where


def test_every_predicate_has_one_rule_and_the_flags_select_them():
    assert set(PREDICATES) == set(Predicate)
    assert predicates_where(symmetric=True) == {Predicate.COMBINED_WITH}
    assert predicates_where(approval=True) == {Predicate.APPROVED_FOR}
    assert predicates_where(takes_mode=True) == {Predicate.ANTAGONIZES, Predicate.INHIBITS}
    assert PREDICATES[Predicate.CAUSES_ADVERSE_EFFECT].label == "causes adverse effect"
    assert PREDICATES[Predicate.ANTAGONIZES].object is Receptor


def test_a_predicate_is_read_from_its_value_or_its_label_in_any_spelling():
    for predicate, rule in PREDICATES.items():
        for text in (predicate, predicate.value, rule.label, rule.label.upper().replace(" ", "-")):
            assert parse_predicate(text) is predicate, text


def test_an_unknown_predicate_is_refused_with_the_closest_spelling():
    with pytest.raises(UnknownEntityError, match="no predicate is called 'treatz'") as caught:
        parse_predicate("treatz")
    assert caught.value.suggestions[0] == "treats"
    with pytest.raises(TypeError, match="a Predicate or its value or label as a str, not int"):
        parse_predicate(5)  # type: ignore[arg-type]
