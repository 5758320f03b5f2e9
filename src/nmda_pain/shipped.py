"""The registry shipped with the package: the article's curated records."""

from __future__ import annotations

import functools

from nmda_pain.registry import Registry

__all__ = ["default_registry"]


@functools.cache
def default_registry() -> Registry:
    """Return the registry curated from the source article.

    It is built and validated on the first call and cached: every call
    returns the same object.

    >>> from nmda_pain import default_registry
    >>> registry = default_registry()
    >>> registry is default_registry()
    True
    >>> registry.source.doi
    '10.37421/2684-5997.2025.8.296'

    .. versionadded:: 0.1.0
    """
    from nmda_pain._curated import build_registry  # noqa: PLC0415 -- building the records is deferred to the first call

    return build_registry()
