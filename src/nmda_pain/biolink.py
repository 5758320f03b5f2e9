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

Where Biolink has no predicate as narrow as ours, the table says
``biolink:related_to``, the root, rather than pretend to a precision it does
not have, or the one step below it that holds: memantine's lower affinity than
ketamine is ``biolink:related_to`` (where Biolink files SemMedDB's
``lower_than``), its better tolerability ``biolink:related_to_at_instance_level``
(a fact observed about the two drugs, not a relation of terms), so the two
claims between the same drugs never share subject, predicate and object. Biolink defines a side
effect as unintended, so ``produces_effect`` (an effect the source presents
as a property, such as amnesia in anaesthesia) maps to ``biolink:causes``, as
``induces`` does, and only ``causes_adverse_effect`` to
``biolink:has_side_effect``. Exports that must tell our predicates apart carry
them as well (the KGX export's ``original_predicate``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from attrs import frozen

from nmda_pain.model import (
    PREDICATES as _RULES,
)
from nmda_pain.model import (
    ActionType,
    AdverseEffect,
    Agent,
    AgentKind,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Entity,
    Enzyme,
    MatchPredicate,
    Mechanism,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
)

if TYPE_CHECKING:
    from nmda_pain.model import Curie
    from nmda_pain.model import Mapping as TermMapping
    from nmda_pain.registry import Registry

__all__ = [
    "BIOLINK_VERSION",
    "CAUSAL_MECHANISMS",
    "CERTAINTY_FORMS",
    "ID_PREFIXES",
    "LOCAL_NAMESPACE",
    "LOCAL_PREFIX",
    "PREDICATES",
    "PUBLICATION_CATEGORY",
    "REFERENCE_CATEGORIES",
    "BiolinkPredicate",
    "BiolinkStatement",
    "KnowledgeForm",
    "acted_on",
    "categories",
    "category",
    "claim_predicate",
    "node_id",
    "reference_category",
    "statement",
    "xrefs",
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
_AFFECTS: Final = "biolink:affects"


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


_UMBRELLA_TREATS: Final = "biolink:treats_or_applied_or_studied_to_treat"


@frozen
class KnowledgeForm:
    """How a claim of one certainty is stated in Biolink.

    Attributes:
        knowledge_level: The edge's ``knowledge_level`` (``KnowledgeLevelEnum``).
        agent_type: The edge's ``agent_type`` (``AgentTypeEnum``).
        treats: The Biolink predicate of a ``treats`` claim of this certainty.

    .. versionadded:: 0.2.0
    """

    knowledge_level: str
    agent_type: str
    treats: str


CERTAINTY_FORMS: Final[Mapping[Certainty, KnowledgeForm]] = MappingProxyType(
    {
        # Every claim was read and curated by hand, so the agent is a manual one. A claim
        # asserted by its sources is a knowledge assertion; one they offer as a hypothesis
        # is, in Biolink's words, a prediction. Biolink's treats is for efficacy that has
        # been shown; a promise or an ongoing study is studied_to_treat; a plain statement
        # without reported evidence, or a hypothesis, claims no more than the umbrella.
        Certainty.ESTABLISHED: KnowledgeForm(
            "knowledge_assertion", "manual_agent", "biolink:treats"
        ),
        Certainty.DEMONSTRATED: KnowledgeForm(
            "knowledge_assertion", "manual_agent", "biolink:treats"
        ),
        Certainty.STATED: KnowledgeForm("knowledge_assertion", "manual_agent", _UMBRELLA_TREATS),
        Certainty.PROMISING: KnowledgeForm(
            "knowledge_assertion", "manual_agent", "biolink:studied_to_treat"
        ),
        Certainty.UNDER_INVESTIGATION: KnowledgeForm(
            "knowledge_assertion", "manual_agent", "biolink:studied_to_treat"
        ),
        Certainty.THEORIZED: KnowledgeForm("prediction", "manual_agent", _UMBRELLA_TREATS),
    }
)
"""The one table from a claim's certainty to its Biolink knowledge level, agent type and treats form.

Exports read a claim's ``knowledge_level`` and ``agent_type`` here, and
:func:`claim_predicate` the predicate of a ``treats`` claim.
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

    A ``treats`` claim says as much as its certainty: ``biolink:treats`` where
    the efficacy is established or shown, ``biolink:studied_to_treat`` where it
    is promising or under investigation, and Biolink's umbrella
    ``treats_or_applied_or_studied_to_treat`` where the article only states or
    theorizes it (:data:`CERTAINTY_FORMS`).

    .. versionadded:: 0.2.0
    """
    mapped = PREDICATES[claim.predicate]
    weaker = CERTAINTY_FORMS[claim.certainty].treats
    if mapped.predicate == _UMBRELLA_TREATS and claim.predicate is Predicate.TREATS:
        mapped = BiolinkPredicate(weaker, mapped.qualifiers)
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

# A drug class is a set of chemical entities (the subject of claims about the class), and
# what its members have in common is a role (ChEBI's "NMDA receptor antagonist" is a role): the
# object of has_chemical_role must be a chemical role, so a class is both.
_CLASS_CATEGORIES: Final = ("biolink:ChemicalEntity", "biolink:ChemicalRole")

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


def categories(entity: Entity) -> tuple[str, ...]:
    """Every Biolink category of *entity*: :func:`category` first, then any other it also is.

    Only a drug class has two: it is a chemical entity and a chemical role.

    >>> from nmda_pain import default_registry
    >>> from nmda_pain.biolink import categories
    >>> categories(default_registry().resolve("NMDA receptor antagonists"))
    ('biolink:ChemicalEntity', 'biolink:ChemicalRole')

    .. versionadded:: 0.2.0
    """
    if isinstance(entity, Agent) and entity.kind is AgentKind.DRUG_CLASS:
        return _CLASS_CATEGORIES
    return (category(entity),)


_CHEMICAL: Final = (
    "CHEBI",
    "UNII",
    "PUBCHEM.COMPOUND",
    "CHEMBL.COMPOUND",
    "DRUGBANK",
    "MESH",
    "CAS",
    "DrugCentral",
    "GTOPDB",
    "HMDB",
    "KEGG.COMPOUND",
    "PHARMGKB.DRUG",
    "ChemBank",
    "PUBCHEM.SUBSTANCE",
    "SIDER.DRUG",
    "INCHI",
    "INCHIKEY",
    "BIGG.METABOLITE",
    "foodb.compound",
    "KEGG.GLYCAN",
    "KEGG.DRUG",
    "KEGG.ENVIRON",
    "KEGG",
    "UMLS",
)
_DISEASE: Final = (
    "MONDO",
    "DOID",
    "OMIM",
    "OMIM.PS",
    "orphanet",
    "EFO",
    "UMLS",
    "MESH",
    "MEDDRA",
    "NCIT",
    "SNOMEDCT",
    "medgen",
    "icd11",
    "icd11.foundation",
    "ICD10",
    "ICD9",
    "KEGG.DISEASE",
    "HP",
    "MP",
    "PHARMGKB.DISEASE",
)
_PHENOTYPE: Final = (
    "HP",
    "EFO",
    "NCIT",
    "UMLS",
    "MEDDRA",
    "MP",
    "ZP",
    "UPHENO",
    "APO",
    "FBcv",
    "WBPhenotype",
    "SNOMEDCT",
    "MESH",
    "XPO",
    "FYPO",
    "TO",
)

ID_PREFIXES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "biolink:SmallMolecule": _CHEMICAL,
        "biolink:ChemicalEntity": _CHEMICAL,
        "biolink:ChemicalRole": ("CHEBI",),
        # Biolink lists a drug's prefixes before a chemical's, and no KEGG.DRUG among them.
        "biolink:Drug": (
            "ncats.drug",
            "RXCUI",
            "NDC",
            "UMLS",
            *(prefix for prefix in _CHEMICAL if prefix not in {"KEGG.DRUG", "UMLS"}),
        ),
        "biolink:Protein": (
            "UniProtKB",
            "PR",
            "ENSEMBL",
            "FB",
            "UMLS",
            "NCIT",
            "MESH",
            "ncats.drug",
        ),
        "biolink:MacromolecularComplex": (
            "INTACT",
            "GO",
            "PR",
            "REACT",
            "CHEMBL.TARGET",
            "ComplexPortal",
        ),
        "biolink:Disease": _DISEASE,
        "biolink:PhenotypicFeature": _PHENOTYPE,
        # Biolink gives the union no prefixes of its own: a disease's, then a phenotype's.
        "biolink:DiseaseOrPhenotypicFeature": tuple(dict.fromkeys((*_DISEASE, *_PHENOTYPE))),
        "biolink:BiologicalProcess": (
            "GO",
            "REACT",
            "metacyc.reaction",
            "KEGG.MODULE",
            "KEGG",
            "UMLS",
        ),
    }
)
"""Biolink's ``id_prefixes`` of each category an entity exports as, in Biolink's order.

Copied from the Biolink Model :data:`BIOLINK_VERSION` schema (a test compares
them with the ``biolink-model`` package of that version), since the library does
not depend on it. :func:`node_id` takes the first of them an entity has.
"""

_XREF_PREDICATES: Final = (
    MatchPredicate.EXACT,
    MatchPredicate.CLOSE,
    MatchPredicate.BROAD,
)


def node_id(entity: Entity, registry: Registry) -> str:
    """The id of *entity* in a Biolink graph: its exact term in the preferred prefix of its category.

    The terms are the entity's exact mappings
    (:meth:`~nmda_pain.Registry.identifiers`) in Biolink casing; the first whose
    prefix comes first in :data:`ID_PREFIXES` for :func:`category` wins
    (``CHEBI`` before ``MESH`` for a chemical, ``MONDO`` before ``HP`` for a
    disease, ``GO`` for the receptor complex). An entity with no exact term is
    ``NMDA_PAIN:<id>`` (:data:`LOCAL_PREFIX`).

    >>> from nmda_pain import default_registry
    >>> from nmda_pain.biolink import node_id
    >>> registry = default_registry()
    >>> node_id(registry.resolve("ketamine"), registry)
    'CHEBI:6121'

    .. versionadded:: 0.2.0
    """
    terms = [curie.biolink for curie in registry.identifiers(entity)]
    for prefix in ID_PREFIXES.get(category(entity), ()):
        for term in terms:
            if term.partition(":")[0] == prefix:
                return term
    return f"{LOCAL_PREFIX}:{entity.id}"


def xrefs(entity: Entity, registry: Registry) -> tuple[Curie, ...]:
    """The public terms a graph lists beside *entity*'s :func:`node_id`: its exact, close and broad terms.

    Narrow and related terms are kept out: neither is the entity, nor a term it
    falls under.

    .. versionadded:: 0.2.0
    """
    own = node_id(entity, registry)
    return tuple(
        mapping.object
        for mapping in registry.mappings_of(entity)
        if mapping.predicate in _XREF_PREDICATES and mapping.object.biolink != own
    )


def acted_on(entity: Entity, registry: Registry) -> TermMapping | None:
    """The process *entity* changes, and which way: its related mapping with a direction.

    A mechanism of the article is a change of a process (blocking calcium
    influx, interfering with glutamatergic transmission), not a process of its
    own; Biolink states a claim that an agent acts via it as ``affects`` the
    process, with the mapping's :attr:`~nmda_pain.Mapping.direction` as the
    ``object_direction_qualifier``. ``None`` for an entity whose grounding names
    no such process.

    >>> from nmda_pain import default_registry
    >>> from nmda_pain.biolink import acted_on
    >>> registry = default_registry()
    >>> found = acted_on(registry.resolve("Blockade of calcium influx"), registry)
    >>> found.object.biolink, found.direction.value
    ('GO:0098703', 'decreased')

    .. versionadded:: 0.2.0
    """
    if not isinstance(entity, Mechanism):
        return None
    return next((m for m in registry.mappings_of(entity) if m.direction is not None), None)


@frozen
class BiolinkStatement:
    """A claim as Biolink states it: node ids, predicate and qualifiers.

    Attributes:
        subject: The subject's :func:`node_id`.
        predicate: The Biolink predicate (:func:`claim_predicate`).
        object: The object's :func:`node_id`, or, for a claim acting via a
            mechanism that changes a process (:func:`acted_on`), the process.
        qualifiers: The qualifier slots and values: the predicate's, and for a
            process, ``qualified_predicate`` ``biolink:causes`` and the
            ``object_direction_qualifier``.
        original_object: The mechanism's :func:`node_id` where the object is
            the process it changes; else ``None``.

    .. versionadded:: 0.2.0
    """

    subject: str
    predicate: str
    object: str
    qualifiers: tuple[tuple[str, str], ...]
    original_object: str | None = None


def statement(claim: Claim, registry: Registry) -> BiolinkStatement:
    """*claim* as Biolink states it, the one rule every Biolink export follows.

    >>> from nmda_pain import default_registry
    >>> from nmda_pain.biolink import statement
    >>> registry = default_registry()
    >>> blocking = next(
    ...     c for c in registry.claims if c.object == "calcium-influx-blockade"
    ... )
    >>> said = statement(blocking, registry)
    >>> said.predicate, said.object, dict(said.qualifiers)["object_direction_qualifier"]
    ('biolink:affects', 'GO:0098703', 'decreased')

    .. versionadded:: 0.2.0
    """
    entities = registry.index.by_id
    mapped = claim_predicate(claim)
    subject = node_id(entities[claim.subject], registry)
    obj = entities[claim.object]
    target = acted_on(obj, registry) if mapped.predicate == _AFFECTS else None
    if target is None or target.direction is None:
        return BiolinkStatement(
            subject, mapped.predicate, node_id(obj, registry), mapped.qualifiers
        )
    return BiolinkStatement(
        subject,
        mapped.predicate,
        target.object.biolink,
        (
            *mapped.qualifiers,
            ("qualified_predicate", "biolink:causes"),
            ("object_direction_qualifier", target.direction.value),
        ),
        original_object=node_id(obj, registry),
    )


def reference_category(reference: Reference) -> str:
    """The Biolink category of *reference*, by its kind (:data:`REFERENCE_CATEGORIES`).

    >>> from nmda_pain import Reference, ReferenceKind
    >>> reference_category(Reference(id="label", kind=ReferenceKind.DRUG_LABEL, title="Label"))
    'biolink:DrugLabel'

    .. versionadded:: 0.2.0
    """
    return REFERENCE_CATEGORIES[reference.kind]
