"""Enumerations: certainty is ordered by strength, not by alphabet."""

from __future__ import annotations

import pytest

from nmda_pain import Certainty


def test_certainty_is_ordered_from_established_to_theorized():
    order = [
        Certainty.THEORIZED,
        Certainty.UNDER_INVESTIGATION,
        Certainty.PROMISING,
        Certainty.STATED,
        Certainty.DEMONSTRATED,
        Certainty.ESTABLISHED,
    ]
    assert sorted(Certainty) == order
    assert Certainty.ESTABLISHED > Certainty.PROMISING
    assert Certainty.PROMISING >= Certainty.PROMISING
    assert Certainty.THEORIZED < Certainty.UNDER_INVESTIGATION
    assert Certainty.THEORIZED <= Certainty.THEORIZED
    assert [c.rank for c in order] == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize("operator", ["__lt__", "__le__", "__gt__", "__ge__"])
def test_certainty_compares_with_its_values_by_strength_not_alphabet(operator):
    # Alphabetically "established" < "promising"; by strength it is the other way round.
    expected = {"__lt__": False, "__le__": False, "__gt__": True, "__ge__": True}[operator]
    assert getattr(Certainty.ESTABLISHED, operator)("promising") is expected
    assert getattr(Certainty.PROMISING, operator)("established") is not expected
    with pytest.raises(TypeError, match="not 'sure'"):
        getattr(Certainty.STATED, operator)("sure")
    assert getattr(Certainty.STATED, operator)(3) is NotImplemented
    with pytest.raises(TypeError):
        _ = Certainty.STATED < 3  # type: ignore[operator]


def test_a_plain_string_on_the_left_compares_by_strength_too():
    # The str on the left is the point: Python asks Certainty's reflected operator first.
    assert "promising" < Certainty.ESTABLISHED  # noqa: SIM300
    assert "established" >= Certainty.PROMISING  # noqa: SIM300
