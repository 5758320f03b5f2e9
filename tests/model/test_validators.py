"""Text fields refuse control characters, lone surrogates and noncharacters; prose keeps its
tabs and line breaks; integers stay within bounds every export can store."""

from __future__ import annotations

import json
import re

import attrs
import jsonschema
import pytest

from nmda_pain import Agent, Mapping, MatchPredicate, Reference, json_schema
from nmda_pain._text import NOT_TEXT_CHARACTER, NOT_TEXT_RANGES, not_text_problem
from nmda_pain.model import Curie
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


# Every edge of NOT_TEXT_RANGES, in and beyond the Basic Multilingual Plane.
NOT_TEXT = (
    "\ud800",
    "\udbff",
    "\udc00",
    "\udfff",
    "\ufdd0",
    "\ufdef",
    "\ufffe",
    "\uffff",
    "\U0001fffe",
    "\U0001ffff",
    "\U0010fffe",
    "\U0010ffff",
)
# Their neighbours, which are text.
TEXT = ("\ud7ff", "\ue000", "\ufdcf", "\ufdf0", "\ufffd", "\U00010000", "\U0001fffd", "\U0001f600")


@pytest.mark.parametrize("char", NOT_TEXT)
@pytest.mark.parametrize("field", ["name", "synonyms", "other_uses", "description", "notes"])
def test_every_text_field_refuses_lone_surrogates_and_noncharacters(field, char):
    value = f"Ket{char}amine"
    changes = {field: (value,) if field in {"synonyms", "other_uses"} else value}
    with pytest.raises(
        ValueError, match="must not contain lone surrogates or Unicode noncharacters"
    ):
        Agent(**{"id": "x", "name": "X", **changes})


@pytest.mark.parametrize("char", NOT_TEXT)
def test_an_optional_text_refuses_them_too(char):
    with pytest.raises(ValueError, match=f"'object_label' must not contain.*U\\+{ord(char):04X}"):
        Mapping(
            subject="x",
            predicate=MatchPredicate.EXACT,
            object=Curie.parse("CHEBI:6121"),
            object_label=f"a{char}",
            references=("r",),
        )


@pytest.mark.parametrize("char", TEXT)
def test_their_neighbours_are_text(char):
    agent = Agent(id="x", name=f"Ket{char}amine", description=f"a{char}")
    assert char in agent.name
    assert not_text_problem(agent.name) is None


def test_the_problem_says_what_and_where():
    assert not_text_problem("Keta\ud800mine") == "a lone surrogate (U+D800) at character 4"
    assert (
        not_text_problem("\u00e9\U0010ffff") == "a Unicode noncharacter (U+10FFFF) at character 1"
    )
    assert not_text_problem("plain ASCII") is None
    assert not_text_problem("Kétamine") is None


def test_the_ranges_are_the_surrogates_and_the_66_noncharacters():
    codes = [code for low, high in NOT_TEXT_RANGES for code in range(low, high + 1)]
    surrogates = [code for code in codes if 0xD800 <= code <= 0xDFFF]
    assert len(surrogates) == 0x800
    assert len(codes) - len(surrogates) == 66  # Unicode's count of noncharacters
    assert all(NOT_TEXT_CHARACTER.fullmatch(chr(code)) for code in codes)


# -- the JSON Schema says the same --------------------------------------------------------

SCHEMA = json_schema()
_ESCAPE = re.compile(r"\\u([0-9a-f]{4})")


def _pattern(definition, field):
    prop = SCHEMA["$defs"][definition]["properties"][field]
    if "anyOf" in prop:
        prop = prop["anyOf"][0]
    if prop.get("type") == "array":
        prop = prop["items"]
    return prop["pattern"]


@pytest.mark.parametrize(
    ("definition", "field"),
    [
        ("Agent", "name"),
        ("Agent", "synonyms"),
        ("Agent", "notes"),
        ("Reference", "title"),
        ("Reference", "doi"),
        ("Reference", "url"),
    ],
)
def test_every_character_pattern_of_the_schema_names_every_code_point_that_is_no_text(
    definition, field
):
    """As ECMA-262 reads it with the u flag: beyond the BMP, a code point is its surrogate pair."""
    pattern = _pattern(definition, field)
    for low, high in NOT_TEXT_RANGES:
        if high <= 0xFFFF:
            assert f"\\u{low:04x}-\\u{high:04x}" in pattern
        else:
            for code in range(low, high + 1):
                pair = json.dumps(chr(code))[1:-1]  # the UTF-16 escapes, as JSON writes them
                assert pair in pattern
    # and Python's re (the jsonschema package) compiles it: no surrogate pair as a range end
    re.compile(pattern)
    assert not re.search(r"\\ud[89ab][0-9a-f]{2}\\ud[c-f][0-9a-f]{2}-", pattern)


@pytest.mark.parametrize("char", [c for c in NOT_TEXT if ord(c) <= 0xFFFF])
def test_the_schema_refuses_them_where_python_regular_expressions_can(char):
    for definition, field in (("Agent", "name"), ("Agent", "description"), ("Reference", "doi")):
        text = "10.1000/x" if field == "doi" else "Ket"
        assert re.search(_pattern(definition, field), f"{text}{char}x") is None
        assert re.search(_pattern(definition, field), f"{text}x") is not None


def test_a_document_with_a_noncharacter_fails_the_schema():
    agent = {"$defs": SCHEMA["$defs"], "$ref": "#/$defs/Agent"}
    validator = jsonschema.Draft202012Validator(agent)
    assert not validator.is_valid({"id": "x", "name": "X\ufffe"})
    assert validator.is_valid({"id": "x", "name": "X\U0001f600"})


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
