"""The views: what a person sees, as data; the command line and the cards render these."""

from __future__ import annotations

import pytest

import nmda_pain
from nmda_pain import (
    Agent,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Evidence,
    Predicate,
    Reference,
    Registry,
    UnknownEntityError,
    default_registry,
    extended_registry,
)
from nmda_pain.views import (
    Fields,
    Table,
    Text,
    agents_for_view,
    claim_view,
    claims_view,
    entity_view,
    list_view,
    overview_view,
    record_view,
    reference_view,
)


def table(view, title_start):
    return next(b for b in view.blocks if isinstance(b, Table) and b.title.startswith(title_start))


def test_the_overview_lists_every_agent_as_fields_with_what_the_registry_states():
    registry = default_registry()
    view = overview_view(registry)
    agents = [b for b in view.blocks if isinstance(b, Fields)]
    assert len(agents) == len(registry.agents)
    ketamine = next(b for b in agents if b.title.startswith("Ketamine "))
    rows = dict(ketamine.rows)
    assert rows["conditions"].startswith("treats Severe pain (established [2])")
    assert rows["adverse effects"] == (
        "Psychotomimetic effects (stated [2]); Cardiovascular side effects (stated [2])"
    )
    assert view.data["counts"]["claims"] == len(registry.claims)


@pytest.mark.parametrize("family", nmda_pain.registry.FAMILIES)
def test_a_list_view_has_one_row_per_record_of_the_family(family):
    registry = extended_registry()
    view = list_view(registry, family)
    (block,) = view.blocks
    assert len(block.rows) == len(getattr(registry, family)) == len(view.data)


def test_a_list_view_of_no_family_is_refused():
    with pytest.raises(ValueError, match="'agent' is not a family of records"):
        list_view(default_registry(), "agent")


def test_an_entity_view_is_of_this_registrys_record_only():
    registry = default_registry()
    stranger = Agent(id="stranger", name="Stranger")
    with pytest.raises(UnknownEntityError):
        entity_view(stranger, registry)


def test_an_entity_view_shows_its_claims_both_ways_and_the_references_behind_them():
    registry = default_registry()
    view = entity_view(registry.get(Condition, "neuropathic pain"), registry)
    assert view.subtitle == "condition"  # its kind is its family's name: said once
    assert entity_view(registry.get(Condition, "hyperalgesia"), registry).subtitle == (
        "condition (symptom)"
    )
    incoming = table(view, "Claims naming Neuropathic pain as their object")
    assert {row[0] for row in incoming.rows} == {
        registry.index.by_id[c.subject].name for c in registry.index.by_object["neuropathic-pain"]
    }
    references = table(view, "References behind these claims")
    assert {row[0] for row in references.rows} >= {"[1]", "[3]", "[5]"}


def test_a_claim_view_is_one_line_with_its_certainty_and_one_evidence_row_per_reference():
    registry = extended_registry()
    (claim,) = nmda_pain.find_claims(
        subject="methadone", predicate="antagonizes", registry=registry
    )
    view = claim_view(claim, registry)
    assert view.title == "Methadone antagonizes NMDA receptor"
    assert view.certainty == claim.certainty.value
    assert view.subtitle.endswith(", contested")
    evidence = table(view, "Evidence")
    assert len(evidence.rows) == len(claim.evidence)
    assert any(row[1].endswith("(disputes)") for row in evidence.rows)
    fields = dict(next(b for b in view.blocks if isinstance(b, Fields)).rows)
    assert "contested by" in fields


def test_a_claim_view_without_a_registry_names_ids_and_says_its_setting():
    (amnesia,) = nmda_pain.find_claims(object="amnesia")
    view = claim_view(amnesia)
    assert view.title.startswith(f"{amnesia.subject} ")
    rows = dict(next(b for b in view.blocks if isinstance(b, Fields)).rows)
    assert rows["setting"] == "anaesthesia"
    assert table(view, "Evidence").rows[0][2:] == ("", "")  # no registry: no status to tell


def test_a_reference_view_lists_the_values_and_mappings_read_in_it():
    registry = extended_registry()
    gtopdb = next(r for r in registry.references if r.id == "gtopdb-interactions")
    view = reference_view(gtopdb, registry)
    values = table(view, "Values read in")
    assert any("pIC50" in value for _, value in values.rows)
    assert view.data["family"] == "reference"


def test_record_view_dispatches_on_what_it_is_given():
    registry = default_registry()
    assert record_view(registry, None).family == "registry"
    assert record_view(registry.claims[0], registry).family == "claim"
    assert record_view(registry.reference(3), None).family == "reference"
    alone = record_view(registry.get(Agent, "ketamine"), None)
    assert alone.subtitle == "agent (drug)"
    assert [type(b) for b in alone.blocks] == [Fields]


@pytest.mark.parametrize(
    "filters",
    [{}, {"min_certainty": "promising"}, {"include_unverified": False}, {"include_approved": True}],
)
def test_agents_for_view_answers_as_agents_for_condition(filters):
    registry = extended_registry()
    view = agents_for_view("neuropathic pain", registry, **filters)
    wanted = nmda_pain.agents_for_condition("neuropathic pain", registry=registry, **filters)
    assert [item["agent"]["id"] for item in view.data] == [agent.id for agent in wanted]
    (rows, notes) = view.blocks
    assert isinstance(notes, Text)
    assert {row[0] for row in rows.rows} == {agent.name for agent in wanted}


def test_a_claims_view_of_claims_beyond_the_article_has_a_source_column():
    mine = Reference(id="mine", title="Mine")
    registry = Registry(
        agents=(Agent(id="a", name="A"),),
        conditions=(Condition(id="c", name="C", kind=ConditionKind.CONDITION),),
        references=(mine,),
        claims=(
            Claim(
                subject="a",
                predicate=Predicate.TREATS,
                object="c",
                evidence=(Evidence(reference="mine"),),
                certainty=Certainty.STATED,
            ),
        ),
    )
    view = claims_view(registry.claims, registry)
    (block,) = view.blocks
    assert block.columns[-1] == "Source"  # not the article's: the table says what it is
    assert block.rows[0][-1] == "unverified journal article"
