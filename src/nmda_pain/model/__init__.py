"""The record types of the knowledge model: frozen, slotted attrs classes.

This package has no I/O and does not import cattrs; serialization lives in
:mod:`nmda_pain.interchange.document`. Every record class its modules define
is sealed (:mod:`nmda_pain.model._frozen`): its ``__init__`` and
``__setstate__`` cannot run again on a built record.
"""

import sys

import attrs

from nmda_pain.model._frozen import seal
from nmda_pain.model.claims import Claim, Evidence
from nmda_pain.model.entities import (
    AdverseEffect,
    Agent,
    Condition,
    Entity,
    Enzyme,
    Mechanism,
    Receptor,
)
from nmda_pain.model.enums import (
    ActionType,
    AdverseEffectCategory,
    AffinityParameter,
    AgentKind,
    BindingSite,
    Certainty,
    ClinicalSetting,
    ConditionKind,
    Direction,
    MatchPredicate,
    Predicate,
    ReferenceKind,
    Section,
    StudyDesign,
    Trapping,
    VerificationStatus,
)
from nmda_pain.model.grading import EVIDENCE_SCALE, STUDY_DESIGN_LEVELS, EvidenceLevel
from nmda_pain.model.identifiers import PREFIXES, Curie
from nmda_pain.model.mappings import Mapping
from nmda_pain.model.pharmacology import Affinity, ModeOfAction
from nmda_pain.model.predicates import (
    PREDICATES,
    PredicateRule,
    parse_predicate,
    predicates_where,
)
from nmda_pain.model.references import Reference

for _module_name, _module in tuple(sys.modules.items()):
    if _module_name.startswith(f"{__name__}."):
        for _value in tuple(vars(_module).values()):
            if isinstance(_value, type) and attrs.has(_value) and _value.__module__ == _module_name:
                seal(_value)

__all__ = [
    "EVIDENCE_SCALE",
    "PREDICATES",
    "PREFIXES",
    "STUDY_DESIGN_LEVELS",
    "ActionType",
    "AdverseEffect",
    "AdverseEffectCategory",
    "Affinity",
    "AffinityParameter",
    "Agent",
    "AgentKind",
    "BindingSite",
    "Certainty",
    "Claim",
    "ClinicalSetting",
    "Condition",
    "ConditionKind",
    "Curie",
    "Direction",
    "Entity",
    "Enzyme",
    "Evidence",
    "EvidenceLevel",
    "Mapping",
    "MatchPredicate",
    "Mechanism",
    "ModeOfAction",
    "Predicate",
    "PredicateRule",
    "Receptor",
    "Reference",
    "ReferenceKind",
    "Section",
    "StudyDesign",
    "Trapping",
    "VerificationStatus",
    "parse_predicate",
    "predicates_where",
]
