"""What each predicate means, in one table.

Every module that needs to know something about a predicate (which families it
links, how a person reads it, its Biolink form, whether it is symmetric, whether
it names a therapy or an approval, which qualifiers a claim may carry with it)
reads :data:`PREDICATES`; nothing lists predicates again.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from attrs import frozen

from nmda_pain._text import closest_names, normalize_name
from nmda_pain.errors import UnknownEntityError
from nmda_pain.model._frozen import Sealed
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

__all__ = ["PREDICATES", "PredicateRule", "parse_predicate", "predicates_where"]

_DECREASED_ACTIVITY: Final = (
    ("qualified_predicate", "biolink:causes"),
    ("object_aspect_qualifier", "activity"),
    ("object_direction_qualifier", "decreased"),
)


@frozen(kw_only=True, weakref_slot=False)
class PredicateRule(Sealed):
    """What one predicate means.

    Attributes:
        subject: The entity family of a claim's subject.
        object: The entity family of a claim's object.
        label: How a person reads the predicate (``"causes adverse effect"``).
        biolink: The Biolink predicate of a claim (``"biolink:treats"``).
        biolink_qualifiers: Qualifier slots and values that complete the
            Biolink predicate, in the order Biolink lists them.
        symmetric: The relation reads the same both ways (``combined_with``).
        therapeutic: A claim says the subject is *for* the object condition
            (:func:`nmda_pain.agents_for_condition` counts it).
        approval: A claim records a regulator's approval, not the source's view.
        takes_mode: A claim may carry a :class:`~nmda_pain.ModeOfAction` and
            measured :class:`~nmda_pain.Affinity` values.
        takes_via: A claim may name the mechanisms it is mediated by.

    .. versionadded:: 0.2.0
    """

    subject: type[Entity]
    object: type[Entity]
    label: str
    biolink: str
    biolink_qualifiers: tuple[tuple[str, str], ...] = ()
    symmetric: bool = False
    therapeutic: bool = False
    approval: bool = False
    takes_mode: bool = False
    takes_via: bool = False


PREDICATES: Final[Mapping[Predicate, PredicateRule]] = MappingProxyType(
    {
        # The claims range from established to being explored: Biolink's umbrella predicate.
        Predicate.TREATS: PredicateRule(
            subject=Agent,
            object=Condition,
            label="treats",
            biolink="biolink:treats_or_applied_or_studied_to_treat",
            therapeutic=True,
            takes_via=True,
        ),
        Predicate.ATTENUATES: PredicateRule(
            subject=Agent,
            object=Condition,
            label="attenuates",
            biolink="biolink:ameliorates_condition",
            therapeutic=True,
            takes_via=True,
        ),
        Predicate.PREVENTS: PredicateRule(
            subject=Agent,
            object=Condition,
            label="prevents",
            biolink="biolink:preventative_for_condition",
            therapeutic=True,
            takes_via=True,
        ),
        Predicate.INDUCES: PredicateRule(
            subject=Agent, object=Condition, label="induces", biolink="biolink:causes"
        ),
        Predicate.ACTS_VIA: PredicateRule(
            subject=Agent, object=Mechanism, label="acts via", biolink="biolink:affects"
        ),
        Predicate.ANTAGONIZES: PredicateRule(
            subject=Agent,
            object=Receptor,
            label="antagonizes",
            biolink="biolink:affects",
            biolink_qualifiers=(*_DECREASED_ACTIVITY, ("causal_mechanism_qualifier", "antagonism")),
            takes_mode=True,
        ),
        # A harm at usual doses is a side effect; an effect the source presents as a property
        # used on purpose (amnesia in anaesthesia) is not "unintended", so it is only caused.
        Predicate.CAUSES_ADVERSE_EFFECT: PredicateRule(
            subject=Agent,
            object=AdverseEffect,
            label="causes adverse effect",
            biolink="biolink:has_side_effect",
        ),
        Predicate.PRODUCES_EFFECT: PredicateRule(
            subject=Agent, object=AdverseEffect, label="produces effect", biolink="biolink:causes"
        ),
        Predicate.INCREASES_BIOAVAILABILITY_OF: PredicateRule(
            subject=Agent,
            object=Agent,
            label="increases bioavailability of",
            biolink="biolink:pharmacologically_interacts_with",
        ),
        Predicate.COMBINED_WITH: PredicateRule(
            subject=Agent,
            object=Agent,
            label="combined with",
            biolink="biolink:pharmacologically_interacts_with",
            symmetric=True,
        ),
        Predicate.HAS_LOWER_AFFINITY_THAN: PredicateRule(
            subject=Agent,
            object=Agent,
            label="has lower affinity than",
            biolink="biolink:related_to",
        ),
        # Biolink has no comparative predicate between two chemicals; it files SemMedDB's
        # lower_than and compared_with under its root. Tolerability compared in patients is a
        # fact about the two drugs, Biolink's "related to at instance level", one step below the
        # root: the two comparisons then differ in predicate, so a graph keyed by subject,
        # predicate and object (KGX's in-memory one) keeps both.
        Predicate.BETTER_TOLERATED_THAN: PredicateRule(
            subject=Agent,
            object=Agent,
            label="better tolerated than",
            biolink="biolink:related_to_at_instance_level",
        ),
        Predicate.REDUCES_REQUIREMENT_FOR: PredicateRule(
            subject=Agent,
            object=Agent,
            label="reduces requirement for",
            biolink="biolink:pharmacologically_interacts_with",
        ),
        # A drug class behaves as a chemical role (ChEBI's roles include such classes).
        Predicate.MEMBER_OF: PredicateRule(
            subject=Agent, object=Agent, label="member of", biolink="biolink:has_chemical_role"
        ),
        Predicate.INHIBITS: PredicateRule(
            subject=Agent,
            object=Enzyme,
            label="inhibits",
            biolink="biolink:affects",
            biolink_qualifiers=(*_DECREASED_ACTIVITY, ("causal_mechanism_qualifier", "inhibition")),
            takes_mode=True,
        ),
        Predicate.IS_SUBSTRATE_OF: PredicateRule(
            subject=Agent, object=Enzyme, label="is substrate of", biolink="biolink:is_substrate_of"
        ),
        Predicate.APPROVED_FOR: PredicateRule(
            subject=Agent,
            object=Condition,
            label="approved for",
            biolink="biolink:treats",
            biolink_qualifiers=(("clinical_approval_status", "approved_for_condition"),),
            approval=True,
        ),
        Predicate.CONTAINS: PredicateRule(
            subject=Agent, object=Agent, label="contains", biolink="biolink:related_to"
        ),
        # Biolink has no predicate for an add-on therapy, and an adjunct is no pharmacological
        # interaction: the root predicate, with the meaning kept in the label.
        Predicate.ADJUNCT_TO: PredicateRule(
            subject=Agent, object=Agent, label="adjunct to", biolink="biolink:related_to"
        ),
        # A research aim is neither a side effect nor its absence: the root predicate.
        Predicate.DEVELOPED_TO_REDUCE: PredicateRule(
            subject=Agent,
            object=AdverseEffect,
            label="developed to reduce",
            biolink="biolink:related_to",
        ),
    }
)
"""What each :class:`~nmda_pain.Predicate` means; every predicate has a row."""


def predicates_where(**flags: bool) -> frozenset[Predicate]:
    """The predicates whose rule has each given flag set as given.

    >>> sorted(p.value for p in predicates_where(therapeutic=True))
    ['attenuates', 'prevents', 'treats']

    .. versionadded:: 0.2.0
    """
    return frozenset(
        predicate
        for predicate, rule in PREDICATES.items()
        if all(getattr(rule, name) is value for name, value in flags.items())
    )


def parse_predicate(text: Predicate | str) -> Predicate:
    """The predicate *text* names, by its value or its label, ignoring case, spaces, hyphens and underscores.

    ``"causes_adverse_effect"``, ``"causes adverse effect"`` and
    ``"Causes-Adverse-Effect"`` all name the same predicate.

    Every query's ``predicate=`` and the command line's ``--predicate`` read a
    predicate through here, so both accept the same spellings.

    >>> parse_predicate("Causes adverse effect")
    <Predicate.CAUSES_ADVERSE_EFFECT: 'causes_adverse_effect'>

    Raises:
        UnknownEntityError: *text* names no predicate; the error suggests the closest.
        TypeError: *text* is neither a :class:`~nmda_pain.Predicate` nor a str.

    .. versionadded:: 0.2.0
    """
    if isinstance(text, Predicate):
        return text
    if not isinstance(text, str):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
        msg = f"predicate must be a Predicate or its value or label as a str, not {type(text).__name__}"
        raise TypeError(msg)
    wanted = normalize_name(text)
    found = _BY_SPELLING.get(wanted)
    if found is None:
        spellings = (*(p.value for p in PREDICATES), *(rule.label for rule in PREDICATES.values()))
        raise UnknownEntityError(text, closest_names(text, spellings), looked_for="predicate")
    return found


_BY_SPELLING: Final[Mapping[str, Predicate]] = MappingProxyType(
    {
        spelling: predicate
        for predicate, rule in PREDICATES.items()
        for spelling in (normalize_name(predicate.value), normalize_name(rule.label))
    }
)
