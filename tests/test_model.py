"""The record types reject nonsense at construction and stay immutable."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nmda_pain import (
    ActionType,
    AdverseEffect,
    AdverseEffectCategory,
    Agent,
    AgentKind,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Curie,
    Evidence,
    Mechanism,
    Predicate,
    Receptor,
    Reference,
    Section,
    StudyDesign,
    extended_registry,
    find_claims,
)
from nmda_pain.model import ModeOfAction

from .strategies import (
    adverse_effects,
    agents,
    conditions,
    evidence,
    mechanisms,
    receptors,
    references,
)

EVIDENCE = (Evidence(reference="ref", sections=(Section.DESCRIPTION,)),)


def make_reference(**changes: object) -> Reference:
    fields: dict[str, object] = {
        "id": "smith-2020",
        "authors": ("Ann Smith",),
        "title": "A title",
        "journal": "A journal",
        "year": 2020,
    }
    fields.update(changes)
    return Reference(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"id": "Ketamine"}, ValueError, "'id' must be a lowercase slug"),
        ({"id": "two--hyphens"}, ValueError, "'id' must be a lowercase slug"),
        ({"id": "-leading"}, ValueError, "'id' must be a lowercase slug"),
        ({"id": ""}, ValueError, "'id' must be a lowercase slug"),
        ({"id": None}, TypeError, "'id' must be a string id, not NoneType"),
        ({"name": ""}, ValueError, "'name' must not be empty"),
        ({"name": "   "}, ValueError, "'name' must not be empty"),
        ({"name": " Ketamine"}, ValueError, "must not start or end with whitespace"),
        ({"name": 5}, TypeError, "'name' must be a string, not int"),
        ({"synonyms": ("a", "a")}, ValueError, "'synonyms' lists 'a' more than once"),
        (
            {"synonyms": ("Ketamine",)},
            ValueError,
            "lists 'Ketamine', which is the same name as 'Ketamine'",
        ),
        (
            {"synonyms": ("KETAMINE",)},
            ValueError,
            "lists 'KETAMINE', which is the same name as 'Ketamine'",
        ),
        (
            {"synonyms": ("CRPS", "c-r_p s")},
            ValueError,
            "lists 'c-r_p s', which is the same name as 'CRPS'",
        ),
        ({"synonyms": ("",)}, ValueError, "'synonyms[0]' must not be empty"),
        ({"synonyms": ["a"]}, TypeError, "'synonyms' must be a tuple, not list"),
        ({"synonyms": "abc"}, TypeError, "'synonyms' must be a tuple, not str"),
        (
            {"kind": "drug"},
            TypeError,
            "'kind' must be an AgentKind (one of 'drug', 'drug_class', 'product')",
        ),
        ({"drug_class": "Not A Slug"}, ValueError, "'drug_class' must be a lowercase slug"),
        ({"drug_class": "ketamine"}, ValueError, "cannot be a member of itself"),
        ({"other_uses": (3,)}, TypeError, "'other_uses[0]' must be a string, not int"),
        ({"description": " padded "}, ValueError, "'description' must not start or end"),
        ({"notes": None}, TypeError, "'notes' must be a string, not NoneType"),
    ],
)
def test_agent_rejects_invalid_fields(changes, error, message):
    fields: dict[str, object] = {"id": "ketamine", "name": "Ketamine"}
    fields.update(changes)
    with pytest.raises(error, match=re.escape(message)):
        Agent(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"binding_site": "channel_pore"}, "'binding_site' must be None or a BindingSite (one of"),
        ({"trapping": "trapping"}, "'trapping' must be None or a Trapping (one of"),
        ({"contested": "no"}, "'contested' must be <class 'bool'>"),
    ],
)
def test_a_mode_of_action_refuses_strings_for_its_enums(changes, message):
    fields: dict[str, object] = {
        "action": ActionType.CHANNEL_BLOCKER,
        "target": "nmda-receptor",
        "source": "s",
    }
    fields.update(changes)
    with pytest.raises(TypeError, match=re.escape(message)):
        ModeOfAction(**fields)  # type: ignore[arg-type]  # the wrong type is the point


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"modes_of_action": ("x",)}, "'modes_of_action'[0] must be a ModeOfAction, not str"),
        ({"affinities": ({"value": 1},)}, "'affinities'[0] must be an Affinity, not dict"),
    ],
)
def test_an_agent_refuses_what_is_not_a_record_in_its_record_tuples(changes, message):
    with pytest.raises(TypeError, match=re.escape(message)):
        Agent(id="x", name="X", **changes)


def test_entities_require_their_enums():
    with pytest.raises(TypeError, match="'category' must be an AdverseEffectCategory"):
        AdverseEffect(id="x", name="X", category="cardiovascular")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'kind' must be a ConditionKind"):
        Condition(id="x", name="X", kind="symptom")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"year": 1799}, "'year' must be between 1800 and 2100, not 1799"),
        ({"year": 2101}, "'year' must be between 1800 and 2100, not 2101"),
        ({"year": "2020"}, "'year' must be an int, not str"),
        ({"year": True}, "'year' must be an int, not bool"),
        ({"year": 2020.0}, "'year' must be an int, not float"),
        ({"doi": "doi:10.1000/x"}, "'doi' must be a bare DOI"),
        ({"doi": "https://doi.org/10.1000/x"}, "'doi' must be a bare DOI"),
        ({"doi": "10.1/x"}, "'doi' must be a bare DOI"),
        ({"doi": 10}, "'doi' must be a string or None, not int"),
        ({"authors": ()}, "'authors' needs at least one item"),
        ({"authors": ("A", "A")}, "'authors' lists 'A' more than once"),
        ({"number": 0}, "'number' must be at least 1, not 0"),
        ({"number": "1"}, "'number' must be an int or None, not str"),
        ({"title": ""}, "'title' must not be empty"),
        ({"volume": ""}, "'volume' must not be empty"),
        ({"study_design": "narrative_review"}, "'study_design' must be a StudyDesign"),
    ],
)
def test_reference_rejects_invalid_fields(changes, message):
    with pytest.raises((TypeError, ValueError), match=re.escape(message)):
        make_reference(**changes)


def test_reference_accepts_boundary_years_and_a_bare_doi():
    assert make_reference(year=1800).year == 1800
    assert make_reference(year=2100).year == 2100
    assert make_reference(doi="10.37421/2684-5997.2025.8.296").doi_url == (
        "https://doi.org/10.37421/2684-5997.2025.8.296"
    )
    assert make_reference().doi_url is None


def test_citation_formats_volume_issue_and_locator():
    full = make_reference(volume="36", issue="3", pages="247-263", doi="10.1000/xyz")
    assert full.citation == "Ann Smith (2020). A title. A journal 36(3):247-263. doi:10.1000/xyz"
    bare = make_reference()
    assert bare.citation == "Ann Smith (2020). A title. A journal."
    article = make_reference(volume="12", article_number="674524")
    assert article.citation.endswith("A journal 12:674524.")


@pytest.mark.parametrize(
    ("evidence", "error", "message"),
    [
        ((), ValueError, "every claim needs a source"),
        ([EVIDENCE[0]], TypeError, "'evidence' must be a tuple of Evidence, not list"),
        (("ref",), TypeError, r"'evidence'\[0\] must be an Evidence, not str"),
        ((EVIDENCE[0], EVIDENCE[0]), ValueError, "cites 'ref' more than once"),
    ],
)
def test_claim_requires_distinct_evidence(evidence, error, message):
    with pytest.raises(error, match=message):
        Claim(
            subject="a",
            predicate=Predicate.TREATS,
            object="b",
            evidence=evidence,
            certainty=Certainty.STATED,
        )


def test_claim_rejects_unknown_predicate_and_certainty_values():
    with pytest.raises(TypeError, match="'predicate' must be a Predicate"):
        Claim(
            subject="a",
            predicate="treatz",
            object="b",
            evidence=EVIDENCE,
            certainty=Certainty.STATED,
        )  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'certainty' must be a Certainty"):
        Claim(
            subject="a", predicate=Predicate.TREATS, object="b", evidence=EVIDENCE, certainty="sure"
        )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sections", "message"),
    [
        ((Section.INTRODUCTION, Section.INTRODUCTION), "lists <Section.INTRODUCTION"),
        (("introduction",), r"'sections'\[0\] must be a Section"),
        ([Section.INTRODUCTION], "'sections' must be a tuple, not list"),
    ],
)
def test_evidence_requires_distinct_sections(sections, message):
    with pytest.raises((TypeError, ValueError), match=message):
        Evidence(reference="ref", sections=sections)


def test_claim_derives_key_references_and_sections_in_article_order():
    claim = Claim(
        subject="a",
        predicate=Predicate.TREATS,
        object="b",
        evidence=(
            Evidence(reference="second", sections=(Section.CONCLUSION, Section.DESCRIPTION)),
            Evidence(reference="first", sections=(Section.INTRODUCTION, Section.DESCRIPTION)),
        ),
        certainty=Certainty.STATED,
    )
    assert claim.key == ("a", Predicate.TREATS, "b")
    assert claim.references == ("second", "first")
    assert claim.sections == (Section.INTRODUCTION, Section.DESCRIPTION, Section.CONCLUSION)


def test_certainty_is_ordered_from_established_to_theorized():
    order = [
        Certainty.THEORIZED,
        Certainty.UNDER_INVESTIGATION,
        Certainty.PROMISING,
        Certainty.STATED,
        Certainty.DEMONSTRATED,
        Certainty.ESTABLISHED,
    ]
    assert sorted(Certainty) == order
    assert Certainty.ESTABLISHED > Certainty.PROMISING
    assert Certainty.PROMISING >= Certainty.PROMISING
    assert Certainty.THEORIZED < Certainty.UNDER_INVESTIGATION
    assert Certainty.THEORIZED <= Certainty.THEORIZED
    assert [c.rank for c in order] == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize("operator", ["__lt__", "__le__", "__gt__", "__ge__"])
def test_certainty_compares_with_its_values_by_strength_not_alphabet(operator):
    # Alphabetically "established" < "promising"; by strength it is the other way round.
    expected = {"__lt__": False, "__le__": False, "__gt__": True, "__ge__": True}[operator]
    assert getattr(Certainty.ESTABLISHED, operator)("promising") is expected
    assert getattr(Certainty.PROMISING, operator)("established") is not expected
    with pytest.raises(TypeError, match="not 'sure'"):
        getattr(Certainty.STATED, operator)("sure")
    assert getattr(Certainty.STATED, operator)(3) is NotImplemented
    with pytest.raises(TypeError):
        _ = Certainty.STATED < 3  # type: ignore[operator]


def test_a_plain_string_on_the_left_compares_by_strength_too():
    # The str on the left is the point: Python asks Certainty's reflected operator first.
    assert "promising" < Certainty.ESTABLISHED  # noqa: SIM300
    assert "established" >= Certainty.PROMISING  # noqa: SIM300


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
    for cls in (Agent, Receptor, Mechanism, AdverseEffect, Condition, Reference, Claim, Evidence):
        assert "__dict__" not in dir(cls), cls
        assert all(a.kw_only for a in attrs.fields(cls)), cls
    with pytest.raises(TypeError):
        Agent("ketamine", "Ketamine")  # type: ignore[misc]


def test_defaults_describe_a_plain_drug_and_an_unverified_reference():
    agent = Agent(id="x", name="X")
    assert (agent.kind, agent.drug_class, agent.synonyms, agent.other_uses) == (
        AgentKind.DRUG,
        None,
        (),
        (),
    )
    reference = make_reference()
    assert reference.study_design is StudyDesign.NOT_STATED
    assert reference.verification.value == "unverified"
    assert Condition(id="c", name="C", kind=ConditionKind.SYMPTOM).xrefs == ()
    assert AdverseEffect(id="e", name="E", category=AdverseEffectCategory.COGNITIVE).synonyms == ()


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


@pytest.mark.parametrize("doi", ["10.1000/a\x1bb", "10.1000/a b", "10.1000/a\x85b"])
def test_dois_and_curies_refuse_whitespace_and_control_characters(doi):
    with pytest.raises(ValueError, match=r"DOI|doi"):
        Reference(id="r", authors=("A B",), title="T", journal="J", year=2020, doi=doi)
    with pytest.raises(ValueError, match="whitespace or a control character"):
        Curie.parse(f"doi:{doi}")


def test_repr_names_the_identifying_fields_only():
    registry = extended_registry()
    ketamine = registry.resolve("ketamine")
    assert len(repr(attrs.evolve(ketamine, synonyms=()))) < 80 < len(str(attrs.asdict(ketamine)))
    assert repr(ketamine) == "Agent(id='ketamine', name='Ketamine', kind=AgentKind.DRUG)"
    claim = find_claims(subject="memantine", object="neuropathic pain")[0]
    assert repr(claim) == (
        "Claim(subject='memantine', predicate=Predicate.TREATS, object='neuropathic-pain', "
        "certainty=Certainty.PROMISING)"
    )
    assert repr(claim.evidence[0]) == (
        "Evidence(reference='rowbotham-2020', sections=(Section.INTRODUCTION, "
        "Section.DESCRIPTION, Section.CONCLUSION))"
    )
    assert repr(Evidence(reference="r", sections=(Section.CONCLUSION,))) == (
        "Evidence(reference='r', sections=(Section.CONCLUSION,))"
    )
    assert repr(registry.reference(3)) == "Reference(id='rowbotham-2020', number=3, year=2020)"
    assert repr(registry.resolve("cyp2d6")) == "Enzyme(id='cyp2d6', name='CYP2D6')"
    assert repr(registry.resolve("hallucinations")).endswith(
        "category=AdverseEffectCategory.PSYCHOTOMIMETIC)"
    )


def test_every_entity_family_has_a_short_repr():
    registry = extended_registry()
    assert repr(registry.resolve("nmda receptor")) == (
        "Receptor(id='nmda-receptor', name='NMDA receptor')"
    )
    assert repr(registry.resolve("GluN2B")).startswith("Receptor(id='")
    assert repr(registry.resolve("calcium-influx-blockade")) == (
        "Mechanism(id='calcium-influx-blockade', name='Blockade of calcium influx')"
    )
    assert repr(registry.resolve("allodynia")) == (
        "Condition(id='allodynia', name='Allodynia', kind=ConditionKind.SYMPTOM)"
    )
