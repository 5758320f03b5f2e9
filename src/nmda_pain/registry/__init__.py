"""The registry: every record of one knowledge base, checked for consistency.

A :class:`Registry` is an immutable value. It checks on construction that its
records form one consistent graph (unique ids, no dangling ids, claims that
link the families their predicate names, acyclic drug classes, every reference
cited), so any registry that exists is valid, whether it was shipped, built by
a user, extended, loaded from JSON or made with :func:`attrs.evolve`. Lookup
indexes are built once, on first use, and kept on the instance.

The registry's record fields are the list of record families: :data:`FAMILIES`
is read from them, and the serializer, the schema, merging, the checks and the
exports all iterate it.
"""

from __future__ import annotations

import threading
import typing
from functools import cached_property
from typing import TYPE_CHECKING, Final, TypeAlias, TypeVar, cast

import attrs
from attrs import field, frozen

from nmda_pain._text import MAX_SUGGESTIONS, closest_names, normalize_name, with_article
from nmda_pain.errors import InvalidRegistryError, MergeConflictError, UnknownEntityError
from nmda_pain.model import (
    AdverseEffect,
    Affinity,
    Agent,
    Claim,
    Condition,
    Curie,
    Entity,
    Enzyme,
    EvidenceLevel,
    Mapping,
    MatchPredicate,
    Mechanism,
    Receptor,
    Reference,
)
from nmda_pain.model._frozen import refuse_if_built, restore, state_of
from nmda_pain.registry._checks import find_problems
from nmda_pain.registry._index import RegistryIndex

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "ENTITY_FAMILIES",
    "FAMILIES",
    "RECORD_TYPES",
    "Record",
    "Registry",
    "RegistryIndex",
    "normalize_name",
]

_T = TypeVar("_T")

_INDEX_BUILD: Final = threading.Lock()
"""Held while a registry's index is first built, so that it is built once."""

Record: TypeAlias = (
    Agent | Receptor | Mechanism | AdverseEffect | Condition | Enzyme | Reference | Claim | Mapping
)
"""A record of any family a registry holds."""

_Named = TypeVar(
    "_Named", bound=Agent | Receptor | Mechanism | AdverseEffect | Condition | Enzyme | Reference
)


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


def _family(record_type: type[_T]) -> tuple[_T, ...]:
    """A record family of the registry: a tuple of *record_type*, empty by default."""
    return field(
        default=(),
        validator=_tuple_of(record_type),
        metadata={"record": record_type},
    )


def _check_article(_instance: object, _attribute: object, value: Reference | None) -> None:
    if value is not None and not isinstance(value, Reference):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
        msg = f"Registry.article must be a Reference or None, not {type(value).__name__}"
        raise TypeError(msg)


@frozen(kw_only=True, cache_hash=True, repr=False)
class Registry:
    """An immutable, validated collection of entities, references, claims and mappings.

    Build one from your own records with the same checks as the shipped one::

        Registry(agents=(...), conditions=(...), references=(...), claims=(...))

    or add records to an existing one with :meth:`extend`. Two registries are
    equal when their records are equal; the hash is computed once and cached.
    A registry never changes: its ``__init__`` and ``__setstate__`` refuse one
    already built, and unpickling checks the records as building does.

    Attributes:
        agents: Drugs, drug classes and products.
        receptors: Receptors and receptor subunits the agents act on.
        mechanisms: Mechanisms of action.
        adverse_effects: Adverse effects and other non-analgesic effects.
        conditions: Pain conditions, phenomena and categories.
        enzymes: Enzymes that metabolise or are inhibited by agents.
        references: Every source: each must be cited by a claim, a mapping or a value.
        claims: The assertions linking entities, each with its evidence.
        mappings: The grounding of entities in public vocabularies.
        article: The work the registry restates (its source article), if it has one;
            its numbered references are the article's reference list.

    Raises:
        InvalidRegistryError: The records are inconsistent; the error lists
            every problem with the path of the offending field.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``mappings`` added; the families are in this order.
    """

    agents: tuple[Agent, ...] = _family(Agent)
    receptors: tuple[Receptor, ...] = _family(Receptor)
    mechanisms: tuple[Mechanism, ...] = _family(Mechanism)
    adverse_effects: tuple[AdverseEffect, ...] = _family(AdverseEffect)
    conditions: tuple[Condition, ...] = _family(Condition)
    enzymes: tuple[Enzyme, ...] = _family(Enzyme)
    references: tuple[Reference, ...] = _family(Reference)
    claims: tuple[Claim, ...] = _family(Claim)
    mappings: tuple[Mapping, ...] = _family(Mapping)
    article: Reference | None = field(default=None, validator=_check_article)

    def __attrs_pre_init__(self) -> None:
        # attrs' __init__ sets fields with object.__setattr__: run again, it would rewrite a shared registry.
        refuse_if_built(self)

    def __attrs_post_init__(self) -> None:
        problems = find_problems(self, ENTITY_FAMILIES)
        if problems:
            raise InvalidRegistryError(problems)

    def __getstate__(self) -> dict[str, object]:
        return state_of(self)

    def __setstate__(self, state: object) -> None:
        """Unpickle: build this fresh instance from *state* with every check a constructor makes.

        Raises:
            InvalidRegistryError: *state* is not a valid registry's fields.
            attrs.exceptions.FrozenInstanceError: This registry is already built.
        """
        try:
            restore(self, state)
        except InvalidRegistryError:
            raise
        except (TypeError, ValueError) as refused:
            raise InvalidRegistryError((f"pickled state: {refused}",)) from refused

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{name}={len(getattr(self, name))}"
            for name in FAMILIES
            if getattr(self, name) or name not in _OPTIONAL_IN_REPR
        )
        article = "" if self.article is None else f", article={self.article.id!r}"
        return f"Registry({counts}{article})"

    @property
    def entities(self) -> tuple[Entity, ...]:
        """Every entity, in family order (agents, receptors, mechanisms, adverse effects, conditions, enzymes)."""
        return tuple(
            entity
            for name in ENTITY_FAMILIES
            for entity in cast("tuple[Entity, ...]", getattr(self, name))
        )

    @cached_property
    def index(self) -> RegistryIndex:
        """Lookup tables over this registry, built once, on first use, and read-only.

        The queries in :mod:`nmda_pain.queries` use them; use them too when
        writing your own queries that must not scan every claim. Threads that
        ask at the same time wait for one build and share its result.
        """
        with _INDEX_BUILD:
            return self._built_index

    @cached_property
    def _built_index(self) -> RegistryIndex:
        # Read only under _INDEX_BUILD: the first thread builds, the others find it built.
        return RegistryIndex(self)

    # --- lookups -------------------------------------------------------------------------

    def resolve(self, text: Entity | str) -> Entity:
        """Find the entity whose id, name, synonym or identifier is *text*.

        Given an entity instead, return it if it is this registry's record
        with that id: every query takes "an entity or its name" through here.

        Case, whitespace, hyphens and underscores are ignored in names; an
        identifier is the CURIE of an exact mapping, in any usual spelling
        (``CHEBI:6121``, ``pubchem.compound:3821``). To get a record of a known
        family with its own type, use :meth:`get`.

        >>> from nmda_pain import default_registry
        >>> default_registry().resolve("CRPS").name
        'Complex regional pain syndrome'
        >>> default_registry().resolve("CHEBI:6121").id
        'ketamine'

        Raises:
            UnknownEntityError: Nothing is called *text*; the error lists the
                closest known names.
        """
        if not isinstance(text, str):
            return self._own(text)
        index = self.index
        found = index.by_name.get(normalize_name(text))
        curie = _curie(text) if found is None and ":" in text else None
        if curie is not None:
            found = index.by_xref.get(curie.canonical)
        if found is None:
            hint = ""
            if curie is not None:
                hint = f"no entity here has an exact mapping to {curie.canonical}"
            raise UnknownEntityError(text, self._suggestions(text), hint=hint)
        return found

    def get(self, family: type[_Named], key: str) -> _Named:
        """Find the record of *family* that *key* names, typed as that family.

        *key* is anything :meth:`resolve` accepts (for a :class:`~nmda_pain.Reference`,
        anything :meth:`reference` accepts), so ``registry.get(Agent, "ketamine")``
        is an :class:`~nmda_pain.Agent` to a type checker as well as at run time.

        >>> from nmda_pain import Agent, Condition, default_registry
        >>> default_registry().get(Agent, "CHEBI:6121").name
        'Ketamine'
        >>> default_registry().get(Condition, "CRPS").id
        'complex-regional-pain-syndrome'

        Raises:
            UnknownEntityError: Nothing is called *key*, or it names a record of
                another family; the error says which.
            TypeError: *family* is not a record family with names.

        .. versionadded:: 0.2.0
        """
        if family not in _NAMED_TYPES:
            known = ", ".join(t.__name__ for t in _NAMED_TYPES)
            msg = f"get looks up a record of one of {known}, not {family!r}"
            raise TypeError(msg)
        if not isinstance(key, str) and not (family is Reference and isinstance(key, int)):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
            msg = f"get looks up a record by its id or a name as a str, not {type(key).__name__}: {key!r}"
            raise TypeError(msg)
        try:
            entity = self.reference(key) if family is Reference else self.resolve(key)
        except UnknownEntityError as missing:
            if missing.belongs_to is not None or family is Reference:
                raise
            belongs_to = "reference" if key in self.index.references else None
            names = () if belongs_to else tuple(e.name for e in self.entities if type(e) is family)
            raise UnknownEntityError(
                key,
                closest_names(key, names) or missing.suggestions,
                looked_for=family.FAMILY,
                belongs_to=belongs_to,
                hint=missing.hint,
            ) from missing
        found = cast("object", entity)  # so that isinstance narrows it to the family asked for
        if not isinstance(found, family):
            raise UnknownEntityError(
                key,
                closest_names(key, (e.name for e in self.entities if type(e) is family)),
                looked_for=family.FAMILY,
                belongs_to=entity.FAMILY,
            )
        return found  # pyright: ignore[reportReturnType] -- narrowed to the family by isinstance

    def reference(self, key: str | int) -> Reference:
        """Find a reference by its id (``"rowbotham-2020"``) or its number in the article (``3``).

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
            if isinstance(key, str) and key in self.index.by_id:
                raise UnknownEntityError(
                    key, (), looked_for="reference", belongs_to=self.index.by_id[key].FAMILY
                )
            candidates = tuple(self.index.references) if isinstance(key, str) else ()
            raise UnknownEntityError(
                str(key), closest_names(str(key), candidates), looked_for="reference"
            )
        return found

    def _id_of(self, entity: Entity | str) -> str:
        return self.resolve(entity).id

    def _own(self, entity: object) -> Entity:
        """*entity* itself, if this registry holds that very record."""
        if not isinstance(entity, Entity):
            msg = f"expected an entity or its name, id or identifier as a str, not {type(entity).__name__}: {entity!r}"
            raise TypeError(msg)
        found = self.index.by_id.get(entity.id)
        if found is None:
            raise UnknownEntityError(entity.id, self._suggestions(entity.id))
        if found != entity:
            raise UnknownEntityError(
                entity.id,
                (),
                looked_for=entity.FAMILY,
                belongs_to=entity.FAMILY,
                hint="it differs from the one given; pass its name or id to use this registry's record",
            )
        return found

    def mappings_of(self, entity: Entity | str) -> tuple[Mapping, ...]:
        """The mappings of *entity* (the entity, or its id or a name), in registry order.

        Raises:
            UnknownEntityError: The registry holds no such entity.

        .. versionadded:: 0.2.0
        """
        return self.index.mappings_by_subject.get(self._id_of(entity), ())

    def identifiers(self, entity: Entity | str) -> tuple[Curie, ...]:
        """The identifiers of *entity*: the terms of its exact mappings, in registry order.

        *entity* is the entity, or its id or a name (as :meth:`resolve` takes).

        >>> from nmda_pain import default_registry
        >>> [c.canonical for c in default_registry().identifiers("ketamine")][:2]
        ['pubchem.compound:3821', 'chebi:6121']

        .. versionadded:: 0.2.0
        """
        return tuple(
            mapping.object
            for mapping in self.mappings_of(entity)
            if mapping.predicate is MatchPredicate.EXACT
        )

    def classes_of(self, agent: Agent | str) -> tuple[Agent, ...]:
        """The drug classes *agent* (the agent, or its id or a name) is a member of, by its ``member_of`` claims.

        >>> from nmda_pain import default_registry
        >>> [a.name for a in default_registry().classes_of("Ketamine")]
        ['NMDA receptor antagonists', 'Analgesics']

        .. versionadded:: 0.2.0
        """
        return self.index.classes.get(self._id_of(agent), ())

    def members_of(self, drug_class: Agent | str) -> tuple[Agent, ...]:
        """The agents that are members of *drug_class* (the class, or its id or a name), by their ``member_of`` claims.

        >>> from nmda_pain import default_registry
        >>> [a.id for a in default_registry().members_of("NMDA antagonists")][:2]
        ['ketamine', 'memantine']

        .. versionadded:: 0.2.0
        """
        return self.index.members.get(self._id_of(drug_class), ())

    # --- evidence ------------------------------------------------------------------------

    def references_of(self, record: Claim | Mapping | Affinity) -> tuple[Reference, ...]:
        """The references *record* names as its sources, in the order it names them.

        For a claim, its evidence (disputing references included); for a
        mapping (an identifier, when it is an exact one), the sources its term
        was read in; for a measured value, where it was read. Each reference
        says what kind of source it is and whether it was verified.

        >>> from nmda_pain import default_registry
        >>> registry = default_registry()
        >>> (mapping,) = [m for m in registry.mappings_of("ketamine") if m.object.canonical == "chebi:6121"]
        >>> all(r.is_verified for r in registry.references_of(mapping))
        True

        .. versionadded:: 0.2.0
        """
        if not isinstance(record, (Claim, Mapping, Affinity)):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
            msg = (
                "references_of takes a Claim, a Mapping or an Affinity; for an entity, "
                f"nmda_pain.provenance.provenance(entity, registry) collects its sources, not {record!r}"
            )
            raise TypeError(msg)
        return tuple(self._reference(ref_id) for ref_id in record.references)

    def _reference(self, ref_id: str) -> Reference:
        """The reference *ref_id* names, for a record that cites it."""
        found = self.index.references.get(ref_id)
        if found is None:
            raise UnknownEntityError(
                ref_id,
                closest_names(ref_id, self.index.references),
                looked_for="reference",
                hint="the record cites a reference this registry lacks; is it a record of another registry?",
            )
        return found

    def verified_references(self, claim: Claim) -> tuple[Reference, ...]:
        """The references supporting *claim* whose verification status is verified.

        .. versionadded:: 0.1.0
        """
        return tuple(
            reference
            for reference in (
                self._reference(item.reference) for item in claim.evidence if not item.disputes
            )
            if reference.is_verified
        )

    def best_evidence_level(
        self, claim: Claim, *, include_unverified: bool = True
    ) -> EvidenceLevel | None:
        """The strongest Oxford CEBM 2011 level among the references supporting *claim*.

        Only a verified reference has a level (:attr:`Reference.evidence_level
        <nmda_pain.Reference.evidence_level>`), so this is ``None`` for every
        claim of the source article: none of its references could be verified.
        *include_unverified* is kept for symmetry with the queries; unverified
        references never grade.

        >>> from nmda_pain import default_registry, find_claims
        >>> registry = default_registry()
        >>> claim, = find_claims(subject="memantine", object="neuropathic pain")
        >>> registry.best_evidence_level(claim) is None, claim.reference_count
        (True, 1)

        .. versionadded:: 0.1.0
        """
        del include_unverified  # an unverified reference has no level either way
        levels = [
            level
            for level in (r.evidence_level for r in self.verified_references(claim))
            if level is not None
        ]
        return min(levels, default=None)

    # --- building ------------------------------------------------------------------------

    def extend(
        self,
        *,
        agents: Iterable[Agent] = (),
        receptors: Iterable[Receptor] = (),
        mechanisms: Iterable[Mechanism] = (),
        adverse_effects: Iterable[AdverseEffect] = (),
        conditions: Iterable[Condition] = (),
        enzymes: Iterable[Enzyme] = (),
        references: Iterable[Reference] = (),
        claims: Iterable[Claim] = (),
        mappings: Iterable[Mapping] = (),
    ) -> Registry:
        """A new registry with this one's records and the records given, checked as a whole.

        The new records may name any id of this registry: a claim that puts
        your own agent in a shipped class needs only the agent, the claim and
        the reference it cites. A record whose id (or a claim whose subject,
        predicate and object) this registry already has is refused, not
        swapped in. This registry is unchanged.

        >>> from nmda_pain import (
        ...     Agent, Certainty, Claim, Evidence, Predicate, Reference, default_registry
        ... )
        >>> mine = default_registry().extend(
        ...     agents=(Agent(id="my-drug", name="My drug"),),
        ...     references=(Reference(id="my-notes", title="Lab notes", year=2026),),
        ...     claims=(
        ...         Claim(
        ...             subject="my-drug",
        ...             predicate=Predicate.MEMBER_OF,
        ...             object="nmda-receptor-antagonists",
        ...             evidence=(Evidence(reference="my-notes"),),
        ...             certainty=Certainty.STATED,
        ...         ),
        ...     ),
        ... )
        >>> [a.id for a in mine.classes_of("my-drug")]
        ['nmda-receptor-antagonists']

        Raises:
            InvalidRegistryError: The combined records are inconsistent; every
                problem is listed, with paths into the combined registry.

        .. versionadded:: 0.2.0
        """
        return Registry(
            agents=(*self.agents, *agents),
            receptors=(*self.receptors, *receptors),
            mechanisms=(*self.mechanisms, *mechanisms),
            adverse_effects=(*self.adverse_effects, *adverse_effects),
            conditions=(*self.conditions, *conditions),
            enzymes=(*self.enzymes, *enzymes),
            references=(*self.references, *references),
            claims=(*self.claims, *claims),
            mappings=(*self.mappings, *mappings),
            article=self.article,
        )

    def merge(self, other: Registry) -> Registry:
        """Combine this registry with *other*, a complete registry, into a new one.

        Records present in both, field for field, are kept once. The result
        lists this registry's records first, then the records only *other*
        has, each family in its own order. Merging a registry with itself
        gives an equal registry, and merging is associative when nothing
        conflicts. To add records to a registry, :meth:`extend` is simpler.

        Raises:
            MergeConflictError: A record (or a claim's subject, predicate and
                object, or a mapping's subject and term) exists in both with
                different content; the error names each and the fields that differ.
            InvalidRegistryError: The combined records are inconsistent, for
                example one id names an agent in one registry and a condition
                in the other.

        .. versionadded:: 0.1.0
        """
        conflicts: list[str] = []
        merged = {
            name: _merge(name, getattr(self, name), getattr(other, name), conflicts)
            for name in FAMILIES
        }
        if self.article is not None and other.article is not None and self.article != other.article:
            conflicts.append(f"article: {_differences(self.article, other.article)}")
        if conflicts:
            raise MergeConflictError(tuple(conflicts))
        article = self.article if self.article is not None else other.article
        return Registry(**merged, article=article)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType] -- each family holds its own records

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


FAMILIES: Final[tuple[str, ...]] = tuple(
    attribute.name for attribute in attrs.fields(Registry) if "record" in attribute.metadata
)
"""The names of a registry's record families, in the order of its fields."""

RECORD_TYPES: Final[dict[str, type[Record]]] = {
    attribute.name: attribute.metadata["record"]
    for attribute in attrs.fields(Registry)
    if "record" in attribute.metadata
}
"""The record type of each family, by family name."""

ENTITY_FAMILIES: Final[tuple[str, ...]] = tuple(
    name for name in FAMILIES if RECORD_TYPES[name] in typing.get_args(Entity)
)
"""The families of :data:`FAMILIES` that hold entities (what claims and mappings name)."""

_NAMED_TYPES: Final = (*(RECORD_TYPES[name] for name in ENTITY_FAMILIES), Reference)
_OPTIONAL_IN_REPR: Final = frozenset({"enzymes", "mappings"})
_MIN_PREFIX: Final = 3
"""The shortest text whose prefix matches are suggested (``"nmda"``, not ``"n"``)."""


def record_key(record: Record) -> str:
    """The key that identifies *record* within its family.

    An entity's or a reference's id; a claim's subject, predicate and object; a
    mapping's subject and term.
    """
    if isinstance(record, Claim):
        return f"{record.subject} {record.predicate.value} {record.object}"
    if isinstance(record, Mapping):
        return f"{record.subject} {record.object.canonical}"
    return record.id


def _merge(
    family: str,
    ours: tuple[Record, ...],
    theirs: tuple[Record, ...],
    conflicts: list[str],
) -> tuple[Record, ...]:
    """Our records, then those of theirs that we lack; a different record under one key is a conflict."""
    by_key = {record_key(record): record for record in ours}
    added: list[Record] = []
    for record in theirs:
        key = record_key(record)
        existing = by_key.get(key)
        if existing is None:
            by_key[key] = record
            added.append(record)
        elif existing != record:
            conflicts.append(f"{family} {key!r}: {_differences(existing, record)}")
    return (*ours, *added)


def _differences(ours: attrs.AttrsInstance, theirs: attrs.AttrsInstance) -> str:
    fields = [
        f.name for f in attrs.fields(type(ours)) if getattr(ours, f.name) != getattr(theirs, f.name)
    ]
    return f"the two registries differ in {', '.join(fields)}"


def _curie(text: str) -> Curie | None:
    """*text* as a CURIE, or ``None`` if it is not one."""
    try:
        return Curie.parse(text)
    except ValueError:
        return None
