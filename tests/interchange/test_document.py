"""JSON documents round-trip exactly, and bad documents are refused with their paths."""

from __future__ import annotations

import gc
import json
import sys

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nmda_pain import (
    Agent,
    AgentKind,
    Certainty,
    Claim,
    Evidence,
    Predicate,
    Registry,
    RegistryFormatError,
    Section,
    default_registry,
    extended_registry,
    from_json,
    to_json,
)
from nmda_pain.interchange import document as serialization
from nmda_pain.interchange.document import FORMAT, FORMAT_VERSION, MAX_ERRORS, record_data
from nmda_pain.registry import FAMILIES
from tests.builders import NOTES, small, users_registry
from tests.strategies import registries


@pytest.fixture
def document() -> dict:
    """A fresh, mutable copy of the shipped registry's document."""
    return json.loads(to_json(default_registry()))


def errors_of(text: str | bytes) -> tuple[str, ...]:
    with pytest.raises(RegistryFormatError) as caught:
        from_json(text)
    assert caught.value.errors, "a format error always names at least one problem"
    return caught.value.errors


def test_the_shipped_registry_round_trips():
    text = to_json(default_registry())
    assert from_json(text) == default_registry()
    assert to_json(from_json(text)) == text
    assert from_json(text.encode("utf-8")) == default_registry()


def test_indent_changes_only_the_layout():
    compact = to_json(default_registry())
    pretty = to_json(default_registry(), indent=2)
    assert "\n" not in compact
    assert pretty.startswith('{\n  "format": "nmda_pain.registry",\n  "format_version": 2,')
    assert json.loads(pretty) == json.loads(compact)


def _whole_document_text(registry, indent):
    """The document encoded in one json.dumps call, which to_json's record-at-a-time text must equal."""
    document = {"format": FORMAT, "format_version": FORMAT_VERSION}
    for name in FAMILIES:
        document[name] = [record_data(record) for record in getattr(registry, name)]
    document["article"] = None if registry.article is None else record_data(registry.article)
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(document, ensure_ascii=False, indent=indent, separators=separators)


@given(registries(), st.sampled_from([None, 0, 1, 2, 4]), st.booleans())
def test_the_text_is_the_whole_document_encoded_at_once(registry, indent, with_orjson):
    with pytest.MonkeyPatch.context() as patch:
        if not with_orjson:
            patch.setitem(sys.modules, "orjson", None)  # makes `import orjson` fail
        text = to_json(registry, indent=indent)
    assert text == _whole_document_text(registry, indent)


def test_an_empty_registry_is_an_object_of_empty_arrays():
    pretty = to_json(Registry(), indent=2)
    assert pretty == _whole_document_text(Registry(), 2)
    assert '\n  "claims": [],\n' in pretty
    assert pretty.endswith('\n  "article": null\n}')


def test_the_document_carries_format_and_version_first(document):
    assert list(document)[:2] == ["format", "format_version"]
    assert (document["format"], document["format_version"]) == (FORMAT, FORMAT_VERSION)
    assert document["claims"][0]["predicate"] == "acts_via"
    assert document["article"]["doi"] == "10.37421/2684-5997.2025.8.296"


def test_non_ascii_text_is_written_as_is():
    registry = Registry(agents=(Agent(id="x", name="Ümlaut ß"),))
    assert '"Ümlaut ß"' in to_json(registry)


@given(registries())
def test_generated_registries_round_trip_and_print_deterministically(registry):
    text = to_json(registry)
    assert to_json(registry) == text
    loaded = from_json(text)
    assert loaded == registry
    assert to_json(loaded) == text
    assert from_json(text.encode("utf-8")) == registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "$: not JSON: Expecting value at line 1, column 1"),
        ("{", "$: not JSON: Expecting property name enclosed in double quotes at line 1, column 2"),
        ("[]", "$: expected a JSON object, got an array"),
        ("null", "$: expected a JSON object, got null"),
        ('"text"', "$: expected a JSON object, got a string"),
        ('{"a": 1, "a": 2}', "$: the key 'a' appears more than once"),
        ("[NaN]", "$: NaN is not a valid JSON number"),
        ('{"x": -Infinity}', "$: -Infinity is not a valid JSON number"),
        # out of a float's range: Python would read 0.0 and infinity without a word
        ('{"x": 1E-400}', "$: the number '1E-400' is too small for a float (it would read as 0)"),
        (
            '{"x": -2.5e-999}',
            "$: the number '-2.5e-999' is too small for a float (it would read as 0)",
        ),
        ('{"x": 1e400}', "$: the number '1e400' is too large for a float"),
        (b"\xff\xfe", "$: not valid UTF-8 (byte 0: invalid start byte); save the file as UTF-8"),
        ("[" * 100_000 + "]" * 100_000, "$: the document is nested too deeply to be a registry"),
    ],
)
def test_documents_that_are_not_registry_json_are_refused(text, expected):
    assert errors_of(text) == (expected,)


@pytest.mark.parametrize("zero", ["0.0", "-0.0", "0e10", "0.000E-400", "-0E+5"])
def test_a_written_zero_is_read_as_zero(zero):
    document = json.loads(serialization.to_json(small()))
    document["references"][0]["title"] = zero  # any field: the parser reads numbers first
    text = json.dumps(document).replace(f'"{zero}"', zero)
    assert all("too small" not in e for e in errors_of(text))


def test_an_integer_beyond_pythons_digit_limit_is_refused():
    (error,) = errors_of('{"format_version": ' + "1" * 5000 + "}")
    assert error.startswith("$: the document holds a value that cannot be read: Exceeds the limit")


def test_a_non_text_argument_is_refused():
    assert errors_of(42) == ("$: expected the document as str or bytes, got int",)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ({"format_version": 2}, "$.format: expected 'nmda_pain.registry', got null"),
        (
            {"format": "other", "format_version": 2},
            "$.format: expected 'nmda_pain.registry', got \"other\"",
        ),
        ({"format": FORMAT}, "$.format_version: expected an integer, got null"),
        (
            {"format": FORMAT, "format_version": "1"},
            '$.format_version: expected an integer, got "1"',
        ),
        (
            {"format": FORMAT, "format_version": True},
            "$.format_version: expected an integer, got true",
        ),
        (
            {"format": FORMAT, "format_version": 0},
            "$.format_version: 0 is not a format version (they start at 1)",
        ),
        (
            {"format": FORMAT, "format_version": 3},
            "$.format_version: the document uses format version 3, but this version of nmda_pain reads versions up to 2; upgrade nmda_pain",
        ),
        (
            {"format": FORMAT, "format_version": 1},
            "$.format_version: the document uses format version 1, which this version of nmda_pain no longer reads; it reads format version 2 (sources as references, mappings, modes of action on claims). Rebuild the document from its records with nmda_pain 0.2",
        ),
    ],
)
def test_the_header_is_checked_first(header, expected):
    assert errors_of(json.dumps(header)) == (expected,)


def _mutated(document: dict, path: list, value: object) -> dict:
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return copy


DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        # wrong types are never coerced
        (
            ["references", 0, "year"],
            "2022",
            '$.references[0].year: expected an integer, got a string: "2022"',
        ),
        (
            ["references", 0, "year"],
            2022.7,
            "$.references[0].year: expected an integer, got a number: 2022.7",
        ),
        (
            ["references", 0, "year"],
            True,
            "$.references[0].year: expected an integer, got a boolean: true",
        ),
        (
            ["references", 0, "title"],
            123,
            "$.references[0].title: expected a string, got a number: 123",
        ),
        (
            ["agents", 2, "synonyms"],
            "abc",
            '$.agents[2].synonyms: expected an array, got a string: "abc"',
        ),
        (["agents", 2, "id"], None, "$.agents[2].id: expected a string, got null: null"),
        (
            ["agents", 2, "synonyms"],
            [1],
            "$.agents[2].synonyms[0]: expected a string, got a number: 1",
        ),
        (
            ["claims", 0, "evidence", 0, "sections"],
            [5],
            "$.claims[0].evidence[0].sections[0]: expected a string, one of 'introduction', 'description', 'conclusion'; got a number: 5",
        ),
        (["claims", 0], [], "$.claims[0]: expected an object, got an array"),
        (["agents"], {}, "$.agents: expected an array, got an object: {}"),
        # unknown enum values list the allowed ones
        (
            ["claims", 3, "predicate"],
            "treatz",
            "$.claims[3].predicate: 'treatz' is not one of 'treats', 'attenuates', 'prevents', 'induces', 'acts_via', 'antagonizes', 'causes_adverse_effect', 'produces_effect', 'increases_bioavailability_of', 'combined_with', 'has_lower_affinity_than', 'better_tolerated_than', 'reduces_requirement_for', 'member_of', 'inhibits', 'is_substrate_of', 'approved_for', 'contains', 'adjunct_to', 'developed_to_reduce' (did you mean 'treats'?)",
        ),
        (
            ["conditions", 0, "kind"],
            "disease",
            "$.conditions[0].kind: 'disease' is not one of 'condition', 'symptom', 'category'",
        ),
        # missing and unknown fields
        (["agents", 2, "name"], DELETE, "$.agents[2].name: required field is missing"),
        (["claims"], DELETE, "$.claims: required field is missing"),
        (["article"], DELETE, "$.article: required field is missing"),
        (
            ["agents", 2, "name"],
            "Keta\ud800mine",
            "$.agents[2].name: the string has a lone surrogate (U+D800) at character 4, which cannot be written as UTF-8",
        ),
        # record invariants
        (["agents", 3, "name"], "", "$.agents[3].name: must not be empty"),
        (
            ["agents", 3, "id"],
            "Memantine",
            "$.agents[3].id: must be a lowercase slug of letters, digits and single hyphens (like 'neuropathic-pain'), not 'Memantine'",
        ),
        (
            ["claims", 0, "evidence"],
            [],
            "$.claims[0].evidence: must hold at least one Evidence: every claim needs a source",
        ),
        (
            ["references", 0, "doi"],
            "doi:10.1/x",
            "$.references[0].doi: must be a bare DOI like '10.1000/xyz123' (no 'doi:' or URL prefix), not 'doi:10.1/x'",
        ),
        (
            ["claims", 3, "object"],
            "nmda-receptor-antagonists",
            "$.claims[3]: a claim links two entities, but subject and object are both 'nmda-receptor-antagonists'",
        ),
        # cross-record consistency
        (
            ["claims", 3, "object"],
            "hyperalgesie",
            "$.claims[3].object: unknown id 'hyperalgesie' (did you mean 'hyperalgesia'?)",
        ),
        (
            ["agents", 3, "id"],
            "ketamine",
            "$.agents[3].id: 'ketamine' is already the id of agents[2]",
        ),
    ],
)
def test_bad_records_are_reported_with_their_json_path(document, path, value, expected):
    assert expected in errors_of(json.dumps(_mutated(document, path, value)))


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("value", "6.18", 'affinities[0].value: expected a number, got a string: "6.18"'),
        ("value", True, "affinities[0].value: expected a number, got a boolean: true"),
        ("disputes", "no", 'evidence[0].disputes: expected true or false, got a string: "no"'),
        ("disputes", 0, "evidence[0].disputes: expected true or false, got a number: 0"),
    ],
)
def test_numbers_and_booleans_of_the_extended_records_are_not_coerced(field, value, expected):
    document = json.loads(to_json(extended_registry()))
    number, measured = next((n, c) for n, c in enumerate(document["claims"]) if c["affinities"])
    if field == "value":
        measured["affinities"][0][field] = value
    else:
        measured["evidence"][0][field] = value
    assert errors_of(json.dumps(document)) == (f"$.claims[{number}].{expected}",)


def test_unknown_fields_are_named_with_the_closest_known_field(document):
    agent = document["agents"][2]
    agent["nmae"] = agent.pop("name")
    document = {
        **document,
        "agents": [*document["agents"][:2], agent, *document["agents"][3:]],
        "claimz": [],
    }
    errors = errors_of(json.dumps(document))
    assert (
        "$.agents[2].nmae: unknown field (did you mean 'name'?); known fields: id, name, kind, synonyms, other_uses, description, notes"
        in errors
    )
    assert "$.agents[2].name: required field is missing" in errors
    assert any(
        error.startswith("$.claimz: unknown field (did you mean 'claims'?)") for error in errors
    )


def test_every_problem_in_a_document_is_reported_together(document):
    broken = _mutated(document, ["references", 0, "year"], "2022")
    broken = _mutated(broken, ["claims", 1, "certainty"], "sure")
    broken = _mutated(broken, ["agents", 0, "synonyms"], "NMDA")
    errors = errors_of(json.dumps(broken))
    assert len(errors) == 3
    assert [error.split(":")[0] for error in errors] == [
        "$.agents[0].synonyms",
        "$.references[0].year",
        "$.claims[1].certainty",
    ]
    assert str(RegistryFormatError(errors)).startswith(
        "not a valid nmda_pain registry document (3 problems):\n  - $.agents"
    )


@given(st.binary(max_size=200))
def test_arbitrary_bytes_give_only_a_registry_error_with_a_path(data):
    with pytest.raises(RegistryFormatError) as caught:
        from_json(data)
    assert all(error.startswith("$") for error in caught.value.errors)


ODD_TEXT = Registry(
    agents=(
        Agent(
            id="x",
            name='A"b\\ é \u2028 z',
            synonyms=("\U0001d6fc-\U0001d6fd",),  # astral, all Greek: one script
            description='a line\nbreak, \u2029 "quotes" and \\',
        ),
    )
)


@pytest.mark.parametrize("registry", [default_registry(), ODD_TEXT], ids=["shipped", "odd-text"])
@pytest.mark.parametrize("indent", [None, 2])  # the indents orjson writes; others use json
def test_the_text_is_the_same_with_and_without_orjson(monkeypatch, registry, indent):
    pytest.importorskip("orjson")
    with_orjson = to_json(registry, indent=indent)
    monkeypatch.setitem(sys.modules, "orjson", None)  # makes `import orjson` fail
    assert to_json(registry, indent=indent) == with_orjson
    assert from_json(with_orjson) == registry


USERS = users_registry()


def _with_affinity_value(registry: Registry, value: float) -> Registry:
    claims = tuple(
        attrs.evolve(c, affinities=(attrs.evolve(c.affinities[0], value=value),))
        if c.affinities
        else c
        for c in registry.claims
    )
    return attrs.evolve(registry, claims=claims)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_float_is_written_alike_with_and_without_orjson(value):
    pytest.importorskip("orjson")
    registry = _with_affinity_value(USERS, value)
    with_orjson = to_json(registry)
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(sys.modules, "orjson", None)  # makes `import orjson` fail
        without = to_json(registry)
    assert with_orjson == without
    assert f'"value":{value!r}' in with_orjson  # Python's text, as json writes it
    assert from_json(with_orjson) == registry


def test_loading_leaves_the_garbage_collector_as_it_was():
    assert gc.isenabled()
    from_json(to_json(default_registry()))
    assert gc.isenabled()
    gc.disable()
    try:
        from_json(to_json(default_registry()))
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(RegistryFormatError):
        from_json("{")
    assert gc.isenabled()


def test_an_oversized_document_is_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(serialization, "MAX_DOCUMENT_SIZE", 10)
    with pytest.raises(RegistryFormatError) as caught:
        from_json(b"[" + b" " * 20 + b"]")
    assert caught.value.errors == (
        "$: the document is 22 long, more than the 10 a registry may be",
    )


def test_the_errors_are_capped_and_the_rest_counted():
    document = json.loads(to_json(Registry()))
    document["agents"] = [{"id": f"a{n}"} for n in range(150)]
    with pytest.raises(RegistryFormatError) as caught:
        from_json(json.dumps(document))
    errors = caught.value.errors
    assert len(errors) == serialization.MAX_ERRORS + 1
    assert errors[-1] == "$: ... and 50 more problems, not listed"
    assert "(101 problems)" in str(caught.value)


# -- bounded work for any document (issue 14): behaviour here, speed in benchmarks/bench_hostile.py


def _hostile(**families: object) -> str:
    document = json.loads(to_json(Registry()))
    document.update(families)
    return json.dumps(document)


def _refused(text: str) -> RegistryFormatError:
    with pytest.raises(RegistryFormatError) as caught:
        from_json(text)
    assert len(str(caught.value)) < 10_000
    assert all(len(error) <= 1_100 for error in caught.value.errors)
    return caught.value


def _required(record: type) -> list[str]:
    return [field.name for field in attrs.fields(record) if field.default is attrs.NOTHING]


def test_a_long_chain_of_drug_classes_loads():
    size = 3_000
    classes = tuple(
        Agent(id=f"class-{n}", name=f"Class {n}", kind=AgentKind.DRUG_CLASS) for n in range(size)
    )
    chain = tuple(
        Claim(
            subject=f"class-{n}",
            predicate=Predicate.MEMBER_OF,
            object=f"class-{n + 1}",
            evidence=(Evidence(reference=NOTES.id, sections=(Section.DESCRIPTION,)),),
            certainty=Certainty.STATED,
        )
        for n in range(size - 1)
    )
    registry = Registry(agents=classes, references=(NOTES,), claims=chain)
    assert from_json(to_json(registry)) == registry


def test_many_empty_records_are_refused_with_the_rest_counted():
    size = 20_000
    error = _refused(_hostile(agents=[{}] * size, claims=[{}] * size))
    missing = len(_required(Agent))
    total = size * (missing + len(_required(Claim)))
    assert len(error.errors) == MAX_ERRORS + 1
    assert error.errors[:missing] == tuple(
        f"$.agents[0].{name}: required field is missing" for name in _required(Agent)
    )
    assert error.errors[-1] == f"$: ... and {total - MAX_ERRORS:,} more problems, not listed"


def test_problems_nested_in_many_records_are_counted_exactly():
    claim = json.loads(to_json(small()))["claims"][1]
    claim["evidence"] = [{"sections": []}, {"reference": 1}]  # 2 problems in each claim
    error = _refused(_hostile(claims=[claim] * 150))
    assert error.errors[:2] == (
        "$.claims[0].evidence[0].reference: required field is missing",
        "$.claims[0].evidence[1].reference: expected a string, got a number: 1",
    )
    assert error.errors[-1] == f"$: ... and {300 - MAX_ERRORS} more problems, not listed"


def test_many_unknown_ids_are_refused_with_suggestions_only_for_those_listed():
    document = json.loads(to_json(small()))
    template = document["claims"][1]
    document["agents"] += [
        {**document["agents"][1], "id": f"agent-{n}", "name": f"Agent {n}", "synonyms": []}
        for n in range(300)
    ]
    document["claims"] += [{**template, "subject": f"agent-{n}x"} for n in range(300)]
    error = _refused(json.dumps(document))
    assert len(error.errors) == MAX_ERRORS + 1
    assert error.errors[0].startswith("$.claims[2].subject: unknown id 'agent-0x' (did you mean")
    assert all("did you mean" in problem for problem in error.errors[:-1])
    assert error.errors[-1] == "$: ... and 200 more problems, not listed"


def test_many_unknown_keys_are_refused_with_the_rest_counted():
    error = _refused(_hostile(**{f"extra-{n}": 0 for n in range(150)}))
    assert error.errors[0].startswith("$['extra-0']: unknown field; known fields: format")
    assert error.errors[-1] == "$: ... and 50 more problems, not listed"


def test_a_long_unknown_key_is_named_by_its_start_and_its_length():
    key = "claims" + "s" * 1_000_000
    (problem,) = _refused(_hostile(**{key: []})).errors
    assert problem.startswith(f"$[{key[:57]!r}... (1,000,006 characters)]: unknown field; known")
    assert "did you mean" not in problem


def test_a_long_unknown_enum_value_is_quoted_by_its_start_and_its_length():
    agent = json.loads(to_json(small()))["agents"][1]
    agent["kind"] = "drug" * 250_000
    (problem,) = _refused(_hostile(agents=[agent])).errors
    assert problem.startswith(
        f"$.agents[0].kind: {('drug' * 15)[:57]!r}... (1,000,000 characters) is not one of 'drug'"
    )
    assert "did you mean" not in problem


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        (
            "year",
            "7" * 100_000,
            f'expected an integer, got a string: "{"7" * 56}... (a string of 100,000 characters)',
        ),
        (
            "year",
            [1] * 100_000,
            f"expected an integer, got an array: [{'1, ' * 18}1,... (an array of 100,000 items)",
        ),
        (
            "year",
            {f"k{n}": [n] for n in range(10_000)},
            (
                'expected an integer, got an object: {"k0": [0], "k1": [1], "k2": [2], "k3": [3], '
                '"k4": [4], "... (an object of 10,000 keys)'
            ),
        ),
        (
            "year",
            [["x" * 100]],
            f'expected an integer, got an array: [["{"x" * 54}... (an array of 1 item)',
        ),
        (
            "title",
            int("9" * 100),
            f"expected a string, got a number: {'9' * 57}... (100 characters)",
        ),
    ],
    ids=["string", "array", "object", "nested", "number"],
)
def test_a_long_value_of_the_wrong_type_is_shown_by_its_start_and_its_size(
    document, field, value, expected
):
    document["references"][0][field] = value
    (problem,) = _refused(json.dumps(document)).errors
    assert problem == f"$.references[0].{field}: {expected}"


def test_a_long_header_or_key_is_quoted_by_its_start():
    (problem,) = _refused(json.dumps({"format": "f" * 100_000, "format_version": 2})).errors
    assert problem.endswith("... (a string of 100,000 characters)")
    (problem,) = _refused(json.dumps({"format": FORMAT, "format_version": int("9" * 4_000)})).errors
    assert problem.startswith("$.format_version: the document uses format version 999")
    assert problem.endswith("... (4,124 characters)")
    key = "k" * 100_000
    (problem,) = _refused(f'{{"{key}": 1, "{key}": 2}}').errors
    assert problem == f"$: the key {'k' * 57!r}... (100,000 characters) appears more than once"


def test_every_repeated_key_is_reported_with_the_path_of_its_object():
    text = to_json(small())
    document = json.loads(text)
    agent = json.dumps(document["agents"][1], ensure_ascii=False, separators=(",", ":"))
    repeated = agent[:-1] + ',"name":"again","notes":"","notes":""}'
    assert agent in text
    text = text.replace(agent, repeated, 1)
    odd = '{"format": 1, "a b": {"k": 1, "k": 2}, "format": 2}'
    assert _refused(text).errors == (
        "$.agents[1]: the key 'name' appears more than once",
        "$.agents[1]: the key 'notes' appears more than once",
    )
    assert _refused(odd).errors == (
        "$: the key 'format' appears more than once",
        "$['a b']: the key 'k' appears more than once",
    )


def test_repeated_keys_beyond_the_limit_are_counted():
    many = ",".join(f'{{"k{i}": 1, "k{i}": 2}}' for i in range(MAX_ERRORS + 7))
    errors = _refused(f'{{"agents": [{many}]}}').errors
    assert len(errors) == MAX_ERRORS + 1
    assert errors[0] == "$.agents[0]: the key 'k0' appears more than once"
    assert errors[MAX_ERRORS - 1].startswith(f"$.agents[{MAX_ERRORS - 1}]:")
    assert errors[-1] == "$: ... and 7 more problems, not listed"


def test_a_repeated_key_deep_in_a_wide_document_is_found_by_its_path():
    depth = 100
    text = '{"a": ' * depth + "[" + ",".join(["0"] * 10_000) + ', {"x": 1, "x": 2}]' + "}" * depth
    (problem,) = _refused(text).errors
    assert problem == "$" + ".a" * depth + "[10000]: the key 'x' appears more than once"


def test_a_records_own_message_quoting_a_long_value_is_cut():
    agent = json.loads(to_json(small()))["agents"][1]
    agent["id"] = "Aspirin" * 100_000
    (problem,) = _refused(_hostile(agents=[agent])).errors
    assert problem.startswith("$.agents[0].id: must be a lowercase slug")
    assert problem.endswith(" characters)")


def test_a_deeply_nested_value_is_shown_by_its_start_without_recursing_into_it():
    nested = "[" * 900 + "]" * 900  # within the parser's depth, beyond a recursive printer's
    (error,) = errors_of('{"format": ' + nested + ', "format_version": 2}')
    assert error.startswith("$.format: expected 'nmda_pain.registry', got [[[[")
    assert len(error) < 200
    from nmda_pain.interchange._converter import show  # noqa: PLC0415 -- the printer itself

    deep: list[object] = []
    for _ in range(100_000):
        deep = [deep]
    assert show(deep).endswith("... (an array of 1 item)")


def test_a_loaded_registry_keeps_one_string_per_id():
    # Memory: a claim names its subject, object and references by id, and the loaded records
    # share those strings with the records they name instead of holding copies.
    registry = from_json(to_json(extended_registry()))
    ids = {record.id: record.id for record in (*registry.entities, *registry.references)}
    for claim in registry.claims:
        assert claim.subject is ids[claim.subject]
        assert claim.object is ids[claim.object]
        assert all(item.reference is ids[item.reference] for item in claim.evidence)
    assert all(mapping.subject is ids[mapping.subject] for mapping in registry.mappings)


def test_bad_records_after_good_ones_are_named_by_their_own_index():
    document = json.loads(to_json(default_registry()))
    last = len(document["claims"]) - 1
    document["claims"][2]["certainty"] = "sure"
    document["claims"][last]["notes"] = 7
    errors = errors_of(json.dumps(document))
    assert [error.split(":")[0] for error in errors] == [
        "$.claims[2].certainty",
        f"$.claims[{last}].notes",
    ]


def test_the_converter_leaves_a_callers_arrays_as_they_were():
    # from_json frees its own parse as it reads it; data a caller structures is not touched.
    from nmda_pain.interchange._converter import CONVERTER  # noqa: PLC0415 -- the cattrs boundary

    evidence = [{"reference": "ref-1", "sections": [], "disputes": False}]
    kept = json.loads(json.dumps(evidence))
    built = CONVERTER.structure(evidence, tuple[Evidence, ...])
    assert evidence == kept
    assert built == (Evidence(reference="ref-1"),)
