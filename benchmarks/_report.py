"""Formatting shared by the sections' report tables: durations, and a target's verdict.

Each ``bench_*.py`` module gives ``run(quick=...)`` (its measurements, as JSON
data), ``table(result)`` (its Markdown section of the report) and
``targets(result)`` (its rows of the targets table); ``run.py`` only runs
them and puts the report together.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.2f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.2f} µs"


def ns(seconds: float) -> str:
    return f"{seconds * 1e9:,.0f} ns"


def verdict(value: float, limit: float) -> str:
    """``met`` if *value* is at most *limit*, else by how much it is over."""
    return "met" if value <= limit else f"missed ({value / limit:.2f}x over)"


def target_row(target: str, measured: str, value: float, limit: float) -> str:
    """One row of the targets table: what, the measurement, and its verdict."""
    return f"| {target} | {measured} | {verdict(value, limit)} |"


def run_alone(
    run: Callable[..., dict[str, Any]],
    table: Callable[[dict[str, Any]], list[str]],
    targets: Callable[[dict[str, Any]], list[str]],
) -> None:
    """A section run as a script (``python benchmarks/bench_build.py [--quick]``): its targets and tables."""
    result = run(quick="--quick" in sys.argv[1:])
    print("\n".join(["| target | measured | verdict |", "| --- | --- | --- |", *targets(result)]))
    print()
    print("\n".join(table(result)))
    if "elapsed_s" in result:
        print(f"\n(section took {result['elapsed_s']:.1f} s)")
