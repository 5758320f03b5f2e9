"""Notebook cards: records shown as HTML, with the registry that gives their ids a meaning.

The records know no HTML: the model imports nothing of presentation, so a
record alone has only its short ``repr``. A :class:`Card` pairs a record with
the registry that holds it and shows, in Jupyter, the same view that
``nmda-pain show`` prints (:mod:`nmda_pain.views`): its names, classes,
identifiers, claims and, for each piece of evidence, the cited reference with
its verification status and level. ``Card(registry)`` shows a registry.

In IPython or Jupyter, ``%load_ext nmda_pain.cards`` makes every record, and
every registry, show a card of its own.

>>> from nmda_pain import default_registry
>>> from nmda_pain.cards import Card
>>> registry = default_registry()
>>> card = Card(registry.resolve("ketamine"), registry)
>>> card._repr_html_().startswith('<div class="nmda-pain-card nmda-pain-agent"')
True

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import Protocol

from nmda_pain.views._html import Card, HTMLFormatter, register_formatters

__all__ = ["Card", "HTMLFormatter", "load_ipython_extension", "register_formatters"]


class _Formatters(Protocol):
    def __getitem__(self, mime: str, /) -> HTMLFormatter: ...


class _DisplayFormatter(Protocol):
    @property
    def formatters(self) -> _Formatters: ...


class IPythonShell(Protocol):
    """What :func:`load_ipython_extension` needs of an IPython shell."""

    @property
    def display_formatter(self) -> _DisplayFormatter:
        """The shell's display formatter."""
        ...


def load_ipython_extension(ipython: IPythonShell) -> None:
    """Show every record as a card of its own fields in *ipython*: ``%load_ext nmda_pain.cards``.

    .. versionadded:: 0.2.0
    """
    register_formatters(ipython.display_formatter.formatters["text/html"])
