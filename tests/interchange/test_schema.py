"""The JSON Schema is generated from the model, shipped fresh, and agrees with from_json."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given

from nmda_pain import default_registry, from_json, json_schema, to_json
from tests.strategies import registries

VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_the_shipped_copy_equals_a_fresh_generation():
    shipped = json.loads(
        resources.files("nmda_pain.interchange").joinpath("registry.schema.json").read_text("utf-8")
    )
    assert shipped == json_schema(), "regenerate it: python tools/generate_schema.py"


def test_each_call_returns_an_independent_copy():
    first = json_schema()
    first["title"] = "changed"
    assert json_schema()["title"] == "nmda_pain registry document"


def test_the_schema_follows_the_model():
    definitions = json_schema()["$defs"]
    claim = definitions["Claim"]
    assert claim["required"] == ["subject", "predicate", "object", "evidence", "certainty"]
    assert claim["additionalProperties"] is False
    evidence = dict(claim["properties"]["evidence"])
    assert evidence.pop("description").startswith("The references and sections")
    assert evidence == {
        "type": "array",
        "items": {"$ref": "#/$defs/Evidence"},
        "minItems": 1,
        "uniqueItems": True,
    }
    assert claim["properties"]["subject"]["pattern"] == "^[a-z0-9]+(?:-[a-z0-9]+)*$"
    assert claim["properties"]["mode"]["anyOf"][0] == {"$ref": "#/$defs/ModeOfAction"}
    reference = definitions["Reference"]["properties"]
    assert reference["year"]["anyOf"][0] == {"type": "integer", "minimum": 1800, "maximum": 2100}
    assert reference["kind"]["enum"][0] == "journal_article"
    assert definitions["Mapping"]["properties"]["predicate"]["enum"] == [
        "exact_match",
        "close_match",
        "broad_match",
        "narrow_match",
        "related_match",
    ]
    assert reference["doi"]["anyOf"][1] == {"type": "null"}
    assert definitions["Condition"]["properties"]["kind"]["enum"] == [
        "condition",
        "symptom",
        "category",
    ]


def test_every_field_and_family_has_a_description_without_markup():
    schema = json_schema()
    described = [
        (name, field, spec["description"])
        for name, definition in schema["$defs"].items()
        for field, spec in definition["properties"].items()
    ]
    assert len(described) > 60
    for name, field, text in described:
        assert text, (name, field)
        assert "``" not in text, (name, field, text)
        assert ":class:" not in text, (name, field, text)
    top = schema["properties"]
    assert all(spec.get("description") for spec in top.values())
    assert top["mappings"]["description"] == "The grounding of entities in public vocabularies."
    assert schema["$defs"]["Mapping"]["properties"]["references"]["description"].startswith(
        "Ids of the Reference records"
    )


def test_a_version_1_document_fails_the_schema_too():
    document = _document()
    document["format_version"] = 1
    with pytest.raises(jsonschema.ValidationError, match="2 was expected"):
        VALIDATOR.validate(document)
    from nmda_pain import RegistryFormatError  # noqa: PLC0415

    with pytest.raises(RegistryFormatError, match="format version 1, which this version"):
        from_json(json.dumps(document))


def test_the_shipped_document_validates():
    VALIDATOR.validate(json.loads(to_json(default_registry())))


@given(registries())
def test_every_document_to_json_writes_validates(registry):
    VALIDATOR.validate(json.loads(to_json(registry)))


def _document() -> dict:
    return json.loads(to_json(default_registry()))


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["claims"][0].update(predicate="treatz"), "predicate"),
        (lambda d: d["conditions"][0].update(kind="disease"), "kind"),
        (lambda d: d["agents"][0].pop("name"), "name"),
        (lambda d: d.pop("claims"), "claims"),
        (lambda d: d["agents"][0].update(nmae="x"), "nmae"),
        (lambda d: d["references"][0].update(year="2022"), "year"),
        (lambda d: d["references"][0].update(year=1799), "year"),
        (lambda d: d["agents"][0].update(id="Not A Slug"), "id"),
        (lambda d: d["agents"][0].update(synonyms="abc"), "synonyms"),
        (lambda d: d["claims"][0].update(evidence=[]), "evidence"),
        (lambda d: d.update(format_version=3), "format_version"),
        (lambda d: d["agents"][0].update(name="Ket\x1b[31mamine"), "name"),
        (lambda d: d["agents"][0].update(synonyms=["two\nlines"]), "synonyms"),
        (lambda d: d["references"][0].update(title="a\x85title"), "title"),
        (lambda d: d["agents"][0].update(description="a bell\x07"), "description"),
        (lambda d: d["article"].update(doi="10.1000/x\x1b"), "doi"),
    ],
)
def test_documents_from_json_refuses_are_invalid_against_the_schema(change, where):
    document = _document()
    change(document)
    errors = list(VALIDATOR.iter_errors(document))
    assert errors
    assert any(where in str([*e.absolute_path, e.message]) for e in errors)
    with pytest.raises(ValueError, match=where):
        from_json(json.dumps(document))


def test_prose_may_hold_tabs_and_line_breaks_in_both_schema_and_model():
    document = _document()
    document["agents"][0]["description"] = "first line\nsecond\tline"
    VALIDATOR.validate(document)
    assert from_json(json.dumps(document)).agents[0].description == "first line\nsecond\tline"
