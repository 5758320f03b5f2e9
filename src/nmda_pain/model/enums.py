"""Closed vocabularies shared by the record types.

Every enum is a ``str`` enum with lowercase, snake_case values: the values are
what JSON documents carry, so they are never renamed, only deprecated.
"""

from __future__ import annotations

import enum

__all__ = [
    "ActionType",
    "AdverseEffectCategory",
    "AffinityParameter",
    "AgentKind",
    "BindingSite",
    "Certainty",
    "ClinicalSetting",
    "ConditionKind",
    "Direction",
    "MatchPredicate",
    "Predicate",
    "ReferenceKind",
    "Section",
    "StudyDesign",
    "Trapping",
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
    PRODUCT = "product"
    """A marketed product, such as a fixed combination of two drugs."""


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
class ClinicalSetting(str, enum.Enum):
    """The clinical setting a claim is made for, where the source names one.

    .. versionadded:: 0.2.0
    """

    ANAESTHESIA = "anaesthesia"
    """Anaesthesia: the surgical setting in which the article says the class is frequently employed [9]."""


@enum.unique
class ReferenceKind(str, enum.Enum):
    """What sort of source a :class:`~nmda_pain.Reference` is.

    .. versionadded:: 0.2.0
    """

    JOURNAL_ARTICLE = "journal_article"
    """A paper in a journal: the source article, its references, papers the reference table cites."""
    DATABASE_RELEASE = "database_release"
    """A release or export of a curated database (Guide to Pharmacology 2025.4, a DrugBank vocabulary)."""
    ONTOLOGY_RELEASE = "ontology_release"
    """A release or snapshot of an ontology or vocabulary (HPO 2025-11-24, MeSH 2015)."""
    DRUG_LABEL = "drug_label"
    """A regulator's prescribing information for a product (a DailyMed label)."""
    SECONDARY_SOURCE = "secondary_source"
    """A tertiary or secondary text (an encyclopedia entry, an abstract quoted elsewhere)."""


@enum.unique
class MatchPredicate(str, enum.Enum):
    """How an entity relates to an ontology term, as SSSOM mappings say it (SKOS).

    .. versionadded:: 0.2.0
    """

    EXACT = "exact_match"
    """The term means the same as the entity; its CURIE identifies the entity."""
    CLOSE = "close_match"
    """The term is close enough to use for the entity in most applications."""
    BROAD = "broad_match"
    """The term is broader than the entity."""
    NARROW = "narrow_match"
    """The term is narrower than the entity."""
    RELATED = "related_match"
    """The term is related to the entity in some other way."""

    @property
    def skos(self) -> str:
        """The SKOS predicate CURIE SSSOM uses (``"skos:exactMatch"``)."""
        head, tail = self.value.split("_")
        return f"skos:{head}{tail.capitalize()}"


@enum.unique
class Direction(str, enum.Enum):
    """Which way an entity changes the process it is mapped to (Biolink's direction qualifier).

    A mechanism such as "blockade of calcium influx" is no process of the body
    but a change of one (calcium import across the plasma membrane): its
    related mapping to that process says which way it moves it.

    .. versionadded:: 0.2.0
    """

    INCREASED = "increased"
    """The entity raises the process's rate, amount or activity."""
    DECREASED = "decreased"
    """The entity lowers the process's rate, amount or activity, or blocks it."""


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
    """Matched to a DOI, a bibliographic record, or the curated database it was read from."""
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
    Certainty.PROMISING``), which also take a certainty's value
    (``Certainty.ESTABLISHED > "promising"``) and refuse any other string. The wording each level stands for is part of the
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
        rank = _other_rank(other)
        return NotImplemented if rank is None else self.rank < rank

    def __le__(self, other: object) -> bool:
        rank = _other_rank(other)
        return NotImplemented if rank is None else self.rank <= rank

    def __gt__(self, other: object) -> bool:
        rank = _other_rank(other)
        return NotImplemented if rank is None else self.rank > rank

    def __ge__(self, other: object) -> bool:
        rank = _other_rank(other)
        return NotImplemented if rank is None else self.rank >= rank


def _other_rank(other: object) -> int | None:
    """The rank of a certainty or of its value; ``None`` for anything else.

    A ``str`` enum would otherwise fall back to comparing strings, so that
    ``Certainty.ESTABLISHED > "promising"`` came out alphabetical (``False``).
    """
    if isinstance(other, Certainty):
        return other.rank
    if isinstance(other, str):
        rank = _CERTAINTY_RANK.get(other)
        if rank is None:
            allowed = ", ".join(repr(value) for value in _CERTAINTY_RANK)
            msg = f"a Certainty compares with another or with one of {allowed}, not {other!r}"
            raise TypeError(msg)
        return rank
    return None


_CERTAINTY_RANK.update(
    {member.value: len(Certainty) - 1 - index for index, member in enumerate(Certainty)}
)


@enum.unique
class Predicate(str, enum.Enum):
    """The relation a claim states between its subject and its object.

    Each predicate fixes which entity families its subject and object belong
    to (see :data:`nmda_pain.model.PREDICATES`); a registry refuses a
    claim that breaks this.

    .. versionadded:: 0.1.0
    """

    TREATS = "treats"
    """An agent relieves or manages a condition."""
    ATTENUATES = "attenuates"
    """An agent lessens a pain state or phenomenon."""
    PREVENTS = "prevents"
    """An agent lowers the risk that a condition develops (the article: "mitigating the development of", "prevention of")."""
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
    INHIBITS = "inhibits"
    """An agent inhibits an enzyme."""
    IS_SUBSTRATE_OF = "is_substrate_of"
    """An enzyme metabolises an agent."""
    APPROVED_FOR = "approved_for"
    """A regulator has approved an agent for a condition."""
    CONTAINS = "contains"
    """A product contains an agent."""
    ADJUNCT_TO = "adjunct_to"
    """An agent is given as an add-on to another treatment, which it does not replace."""
    DEVELOPED_TO_REDUCE = "developed_to_reduce"
    """An agent is being developed with the aim of reducing an adverse effect: a research aim, not a result."""


@enum.unique
class ActionType(str, enum.Enum):
    """How an agent acts on its target (the NMDA receptor, a subunit, an enzyme).

    .. versionadded:: 0.1.0
    """

    CHANNEL_BLOCKER = "channel_blocker"
    """Blocks the open ion channel (uncompetitive, open-channel block)."""
    NEGATIVE_ALLOSTERIC_MODULATOR = "negative_allosteric_modulator"
    """Lowers receptor activity by binding outside the agonist and pore sites."""
    NON_COMPETITIVE_ANTAGONIST = "non_competitive_antagonist"
    """Antagonises without competing with the agonist, with no finer mode (such as open-channel block) given."""
    ANTAGONIST = "antagonist"
    """Antagonises; the source gives no finer mode."""
    INHIBITOR = "inhibitor"
    """Inhibits receptor currents or an enzyme; the source names no site or mode."""
    COMPETITIVE_INHIBITOR = "competitive_inhibitor"
    """Inhibits an enzyme by competing with its substrate."""


@enum.unique
class BindingSite(str, enum.Enum):
    """Where on the NMDA receptor an agent binds.

    .. versionadded:: 0.1.0
    """

    CHANNEL_PORE = "channel_pore"
    """The channel pore: the PCP / MK-801 site."""
    GLUN2B_AMINO_TERMINAL_DOMAIN = "glun2b_amino_terminal_domain"
    """The amino-terminal domain interface of GluN1 and GluN2B: the ifenprodil site."""


@enum.unique
class Trapping(str, enum.Enum):
    """Whether a channel blocker stays trapped in the closed channel.

    .. versionadded:: 0.1.0
    """

    TRAPPING = "trapping"
    PARTIAL_TRAPPING = "partial_trapping"


@enum.unique
class AffinityParameter(str, enum.Enum):
    """The quantity an affinity value measures.

    .. versionadded:: 0.1.0
    """

    PIC50 = "pic50"
    """Negative log10 of the half-maximal inhibitory concentration (molar); no unit."""
    PKI = "pki"
    """Negative log10 of the inhibition constant (molar); no unit."""
    IC50 = "ic50"
    """Half-maximal inhibitory concentration, with a unit."""
