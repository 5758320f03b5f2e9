"""The built wheel installs into a fresh virtual environment and works there.

Run by ``.ci/run`` after ``python -m build``, with ``NMDA_PAIN_WHEEL`` naming the
wheel; skipped otherwise (building and installing takes a while and needs PyPI
for the runtime dependencies).
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

WHEEL = os.environ.get("NMDA_PAIN_WHEEL")

pytestmark = pytest.mark.skipif(
    not WHEEL, reason="set NMDA_PAIN_WHEEL to a built wheel (.ci/run does)"
)

CHECK = """
import importlib.resources, sys
import nmda_pain
files = importlib.resources.files("nmda_pain")
interchange = importlib.resources.files("nmda_pain.interchange")
assert files.joinpath("py.typed").is_file(), "py.typed is missing"
assert interchange.joinpath("registry.schema.json").is_file(), "the schema is missing"
assert "cattrs" not in sys.modules
registry = nmda_pain.default_registry()
print(len(registry.claims), len(nmda_pain.extended_registry().claims), nmda_pain.__version__)
"""


def test_the_wheel_installs_and_runs_in_a_fresh_environment(tmp_path):
    assert WHEEL is not None
    environment = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(environment)
    python = environment / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", WHEEL], check=True, timeout=600)
    result = subprocess.run(
        [python, "-c", CHECK], check=True, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.split() == ["56", "74", "0.2.0.dev0"]
    command = Path(python).with_name("nmda-pain")
    overview = subprocess.run([command], check=True, capture_output=True, text=True, timeout=120)
    assert overview.stdout.startswith("Source: Ahmed Hassan El-Sayed (2025)")
