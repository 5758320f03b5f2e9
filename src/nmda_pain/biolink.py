"""How the model maps onto the Biolink Model, pinned to Biolink 4.4.4.

The Biolink form of each :class:`~nmda_pain.Predicate` is part of the one
predicate table, :data:`nmda_pain.model.PREDICATES` (its ``biolink`` and
``biolink_qualifiers``); :data:`PREDICATES` here is read from it, so no
predicate is listed twice. What this module adds is what the table does not
hold: the Biolink causal mechanism of each kind of
:class:`~nmda_pain.ModeOfAction` (:data:`CAUSAL_MECHANISMS`), the Biolink form
of one claim with its mode (:func:`claim_predicate`), and the Biolink category
of each entity (:func:`category`) and each reference (:func:`reference_category`).
Exports such as KGX use these only. No deprecated predicate appears
(``binds``, ``causes_adverse_event``, ``increases_amount_or_activity_of`` and
the like).

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

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from attrs import frozen

from nmda_pain.model import (
    PREDICATES as _RULES,
)
from nmda_pain.model import (
    ActionType,
    AdverseEffect,
    Agent,
    AgentKind,
    Claim,
    Condition,
    ConditionKind,
    Entity,
    Enzyme,
    Mechanism,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
)

__all__ = [
    "BIOLINK_VERSION",
    "CAUSAL_MECHANISMS",
    "LOCAL_NAMESPACE",
    "LOCAL_PREFIX",
    "PREDICATES",
    "PUBLICATION_CATEGORY",
    "REFERENCE_CATEGORIES",
    "BiolinkPredicate",
    "category",
    "claim_predicate",
    "reference_category",
]

BIOLINK_VERSION: Final = "4.4.4"
"""The Biolink Model release the names below are taken from."""

LOCAL_PREFIX: Final = "NMDA_PAIN"
"""The prefix of the ids this library gives what has no public term to stand on.

An exported entity whose grounding has no exact term is written
``NMDA_PAIN:<id>``; the exports that need an IRI expand it with
:data:`LOCAL_NAMESPACE` and ship that expansion with the file.
"""

LOCAL_NAMESPACE: Final = "urn:nmda-pain:"
"""The IRI namespace of :data:`LOCAL_PREFIX`.

A URN, not a web address: the library publishes no pages for its own ids, and
an ``https://`` namespace nobody serves would only pretend to resolve. Every
entity with a public term is exported under that term's resolvable IRI instead.
"""

PUBLICATION_CATEGORY: Final = "biolink:Publication"
"""The Biolink category of a reference that is a publication of no narrower kind."""

REFERENCE_CATEGORIES: Final[Mapping[ReferenceKind, str]] = MappingProxyType(
    {
        ReferenceKind.JOURNAL_ARTICLE: "biolink:Article",
        # A release of a database or an ontology is a version of a dataset, not a publication.
        ReferenceKind.DATABASE_RELEASE: "biolink:DatasetVersion",
        ReferenceKind.ONTOLOGY_RELEASE: "biolink:DatasetVersion",
        ReferenceKind.DRUG_LABEL: "biolink:DrugLabel",
        ReferenceKind.SECONDARY_SOURCE: PUBLICATION_CATEGORY,
    }
)
"""The Biolink category of a :class:`~nmda_pain.Reference` of each kind."""

_MECHANISM: Final = "causal_mechanism_qualifier"


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


PREDICATES: Final[Mapping[Predicate, BiolinkPredicate]] = MappingProxyType(
    {
        predicate: BiolinkPredicate(rule.biolink, rule.biolink_qualifiers)
        for predicate, rule in _RULES.items()
    }
)
"""The Biolink predicate of each predicate, read from :data:`nmda_pain.model.PREDICATES`.

.. versionchanged:: 0.2.0
   Read from the predicate table instead of listed here.
"""

CAUSAL_MECHANISMS: Final[Mapping[ActionType, str]] = MappingProxyType(
    {
        # Biolink has no "uncompetitive / open-channel" value: pore block is channel blockage.
        ActionType.CHANNEL_BLOCKER: "molecular_channel_blockage",
        ActionType.NEGATIVE_ALLOSTERIC_MODULATOR: "negative_allosteric_modulation",
        ActionType.NON_COMPETITIVE_ANTAGONIST: "non_competitive_antagonism",
        ActionType.ANTAGONIST: "antagonism",
        ActionType.INHIBITOR: "inhibition",
        ActionType.COMPETITIVE_INHIBITOR: "competitive_inhibition",
    }
)
"""The Biolink ``causal_mechanism_qualifier`` (``CausalMechanismQualifierEnum``) of each action type.

.. versionadded:: 0.2.0
   In place of ``MODE_OF_ACTION_PREDICATES``: a mode of action is now part of
   the claim it explains, whose predicate gives the rest (:func:`claim_predicate`).
"""


def claim_predicate(claim: Claim) -> BiolinkPredicate:
    """The Biolink predicate of *claim*: its predicate's, with its mode of action's mechanism.

    A claim with a :attr:`~nmda_pain.Claim.mode` says *how* the subject acts,
    which is more specific than its predicate's own causal mechanism (an
    ``antagonizes`` claim is ``antagonism``; one whose mode is a channel
    blocker is ``molecular_channel_blockage``): the mode's mechanism takes the
    place of the predicate's, or is added after its qualifiers where it has none.

    >>> from nmda_pain import ActionType, Certainty, Claim, Evidence, ModeOfAction, Predicate
    >>> claim = Claim(
    ...     subject="ketamine", predicate=Predicate.ANTAGONIZES, object="nmda-receptor",
    ...     evidence=(Evidence(reference="a-paper"),), certainty=Certainty.STATED,
    ...     mode=ModeOfAction(action=ActionType.CHANNEL_BLOCKER),
    ... )
    >>> dict(claim_predicate(claim).qualifiers)["causal_mechanism_qualifier"]
    'molecular_channel_blockage'

    .. versionadded:: 0.2.0
    """
    mapped = PREDICATES[claim.predicate]
    if claim.mode is None:
        return mapped
    mechanism = (_MECHANISM, CAUSAL_MECHANISMS[claim.mode.action])
    slots = [slot for slot, _ in mapped.qualifiers]
    if _MECHANISM not in slots:
        return BiolinkPredicate(mapped.predicate, (*mapped.qualifiers, mechanism))
    return BiolinkPredicate(
        mapped.predicate,
        tuple(
            mechanism if slot == _MECHANISM else (slot, value) for slot, value in mapped.qualifiers
        ),
    )


_AGENT_CATEGORIES: Final = MappingProxyType(
    {
        AgentKind.DRUG: "biolink:SmallMolecule",
        AgentKind.DRUG_CLASS: "biolink:ChemicalEntity",
        AgentKind.PRODUCT: "biolink:Drug",
    }
)

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


def reference_category(reference: Reference) -> str:
    """The Biolink category of *reference*, by its kind (:data:`REFERENCE_CATEGORIES`).

    >>> from nmda_pain import Reference, ReferenceKind
    >>> reference_category(Reference(id="label", kind=ReferenceKind.DRUG_LABEL, title="Label"))
    'biolink:DrugLabel'

    .. versionadded:: 0.2.0
    """
    return REFERENCE_CATEGORIES[reference.kind]
