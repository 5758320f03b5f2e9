"""Shared fixtures, and the rule that nothing skips quietly in CI (``NMDA_PAIN_STRICT=1``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

from nmda_pain import Registry, default_registry

from .shared_files import strict

if TYPE_CHECKING:
    from collections.abc import Generator

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci")

# The wheel test needs a built wheel; .ci/run builds one and runs it in a second pass.
MAY_SKIP_IN_CI = frozenset({"tests/test_wheel.py"})


def _skipped_quietly(report: pytest.TestReport | pytest.CollectReport) -> bool:
    """A skip (not an expected failure) of a test that must run under ``NMDA_PAIN_STRICT``."""
    return (
        strict()
        and report.skipped
        and not hasattr(report, "wasxfail")
        and report.nodeid.split("::")[0] not in MAY_SKIP_IN_CI
    )


def _fail_instead(report: pytest.TestReport | pytest.CollectReport) -> None:
    reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
    report.outcome = "failed"
    report.longrepr = f"skipped under NMDA_PAIN_STRICT, where every test must run: {reason}"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport() -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Under ``NMDA_PAIN_STRICT``, a skip is a failure: every optional dependency is in ``test``."""
    report = yield
    if _skipped_quietly(report):
        _fail_instead(report)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report() -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
    """The same for a whole module skipped while it is collected (a module-level importorskip)."""
    report = yield
    if _skipped_quietly(report):
        _fail_instead(report)
    return report


@pytest.fixture
def registry() -> Registry:
    """The shipped registry."""
    return default_registry()
