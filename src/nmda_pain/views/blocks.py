"""The building blocks of every view: paragraphs, labelled fields and tables, as plain data.

A view is what a person sees of a record or a registry, computed once by
:mod:`nmda_pain.views`; the terminal (plain text or rich) and the notebook
(HTML) only lay these blocks out. Text in a block is data as the registry
holds it; each renderer makes it safe for its medium.
"""

from __future__ import annotations

from typing import TypeAlias

from attrs import frozen

__all__ = ["Block", "Fields", "Table", "Text", "View"]


@frozen
class Text:
    """A paragraph, printed as it is, line breaks included."""

    text: str


@frozen
class Fields:
    """Labelled values, one per row: a record's own fields, a claim's qualifiers."""

    title: str
    rows: tuple[tuple[str, str], ...]


@frozen
class Table:
    """Rows under column headings; an empty table says ``(none)``."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block: TypeAlias = Text | Fields | Table
"""One block of a view."""


@frozen(kw_only=True)
class View:
    """What a person sees of one thing: a heading, blocks, and the same answer as JSON data.

    Attributes:
        family: What is shown, in words (``"agent"``, ``"claim"``, ``"registry"``).
        title: The heading: a record's name, a claim's subject, predicate and object.
        subtitle: A short line under the heading (a record's class, a claim's certainty).
        certainty: For a claim, its certainty's value, so that a renderer can show it by style.
        blocks: The body, in order; empty sections are left out.
        data: The same answer for scripts, as JSON values (``--format json``).
    """

    family: str
    title: str
    subtitle: str = ""
    certainty: str | None = None
    blocks: tuple[Block, ...] = ()
    data: object = None
