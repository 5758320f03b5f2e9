"""The library's errors: one base, a builtin base each, and messages that list their problems."""

from __future__ import annotations

from nmda_pain import (
    InvalidRegistryError,
    MergeConflictError,
    NmdaPainError,
    RegistryFormatError,
    UnknownEntityError,
)


def test_the_error_message_lists_at_most_twenty_problems():
    error = InvalidRegistryError(tuple(f"problem {n}" for n in range(25)))
    text = str(error)
    assert "(25 problems)" in text
    assert "problem 19" in text
    assert "problem 20" not in text
    assert text.endswith("... and 5 more")
    assert str(InvalidRegistryError(("one",))).startswith(
        "the records do not form a valid registry (1 problem):"
    )


def test_errors_share_the_library_base_and_a_builtin_base():
    assert issubclass(InvalidRegistryError, NmdaPainError)
    assert issubclass(InvalidRegistryError, ValueError)
    assert issubclass(UnknownEntityError, NmdaPainError)
    assert issubclass(UnknownEntityError, LookupError)
    assert issubclass(RegistryFormatError, NmdaPainError)
    assert issubclass(RegistryFormatError, ValueError)
    assert issubclass(MergeConflictError, NmdaPainError)
    assert issubclass(MergeConflictError, ValueError)
