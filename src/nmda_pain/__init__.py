"""nmda_pain: a typed, immutable, queryable model of a review of NMDA antagonists in pain.

The shipped data restate one review article (El-Sayed, *NMDA Antagonists: Pain
Management's Complex Mechanisms*, J Anesthesiol Pain Res 8:296, 2025, CC BY 4.0;
doi:10.37421/2684-5997.2025.8.296). None of its ten references could be matched
to a DOI or PubMed record, so all are marked unverified. This is not clinical advice.

>>> import nmda_pain
>>> [agent.name for agent in nmda_pain.agents_for_condition("neuropathic pain")]
['NMDA receptor antagonists', 'Memantine', 'Dextromethorphan']
"""

from nmda_pain._version import __version__
from nmda_pain.data import default_registry, extended_registry
from nmda_pain.errors import (
    InvalidRegistryError,
    MergeConflictError,
    NmdaPainError,
    RegistryFormatError,
    UnknownEntityError,
)
from nmda_pain.interchange import dump, from_json, json_schema, load, to_json
from nmda_pain.model import (
    ActionType,
    AdverseEffect,
    AdverseEffectCategory,
    Affinity,
    AffinityParameter,
    Agent,
    AgentKind,
    BindingSite,
    Certainty,
    Claim,
    ClinicalSetting,
    Condition,
    ConditionKind,
    Curie,
    Direction,
    Entity,
    Enzyme,
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
)
from nmda_pain.queries import (
    adverse_effects_of,
    agents_for_condition,
    combination_partners,
    find_claims,
    mechanisms_of,
)
from nmda_pain.registry import Registry

__all__ = [
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
    "InvalidRegistryError",
    "Mapping",
    "MatchPredicate",
    "Mechanism",
    "MergeConflictError",
    "ModeOfAction",
    "NmdaPainError",
    "Predicate",
    "Receptor",
    "Reference",
    "ReferenceKind",
    "Registry",
    "RegistryFormatError",
    "Section",
    "StudyDesign",
    "Trapping",
    "UnknownEntityError",
    "VerificationStatus",
    "__version__",
    "adverse_effects_of",
    "agents_for_condition",
    "combination_partners",
    "default_registry",
    "dump",
    "extended_registry",
    "find_claims",
    "from_json",
    "json_schema",
    "load",
    "mechanisms_of",
    "to_json",
]
