"""The registry's cross-record rules, each problem a message prefixed by the path at fault.

Every check is one pass over the records with dictionary lookups, so checking
costs time linear in the registry's size, valid or not. A valid record costs
lookups only: a path or a message is written out when a problem is found,
never on the way. The rules on a single
record live in the model; these are the ones that need the whole registry:
unique ids and names, no dangling ids, claims linking the families their
predicate names, acyclic drug classes, mappings one term to one entity, every
reference cited.

The work a problem adds is bounded too: a value a message quotes is cut to a
short prefix and its length (:func:`nmda_pain.errors.quoted`), and only the
first :data:`~nmda_pain.errors.MAX_REPORTED_PROBLEMS` unknown ids get a "did you
mean", each found among a bounded number of the known ids (:class:`Names`).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final, cast

from nmda_pain._text import closest_names, normalize_name, with_article
from nmda_pain.errors import MAX_QUOTED, MAX_REPORTED_PROBLEMS, cut, quoted
from nmda_pain.model import (
    PREDICATES,
    Agent,
    AgentKind,
    Claim,
    Entity,
    Mapping,
    MatchPredicate,
    Mechanism,
    Predicate,
    Receptor,
)

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator

    from nmda_pain.registry import Registry

__all__ = ["Names", "find_problems"]

_MAX_CANDIDATES: Final = 64
"""How many known names one suggestion compares at most."""

_MAX_SUGGESTED_LENGTH: Final = 200
"""The longest text that gets a suggestion: no id or field is near a longer one."""

_MAX_CYCLE_SHOWN: Final = 8
"""How many classes of a cycle its message names."""


class Names:
    """Known names to suggest from: all of them when few, else those nearest in spelling.

    Beyond :data:`_MAX_CANDIDATES` names, a suggestion looks only at the names
    that sort next to the text, and next to it read backwards (so a typo at
    either end still finds its name): the sorted orders are built once, on the
    first suggestion, and each suggestion costs the same however many names
    there are.
    """

    def __init__(self, names: Collection[str]) -> None:
        self._names = names
        self._orders: tuple[tuple[list[str], list[str]], ...] = ()

    def closest(self, text: str) -> tuple[str, ...]:
        """The known names closest to *text*, best first (none for a text longer than any name)."""
        if len(text) > _MAX_SUGGESTED_LENGTH:
            return ()
        if len(self._names) <= _MAX_CANDIDATES:
            return closest_names(text, self._names)
        if not self._orders:
            self._orders = tuple(
                _sorted_keys(self._names, reverse=reverse) for reverse in (False, True)
            )
        key = normalize_name(text)
        near: dict[str, None] = {}
        side = _MAX_CANDIDATES // 4
        for (keys, names), probe in zip(self._orders, (key, key[::-1]), strict=True):
            at = bisect.bisect_left(keys, probe)
            near.update(dict.fromkeys(names[max(at - side, 0) : at + side]))
        return closest_names(text, near)


def _sorted_keys(names: Iterable[str], *, reverse: bool) -> tuple[list[str], list[str]]:
    """The normalised keys of *names* (read backwards if *reverse*) in order, and the names in that order."""
    pairs = sorted(
        (key[::-1] if reverse else key, name) for name in names for key in (normalize_name(name),)
    )
    return [key for key, _ in pairs], [name for _, name in pairs]


class _Problems:
    """The problems found, in order; the first ones that name an unknown id get a suggestion."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._suggest: list[tuple[int, str, Names]] = []

    def append(self, line: str) -> None:
        self.lines.append(line)

    def extend(self, lines: Iterable[str]) -> None:
        self.lines.extend(lines)

    def unknown(self, line: str, text: str, known: Names) -> None:
        """Add *line* about the unknown *text*; a suggestion from *known* follows if it is reported."""
        if len(self.lines) < MAX_REPORTED_PROBLEMS:
            self._suggest.append((len(self.lines), text, known))
        self.lines.append(line)

    def done(self) -> tuple[str, ...]:
        """Every problem, the suggestions computed now, only for those that are reported."""
        for position, text, known in self._suggest:
            self.lines[position] += _did_you_mean(known.closest(text))
        return tuple(self.lines)


def find_problems(registry: Registry, entity_families: tuple[str, ...]) -> tuple[str, ...]:
    """Every cross-record inconsistency of *registry*, each prefixed by the path of the field at fault.

    *entity_families* names the registry's fields that hold entities, in order.
    """
    problems = _Problems()
    entities: dict[str, Entity] = {}
    where: dict[str, tuple[str, int]] = {}
    families = tuple(
        (name, cast("tuple[Entity, ...]", getattr(registry, name))) for name in entity_families
    )
    for family, records in families:
        for index, entity in enumerate(records):
            first = where.setdefault(entity.id, (family, index))
            if first == (family, index):
                entities[entity.id] = entity
            else:
                problems.append(
                    f"{family}[{index}].id: {quoted(entity.id)} is already the id of "
                    f"{first[0]}[{first[1]}]"
                )
    _check_names(families, problems)
    references = _check_references(registry, problems)
    known = _Known(entities, Names(entities), references, Names(references))
    numbered = frozenset(ref.id for ref in registry.references if ref.number is not None)
    cited: set[str] = set()
    _check_receptors(registry.receptors, known, problems)
    _check_claims(registry.claims, known, cited, problems)
    problems.extend(
        f"claims[{index}].evidence[{number}].sections: reference {quoted(item.reference)} is one of the "
        "article's numbered references; name the sections that state the claim"
        for index, claim in enumerate(registry.claims)
        for number, item in enumerate(claim.evidence)
        if item.reference in numbered and not item.sections
    )
    _check_classes(registry.claims, entities, problems)
    _check_mappings(registry.mappings, known, cited, problems)
    problems.extend(
        f"references[{index}]: reference {quoted(ref_id)} is cited by no claim, mapping or value; "
        "cite it or remove it"
        for ref_id, index in references.items()
        if ref_id not in cited
    )
    return problems.done()


class _Known:
    """The registry's entities and references by id, and their ids to suggest from."""

    def __init__(
        self,
        entities: dict[str, Entity],
        entity_ids: Names,
        references: dict[str, int],
        reference_ids: Names,
    ) -> None:
        self.entities = entities
        self.entity_ids = entity_ids
        self.references = references
        self.reference_ids = reference_ids

    def reference(self, path: str, ref_id: str, problems: _Problems) -> None:
        """A problem at *path* if *ref_id* names no reference."""
        if ref_id not in self.references:
            problems.unknown(
                f"{path}: unknown reference {quoted(ref_id)}", ref_id, self.reference_ids
            )


def _check_names(families: tuple[tuple[str, tuple[Entity, ...]], ...], problems: _Problems) -> None:
    owner: dict[str, tuple[str, str, int]] = {}
    for family, records in families:
        for index, entity in enumerate(records):
            for text in (entity.id, entity.name, *entity.synonyms):
                first = owner.setdefault(normalize_name(text), (entity.id, family, index))
                if first[0] != entity.id:
                    problems.append(
                        f"{family}[{index}]: the name {quoted(text)} of {quoted(entity.id)} is "
                        f"ambiguous: it also names {quoted(first[0])} ({first[1]}[{first[2]}]); "
                        "rename or drop one synonym"
                    )


def _check_references(registry: Registry, problems: _Problems) -> dict[str, int]:
    """Unique ids and numbers; return the position of each reference by id."""
    references: dict[str, int] = {}
    numbers: dict[int, int] = {}
    for index, ref in enumerate(registry.references):
        first = references.setdefault(ref.id, index)
        if first != index:
            problems.append(
                f"references[{index}].id: {quoted(ref.id)} is already the id of references[{first}]"
            )
        if ref.number is not None:
            first = numbers.setdefault(ref.number, index)
            if first != index:
                problems.append(
                    f"references[{index}].number: {ref.number} is already the number of "
                    f"references[{first}]"
                )
    if registry.article is not None and registry.article.id in references:
        problems.append(
            f"article.id: {quoted(registry.article.id)} is also the id of "
            f"references[{references[registry.article.id]}]; "
            "the article is not one of its own references"
        )
    return references


def _check_receptors(receptors: tuple[Receptor, ...], known: _Known, problems: _Problems) -> None:
    for index, receptor in enumerate(receptors):
        if receptor.subunit_of is not None:
            _expect(
                f"receptors[{index}].subunit_of", receptor.subunit_of, Receptor, known, problems
            )


def _expect(
    path: str,
    entity_id: str,
    family: type[Entity],
    known: _Known,
    problems: _Problems,
    *,
    needs: str = "",
) -> Entity | None:
    """The entity *entity_id*, or ``None`` with a problem if it is unknown or not a *family*."""
    found = known.entities.get(entity_id)
    if found is None:
        problems.unknown(f"{path}: unknown id {quoted(entity_id)}", entity_id, known.entity_ids)
        return None
    if not isinstance(found, family):
        wanted = needs or f"{with_article(family.FAMILY)}"
        problems.append(
            f"{path}: {wanted}, but {quoted(entity_id)} is {with_article(found.FAMILY)}"
        )
        return None
    return found


def _check_claims(
    claims: tuple[Claim, ...], known: _Known, cited: set[str], problems: _Problems
) -> None:
    keys: dict[tuple[str, Predicate, str], int] = {}
    entities = known.entities
    references = known.references
    for index, claim in enumerate(claims):
        first = keys.setdefault(claim.key, index)
        if first != index:
            problems.append(
                f"claims[{index}]: repeats claims[{first}] ({_short(claim.subject)} "
                f"{claim.predicate.value} {_short(claim.object)}); merge their evidence into one claim"
            )
        rule = PREDICATES[claim.predicate]
        if not isinstance(entities.get(claim.subject), rule.subject):
            _expect_end(index, claim, "subject", rule.subject, known, problems)
        if not isinstance(entities.get(claim.object), rule.object):
            _expect_end(index, claim, "object", rule.object, known, problems)
        for number, mechanism in enumerate(claim.via):
            if not isinstance(entities.get(mechanism), Mechanism):
                _expect(f"claims[{index}].via[{number}]", mechanism, Mechanism, known, problems)
        if claim.affinities:
            _check_affinities(claim, f"claims[{index}]", known, cited, problems)
        for number, item in enumerate(claim.evidence):
            reference = item.reference
            cited.add(reference)
            if reference not in references:
                known.reference(
                    f"claims[{index}].evidence[{number}].reference", reference, problems
                )


def _expect_end(
    index: int,
    claim: Claim,
    role: str,
    expected: type[Entity],
    known: _Known,
    problems: _Problems,
) -> None:
    """The problem of a claim whose *role* (subject or object) is unknown or of the wrong family."""
    needs = f"{claim.predicate.value!r} needs {with_article(expected.FAMILY)} as its {role}"
    entity_id = claim.subject if role == "subject" else claim.object
    _expect(f"claims[{index}].{role}", entity_id, expected, known, problems, needs=needs)


def _check_affinities(
    claim: Claim, path: str, known: _Known, cited: set[str], problems: _Problems
) -> None:
    """Each value is measured at the claim's object or a subunit of it, and names known sources."""
    for number, affinity in enumerate(claim.affinities):
        apath = f"{path}.affinities[{number}]"
        target = _expect(f"{apath}.target", affinity.target, Receptor, known, problems)
        if isinstance(target, Receptor) and claim.object not in {
            affinity.target,
            target.subunit_of,
        }:
            problems.append(
                f"{apath}.target: {quoted(affinity.target)} is neither the claim's object "
                f"{quoted(claim.object)} nor one of its subunits"
            )
        for ref_number, ref_id in enumerate(affinity.references):
            cited.add(ref_id)
            known.reference(f"{apath}.references[{ref_number}]", ref_id, problems)


def _check_classes(
    claims: tuple[Claim, ...], entities: dict[str, Entity], problems: _Problems
) -> None:
    """A ``member_of`` object is a drug class, and the classes form no cycle (linear time)."""
    parents: dict[str, list[str]] = {}
    for index, claim in enumerate(claims):
        if claim.predicate is not Predicate.MEMBER_OF:
            continue
        target = entities.get(claim.object)
        if isinstance(target, Agent) and target.kind is not AgentKind.DRUG_CLASS:
            problems.append(
                f"claims[{index}].object: {quoted(claim.object)} is an agent of kind "
                f"{target.kind.value!r}; 'member_of' needs a drug class"
            )
        parents.setdefault(claim.subject, []).append(claim.object)
    # Iterative depth-first search with three colours: each node and edge is visited once.
    done: set[str] = set()
    on_path: dict[str, int] = {}
    for start, classes in parents.items():
        if start in done:
            continue
        path: list[str] = [start]
        on_path[start] = 0
        stack: list[Iterator[str]] = [iter(classes)]
        while stack:
            following = next(stack[-1], None)
            if following is None:
                stack.pop()
                node = path.pop()
                del on_path[node]
                done.add(node)
                continue
            if following in on_path:
                problems.append(_cycle(path, on_path[following]))
            elif following not in done:
                on_path[following] = len(path)
                path.append(following)
                stack.append(iter(parents.get(following, ())))


def _cycle(path: list[str], start: int) -> str:
    """The problem of the cycle from ``path[start]`` back to it, naming at most a few classes."""
    length = len(path) - start
    shown = [_short(name) for name in path[start : start + min(length, _MAX_CYCLE_SHOWN)]]
    if length > _MAX_CYCLE_SHOWN:
        shown.append(f"... ({length - _MAX_CYCLE_SHOWN:,} more classes)")
    return f"claims: drug classes form a cycle: {' -> '.join([*shown, shown[0]])}"


def _check_mappings(
    mappings: tuple[Mapping, ...], known: _Known, cited: set[str], problems: _Problems
) -> None:
    keys: dict[tuple[str, str], int] = {}
    exact: dict[str, str] = {}
    for index, mapping in enumerate(mappings):
        first = keys.setdefault(mapping.key, index)
        if first != index:
            problems.append(
                f"mappings[{index}]: repeats mappings[{first}] ({_short(mapping.subject)} to "
                f"{mapping.object.canonical}); one mapping per entity and term"
            )
        entity = known.entities.get(mapping.subject)
        if entity is None:
            problems.unknown(
                f"mappings[{index}].subject: unknown id {quoted(mapping.subject)}",
                mapping.subject,
                known.entity_ids,
            )
        if (
            mapping.direction is not None
            and entity is not None
            and not isinstance(entity, Mechanism)
        ):
            problems.append(
                f"mappings[{index}].direction: {quoted(mapping.subject)} is no mechanism; only a "
                "mechanism changes a process in a direction"
            )
        if mapping.predicate is MatchPredicate.EXACT:
            owner = exact.setdefault(mapping.object.canonical, mapping.subject)
            if owner != mapping.subject:
                problems.append(
                    f"mappings[{index}].object: {mapping.object.canonical} is already an exact "
                    f"match of {quoted(owner)}; one identifier names one entity (use a close or "
                    "broad match)"
                )
        for number, ref_id in enumerate(mapping.references):
            cited.add(ref_id)
            if ref_id not in known.references:
                known.reference(f"mappings[{index}].references[{number}]", ref_id, problems)


def _short(name: str) -> str:
    """*name* unquoted, cut like a quoted value."""
    return cut(name, MAX_QUOTED)


def _did_you_mean(suggestions: tuple[str, ...]) -> str:
    if not suggestions:
        return ""
    return f" (did you mean {', '.join(quoted(s) for s in suggestions)}?)"
