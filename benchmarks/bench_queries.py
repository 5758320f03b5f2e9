"""Every public query on the index path, against a hand-written inline baseline and a dict floor.

The queries hold no answers: every call resolves the name it is given
(``registry.resolve``: :func:`nmda_pain._text.normalize_name`, then
``index.by_name``), looks up the index tables it needs, filters and puts the
answer in the registry's order. Two questions are timed, on the shipped
registry and on :func:`nmda_pain.testing.synthetic_registry` of 10^3 to 10^6
claims (10^3 and 10^4 with ``--quick``):

* **The repeated question**, on a registry whose index is built. A fixed
  sample of arguments (up to 64 per query: names as users type them,
  reference ids for ``find_claims(reference=...)``) is cycled through by
  :func:`_harness.compare_loops`: the three candidates below run round-robin
  in one process, the collector off, each summarised by its median per call,
  net of an empty loop. All three are called with the very
  same expression (``fn(a, registry=reg)``, ``reg.resolve(a)``...).

  - **query**: the library's function.
  - **inline**: a plain function written for this query alone that does the
    same index lookups on ``registry.index`` for the same answer (resolve the
    name through ``index.by_name[normalize_name(name)]``, read the
    ``by_object_predicate`` / ``by_subject_predicate`` / ``by_object`` /
    ``by_reference`` tables, climb ``classes`` for the drug classes, order
    the ids by ``position``), with none of the library's generic layers: no
    check of the registry or of the argument's family, no evidence filter
    object, predicates as their string values (``predicate='treats'`` is
    used as the key, not parsed), no ``isinstance`` pass over an
    answer whose families the registry's checks already guarantee. It reads
    ``registry.index`` on every call, as the query does. It is the floor for
    the work itself; query/inline is what the library adds to it. Before
    timing, its answer is checked to equal the query's for every sampled
    argument.
  - **floor**: a function with the query's call shape whose body is one dict
    lookup returning the prebuilt answer (``return table[arg]``), its dict
    keyed by every record of the argument's family. It is the cheapest Python
    call that returns the same tuple: query/floor is the whole price of
    asking, and inline/floor the price of the index work.

  Growth is a query's median time at the largest synthetic registry over its
  time at 10^3 claims, beside the inline baseline's growth. The synthetic
  registries keep the claims per entity and per reference fixed, but their
  drug classes nest deeper as they grow (an agent's lineage is 2.3 ids on
  average at 10^3 claims, 4.0 at 10^5), so the answers of
  ``adverse_effects_of`` and ``mechanisms_of``, which include what is stated
  of the classes, grow too (the mean answer sizes are reported): where the
  inline baseline grows as much, the growth is the answer's, not the
  registry's.

  A few pieces of the generic layers (``normalize_name``, ``resolve``,
  ``parse_predicate``, an enum member's ``.value``, a query given an entity
  instead of a name) are also timed alone, at 10^3 claims.

* **The first question**, on a fresh registry: one whose index is not built
  yet (checked), made from the same records by :func:`attrs.evolve` (a new
  ``Registry(...)``, its cross-record checks run outside the timer) or the
  synthetic registry itself, just built. The index is built on first use, so
  the first question costs the index build plus one query. On alternate
  fresh registries, either one query is timed from the call to its answer
  (the first question, in one go; the query asked rotates over the queries)
  or ``registry.index`` alone (the index build); each then times the first
  call of every query not asked yet on it, right after the build (a cold
  call, beside the repeated one). The collector is on, as in a program, after
  a full collection outside the timer; full (generation 2) collections that
  run inside the timed region are counted. Each fresh registry costs an index
  build (and, but for the synthetic one, a ``Registry(...)``), seconds at
  10^6 claims, so the repeats are fewer at the large sizes (2 at 10^6: the
  first question on the synthetic registry itself, the build alone on one
  copy).
"""

from __future__ import annotations

import gc
import random
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

import attrs
from _harness import compare_loops
from _report import ms, ns, run_alone, target_row, us

import nmda_pain
from nmda_pain import (
    Registry,
    adverse_effects_of,
    agents_for_condition,
    combination_partners,
    find_claims,
    mechanisms_of,
)
from nmda_pain._text import normalize_name
from nmda_pain.model import Predicate, parse_predicate
from nmda_pain.queries import THERAPEUTIC_PREDICATES
from nmda_pain.testing import synthetic_registry

SIZES = (1_000, 10_000, 100_000, 1_000_000)
QUICK_SIZES = (1_000, 10_000)
SAMPLE = 64
REPEATS = 15
QUICK_REPEATS = 5

INLINE_RATIO_TARGET = 1.5
"""Every query on the index path at most this many times its inline baseline."""
FLAT_TARGET = 1.2
"""Every query's time growing at most this much from 10^3 to 10^6 claims."""

# name -> (call expression, family the argument is drawn from)
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


def _fresh_repeats(size: int | None, *, quick: bool) -> int:
    """How many fresh registries the first question is timed on (*size* None: the shipped one)."""
    if quick:
        return len(QUERIES)
    if size is None or size <= 10_000:
        return 2 * len(QUERIES)  # each query asked first once, and as many builds alone
    return 4 if size <= 100_000 else 2


# -- the inline baselines ---------------------------------------------------------------
#
# Each does what its query does on the index, for the same answer, and nothing else.

_THERAPEUTIC = tuple(sorted(p.value for p in THERAPEUTIC_PREDICATES))
_ADVERSE = Predicate.CAUSES_ADVERSE_EFFECT.value
_ACTS_VIA = Predicate.ACTS_VIA.value
_COMBINED = Predicate.COMBINED_WITH.value


def inline_agents_for_condition(condition: str, *, registry: Registry) -> tuple[Any, ...]:
    index = registry.index
    target = index.by_name[normalize_name(condition)].id
    by_object_predicate = index.by_object_predicate
    subjects = {
        claim.subject
        for relation in _THERAPEUTIC
        for claim in by_object_predicate.get((target, relation), ())
    }
    return tuple(map(index.by_id.__getitem__, sorted(subjects, key=index.position.__getitem__)))


def _lineage(index: Any, agent: str) -> set[str]:
    """The agent's id and those of its classes, their classes, and so on."""
    classes = index.classes
    seen = {agent}
    frontier = [agent]
    while frontier:
        following = []
        for member in frontier:
            for parent in classes.get(member, ()):
                if parent.id not in seen:
                    seen.add(parent.id)
                    following.append(parent.id)
        frontier = following
    return seen


def _objects_of(name: str, relation: str, registry: Registry) -> tuple[Any, ...]:
    index = registry.index
    by_subject_predicate = index.by_subject_predicate
    found = {
        claim.object
        for subject in _lineage(index, index.by_name[normalize_name(name)].id)
        for claim in by_subject_predicate.get((subject, relation), ())
    }
    return tuple(map(index.by_id.__getitem__, sorted(found, key=index.position.__getitem__)))


def inline_adverse_effects_of(agent: str, *, registry: Registry) -> tuple[Any, ...]:
    return _objects_of(agent, _ADVERSE, registry)


def inline_mechanisms_of(agent: str, *, registry: Registry) -> tuple[Any, ...]:
    return _objects_of(agent, _ACTS_VIA, registry)


def inline_combination_partners(agent: str, *, registry: Registry) -> tuple[Any, ...]:
    index = registry.index
    target = index.by_name[normalize_name(agent)].id
    key = (target, _COMBINED)
    partners = {claim.object for claim in index.by_subject_predicate.get(key, ())}
    partners.update(claim.subject for claim in index.by_object_predicate.get(key, ()))
    return tuple(map(index.by_id.__getitem__, sorted(partners, key=index.position.__getitem__)))


def inline_subject_predicate(*, subject: str, predicate: str, registry: Registry) -> Any:
    index = registry.index
    return index.by_subject_predicate.get(
        (index.by_name[normalize_name(subject)].id, predicate), ()
    )


def inline_object(*, object: str, registry: Registry) -> Any:
    index = registry.index
    return index.by_object.get(index.by_name[normalize_name(object)].id, ())


def inline_reference(*, reference: str, registry: Registry) -> Any:
    index = registry.index
    return index.by_reference.get(index.references[reference].id, ())


class InlineResolve:
    """``resolve`` on the index alone; it holds the index as a registry holds its built one."""

    __slots__ = ("index",)

    def __init__(self, registry: Registry) -> None:
        self.index = registry.index

    def resolve(self, text: str) -> Any:
        return self.index.by_name[normalize_name(text)]


_INLINE: dict[str, Callable[..., Any]] = {
    "agents_for_condition": inline_agents_for_condition,
    "adverse_effects_of": inline_adverse_effects_of,
    "mechanisms_of": inline_mechanisms_of,
    "combination_partners": inline_combination_partners,
    "find_claims(subject, predicate)": inline_subject_predicate,
    "find_claims(object)": inline_object,
    "find_claims(reference)": inline_reference,
}


# -- the dict floors --------------------------------------------------------------------


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


# -- helpers ----------------------------------------------------------------------------


def _keys(registry: Registry, family: str) -> list[str]:
    """What a user passes for each record of *family*: entity names, reference ids."""
    if family == "references":
        return [reference.id for reference in registry.references]
    return [record.name for record in getattr(registry, family)]


def _ask(name: str, registry: Registry, arg: str) -> Any:
    """The query *name* asked of *registry* about *arg*, as the timed loops call it."""
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


def _ask_inline(name: str, registry: Registry, arg: str) -> Any:
    if name == "Registry.resolve":
        return InlineResolve(registry).resolve(arg)
    function = _INLINE[name]
    if name == "find_claims(subject, predicate)":
        return function(subject=arg, predicate="treats", registry=registry)
    if name == "find_claims(object)":
        return function(object=arg, registry=registry)
    if name == "find_claims(reference)":
        return function(reference=arg, registry=registry)
    return function(arg, registry=registry)


def _samples(registry: Registry) -> dict[str, list[str]]:
    """The arguments of each query: every key of its family, or a fixed sample of them."""
    rng = random.Random(2024)
    samples: dict[str, list[str]] = {}
    for name, (_, family) in QUERIES.items():
        keys = _keys(registry, family)
        samples[name] = keys if len(keys) <= SAMPLE else rng.sample(keys, SAMPLE)
    return samples


_INDEX_SLOT = Registry.__dict__[
    "index"
]  # attrs keeps a cached_property of a slotted class in a slot


def _index_built(registry: Registry) -> bool:
    try:
        _INDEX_SLOT.__get__(registry, Registry)
    except AttributeError:
        return False
    return True


def _gen2_collections() -> int:
    return int(gc.get_stats()[2]["collections"])


def _median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


# -- the measurements -------------------------------------------------------------------


def bench_repeated(
    registry: Registry, samples: dict[str, list[str]], *, repeats: int
) -> dict[str, Any]:
    """Time every query on *registry* (index built) against its inline baseline and its floor."""
    results: dict[str, Any] = {}
    for name, (call, family) in QUERIES.items():
        args = samples[name]
        answers = {arg: _ask(name, registry, arg) for arg in args}
        for arg, answer in answers.items():  # the baselines give the very answer the query gives
            inline_answer = _ask_inline(name, registry, arg)
            if name == "Registry.resolve":
                assert inline_answer is answer, (name, arg)
            else:
                assert type(inline_answer) is tuple, (name, arg)
                assert inline_answer == answer, (name, arg, inline_answer, answer)
        table: dict[str, Any] = dict.fromkeys(_keys(registry, family), ())
        table.update(answers)
        floor = _floor(name, table)
        for arg in args:  # and so does the floor
            floor_answer = floor.resolve(arg) if name == "Registry.resolve" else table[arg]
            assert floor_answer is answers[arg], (name, arg)
        if name == "Registry.resolve":
            inline_ns = {"reg": InlineResolve(registry)}
            query_ns = {"reg": registry}
            floor_ns = {"reg": floor}
        else:
            inline_ns = {"fn": _INLINE[name], "reg": registry}
            query_ns = {"fn": _FUNCTIONS[name], "reg": registry}
            floor_ns = {"fn": floor, "reg": registry}
        timing = compare_loops(
            {"query": call, "inline": call, "floor": call},
            {"query": query_ns, "inline": inline_ns, "floor": floor_ns},
            args,
            repeats=repeats,
        )
        query, inline, floor_t = timing["query"], timing["inline"], timing["floor"]
        sizes = [1 if name == "Registry.resolve" else len(answer) for answer in answers.values()]
        results[name] = {
            "query_s": query["median"],
            "inline_s": inline["median"],
            "floor_s": floor_t["median"],
            "query_min_s": query["min"],
            "inline_min_s": inline["min"],
            "floor_min_s": floor_t["min"],
            "loop_overhead_s": query["loop"],
            "ratio_inline": query["median"] / inline["median"],
            "ratio_floor": query["median"] / floor_t["median"],
            "inline_vs_floor": inline["median"] / floor_t["median"],
            "arguments": len(args),
            "mean_answer": statistics.fmean(sizes),
        }
    return results


def bench_first(
    base: Registry,
    samples: dict[str, list[str]],
    *,
    repeats: int,
    base_is_fresh: bool,
) -> dict[str, Any]:
    """The first question on fresh registries with *base*'s records, and the index build alone.

    With *base_is_fresh*, *base* itself (its index not built yet) is the first
    fresh registry, and its index is built when this returns.
    """
    names = list(QUERIES)
    first: list[dict[str, Any]] = []
    build: list[dict[str, Any]] = []
    cold: dict[str, list[float]] = {name: [] for name in names}
    for repeat in range(repeats):
        if repeat == 0 and base_is_fresh:
            registry = base
        else:
            gc.disable()  # the copy's Registry(...) checks are not timed: spare them the collector
            try:
                registry = attrs.evolve(base)
            finally:
                gc.enable()
        assert not _index_built(registry), "a fresh registry has no index yet"
        gc.collect()
        collections = _gen2_collections()
        if repeat % 2 == 0:  # the first question, in one go: the index build and one query
            name = names[(repeat // 2) % len(names)]
            arg = samples[name][0]
            start = time.perf_counter()
            _ask(name, registry, arg)
            elapsed = time.perf_counter() - start
            first.append({"query": name, "s": elapsed, "gen2": _gen2_collections() - collections})
            asked = {name}
        else:  # the index build alone
            start = time.perf_counter()
            registry.index  # noqa: B018 -- the lazy build is what is timed
            elapsed = time.perf_counter() - start
            build.append({"s": elapsed, "gen2": _gen2_collections() - collections})
            asked = set()
        assert _index_built(registry)
        for name in names:  # the first call of each other query, right after the build
            if name in asked:
                continue
            arg = samples[name][0]
            start = time.perf_counter()
            _ask(name, registry, arg)
            cold[name].append(time.perf_counter() - start)
        if registry is not base:
            del registry
            gc.collect()
    return {
        "repeats": repeats,
        "first_question": first,
        "index_build": build,
        "first_question_s": _median([f["s"] for f in first]),
        "index_build_s": _median([b["s"] for b in build]),
        "first_call_after_build_s": {name: _median(values) for name, values in cold.items()},
    }


# What a few pieces of the queries' generic layers cost alone (public calls only).
PIECES: dict[str, str] = {
    "normalize_name(name)": "normalize_name(a)",
    "index.by_name[normalize_name(name)]": "reg.index.by_name[normalize_name(a)]",
    "reg.resolve(name)": "reg.resolve(a)",
    "parse_predicate('treats')": "parse_predicate('treats')",
    "Predicate.TREATS.value": "TREATS.value",
    "agents_for_condition(name)": "agents_for_condition(a, registry=reg)",
    "agents_for_condition(entity)": "agents_for_condition(e[a], registry=reg)",
    "find_claims(subject=name, predicate='treats')": "find_claims(subject=a, predicate='treats', registry=reg)",
    "find_claims(subject=name, predicate=Predicate.TREATS)": "find_claims(subject=a, predicate=TREATS, registry=reg)",
    "find_claims(subject=name)": "find_claims(subject=a, registry=reg)",
}


def bench_pieces(registry: Registry, *, repeats: int) -> dict[str, float]:
    """Seconds per call of each of :data:`PIECES`, over the conditions' names of *registry*."""
    args = _samples(registry)["agents_for_condition"]
    namespace = {
        "normalize_name": normalize_name,
        "parse_predicate": parse_predicate,
        "TREATS": Predicate.TREATS,
        "agents_for_condition": agents_for_condition,
        "find_claims": find_claims,
        "reg": registry,
        "e": {arg: registry.resolve(arg) for arg in args},
    }
    timing = compare_loops(PIECES, dict.fromkeys(PIECES, namespace), args, repeats=repeats)
    return {name: value["median"] for name, value in timing.items()}


def bench_registry(
    label: str, registry: Registry, *, repeats: int, fresh_repeats: int, base_is_fresh: bool
) -> dict[str, Any]:
    samples = _samples(registry)
    first = bench_first(registry, samples, repeats=fresh_repeats, base_is_fresh=base_is_fresh)
    registry.index  # noqa: B018 -- built already, unless the base was not among the fresh ones
    repeated = bench_repeated(registry, samples, repeats=repeats)
    return {
        "label": label,
        "claims": len(registry.claims),
        "entities": len(registry.entities),
        "references": len(registry.references),
        "first": first,
        "queries": repeated,
    }


def run(*, quick: bool = False) -> dict[str, Any]:
    started = time.perf_counter()
    repeats = QUICK_REPEATS if quick else REPEATS
    shipped = nmda_pain.default_registry()
    registries: list[dict[str, Any]] = [
        bench_registry(
            "shipped",
            shipped,
            repeats=repeats,
            fresh_repeats=_fresh_repeats(None, quick=quick),
            base_is_fresh=False,  # the shipped registry is shared: its copies are the fresh ones
        )
    ]
    for size in QUICK_SIZES if quick else SIZES:
        start = time.perf_counter()
        gc.disable()  # building the test data is not measured
        try:
            registry = synthetic_registry(size)
        finally:
            gc.enable()
        build_s = time.perf_counter() - start
        result = bench_registry(
            f"synthetic {size:,}",
            registry,
            repeats=repeats,
            fresh_repeats=_fresh_repeats(size, quick=quick),
            base_is_fresh=True,
        )
        result["synthetic_build_s"] = build_s
        if size == 1_000:
            result["pieces"] = bench_pieces(registry, repeats=repeats)
        registries.append(result)
        del registry
        gc.collect()
    return {
        "quick": quick,
        "repeats": repeats,
        "sample": SAMPLE,
        "registries": registries,
        "elapsed_s": time.perf_counter() - started,
    }


# -- the report -------------------------------------------------------------------------


def _short(label: str, claims: int) -> str:
    return f"shipped ({claims})" if label == "shipped" else f"{claims:,}"


def _growth(data: dict[str, Any], name: str, key: str = "query_s") -> float:
    synthetic = [r for r in data["registries"] if r["label"] != "shipped"]
    return float(synthetic[-1]["queries"][name][key] / synthetic[0]["queries"][name][key])


def _span(data: dict[str, Any]) -> str:
    synthetic = [r for r in data["registries"] if r["label"] != "shipped"]
    return f"{synthetic[0]['claims']:,} → {synthetic[-1]['claims']:,}"


def table(data: dict[str, Any]) -> list[str]:
    """The section of the report: ratios, growth, times per call, the first question."""
    registries = data["registries"]
    names = list(registries[0]["queries"])
    columns = " | ".join(_short(r["label"], r["claims"]) for r in registries)
    align = " | ".join("---:" for _ in registries)
    lines = [
        "The repeated question (index built): median per call, net of loop overhead, "
        f"{data['repeats']} round-robin repeats over up to {data['sample']} arguments. "
        "*Inline* is a hand-written function doing the same index lookups for the same "
        "answer; *floor* a dict lookup returning the prebuilt answer.",
        "",
        "Ratio query / inline:",
        "",
        f"| query | {columns} | growth {_span(data)}: query | inline |",
        f"| --- | {align} | ---: | ---: |",
    ]
    for name in names:
        cells = " | ".join(f"{r['queries'][name]['ratio_inline']:.2f}x" for r in registries)
        lines.append(
            f"| `{name}` | {cells} | {_growth(data, name):.2f}x "
            f"| {_growth(data, name, 'inline_s'):.2f}x |"
        )
    lines += [
        "",
        "Ratio query / dict floor (inline / floor in brackets):",
        "",
        f"| query | {columns} |",
        f"| --- | {align} |",
    ]
    for name in names:
        cells = " | ".join(
            f"{r['queries'][name]['ratio_floor']:.1f}x ({r['queries'][name]['inline_vs_floor']:.1f}x)"
            for r in registries
        )
        lines.append(f"| `{name}` | {cells} |")
    lines += [
        "",
        "Time per call: query (inline; floor):",
        "",
        f"| query | {columns} |",
        f"| --- | {align} |",
    ]
    for name in names:
        cells = " | ".join(
            f"{us(q['query_s'])} ({us(q['inline_s'])}; {ns(q['floor_s'])})"
            for q in (r["queries"][name] for r in registries)
        )
        lines.append(f"| `{name}` | {cells} |")
    lines += [
        "",
        "The first question, on a fresh registry (no index yet; the collector on): the index "
        "build and one query, in one go, beside the index build alone (medians; how many "
        "fresh registries each, and the full collections run inside the timer, in brackets):",
        "",
        "| registry | claims | index build alone | first question | first / build "
        "| slowest first call after the build | repeated call (median of the queries) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in registries:
        first = r["first"]
        build_s, first_s = first["index_build_s"], first["first_question_s"]
        gen2_build = sum(b["gen2"] for b in first["index_build"])
        gen2_first = sum(f["gen2"] for f in first["first_question"])
        cold = {k: v for k, v in first["first_call_after_build_s"].items() if v is not None}
        slowest = max(cold, key=cold.__getitem__)
        warm = statistics.median(q["query_s"] for q in r["queries"].values())
        ratio = f"{first_s / build_s:.2f}x" if build_s and first_s else "n/a"
        lines.append(
            f"| {r['label']} | {r['claims']:,} "
            f"| {ms(build_s) if build_s else 'n/a'} ({len(first['index_build'])}; {gen2_build}) "
            f"| {ms(first_s) if first_s else 'n/a'} ({len(first['first_question'])}; {gen2_first}) "
            f"| {ratio} | {us(cold[slowest])} (`{slowest}`) | {us(warm)} |"
        )
    lines += [
        "",
        "First call of each query right after the build (median over the fresh registries; "
        "the repeated call in brackets):",
        "",
        f"| query | {columns} |",
        f"| --- | {align} |",
    ]
    for name in names:
        cells = []
        for r in registries:
            cold_s = r["first"]["first_call_after_build_s"][name]
            warm_s = r["queries"][name]["query_s"]
            cells.append(f"{us(cold_s) if cold_s is not None else 'n/a'} ({us(warm_s)})")
        lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
    for r in registries:
        if "pieces" in r:
            lines += [
                "",
                f"Pieces of the generic layers alone ({r['label']}, the conditions' names as "
                "arguments; median per call):",
                "",
                "| call | time |",
                "| --- | ---: |",
                *(f"| `{call}` | {ns(seconds)} |" for call, seconds in r["pieces"].items()),
            ]
    lines += [
        "",
        "| registry | entities | references | mean answer size per query (in order) |",
        "| --- | ---: | ---: | --- |",
    ]
    for r in registries:
        answers = ", ".join(f"{q['mean_answer']:.1f}" for q in r["queries"].values())
        lines.append(f"| {r['label']} | {r['entities']:,} | {r['references']:,} | {answers} |")
    return lines


def targets(data: dict[str, Any]) -> list[str]:
    """The rows of the targets table: the worst ratio to the inline baseline, the worst growth."""
    registries = data["registries"]
    worst_ratio, worst_name, worst_label = max(
        (q["ratio_inline"], name, r["label"])
        for r in registries
        for name, q in r["queries"].items()
    )
    best_ratio = min(q["ratio_inline"] for r in registries for q in r["queries"].values())
    growths = {name: _growth(data, name) for name in registries[0]["queries"]}
    worst_growth_name = max(growths, key=growths.__getitem__)
    worst_growth = growths[worst_growth_name]
    inline_growth = _growth(data, worst_growth_name, "inline_s")
    synthetic = [r for r in registries if r["label"] != "shipped"]
    answers = [synthetic[i]["queries"][worst_growth_name]["mean_answer"] for i in (0, -1)]
    span = _span(data)
    return [
        target_row(
            f"every query on the index path ≤ {INLINE_RATIO_TARGET}x its inline baseline",
            f"{best_ratio:.2f}x to {worst_ratio:.2f}x (worst `{worst_name}`, {worst_label})",
            worst_ratio,
            INLINE_RATIO_TARGET,
        ),
        target_row(
            f"every query flat from 10^3 to 10^6 claims (growth ≤ {FLAT_TARGET}x)",
            f"worst growth {worst_growth:.2f}x (`{worst_growth_name}`, {span} claims; "
            f"its inline baseline, for the same answers, {inline_growth:.2f}x; "
            f"mean answer {answers[0]:.1f} → {answers[1]:.1f})",
            worst_growth,
            FLAT_TARGET,
        ),
    ]


if __name__ == "__main__":
    run_alone(run, table, targets)
