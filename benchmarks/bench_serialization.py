"""``from_json`` / ``to_json`` versus msgspec, pydantic v2 and the bare JSON parsers.

Every candidate reads (or writes) the very same format 2 document: the text
``nmda_pain.to_json(synthetic_registry(n))``. Before timing, each mirror's
round trip is checked to give that text back byte for byte, and once per run
the mirrors are checked on the shipped documents too (which give nearly every field
of the model a value) and against documents format 2 refuses (see
``_mirrors.check_mirrors``).

Readers: ``nmda_pain.from_json(text)``; the msgspec and pydantic mirrors with
equal validation (``_strict_mirrors``: every rule of ``from_json`` they can
express, field, record and cross-record, which
``tests/test_benchmark_mirrors.py`` shows by a corpus of bad documents each
refuses), ``decode(text)`` of each; the types-only mirrors (``_mirrors``: the
document's shape and nothing more), ``msgspec.json.decode(text,
type=Document)`` and ``Document.model_validate_json(text)``; bare
``json.loads(text)`` and ``orjson.loads(text)`` (plain dicts and lists, no
types, no checks: the floor of parsing). The targets compare ``from_json``
with the mirrors of equal validation, and with pydantic's types-only mirror at
the largest size.

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
from _strict_mirrors import check_strict_mirrors, msgspec_mirror, pydantic_mirror

import nmda_pain
from nmda_pain.testing import synthetic_registry

SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
# Issue 15's stretch target: from_json within this factor of msgspec with equal validation.
MSGSPEC_STRETCH = 3.0

MS_STRICT = "msgspec (equal validation)"
PD_STRICT = "pydantic (equal validation)"
MS_TYPES = "msgspec (types only)"
PD_TYPES = "pydantic (types only)"
_EARLIER_NAMES = {MS_TYPES: "msgspec", PD_TYPES: "pydantic"}
"""What the types-only readers were called in results written before the strict mirrors."""


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
    ms_strict, pd_strict = msgspec_mirror(), pydantic_mirror()
    registry = synthetic_registry(size)
    text = nmda_pain.to_json(registry)
    same = check_same_document(text)
    with _without_orjson():
        same["to_json without orjson"] = nmda_pain.to_json(registry) == text
    # The strict mirrors accept the document (decode raises otherwise) and hold all of it.
    same[MS_STRICT] = ms_encoder.encode(ms_strict.decode(text)).decode() == text
    same[PD_STRICT] = pd_strict.decode(text).model_dump_json() == text  # type: ignore[attr-defined]
    if not all(same.values()):
        msg = f"the candidates do not agree on the document at {size}: {same}"
        raise AssertionError(msg)
    repeats = 3 if quick else 7 if size >= 100_000 else 9
    readers = {
        "nmda_pain.from_json": lambda: nmda_pain.from_json(text),
        MS_STRICT: lambda: ms_strict.decode(text),
        PD_STRICT: lambda: pd_strict.decode(text),
        MS_TYPES: lambda: ms_decoder.decode(text),
        PD_TYPES: lambda: pd_document.model_validate_json(text),  # type: ignore[attr-defined]
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
    small = nmda_pain.to_json(synthetic_registry(QUICK_SIZES[0]))
    checks = check_mirrors(small)
    strict_checks = check_strict_mirrors(small)
    broken = failures(checks) + [f"strict.{name}" for name in failures(strict_checks)]
    if broken:
        msg = f"the mirrors do not follow nmda_pain's document: {', '.join(broken)}"
        raise AssertionError(msg)
    results = []
    for size in QUICK_SIZES if quick else SIZES:
        results.append(_bench_size(size, quick=quick))
        gc.collect()
    return {"mirror_checks": checks, "strict_mirror_checks": strict_checks, "sizes": results}


def _get(measured: dict[str, float], name: str) -> float | None:
    """The measurement of *name*, also from results written before the strict mirrors (or ``None``)."""
    if name in measured:
        return measured[name]
    earlier = _EARLIER_NAMES.get(name)
    return measured.get(earlier) if earlier else None


def _ratio(ours: float, theirs: float | None, digits: int) -> str:
    return "n/a" if theirs is None else f"**{ours / theirs:.{digits}f}x**"


def table(data: dict[str, Any]) -> list[str]:
    """The section of the report: load and dump at each size, against each peer."""
    sizes = data["sizes"]
    lines = [
        "Load, collector on as a program has it; medians (the full collection each load "
        "leaves behind in brackets). The mirrors of equal validation check what `from_json` "
        "checks (`benchmarks/_strict_mirrors.py`); the types-only mirrors check the "
        "document's shape alone:",
        "",
        "| claims (document size) | `from_json` | msgspec (equal validation) "
        "| pydantic (equal validation) | msgspec (types only) | pydantic (types only) "
        "| `json.loads` | `orjson.loads` |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in sizes:
        load, left = s["load"], s["load_collection"]

        def cell(name: str, load: dict[str, float] = load, left: dict[str, float] = left) -> str:
            seconds, collection = _get(load, name), _get(left, name)
            if seconds is None or collection is None:
                return "n/a"
            return f"{ms(seconds)} ({ms(collection)})"

        lines.append(
            f"| {s['claims']:,} ({s['document_bytes'] / 1e6:.1f} MB) | {cell('nmda_pain.from_json')} "
            f"| {cell(MS_STRICT)} | {cell(PD_STRICT)} | {cell(MS_TYPES)} | {cell(PD_TYPES)} "
            f"| {cell('json.loads')} | {cell('orjson.loads')} |"
        )
    lines += [
        "",
        "`from_json`'s load time over each peer's:",
        "",
        "| claims | vs pydantic (equal validation) | vs msgspec (equal validation) "
        "| vs pydantic (types only) | vs msgspec (types only) | vs `json.loads` |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in sizes:
        load = s["load"]
        ours = load["nmda_pain.from_json"]
        lines.append(
            f"| {s['claims']:,} | {_ratio(ours, _get(load, PD_STRICT), 2)} "
            f"| {_ratio(ours, _get(load, MS_STRICT), 1)} | {_ratio(ours, _get(load, PD_TYPES), 2)} "
            f"| {_ratio(ours, _get(load, MS_TYPES), 1)} | {ours / load['json.loads']:.1f}x |"
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
    """`from_json` against the mirrors of equal validation (and pydantic's types-only), and `to_json`."""
    sizes = data["sizes"]
    largest = sizes[-1]
    rows: list[str] = []
    for s in sizes:
        theirs = _get(s["load"], PD_STRICT)
        if theirs is not None:
            ratio = s["load"]["nmda_pain.from_json"] / theirs
            rows.append(
                target_row(
                    f"`from_json` no slower than pydantic with equal validation at "
                    f"{s['claims']:,} claims",
                    f"{ratio:.2f}x",
                    ratio,
                    1.0,
                )
            )
    ours = largest["load"]["nmda_pain.from_json"]
    types_only = _get(largest["load"], PD_TYPES)
    if types_only is not None:
        rows.append(
            target_row(
                f"`from_json` no slower than pydantic `model_validate_json` (types only) at "
                f"{largest['claims']:,} claims",
                f"{ours / types_only:.2f}x",
                ours / types_only,
                1.0,
            )
        )
    strict_ms = _get(largest["load"], MS_STRICT)
    if strict_ms is not None:
        rows.append(
            target_row(
                f"stretch: `from_json` within {MSGSPEC_STRETCH}x msgspec with equal validation at "
                f"{largest['claims']:,} claims",
                f"{ours / strict_ms:.1f}x",
                ours / strict_ms,
                MSGSPEC_STRETCH,
            )
        )
    worst_dump = max(s["dump"]["nmda_pain.to_json"] / s["dump"]["pydantic"] for s in sizes)
    rows.append(
        target_row(
            "`to_json` no slower than pydantic `model_dump_json`",
            f"worst {worst_dump:.2f}x",
            worst_dump,
            1.0,
        )
    )
    return rows
