"""Output for the command line: blocks of text, key-value fields and tables.

The commands describe what to print as a tuple of :data:`Block` values, and
:func:`emit` writes them: as rich tables when rich is installed (the ``cli``
extra) and the output is a terminal, and as plain, aligned text otherwise, so
that piped output carries no colour codes, markup or box drawing and stays the
same from one machine to the next.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Final, TextIO, TypeAlias

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import Console

__all__ = ["Block", "Fields", "Table", "Text", "dump_json", "emit", "render_plain"]

_GAP: Final = "  "
_NONE: Final = "(none)"


@frozen
class Text:
    """A paragraph printed as it is, line breaks included."""

    text: str


@frozen
class Fields:
    """Labelled values, one per line, with the labels aligned."""

    title: str
    rows: tuple[tuple[str, str], ...]


@frozen
class Table:
    """Rows under column headings; an empty table says ``(none)``."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block: TypeAlias = Text | Fields | Table


def render_plain(blocks: Iterable[Block]) -> str:
    """*blocks* as plain text, separated by blank lines, with no trailing spaces."""
    return "\n\n".join(_plain(block) for block in blocks)


def _plain(block: Block) -> str:
    if isinstance(block, Text):
        return block.text
    lines = [block.title] if block.title else []
    if isinstance(block, Fields):
        width = max((len(label) for label, _ in block.rows), default=0) + 1
        lines += [f"{_GAP}{label + ':':<{width}}{_GAP}{value}" for label, value in block.rows]
        return "\n".join(lines)
    if not block.rows:
        return "\n".join([*lines, f"{_GAP}{_NONE}"])
    widths = [
        max(len(cell) for cell in column) for column in zip(block.columns, *block.rows, strict=True)
    ]
    rule = tuple("-" * width for width in widths)
    lines += [_plain_row(row, widths) for row in (block.columns, rule, *block.rows)]
    return "\n".join(lines)


def _plain_row(row: tuple[str, ...], widths: list[int]) -> str:
    cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
    return (_GAP + _GAP.join(cells)).rstrip()


def _rich_console(stream: TextIO) -> Console | None:
    """A rich console writing to *stream*, or ``None`` for plain text.

    Plain text when rich is missing or *stream* is not a terminal.
    """
    if not stream.isatty():
        return None
    try:
        import rich.console  # noqa: PLC0415 -- optional (the 'cli' extra), looked up on use
    except ImportError:
        return None
    # Data carry brackets ("[1]") that rich would read as markup: print every text as it is.
    return rich.console.Console(file=stream, markup=False, highlight=False, emoji=False)


def emit(blocks: tuple[Block, ...], stream: TextIO) -> None:
    """Write *blocks* to *stream*: with rich in a terminal when it is installed, else as plain text."""
    console = _rich_console(stream)
    if console is None:
        stream.write(render_plain(blocks) + "\n")
        return
    for position, block in enumerate(blocks):
        if position:
            console.print()
        _print_rich(console, block)


def _print_rich(console: Console, block: Block) -> None:
    from rich.table import Table as RichTable  # noqa: PLC0415 -- optional (the 'cli' extra)
    from rich.text import Text as RichText  # noqa: PLC0415 -- optional (the 'cli' extra)

    if isinstance(block, Text):
        console.print(RichText(block.text))
        return
    if isinstance(block, Fields):
        grid = RichTable.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column()
        for label, value in block.rows:
            grid.add_row(RichText(label), RichText(value))
        if block.title:
            console.print(RichText(block.title, style="bold underline"))
        console.print(grid)
        return
    table = RichTable(title=RichText(block.title, style="bold") if block.title else None)
    for column in block.columns:
        table.add_column(RichText(column))
    for row in block.rows:
        table.add_row(*(RichText(cell) for cell in row))
    if not block.rows:
        table.add_row(RichText(_NONE), *(RichText("") for _ in block.columns[1:]))
    console.print(table)


def dump_json(data: object, stream: TextIO) -> None:
    """Write *data* to *stream* as indented JSON (UTF-8, not ASCII-escaped) and a newline."""
    stream.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
