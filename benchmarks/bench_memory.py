"""Memory per claim (tracemalloc): nmda_pain's claims versus msgspec Structs (and pydantic).

Two measurements, each the memory still allocated after the objects are
built, divided by the number of claims:

* **objects**: each claim of the synthetic registry built again with its
  public constructor, with everything a format 2 claim holds: its evidence
  tuple and Evidence records (``disputes`` included) with their section
  tuples, its mode of action, its affinities with their reference tuples and
  its ``via`` tuple. The field values (id strings, enum members, numbers)
  already exist and are shared by every candidate. This is the cost of the
  record types themselves.
* **decoded**: the whole registry read from the same JSON document by
  ``from_json``, ``msgspec.json.decode`` and pydantic, divided by the claim
  count: what a loaded registry costs, strings, entities and mappings included.
"""

from __future__ import annotations

import gc
import json
import sys
import tracemalloc
from collections.abc import Callable
from typing import Any

import attrs
import msgspec
from _mirrors import msgspec_types, pydantic_types
from _report import target_row

import nmda_pain
from nmda_pain import Claim
from nmda_pain.testing import synthetic_registry

CLAIMS = 100_000
QUICK_CLAIMS = 10_000
MEMORY_TARGET = 1.2

# A record as its class and its field values, nested records as such pairs: the claims
# taken apart once, so that every candidate builds the same objects from the same values.
Plan = tuple[type, tuple[tuple[str, Any], ...]]


def _retained(build: Callable[[], object]) -> tuple[int, object]:
    """Bytes still allocated by *build* once it has returned (its result kept alive)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        value = build()
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return after - before, value


def _plan(value: Any) -> Any:
    """*value* taken apart: records into :data:`Plan` pairs, tuples into lists of parts."""
    if attrs.has(type(value)):
        return (
            type(value),
            tuple((f.name, _plan(getattr(value, f.name))) for f in attrs.fields(type(value))),
        )
    if isinstance(value, tuple):
        return [_plan(item) for item in value]
    return value


def _build(plan: Any, classes: dict[type, type]) -> Any:
    """The object *plan* describes, each model class replaced by its counterpart in *classes*."""
    if isinstance(plan, list):
        return tuple([_build(item, classes) for item in plan])
    if isinstance(plan, tuple):  # a record: leaf values are never tuples, see _plan
        cls: type = plan[0]
        fields: tuple[tuple[str, Any], ...] = plan[1]
        return classes.get(cls, cls)(**{name: _build(part, classes) for name, part in fields})
    return plan


def _same_json(claim: Claim, ms_classes: dict[type, type], pd_classes: dict[type, type]) -> None:
    """The three candidates rebuilt from *claim*'s plan write the JSON nmda_pain writes for it."""
    from nmda_pain.interchange._converter import CONVERTER

    plan = _plan(claim)
    ours = json.dumps(CONVERTER.unstructure(claim), ensure_ascii=False, separators=(",", ":"))
    assert _build(plan, {}) == claim, "the plan rebuilds the very claim"
    assert msgspec.json.encode(_build(plan, ms_classes)).decode() == ours, claim
    assert _build(plan, pd_classes).model_dump_json() == ours, claim


def run(*, quick: bool = False) -> dict[str, Any]:
    n = QUICK_CLAIMS if quick else CLAIMS
    registry = synthetic_registry(n)
    plans = [_plan(claim) for claim in registry.claims]
    _, ms_classes = msgspec_types()
    _, pd_classes = pydantic_types()
    # A plain claim and one with each qualifier: the candidates build the same records.
    samples = {
        "plain": registry.claims[0],
        "mode": next(c for c in registry.claims if c.mode is not None),
        "affinities": next(c for c in registry.claims if c.affinities),
        "via": next(c for c in registry.claims if c.via),
        "disputed": next(c for c in registry.claims if c.contested),
    }
    for claim in samples.values():
        _same_json(claim, ms_classes, pd_classes)

    def builder(plans: list[Any], classes: dict[type, type]) -> Callable[[], object]:
        def build() -> object:
            return [_build(plan, classes) for plan in plans]

        return build

    list_bytes, _ = _retained(lambda: [None] * n)  # the list that holds them, same for all
    objects: dict[str, float] = {}
    for name, classes in (("nmda_pain", {}), ("msgspec", ms_classes), ("pydantic", pd_classes)):
        size, value = _retained(builder(plans, classes))
        objects[name] = (size - list_bytes) / n
        del value
    qualified = {
        "with_mode": sum(c.mode is not None for c in registry.claims) / n,
        "with_affinities": sum(bool(c.affinities) for c in registry.claims) / n,
        "with_via": sum(bool(c.via) for c in registry.claims) / n,
        "disputed": sum(c.contested for c in registry.claims) / n,
        "evidence_per_claim": sum(len(c.evidence) for c in registry.claims) / n,
    }

    text = nmda_pain.to_json(registry)
    ms_document, _ = msgspec_types()
    pd_document, _ = pydantic_types()
    del registry, plans
    gc.collect()
    decoded: dict[str, float] = {}
    for name, load in (
        ("nmda_pain", lambda: nmda_pain.from_json(text)),
        ("msgspec", lambda: msgspec.json.decode(text, type=ms_document)),
        ("pydantic", lambda: pd_document.model_validate_json(text)),  # type: ignore[attr-defined]
    ):
        size, value = _retained(load)
        decoded[name] = size / n
        del value

    # One record of each type the claims hold, ours and msgspec's (sizes do not vary by value).
    plain, with_mode, with_affinity = samples["plain"], samples["mode"], samples["affinities"]
    getsizeof: dict[str, Any] = {}
    for label, record in (
        ("Claim", plain),
        ("Evidence", plain.evidence[0]),
        ("ModeOfAction", with_mode.mode),
        ("Affinity", with_affinity.affinities[0]),
    ):
        getsizeof[f"nmda_pain {label}"] = sys.getsizeof(record)
        getsizeof[f"msgspec {label}"] = sys.getsizeof(_build(_plan(record), ms_classes))
    getsizeof["nmda_pain Claim has __weakref__ slot"] = "__weakref__" in getattr(
        Claim, "__slots__", ()
    )
    return {
        "claims": n,
        "claims_qualified": qualified,
        "objects_bytes_per_claim": objects,
        "objects_ratio": objects["nmda_pain"] / objects["msgspec"],
        "decoded_bytes_per_claim": decoded,
        "decoded_ratio": decoded["nmda_pain"] / decoded["msgspec"],
        "getsizeof": getsizeof,
    }


def table(data: dict[str, Any]) -> list[str]:
    """The section of the report: bytes per claim against msgspec and pydantic."""
    objects = data["objects_bytes_per_claim"]
    decoded = data["decoded_bytes_per_claim"]
    return [
        f"| bytes per claim ({data['claims']:,} claims) | nmda_pain | msgspec | pydantic | nmda_pain / msgspec |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| claims rebuilt: Claim, Evidence, ModeOfAction, Affinity and their tuples | {objects['nmda_pain']:.0f} | {objects['msgspec']:.0f} "
        f"| {objects['pydantic']:.0f} | **{data['objects_ratio']:.2f}x** |",
        f"| whole registry decoded from JSON, per claim | {decoded['nmda_pain']:.0f} | {decoded['msgspec']:.0f} "
        f"| {decoded['pydantic']:.0f} | {data['decoded_ratio']:.2f}x |",
    ]


def targets(data: dict[str, Any]) -> list[str]:
    ratio = data["objects_ratio"]
    return [
        target_row(
            f"memory per claim ≤ {MEMORY_TARGET}x msgspec (tracemalloc, index not built)",
            f"{ratio:.2f}x",
            ratio,
            MEMORY_TARGET,
        )
    ]
