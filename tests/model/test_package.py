"""Every record type of the model is frozen, slotted, keyword-only and validated again on evolve."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nmda_pain import (
    AdverseEffect,
    AdverseEffectCategory,
    Affinity,
    Agent,
    AgentKind,
    Claim,
    Condition,
    Evidence,
    Mapping,
    Mechanism,
    ModeOfAction,
    Receptor,
    Reference,
    ReferenceKind,
    StudyDesign,
)
from tests.builders import make_reference
from tests.strategies import (
    adverse_effects,
    agents,
    conditions,
    evidence,
    mechanisms,
    receptors,
    references,
)


@given(
    st.one_of(
        agents(),
        receptors(),
        mechanisms(),
        adverse_effects(),
        conditions(),
        references(),
        evidence(),
    )
)
def test_records_are_frozen_and_evolve_revalidates(record):
    field = attrs.fields(type(record))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field, "other")
    assert attrs.evolve(record) == record
    assert hash(attrs.evolve(record)) == hash(record)
    with pytest.raises((TypeError, ValueError)):
        attrs.evolve(record, **{field: ""})


def test_records_are_slotted_and_keyword_only():
    for cls in (
        Agent,
        Receptor,
        Mechanism,
        AdverseEffect,
        Condition,
        Reference,
        Claim,
        Evidence,
        Mapping,
        ModeOfAction,
        Affinity,
    ):
        assert "__dict__" not in dir(cls), cls
        assert all(a.kw_only for a in attrs.fields(cls)), cls
    with pytest.raises(TypeError):
        Agent("ketamine", "Ketamine")  # type: ignore[misc]


def test_defaults_describe_a_plain_drug_and_an_unverified_journal_article():
    agent = Agent(id="x", name="X")
    assert (agent.kind, agent.synonyms, agent.other_uses) == (AgentKind.DRUG, (), ())
    reference = make_reference()
    assert reference.kind is ReferenceKind.JOURNAL_ARTICLE
    assert reference.study_design is StudyDesign.NOT_STATED
    assert reference.verification.value == "unverified"
    assert Receptor(id="r", name="R").species is None
    assert AdverseEffect(id="e", name="E", category=AdverseEffectCategory.COGNITIVE).synonyms == ()
