"""The network example names the plot extra it needs, and draws the same figure every run."""

from __future__ import annotations

import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize("missing", ["matplotlib", "networkx"])
def test_the_network_figure_names_the_plot_extra_when_a_library_is_missing(monkeypatch, missing):
    monkeypatch.setitem(sys.modules, missing, None)  # makes `import <missing>` fail
    with pytest.raises(SystemExit) as caught:
        runpy.run_path(str(EXAMPLES / "mechanism_network.py"), run_name="__main__")
    assert caught.value.code == f"{missing} is not installed; run: pip install 'nmda_pain[plot]'"


def test_the_network_figure_is_written_to_the_current_directory_the_same_every_time(tmp_path):
    pytest.importorskip("matplotlib")
    pytest.importorskip("networkx")
    drawn = []
    for seed in ("1", "2"):  # set iteration order changes with the hash seed; the figure must not
        folder = tmp_path / seed
        folder.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed, "MPLCONFIGDIR": str(tmp_path / "mpl")}
        result = subprocess.run(
            [sys.executable, str(EXAMPLES / "mechanism_network.py")],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=300,  # a guard against a hang, not a speed check
        )
        assert result.stdout.startswith("wrote mechanism_network.png (")
        drawn.append((folder / "mechanism_network.png").read_bytes())
    assert drawn[0] == drawn[1]
