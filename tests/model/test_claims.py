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
    Affinity,
    AffinityParameter,
    Agent,
    AgentKind,
    Certainty,
    Claim,
    Condition,
    Curie,
    Evidence,
    EvidenceLevel,
    Mapping,
    MatchPredicate,
    Mechanism,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
    Section,
    StudyDesign,
    Trapping,
    VerificationStatus,
    extended_registry,
    find_claims,
)
from nmda_pain.model import PREDICATES, predicates_where

from ..strategies import (
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
        ({"action": "channel_blocker"}, "'action' must be an ActionType (one of"),
    ],
)
def test_a_mode_of_action_refuses_strings_for_its_enums(changes, message):
    fields: dict[str, object] = {"action": ActionType.CHANNEL_BLOCKER}
    fields.update(changes)
    with pytest.raises(TypeError, match=re.escape(message)):
        ModeOfAction(**fields)  # type: ignore[arg-type]  # the wrong type is the point


def _claim(predicate: Predicate = Predicate.ANTAGONIZES, **changes: object) -> Claim:
    fields: dict[str, object] = {
        "subject": "a",
        "predicate": predicate,
        "object": "b",
        "evidence": EVIDENCE,
        "certainty": Certainty.STATED,
    }
    fields.update(changes)
    return Claim(**fields)  # type: ignore[arg-type]


def _affinity(**changes: object) -> Affinity:
    fields: dict[str, object] = {
        "parameter": AffinityParameter.PIC50,
        "value": 6.0,
        "target": "b",
        "references": ("ref",),
    }
    fields.update(changes)
    return Affinity(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"mode": "channel_blocker"}, "'mode' must be <class"),
        ({"affinities": ({"value": 1},)}, "'affinities'[0] must be an Affinity, not dict"),
        ({"via": ("Not A Slug",)}, "'via[0]' must be a lowercase slug"),
    ],
)
def test_a_claim_refuses_what_is_not_a_qualifier_in_its_qualifier_fields(changes, message):
    with pytest.raises((TypeError, ValueError), match=re.escape(message)):
        _claim(**changes)


@pytest.mark.parametrize(
    ("predicate", "changes", "message"),
    [
        (
            Predicate.TREATS,
            {"mode": ModeOfAction(action=ActionType.CHANNEL_BLOCKER)},
            "a 'treats' claim takes no mode or affinities; only antagonizes, inhibits do",
        ),
        (
            Predicate.MEMBER_OF,
            {"affinities": (_affinity(),)},
            "a 'member_of' claim takes no mode or affinities",
        ),
        (
            Predicate.ANTAGONIZES,
            {"via": ("calcium-influx-blockade",)},
            "an 'antagonizes' claim names no mechanism it is mediated by; only attenuates, prevents, treats do",
        ),
        (Predicate.TREATS, {"object": "a"}, "subject and object are both 'a'"),
    ],
)
def test_the_predicate_table_says_which_claims_take_qualifiers(predicate, changes, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        _claim(predicate, **changes)


def test_qualifiers_ride_on_the_predicates_that_take_them():
    mode = ModeOfAction(action=ActionType.CHANNEL_BLOCKER, trapping=Trapping.TRAPPING)
    claim = _claim(mode=mode, affinities=(_affinity(value=7),))
    assert (claim.mode, claim.affinities[0].value) == (mode, 7.0)
    outcome = _claim(Predicate.ATTENUATES, via=("calcium-influx-blockade",))
    assert outcome.via == ("calcium-influx-blockade",)


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"references": ()}, ValueError, "'references' must name at least one reference id"),
        ({"references": ("r", "r")}, ValueError, "'references' lists 'r' more than once"),
        ({"references": ["r"]}, TypeError, "'references' must be a tuple, not list"),
        ({"value": float("nan")}, ValueError, "'value' must be a finite number"),
        ({"value": "6"}, TypeError, "'value' must be a number, not '6'"),
        ({"target": "GluN2C"}, ValueError, "'target' must be a lowercase slug"),
    ],
)
def test_an_affinity_names_its_target_and_sources_by_id(changes, error, message):
    with pytest.raises(error, match=re.escape(message)):
        _affinity(**changes)


def test_disputing_evidence_makes_a_claim_contested_and_does_not_count_as_support():
    claim = _claim(
        evidence=(Evidence(reference="for"), Evidence(reference="against", disputes=True))
    )
    assert claim.contested
    assert claim.reference_count == 1
    assert claim.references == ("for", "against")
    assert not _claim(evidence=(Evidence(reference="for"),)).contested
    assert repr(claim.evidence[1]) == "Evidence(reference='against', sections=(), disputes=True)"


def _mapping(**changes: object) -> Mapping:
    fields: dict[str, object] = {
        "subject": "ketamine",
        "predicate": MatchPredicate.EXACT,
        "object": Curie.parse("CHEBI:6121"),
        "references": ("chebi-release",),
    }
    fields.update(changes)
    return Mapping(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"subject": "Ketamine"}, ValueError, "'subject' must be a lowercase slug"),
        ({"predicate": "exact_match"}, TypeError, "'predicate' must be a MatchPredicate"),
        ({"object": "CHEBI:6121"}, TypeError, "'object' must be a Curie (build one with"),
        ({"references": ()}, ValueError, "every value needs a source"),
        ({"object_label": ""}, ValueError, "'object_label' must not be empty"),
    ],
)
def test_a_mapping_refuses_what_is_not_a_grounding(changes, error, message):
    with pytest.raises(error, match=re.escape(message)):
        _mapping(**changes)


def test_a_mapping_is_keyed_by_entity_and_term_and_speaks_skos():
    mapping = _mapping(object_label="ketamine")
    assert mapping.key == ("ketamine", "chebi:6121")
    assert [p.skos for p in MatchPredicate] == [
        "skos:exactMatch",
        "skos:closeMatch",
        "skos:broadMatch",
        "skos:narrowMatch",
        "skos:relatedMatch",
    ]
    assert repr(mapping) == (
        "Mapping(subject='ketamine', predicate=MatchPredicate.EXACT, object='chebi:6121')"
    )


def test_every_predicate_has_one_rule_and_the_flags_select_them():
    assert set(PREDICATES) == set(Predicate)
    assert predicates_where(symmetric=True) == {Predicate.COMBINED_WITH}
    assert predicates_where(approval=True) == {Predicate.APPROVED_FOR}
    assert predicates_where(takes_mode=True) == {Predicate.ANTAGONIZES, Predicate.INHIBITS}
    assert PREDICATES[Predicate.CAUSES_ADVERSE_EFFECT].label == "causes adverse effect"
    assert PREDICATES[Predicate.ANTAGONIZES].object is Receptor


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
        ({"pmid": "PMID:123"}, "'pmid' must look like '16368266', not 'PMID:123'"),
        ({"pmid": "0123"}, "'pmid' must look like '16368266'"),
        ({"pmcid": "7760600"}, "'pmcid' must look like 'PMC7760600'"),
        ({"url": "ftp://x"}, "'url' must look like 'https://example.org/page'"),
        ({"kind": "drug_label"}, "'kind' must be a ReferenceKind"),
        ({"version": " 1"}, "'version' must not start or end with whitespace"),
        (
            {"authors": (), "title": None, "journal": None},
            "reference 'smith-2020' needs something to be cited by: a title, a journal, an author, or an identifier",
        ),
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


def test_a_source_that_is_not_a_paper_needs_no_journal_authors_or_year():
    release = Reference(
        id="gtopdb-2025-4",
        kind=ReferenceKind.DATABASE_RELEASE,
        title="IUPHAR/BPS Guide to Pharmacology",
        version="2025.4",
        accession="ligand_id_mapping.csv",
        verification=VerificationStatus.VERIFIED,
    )
    assert release.citation == (
        "IUPHAR/BPS Guide to Pharmacology. Release 2025.4. ligand_id_mapping.csv"
    )
    label = Reference(
        id="label",
        kind=ReferenceKind.DRUG_LABEL,
        title="NUEDEXTA prescribing information",
        url="https://dailymed.nlm.nih.gov/x",
        pmid="123",
    )
    assert (
        label.citation
        == "NUEDEXTA prescribing information. PMID:123 https://dailymed.nlm.nih.gov/x"
    )


def test_only_a_verified_reference_has_an_evidence_level():
    trial = make_reference(study_design=StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
    assert trial.evidence_level is None  # the title says RCT; nobody could check it
    checked = attrs.evolve(trial, verification=VerificationStatus.VERIFIED)
    assert checked.evidence_level is EvidenceLevel.LEVEL_2
    assert checked.is_verified
    assert not trial.is_verified
    label = attrs.evolve(checked, kind=ReferenceKind.DRUG_LABEL)
    assert label.evidence_level is None  # a label or a release is no study, whatever it says


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
