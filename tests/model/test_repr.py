"""A record's repr names its identifying fields only."""

from __future__ import annotations

import attrs

from nmda_pain import Evidence, Section, extended_registry, find_claims


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
