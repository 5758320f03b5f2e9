"""The registries shipped with the package.

The data flow one way: the article's curated records, plus the curators'
grounding of its entities in public vocabularies, make :func:`default_registry`;
:func:`extended_registry` is that registry extended, with
:meth:`~nmda_pain.Registry.extend`, by a layer of vetted facts beyond the
article. Nothing outside this package knows the shipped data exist.
"""

from __future__ import annotations

import functools
import threading
from typing import TYPE_CHECKING, TypeVar

from nmda_pain.registry import Registry

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["default_registry", "extended_registry"]

_T = TypeVar("_T")


def _built_once(build: Callable[[], _T]) -> Callable[[], _T]:
    """*build* run on the first call only, whatever the threads: every call returns its one result.

    The first callers wait on a lock for one build (checked again under the
    lock); later calls read the result without it. A build that raises leaves
    nothing built, so the next call builds again.
    """
    lock = threading.Lock()
    built: list[_T] = []  # empty until built: its one item is the result

    @functools.wraps(build)
    def once() -> _T:
        if not built:
            with lock:
                if not built:
                    built.append(build())
        return built[0]

    return once


@_built_once
def default_registry() -> Registry:
    """Return the registry curated from the source article, with its entities grounded.

    Its claims are the article's statements, each citing the article's
    references. Its mappings are the curators' grounding of the article's
    entities in public ontologies and databases (ChEBI, MeSH, HP, MONDO, GO...),
    each citing the release it was read in; they are not statements of the
    article, which names no identifiers. It is built and validated on the first
    call and kept: every call returns the same object, even when several
    threads make the first call at once.

    >>> from nmda_pain import default_registry
    >>> registry = default_registry()
    >>> registry is default_registry()
    True
    >>> registry.article.doi
    '10.37421/2684-5997.2025.8.296'

    .. versionadded:: 0.1.0
    """
    from nmda_pain.data import grounding  # noqa: PLC0415 -- building the records is deferred to the first call
    from nmda_pain.data.article import build_registry  # noqa: PLC0415

    return build_registry().extend(references=grounding.REFERENCES, mappings=grounding.MAPPINGS)


@_built_once
def extended_registry() -> Registry:
    """Return :func:`default_registry` extended with vetted facts beyond the article.

    The extension adds only values the project's reference table marks
    confirmed, each citing the source it was read in (a paper by its PMID or
    DOI, a database or ontology release, the NUEDEXTA label): the NMDA receptor
    subunits; modes of action and measured affinities, on the claims they
    qualify; further NMDA-active agents (esketamine, dextrorphan, amantadine,
    methadone, magnesium sulfate, nitrous oxide, dizocilpine, ifenprodil,
    traxoprodil) with no pain claims; quinine; the dextromethorphan/quinidine
    product with its approved indication (pseudobulbar affect, not pain); and
    CYP2D6, which quinidine inhibits. It is built with
    :meth:`~nmda_pain.Registry.extend`: no article record is replaced. Like
    :func:`default_registry`, it is built once and every call returns it.

    >>> from nmda_pain import default_registry, extended_registry, find_claims
    >>> registry = extended_registry()
    >>> set(default_registry().claims) <= set(registry.claims)
    True
    >>> [c.object for c in find_claims(subject="quinidine", predicate="inhibits", registry=registry)]
    ['cyp2d6']

    .. versionadded:: 0.1.0
    """
    from nmda_pain.data import extension  # noqa: PLC0415 -- building the records is deferred to the first call

    return extension.extend(default_registry())
