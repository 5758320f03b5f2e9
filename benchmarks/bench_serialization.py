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

Each comparison runs twice: with the cyclic garbage collector on, as a
program calls these functions (``from_json`` pauses it itself, the others do
not), and with it paused for every candidate, which shows what each costs
without the collector's share.
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

import nmda_pain
from nmda_pain.testing import synthetic_registry

SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)


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
    # As a program calls them (collector on; from_json pauses it itself), then with the
    # collector paused for everyone: what each costs without the collector's share.
    for suffix, collector in (("", True), ("_no_gc", False)):
        load = compare_calls(readers, repeats=repeats, collector=collector)
        dump = compare_calls(writers, repeats=repeats, collector=collector)
        result["load" + suffix] = {name: value["median"] for name, value in load.items()}
        result["load_min" + suffix] = {name: value["min"] for name, value in load.items()}
        result["dump" + suffix] = {name: value["median"] for name, value in dump.items()}
        result["dump_min" + suffix] = {name: value["min"] for name, value in dump.items()}
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
