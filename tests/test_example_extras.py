"""An example that needs an extra says which one to install when it is missing."""

from __future__ import annotations

import runpy
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
