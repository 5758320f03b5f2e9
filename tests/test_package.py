"""The package's public surface, import cost and embedded examples."""

from __future__ import annotations

import doctest
import importlib
import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

import nmda_pain

MODULES = [
    "nmda_pain",
    "nmda_pain.errors",
    "nmda_pain._text",
    "nmda_pain.model.enums",
    "nmda_pain.model.references",
    "nmda_pain.queries",
    "nmda_pain.registry",
    "nmda_pain.interchange.document",
    "nmda_pain.data",
    "nmda_pain.biolink",
    "nmda_pain.testing",
    "nmda_pain.interchange.schema",
    "nmda_pain.model.identifiers",
    "nmda_pain.model.predicates",
    "nmda_pain.provenance",
    "nmda_pain.cards",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    failures, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0
    assert attempted > 0 or name in {"nmda_pain.errors", "nmda_pain.model.enums"}


def test_every_public_name_exists_and_the_contract_names_are_public():
    for name in nmda_pain.__all__:
        assert hasattr(nmda_pain, name), name
    contract = {
        "default_registry",
        "Registry",
        "UnknownEntityError",
        "RegistryFormatError",
        "NmdaPainError",
        "agents_for_condition",
        "adverse_effects_of",
        "mechanisms_of",
        "combination_partners",
        "find_claims",
        "to_json",
        "from_json",
        "Mapping",
        "ReferenceKind",
        "MatchPredicate",
    }
    assert contract <= set(nmda_pain.__all__)


def test_import_loads_no_cattrs_and_no_curated_records():
    code = (
        "import sys, nmda_pain\n"
        "heavy = [m for m in ('cattrs', 'nmda_pain.data.article') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_the_version_is_the_installed_distributions():
    assert nmda_pain.__version__ == importlib.metadata.version("nmda_pain")


def test_the_readme_examples_run():
    readme = Path(__file__).resolve().parents[1] / "README.md"
    failures, attempted = doctest.testfile(str(readme), module_relative=False)
    assert attempted >= 8
    assert failures == 0
