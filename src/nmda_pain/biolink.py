"""How the model maps onto the Biolink Model, pinned to Biolink 4.4.4.

One table per direction: :data:`PREDICATES` gives each
:class:`~nmda_pain.Predicate` its Biolink predicate (with qualifiers where
Biolink expresses the relation through them), and :func:`category` gives each
entity its Biolink category. Exports such as KGX use these tables only. No
deprecated predicate appears (``binds``, ``causes_adverse_event``,
``increases_amount_or_activity_of`` and the like).

Where Biolink has no predicate as narrow as ours (``has_lower_affinity_than``,
``better_tolerated_than``), the table says ``biolink:related_to``, the root,
rather than pretend to a precision it does not have. Biolink defines a side
effect as unintended, so ``produces_effect`` (an effect the source presents
as a property, such as amnesia in anaesthesia) maps to ``biolink:causes``, as
``induces`` does, and only ``causes_adverse_effect`` to
``biolink:has_side_effect``. Exports that must tell our predicates apart carry
them as well (the KGX export's ``original_predicate``).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from attrs import frozen

from nmda_pain.model import (
    ActionType,
    AdverseEffect,
    Agent,
    AgentKind,
    Condition,
    ConditionKind,
    Entity,
    Enzyme,
    Mechanism,
    Predicate,
    Receptor,
)

__all__ = [
    "BIOLINK_VERSION",
    "MODE_OF_ACTION_PREDICATES",
    "PREDICATES",
    "PUBLICATION_CATEGORY",
    "BiolinkPredicate",
    "category",
]

BIOLINK_VERSION: Final = "4.4.4"
"""The Biolink Model release the names below are taken from."""

PUBLICATION_CATEGORY: Final = "biolink:Publication"
"""The Biolink category of a :class:`~nmda_pain.Reference`."""


@frozen
class BiolinkPredicate:
    """A Biolink predicate and the qualifiers that complete it.

    Attributes:
        predicate: The ``biolink:`` predicate.
        qualifiers: Qualifier slots and their values, e.g.
            ``(("causal_mechanism_qualifier", "antagonism"),)``.

    .. versionadded:: 0.1.0
    """

    predicate: str
    qualifiers: tuple[tuple[str, str], ...] = ()


_ANTAGONISM: Final = BiolinkPredicate(
    "biolink:affects",
    (
        ("qualified_predicate", "biolink:causes"),
        ("object_aspect_qualifier", "activity"),
        ("object_direction_qualifier", "decreased"),
        ("causal_mechanism_qualifier", "antagonism"),
    ),
)

PREDICATES: Final = MappingProxyType(
    {
        # The claims range from established to being explored: the umbrella predicate.
        Predicate.TREATS: BiolinkPredicate("biolink:treats_or_applied_or_studied_to_treat"),
        Predicate.ATTENUATES: BiolinkPredicate("biolink:ameliorates_condition"),
        Predicate.PREVENTS: BiolinkPredicate("biolink:preventative_for_condition"),
        Predicate.INDUCES: BiolinkPredicate("biolink:causes"),
        Predicate.ACTS_VIA: BiolinkPredicate("biolink:affects"),
        Predicate.ANTAGONIZES: _ANTAGONISM,
        # A harm at usual doses is a side effect; an effect the source presents as a property
        # used on purpose (amnesia in anaesthesia) is not "unintended", so it is only caused.
        Predicate.CAUSES_ADVERSE_EFFECT: BiolinkPredicate("biolink:has_side_effect"),
        Predicate.PRODUCES_EFFECT: BiolinkPredicate("biolink:causes"),
        Predicate.INCREASES_BIOAVAILABILITY_OF: BiolinkPredicate(
            "biolink:pharmacologically_interacts_with"
        ),
        Predicate.COMBINED_WITH: BiolinkPredicate("biolink:pharmacologically_interacts_with"),
        Predicate.REDUCES_REQUIREMENT_FOR: BiolinkPredicate(
            "biolink:pharmacologically_interacts_with"
        ),
        Predicate.HAS_LOWER_AFFINITY_THAN: BiolinkPredicate("biolink:related_to"),
        Predicate.BETTER_TOLERATED_THAN: BiolinkPredicate("biolink:related_to"),
        # A drug class behaves as a chemical role (ChEBI's roles include such classes).
        Predicate.MEMBER_OF: BiolinkPredicate("biolink:has_chemical_role"),
        Predicate.INHIBITS: BiolinkPredicate(
            "biolink:affects",
            (
                ("qualified_predicate", "biolink:causes"),
                ("object_aspect_qualifier", "activity"),
                ("object_direction_qualifier", "decreased"),
                ("causal_mechanism_qualifier", "inhibition"),
            ),
        ),
        Predicate.IS_SUBSTRATE_OF: BiolinkPredicate("biolink:is_substrate_of"),
        Predicate.APPROVED_FOR: BiolinkPredicate(
            "biolink:treats", (("clinical_approval_status", "approved_for_condition"),)
        ),
        Predicate.CONTAINS: BiolinkPredicate("biolink:related_to"),
    }
)
"""The Biolink predicate of each predicate."""

_AGENT_CATEGORIES: Final = MappingProxyType(
    {
        AgentKind.DRUG: "biolink:SmallMolecule",
        AgentKind.DRUG_CLASS: "biolink:ChemicalEntity",
        AgentKind.PRODUCT: "biolink:Drug",
    }
)


def _affects(mechanism: str) -> BiolinkPredicate:
    return BiolinkPredicate(
        "biolink:affects",
        (
            ("qualified_predicate", "biolink:causes"),
            ("object_aspect_qualifier", "activity"),
            ("object_direction_qualifier", "decreased"),
            ("causal_mechanism_qualifier", mechanism),
        ),
    )


MODE_OF_ACTION_PREDICATES: Final = MappingProxyType(
    {
        # Biolink has no "uncompetitive / open-channel" value: pore block is channel blockage.
        ActionType.CHANNEL_BLOCKER: _affects("molecular_channel_blockage"),
        ActionType.NEGATIVE_ALLOSTERIC_MODULATOR: _affects("negative_allosteric_modulation"),
        ActionType.NON_COMPETITIVE_ANTAGONIST: _affects("non_competitive_antagonism"),
        ActionType.ANTAGONIST: _affects("antagonism"),
        ActionType.INHIBITOR: _affects("inhibition"),
    }
)
"""The Biolink predicate of an agent's :class:`~nmda_pain.ModeOfAction` toward its target."""

_CONDITION_CATEGORIES: Final = MappingProxyType(
    {
        ConditionKind.CONDITION: "biolink:Disease",
        ConditionKind.SYMPTOM: "biolink:PhenotypicFeature",
        ConditionKind.CATEGORY: "biolink:DiseaseOrPhenotypicFeature",
    }
)


def category(entity: Entity) -> str:
    """The Biolink category of *entity*.

    >>> from nmda_pain import default_registry
    >>> from nmda_pain.biolink import category
    >>> category(default_registry().resolve("ketamine"))
    'biolink:SmallMolecule'
    >>> category(default_registry().resolve("allodynia"))
    'biolink:PhenotypicFeature'

    .. versionadded:: 0.1.0
    """
    if isinstance(entity, Agent):
        return _AGENT_CATEGORIES[entity.kind]
    if isinstance(entity, Enzyme):
        return "biolink:Protein"
    if isinstance(entity, Receptor):  # a subunit is one protein; the receptor, a complex of them
        return "biolink:MacromolecularComplex" if entity.subunit_of is None else "biolink:Protein"
    if isinstance(entity, Mechanism):
        return "biolink:BiologicalProcess"
    if isinstance(entity, AdverseEffect):
        return "biolink:PhenotypicFeature"
    assert isinstance(entity, Condition)  # noqa: S101 -- Entity has no other member
    return _CONDITION_CATEGORIES[entity.kind]
