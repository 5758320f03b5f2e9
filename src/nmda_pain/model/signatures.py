"""Which entity families each predicate connects.

One table, so that a registry, a schema or an export never disagree on what
a ``treats`` claim may link.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from nmda_pain.model.entities import (
    AdverseEffect,
    Agent,
    Condition,
    Entity,
    Enzyme,
    Mechanism,
    Receptor,
)
from nmda_pain.model.enums import Predicate

__all__ = ["PREDICATE_SIGNATURES"]

PREDICATE_SIGNATURES: Final[Mapping[Predicate, tuple[type[Entity], type[Entity]]]] = (
    MappingProxyType(
        {
            Predicate.TREATS: (Agent, Condition),
            Predicate.ATTENUATES: (Agent, Condition),
            Predicate.PREVENTS: (Agent, Condition),
            Predicate.INDUCES: (Agent, Condition),
            Predicate.ACTS_VIA: (Agent, Mechanism),
            Predicate.ANTAGONIZES: (Agent, Receptor),
            Predicate.CAUSES_ADVERSE_EFFECT: (Agent, AdverseEffect),
            Predicate.PRODUCES_EFFECT: (Agent, AdverseEffect),
            Predicate.INCREASES_BIOAVAILABILITY_OF: (Agent, Agent),
            Predicate.COMBINED_WITH: (Agent, Agent),
            Predicate.HAS_LOWER_AFFINITY_THAN: (Agent, Agent),
            Predicate.BETTER_TOLERATED_THAN: (Agent, Agent),
            Predicate.REDUCES_REQUIREMENT_FOR: (Agent, Agent),
            Predicate.MEMBER_OF: (Agent, Agent),
            Predicate.INHIBITS: (Agent, Enzyme),
            Predicate.IS_SUBSTRATE_OF: (Agent, Enzyme),
            Predicate.APPROVED_FOR: (Agent, Condition),
            Predicate.CONTAINS: (Agent, Agent),
        }
    )
)
"""For each predicate, the family of its subject and the family of its object."""
