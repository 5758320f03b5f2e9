"""Where ``from_json`` and ``to_json`` spend their time: stages and cProfile hot spots.

The stages are timed by calling the serialization module's private steps
one by one (parse, structure, cross-record validation), so this section
depends on internals; when they change, it reports them as unavailable
rather than failing. The profile is the top of ``cProfile`` by own time.
"""

from __future__ import annotations

import cProfile
import gc
import json
import pstats
import time
from collections.abc import Callable
from typing import Any

from _report import ms

import nmda_pain
from nmda_pain.testing import synthetic_registry

CLAIMS = 100_000
QUICK_CLAIMS = 10_000
TOP = 15


def _best_of(call: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        gc.collect()
        enabled = gc.isenabled()
        gc.disable()  # from_json pauses the collector itself; do the same for its stages
        try:
            start = time.perf_counter()
            call()
            times.append(time.perf_counter() - start)
        finally:
            if enabled:
                gc.enable()
    return sorted(times)[len(times) // 2]


def _stages(text: str, registry: nmda_pain.Registry, repeats: int) -> dict[str, float]:
    try:
        from nmda_pain.interchange import document as serialization
        from nmda_pain.interchange._converter import CONVERTER, Document

        document = serialization._parse(text)
        parsed = CONVERTER.structure(document, Document)
        records = {name: getattr(parsed, name) for name in nmda_pain.registry.FAMILIES}
    except (ImportError, AttributeError, TypeError) as exc:
        return {"unavailable": str(exc)}  # type: ignore[dict-item]
    return {
        "from_json (whole)": _best_of(lambda: nmda_pain.from_json(text), repeats),
        "json.loads, plain": _best_of(lambda: json.loads(text), repeats),
        "parse: json.loads with the duplicate-key hook": _best_of(
            lambda: serialization._parse(text),
            repeats,
        ),
        "structure: cattrs into records (record validators run here)": _best_of(
            lambda: CONVERTER.structure(document, Document),
            repeats,
        ),
        "Registry(...): cross-record checks": _best_of(
            lambda: nmda_pain.Registry(**records, article=parsed.article), repeats
        ),
        "to_json (whole)": _best_of(lambda: nmda_pain.to_json(registry), repeats),
        "unstructure: records to dicts": _best_of(
            lambda: [
                CONVERTER.unstructure(record)
                for name in nmda_pain.registry.FAMILIES
                for record in getattr(registry, name)
            ],
            repeats,
        ),
    }


def _profile(call: Callable[[], object]) -> list[dict[str, Any]]:
    profiler = cProfile.Profile()
    profiler.enable()
    call()
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    for (filename, line, function), (_cc, calls, own, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        short = filename.split("/src/")[-1].split("site-packages/")[-1]
        if "/lib/python3" in short:  # the standard library
            short = short.split("/lib/")[-1].split("/", 1)[-1]
        rows.append(
            {
                "function": f"{short}:{line}({function})",
                "calls": calls,
                "own_s": own,
                "cumulative_s": cumulative,
                "own_share": own / total,
            }
        )
    rows.sort(key=lambda row: -row["own_s"])
    return rows[:TOP]


def run(*, quick: bool = False) -> dict[str, Any]:
    n = QUICK_CLAIMS if quick else CLAIMS
    registry = synthetic_registry(n)
    text = nmda_pain.to_json(registry)
    return {
        "claims": n,
        "stages_s": _stages(text, registry, 3 if quick else 5),
        "from_json_profile": _profile(lambda: nmda_pain.from_json(text)),
        "to_json_profile": _profile(lambda: nmda_pain.to_json(registry)),
    }


def table(data: dict[str, Any]) -> list[str]:
    """The section of the report: the stages, and the hot spots of each direction."""
    lines = [
        f"Stages at {data['claims']:,} claims (collector off, median):",
        "",
        "| stage | time |",
        "| --- | ---: |",
    ]
    lines += [
        f"| {name} | {ms(value)} |"
        for name, value in data["stages_s"].items()
        if isinstance(value, float)
    ]
    for key, title in (("from_json_profile", "`from_json`"), ("to_json_profile", "`to_json`")):
        lines += [
            "",
            f"cProfile of {title}, top functions by own time:",
            "",
            "| function | calls | own time | share |",
            "| --- | ---: | ---: | ---: |",
        ]
        lines += [
            f"| `{row['function']}` | {row['calls']:,} | {ms(row['own_s'])} | {row['own_share']:.0%} |"
            for row in data[key][:10]
        ]
    return lines


def targets(data: dict[str, Any]) -> list[str]:
    """None: the profile explains the other sections' numbers."""
    return []
