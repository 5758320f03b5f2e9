"""Text fields refuse control characters; prose keeps its tabs and line breaks; integers stay
within bounds every export can store."""

from __future__ import annotations

import re

import attrs
import pytest

from nmda_pain import Agent, Reference, json_schema
from nmda_pain.model._validators import (
    MAX_REFERENCE_NUMBER,
    MAX_YEAR,
    MIN_YEAR,
    check_int_range,
    int_range_schema,
)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"name": "Ket\x1b[2Jamine"},
            r"'name' must not contain control characters: '\\x1b' at position 3",
        ),
        ({"name": "two\nlines"}, r"only a description or notes may hold tabs and line breaks"),
        ({"synonyms": ("bell\x07",)}, r"'synonyms\[0\]' must not contain control characters"),
        (
            {"description": "C1\x9bcontrol"},
            r"'description' must not contain control characters: '\\x9b'",
        ),
        ({"notes": "DEL\x7f"}, r"'notes' must not contain control characters"),
    ],
)
def test_text_fields_refuse_control_characters(changes, message):
    with pytest.raises(ValueError, match=message):
        Agent(**{"id": "x", "name": "X", **changes})


def test_prose_keeps_tabs_and_line_breaks():
    agent = Agent(id="x", name="X", description="one\ttwo\nthree", notes="a\nb")
    assert (agent.description, agent.notes) == ("one\ttwo\nthree", "a\nb")


SCHEMA = json_schema()


# -- integers -----------------------------------------------------------------------------


@attrs.frozen
class Bounded:
    value: int | None = attrs.field(validator=check_int_range(-2, 3))


@pytest.mark.parametrize("value", [-2, 0, 3, None])
def test_an_int_range_accepts_its_ends_and_none(value):
    assert Bounded(value).value == value


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (-3, ValueError, "'value' must be between -2 and 3, not -3"),
        (4, ValueError, "'value' must be between -2 and 3, not 4"),
        (2**63, ValueError, f"'value' must be between -2 and 3, not {2**63}"),
        (True, TypeError, "'value' must be an int or None, not bool"),
        (1.0, TypeError, "'value' must be an int or None, not float"),
        ("1", TypeError, "'value' must be an int or None, not str"),
    ],
)
def test_an_int_range_refuses_other_values(value, error, message):
    with pytest.raises(error, match=re.escape(message)):
        Bounded(value)


def test_every_int_field_is_bounded_in_model_and_schema():
    """The bounds fit a signed 64-bit integer, as SQLite and pandas store them."""
    schema_fields = SCHEMA["$defs"]["Reference"]["properties"]
    assert schema_fields["number"]["anyOf"][0] == {
        "type": "integer",
        "minimum": 1,
        "maximum": MAX_REFERENCE_NUMBER,
    }
    assert schema_fields["year"]["anyOf"][0] == {
        "type": "integer",
        "minimum": MIN_YEAR,
        "maximum": MAX_YEAR,
    }
    for definition in SCHEMA["$defs"].values():
        for name, prop in definition["properties"].items():
            for kind in (prop, *prop.get("anyOf", ())):
                if kind.get("type") == "integer":
                    assert -(2**63) <= kind["minimum"] <= kind["maximum"] < 2**63, name
    assert int_range_schema(1, 2)["json_schema"] == {"minimum": 1, "maximum": 2}
    assert Reference(id="x", title="T", number=MAX_REFERENCE_NUMBER).number == MAX_REFERENCE_NUMBER
