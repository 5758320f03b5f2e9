"""Run every nmda_pain benchmark and write the results, the report tables and the scaling plot.

Usage, from the repository root, with the ``bench`` extra installed::

    pip install -e '.[bench]'
    python benchmarks/run.py            # everything, a few minutes on 2 cores
    python benchmarks/run.py --quick    # a smoke run: small sizes, few repeats
    python benchmarks/run.py --sections queries,memory

Each section runs in a fresh child process (so that one section's heap and
imports do not bias the next); inside a section, every comparison runs side
by side in that process and is reported as a ratio. Writes:

* ``benchmarks/results/results.json``: every measurement, with the machine;
* ``benchmarks/results/results.md``: the tables of ratios and targets;
* ``docs/performance_scaling.png``: query, load and dump time against size.

Nothing here is part of the test suite; the targets are reported, not asserted.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SECTIONS = ("import", "queries", "serialization", "memory", "profile", "hostile")

TARGETS = {
    "import": 1.5,
    "query_ratio": 2.0,
    "query_flat": 1.5,  # growth of a query's time from 10^3 to 10^6 claims still called flat
    "from_json_vs_pydantic": 1.0,
    "from_json_vs_msgspec_stretch": 5.0,
    "to_json_vs_pydantic": 1.0,
    "memory": 1.2,
}


def _child(section: str, *, quick: bool, out: Path) -> None:
    sys.path.insert(0, str(HERE))
    module = __import__(f"bench_{section}")
    result = module.run(quick=quick)
    out.write_text(json.dumps(result, indent=1))


def _run_section(section: str, *, quick: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "result.json"
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            section,
            "--out",
            str(out),
        ]
        if quick:
            command.append("--quick")
        subprocess.run(command, check=True, cwd=ROOT)
        return json.loads(out.read_text())  # type: ignore[no-any-return]


# -- report ---------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.2f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:,.2f} µs"


def _ns(seconds: float) -> str:
    return f"{seconds * 1e9:,.0f} ns"


def _verdict(value: float, limit: float) -> str:
    return "met" if value <= limit else f"missed ({value / limit:.2f}x over)"


def _import_table(data: dict[str, Any]) -> list[str]:
    wall = data["wall"]
    own = data.get("importtime_own_modules_s", {})
    details = [
        "",
        f"`-X importtime`, self time of nmda_pain's modules (median): total {_ms(sum(own.values()))}; "
        + ", ".join(f"`{name}` {_ms(value)}" for name, value in list(own.items())[:10]),
        "",
        "Top-level modules loaded beyond those `import attrs` loads: "
        + (", ".join(f"`{name}`" for name in data.get("modules_beyond_attrs", [])) or "none"),
        "",
        "Both sides imported from bytecode: compiled first in "
        + (", ".join(f"`{d}`" for d in data.get("bytecode_compiled", [])) or "(not recorded)")
        + f" (PYTHONDONTWRITEBYTECODE={data.get('pythondontwritebytecode', '') or 'unset'}).",
        "",
        "Loaded right after `import nmda_pain` (should be none of cattrs, json, orjson, difflib, tempfile): "
        + (", ".join(f"`{m}`" for m in data["loaded_after_import"]) or "none"),
    ]
    return [
        "| measurement | attrs | nmda_pain | ratio | target |",
        "| --- | ---: | ---: | ---: | --- |",
        f"| `import attrs` vs `import nmda_pain; nmda_pain.default_registry()` (in-process timer, median of {data['runs']} fresh processes) "
        f"| {_ms(data['attrs_import_s'])} | {_ms(data['nmda_pain_import_and_registry_s'])} "
        f"| **{data['ratio']:.2f}x** | ≤ {TARGETS['import']}x: {_verdict(data['ratio'], TARGETS['import'])} |",
        f"| of which `import nmda_pain` alone | {_ms(data['attrs_import_s'])} | {_ms(data['nmda_pain_import_s'])} "
        f"| {data['ratio_import_only']:.2f}x | |",
        f"| of which the first `default_registry()` | | {_ms(data['default_registry_s'])} | | |",
        f"| whole process, wall clock (bare `python -c pass`: {_ms(wall['python_s'])}) "
        f"| {_ms(wall['attrs_s'])} | {_ms(wall['nmda_pain_s'])} | {wall['ratio']:.2f}x | |",
        *details,
    ]


def _query_tables(data: dict[str, Any]) -> list[str]:
    registries = data["registries"]
    names = list(registries[0]["queries"])
    header = (
        "| query | "
        + " | ".join(f"{r['label']} ({r['claims']:,} claims)" for r in registries)
        + " | growth 10^3 → largest |"
    )
    lines = [
        "Ratio query / dict floor (median per call, net of loop overhead):",
        "",
        header,
        "| --- | " + " | ".join("---:" for _ in registries) + " | ---: |",
    ]
    for name in names:
        cells = [f"{r['queries'][name]['ratio']:.1f}x" for r in registries]
        synthetic = [r for r in registries if r["label"] != "shipped"]
        growth = (
            synthetic[-1]["queries"][name]["query_s"] / synthetic[0]["queries"][name]["query_s"]
        )
        lines.append(f"| `{name}` | " + " | ".join(cells) + f" | {growth:.2f}x |")
    lines += [
        "",
        "Time per call (median; the floor in brackets):",
        "",
        "| query | " + " | ".join(r["label"] for r in registries) + " |",
        "| --- | " + " | ".join("---:" for _ in registries) + " |",
    ]
    for name in names:
        cells = [
            f"{_us(r['queries'][name]['query_s'])} ({_ns(r['queries'][name]['floor_s'])})"
            for r in registries
        ]
        lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
    lines += [
        "",
        "| registry | entities | mean answer sizes (per query, in order) | index build (first query) |",
        "| --- | ---: | --- | ---: |",
    ]
    for r in registries:
        answers = ", ".join(f"{q['mean_answer']:.1f}" for q in r["queries"].values())
        lines.append(
            f"| {r['label']} | {r['entities']:,} | {answers} | {_ms(r['index_build_s'])} |"
        )
    return lines


def _serialization_tables(data: dict[str, Any]) -> list[str]:
    sizes = data["sizes"]
    lines: list[str] = []
    for suffix, condition in (
        (
            "",
            "collector on, as a program calls them (`from_json` and `to_json` pause it themselves)",
        ),
        ("_no_gc", "collector paused for every candidate"),
    ):
        lines += [
            f"Load, {condition}; medians:",
            "",
            "| claims (document size) | `from_json` | msgspec | pydantic | `json.loads` | `orjson.loads` "
            "| vs pydantic | vs msgspec | vs `json.loads` |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for s in sizes:
            load = s["load" + suffix]
            ours = load["nmda_pain.from_json"]
            lines.append(
                f"| {s['claims']:,} ({s['document_bytes'] / 1e6:.1f} MB) | {_ms(ours)} | {_ms(load['msgspec'])} "
                f"| {_ms(load['pydantic'])} | {_ms(load['json.loads'])} | {_ms(load['orjson.loads'])} "
                f"| **{ours / load['pydantic']:.2f}x** | **{ours / load['msgspec']:.1f}x** "
                f"| {ours / load['json.loads']:.1f}x |"
            )
        lines += [
            "",
            f"Dump, {condition}; medians:",
            "",
            "| claims | `to_json` (orjson) | `to_json` (json) | msgspec | pydantic | `json.dumps` | `orjson.dumps` "
            "| vs pydantic | vs msgspec | vs `json.dumps` |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for s in sizes:
            dump = s["dump" + suffix]
            ours = dump["nmda_pain.to_json"]
            lines.append(
                f"| {s['claims']:,} | {_ms(ours)} | {_ms(dump['nmda_pain.to_json (no orjson)'])} "
                f"| {_ms(dump['msgspec'])} | {_ms(dump['pydantic'])} | {_ms(dump['json.dumps'])} "
                f"| {_ms(dump['orjson.dumps'])} | **{ours / dump['pydantic']:.2f}x** "
                f"| **{ours / dump['msgspec']:.1f}x** | {ours / dump['json.dumps']:.2f}x |"
            )
        lines.append("")
    return lines


def _memory_table(data: dict[str, Any]) -> list[str]:
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


def _profile_tables(data: dict[str, Any]) -> list[str]:
    lines = [
        f"Stages at {data['claims']:,} claims (collector off, median):",
        "",
        "| stage | time |",
        "| --- | ---: |",
    ]
    lines += [
        f"| {name} | {_ms(value)} |"
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
            f"| `{row['function']}` | {row['calls']:,} | {_ms(row['own_s'])} | {row['own_share']:.0%} |"
            for row in data[key][:10]
        ]
    return lines


def _hostile_table(data: dict[str, Any]) -> list[str]:
    from bench_hostile import table

    return table(data)


def _targets(results: dict[str, Any]) -> list[str]:
    lines = ["| target | measured | verdict |", "| --- | --- | --- |"]
    if "import" in results:
        ratio = results["import"]["ratio"]
        lines.append(
            f"| import + `default_registry()` ≤ 1.5x `import attrs` | {ratio:.2f}x | {_verdict(ratio, TARGETS['import'])} |"
        )
    if "queries" in results:
        registries = results["queries"]["registries"]
        worst = max(
            (q["ratio"], f"{name} on {r['label']}")
            for r in registries
            for name, q in r["queries"].items()
        )
        best = min(q["ratio"] for r in registries for q in r["queries"].values())
        lines.append(
            f"| indexed queries ≤ 2x the dict floor | {best:.1f}x to {worst[0]:.1f}x ({worst[1]}) "
            f"| {_verdict(worst[0], TARGETS['query_ratio'])} |"
        )
        synthetic = [r for r in registries if r["label"] != "shipped"]
        growth = max(
            synthetic[-1]["queries"][name]["query_s"] / synthetic[0]["queries"][name]["query_s"]
            for name in synthetic[0]["queries"]
        )
        lines.append(
            f"| queries flat from {synthetic[0]['claims']:,} to {synthetic[-1]['claims']:,} claims "
            f"(≤ {TARGETS['query_flat']}x growth) | worst growth {growth:.2f}x "
            f"| {_verdict(growth, TARGETS['query_flat'])} |"
        )
    if "serialization" in results:
        sizes = results["serialization"]["sizes"]
        largest = sizes[-1]
        for suffix, condition in (("", "collector on"), ("_no_gc", "collector paused for all")):
            load, dump = "load" + suffix, "dump" + suffix
            worst_pd = max(s[load]["nmda_pain.from_json"] / s[load]["pydantic"] for s in sizes)
            vs_ms = largest[load]["nmda_pain.from_json"] / largest[load]["msgspec"]
            worst_dump = max(s[dump]["nmda_pain.to_json"] / s[dump]["pydantic"] for s in sizes)
            lines += [
                f"| `from_json` no slower than pydantic `model_validate_json` ({condition}) "
                f"| worst {worst_pd:.2f}x | {_verdict(worst_pd, 1.0)} |",
                f"| stretch: `from_json` ≤ 5x msgspec at {largest['claims']:,} claims ({condition}) "
                f"| {vs_ms:.1f}x | {_verdict(vs_ms, 5.0)} |",
                f"| `to_json` no slower than pydantic `model_dump_json` ({condition}) "
                f"| worst {worst_dump:.2f}x | {_verdict(worst_dump, 1.0)} |",
            ]
    if "memory" in results:
        ratio = results["memory"]["objects_ratio"]
        lines.append(
            f"| memory per claim ≤ 1.2x msgspec | {ratio:.2f}x | {_verdict(ratio, TARGETS['memory'])} |"
        )
    return lines


def _machine_lines(machine: dict[str, Any]) -> list[str]:
    packages = ", ".join(f"{k} {v}" for k, v in machine["packages"].items() if v)
    return [
        f"- Date: {machine['date']}; load average at start {machine['load_average']}",
        f"- CPU: {machine['cpu_model']}, {machine['nproc']} usable cores; {machine['memory_gib']} GiB RAM",
        f"- {machine['python_implementation']} {machine['python']} on {machine['platform']}",
        f"- Packages: {packages}",
        f"- nmda_pain {machine['nmda_pain_source']}",
    ]


def write_markdown(results: dict[str, Any], path: Path) -> None:
    lines = ["# Benchmark results", "", *_machine_lines(results["machine"]), ""]
    lines += ["## Targets", "", *_targets(results), ""]
    builders = {
        "import": ("Import", _import_table),
        "queries": ("Queries", _query_tables),
        "serialization": ("Load and dump", _serialization_tables),
        "memory": ("Memory", _memory_table),
        "profile": ("Profile", _profile_tables),
        "hostile": ("Hostile documents (bounded work)", _hostile_table),
    }
    for key, (title, build) in builders.items():
        if key in results:
            lines += [f"## {title}", "", *build(results[key]), ""]
    path.write_text("\n".join(lines))


def plot(results: dict[str, Any], path: Path) -> None:
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    count = ("queries" in results) + 2 * ("serialization" in results)
    if not count:
        return
    fig, axes = plt.subplots(1, count, figsize=(5.2 * count, 5.4), constrained_layout=True)
    axes = list(axes) if count > 1 else [axes]
    if "queries" in results:
        ax = axes.pop(0)
        registries = results["queries"]["registries"]
        claims = [r["claims"] for r in registries]
        for name in registries[0]["queries"]:
            ax.plot(
                claims,
                [r["queries"][name]["query_s"] * 1e6 for r in registries],
                marker="o",
                label=name,
            )
        floor = [
            sorted(q["floor_s"] for q in r["queries"].values())[len(r["queries"]) // 2] * 1e6
            for r in registries
        ]
        ax.plot(claims, floor, "k--", marker="x", label="dict floor (median)")
        ax.plot(claims, [2 * f for f in floor], "k:", label="target: 2x the floor")
        ax.set(
            xscale="log",
            yscale="log",
            xlabel="claims in the registry (leftmost: the shipped one)",
            ylabel="time per call (µs)",
            title="Queries",
        )
        ax.legend(fontsize=6.5, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2)
        ax.grid(visible=True, which="both", alpha=0.3)
    if "serialization" in results:
        sizes = results["serialization"]["sizes"]
        claims = [s["claims"] for s in sizes]
        for ax, key, title in (
            (axes[0], "load", "Load (decode + validate), collector on"),
            (axes[1], "dump", "Dump (encode), collector on"),
        ):
            for name in sizes[0][key]:
                style = "-" if name.startswith("nmda_pain") else "--"
                width = 2.5 if name.startswith("nmda_pain") else 1.2
                ax.plot(
                    claims,
                    [s[key][name] * 1e3 for s in sizes],
                    style,
                    linewidth=width,
                    marker="o",
                    label=name,
                )
            ax.set(
                xscale="log",
                yscale="log",
                xlabel="claims in the document",
                ylabel="time (ms)",
                title=title,
            )
            ax.legend(fontsize=7)
            ax.grid(visible=True, which="both", alpha=0.3)
    fig.suptitle("nmda_pain benchmarks (medians; lower is better)")
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="small sizes and few repeats, for a smoke run"
    )
    parser.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        help=f"comma-separated subset of {', '.join(SECTIONS)}",
    )
    parser.add_argument(
        "--results",
        type=Path,
        default=HERE / "results",
        help="folder for results.json and results.md",
    )
    parser.add_argument(
        "--plot",
        type=Path,
        default=ROOT / "docs" / "performance_scaling.png",
        help="where to write the PNG",
    )
    parser.add_argument(
        "--render",
        action="store_true",
        help="only rewrite results.md and the plot from an existing results.json",
    )
    parser.add_argument("--child", choices=SECTIONS, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, quick=args.quick, out=args.out)
        return 0

    sys.path.insert(0, str(HERE))
    from _harness import machine

    if args.render:
        results = json.loads((args.results / "results.json").read_text())
        write_markdown(results, args.results / "results.md")
        plot(results, args.plot)
        print(f"rewrote {args.results / 'results.md'} and {args.plot} from results.json")
        return 0
    sections = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    results: dict[str, Any] = {"machine": machine(), "quick": args.quick}
    started = time.perf_counter()
    for section in sections:
        print(f"[{time.perf_counter() - started:6.1f} s] {section} ...", flush=True)
        results[section] = _run_section(section, quick=args.quick)
    results["elapsed_s"] = time.perf_counter() - started
    results["machine"]["load_average_at_end"] = machine()["load_average"]
    args.results.mkdir(parents=True, exist_ok=True)
    (args.results / "results.json").write_text(json.dumps(results, indent=1))
    write_markdown(results, args.results / "results.md")
    plot(results, args.plot)
    print(
        f"[{results['elapsed_s']:6.1f} s] wrote {args.results / 'results.json'}, results.md and {args.plot}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
