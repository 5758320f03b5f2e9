"""The registry's cross-record rules, each problem a message prefixed by the path at fault.

Every check is one pass over the records with dictionary lookups, so checking
costs time linear in the registry's size. The rules on a single record live in
the model; these are the ones that need the whole registry: unique ids and
names, no dangling ids, claims linking the families their predicate names,
acyclic drug classes, mappings one term to one entity, every reference cited.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from nmda_pain._text import closest_names, normalize_name, with_article
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
    from collections.abc import Iterable, Iterator

    from nmda_pain.registry import Registry

__all__ = ["find_problems"]


def find_problems(registry: Registry, entity_families: tuple[str, ...]) -> tuple[str, ...]:
    """Every cross-record inconsistency of *registry*, each prefixed by the path of the field at fault.

    *entity_families* names the registry's fields that hold entities, in order.
    """
    problems: list[str] = []
    entities: dict[str, Entity] = {}
    where: dict[str, str] = {}
    families = tuple(
        (name, cast("tuple[Entity, ...]", getattr(registry, name))) for name in entity_families
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
    references = _check_references(registry, problems)
    numbered = frozenset(ref.id for ref in registry.references if ref.number is not None)
    cited: set[str] = set()
    _check_receptors(registry.receptors, entities, problems)
    _check_claims(registry.claims, entities, references, cited, problems)
    problems.extend(
        f"claims[{index}].evidence[{number}].sections: reference {item.reference!r} is one of the "
        "article's numbered references; name the sections that state the claim"
        for index, claim in enumerate(registry.claims)
        for number, item in enumerate(claim.evidence)
        if item.reference in numbered and not item.sections
    )
    _check_classes(registry.claims, entities, problems)
    _check_mappings(registry.mappings, entities, references, cited, problems)
    problems.extend(
        f"{path}: reference {ref_id!r} is cited by no claim, mapping or value; cite it or remove it"
        for ref_id, path in references.items()
        if ref_id not in cited
    )
    return tuple(problems)


def _check_names(families: tuple[tuple[str, tuple[Entity, ...]], ...], problems: list[str]) -> None:
    owner: dict[str, tuple[str, str]] = {}
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


def _check_references(registry: Registry, problems: list[str]) -> dict[str, str]:
    """Unique ids and numbers; return the path of each reference by id."""
    references: dict[str, str] = {}
    numbers: dict[int, str] = {}
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
    if registry.article is not None and registry.article.id in references:
        problems.append(
            f"article.id: {registry.article.id!r} is also the id of {references[registry.article.id]}; "
            "the article is not one of its own references"
        )
    return references


def _check_receptors(
    receptors: tuple[Receptor, ...], entities: dict[str, Entity], problems: list[str]
) -> None:
    for index, receptor in enumerate(receptors):
        if receptor.subunit_of is not None:
            _expect(
                f"receptors[{index}].subunit_of", receptor.subunit_of, Receptor, entities, problems
            )


def _expect(
    path: str,
    entity_id: str,
    family: type[Entity],
    entities: dict[str, Entity],
    problems: list[str],
    *,
    needs: str = "",
) -> Entity | None:
    """The entity *entity_id*, or ``None`` with a problem if it is unknown or not a *family*."""
    found = entities.get(entity_id)
    if found is None:
        problems.append(f"{path}: unknown id {entity_id!r}{_did_you_mean(entity_id, entities)}")
        return None
    if not isinstance(found, family):
        wanted = needs or f"{with_article(family.FAMILY)}"
        problems.append(f"{path}: {wanted}, but {entity_id!r} is {with_article(found.FAMILY)}")
        return None
    return found


def _check_claims(
    claims: tuple[Claim, ...],
    entities: dict[str, Entity],
    references: dict[str, str],
    cited: set[str],
    problems: list[str],
) -> None:
    keys: dict[tuple[str, Predicate, str], int] = {}
    for index, claim in enumerate(claims):
        path = f"claims[{index}]"
        if claim.key in keys:
            problems.append(
                f"{path}: repeats claims[{keys[claim.key]}] ({claim.subject} {claim.predicate.value} "
                f"{claim.object}); merge their evidence into one claim"
            )
        else:
            keys[claim.key] = index
        rule = PREDICATES[claim.predicate]
        for role, entity_id, expected in (
            ("subject", claim.subject, rule.subject),
            ("object", claim.object, rule.object),
        ):
            needs = f"{claim.predicate.value!r} needs {with_article(expected.FAMILY)} as its {role}"
            _expect(f"{path}.{role}", entity_id, expected, entities, problems, needs=needs)
        for number, mechanism in enumerate(claim.via):
            _expect(f"{path}.via[{number}]", mechanism, Mechanism, entities, problems)
        _check_affinities(claim, path, entities, references, cited, problems)
        for number, item in enumerate(claim.evidence):
            cited.add(item.reference)
            if item.reference not in references:
                problems.append(
                    f"{path}.evidence[{number}].reference: unknown reference {item.reference!r}"
                    f"{_did_you_mean(item.reference, references)}"
                )


def _check_affinities(
    claim: Claim,
    path: str,
    entities: dict[str, Entity],
    references: dict[str, str],
    cited: set[str],
    problems: list[str],
) -> None:
    """Each value is measured at the claim's object or a subunit of it, and names known sources."""
    for number, affinity in enumerate(claim.affinities):
        apath = f"{path}.affinities[{number}]"
        target = _expect(f"{apath}.target", affinity.target, Receptor, entities, problems)
        if isinstance(target, Receptor) and claim.object not in {
            affinity.target,
            target.subunit_of,
        }:
            problems.append(
                f"{apath}.target: {affinity.target!r} is neither the claim's object "
                f"{claim.object!r} nor one of its subunits"
            )
        for ref_number, ref_id in enumerate(affinity.references):
            cited.add(ref_id)
            if ref_id not in references:
                problems.append(
                    f"{apath}.references[{ref_number}]: unknown reference {ref_id!r}"
                    f"{_did_you_mean(ref_id, references)}"
                )


def _check_classes(
    claims: tuple[Claim, ...], entities: dict[str, Entity], problems: list[str]
) -> None:
    """A ``member_of`` object is a drug class, and the classes form no cycle (linear time)."""
    parents: dict[str, list[str]] = {}
    for index, claim in enumerate(claims):
        if claim.predicate is not Predicate.MEMBER_OF:
            continue
        target = entities.get(claim.object)
        if isinstance(target, Agent) and target.kind is not AgentKind.DRUG_CLASS:
            problems.append(
                f"claims[{index}].object: {claim.object!r} is an agent of kind "
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
                cycle = [*path[on_path[following] :], following]
                problems.append(f"claims: drug classes form a cycle: {' -> '.join(cycle)}")
            elif following not in done:
                on_path[following] = len(path)
                path.append(following)
                stack.append(iter(parents.get(following, ())))


def _check_mappings(
    mappings: tuple[Mapping, ...],
    entities: dict[str, Entity],
    references: dict[str, str],
    cited: set[str],
    problems: list[str],
) -> None:
    keys: dict[tuple[str, str], int] = {}
    exact: dict[str, str] = {}
    for index, mapping in enumerate(mappings):
        path = f"mappings[{index}]"
        if mapping.key in keys:
            problems.append(
                f"{path}: repeats mappings[{keys[mapping.key]}] ({mapping.subject} to "
                f"{mapping.object.canonical}); one mapping per entity and term"
            )
        else:
            keys[mapping.key] = index
        if mapping.subject not in entities:
            problems.append(
                f"{path}.subject: unknown id {mapping.subject!r}"
                f"{_did_you_mean(mapping.subject, entities)}"
            )
        entity = entities.get(mapping.subject)
        if (
            mapping.direction is not None
            and entity is not None
            and not isinstance(entity, Mechanism)
        ):
            problems.append(
                f"{path}.direction: {mapping.subject!r} is no mechanism; only a mechanism "
                f"changes a process in a direction"
            )
        if mapping.predicate is MatchPredicate.EXACT:
            owner = exact.setdefault(mapping.object.canonical, mapping.subject)
            if owner != mapping.subject:
                problems.append(
                    f"{path}.object: {mapping.object.canonical} is already an exact match of "
                    f"{owner!r}; one identifier names one entity (use a close or broad match)"
                )
        for number, ref_id in enumerate(mapping.references):
            cited.add(ref_id)
            if ref_id not in references:
                problems.append(
                    f"{path}.references[{number}]: unknown reference {ref_id!r}"
                    f"{_did_you_mean(ref_id, references)}"
                )


def _did_you_mean(unknown: str, known: Iterable[str]) -> str:
    suggestions = closest_names(unknown, known)
    if not suggestions:
        return ""
    return f" (did you mean {', '.join(repr(s) for s in suggestions)}?)"
