"""The registry: every record of one knowledge base, checked for consistency.

A :class:`Registry` is an immutable value. It checks on construction that its
records form one consistent graph (unique ids, no dangling ids, claims that
link the right families, every reference cited), so any registry that exists
is valid, whether it was shipped, built by a user, loaded from JSON or made
with :func:`attrs.evolve`. Lookup indexes are built once, on first use, and
cached on the instance.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Final, TypeAlias, TypeVar

import attrs
from attrs import field, frozen

from nmda_pain._text import with_article
from nmda_pain.errors import InvalidRegistryError, MergeConflictError, UnknownEntityError
from nmda_pain.index import (
    MAX_SUGGESTIONS,
    MEMO_LIMIT,
    RegistryIndex,
    closest_names,
    normalize_name,
)
from nmda_pain.model import (
    PREDICATE_SIGNATURES,
    AdverseEffect,
    Agent,
    AgentKind,
    Claim,
    Condition,
    Curie,
    Entity,
    Enzyme,
    EvidenceLevel,
    Mechanism,
    Predicate,
    Receptor,
    Reference,
    VerificationStatus,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

__all__ = ["FAMILIES", "Registry", "normalize_name"]

FAMILIES: Final = (
    "agents",
    "receptors",
    "mechanisms",
    "adverse_effects",
    "conditions",
    "references",
    "claims",
    "enzymes",
)
"""The names of a registry's record tuples, in the order of its fields."""

_T = TypeVar("_T")


def _tuple_of(record_type: type[_T]) -> attrs._ValidatorType[tuple[_T, ...]]:  # pyright: ignore[reportPrivateUsage] -- attrs exposes no public name for the validator signature
    """A validator for a tuple whose items are all *record_type* instances."""

    def validate(
        _instance: object, attribute: attrs.Attribute[tuple[_T, ...]], value: tuple[_T, ...]
    ) -> None:
        if not isinstance(value, tuple):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
            msg = f"Registry.{attribute.name} must be a tuple of {record_type.__name__}, not {type(value).__name__}"
            raise TypeError(msg)
        for index, item in enumerate(value):
            if not isinstance(item, record_type):
                msg = f"Registry.{attribute.name}[{index}] must be {with_article(record_type.__name__)}, not {type(item).__name__}"
                raise TypeError(msg)

    return validate


def _check_source(_instance: object, _attribute: object, value: Reference | None) -> None:
    if value is not None and not isinstance(value, Reference):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
        msg = f"Registry.source must be a Reference or None, not {type(value).__name__}"
        raise TypeError(msg)


@frozen(kw_only=True, cache_hash=True, repr=False)
class Registry:
    """An immutable, validated collection of entities, references and claims.

    Build one from your own records with the same checks as the shipped one::

        Registry(agents=(...), conditions=(...), references=(...), claims=(...))

    Two registries are equal when their records are equal. The hash is
    computed once and cached, so registries are cheap dictionary keys.

    Attributes:
        agents: Drugs and drug classes.
        receptors: Receptors the agents act on.
        mechanisms: Mechanisms of action.
        adverse_effects: Adverse effects and other non-analgesic effects.
        conditions: Pain conditions, phenomena and categories.
        references: The cited works; each must be cited by at least one claim.
        claims: The assertions linking entities, each with its evidence.
        enzymes: Enzymes that metabolise or are inhibited by agents.
        source: The work the registry was curated from, if it has one.

    Raises:
        InvalidRegistryError: The records are inconsistent; the error lists
            every problem with the path of the offending field.

    .. versionadded:: 0.1.0
    """

    agents: tuple[Agent, ...] = field(default=(), validator=_tuple_of(Agent))
    receptors: tuple[Receptor, ...] = field(default=(), validator=_tuple_of(Receptor))
    mechanisms: tuple[Mechanism, ...] = field(default=(), validator=_tuple_of(Mechanism))
    adverse_effects: tuple[AdverseEffect, ...] = field(
        default=(), validator=_tuple_of(AdverseEffect)
    )
    conditions: tuple[Condition, ...] = field(default=(), validator=_tuple_of(Condition))
    references: tuple[Reference, ...] = field(default=(), validator=_tuple_of(Reference))
    claims: tuple[Claim, ...] = field(default=(), validator=_tuple_of(Claim))
    enzymes: tuple[Enzyme, ...] = field(default=(), validator=_tuple_of(Enzyme))
    source: Reference | None = field(default=None, validator=_check_source)

    def __attrs_post_init__(self) -> None:
        problems = _find_problems(self)
        if problems:
            raise InvalidRegistryError(problems)

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{name}={len(getattr(self, name))}"
            for name in FAMILIES
            if name != "enzymes" or self.enzymes
        )
        source = "" if self.source is None else f", source={self.source.id!r}"
        return f"Registry({counts}{source})"

    def _repr_html_(self) -> str:
        """This registry as an HTML card, for Jupyter: its source, counts, agents and references."""
        from nmda_pain._html import registry_html  # noqa: PLC0415 -- deferred: only notebooks ask for it

        return registry_html(self)

    @property
    def entities(self) -> tuple[Entity, ...]:
        """Every entity, in family order (agents, receptors, mechanisms, adverse effects, conditions, enzymes)."""
        return (
            *self.agents,
            *self.receptors,
            *self.mechanisms,
            *self.adverse_effects,
            *self.conditions,
            *self.enzymes,
        )

    @cached_property
    def index(self) -> RegistryIndex:
        """Lookup tables over this registry, built on first use and cached.

        The queries in :mod:`nmda_pain.queries` use them; use them too when
        writing your own queries that must not scan every claim.
        """
        return RegistryIndex(self)

    def resolve(self, text: str) -> Entity:
        """Find the entity whose id, name, synonym or cross-reference is *text*.

        Case, whitespace, hyphens and underscores are ignored in names; a
        cross-reference is a CURIE in any usual spelling (``CHEBI:6121``,
        ``pubchem.compound:3821``).

        >>> from nmda_pain import default_registry
        >>> default_registry().resolve("CRPS").name
        'Complex regional pain syndrome'
        >>> default_registry().resolve("neuropathic_pain").id
        'neuropathic-pain'

        Raises:
            UnknownEntityError: Nothing is called *text*; the error lists the
                closest known names.
        """
        if not isinstance(text, str):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
            msg = f"resolve takes a name, id or identifier as a str, not {type(text).__name__}"
            raise TypeError(msg)
        index = self.index
        found = index.resolved.get(text)  # a text asked before: no normalising
        if found is not None:
            return found
        found = index.by_name.get(normalize_name(text))
        curie = _curie(text) if found is None and ":" in text else None
        if curie is not None:
            found = index.by_xref.get(curie.canonical)
        if found is None:
            hint = ""
            if curie is not None:
                hint = f"no entity here carries the identifier {curie.canonical}"
                if not index.by_xref:
                    hint += "; the vetted identifiers are in nmda_pain.extended_registry()"
            raise UnknownEntityError(text, self._suggestions(text), hint=hint)
        if len(index.resolved) >= MEMO_LIMIT:
            index.resolved.clear()
        index.resolved[text] = found
        return found

    def reference(self, key: str | int) -> Reference:
        """Find a reference by its id (``"rowbotham-2020"``) or its number in the source (``3``).

        A string of digits that is no reference's id is read as a number (``"3"``).

        Raises:
            UnknownEntityError: No reference has that id or number.
            TypeError: *key* is neither a str nor an int.
        """
        if isinstance(key, bool) or not isinstance(key, (str, int)):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
            msg = f"a reference is looked up by its id (str) or number (int), not {type(key).__name__}"
            raise TypeError(msg)
        found = (
            self.index.references_by_number.get(key)
            if isinstance(key, int)
            else self.index.references.get(key)
        )
        if found is None and isinstance(key, str) and key.isdecimal():
            found = self.index.references_by_number.get(int(key))  # "3", as typed on a command line
        if found is None:
            candidates = tuple(self.index.references) if isinstance(key, str) else ()
            raise UnknownEntityError(
                str(key), closest_names(str(key), candidates), kind="reference"
            )
        return found

    def verified_references(self, claim: Claim) -> tuple[Reference, ...]:
        """The references behind *claim* whose verification status is verified.

        .. versionadded:: 0.1.0
        """
        references = self.index.references
        return tuple(
            reference
            for reference in (references[item.reference] for item in claim.evidence)
            if reference.verification is VerificationStatus.VERIFIED
        )

    def best_evidence_level(
        self, claim: Claim, *, include_unverified: bool = True
    ) -> EvidenceLevel | None:
        """The strongest Oxford CEBM 2011 level among the references behind *claim*.

        ``None`` when no reference has a level (its design is not stated) or,
        with ``include_unverified=False``, when none is verified.

        >>> from nmda_pain import default_registry, find_claims
        >>> registry = default_registry()
        >>> claim, = find_claims(subject="memantine", object="neuropathic pain")
        >>> registry.best_evidence_level(claim), claim.reference_count
        (<EvidenceLevel.LEVEL_2: 2>, 1)
        >>> registry.best_evidence_level(claim, include_unverified=False) is None
        True

        .. versionadded:: 0.1.0
        """
        references = (
            self.verified_references(claim)
            if not include_unverified
            else tuple(self.index.references[item.reference] for item in claim.evidence)
        )
        levels = [r.evidence_level for r in references if r.evidence_level is not None]
        return min(levels, default=None)

    def merge(self, other: Registry) -> Registry:
        """Combine this registry with *other* into a new, validated registry.

        Records present in both, field for field, are kept once. The result
        lists this registry's records first, then the records only *other*
        has, each family in its own order. Merging a registry with itself
        gives an equal registry, and merging is associative when nothing
        conflicts.

        Args:
            other: The registry whose records to add.

        Returns:
            The combined registry.

        Raises:
            MergeConflictError: A record (or a claim's subject, predicate and
                object) exists in both with different content; the error names
                each id and the fields that differ.
            InvalidRegistryError: The combined records are inconsistent, for
                example one id names an agent in one registry and a condition
                in the other.

        .. versionadded:: 0.1.0
        """
        conflicts: list[str] = []

        def by_id(record: _Identified) -> str:
            return record.id

        def by_triple(claim: Claim) -> str:
            return f"{claim.subject} {claim.predicate.value} {claim.object}"

        agents = _merge("agents", self.agents, other.agents, by_id, conflicts)
        receptors = _merge("receptors", self.receptors, other.receptors, by_id, conflicts)
        mechanisms = _merge("mechanisms", self.mechanisms, other.mechanisms, by_id, conflicts)
        effects = _merge(
            "adverse_effects", self.adverse_effects, other.adverse_effects, by_id, conflicts
        )
        conditions = _merge("conditions", self.conditions, other.conditions, by_id, conflicts)
        references = _merge("references", self.references, other.references, by_id, conflicts)
        claims = _merge("claims", self.claims, other.claims, by_triple, conflicts)
        enzymes = _merge("enzymes", self.enzymes, other.enzymes, by_id, conflicts)
        if self.source is not None and other.source is not None and self.source != other.source:
            conflicts.append(f"source: {_differences(self.source, other.source)}")
        if conflicts:
            raise MergeConflictError(tuple(conflicts))
        return Registry(
            agents=agents,
            receptors=receptors,
            mechanisms=mechanisms,
            adverse_effects=effects,
            conditions=conditions,
            references=references,
            claims=claims,
            enzymes=enzymes,
            source=self.source if self.source is not None else other.source,
        )

    def _names(self) -> Iterable[str]:
        for entity in self.entities:
            yield entity.name
            yield from entity.synonyms

    def _suggestions(self, text: str) -> tuple[str, ...]:
        """Display names of the entities closest to *text*, each entity once.

        A close synonym suggests its entity's name (``"NMDA antagonist"`` gives
        ``'NMDA receptor antagonists'`` once, not once per synonym); when no
        name is close, the names that start with *text* are offered.
        """
        by_name = self.index.by_name
        close = [by_name[normalize_name(name)] for name in closest_names(text, self._names())]
        if not close:
            start = normalize_name(text)
            if len(start) >= _MIN_PREFIX:
                close = [e for e in self.entities if normalize_name(e.name).startswith(start)]
        return tuple(dict.fromkeys(entity.name for entity in close))[:MAX_SUGGESTIONS]


_Identified: TypeAlias = (
    Agent | Receptor | Mechanism | AdverseEffect | Condition | Enzyme | Reference
)
_R = TypeVar("_R", Agent, Receptor, Mechanism, AdverseEffect, Condition, Enzyme, Reference, Claim)


def _merge(
    family: str,
    ours: tuple[_R, ...],
    theirs: tuple[_R, ...],
    key: Callable[[_R], str],
    conflicts: list[str],
) -> tuple[_R, ...]:
    """Our records, then those of theirs that we lack; a different record under one key is a conflict."""
    by_key = {key(record): record for record in ours}
    added: list[_R] = []
    for record in theirs:
        existing = by_key.get(key(record))
        if existing is None:
            by_key[key(record)] = record
            added.append(record)
        elif existing != record:
            conflicts.append(f"{family} {key(record)!r}: {_differences(existing, record)}")
    return ours + tuple(added)


def _differences(ours: attrs.AttrsInstance, theirs: attrs.AttrsInstance) -> str:
    fields = [
        f.name for f in attrs.fields(type(ours)) if getattr(ours, f.name) != getattr(theirs, f.name)
    ]
    return f"the two registries differ in {', '.join(fields)}"


def _find_problems(registry: Registry) -> tuple[str, ...]:
    """Every cross-record inconsistency, each prefixed by the path of the field at fault."""
    problems: list[str] = []
    entities: dict[str, Entity] = {}
    where: dict[str, str] = {}
    families: tuple[tuple[str, tuple[Entity, ...]], ...] = (
        ("agents", registry.agents),
        ("receptors", registry.receptors),
        ("mechanisms", registry.mechanisms),
        ("adverse_effects", registry.adverse_effects),
        ("conditions", registry.conditions),
        ("enzymes", registry.enzymes),
    )
    for family, records in families:
        for index, entity in enumerate(records):
            path = f"{family}[{index}]"
            if entity.id in entities:
                problems.append(f"{path}.id: {entity.id!r} is already the id of {where[entity.id]}")
            else:
                entities[entity.id] = entity
                where[entity.id] = path
    _check_names(families, problems)

    references: dict[str, str] = {}
    numbers: dict[int, str] = {}
    numbered = {ref.id for ref in registry.references if ref.number is not None}
    for index, ref in enumerate(registry.references):
        path = f"references[{index}]"
        if ref.id in references:
            problems.append(f"{path}.id: {ref.id!r} is already the id of {references[ref.id]}")
        else:
            references[ref.id] = path
        if ref.number is not None:
            if ref.number in numbers:
                problems.append(
                    f"{path}.number: {ref.number} is already the number of {numbers[ref.number]}"
                )
            else:
                numbers[ref.number] = path
    if registry.source is not None and registry.source.id in references:
        problems.append(
            f"source.id: {registry.source.id!r} is also the id of {references[registry.source.id]}; "
            "the source is not one of its own references"
        )

    members = _check_agents(registry.agents, entities, problems)
    _check_targets(registry, entities, problems)
    _check_claims(registry.claims, entities, references, members, problems)
    problems.extend(
        f"claims[{index}].evidence[{number}].sections: reference {item.reference!r} is one of the "
        "article's numbered references; name the sections that state the claim"
        for index, claim in enumerate(registry.claims)
        for number, item in enumerate(claim.evidence)
        if item.reference in numbered and not item.sections
    )
    return tuple(problems)


def _check_names(families: tuple[tuple[str, tuple[Entity, ...]], ...], problems: list[str]) -> None:
    owner: dict[str, tuple[str, str]] = {}
    xref_owner: dict[str, str] = {}
    for family, records in families:
        for index, entity in enumerate(records):
            for xref in entity.xrefs:
                other = xref_owner.setdefault(xref.canonical, entity.id)
                if other != entity.id:
                    problems.append(
                        f"{family}[{index}].xrefs: {xref.canonical} also identifies {other!r}; "
                        "one identifier names one entity"
                    )
    for family, records in families:
        for index, entity in enumerate(records):
            for text in (entity.id, entity.name, *entity.synonyms):
                key = normalize_name(text)
                if key in owner and owner[key][0] != entity.id:
                    problems.append(
                        f"{family}[{index}]: the name {text!r} of {entity.id!r} is ambiguous: "
                        f"it also names {owner[key][0]!r} ({owner[key][1]}); rename or drop one synonym"
                    )
                else:
                    owner.setdefault(key, (entity.id, f"{family}[{index}]"))


def _check_agents(
    agents: tuple[Agent, ...], entities: Mapping[str, Entity], problems: list[str]
) -> dict[tuple[str, str], str]:
    """Check each agent's drug class; return the (member, class) pairs that need a claim."""
    pairs: dict[tuple[str, str], str] = {}
    for index, agent in enumerate(agents):
        if agent.drug_class is None:
            continue
        path = f"agents[{index}].drug_class"
        target = entities.get(agent.drug_class)
        if target is None:
            problems.append(
                f"{path}: unknown id {agent.drug_class!r}{_did_you_mean(agent.drug_class, entities)}"
            )
        elif not isinstance(target, Agent) or target.kind is not AgentKind.DRUG_CLASS:
            problems.append(f"{path}: {agent.drug_class!r} is not an agent of kind 'drug_class'")
        else:
            pairs[(agent.id, agent.drug_class)] = path
    for start in (agent.id for agent in agents):
        seen = [start]
        current = entities.get(start)
        while isinstance(current, Agent) and current.drug_class is not None:
            if current.drug_class in seen:
                problems.append(
                    f"agents: drug classes form a cycle: {' -> '.join([*seen, current.drug_class])}"
                )
                break
            seen.append(current.drug_class)
            current = entities.get(current.drug_class)
    return pairs


def _check_targets(registry: Registry, entities: Mapping[str, Entity], problems: list[str]) -> None:
    """Subunits point to receptors; modes of action and affinities name receptors."""

    def check(path: str, target: str) -> None:
        found = entities.get(target)
        if found is None:
            problems.append(f"{path}: unknown id {target!r}{_did_you_mean(target, entities)}")
        elif not isinstance(found, Receptor):
            problems.append(f"{path}: {target!r} is {with_article(found.FAMILY)}, not a receptor")

    for index, receptor in enumerate(registry.receptors):
        if receptor.subunit_of is not None:
            check(f"receptors[{index}].subunit_of", receptor.subunit_of)
    for index, agent in enumerate(registry.agents):
        for number, mode in enumerate(agent.modes_of_action):
            check(f"agents[{index}].modes_of_action[{number}].target", mode.target)
        for number, affinity in enumerate(agent.affinities):
            check(f"agents[{index}].affinities[{number}].target", affinity.target)


def _check_claims(
    claims: tuple[Claim, ...],
    entities: Mapping[str, Entity],
    references: Mapping[str, str],
    members: dict[tuple[str, str], str],
    problems: list[str],
) -> None:
    keys: dict[tuple[str, Predicate, str], int] = {}
    cited: set[str] = set()
    stated_members: set[tuple[str, str]] = set()
    for index, claim in enumerate(claims):
        path = f"claims[{index}]"
        if claim.key in keys:
            problems.append(
                f"{path}: repeats claims[{keys[claim.key]}] ({claim.subject} {claim.predicate.value} "
                f"{claim.object}); merge their evidence into one claim"
            )
        else:
            keys[claim.key] = index
        if claim.subject == claim.object:
            problems.append(f"{path}: subject and object are both {claim.subject!r}")
        subject_type, object_type = PREDICATE_SIGNATURES[claim.predicate]
        for role, entity_id, expected in (
            ("subject", claim.subject, subject_type),
            ("object", claim.object, object_type),
        ):
            entity = entities.get(entity_id)
            if entity is None:
                problems.append(
                    f"{path}.{role}: unknown id {entity_id!r}{_did_you_mean(entity_id, entities)}"
                )
            elif not isinstance(entity, expected):
                problems.append(
                    f"{path}.{role}: {claim.predicate.value!r} needs {with_article(expected.FAMILY)} as its {role}, "
                    f"but {entity_id!r} is {with_article(entity.FAMILY)}"
                )
        if claim.predicate is Predicate.MEMBER_OF:
            stated_members.add((claim.subject, claim.object))
            _check_membership(claim, path, entities, members, problems)
        _check_evidence(claim, path, references, cited, problems)
    for (member, drug_class), path in members.items():
        if (member, drug_class) not in stated_members:
            problems.append(
                f"{path}: {member!r} is placed in {drug_class!r} but no 'member_of' claim gives the "
                "evidence; add one"
            )
    problems.extend(
        f"{path}: reference {ref_id!r} is cited by no claim; cite it or remove it"
        for ref_id, path in references.items()
        if ref_id not in cited
    )


def _check_membership(
    claim: Claim,
    path: str,
    entities: Mapping[str, Entity],
    members: Mapping[tuple[str, str], str],
    problems: list[str],
) -> None:
    if (claim.subject, claim.object) not in members and isinstance(
        entities.get(claim.subject), Agent
    ):
        problems.append(
            f"{path}: says {claim.subject!r} is a member of {claim.object!r}, but that "
            f"agent's drug_class is not {claim.object!r}; set drug_class to match"
        )


def _check_evidence(
    claim: Claim,
    path: str,
    references: Mapping[str, str],
    cited: set[str],
    problems: list[str],
) -> None:
    for number, item in enumerate(claim.evidence):
        cited.add(item.reference)
        if item.reference not in references:
            problems.append(
                f"{path}.evidence[{number}].reference: unknown reference {item.reference!r}"
                f"{_did_you_mean(item.reference, references)}"
            )


def _did_you_mean(unknown: str, known: Iterable[str]) -> str:
    suggestions = closest_names(unknown, known)
    if not suggestions:
        return ""
    return f" (did you mean {', '.join(repr(s) for s in suggestions)}?)"


_MIN_PREFIX: Final = 3
"""The shortest text whose prefix matches are suggested (``"nmda"``, not ``"n"``)."""


def _curie(text: str) -> Curie | None:
    """*text* as a CURIE, or ``None`` if it is not one."""
    try:
        return Curie.parse(text)
    except ValueError:
        return None
