"""DataFrames: one row per record, the record's fields as columns, claims with evidence columns."""

from __future__ import annotations

import math
import sys

import attrs
import pandas as pd
import polars as pl
import pytest
from hypothesis import given

from nmda_pain import (
    ActionType,
    AdverseEffectCategory,
    Affinity,
    AffinityParameter,
    Agent,
    AgentKind,
    BindingSite,
    Certainty,
    Claim,
    ClinicalSetting,
    ConditionKind,
    Curie,
    Direction,
    Evidence,
    MatchPredicate,
    Mechanism,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
    Registry,
    StudyDesign,
    Trapping,
    VerificationStatus,
    default_registry,
    extended_registry,
)
from nmda_pain.data.article import build_registry
from nmda_pain.exports import CLAIM_COLUMNS, KINDS, to_dataframe
from nmda_pain.model.grading import STUDY_DESIGN_LEVELS
from nmda_pain.registry import RECORD_TYPES
from tests.builders import expected_claim_attributes, users_registry
from tests.strategies import registries

ENTITY_KINDS = ("agents", "receptors", "mechanisms", "adverse_effects", "conditions", "enzymes")
RECORD_KINDS = (*ENTITY_KINDS, "references", "mappings")
# The columns of each kind whose values come from an enum, written out apart from the module.
VOCABULARIES = {
    "agents": {"kind": AgentKind},
    "receptors": {},
    "mechanisms": {},
    "adverse_effects": {"category": AdverseEffectCategory},
    "conditions": {"kind": ConditionKind},
    "enzymes": {},
    "references": {
        "kind": ReferenceKind,
        "study_design": StudyDesign,
        "verification": VerificationStatus,
    },
    "mappings": {"predicate": MatchPredicate, "direction": Direction},
    "claims": {
        "predicate": Predicate,
        "certainty": Certainty,
        "action": ActionType,
        "binding_site": BindingSite,
        "trapping": Trapping,
        "setting": ClinicalSetting,
    },
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
    if kind == "references":  # one column more: the level of a verified article's design
        for row, reference in zip(rows, registry.references, strict=True):
            level = STUDY_DESIGN_LEVELS.get(reference.study_design)
            graded = reference.is_verified and reference.kind is ReferenceKind.JOURNAL_ARTICLE
            row["evidence_level"] = int(level) if level and graded else None
    if kind in ENTITY_KINDS:  # one column more: the identifiers
        for row, entity in zip(rows, getattr(registry, kind), strict=True):
            row["identifiers"] = tuple(
                m.object.canonical
                for m in registry.mappings
                if m.subject == entity.id and m.predicate.value == "exact_match"
            )
    return rows


def expected_claim_row(registry, claim):
    level = registry.best_evidence_level(claim)
    return {
        **expected_claim_attributes(claim, registry),
        "subject": claim.subject,
        "object": claim.object,
        "subject_name": registry.resolve(claim.subject).name,
        "object_name": registry.resolve(claim.object).name,
        "reference_numbers": tuple(registry.reference(e.reference).number for e in claim.evidence),
        "evidence": tuple(
            {
                "reference": e.reference,
                "sections": tuple(s.value for s in e.sections),
                "disputes": e.disputes,
            }
            for e in claim.evidence
        ),
        "best_evidence_level": None if level is None else int(level),
        "certainty_rank": claim.certainty.rank,
    }


def test_kinds_are_the_registry_families():
    # RECORD_KINDS parametrizes the row tests below: it must name every family but the claims
    assert set(KINDS) == {*RECORD_KINDS, "claims"}


@pytest.mark.parametrize("kind", RECORD_KINDS)
@pytest.mark.parametrize(
    "make", [build_registry, default_registry, extended_registry, users_registry]
)
def test_each_record_is_a_row_of_its_fields(kind, make):
    registry = make()
    frame = to_dataframe(registry, kind)
    extra = {"references": ("evidence_level",), **dict.fromkeys(ENTITY_KINDS, ("identifiers",))}
    fields = [f.name for f in attrs.fields(RECORD_TYPES[kind])]
    assert list(frame.columns) == [*fields, *extra.get(kind, ())]
    assert records(frame) == expected_rows(registry, kind)


@pytest.mark.parametrize(
    "make", [build_registry, default_registry, extended_registry, users_registry]
)
def test_claims_flatten_their_evidence_and_qualifiers_into_columns(make):
    registry = make()
    claims = to_dataframe(registry, "claims")
    assert tuple(claims.columns) == CLAIM_COLUMNS
    assert str(claims["best_evidence_level"].dtype) == "Int64"
    assert records(claims) == [expected_claim_row(registry, claim) for claim in registry.claims]


@given(registries())
def test_any_registry_gives_one_row_per_record(registry):
    for kind in KINDS:
        frame = to_dataframe(registry, kind)
        assert len(frame) == len(getattr(registry, kind))
        if kind == "claims":
            assert records(frame) == [expected_claim_row(registry, c) for c in registry.claims]
        else:
            assert records(frame) == expected_rows(registry, kind)


def test_list_fields_are_tuples_and_enums_and_curies_are_strings():
    registry = default_registry()
    agents = to_dataframe(registry, "agents").set_index("id")
    ketamine = agents.loc["ketamine"]
    assert ketamine["kind"] == "drug"
    assert type(ketamine["kind"]) is str
    assert isinstance(ketamine["identifiers"], tuple)
    assert "chebi:6121" in ketamine["identifiers"]
    assert "xrefs" not in agents.columns
    assert "drug_class" not in agents.columns
    mappings = to_dataframe(registry, "mappings")
    chebi = mappings[(mappings.subject == "ketamine") & (mappings.object == "chebi:6121")]
    assert chebi.predicate.tolist() == ["exact_match"]
    assert all(isinstance(refs, tuple) and refs for refs in mappings.references)
    assert set(mappings.predicate) <= {
        "exact_match",
        "close_match",
        "broad_match",
        "narrow_match",
        "related_match",
    }


def test_a_claims_mode_and_affinities_are_typed_columns():
    registry = Registry(
        agents=(Agent(id="x", name="X"),),
        receptors=(Receptor(id="r", name="R"), Receptor(id="s", name="S", subunit_of="r")),
        mechanisms=(Mechanism(id="m", name="M"),),
        references=(Reference(id="p", title="P"), Reference(id="q", title="Q")),
        claims=(
            Claim(
                subject="x",
                predicate=Predicate.ANTAGONIZES,
                object="r",
                evidence=(Evidence(reference="p"), Evidence(reference="q", disputes=True)),
                certainty=Certainty.STATED,
                mode=ModeOfAction(
                    action=ActionType.CHANNEL_BLOCKER, binding_site=BindingSite.CHANNEL_PORE
                ),
                affinities=(
                    Affinity(
                        parameter=AffinityParameter.PKI, value=7, target="s", references=("p",)
                    ),
                    Affinity(
                        parameter=AffinityParameter.IC50,
                        value=1.5,
                        unit="µM",
                        target="r",
                        conditions="rat cortex",
                        references=("p", "q"),
                    ),
                ),
            ),
        ),
    )
    (row,) = records(to_dataframe(registry, "claims"))
    assert (row["action"], row["binding_site"], row["trapping"]) == (
        "channel_blocker",
        "channel_pore",
        None,
    )
    first, second = row["affinities"]
    assert first == {
        "parameter": "pki",
        "value": 7.0,
        "unit": None,
        "target": "s",
        "conditions": "",
        "references": ("p",),
    }
    assert type(first["value"]) is float
    assert (second["value"], second["unit"], second["references"]) == (1.5, "µM", ("p", "q"))
    assert (row["contested"], row["disputed_by"], row["from_article"]) == (True, ("q",), False)
    assert row["evidence"][1] == {"reference": "q", "sections": (), "disputes": True}
    exploded = pd.json_normalize(list(row["affinities"]))
    assert exploded["value"].dtype == "float64"


def test_reference_kinds_and_identifiers_are_columns():
    references = to_dataframe(extended_registry(), "references").set_index("id")
    assert {"kind", "version", "pmid", "pmcid", "accession", "url"} <= set(references.columns)
    assert str(references["number"].dtype) == "Int64"
    assert str(references["year"].dtype) == "Int64"
    assert references.loc["rowbotham-2020", "number"] == 3
    assert references.loc["rowbotham-2020", "kind"] == "journal_article"
    assert {"journal_article", "database_release", "drug_label"} <= set(references["kind"])
    with_pmid = references[references.pmid.notna()]
    assert len(with_pmid) > 0
    assert with_pmid.pmid.map(str.isdigit).all()
    assert "nmda-pain-reference-table" not in references.index


def test_from_article_tells_the_article_layer_from_the_extension():
    registry = extended_registry()
    claims = to_dataframe(registry, "claims")
    article = claims[claims.from_article]
    assert len(article) == len(default_registry().claims)
    beyond = claims[~claims.from_article]
    assert beyond.reference_numbers.map(lambda numbers: set(numbers) == {None}).all()
    assert (beyond.best_evidence_level.isna() | (beyond.best_evidence_level >= 1)).all()


def test_a_user_can_filter_claims_by_reference_and_certainty():
    claims = to_dataframe(default_registry(), "claims")
    citing_3 = claims[claims.reference_numbers.map(lambda numbers: 3 in numbers)]
    assert set(citing_3.subject) == {"memantine"}
    strong = claims[claims.certainty.map(lambda c: Certainty(c) >= Certainty.DEMONSTRATED)]
    assert {"dextromethorphan"} <= set(strong.subject)
    # no reference of the article is verified, so none grades evidence
    assert claims.best_evidence_level.isna().all()


def test_a_kind_may_be_written_as_the_command_line_writes_it():
    frame = to_dataframe(default_registry(), "adverse-effects")
    assert list(frame.name) == [effect.name for effect in default_registry().adverse_effects]


def test_only_verified_references_carry_an_evidence_level():
    registry = extended_registry()
    references = to_dataframe(registry, "references").set_index("id")
    assert str(references["evidence_level"].dtype) == "Int64"
    # [2] is titled a systematic review and meta-analysis, but nobody could verify it: no level
    ragab = references.loc["ragab-2021"]
    assert ragab["study_design"] == "systematic_review_meta_analysis"
    assert ragab["evidence_level"] is pd.NA
    graded = references[references.evidence_level.notna()]
    assert (graded.verification == "verified").all()


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


def at_least_promising(registry):
    """The keys of the claims at least promising, by the enum's own comparison."""
    return [claim.key for claim in registry.claims if claim.certainty >= Certainty.PROMISING]


@pytest.mark.parametrize("make", [default_registry, extended_registry, users_registry])
def test_polars_filters_the_rank_to_exactly_the_claims_at_least_promising(make):
    registry = make()
    claims = to_dataframe(registry, "claims")
    assert str(claims["certainty_rank"].dtype) == "int64"
    # polars reads the values, not the pandas categories: its string comparison is alphabetical
    ranks = pl.from_pandas(claims[["certainty_rank"]]).with_row_index("row")
    kept = ranks.filter(pl.col("certainty_rank") >= Certainty.PROMISING.rank)["row"].to_list()
    assert [registry.claims[row].key for row in kept] == at_least_promising(registry)
    lexical = pl.Series(claims.certainty.astype(str).tolist()).ge("promising").sum()
    assert lexical == sum(claim.certainty.value >= "promising" for claim in registry.claims)


def test_the_registry_tells_strength_from_alphabet_so_the_polars_test_can_fail():
    registry = extended_registry()
    by_alphabet = sum(claim.certainty.value >= "promising" for claim in registry.claims)
    assert by_alphabet != len(at_least_promising(registry))


@pytest.mark.parametrize("make", [default_registry, extended_registry, users_registry])
def test_pandas_categorical_and_rank_comparisons_agree_with_the_enum(make):
    registry = make()
    claims = to_dataframe(registry, "claims")
    keys = list(zip(claims.subject, claims.predicate.map(Predicate), claims.object, strict=True))
    by_category = claims[claims.certainty >= "promising"].index.tolist()
    by_rank = claims[claims.certainty_rank >= Certainty.PROMISING.rank].index.tolist()
    assert by_category == by_rank
    assert [keys[row] for row in by_rank] == at_least_promising(registry)
    assert (
        claims.certainty.map(lambda value: Certainty(value).rank) == claims.certainty_rank
    ).all()


def test_a_higher_rank_is_a_stronger_certainty():
    claims = to_dataframe(default_registry(), "claims")
    strongest = claims.loc[claims.certainty_rank.idxmax(), "certainty"]
    weakest = claims.loc[claims.certainty_rank.idxmin(), "certainty"]
    assert (strongest, weakest) == ("established", "theorized")


@pytest.mark.parametrize("kind", KINDS)
def test_every_enum_column_is_a_categorical_of_the_enums_values(kind):
    frame = to_dataframe(extended_registry(), kind)
    categorical = {
        column for column in frame.columns if isinstance(frame[column].dtype, pd.CategoricalDtype)
    }
    assert categorical == set(VOCABULARIES[kind])
    for column, vocabulary in VOCABULARIES[kind].items():
        dtype = frame[column].dtype
        if vocabulary is Certainty:
            assert dtype.categories.tolist() == [
                c.value for c in sorted(Certainty, key=lambda c: c.rank)
            ]
            assert dtype.ordered
        else:
            assert dtype.categories.tolist() == [member.value for member in vocabulary]
            assert not dtype.ordered


def test_a_vocabulary_lists_its_unused_values_and_refuses_an_unknown_one():
    claims = to_dataframe(default_registry(), "claims")
    # the article states no mode of action, yet the column knows every action there is
    assert claims.action.isna().all()
    counts = claims.action.value_counts()
    assert counts.to_dict() == dict.fromkeys((action.value for action in ActionType), 0)
    with pytest.raises(TypeError):
        _ = claims.certainty >= "certain"  # not a certainty: no alphabetical fallback


def test_an_empty_registry_keeps_the_column_types():
    claims = to_dataframe(Registry(), "claims")
    assert claims.empty
    assert str(claims["certainty_rank"].dtype) == "int64"
    assert claims.certainty.cat.ordered
    assert isinstance(to_dataframe(Registry(), "agents")["kind"].dtype, pd.CategoricalDtype)
