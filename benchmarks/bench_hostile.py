"""Bounded work for any document: time and peak memory of ``from_json`` on hostile shapes.

Each shape is built at two sizes, the second twice the first, and read with
``from_json``: once timed (the best of a few runs, tracemalloc off, since it
slows every allocation several times over), once under tracemalloc for the
peak memory above what was allocated before (the document's text included).
The table gives both and their growth from the small size to the large one:
work linear in the document's size grows about 2x, quadratic work 4x. Beside
it, ``json.loads`` of the same text is timed the same way: the parse alone is
the floor, and on the documents of one long string its own growth is above 2x
(allocating and copying tens of megabytes is not linear in time on this
machine, ``str.encode`` of the text neither), so the ratio of the two growths
says what ``from_json`` adds: about 1 for linear work. The length of the
error's message is given too: it must not grow.

The shapes (issue 14):

* ``class chain``: a valid registry whose drug classes form one chain (each
  class a member of the next), which the cycle check walks end to end;
* ``unknown ids``: agents and as many claims each naming an unknown drug
  class close to an agent's id, so that every problem could suggest a name;
* ``empty records``: an array of ``{}`` agents, each missing its fields;
* ``long key``: one unknown key of many characters in the document;
* ``long enum value``: one agent whose ``kind`` is a long unknown value.

Run alone (``python benchmarks/bench_hostile.py [--quick]``) or as the
``hostile`` section of ``run.py``.
"""

from __future__ import annotations

import gc
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from _report import target_row

from nmda_pain import (
    Agent,
    AgentKind,
    Certainty,
    Claim,
    Evidence,
    InvalidRegistryError,
    Predicate,
    Reference,
    Registry,
    RegistryFormatError,
    from_json,
    to_json,
)

_NOTES = Reference(id="notes", authors=("Me",), title="My notes", journal="Lab book", year=2026)
_CITES = (Evidence(reference="notes"),)


def _member(subject: str, drug_class: str) -> Claim:
    return Claim(
        subject=subject,
        predicate=Predicate.MEMBER_OF,
        object=drug_class,
        evidence=_CITES,
        certainty=Certainty.STATED,
    )


def class_chain(size: int) -> str:
    """A valid document: drug classes ``class-0`` member of ``class-1`` ... of ``class-{size-1}``."""
    classes = tuple(
        Agent(id=f"class-{n}", name=f"Class {n}", kind=AgentKind.DRUG_CLASS) for n in range(size)
    )
    claims = tuple(_member(f"class-{n}", f"class-{n + 1}") for n in range(size - 1))
    return to_json(Registry(agents=classes, references=(_NOTES,), claims=claims))


def unknown_ids(size: int) -> str:
    """*size* agents and *size* claims, each naming an unknown class one letter off an agent's id."""
    agents = tuple(Agent(id=f"agent-{n}", name=f"Agent {n}") for n in range(size))
    drug_class = Agent(id="drugs", name="Drugs", kind=AgentKind.DRUG_CLASS)
    valid = Registry(
        agents=(*agents, drug_class),
        references=(_NOTES,),
        claims=tuple(_member(f"agent-{n}", "drugs") for n in range(size)),
    )
    document = json.loads(to_json(valid))
    for number, claim in enumerate(document["claims"]):
        claim["object"] = f"agent-{number}x"
    return json.dumps(document)


def _empty_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(to_json(Registry()))
    return document


def empty_records(size: int) -> str:
    """A document whose agents are *size* empty objects."""
    document = _empty_document()
    document["agents"] = [{}] * size
    return json.dumps(document, separators=(",", ":"))


def long_key(size: int) -> str:
    """A document with one unknown key of *size* characters."""
    document = _empty_document()
    document["claims" + "s" * size] = []
    return json.dumps(document)


def long_enum_value(size: int) -> str:
    """One agent whose kind is an unknown value of *size* characters."""
    document = _empty_document()
    agent = json.loads(to_json(Registry(agents=(Agent(id="x", name="X"),))))["agents"][0]
    agent["kind"] = "drug" + "g" * size
    document["agents"] = [agent]
    return json.dumps(document)


# Linear work grows 2x for 2x the input, quadratic 4x: a growth within 1.25x of linear (2.5x)
# leaves room for a noisy machine and still tells the two apart.
LINEAR_TOLERANCE = 1.25

# name, document builder, (small, large) size, quick (small, large) size
SHAPES: tuple[tuple[str, Callable[[int], str], tuple[int, int], tuple[int, int]], ...] = (
    ("class chain", class_chain, (2_000, 4_000), (500, 1_000)),
    ("unknown ids", unknown_ids, (3_000, 6_000), (500, 1_000)),
    ("empty records", empty_records, (25_000, 50_000), (5_000, 10_000)),
    ("long key", long_key, (25_000_000, 50_000_000), (1_000_000, 2_000_000)),
    ("long enum value", long_enum_value, (25_000_000, 50_000_000), (1_000_000, 2_000_000)),
)


def _load(text: str) -> tuple[str, str]:
    """The outcome of ``from_json(text)`` and the error's message (empty if it loaded)."""
    try:
        from_json(text)
    except (RegistryFormatError, InvalidRegistryError) as exc:
        return type(exc).__name__, str(exc)
    return "loaded", ""


def _best(function: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def measure(text: str, *, repeats: int) -> dict[str, Any]:
    """Best time of *repeats* loads and parses, peak memory of one traced load, and the outcome."""
    outcome, message = _load(text)
    seconds = _best(lambda: _load(text), repeats)
    parse_seconds = _best(lambda: json.loads(text), repeats)
    gc.collect()
    tracemalloc.start()
    _load(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "document_chars": len(text),
        "seconds": seconds,
        "json_loads_seconds": parse_seconds,
        "peak_bytes": peak,
        "outcome": outcome,
        "message_chars": len(message),
    }


def run(*, quick: bool = False) -> dict[str, Any]:
    shapes = []
    for name, build, sizes, quick_sizes in SHAPES:
        _load(build(10))  # the converter's hooks for this shape are built before timing
        repeats = 1 if quick else 5
        small, large = (
            measure(build(size), repeats=repeats) for size in (quick_sizes if quick else sizes)
        )
        shapes.append(
            {
                "shape": name,
                "sizes": list(quick_sizes if quick else sizes),
                "small": small,
                "large": large,
                "time_growth": large["seconds"] / small["seconds"],
                "json_loads_growth": large["json_loads_seconds"] / small["json_loads_seconds"],
                "memory_growth": large["peak_bytes"] / small["peak_bytes"],
            }
        )
    return {"shapes": shapes}


def table(result: dict[str, Any]) -> list[str]:
    """The section of the report: each shape at both sizes, and the growth of each measure."""
    lines = [
        "| shape | sizes | document (MB) | time | peak memory (MB) | time growth | `json.loads` growth | growth over the parse's | memory growth | outcome, message length |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for shape in result["shapes"]:
        small, large = shape["small"], shape["large"]
        lines.append(
            f"| {shape['shape']} | {shape['sizes'][0]:,} → {shape['sizes'][1]:,} "
            f"| {small['document_chars'] / 1e6:.2f} → {large['document_chars'] / 1e6:.2f} "
            f"| {small['seconds'] * 1e3:,.0f} → {large['seconds'] * 1e3:,.0f} ms "
            f"| {small['peak_bytes'] / 1e6:,.1f} → {large['peak_bytes'] / 1e6:,.1f} "
            f"| **{shape['time_growth']:.2f}x** | {shape['json_loads_growth']:.2f}x "
            f"| **{shape['time_growth'] / shape['json_loads_growth']:.2f}x** "
            f"| **{shape['memory_growth']:.2f}x** "
            f"| {large['outcome']}, {small['message_chars']:,} → {large['message_chars']:,} chars |"
        )
    return lines


def targets(result: dict[str, Any]) -> list[str]:
    """Linear growth for every shape: time over the parse's and memory, each within the tolerance."""
    time_growth = max(s["time_growth"] / s["json_loads_growth"] for s in result["shapes"])
    memory_growth = max(s["memory_growth"] for s in result["shapes"])
    return [
        target_row(
            f"hostile documents: time grows as the parse's for 2x the input (≤ {LINEAR_TOLERANCE}x it)",
            f"worst {time_growth:.2f}x",
            time_growth,
            LINEAR_TOLERANCE,
        ),
        target_row(
            f"hostile documents: peak memory ≤ {2 * LINEAR_TOLERANCE:.1f}x for 2x the input",
            f"worst {memory_growth:.2f}x",
            memory_growth,
            2 * LINEAR_TOLERANCE,
        ),
    ]


if __name__ == "__main__":
    print("\n".join(table(run(quick="--quick" in sys.argv[1:]))))
