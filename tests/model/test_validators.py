"""Text fields refuse control characters; prose keeps its tabs and line breaks."""

from __future__ import annotations

import pytest

from nmda_pain import Agent


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
