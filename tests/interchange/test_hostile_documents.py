"""Hostile documents (issue 14, "Fuzzing"): each is refused with a short ``RegistryFormatError``.

Hypothesis draws the hostile shapes of issue 14 at small sizes, each made from
the valid document of a small registry: claims naming unknown ids, arrays of
empty records, long unknown keys and enum values, repeated keys, lone
surrogates and noncharacters in names, deep nesting, numbers out of a float's
range, integers beyond their bounds, and cycles among drug classes (a long
chain of classes, which is valid, builds). Every refusal is checked alike by
:func:`refused`: nothing but the library's error escapes, every problem names
its JSON path, at most :data:`MAX_ERRORS` are listed and the rest counted, and
no message grows with the document. Speed is the benchmark's
(``benchmarks/bench_hostile.py``); these tests check behaviour only.
"""

from __future__ import annotations

import itertools
import json
import re
import string
from typing import Any, Final

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nmda_pain import (
    Agent,
    AgentKind,
    Claim,
    Predicate,
    Registry,
    RegistryFormatError,
    from_json,
    to_json,
)
from nmda_pain.errors import MAX_QUOTED
from nmda_pain.interchange.document import MAX_ERRORS
from nmda_pain.model._validators import MAX_REFERENCE_NUMBER, MAX_YEAR, MIN_YEAR
from nmda_pain.registry import ENTITY_FAMILIES, FAMILIES, RECORD_TYPES
from nmda_pain.testing import synthetic_registry
from tests.builders import NOTES, claim, users_registry
from tests.interchange.test_document import _with_affinity_value

# -- what every refusal must look like ----------------------------------------------------

MAX_PROBLEM: Final = 600
"""The longest a problem of a small hostile document may be.

A problem is its path (under 100 characters here: a few keys and indices, an
unknown key cut to ``MAX_QUOTED`` characters and its length), a value quoted
to ``MAX_QUOTED`` (60) characters and its length (under 100), and the
message's own words, the longest of which lists the 20 predicates an unknown
predicate is told (about 390 characters; ``$.claims[0].predicate: '<60>'...
(100,000 characters) is not one of ...`` is 474). 600 holds all three with
room, and is well under what a value quoted whole would make: then only the
last-resort cut of a whole line (``errors.MAX_PROBLEM_LENGTH``, 1,000) would
bound it.
"""

MAX_MESSAGE: Final = 200 + (MAX_ERRORS + 1) * (MAX_PROBLEM + 10)
"""The longest ``str(error)`` may be: a headline, and at most every kept problem and the count."""

COUNTED: Final = re.compile(r"\$: \.\.\. and [\d,]+ more problems, not listed")
"""The last problem of an error that only counts the problems beyond :data:`MAX_ERRORS`."""


def refused(text: str | bytes) -> RegistryFormatError:
    """The error *text* is refused with, checked as every hostile document's must be.

    Any other exception escapes this and fails the test; so does a document
    that loads.
    """
    with pytest.raises(RegistryFormatError) as caught:
        from_json(text)
    error = caught.value
    problems = error.errors
    assert problems, "a format error names at least one problem"
    assert all(problem.startswith("$") for problem in problems), problems
    listed = problems[:-1] if COUNTED.fullmatch(problems[-1]) else problems
    assert len(listed) <= MAX_ERRORS
    assert not any(COUNTED.fullmatch(problem) for problem in listed), "only the last one counts"
    longest = max(problems, key=len)
    assert len(longest) <= MAX_PROBLEM, f"a problem of {len(longest):,} characters: {longest!r}"
    message = str(error)
    assert len(message) <= MAX_MESSAGE
    assert message.count("\n") <= MAX_ERRORS + 1
    return error


def counted(hidden: int) -> str:
    """The problem that counts *hidden* problems not listed."""
    return f"$: ... and {hidden:,} more problems, not listed"


def expected_problems(problems: list[str]) -> tuple[str, ...]:
    """*problems* as an error lists them: the first :data:`MAX_ERRORS`, then the rest counted."""
    if len(problems) <= MAX_ERRORS:
        return tuple(problems)
    return (*problems[:MAX_ERRORS], counted(len(problems) - MAX_ERRORS))


def cut_key(key: str) -> str:
    """A long key as a path names it: a bracketed step, quoted by its start, with its length."""
    return f"[{key[: MAX_QUOTED - 3]!r}... ({len(key):,} characters)]"


def cut_value(value: str) -> str:
    """A long value as a message quotes it: its start, quoted, and its length."""
    return f"{value[: MAX_QUOTED - 3]!r}... ({len(value):,} characters)"


# -- the valid documents the hostile ones are made from -------------------------------------

BASE_TEXT: Final = to_json(synthetic_registry(20))
"""A small valid registry with records of every family (two or more of each)."""

SENTINEL: Final = 6.125
"""An affinity's value, exact in binary, replaced in the text by a hostile number."""

AFFINITY_TEXT: Final = to_json(_with_affinity_value(users_registry(), SENTINEL))
"""The users' registry, whose one measured claim has the value :data:`SENTINEL`."""

PLACEHOLDER: Final = "@@hostile@@"
"""A string put where a hostile text goes, then replaced by it in the written document."""


def base_document() -> dict[str, Any]:
    """A fresh, mutable copy of the base document."""
    document: dict[str, Any] = json.loads(BASE_TEXT)
    return document


def written(document: dict[str, Any], hostile: str) -> str:
    """*document* as JSON text, the :data:`PLACEHOLDER` it holds replaced by the text *hostile*."""
    text = json.dumps(document)
    assert text.count(json.dumps(PLACEHOLDER)) == 1
    return text.replace(json.dumps(PLACEHOLDER), hostile)


_LETTERS = st.text(alphabet=string.ascii_letters, min_size=1, max_size=8)
_LONG = st.integers(min_value=MAX_QUOTED + 1, max_value=100_000)
_FAMILIES = st.sampled_from(FAMILIES)
_ENTITY_FAMILIES = st.sampled_from(ENTITY_FAMILIES)
_RECORD = st.integers(min_value=0, max_value=1)  # every family of the base holds two records


def long_text(stem: str, length: int) -> str:
    """*stem* repeated to exactly *length* characters."""
    return (stem * (length // len(stem) + 1))[:length]


# -- claims naming unknown ids --------------------------------------------------------------


@settings(max_examples=15)
@given(
    count=st.integers(min_value=1, max_value=3 * MAX_ERRORS),
    end=st.sampled_from(("subject", "object")),
)
@example(count=MAX_ERRORS + 1, end="subject")
def test_claims_naming_unknown_ids_are_listed_then_counted(count: int, end: str) -> None:
    document = base_document()
    template = document["claims"][0]
    first = len(document["claims"])
    unknown = [f"{template[end]}-{n}x" for n in range(count)]
    document["claims"] += [{**template, end: name} for name in unknown]
    error = refused(json.dumps(document))
    problems = [
        f"$.claims[{first + n}].{end}: unknown id {name!r}" for n, name in enumerate(unknown)
    ]
    listed = expected_problems(problems)
    assert len(error.errors) == len(listed)
    # the listed ones may add a suggestion ("did you mean ..."); the counted ones are only counted
    assert all(
        problem == expected or problem.startswith(f"{expected} (did you mean ")
        for problem, expected in zip(error.errors, listed, strict=True)
    )


# -- arrays of empty records ----------------------------------------------------------------


def _required(family: str) -> list[str]:
    return [
        field.name for field in attrs.fields(RECORD_TYPES[family]) if field.default is attrs.NOTHING
    ]


@settings(max_examples=25)
@given(family=_FAMILIES, count=st.integers(min_value=1, max_value=150))
def test_an_array_of_empty_records_is_refused_field_by_field_then_counted(
    family: str, count: int
) -> None:
    document = base_document()
    document[family] = [{}] * count
    error = refused(json.dumps(document, separators=(",", ":")))
    problems = [
        f"$.{family}[{n}].{name}: required field is missing"
        for n in range(count)
        for name in _required(family)
    ]
    assert error.errors == expected_problems(problems)


# -- long unknown keys and enum values ------------------------------------------------------


@settings(max_examples=20)
@given(
    stem=st.text(alphabet=string.ascii_letters + "_", min_size=1, max_size=8),
    length=_LONG,
    family=st.one_of(st.none(), _FAMILIES),
    index=_RECORD,
)
@example(stem="claims", length=100_000, family=None, index=0)
def test_a_long_unknown_key_is_named_by_its_start_and_its_length(
    stem: str, length: int, family: str | None, index: int
) -> None:
    key = long_text(stem, length)
    document = base_document()
    if family is None:
        document[key] = []
        path = "$"
    else:
        document[family][index][key] = 1
        path = f"$.{family}[{index}]"
    (problem,) = refused(json.dumps(document)).errors
    assert problem.startswith(f"{path}{cut_key(key)}: unknown field; known fields: ")
    assert "did you mean" not in problem


ENUM_FIELDS: Final = (
    ("claims", "predicate"),
    ("claims", "certainty"),
    ("agents", "kind"),
    ("adverse_effects", "category"),
    ("conditions", "kind"),
    ("references", "kind"),
    ("references", "study_design"),
    ("references", "verification"),
    ("mappings", "predicate"),
)
"""Fields of the base's records that hold one value of an enum."""


@settings(max_examples=20)
@given(
    field=st.sampled_from(ENUM_FIELDS),
    stem=st.one_of(_LETTERS, st.sampled_from(("treats", "established", "drug", "exact"))),
    length=_LONG,
    index=_RECORD,
)
@example(field=("claims", "predicate"), stem="x", length=100_000, index=0)
def test_a_long_enum_value_is_quoted_by_its_start_and_its_length(
    field: tuple[str, str], stem: str, length: int, index: int
) -> None:
    family, name = field
    value = long_text(stem, length)
    document = base_document()
    document[family][index][name] = value
    (problem,) = refused(json.dumps(document)).errors
    assert problem.startswith(f"$.{family}[{index}].{name}: {cut_value(value)} is not one of ")
    assert "did you mean" not in problem


# -- repeated keys, written by hand ---------------------------------------------------------


def _with_repeats(record: dict[str, Any], key: str, times: int, value: object) -> str:
    """*record* as JSON text, giving *key* *times* times, the last time *value*."""
    pairs = [*record.items(), *[(key, record[key])] * (times - 2), (key, value)]
    return "{" + ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in pairs) + "}"


@st.composite
def _repeats(draw: st.DrawFn) -> list[tuple[str, int, str]]:
    """Some records of the base, in document order, each with one of its keys to repeat."""
    document = base_document()
    places = draw(
        st.lists(st.tuples(_FAMILIES, _RECORD), min_size=1, max_size=6, unique=True).map(
            lambda found: sorted(found, key=lambda place: (FAMILIES.index(place[0]), place[1]))
        )
    )
    return [
        (family, index, draw(st.sampled_from(sorted(document[family][index]))))
        for family, index in places
    ]


@settings(max_examples=25)
@given(
    repeats=_repeats(),
    times=st.integers(min_value=2, max_value=4),
    value=st.one_of(st.none(), st.integers(), _LETTERS),
)
def test_every_repeated_key_is_refused_with_the_path_of_its_object(
    repeats: list[tuple[str, int, str]], times: int, value: object
) -> None:
    document = base_document()
    texts: dict[str, str] = {}
    for number, (family, index, key) in enumerate(repeats):
        token = f"{PLACEHOLDER}{number}"
        texts[json.dumps(token)] = _with_repeats(document[family][index], key, times, value)
        document[family][index] = token
    text = json.dumps(document)
    for token, record in texts.items():
        text = text.replace(token, record)
    error = refused(text)
    assert error.errors == tuple(
        f"$.{family}[{index}]: the key {key!r} appears more than once"
        for family, index, key in repeats
    )


@settings(max_examples=10)
@given(key=st.sampled_from(("format", "format_version", *FAMILIES, "article")))
def test_a_key_repeated_in_the_document_itself_is_refused_at_its_root(key: str) -> None:
    text = BASE_TEXT[:-1] + f",{json.dumps(key)}:null}}"  # the key again, at the document's end
    (problem,) = refused(text).errors
    assert problem == f"$: the key {key!r} appears more than once"


# -- lone surrogates and noncharacters in names -----------------------------------------------


@settings(max_examples=20)
@given(
    family=_ENTITY_FAMILIES,
    index=_RECORD,
    before=_LETTERS,
    after=st.text(alphabet=string.ascii_letters, max_size=8),
    code=st.integers(min_value=0xD800, max_value=0xDFFF),
)
@example(family="agents", index=0, before="Keta", after="mine", code=0xD800)
def test_a_lone_surrogate_in_a_name_is_named_with_its_position(
    family: str, index: int, before: str, after: str, code: int
) -> None:
    document = base_document()
    document[family][index]["name"] = f"{before}{chr(code)}{after}"
    text = json.dumps(document)  # ASCII: the surrogate is written as a JSON escape
    assert f"\\u{code:04x}" in text
    assert refused(text).errors == (
        (
            f"$.{family}[{index}].name: the string has a lone surrogate (U+{code:04X}) at "
            f"character {len(before)}, which cannot be written as UTF-8"
        ),
    )


_NONCHARACTERS = st.one_of(
    st.integers(min_value=0xFDD0, max_value=0xFDEF),
    st.builds(
        lambda plane, last: plane << 16 | 0xFFFE | last, st.integers(0, 16), st.integers(0, 1)
    ),
)
"""The Unicode noncharacters: U+FDD0 to U+FDEF, and the last two code points of every plane."""


@settings(max_examples=20)
@given(
    family=_ENTITY_FAMILIES,
    index=_RECORD,
    before=_LETTERS,
    after=st.text(alphabet=string.ascii_letters, max_size=8),
    code=_NONCHARACTERS,
)
@example(family="agents", index=0, before="Keta", after="mine", code=0xFFFE)
@example(family="conditions", index=1, before="Pain", after="", code=0xFFFF)
@example(family="enzymes", index=0, before="X", after="y", code=0xFDD0)
@example(family="mechanisms", index=0, before="X", after="y", code=0x1FFFE)  # a surrogate pair
def test_a_noncharacter_in_a_name_is_named_with_its_position(
    family: str, index: int, before: str, after: str, code: int
) -> None:
    document = base_document()
    document[family][index]["name"] = f"{before}{chr(code)}{after}"
    (problem,) = refused(json.dumps(document)).errors
    assert problem.startswith(f"$.{family}[{index}].name: ")
    assert f"a Unicode noncharacter (U+{code:04X}) at character {len(before)}" in problem


# -- deep nesting ---------------------------------------------------------------------------

DEEPER_THAN_ANY_LOADER: Final = 100_000
"""A depth beyond what ``from_json`` reads on any supported Python.

The loader sets no depth of its own: the json parser stops where the
interpreter's recursion limit does (about 990 levels on CPython 3.10 and 3.11,
1,500 on 3.12, 10,000 on 3.13), and the loader refuses what it stops at as
nested too deeply.
"""

WITHIN_THE_LOADER: Final = 400
"""A depth the parser reads on every supported Python, even from inside a test."""


def nested(opener: str, depth: int) -> str:
    """Arrays (``[``) or objects (``{"a":``) nested *depth* deep."""
    if opener == "[":
        return "[" * depth + "]" * depth
    return '{"a": ' * depth + "null" + "}" * depth


def _placed(place: str, hostile: str) -> str:
    """The base document with *hostile* (JSON text) as a whole, a name, an unknown key or the article."""
    if place == "document":
        return hostile
    document = base_document()
    if place == "name":
        document["agents"][0]["name"] = PLACEHOLDER
    elif place == "unknown key":
        document["deep"] = PLACEHOLDER
    else:
        document["article"] = PLACEHOLDER
    return written(document, hostile)


_OPENERS = st.sampled_from(("[", '{"a": '))
_PLACES = st.sampled_from(("document", "name", "unknown key", "article"))


@settings(max_examples=10)
@given(
    depth=st.integers(min_value=DEEPER_THAN_ANY_LOADER, max_value=2 * DEEPER_THAN_ANY_LOADER),
    opener=_OPENERS,
    place=_PLACES,
)
def test_nesting_deeper_than_the_loader_reads_is_refused_as_such(
    depth: int, opener: str, place: str
) -> None:
    error = refused(_placed(place, nested(opener, depth)))
    assert error.errors == ("$: the document is nested too deeply to be a registry",)


@settings(max_examples=20)
@given(depth=st.integers(min_value=1, max_value=WITHIN_THE_LOADER), opener=_OPENERS, place=_PLACES)
def test_nesting_the_loader_reads_is_refused_for_its_place_by_its_start(
    depth: int, opener: str, place: str
) -> None:
    error = refused(_placed(place, nested(opener, depth)))
    got = "an array" if opener == "[" else "an object"
    if place == "document" and opener == "[":
        assert error.errors == ("$: expected a JSON object, got an array",)
    elif place == "name":
        (problem,) = error.errors
        assert problem.startswith(f"$.agents[0].name: expected a string, got {got}: {opener[0]}")
    elif place == "unknown key":
        (problem,) = error.errors
        assert problem.startswith("$.deep: unknown field; known fields: format, ")


# -- numbers out of range -------------------------------------------------------------------


@st.composite
def _out_of_float_range(draw: st.DrawFn) -> tuple[str, str]:
    """A JSON number no float holds, and ``"large"`` or ``"small"``: a nonzero mantissa, a huge exponent."""
    sign = draw(st.sampled_from(("", "-")))
    whole = draw(st.integers(min_value=1, max_value=999_999))
    fraction = draw(st.one_of(st.just(""), st.integers(0, 999).map(lambda n: f".{n}")))
    e = draw(st.sampled_from("eE"))
    size = draw(st.sampled_from(("large", "small")))
    exponent_sign = "-" if size == "small" else draw(st.sampled_from(("", "+")))
    exponent = draw(st.integers(min_value=400, max_value=9_999))
    return f"{sign}{whole}{fraction}{e}{exponent_sign}{exponent}", size


def _with_value(literal: str) -> str:
    """The affinity document, its one measured value written as *literal*."""
    measured = f'"value":{SENTINEL!r}'
    assert AFFINITY_TEXT.count(measured) == 1
    return AFFINITY_TEXT.replace(measured, f'"value":{literal}')


def _measured_claim() -> int:
    document = json.loads(AFFINITY_TEXT)
    return next(n for n, found in enumerate(document["claims"]) if found["affinities"])


@settings(max_examples=20)
@given(number=_out_of_float_range())
@example(number=("1e400", "large"))
@example(number=("1E-400", "small"))
def test_a_number_out_of_a_floats_range_is_refused_not_rounded(number: tuple[str, str]) -> None:
    literal, size = number
    reason = (
        "too large for a float" if size == "large" else "too small for a float (it would read as 0)"
    )
    assert refused(_with_value(literal)).errors == (f"$: the number {literal!r} is {reason}",)


@settings(max_examples=10)
@given(digits=st.integers(min_value=310, max_value=4_000), sign=st.sampled_from(("", "-")))
def test_an_integer_out_of_a_floats_range_is_refused_in_a_float_field(
    digits: int, sign: str
) -> None:
    (problem,) = refused(_with_value(sign + "1" + "0" * (digits - 1))).errors
    assert problem.startswith(f"$.claims[{_measured_claim()}].affinities[0].value: the number ")
    assert problem.endswith(" is too large for a float")


INTEGER_FIELDS: Final = {"number": (1, MAX_REFERENCE_NUMBER), "year": (MIN_YEAR, MAX_YEAR)}
"""A reference's integer fields and the bounds every export can store."""


@st.composite
def _out_of_bounds(draw: st.DrawFn) -> tuple[str, int]:
    """A reference's integer field, and a value beyond its bounds (up to 2**128 either way)."""
    field = draw(st.sampled_from(sorted(INTEGER_FIELDS)))
    low, high = INTEGER_FIELDS[field]
    below = st.integers(min_value=-(2**128), max_value=low - 1)
    above = st.integers(min_value=high + 1, max_value=2**128)
    return field, draw(st.one_of(below, above))


@settings(max_examples=20)
@given(bad=_out_of_bounds(), index=_RECORD)
@example(bad=("number", 2**63), index=0)
@example(bad=("year", -(2**63)), index=0)
def test_an_integer_beyond_its_bounds_is_refused_with_them(
    bad: tuple[str, int], index: int
) -> None:
    field, value = bad
    low, high = INTEGER_FIELDS[field]
    document = base_document()
    document["references"][index][field] = value
    assert refused(json.dumps(document)).errors == (
        f"$.references[{index}].{field}: must be between {low} and {high}, not {value}",
    )


# -- drug classes: cycles are refused, long chains build ------------------------------------


def _classes(count: int, prefix: str) -> tuple[Agent, ...]:
    return tuple(
        Agent(id=f"{prefix}-{n}", name=f"{prefix.title()} {n}", kind=AgentKind.DRUG_CLASS)
        for n in range(count)
    )


def _chain(ids: list[str]) -> tuple[Claim, ...]:
    """``member_of`` claims making each of *ids* a member of the next."""
    return tuple(
        claim(member, Predicate.MEMBER_OF, drug_class)
        for member, drug_class in itertools.pairwise(ids)
    )


@settings(max_examples=20)
@given(length=st.integers(min_value=2, max_value=40), tail=st.integers(min_value=0, max_value=10))
@example(length=2, tail=0)
@example(length=50, tail=0)
def test_a_cycle_among_drug_classes_is_refused_naming_its_classes(length: int, tail: int) -> None:
    cycle, leading = _classes(length, "cycle"), _classes(tail, "tail")
    ids = [agent.id for agent in (*leading, *cycle)]
    valid = Registry(agents=(*leading, *cycle), references=(NOTES,), claims=_chain(ids))
    document = json.loads(to_json(valid))
    closing = {**document["claims"][-1], "subject": cycle[-1].id, "object": cycle[0].id}
    document["claims"].append(closing)
    (problem,) = refused(json.dumps(document)).errors
    prefix = "$.claims: drug classes form a cycle: "
    assert problem.startswith(prefix)
    shown = problem.removeprefix(prefix).split(" -> ")
    assert shown[0] == shown[-1]  # it goes round, back to where it began
    more = re.fullmatch(r"\.\.\. \(([\d,]+) more classes\)", shown[-2])
    named = shown[:-2] if more else shown[:-1]
    assert set(named) <= {agent.id for agent in cycle}  # the tail is no part of it
    assert len(set(named)) + (int(more[1].replace(",", "")) if more else 0) == length


@settings(max_examples=15)
@given(length=st.integers(min_value=2, max_value=60))
@example(length=50)
def test_a_long_valid_chain_of_drug_classes_builds(length: int) -> None:
    classes = _classes(length, "class")
    registry = Registry(
        agents=classes, references=(NOTES,), claims=_chain([agent.id for agent in classes])
    )
    loaded = from_json(to_json(registry))
    assert isinstance(loaded, Registry)
    assert loaded == registry


# -- findings: what issue 14 asks for and the loader does not do yet ------------------------


def _with_key(family: str | None, key: str) -> str:
    document = base_document()
    (document if family is None else document[family][0])[key] = 1
    return json.dumps(document)


def _with_field(family: str, field: str, value: object) -> str:
    document = base_document()
    document[family][0][field] = value
    return json.dumps(document)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_with_key("agents", "n\ud800me"), id="unknown-key-in-a-record"),
        pytest.param(_with_key(None, "\udfffextra"), id="unknown-key-in-the-document"),
        pytest.param(json.dumps({"format": "\ud800", "format_version": 2}), id="format-header"),
        pytest.param(_with_field("references", "year", ["\ud800"]), id="value-of-a-wrong-type"),
    ],
)
def test_no_message_copies_a_lone_surrogate(text: str) -> None:
    error = refused(text)
    for problem in error.errors:
        problem.encode("utf-8")
    str(error).encode("utf-8")


LONG: Final = 5_000
"""A value far longer than ``MAX_QUOTED``, still a small document."""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_with_field("agents", "id", "Aspirin" * LONG), id="id-not-a-slug"),
        pytest.param(_with_field("agents", "name", "e" * LONG + "\ufffe"), id="noncharacter"),
        pytest.param(_with_field("agents", "name", "e" * LONG + "\x1b"), id="control-character"),
        pytest.param(_with_field("agents", "name", "K\u0435tamine" * LONG), id="mixed-scripts"),
        pytest.param(_with_field("agents", "name", "\u200b" * LONG), id="names-nothing"),
        pytest.param(_with_field("agents", "synonyms", ["S" * LONG] * 2), id="repeated-synonym"),
        pytest.param(
            _with_field("agents", "synonyms", ["S" * LONG, "s" * LONG]), id="same-name-twice"
        ),
        pytest.param(_with_field("references", "number", 10**4_000), id="number"),
    ],
)
def test_a_records_own_message_quotes_a_long_value_by_its_start(text: str) -> None:
    (problem,) = refused(text).errors
    assert " characters)" in problem or " digits" in problem, problem
