"""Closed vocabularies shared by the record types.

Every enum is a ``str`` enum with lowercase, snake_case values: the values are
what JSON documents carry, so they are never renamed, only deprecated.
"""

from __future__ import annotations

import enum

__all__ = [
    "AdverseEffectCategory",
    "AgentKind",
    "Certainty",
    "ConditionKind",
    "Predicate",
    "Section",
    "StudyDesign",
    "VerificationStatus",
]


@enum.unique
class AgentKind(str, enum.Enum):
    """Whether an agent is one drug or a class of drugs.

    .. versionadded:: 0.1.0
    """

    DRUG = "drug"
    """A single substance, such as ketamine."""
    DRUG_CLASS = "drug_class"
    """A class of substances, such as the NMDA receptor antagonists or the opioids."""


@enum.unique
class ConditionKind(str, enum.Enum):
    """What sort of pain state a condition is.

    .. versionadded:: 0.1.0
    """

    CONDITION = "condition"
    """A pain condition or syndrome (neuropathic pain, CRPS, postoperative pain)."""
    SYMPTOM = "symptom"
    """A pain phenomenon or sign within a condition (hyperalgesia, allodynia)."""
    CATEGORY = "category"
    """A broad grouping of pain states by time course or intensity (acute, chronic, severe pain)."""


@enum.unique
class AdverseEffectCategory(str, enum.Enum):
    """The body system or domain an adverse effect belongs to.

    .. versionadded:: 0.1.0
    """

    PSYCHOTOMIMETIC = "psychotomimetic"
    """Effects that mimic psychosis, such as hallucinations."""
    CARDIOVASCULAR = "cardiovascular"
    """Effects on heart rate, blood pressure or circulatory stability."""
    COGNITIVE = "cognitive"
    """Effects on memory, attention or thinking."""


@enum.unique
class StudyDesign(str, enum.Enum):
    """The design of a cited study, as far as its title tells.

    .. versionadded:: 0.1.0
    """

    SYSTEMATIC_REVIEW_META_ANALYSIS = "systematic_review_meta_analysis"
    """A systematic review with a meta-analysis."""
    RANDOMIZED_CONTROLLED_TRIAL = "randomized_controlled_trial"
    """A randomized controlled trial."""
    NARRATIVE_REVIEW = "narrative_review"
    """A review without a stated systematic method."""
    PRECLINICAL_REVIEW = "preclinical_review"
    """A review or perspective on preclinical (laboratory and animal) work."""
    NOT_STATED = "not_stated"
    """The title does not say what kind of study it is."""


@enum.unique
class VerificationStatus(str, enum.Enum):
    """Whether a reference could be matched to a record outside the citing text.

    .. versionadded:: 0.1.0
    """

    VERIFIED = "verified"
    """Matched to a DOI or bibliographic database record."""
    UNVERIFIED = "unverified"
    """Searched for and not found; the citation is known only from the citing text."""


@enum.unique
class Section(str, enum.Enum):
    """A section of the source article.

    .. versionadded:: 0.1.0
    """

    INTRODUCTION = "introduction"
    DESCRIPTION = "description"
    CONCLUSION = "conclusion"


_CERTAINTY_RANK: dict[str, int] = {}


@enum.unique
class Certainty(str, enum.Enum):
    """How strongly the article asserts a claim, read from its own wording.

    The members are ordered from strongest to weakest; compare them with
    :attr:`rank` or the comparison operators (``Certainty.ESTABLISHED >
    Certainty.PROMISING``). The wording each level stands for is part of the
    curation rules, so that "is well-established" and "is being explored" never
    end up on the same level.

    .. versionadded:: 0.1.0
    """

    ESTABLISHED = "established"
    """The article calls it established or well-established."""
    DEMONSTRATED = "demonstrated"
    """The article reports it as shown ("has exhibited efficacy", "has shown", "is effective")."""
    STATED = "stated"
    """The article asserts it plainly, without a hedge and without reporting evidence."""
    PROMISING = "promising"
    """The article calls it promising or a potential ("shows promise", "valuable adjunct")."""
    UNDER_INVESTIGATION = "under_investigation"
    """The article says it is being explored or is an area of ongoing research."""
    THEORIZED = "theorized"
    """The article offers it as a hypothesis ("it is theorized", "may", "potentially")."""

    @property
    def rank(self) -> int:
        """The strength of the assertion, from 5 for established down to 0 for theorized."""
        return _CERTAINTY_RANK[self.value]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Certainty):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Certainty):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Certainty):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Certainty):
            return NotImplemented
        return self.rank >= other.rank


_CERTAINTY_RANK.update(
    {member.value: len(Certainty) - 1 - index for index, member in enumerate(Certainty)}
)


@enum.unique
class Predicate(str, enum.Enum):
    """The relation a claim states between its subject and its object.

    Each predicate fixes which entity families its subject and object belong
    to (see :data:`nmda_pain.model.PREDICATE_SIGNATURES`); a registry refuses a
    claim that breaks this.

    .. versionadded:: 0.1.0
    """

    TREATS = "treats"
    """An agent relieves or manages a condition."""
    ATTENUATES = "attenuates"
    """An agent lessens a pain state or phenomenon."""
    PREVENTS = "prevents"
    """An agent stops a condition from developing."""
    INDUCES = "induces"
    """An agent brings a condition about (opioids and opioid-induced hyperalgesia)."""
    ACTS_VIA = "acts_via"
    """An agent works through a mechanism."""
    ANTAGONIZES = "antagonizes"
    """An agent blocks or inhibits a receptor."""
    CAUSES_ADVERSE_EFFECT = "causes_adverse_effect"
    """An agent causes an unwanted effect."""
    PRODUCES_EFFECT = "produces_effect"
    """An agent produces an effect that the source presents as a property, not a harm."""
    INCREASES_BIOAVAILABILITY_OF = "increases_bioavailability_of"
    """An agent raises how much of another agent reaches the circulation."""
    COMBINED_WITH = "combined_with"
    """Two agents are given together (symmetric in meaning)."""
    HAS_LOWER_AFFINITY_THAN = "has_lower_affinity_than"
    """An agent binds the NMDA receptor less tightly than another agent."""
    BETTER_TOLERATED_THAN = "better_tolerated_than"
    """An agent has a more favourable side-effect profile than another agent."""
    REDUCES_REQUIREMENT_FOR = "reduces_requirement_for"
    """Giving an agent lowers the dose needed of another agent."""
    MEMBER_OF = "member_of"
    """An agent belongs to a drug class."""
