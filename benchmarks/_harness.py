"""Timing helpers shared by the benchmark sections.

Two kinds of measurement:

* :func:`compare_loops` for sub-microsecond calls (queries): each candidate is
  a generated ``for`` loop around one call expression, calibrated to run for a
  target time, with the cost of an empty loop subtracted. The cyclic garbage
  collector is off while these loops run, as in :mod:`timeit`.
* :func:`compare_calls` for calls of milliseconds to seconds (load and dump):
  the garbage collector stays on, as in a user's program (or is paused for
  every candidate alike, on request); what was alive before the measurement
  is moved out of its reach with :func:`gc.freeze`, so every candidate pays
  only for the objects it creates itself.

Candidates of one comparison are run round-robin, repeat after repeat, so
that a slow spell of the (shared, noisy) machine hits all of them alike; each
is summarised by the median of its repeats.
"""

from __future__ import annotations

import gc
import importlib.util
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

_LOOP_TEMPLATE = """
def loop(_loops, _args):
    _t0 = _perf()
    for _ in _range(_loops):
        for a in _args:
            {call}
    return _perf() - _t0
"""


def make_loop(call: str, namespace: Mapping[str, Any]) -> Callable[[int, Sequence[Any]], float]:
    """A function timing *call* (an expression using ``a``) once per argument, *loops* times."""
    scope = dict(namespace, _perf=time.perf_counter, _range=range)
    exec(_LOOP_TEMPLATE.format(call=call), scope)  # noqa: S102 -- our own template
    return scope["loop"]  # type: ignore[no-any-return]


def _calibrate(
    loop: Callable[[int, Sequence[Any]], float], args: Sequence[Any], target: float
) -> int:
    loops = 1
    while True:
        elapsed = loop(loops, args)
        if elapsed >= target / 5 or loops >= 1 << 24:
            return max(1, int(loops * target / max(elapsed, 1e-9)))
        loops *= 4


def compare_loops(
    candidates: Mapping[str, str],
    namespaces: Mapping[str, Mapping[str, Any]],
    args: Sequence[Any],
    *,
    repeats: int,
    target: float = 0.01,
) -> dict[str, dict[str, float]]:
    """Seconds per call of each candidate expression, net of the empty loop.

    Args:
        candidates: Name to call expression (``"fn(a, registry=reg)"``).
        namespaces: Name to the globals its expression needs.
        args: The arguments cycled through, one call each per loop.
        repeats: How many timed repeats of each candidate.
        target: Seconds each repeat should take.

    Returns:
        For each name: ``median`` and ``min`` seconds per call (net), and the
        ``loop`` overhead per call that was subtracted.
    """
    loops = {name: make_loop(call, namespaces[name]) for name, call in candidates.items()}
    empty = make_loop("a", {})
    collecting = gc.isenabled()
    gc.disable()
    try:
        counts = {name: _calibrate(loop, args, target) for name, loop in loops.items()}
        empty_count = _calibrate(empty, args, target)
        samples: dict[str, list[float]] = {name: [] for name in loops}
        empty_samples: list[float] = []
        names = list(loops)
        for repeat in range(repeats):
            order = names[repeat % len(names) :] + names[: repeat % len(names)]
            for name in order:
                elapsed = loops[name](counts[name], args)
                samples[name].append(elapsed / (counts[name] * len(args)))
            empty_samples.append(empty(empty_count, args) / (empty_count * len(args)))
    finally:
        if collecting:
            gc.enable()
    overhead = statistics.median(empty_samples)
    return {
        name: {
            "median": max(statistics.median(values) - overhead, 1e-12),
            "min": max(min(values) - overhead, 1e-12),
            "loop": overhead,
            "repeats": len(values),
        }
        for name, values in samples.items()
    }


def compare_calls(
    candidates: Mapping[str, Callable[[], object]],
    *,
    repeats: int,
    min_time: float = 0.05,
    collector: bool = True,
    collect_after: bool = False,
    warmup: bool = True,
) -> dict[str, dict[str, float]]:
    """Seconds per call of each zero-argument callable.

    Each repeat calls a candidate enough times to last *min_time* (at least
    once); results are dropped outside the timed region. The garbage
    collector stays on unless *collector* is false, in which case it is
    paused for every candidate alike. With *collect_after*, a full
    ``gc.collect()`` is timed after each call while its result is still
    alive: the collection the call leaves behind, which a program pays later
    (``collect_median`` and ``collect_min``). Each candidate is first called
    once, untimed, to count the calls per repeat; without *warmup* that call
    is skipped and each repeat calls each candidate once (for calls of
    seconds, which *min_time* would call once a repeat anyway).
    """
    gc.collect()
    gc.freeze()
    collecting = gc.isenabled()
    if not collector:
        gc.disable()
    try:
        counts: dict[str, int] = dict.fromkeys(candidates, 1)
        for name, call in candidates.items() if warmup else ():
            start = time.perf_counter()
            result = call()
            elapsed = time.perf_counter() - start
            del result
            counts[name] = max(1, int(min_time / max(elapsed, 1e-9)))
        samples: dict[str, list[float]] = {name: [] for name in candidates}
        collections: dict[str, list[float]] = {name: [] for name in candidates}
        names = list(candidates)
        for repeat in range(repeats):
            order = names[repeat % len(names) :] + names[: repeat % len(names)]
            for name in order:
                call = candidates[name]
                total = collecting_total = 0.0
                for _ in range(counts[name]):
                    start = time.perf_counter()
                    result = call()
                    total += time.perf_counter() - start
                    if collect_after:
                        start = time.perf_counter()
                        gc.collect()
                        collecting_total += time.perf_counter() - start
                    del result
                samples[name].append(total / counts[name])
                collections[name].append(collecting_total / counts[name])
    finally:
        if collecting:
            gc.enable()
        gc.unfreeze()
    return {
        name: {
            "median": statistics.median(values),
            "min": min(values),
            "calls_per_repeat": counts[name],
            "repeats": len(values),
            **(
                {
                    "collect_median": statistics.median(collections[name]),
                    "collect_min": min(collections[name]),
                }
                if collect_after
                else {}
            ),
        }
        for name, values in samples.items()
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args],  # noqa: S607 -- git from PATH, as a developer runs it
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _nmda_pain_source() -> str:
    """Which nmda_pain the children will import: this work tree's (and its commit) or another copy."""
    spec = importlib.util.find_spec("nmda_pain")
    origin = Path(spec.origin).resolve().parent if spec and spec.origin else None
    if origin is None:
        return "not importable"
    if origin.is_relative_to(ROOT / "src"):
        commit = _git("rev-parse", "--short", "HEAD")
        dirty = bool(_git("status", "--porcelain", "--", "src"))
        return f"from this work tree at commit {commit}" + (
            " with uncommitted changes in src/" if dirty else ""
        )
    return f"imported from {origin} (not this work tree's src/)"


def machine() -> dict[str, Any]:
    """What the benchmarks ran on and against."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        usable = os.cpu_count() or 0
    try:
        memory_kib = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        memory_kib = 0
    return {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": usable,
        "cpu_model": _cpu_model(),
        "memory_gib": round(memory_kib / 2**20, 1),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "nmda_pain_source": _nmda_pain_source(),
        "packages": {
            name: _version(name)
            for name in (
                "nmda_pain",
                "attrs",
                "cattrs",
                "orjson",
                "msgspec",
                "pydantic",
                "pydantic_core",
                "matplotlib",
            )
        },
    }
