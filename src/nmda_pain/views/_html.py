"""The notebook's face of the views: a view laid out as one compact HTML card.

A card is the view's heading (what it shows, its title, its subtitle), then
its blocks: fields as a two-column table, tables as tables, paragraphs as
paragraphs. Empty tables are left out, and a long table is folded. A claim's
certainty is shown by the style of its title: firm wording in bold, tentative
wording in italics. Every piece of text is escaped; a value that is a web
address becomes a link.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Final, Protocol, TypeAlias

from attrs import frozen

from nmda_pain.model import (
    AdverseEffect,
    Agent,
    Claim,
    Condition,
    Curie,
    Enzyme,
    Mechanism,
    Receptor,
    Reference,
)
from nmda_pain.registry import Registry
from nmda_pain.views.blocks import Block, Fields, Table, Text, View
from nmda_pain.views.pages import record_view

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["MAX_ROWS", "Card", "CardRecord", "HTMLFormatter", "card_html", "register_formatters"]

MAX_ROWS: Final = 25
"""How many rows of a table a card shows; the rest are counted."""

#: A table longer than this is folded; a shorter one is shown open.
_OPEN_ROWS: Final = 8

_CARD: Final = (
    'style="border: 1px solid #8884; border-radius: 6px; padding: 0.6em 0.9em; '
    'margin: 0.3em 0; max-width: 60em"'
)
_FAMILY: Final = 'style="font-size: 0.75em; text-transform: uppercase; opacity: 0.7"'
_CELL: Final = 'style="text-align: left; vertical-align: top; padding: 0.1em 0.6em 0.1em 0"'
_MUTED: Final = 'style="opacity: 0.7"'

#: How a claim's title shows its certainty: firm wording bold, tentative wording in italics.
_CERTAINTY_STYLE: Final = {
    "established": "font-weight: bold",
    "demonstrated": "font-weight: bold",
    "stated": "font-weight: normal",
    "promising": "font-style: italic",
    "under_investigation": "font-style: italic; opacity: 0.8",
    "theorized": "font-style: italic; opacity: 0.7",
}

CardRecord: TypeAlias = (
    Agent | Receptor | Mechanism | AdverseEffect | Condition | Enzyme | Claim | Reference
)
"""A record :class:`Card` shows."""


def _text(value: str) -> str:
    return html.escape(value, quote=True)


def _link(url: str, label: str) -> str:
    return f'<a href="{_text(url)}">{_text(label)}</a>'


def _curie_url(text: str) -> str | None:
    try:
        return Curie.parse(text).url
    except ValueError:
        return None


def _value(value: str) -> str:
    """*value* escaped; a web address, or a list of CURIEs of known prefixes, as links."""
    if value.startswith(("https://", "http://")) and " " not in value:
        return _link(value, value)
    if ":" not in value or value.startswith("["):
        return _text(value)
    links: list[str] = []
    for part in value.split(", "):
        url = _curie_url(part)
        if url is None:
            return _text(value)
        links.append(_link(url, part))
    return ", ".join(links)


def _fields(block: Fields) -> str:
    rows = "".join(
        f"<tr><th {_CELL}>{_text(label)}</th><td {_CELL}>{_value(value)}</td></tr>"
        for label, value in block.rows
    )
    title = f"<div><strong>{_text(block.title)}</strong></div>" if block.title else ""
    return f"{title}<table>{rows}</table>"


def _table(block: Table) -> str:
    head = "".join(f"<th {_CELL}>{_text(column)}</th>" for column in block.columns)
    body = "".join(
        "<tr>" + "".join(f"<td {_CELL}>{_value(cell)}</td>" for cell in row) + "</tr>"
        for row in block.rows[:MAX_ROWS]
    )
    hidden = len(block.rows) - MAX_ROWS
    more = f"<p {_MUTED}>... and {hidden} more</p>" if hidden > 0 else ""
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"
    if len(block.rows) > _OPEN_ROWS:
        return f"<details><summary>{_text(block.title)}</summary>{table}</details>"
    return f"<div><strong>{_text(block.title)}</strong></div>{table}"


def _block(block: Block) -> str:
    if isinstance(block, Text):
        return "<p>" + "<br>".join(_text(line) for line in block.text.split("\n")) + "</p>"
    if isinstance(block, Fields):
        return _fields(block)
    return _table(block)


def card_html(view: View) -> str:
    """*view* as one HTML card; empty tables are left out."""
    style = _CERTAINTY_STYLE.get(view.certainty or "", "")
    title_style = f' style="{style}"' if style else ""
    subtitle = f"<div {_MUTED}>{_text(view.subtitle)}</div>" if view.subtitle else ""
    body = "".join(
        # The heading names the record already: a first block titled the same is not titled again.
        _block(
            Fields("", block.rows)
            if isinstance(block, Fields) and block.title == view.title
            else block
        )
        for block in view.blocks
        if not (isinstance(block, Table) and not block.rows)
    )
    family = _text(view.family.replace(" ", "-"))
    return (
        f'<div class="nmda-pain-card nmda-pain-{family}" {_CARD}>'
        f"<div {_FAMILY}>{_text(view.family)}</div>"
        f'<div class="nmda-pain-title"{title_style}>{_text(view.title)}</div>'
        f"{subtitle}{body}</div>"
    )


@frozen
class Card:
    """A record shown with the registry that holds it: its card names what the record's ids mean.

    In a notebook, ``Card(registry.resolve("ketamine"), registry)`` displays the
    entity with its classes, identifiers, claims and sources in *registry*;
    ``Card(registry)`` shows the registry itself. The card lays out the same
    view (:func:`nmda_pain.views.record_view`) that ``nmda-pain show`` prints.

    Attributes:
        record: An entity, a claim, a reference or a registry.
        registry: The registry that holds the record; without one, an entity
            or a claim shows its own fields and raw ids.
    """

    record: CardRecord | Registry
    registry: Registry | None = None

    @property
    def view(self) -> View:
        """The view this card lays out."""
        return record_view(self.record, self.registry)

    def _repr_html_(self) -> str:
        return card_html(self.view)


class HTMLFormatter(Protocol):
    """What :func:`register_formatters` needs of IPython's ``text/html`` formatter."""

    def for_type(self, typ: type, func: Callable[..., str] | None = None) -> object:
        """Show instances of *typ* with *func*."""
        ...


def _alone(record: CardRecord | Registry) -> str:
    return card_html(record_view(record, None))


def register_formatters(formatter: HTMLFormatter) -> None:
    """Show every record type, and registries, with its card in *formatter*, IPython's ``text/html`` formatter.

    Records have no ``_repr_html_`` of their own (the model knows no HTML); in IPython,
    ``register_formatters(get_ipython().display_formatter.formatters["text/html"])``.
    """
    for record_type in (
        Registry,
        Claim,
        Reference,
        Agent,
        Receptor,
        Mechanism,
        AdverseEffect,
        Condition,
        Enzyme,
    ):
        formatter.for_type(record_type, _alone)
