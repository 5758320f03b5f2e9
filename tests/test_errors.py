"""The library's errors: one base, a builtin base each, and messages that list their problems."""

from __future__ import annotations

from nmda_pain import (
    InvalidRegistryError,
    MergeConflictError,
    NmdaPainError,
    RegistryFormatError,
    UnknownEntityError,
)
from nmda_pain.errors import MAX_QUOTED, cut, quoted


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


def test_a_long_value_is_quoted_by_its_start_and_its_length():
    assert quoted("ketamine") == "'ketamine'"
    assert quoted("k" * MAX_QUOTED) == repr("k" * MAX_QUOTED)
    long = quoted("k" * 1_000_000)
    assert long == f"{'k' * (MAX_QUOTED - 3)!r}... (1,000,000 characters)"
    assert cut("abc", 3) == "abc"
    assert cut("abcd", 3) == "... (4 characters)"


def test_a_listed_problem_is_cut_so_the_message_stays_short():
    error = RegistryFormatError(tuple("x" * 1_000_000 for _ in range(25)))
    text = str(error)
    assert len(text) < 25_000
    assert text.count("(1,000,000 characters)") == 20
    assert len(error.errors[0]) == 1_000_000  # the problems themselves are kept as given


def test_an_unknown_entity_quotes_a_long_query_by_its_start():
    error = UnknownEntityError("q" * 100_000, ("quinine",), looked_for="agent")
    text = str(error)
    assert text.startswith(f"no agent is called {'q' * (MAX_QUOTED - 3)!r}... (100,000 characters)")
    assert text.endswith("; did you mean 'quinine'?")
    same = UnknownEntityError("q" * 100_000, looked_for="agent", belongs_to="agent")
    assert len(str(same)) < 200
