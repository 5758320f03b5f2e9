"""Every public query, on the shipped registry and on synthetic ones, versus a dict floor.

For each query and registry, a fixed sample of arguments (names, as users
type them) is cycled through. The *floor* is a hand-built Python function
with the query's signature whose body is one dict lookup returning the
prebuilt answer (``return table[arg]``); its dict holds a key for every
entity of the family, so it is as large as the registry's own index. The
ratio query/floor is what the library adds to the cheapest possible Python
call that returns the same tuple.

The queries remember their answers per registry (in ``registry.index.memo``),
and every sampled argument is asked once before timing (to check the floor's
answer), so the loops time repeated questions: the first question on a fresh
index is not timed here.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

from _harness import compare_loops

import nmda_pain
from nmda_pain import (
    Registry,
    adverse_effects_of,
    agents_for_condition,
    combination_partners,
    find_claims,
    mechanisms_of,
)
from nmda_pain.testing import synthetic_registry

SIZES = (1_000, 10_000, 100_000, 1_000_000)
QUICK_SIZES = (1_000, 10_000)
SAMPLE = 64

# name -> (call expression, family the argument is drawn from, how the floor is keyed)
QUERIES: dict[str, tuple[str, str]] = {
    "agents_for_condition": ("fn(a, registry=reg)", "conditions"),
    "adverse_effects_of": ("fn(a, registry=reg)", "agents"),
    "mechanisms_of": ("fn(a, registry=reg)", "agents"),
    "combination_partners": ("fn(a, registry=reg)", "agents"),
    "find_claims(subject, predicate)": (
        "fn(subject=a, predicate='treats', registry=reg)",
        "agents",
    ),
    "find_claims(object)": ("fn(object=a, registry=reg)", "conditions"),
    "find_claims(reference)": ("fn(reference=a, registry=reg)", "references"),
    "Registry.resolve": ("reg.resolve(a)", "entities"),
}

_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "agents_for_condition": agents_for_condition,
    "adverse_effects_of": adverse_effects_of,
    "mechanisms_of": mechanisms_of,
    "combination_partners": combination_partners,
    "find_claims(subject, predicate)": find_claims,
    "find_claims(object)": find_claims,
    "find_claims(reference)": find_claims,
}


def _keys(registry: Registry, family: str) -> list[str]:
    """What a user passes for each record of *family*: entity names, reference ids."""
    if family == "references":
        return [reference.id for reference in registry.references]
    return [record.name for record in getattr(registry, family)]


def _answer(name: str, registry: Registry, arg: str) -> Any:
    if name == "Registry.resolve":
        return registry.resolve(arg)
    function = _FUNCTIONS[name]
    if name == "find_claims(subject, predicate)":
        return function(subject=arg, predicate="treats", registry=registry)
    if name == "find_claims(object)":
        return function(object=arg, registry=registry)
    if name == "find_claims(reference)":
        return function(reference=arg, registry=registry)
    return function(arg, registry=registry)


def _floor(name: str, table: dict[str, Any]) -> Any:
    """A function (or object, for resolve) with the query's call shape that returns ``table[arg]``."""
    if name == "Registry.resolve":

        class Floor:
            __slots__ = ()

            def resolve(self, text: str) -> Any:
                return table[text]

        return Floor()
    if name == "find_claims(subject, predicate)":

        def floor_sp(*, subject: str, predicate: str, registry: object = None) -> Any:
            return table[subject]

        return floor_sp
    if name == "find_claims(object)":

        def floor_o(*, object: str, registry: object = None) -> Any:
            return table[object]

        return floor_o
    if name == "find_claims(reference)":

        def floor_r(*, reference: str, registry: object = None) -> Any:
            return table[reference]

        return floor_r

    def floor(arg: str, *, registry: object = None) -> Any:
        return table[arg]

    return floor


def _sample(keys: Sequence[str], rng: random.Random) -> list[str]:
    if len(keys) <= SAMPLE:
        return list(keys)
    return rng.sample(list(keys), SAMPLE)


def bench_registry(label: str, registry: Registry, *, repeats: int) -> dict[str, Any]:
    """Time every query on *registry* against its floor."""
    start = time.perf_counter()
    registry.index  # noqa: B018 -- build the lazy indexes outside the timed loops
    index_s = time.perf_counter() - start
    rng = random.Random(2024)
    results: dict[str, Any] = {}
    for name, (call, family) in QUERIES.items():
        keys = _keys(registry, family)
        args = _sample(keys, rng)
        answers = {arg: _answer(name, registry, arg) for arg in args}
        table: dict[str, Any] = dict.fromkeys(keys, ())
        table.update(answers)
        query_ns = {"fn": _FUNCTIONS.get(name), "reg": registry}
        floor_obj = _floor(name, table)
        floor_ns = {"fn": floor_obj, "reg": floor_obj}
        for arg in args:  # the floor returns the very answer the query gives
            assert _answer(name, registry, arg) == answers[arg]
        timing = compare_loops(
            {"query": call, "floor": call},
            {"query": query_ns, "floor": floor_ns},
            args,
            repeats=repeats,
        )
        sizes = [1 if name == "Registry.resolve" else len(answer) for answer in answers.values()]
        results[name] = {
            "query_s": timing["query"]["median"],
            "floor_s": timing["floor"]["median"],
            "query_min_s": timing["query"]["min"],
            "floor_min_s": timing["floor"]["min"],
            "loop_overhead_s": timing["query"]["loop"],
            "ratio": timing["query"]["median"] / timing["floor"]["median"],
            "ratio_min": timing["query"]["min"] / timing["floor"]["min"],
            "arguments": len(args),
            "mean_answer": statistics.fmean(sizes),
        }
    return {
        "label": label,
        "claims": len(registry.claims),
        "entities": len(registry.entities),
        "references": len(registry.references),
        "index_build_s": index_s,
        "queries": results,
    }


def _breakdown(registry: Registry, *, repeats: int) -> dict[str, float]:
    """Where the time of one name-based query goes, piece by piece (seconds per call)."""
    from nmda_pain._text import normalize_name

    rng = random.Random(7)
    args = _sample(_keys(registry, "conditions"), rng)
    entity = registry.resolve(args[0])
    calls = {
        "agents_for_condition(name)": "fn(a, registry=reg)",
        "agents_for_condition(entity)": "fn(e, registry=reg)",
        "normalize_name(name)": "norm(a)",
        "reg.resolve(name)": "reg.resolve(a)",
        "reg.index (cached)": "reg.index",
        "find_claims(object=name)": "find(object=a, registry=reg)",
    }
    namespace = {
        "fn": agents_for_condition,
        "find": find_claims,
        "norm": normalize_name,
        "reg": registry,
        "e": entity,
    }
    timing = compare_loops(calls, dict.fromkeys(calls, namespace), args, repeats=repeats)
    return {name: value["median"] for name, value in timing.items()}


def run(*, quick: bool = False) -> dict[str, Any]:
    repeats = 5 if quick else 15
    registries: list[dict[str, Any]] = [
        bench_registry("shipped", nmda_pain.default_registry(), repeats=repeats)
    ]
    breakdown: dict[str, Any] = {}
    for size in QUICK_SIZES if quick else SIZES:
        start = time.perf_counter()
        registry = synthetic_registry(size)
        build_s = time.perf_counter() - start
        gc.collect()
        gc.freeze()  # the registry is long-lived: keep later collections off it
        result = bench_registry(f"synthetic {size:,}", registry, repeats=repeats)
        result["build_s"] = build_s
        registries.append(result)
        if size == (QUICK_SIZES if quick else SIZES)[-1] or size == 1_000:
            breakdown[str(size)] = _breakdown(registry, repeats=repeats)
        del registry
        gc.unfreeze()
        gc.collect()
    return {"repeats": repeats, "sample": SAMPLE, "registries": registries, "breakdown": breakdown}
