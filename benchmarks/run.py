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
* ``docs/performance_scaling.png``: load and dump time against size.

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
SECTIONS = ("import", "queries", "serialization", "build", "memory", "profile", "hostile")
TITLES = {
    "import": "Import",
    "queries": "Queries",
    "serialization": "Load and dump",
    "build": "Building a registry and its index",
    "memory": "Memory",
    "profile": "Profile",
    "hostile": "Hostile documents (bounded work)",
}


def _child(section: str, *, quick: bool, out: Path) -> None:
    result = _module(section).run(quick=quick)
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


def _module(section: str) -> Any:
    """The module of *section*: it gives ``run``, ``table`` and ``targets`` (see ``_report.py``)."""
    sys.path.insert(0, str(HERE))
    return __import__(f"bench_{section}")


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
    """The report: the machine, every target's verdict, then each section's tables."""
    lines = ["# Benchmark results", "", *_machine_lines(results["machine"]), ""]
    present = [section for section in SECTIONS if section in results]
    lines += ["## Targets", "", "| target | measured | verdict |", "| --- | --- | --- |"]
    for section in present:
        lines += _module(section).targets(results[section])
    lines.append("")
    for section in present:
        lines += [f"## {TITLES[section]}", "", *_module(section).table(results[section]), ""]
    path.write_text("\n".join(lines))


def plot(results: dict[str, Any], path: Path) -> None:
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    if "serialization" not in results:
        return
    fig, axes = plt.subplots(1, 2, figsize=(10.4, 5.4), constrained_layout=True)
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
