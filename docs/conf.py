"""Sphinx configuration for the nmda_pain documentation.

Build the HTML site and run the doctests from the repository root::

    .venv/bin/sphinx-build -W --keep-going -b html docs docs/_build/html
    .venv/bin/sphinx-build -W -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx import addnodes

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx

# Document the package in this work tree, even where an older copy is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import nmda_pain  # the path set above comes first

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _catalog import write_catalog

write_catalog(Path(__file__).resolve().parent / "catalog")

# The notebook tutorial lives with the other examples (the tests execute it
# there); the docs build renders a fresh copy and executes it again.
_docs = Path(__file__).resolve().parent
(_docs / "explore.ipynb").write_bytes((_docs.parent / "examples" / "explore.ipynb").read_bytes())

# -- Project ---------------------------------------------------------------------------

project = "nmda_pain"
author = "nmda_pain developers"
copyright = "2026, nmda_pain developers; data from El-Sayed (2025), CC BY 4.0"
release = nmda_pain.__version__
version = ".".join(release.split(".")[:2])

# -- General ---------------------------------------------------------------------------

extensions = [
    "myst_nb",  # MyST Markdown pages and executed notebooks (includes myst_parser)
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
]

# Intersphinx links to Python, attrs and cattrs need the network to fetch their
# inventories, and a failed fetch is a warning (so an error under -W). The
# build machines are offline, so the links are opt-in: set
# NMDA_PAIN_DOCS_INTERSPHINX=1 to turn them on where the network is reachable.
if os.environ.get("NMDA_PAIN_DOCS_INTERSPHINX") == "1":
    extensions.append("sphinx.ext.intersphinx")
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable/", None),
        "cattrs": ("https://catt.rs/en/stable/", None),
    }

source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

# "term\n: definition" lists in model.md.
myst_enable_extensions = ["deflist"]
myst_heading_anchors = 3

# -- Notebooks (myst-nb) ---------------------------------------------------------------

# Run every notebook at each build, so a page never shows stale output, and
# fail the build when a cell raises.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 120

# -- Autodoc and Napoleon --------------------------------------------------------------

autodoc_default_options = {
    "member-order": "bysource",
}
autodoc_typehints = "signature"
autoclass_content = "class"

napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_include_init_with_doc = False
# "Attributes:" sections become attribute entries that links can target
# ({attr}`~nmda_pain.Claim.evidence`). api.md never asks autodoc for the attrs
# fields themselves (it lists members by name), so nothing is described twice.
napoleon_use_ivar = False
# The field types are in each class signature already; repeating them under
# each attribute would print private module paths (nmda_pain.model.enums.X).
napoleon_attr_annotations = False

# -- Doctest ---------------------------------------------------------------------------

# The names the docstrings' examples use without importing them.
doctest_global_setup = """
from nmda_pain import *
from nmda_pain.biolink import category, claim_predicate, reference_category
from nmda_pain.exports import *
from nmda_pain._text import closest_names, normalize_name
from nmda_pain.model import PREDICATES, PredicateRule, parse_predicate, predicates_where
from nmda_pain.provenance import article_reference_ids, is_from_article, provenance
from nmda_pain.views.labels import level_text, sources_label
"""

# -- HTML ------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"nmda_pain {release}"
html_static_path: list[str] = []

# -- Setup -----------------------------------------------------------------------------


def _builtin_object(_app: object, doctree: nodes.document) -> None:
    """Leave ``object`` in a type hint unlinked: it is the builtin, not a field named ``object``.

    Claim, Mapping and PredicateRule each have a field called ``object``; Sphinx's
    fuzzy lookup would otherwise offer all three for ``dict[str, object]``.
    """
    for node in list(doctree.findall(addnodes.pending_xref)):
        if node.get("refdomain") == "py" and node.get("reftarget") == "object":
            node.replace_self(node.children)


def setup(app: Sphinx) -> None:
    """Register the handlers above."""
    app.connect("doctree-read", _builtin_object)
