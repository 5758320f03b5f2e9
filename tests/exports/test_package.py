"""The exports package: light to import, its examples and its how-to page run."""

from __future__ import annotations

import doctest
import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

import nmda_pain.exports

HOWTO = Path(__file__).resolve().parents[2] / "docs" / "howto-exports.md"
MODULES = [
    "nmda_pain.exports.bibtex",
    "nmda_pain.exports.csl",
    "nmda_pain.exports.dataframe",
    "nmda_pain.exports.graph",
    "nmda_pain.exports.sqlite",
]


def test_importing_the_exports_loads_neither_pandas_nor_networkx():
    code = (
        "import sys, nmda_pain.exports\n"
        "from nmda_pain.exports import *\n"
        "print(sorted(m for m in ('pandas', 'networkx', 'numpy') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_the_public_names_are_exported():
    assert set(nmda_pain.exports.__all__) >= {
        "to_dataframe",
        "to_networkx",
        "to_csl_json",
        "to_bibtex",
        "write_sqlite",
        "write_kgx",
    }

    # ruff's order (RUF022): constants, then classes, then functions, each sorted
    def order(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert nmda_pain.exports.__all__ == sorted(nmda_pain.exports.__all__, key=order)
    for name in nmda_pain.exports.__all__:
        assert hasattr(nmda_pain.exports, name)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    failures, attempted = doctest.testmod(module)
    assert failures == 0
    assert attempted > 0


def howto_examples():
    """The doctest blocks of the how-to page, as one document."""
    text = HOWTO.read_text(encoding="utf-8")
    blocks = re.findall(r"^```\{doctest\}\n(.*?)^```$", text, flags=re.MULTILINE | re.DOTALL)
    assert len(blocks) >= 8
    return "\n".join(blocks)


def test_the_howto_examples_and_their_sql_queries_run():
    examples = howto_examples()
    assert examples.count("db.execute(query)") == 3
    test = doctest.DocTestParser().get_doctest(examples, {}, HOWTO.name, str(HOWTO), 0)
    runner = doctest.DocTestRunner()
    runner.run(test)
    failed, attempted = runner.summarize(verbose=False)
    assert failed == 0
    assert attempted >= 40
