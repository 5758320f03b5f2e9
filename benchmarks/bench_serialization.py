"""``from_json`` / ``to_json`` versus msgspec, pydantic v2 and the bare JSON parsers.

Every candidate reads (or writes) the very same format 2 document: the text
``nmda_pain.to_json(synthetic_registry(n))``. Before timing, each mirror's
round trip is checked to give that text back byte for byte, and once per run
the mirrors are checked on the shipped documents too (which give nearly every field
of the model a value) and against documents format 2 refuses (see
``_mirrors.check_mirrors``).

Readers: ``nmda_pain.from_json(text)``, ``msgspec.json.decode(text,
type=Document)``, ``Document.model_validate_json(text)`` (pydantic), bare
``json.loads(text)`` and ``orjson.loads(text)`` (plain dicts and lists, no
types, no checks: the floor of parsing).

Writers: ``nmda_pain.to_json(registry)`` as installed (orjson when present)
and with orjson hidden (the standard library path), ``msgspec.json.encode``
of the decoded Struct, ``model_dump_json()`` of the pydantic model, and bare
``json.dumps`` / ``orjson.dumps`` of the plain parsed document.

Every candidate runs with the cyclic garbage collector on, as a program
calls it (none of them pauses it), and each load is followed by a full
``gc.collect()`` timed on its own while the result is alive: the collection
the load leaves behind, which a program pays later (``load_collection``).
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import msgspec
import orjson
from _harness import compare_calls
from _mirrors import check_mirrors, check_same_document, failures, msgspec_types, pydantic_types
from _report import ms, target_row

import nmda_pain
from nmda_pain.testing import synthetic_registry

SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
# The stretch target; equal-validation mirrors are still to come (issue 15).
MSGSPEC_STRETCH = 3.0


@contextmanager
def _without_orjson() -> Iterator[None]:
    """Make ``import orjson`` fail, so that ``to_json`` takes its standard-library path."""
    saved = sys.modules.get("orjson")
    sys.modules["orjson"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if saved is None:
            del sys.modules["orjson"]
        else:
            sys.modules["orjson"] = saved


def _to_json_stdlib(registry: nmda_pain.Registry) -> Callable[[], object]:
    def call() -> object:
        with _without_orjson():
            return nmda_pain.to_json(registry)

    return call


def _bench_size(size: int, *, quick: bool) -> dict[str, Any]:
    ms_document, _ = msgspec_types()
    pd_document, _ = pydantic_types()
    ms_decoder = msgspec.json.Decoder(ms_document)
    ms_encoder = msgspec.json.Encoder()
    registry = synthetic_registry(size)
    text = nmda_pain.to_json(registry)
    same = check_same_document(text)
    with _without_orjson():
        same["to_json without orjson"] = nmda_pain.to_json(registry) == text
    if not all(same.values()):
        msg = f"the candidates do not agree on the document at {size}: {same}"
        raise AssertionError(msg)
    repeats = 3 if quick else 7 if size >= 100_000 else 9
    readers = {
        "nmda_pain.from_json": lambda: nmda_pain.from_json(text),
        "msgspec": lambda: ms_decoder.decode(text),
        "pydantic": lambda: pd_document.model_validate_json(text),  # type: ignore[attr-defined]
        "json.loads": lambda: json.loads(text),
        "orjson.loads": lambda: orjson.loads(text),
    }
    ms_value = ms_decoder.decode(text)
    pd_value = pd_document.model_validate_json(text)  # type: ignore[attr-defined]
    plain = json.loads(text)
    writers = {
        "nmda_pain.to_json": lambda: nmda_pain.to_json(registry),
        "nmda_pain.to_json (no orjson)": _to_json_stdlib(registry),
        "msgspec": lambda: ms_encoder.encode(ms_value),
        "pydantic": pd_value.model_dump_json,
        "json.dumps": lambda: json.dumps(plain, separators=(",", ":"), ensure_ascii=False),
        "orjson.dumps": lambda: orjson.dumps(plain),
    }
    result: dict[str, Any] = {
        "claims": size,
        "document_bytes": len(text.encode()),
        "identical_round_trips": same,
        "repeats": repeats,
    }
    # As a program calls them, the collector on for every candidate; then the full collection
    # each load leaves behind, timed after the call while its result is still alive.
    load = compare_calls(readers, repeats=repeats, collect_after=True)
    dump = compare_calls(writers, repeats=repeats)
    result["load"] = {name: value["median"] for name, value in load.items()}
    result["load_min"] = {name: value["min"] for name, value in load.items()}
    result["load_collection"] = {name: value["collect_median"] for name, value in load.items()}
    result["dump"] = {name: value["median"] for name, value in dump.items()}
    result["dump_min"] = {name: value["min"] for name, value in dump.items()}
    return result


def run(*, quick: bool = False) -> dict[str, Any]:
    checks = check_mirrors(nmda_pain.to_json(synthetic_registry(QUICK_SIZES[0])))
    broken = failures(checks)
    if broken:
        msg = f"the mirrors do not follow nmda_pain's document: {', '.join(broken)}"
        raise AssertionError(msg)
    results = []
    for size in QUICK_SIZES if quick else SIZES:
        results.append(_bench_size(size, quick=quick))
        gc.collect()
    return {"mirror_checks": checks, "sizes": results}


def table(data: dict[str, Any]) -> list[str]:
    """The section of the report: load and dump at each size, against each peer."""
    sizes = data["sizes"]
    lines = [
        "Load, collector on as a program has it; medians (the full collection each load "
        "leaves behind in brackets):",
        "",
        "| claims (document size) | `from_json` | msgspec | pydantic | `json.loads` | `orjson.loads` "
        "| vs pydantic | vs msgspec | vs `json.loads` |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in sizes:
        load, left = s["load"], s["load_collection"]
        ours = load["nmda_pain.from_json"]

        def cell(name: str, load: dict[str, float] = load, left: dict[str, float] = left) -> str:
            return f"{ms(load[name])} ({ms(left[name])})"

        lines.append(
            f"| {s['claims']:,} ({s['document_bytes'] / 1e6:.1f} MB) | {cell('nmda_pain.from_json')} "
            f"| {cell('msgspec')} | {cell('pydantic')} | {cell('json.loads')} | {cell('orjson.loads')} "
            f"| **{ours / load['pydantic']:.2f}x** | **{ours / load['msgspec']:.1f}x** "
            f"| {ours / load['json.loads']:.1f}x |"
        )
    lines += [
        "",
        "Dump, collector on; medians:",
        "",
        "| claims | `to_json` (orjson) | `to_json` (json) | msgspec | pydantic | `json.dumps` | `orjson.dumps` "
        "| vs pydantic | vs msgspec | vs `json.dumps` |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in sizes:
        dump = s["dump"]
        ours = dump["nmda_pain.to_json"]
        lines.append(
            f"| {s['claims']:,} | {ms(ours)} | {ms(dump['nmda_pain.to_json (no orjson)'])} "
            f"| {ms(dump['msgspec'])} | {ms(dump['pydantic'])} | {ms(dump['json.dumps'])} "
            f"| {ms(dump['orjson.dumps'])} | **{ours / dump['pydantic']:.2f}x** "
            f"| **{ours / dump['msgspec']:.1f}x** | {ours / dump['json.dumps']:.2f}x |"
        )
    return lines


def targets(data: dict[str, Any]) -> list[str]:
    """`from_json` and `to_json` against pydantic (types-only mirror), and the msgspec stretch."""
    sizes = data["sizes"]
    largest = sizes[-1]
    load, dump = "load", "dump"
    worst_pd = max(s[load]["nmda_pain.from_json"] / s[load]["pydantic"] for s in sizes)
    vs_ms = largest[load]["nmda_pain.from_json"] / largest[load]["msgspec"]
    worst_dump = max(s[dump]["nmda_pain.to_json"] / s[dump]["pydantic"] for s in sizes)
    return [
        target_row(
            "`from_json` no slower than pydantic `model_validate_json` (types-only mirror)",
            f"worst {worst_pd:.2f}x",
            worst_pd,
            1.0,
        ),
        target_row(
            f"stretch: `from_json` within {MSGSPEC_STRETCH}x msgspec at {largest['claims']:,} claims "
            "(types-only mirror)",
            f"{vs_ms:.1f}x",
            vs_ms,
            MSGSPEC_STRETCH,
        ),
        target_row(
            "`to_json` no slower than pydantic `model_dump_json`",
            f"worst {worst_dump:.2f}x",
            worst_dump,
            1.0,
        ),
    ]
