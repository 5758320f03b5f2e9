"""Where the tests find the project's shared material: the article and the reference table.

The curated data are checked against files kept beside the repository
(``../shared``), not inside it. A test that needs one skips on a developer's
machine without it, but must never skip quietly where it is meant to run:

- a variable that names a file must name one that exists: ``NMDA_PAIN_ARTICLE`` (the
  article), ``NMDA_PAIN_INTEROP`` (``reference/interop.md``), ``NMDA_PAIN_IDENTIFIERS``
  (``reference/identifiers.json``), ``NMDA_PAIN_MAPPINGS`` (``reference/mappings.json``) and
  ``NMDA_PAIN_REFERENCE_NOTES`` (``reference/README.md``);
- with ``NMDA_PAIN_STRICT=1`` (``.ci/run`` sets it), a missing file fails the run.

The switch is the project's own rather than ``CI``, which CI services set by
themselves: tests run from the sdist on such a service, with no ``../shared``
beside them, still skip these checks rather than fail.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


def shared_file(variable: str, relative: str) -> Path | None:
    """The file *variable* names, else ``../shared/RELATIVE``; ``None`` only outside CI."""
    configured = os.environ.get(variable)
    if configured:
        if not Path(configured).is_file():
            pytest.fail(f"{variable}={configured} names no file", pytrace=False)
        return Path(configured)
    beside = SHARED / relative
    if beside.is_file():
        return beside
    if strict():
        pytest.fail(
            f"NMDA_PAIN_STRICT is set, but {variable} is not and {beside} is missing: "
            f"set {variable} to the path of shared/{relative}",
            pytrace=False,
        )
    return None


def strict() -> bool:
    """Whether every test must run (``NMDA_PAIN_STRICT=1``, as ``.ci/run`` sets it)."""
    return os.environ.get("NMDA_PAIN_STRICT", "") not in {"", "0", "false", "no"}
