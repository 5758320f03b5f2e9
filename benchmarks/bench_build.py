"""Building a registry and its index: per-claim cost and its growth, beside bare dict loops.

Two builds are timed on :func:`nmda_pain.testing.synthetic_registry` of 10^3
to 10^6 claims (10^3 and 10^4 with ``--quick``), each beside a plain loop
doing the same kind of work with dicts and nothing else:

* **``Registry(...)``**: a new registry from the synthetic registry's record
  tuples, already built (every field passed again): the type check of every
  record and the cross-record checks of ``registry/_checks.py``. Beside it,
  **bare checks**: one loop that puts every entity id and every reference id
  in a dict (counting the repeats), checks that every claim's key (subject,
  predicate, object) is unique and that its subject, its object and each of
  its evidence's references are in those dicts, and that every mapping's
  subject and references are. It does fewer checks than the library (no
  names, families, classes, affinities or citations): it is the floor of
  the work's shape, dict inserts and lookups per record, not of its amount.
* **the index build**: ``RegistryIndex(registry)``, which is what the first
  use of ``registry.index`` on a fresh registry runs (the property adds one
  lock and the cached attribute); a new index each call, so no fresh
  registry is needed per repeat. Beside it, **bare grouping**: one loop that
  groups the claims by subject, by object and by predicate value into dicts
  of lists. The index builds more tables (entity, name and reference tables,
  by subject and predicate, by object and predicate, by reference, the
  classes, each group frozen into a tuple), so again only the shape is the
  same. A second one, **bare grouping, every claim table**, also groups by
  (subject, predicate), by (object, predicate) and by each evidence's
  reference, as the index does: it allocates the index's pair keys, one
  tuple each per claim, and so gives the cyclic collector about as much to
  scan. It does the index's work on claims, so the target compares with it;
  the three-table loop is reported beside. Before timing, both loops' groups are checked to hold the
  index's claims in the index's order (up to 10^5 claims: the loops are
  the same code at 10^6). The first ``registry.index`` of the
  fresh synthetic registry itself (one call, the collector on, nothing
  frozen) is given beside, as a program meets it, with the collections that
  ran inside it.

The five candidates of one size run round-robin by
:func:`_harness.compare_calls`, the collector on as in a program (what was
alive before, the synthetic registry included, frozen out of its reach),
each summarised by its median. Per-claim cost is the median over the claim
count; its **growth** is the per-claim cost at the largest size over the one
at the smallest. Work linear in the claims keeps it flat, but a dict of a
million keys and records spread over a gigabyte miss the caches more often
than at 10^3, and a bare loop pays that as much: the target compares the
library's growth with its bare loop's, within :data:`GROWTH_TOLERANCE`. Each
call at 10^6 claims takes seconds, so the repeats there are fewer
(:data:`LARGE_REPEATS`, the median of two being their mean) and no untimed
call comes first.

Run alone (``python benchmarks/bench_build.py [--quick]``) or as the
``build`` section of ``run.py``.
"""

from __future__ import annotations

import gc
import time
from typing import TYPE_CHECKING, Any

import attrs
from _harness import compare_calls
from _report import ms, ns, run_alone, target_row

from nmda_pain import Registry
from nmda_pain.registry import ENTITY_FAMILIES, FAMILIES, RegistryIndex
from nmda_pain.testing import synthetic_registry

if TYPE_CHECKING:
    from nmda_pain import Claim, Mapping, Reference
    from nmda_pain.model import Entity

SIZES = (1_000, 10_000, 100_000, 1_000_000)
QUICK_SIZES = (1_000, 10_000)
REPEATS = 7
LARGE = 1_000_000
LARGE_REPEATS = 2
"""Repeats at 10^6 claims, where each call takes seconds: no untimed first call there either.

So that the section stays under 3 minutes on 2 cores.
"""
CHECKED = 100_000
"""The bare loops are checked against the library up to this size (at 10^6 it would cost seconds)."""
QUICK_REPEATS = 3

GROWTH_TOLERANCE = 1.25
"""The library's per-claim growth (smallest to largest size) at most this many times its bare loop's.

Above 1 for the noise: at 10^6 claims one call varies by 15 to 20% from
repeat to repeat on this machine, and the value is a ratio of two growths,
each a ratio of two medians. Over the 1000x span, work growing as n log n
instead of n would grow 2x more than the loop, quadratic work 1000x: 1.25
still tells them from linear work.
"""

CANDIDATES = (
    "Registry(...)",
    "bare checks",
    "index build",
    "bare grouping",
    "bare grouping, every claim table",
)
# The index's target loop builds every claim table the index builds (the same work): the
# plain three-table loop is reported beside it.
PAIRS = (("Registry(...)", "bare checks"), ("index build", "bare grouping, every claim table"))


def _repeats(size: int, *, quick: bool) -> int:
    if quick:
        return QUICK_REPEATS
    return LARGE_REPEATS if size >= LARGE else REPEATS


# -- the bare loops ---------------------------------------------------------------------


def bare_checks(
    entity_families: tuple[tuple[Entity, ...], ...],
    references: tuple[Reference, ...],
    claims: tuple[Claim, ...],
    mappings: tuple[Mapping, ...],
) -> int:
    """How many repeated or unknown ids the records have: dict inserts and lookups only."""
    problems = 0
    ids: dict[str, Entity] = {}
    for records in entity_families:
        for entity in records:
            if entity.id in ids:
                problems += 1
            else:
                ids[entity.id] = entity
    refs: dict[str, Reference] = {}
    for reference in references:
        if reference.id in refs:
            problems += 1
        else:
            refs[reference.id] = reference
    keys: dict[tuple[str, object, str], Claim] = {}
    for claim in claims:
        key = (claim.subject, claim.predicate, claim.object)
        if key in keys:
            problems += 1
        else:
            keys[key] = claim
        if claim.subject not in ids:
            problems += 1
        if claim.object not in ids:
            problems += 1
        for item in claim.evidence:
            if item.reference not in refs:
                problems += 1
    for mapping in mappings:
        if mapping.subject not in ids:
            problems += 1
        for ref_id in mapping.references:
            if ref_id not in refs:
                problems += 1
    return problems


def bare_grouping(
    claims: tuple[Claim, ...],
) -> tuple[dict[str, list[Claim]], dict[str, list[Claim]], dict[str, list[Claim]]]:
    """The claims by subject, by object and by predicate value, in dicts of lists."""
    by_subject: dict[str, list[Claim]] = {}
    by_object: dict[str, list[Claim]] = {}
    by_predicate: dict[str, list[Claim]] = {}
    for claim in claims:
        group = by_subject.get(claim.subject)
        if group is None:
            by_subject[claim.subject] = [claim]
        else:
            group.append(claim)
        group = by_object.get(claim.object)
        if group is None:
            by_object[claim.object] = [claim]
        else:
            group.append(claim)
        relation = claim.predicate.value
        group = by_predicate.get(relation)
        if group is None:
            by_predicate[relation] = [claim]
        else:
            group.append(claim)
    return by_subject, by_object, by_predicate


def _add(groups: dict[Any, list[Claim]], key: object, claim: Claim) -> None:
    group = groups.get(key)
    if group is None:
        groups[key] = [claim]
    else:
        group.append(claim)


def bare_grouping_all(claims: tuple[Claim, ...]) -> tuple[dict[Any, list[Claim]], ...]:
    """The claims grouped as the index's claim tables: by subject, object, predicate, both pairs, reference."""
    by_subject: dict[Any, list[Claim]] = {}
    by_object: dict[Any, list[Claim]] = {}
    by_predicate: dict[Any, list[Claim]] = {}
    by_subject_predicate: dict[Any, list[Claim]] = {}
    by_object_predicate: dict[Any, list[Claim]] = {}
    by_reference: dict[Any, list[Claim]] = {}
    for claim in claims:
        relation = claim.predicate.value
        _add(by_subject, claim.subject, claim)
        _add(by_object, claim.object, claim)
        _add(by_predicate, relation, claim)
        _add(by_subject_predicate, (claim.subject, relation), claim)
        _add(by_object_predicate, (claim.object, relation), claim)
        for item in claim.evidence:
            _add(by_reference, item.reference, claim)
    return (
        by_subject,
        by_object,
        by_predicate,
        by_subject_predicate,
        by_object_predicate,
        by_reference,
    )


def _check_baselines(registry: Registry, fields: dict[str, Any], index: RegistryIndex) -> None:
    """The bare loops see the records as the library does: no problem, the same groups."""
    families = tuple(fields[name] for name in ENTITY_FAMILIES)
    args = (families, registry.references, registry.claims, registry.mappings)
    assert bare_checks(*args) == 0, "the bare checks find no problem in a valid registry"
    if len(registry.claims) <= 10_000:  # and they find them where the library does
        claims = list(registry.claims)
        claims[0] = attrs.evolve(claims[0], subject="no-such-entity")
        claims.append(claims[1])
        assert bare_checks(families, registry.references, tuple(claims), registry.mappings) == 2
    tables = (
        index.by_subject,
        index.by_object,
        index.by_predicate,
        index.by_subject_predicate,
        index.by_object_predicate,
        index.by_reference,
    )
    for groups in (bare_grouping(registry.claims), bare_grouping_all(registry.claims)):
        for group, table in zip(groups, tables, strict=False):
            assert {key: tuple(claims) for key, claims in group.items()} == dict(table)


# -- the measurements -------------------------------------------------------------------


def _collections() -> list[int]:
    """How many collections of each generation have run so far."""
    return [int(generation["collections"]) for generation in gc.get_stats()]


def bench_size(size: int, *, repeats: int) -> dict[str, Any]:
    """The four candidates on a synthetic registry of *size* claims (freed when this returns)."""
    gc.collect()  # the previous size's records are gone
    gc.disable()  # building the test data is not measured
    try:
        start = time.perf_counter()
        registry = synthetic_registry(size)
        synthetic_s = time.perf_counter() - start
    finally:
        gc.enable()
    fields: dict[str, Any] = {name: getattr(registry, name) for name in FAMILIES}
    fields["article"] = registry.article
    gc.collect()
    collections = _collections()
    start = time.perf_counter()
    index = registry.index  # the first use on a fresh registry, as a program meets it
    first_index_s = time.perf_counter() - start
    first_index_collections = [b - a for a, b in zip(collections, _collections(), strict=True)]
    if size <= CHECKED:
        _check_baselines(registry, fields, index)
    families = tuple(fields[name] for name in ENTITY_FAMILIES)
    references, claims, mappings = registry.references, registry.claims, registry.mappings
    del index
    gc.collect()
    timing = compare_calls(
        {
            "Registry(...)": lambda: Registry(**fields),
            "bare checks": lambda: bare_checks(families, references, claims, mappings),
            "index build": lambda: RegistryIndex(registry),
            "bare grouping": lambda: bare_grouping(claims),
            "bare grouping, every claim table": lambda: bare_grouping_all(claims),
        },
        repeats=repeats,
        warmup=size < LARGE,  # at 10^6 an untimed first call would cost as much as a repeat
    )
    return {
        "claims": size,
        "entities": len(registry.entities),
        "references": len(registry.references),
        "mappings": len(registry.mappings),
        "evidence": sum(len(claim.evidence) for claim in claims),
        "repeats": repeats,
        "synthetic_build_s": synthetic_s,
        "first_index_s": first_index_s,
        "first_index_collections": first_index_collections,
        "seconds": {name: timing[name]["median"] for name in CANDIDATES},
        "min_seconds": {name: timing[name]["min"] for name in CANDIDATES},
        "calls_per_repeat": {name: timing[name]["calls_per_repeat"] for name in CANDIDATES},
        "per_claim_s": {name: timing[name]["median"] / size for name in CANDIDATES},
    }


def run(*, quick: bool = False) -> dict[str, Any]:
    started = time.perf_counter()
    sizes = [
        bench_size(size, repeats=_repeats(size, quick=quick))
        for size in (QUICK_SIZES if quick else SIZES)
    ]
    growth = {
        name: sizes[-1]["per_claim_s"][name] / sizes[0]["per_claim_s"][name] for name in CANDIDATES
    }
    return {
        "quick": quick,
        "sizes": sizes,
        "growth": growth,
        "growth_over_bare": {ours: growth[ours] / growth[bare] for ours, bare in PAIRS},
        "index_growth_over_three_tables": growth["index build"] / growth["bare grouping"],
        "elapsed_s": time.perf_counter() - started,
    }


# -- the report -------------------------------------------------------------------------


def _span(result: dict[str, Any]) -> str:
    return f"{result['sizes'][0]['claims']:,} → {result['sizes'][-1]['claims']:,}"


def table(result: dict[str, Any]) -> list[str]:
    """The section of the report: per-claim cost at each size, beside the bare loops, and growth."""
    sizes = result["sizes"]
    repeats = ", ".join(f"{s['repeats']} at {s['claims']:,}" for s in sizes)
    every = "bare grouping, every claim table"
    few = (
        ", where one call takes seconds and no untimed call comes first"
        if sizes[-1]["claims"] >= LARGE
        else ""
    )
    lines = [
        "Per-claim cost, the whole call in brackets (median time over the claim count; the "
        "collector on, what was alive before frozen; round-robin repeats: "
        f"{repeats}{few}). *Bare checks* puts the "
        "ids in dicts and looks up every claim's subject, object and references and every "
        "mapping's; *bare grouping* groups the claims by subject, object and predicate in "
        "dicts of lists, *every claim table* also by both (id, predicate) pairs and by "
        "reference, as the index does. The last column is the first `registry.index` of the "
        "fresh synthetic registry, one call, nothing frozen, with the collections of "
        "generations 0/1/2 that ran inside it.",
        "",
        "| claims | `Registry(...)` | bare checks | ratio | index build | bare grouping "
        "| ratio | every claim table | first `registry.index` |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in sizes:
        per = s["per_claim_s"]
        total = s["seconds"]
        gen = "/".join(str(count) for count in s["first_index_collections"])
        lines.append(
            f"| {s['claims']:,} "
            f"| {ns(per['Registry(...)'])} ({ms(total['Registry(...)'])}) "
            f"| {ns(per['bare checks'])} ({ms(total['bare checks'])}) "
            f"| {per['Registry(...)'] / per['bare checks']:.1f}x "
            f"| {ns(per['index build'])} ({ms(total['index build'])}) "
            f"| {ns(per['bare grouping'])} ({ms(total['bare grouping'])}) "
            f"| {per['index build'] / per['bare grouping']:.1f}x "
            f"| {ns(per[every])} ({ms(total[every])}) "
            f"| {ns(s['first_index_s'] / s['claims'])} ({ms(s['first_index_s'])}; {gen}) |"
        )
    growth, over = result["growth"], result["growth_over_bare"]
    lines += [
        "",
        f"Growth of the per-claim cost, {_span(result)} claims:",
        "",
        "| build | growth | its bare loop's | over the bare loop's |",
        "| --- | ---: | ---: | ---: |",
    ]
    for ours, bare in PAIRS:
        lines.append(
            f"| {ours} | {growth[ours]:.2f}x | {growth[bare]:.2f}x | **{over[ours]:.2f}x** |"
        )
    lines += [
        f"| index build, beside the three-table loop | {growth['index build']:.2f}x "
        f"| {growth['bare grouping']:.2f}x | {result['index_growth_over_three_tables']:.2f}x |",
        "",
        "| claims | entities | references | mappings | evidence items | synthetic registry built in |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
        *(
            f"| {s['claims']:,} | {s['entities']:,} | {s['references']:,} | {s['mappings']:,} "
            f"| {s['evidence']:,} | {ms(s['synthetic_build_s'])} |"
            for s in sizes
        ),
    ]
    return lines


def targets(result: dict[str, Any]) -> list[str]:
    """Per-claim growth of ``Registry(...)`` and of the index build, each over its bare loop's."""
    growth, over = result["growth"], result["growth_over_bare"]
    names = {"Registry(...)": "`Registry(...)`", "index build": "the index build"}
    extra = {
        "Registry(...)": "",
        "index build": (
            "; beside the loop building only the three tables by subject, object and predicate, "
            f"{result['index_growth_over_three_tables']:.2f}x"
        ),
    }
    return [
        target_row(
            f"{names[ours]}: per-claim cost growing no more than a bare dict loop doing the "
            f"same work (growth ≤ {GROWTH_TOLERANCE}x the loop's)",
            f"{over[ours]:.2f}x (growth {growth[ours]:.2f}x, the loop's {growth[bare]:.2f}x, "
            f"{_span(result)} claims{extra[ours]})",
            over[ours],
            GROWTH_TOLERANCE,
        )
        for ours, bare in PAIRS
    ]


if __name__ == "__main__":
    run_alone(run, table, targets)
