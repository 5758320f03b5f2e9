"""Memory per claim: nmda_pain's claims versus msgspec Structs (and pydantic), traced and resident.

Three measurements with tracemalloc, each the memory still allocated after
the objects are built, divided by the number of claims:

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
* **index**: what building the index of that decoded registry
  (``registry.index``) adds, per claim; *with the index built* is the
  decoded registry and its index together, against msgspec's decoded
  document (which has no index to build).

And one of resident memory (RSS, from ``/proc/self/status``), which also
counts what the allocators keep after the load (freed but not returned
pages, fragmentation), that tracemalloc does not see: each candidate decodes
the same document in a fresh process (so that no candidate's arenas serve
another's), started :data:`RSS_RUNS` times each, alternating. The child
reads the document from a file and decodes a small document first (so the
converter's hooks and msgspec's type information are built), then takes its
baseline RSS (the text in memory already), decodes the document and takes
RSS again; nmda_pain's child then builds the index and takes it a third
time. The growth over the baseline is reported, the median of the runs.
"""

from __future__ import annotations

import gc
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import msgspec
from _mirrors import msgspec_types, pydantic_types
from _report import run_alone, target_row

import nmda_pain
from nmda_pain import Claim
from nmda_pain.testing import synthetic_registry

CLAIMS = 100_000
QUICK_CLAIMS = 10_000
MEMORY_TARGET = 1.2
"""Bytes per claim (tracemalloc) at most this many times msgspec's, with or without the index."""
RSS_TARGET = 1.5
"""Resident memory after ``from_json`` at most this many times msgspec's decode of the same document."""
RSS_RUNS = 3
QUICK_RSS_RUNS = 1
WARMUP_CLAIMS = 20

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


def _rss_bytes() -> int:
    """This process's resident memory now (its peak where ``/proc`` is missing)."""
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # pragma: no cover - not Linux
    return peak if sys.platform == "darwin" else peak * 1024  # pragma: no cover


def _rss_child(candidate: str, document: str, warmup: str) -> dict[str, int]:
    """In a fresh process: RSS growth over the baseline after *candidate* decodes *document*."""
    text = Path(document).read_text(encoding="utf-8")
    small = Path(warmup).read_text(encoding="utf-8")
    load: Callable[[str], Any]
    if candidate == "nmda_pain":
        load = nmda_pain.from_json
    else:
        ms_document, _ = msgspec_types()

        def load(text: str) -> Any:
            return msgspec.json.decode(text, type=ms_document)

    load(small)  # the converter's hooks, msgspec's type information: built before the baseline
    gc.collect()
    baseline = _rss_bytes()
    value = load(text)
    gc.collect()
    result = {"baseline": baseline, "decoded": _rss_bytes() - baseline}
    if candidate == "nmda_pain":
        value.index  # noqa: B018 -- the lazy build is what is measured
        gc.collect()
        result["indexed"] = _rss_bytes() - baseline
    return result


def _rss(text: str, warmup: str, *, runs: int) -> dict[str, Any]:
    """The children's RSS growth, *runs* fresh processes per candidate, alternating."""
    samples: dict[str, list[dict[str, int]]] = {"nmda_pain": [], "msgspec": []}
    with tempfile.TemporaryDirectory() as folder:
        document, small = Path(folder) / "document.json", Path(folder) / "warmup.json"
        document.write_text(text, encoding="utf-8")
        small.write_text(warmup, encoding="utf-8")
        for run_number in range(runs):
            order = list(samples) if run_number % 2 == 0 else list(samples)[::-1]
            for candidate in order:
                command = [
                    sys.executable,
                    str(Path(__file__).resolve()),
                    "--rss-child",
                    candidate,
                    str(document),
                    str(small),
                ]
                child = subprocess.run(command, check=True, capture_output=True, text=True)
                samples[candidate].append(json.loads(child.stdout))

    def median(candidate: str, key: str) -> float:
        return statistics.median(sample[key] for sample in samples[candidate])

    return {
        "runs": runs,
        "samples": samples,
        "baseline_bytes": {name: median(name, "baseline") for name in samples},
        "decoded_bytes": {name: median(name, "decoded") for name in samples},
        "indexed_bytes": median("nmda_pain", "indexed"),
    }


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
    index_bytes = 0.0
    for name, load in (
        ("nmda_pain", lambda: nmda_pain.from_json(text)),
        ("msgspec", lambda: msgspec.json.decode(text, type=ms_document)),
        ("pydantic", lambda: pd_document.model_validate_json(text)),  # type: ignore[attr-defined]
    ):
        size, value = _retained(load)
        decoded[name] = size / n
        if name == "nmda_pain":
            assert isinstance(value, nmda_pain.Registry)
            index_bytes = _retained(lambda registry=value: registry.index)[0] / n
        del value
    with_index = decoded["nmda_pain"] + index_bytes
    warmup = nmda_pain.to_json(synthetic_registry(WARMUP_CLAIMS))
    rss = _rss(text, warmup, runs=QUICK_RSS_RUNS if quick else RSS_RUNS)

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
        "index_bytes_per_claim": index_bytes,
        "with_index_bytes_per_claim": with_index,
        "with_index_ratio": with_index / decoded["msgspec"],
        "rss": rss,
        "rss_ratio": rss["decoded_bytes"]["nmda_pain"] / rss["decoded_bytes"]["msgspec"],
        "rss_indexed_ratio": rss["indexed_bytes"] / rss["decoded_bytes"]["msgspec"],
        "getsizeof": getsizeof,
    }


def table(data: dict[str, Any]) -> list[str]:
    """The section of the report: bytes per claim against msgspec and pydantic, traced and resident."""
    n = data["claims"]
    objects = data["objects_bytes_per_claim"]
    decoded = data["decoded_bytes_per_claim"]
    rss = data["rss"]
    rss_ours, rss_msgspec = rss["decoded_bytes"]["nmda_pain"], rss["decoded_bytes"]["msgspec"]
    baseline = rss["baseline_bytes"]
    return [
        f"| bytes per claim ({n:,} claims, tracemalloc) | nmda_pain | msgspec | pydantic | nmda_pain / msgspec |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| claims rebuilt: Claim, Evidence, ModeOfAction, Affinity and their tuples | {objects['nmda_pain']:.0f} | {objects['msgspec']:.0f} "
        f"| {objects['pydantic']:.0f} | **{data['objects_ratio']:.2f}x** |",
        f"| whole registry decoded from JSON, per claim | {decoded['nmda_pain']:.0f} | {decoded['msgspec']:.0f} "
        f"| {decoded['pydantic']:.0f} | {data['decoded_ratio']:.2f}x |",
        f"| its index (`registry.index`), per claim | {data['index_bytes_per_claim']:.0f} | | | |",
        f"| decoded with the index built, per claim | {data['with_index_bytes_per_claim']:.0f} "
        f"| {decoded['msgspec']:.0f} (no index) | | **{data['with_index_ratio']:.2f}x** |",
        "",
        f"Resident memory (RSS) grown by decoding the same document of {n:,} claims, each in a "
        f"fresh process (median of {rss['runs']} per candidate, alternating; the baseline, "
        "the document's text in memory and a small document decoded first, was "
        f"{baseline['nmda_pain'] / 2**20:.0f} MiB for nmda_pain and "
        f"{baseline['msgspec'] / 2**20:.0f} MiB for msgspec):",
        "",
        "| resident growth | nmda_pain | msgspec | nmda_pain / msgspec |",
        "| --- | ---: | ---: | ---: |",
        f"| after `from_json` / `msgspec.json.decode` | {rss_ours / 2**20:.1f} MiB "
        f"({rss_ours / n:.0f} B/claim) | {rss_msgspec / 2**20:.1f} MiB ({rss_msgspec / n:.0f} B/claim) "
        f"| **{data['rss_ratio']:.2f}x** |",
        f"| and the index built | {rss['indexed_bytes'] / 2**20:.1f} MiB "
        f"({rss['indexed_bytes'] / n:.0f} B/claim) | (no index) | {data['rss_indexed_ratio']:.2f}x |",
    ]


def targets(data: dict[str, Any]) -> list[str]:
    ratio = data["objects_ratio"]
    n = data["claims"]
    return [
        target_row(
            f"memory per claim ≤ {MEMORY_TARGET}x msgspec (tracemalloc, index not built)",
            f"{ratio:.2f}x",
            ratio,
            MEMORY_TARGET,
        ),
        target_row(
            f"memory per claim with the index built ≤ {MEMORY_TARGET}x msgspec (tracemalloc)",
            f"{data['with_index_ratio']:.2f}x ({data['with_index_bytes_per_claim']:.0f} B/claim: "
            f"decoded {data['decoded_bytes_per_claim']['nmda_pain']:.0f} + index "
            f"{data['index_bytes_per_claim']:.0f}; msgspec decoded "
            f"{data['decoded_bytes_per_claim']['msgspec']:.0f}; {n:,} claims)",
            data["with_index_ratio"],
            MEMORY_TARGET,
        ),
        target_row(
            f"resident memory after `from_json` at {n:,} claims ≤ {RSS_TARGET}x msgspec",
            f"{data['rss_ratio']:.2f}x ({data['rss']['decoded_bytes']['nmda_pain'] / 2**20:.0f} "
            f"vs {data['rss']['decoded_bytes']['msgspec'] / 2**20:.0f} MiB over the baseline; "
            f"{data['rss_indexed_ratio']:.2f}x with the index built)",
            data["rss_ratio"],
            RSS_TARGET,
        ),
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--rss-child"]:
        print(json.dumps(_rss_child(*sys.argv[2:5])))
    else:
        run_alone(run, table, targets)
