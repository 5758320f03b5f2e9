"""DataFrames: one row per record, the record's fields as columns, claims with evidence columns."""

from __future__ import annotations

import math
import sys

import attrs
import pandas as pd
import pytest
from hypothesis import given

from nmda_pain import (
    AdverseEffect,
    Agent,
    Certainty,
    Condition,
    Curie,
    Enzyme,
    Mechanism,
    Receptor,
    Reference,
    default_registry,
    extended_registry,
)
from nmda_pain.exports import CLAIM_COLUMNS, KINDS, to_dataframe
from nmda_pain.model.grading import STUDY_DESIGN_LEVELS

from .strategies import registries

RECORD_TYPES = {
    "agents": Agent,
    "receptors": Receptor,
    "mechanisms": Mechanism,
    "adverse_effects": AdverseEffect,
    "conditions": Condition,
    "references": Reference,
    "enzymes": Enzyme,
}


def cell(value):
    """A cell as plain Python: pandas' missing markers become None, numpy scalars Python ones."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def records(frame):
    return [{key: cell(value) for key, value in row.items()} for row in frame.to_dict("records")]


def expected_value(value):
    """The plain form the module promises, written out independently of its helper."""
    if isinstance(value, Curie):
        return value.canonical
    if isinstance(value, tuple):
        return tuple(expected_value(item) for item in value)
    if attrs.has(type(value)):
        return {f.name: expected_value(getattr(value, f.name)) for f in attrs.fields(type(value))}
    return getattr(value, "value", value)


def expected_rows(registry, kind):
    rows = [
        {f.name: expected_value(getattr(record, f.name)) for f in attrs.fields(RECORD_TYPES[kind])}
        for record in getattr(registry, kind)
    ]
    if kind == "references":  # one column more: the level of the study design
        for row, reference in zip(rows, registry.references, strict=True):
            level = STUDY_DESIGN_LEVELS.get(reference.study_design)
            row["evidence_level"] = None if level is None else int(level)
    return rows


def test_kinds_are_the_registry_families():
    assert set(KINDS) == {*RECORD_TYPES, "claims"}
    assert len(KINDS) == 8


@pytest.mark.parametrize("kind", sorted(RECORD_TYPES))
@pytest.mark.parametrize("make", [default_registry, extended_registry])
def test_each_record_is_a_row_of_its_fields(kind, make):
    registry = make()
    frame = to_dataframe(registry, kind)
    extra = ["evidence_level"] if kind == "references" else []
    assert list(frame.columns) == [f.name for f in attrs.fields(RECORD_TYPES[kind])] + extra
    assert records(frame) == expected_rows(registry, kind)


@given(registries())
def test_any_registry_gives_one_row_per_record(registry):
    for kind in KINDS:
        frame = to_dataframe(registry, kind)
        assert len(frame) == len(getattr(registry, kind))
        if kind == "claims":
            assert tuple(frame.columns) == CLAIM_COLUMNS
            assert [tuple(r) for r in frame[["subject", "predicate", "object"]].to_numpy()] == [
                (c.subject, c.predicate.value, c.object) for c in registry.claims
            ]
        else:
            assert records(frame) == expected_rows(registry, kind)


def test_list_fields_are_tuples_and_enums_and_curies_are_strings():
    agents = to_dataframe(extended_registry(), "agents").set_index("id")
    ketamine = agents.loc["ketamine"]
    assert ketamine["kind"] == "drug"
    assert type(ketamine["kind"]) is str
    assert isinstance(ketamine["xrefs"], tuple)
    assert "chebi:6121" in ketamine["xrefs"]
    (mode,) = ketamine["modes_of_action"]
    assert mode["action"] == "channel_blocker"
    assert type(mode["action"]) is str
    assert mode["target"] == "nmda-receptor"


def test_reference_numbers_are_nullable_integers():
    frame = to_dataframe(extended_registry(), "references")
    assert str(frame["number"].dtype) == "Int64"
    numbers = dict(zip(frame["id"], frame["number"], strict=True))
    assert numbers["rowbotham-2020"] == 3
    assert numbers["nmda-pain-reference-table"] is pd.NA


def test_claims_flatten_their_evidence_into_filterable_columns():
    registry = extended_registry()
    claims = to_dataframe(registry, "claims")
    assert tuple(claims.columns) == CLAIM_COLUMNS
    assert str(claims["best_evidence_level"].dtype) == "Int64"
    for row, claim in zip(records(claims), registry.claims, strict=True):
        level = registry.best_evidence_level(claim)
        assert row == {
            "subject": claim.subject,
            "predicate": claim.predicate.value,
            "object": claim.object,
            "subject_name": registry.resolve(claim.subject).name,
            "object_name": registry.resolve(claim.object).name,
            "certainty": claim.certainty.value,
            "references": claim.references,
            "reference_numbers": tuple(registry.reference(r).number for r in claim.references),
            "sections": tuple(s.value for s in claim.sections),
            "evidence": tuple(
                {"reference": e.reference, "sections": tuple(s.value for s in e.sections)}
                for e in claim.evidence
            ),
            "best_evidence_level": None if level is None else int(level),
            "beyond_article": claim.beyond_article,
            "notes": claim.notes,
            "provenance": claim.provenance,
        }
    beyond = claims[claims.beyond_article]
    assert len(beyond) == 14
    assert beyond.reference_numbers.map(lambda numbers: numbers == (None,)).all()


def test_a_user_can_filter_claims_by_reference_and_certainty():
    claims = to_dataframe(default_registry(), "claims")
    citing_3 = claims[claims.reference_numbers.map(lambda numbers: 3 in numbers)]
    assert set(citing_3.subject) == {"memantine"}
    strong = claims[claims.certainty.map(lambda c: Certainty(c) >= Certainty.DEMONSTRATED)]
    assert {"dextromethorphan"} <= set(strong.subject)
    trials = claims[claims.best_evidence_level <= 2]
    assert set(trials.subject) == {"ketamine", "memantine"}


def test_a_kind_may_be_written_as_the_command_line_writes_it():
    frame = to_dataframe(default_registry(), "adverse-effects")
    assert list(frame.name) == [effect.name for effect in default_registry().adverse_effects]


def test_references_carry_the_evidence_level_of_their_design():
    references = to_dataframe(default_registry(), "references").set_index("number")
    assert str(references["evidence_level"].dtype) == "Int64"
    # [2] is a systematic review and meta-analysis (level 1), [1] a narrative review (5), [4] unstated
    assert references.loc[2, ["study_design", "evidence_level"]].tolist() == [
        "systematic_review_meta_analysis",
        1,
    ]
    assert references.loc[1, "evidence_level"] == 5
    assert references.loc[4, "evidence_level"] is pd.NA


def test_an_unknown_kind_is_refused_with_the_allowed_ones():
    with pytest.raises(ValueError, match="'agent'") as info:
        to_dataframe(default_registry(), "agent")
    for kind in KINDS:
        assert repr(kind) in str(info.value)


def test_without_pandas_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'nmda_pain\[pandas\]'") as info:
        to_dataframe(default_registry(), "claims")
    assert info.value.name == "pandas"
    assert isinstance(info.value.__cause__, ImportError)


def test_certainty_is_ordered_by_strength_not_alphabet():
    claims = to_dataframe(default_registry(), "claims")
    assert claims.certainty.cat.ordered
    # Alphabetically "demonstrated" < "established" < "promising"; by strength promising is weaker.
    strong = claims[claims.certainty >= "demonstrated"]
    assert sorted(set(strong.certainty.astype(str))) == ["demonstrated", "established"]
    ranked = claims.sort_values("certainty", kind="stable").certainty.astype(str).tolist()
    assert ranked == sorted(ranked, key=lambda value: Certainty(value).rank)
    assert ranked[0] == "theorized"
    assert ranked[-1] == "established"
