"""Import cost: a fresh ``import nmda_pain; nmda_pain.default_registry()`` versus ``import attrs``.

Each run is a new interpreter. Inside it, the import (and the first
``default_registry()``) is timed with ``time.perf_counter``, so interpreter
start-up, which both pay alike, is left out; the wall time of the whole
process is recorded too. The two commands alternate, run after run.
``-X importtime`` then tells which modules the time goes to.

Both sides import from bytecode, as they do after ``pip install`` (which
byte-compiles what it installs). Before timing, the packages are compiled
with :mod:`compileall`: an editable install, or ``PYTHONDONTWRITEBYTECODE``
in the environment (set on the machines this project is built on), would
otherwise make every fresh process compile nmda_pain's source again while
attrs loads its ``.pyc`` files, and the comparison would time the compiler.
"""

from __future__ import annotations

import compileall
import importlib.util
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from typing import Any

from _report import ms, target_row, verdict

# The target: attrs alone spends about 6 ms creating classes, so 1.25x is below the floor.
IMPORT_TARGET = 1.4

_PROGRAMS = {
    "attrs": "import time; t0 = time.perf_counter(); import attrs; t1 = time.perf_counter(); print(t1 - t0, 0.0)",
    "nmda_pain": (
        "import time; t0 = time.perf_counter(); import nmda_pain; t1 = time.perf_counter(); "
        "nmda_pain.default_registry(); t2 = time.perf_counter(); print(t1 - t0, t2 - t1)"
    ),
    "python": "import time; t0 = time.perf_counter(); print(0.0, 0.0)",
}
_LIGHT = (
    "import sys, nmda_pain; "
    "print(' '.join(m for m in ('cattrs', 'json', 'orjson', 'difflib', 'tempfile') if m in sys.modules))"
)


def _compile_bytecode() -> list[str]:
    """Write the ``.pyc`` files a ``pip install`` writes, for nmda_pain and attrs alike."""
    compiled = []
    for package in ("nmda_pain", "attr", "attrs"):
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        for directory in spec.submodule_search_locations:
            compileall.compile_dir(directory, quiet=1)
            compiled.append(directory)
    return compiled


def _run(program: str) -> tuple[float, float, float]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    ).stdout
    wall = time.perf_counter() - start
    first, second = (float(x) for x in out.split())
    return first, second, wall


def _modules(program: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{program}; import sys; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


def _importtime(program: str, runs: int, *, by_package: bool = True) -> dict[str, float]:
    """Median self time (s) per top-level package (or per module) under ``-X importtime``."""
    totals: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", program],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        per_run: dict[str, float] = defaultdict(float)
        for line in err.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            self_us, _cumulative, name = line[len("import time:") :].split("|")
            key = name.strip().split(".")[0] if by_package else name.strip()
            per_run[key] += int(self_us) / 1e6
        for name, value in per_run.items():
            totals[name].append(value)
    return {
        name: statistics.median(values + [0.0] * (runs - len(values)))
        for name, values in totals.items()
    }


def run(*, quick: bool = False) -> dict[str, Any]:
    runs = 6 if quick else 30
    compiled = _compile_bytecode()
    for program in _PROGRAMS.values():  # warm the file-system cache
        _run(program)
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in _PROGRAMS}
    names = list(_PROGRAMS)
    for repeat in range(runs):
        for name in names[repeat % 3 :] + names[: repeat % 3]:
            samples[name].append(_run(_PROGRAMS[name]))

    def median(name: str, column: int) -> float:
        return statistics.median(sample[column] for sample in samples[name])

    attrs_import = median("attrs", 0)
    ours_import = median("nmda_pain", 0)
    ours_registry = statistics.median(s[0] + s[1] for s in samples["nmda_pain"])
    program = "import nmda_pain; nmda_pain.default_registry()"
    breakdown = _importtime(program, 5 if quick else 10)
    own = _importtime(program, 5 if quick else 10, by_package=False)
    extra = sorted(
        {m.split(".")[0] for m in _modules(program) - _modules("import attrs")} - {"nmda_pain"}
    )
    return {
        "runs": runs,
        "bytecode_compiled": compiled,
        "pythondontwritebytecode": os.environ.get("PYTHONDONTWRITEBYTECODE", ""),
        "attrs_import_s": attrs_import,
        "nmda_pain_import_s": ours_import,
        "default_registry_s": median("nmda_pain", 1),
        "nmda_pain_import_and_registry_s": ours_registry,
        "ratio": ours_registry / attrs_import,
        "ratio_import_only": ours_import / attrs_import,
        "wall": {
            "python_s": median("python", 2),
            "attrs_s": median("attrs", 2),
            "nmda_pain_s": median("nmda_pain", 2),
            "ratio": median("nmda_pain", 2) / median("attrs", 2),
            "ratio_net_of_startup": (median("nmda_pain", 2) - median("python", 2))
            / (median("attrs", 2) - median("python", 2)),
        },
        "loaded_after_import": subprocess.run(
            [sys.executable, "-c", _LIGHT], capture_output=True, text=True, check=True
        ).stdout.split(),
        "importtime_self_s": dict(sorted(breakdown.items(), key=lambda kv: -kv[1])[:15]),
        "importtime_own_modules_s": dict(
            sorted(
                ((k, v) for k, v in own.items() if k.startswith("nmda_pain")),
                key=lambda kv: -kv[1],
            )
        ),
        "modules_beyond_attrs": extra,
    }


def table(data: dict[str, Any]) -> list[str]:
    """The section of the report: both timings, their ratio, and where nmda_pain's time goes."""
    wall = data["wall"]
    own = data.get("importtime_own_modules_s", {})
    details = [
        "",
        f"`-X importtime`, self time of nmda_pain's modules (median): total {ms(sum(own.values()))}; "
        + ", ".join(f"`{name}` {ms(value)}" for name, value in list(own.items())[:10]),
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
        f"| {ms(data['attrs_import_s'])} | {ms(data['nmda_pain_import_and_registry_s'])} "
        f"| **{data['ratio']:.2f}x** | ≤ {IMPORT_TARGET}x: {verdict(data['ratio'], IMPORT_TARGET)} |",
        f"| of which `import nmda_pain` alone | {ms(data['attrs_import_s'])} | {ms(data['nmda_pain_import_s'])} "
        f"| {data['ratio_import_only']:.2f}x | |",
        f"| of which the first `default_registry()` | | {ms(data['default_registry_s'])} | | |",
        f"| whole process, wall clock (bare `python -c pass`: {ms(wall['python_s'])}) "
        f"| {ms(wall['attrs_s'])} | {ms(wall['nmda_pain_s'])} | {wall['ratio']:.2f}x | |",
        *details,
    ]


def targets(data: dict[str, Any]) -> list[str]:
    ratio = data["ratio"]
    return [
        target_row(
            f"import + `default_registry()` ≤ {IMPORT_TARGET}x `import attrs`",
            f"{ratio:.2f}x",
            ratio,
            IMPORT_TARGET,
        )
    ]
