r"""The terminal's face of the views: plain aligned text, or rich tables in a terminal.

:func:`emit` writes a view's blocks as rich tables when rich is installed (the
``cli`` extra) and the output is a terminal, and as plain, aligned text
otherwise, so that piped output carries no colour codes, markup or box drawing
and stays the same from one machine to the next.

Text from the data can hold anything a registry document admits, so every
cell, value and title goes through :func:`nmda_pain._text.clean` on both paths:
control characters are shown as visible escapes such as ``\x1b`` and never
reach the terminal, and columns are sized by the width a terminal gives each
character. Text the stream cannot encode is written as backslash escapes.
Long values wrap at :data:`WIDTH` columns in plain text.
"""

from __future__ import annotations

import json
import textwrap
from typing import TYPE_CHECKING, Final, TextIO

from nmda_pain._text import clean, display_width
from nmda_pain.views.blocks import Block, Fields, Text

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import Console

__all__ = ["WIDTH", "dump_json", "emit", "render_plain", "safe_write"]

WIDTH: Final = 100
"""The width plain text wraps long field values at."""

_GAP: Final = "  "
_NONE: Final = "(none)"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def safe_write(stream: TextIO, text: str) -> None:
    """Write *text* to *stream*, escaping what the stream's encoding cannot hold."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        try:
            text = text.encode(encoding, "backslashreplace").decode(encoding)
        except LookupError:
            text = text.encode("ascii", "backslashreplace").decode("ascii")
    stream.write(text)


def render_plain(blocks: Iterable[Block]) -> str:
    """*blocks* as plain text, separated by blank lines, with no trailing spaces."""
    return "\n\n".join(_plain(block) for block in blocks)


def _plain(block: Block) -> str:
    if isinstance(block, Text):
        return "\n".join(_wrapped_line(line) for line in clean(block.text, keep="\n").split("\n"))
    lines = [_wrapped_line(clean(block.title))] if block.title else []
    if isinstance(block, Fields):
        rows = [(clean(label) + ":", clean(value)) for label, value in block.rows]
        width = max((display_width(label) for label, _ in rows), default=0)
        indent = " " * (len(_GAP) * 2 + width)
        for label, value in rows:
            first = f"{_GAP}{_pad(label, width)}{_GAP}"
            lines.extend(_wrapped(first, indent, value))
        return "\n".join(lines)
    if not block.rows:
        return "\n".join([*lines, f"{_GAP}{_NONE}"])
    table = [tuple(clean(cell) for cell in row) for row in (block.columns, *block.rows)]
    widths = [max(display_width(cell) for cell in column) for column in zip(*table, strict=True)]
    rule = tuple("-" * width for width in widths)
    lines += [_plain_row(row, widths) for row in (table[0], rule, *table[1:])]
    return "\n".join(lines)


def _wrapped(first: str, indent: str, value: str) -> list[str]:
    """*value* after *first*, wrapped at :data:`WIDTH` with later lines at *indent*."""
    if display_width(first) + display_width(value) <= WIDTH or len(indent) >= WIDTH // 2:
        return [f"{first}{value}".rstrip()]
    wrapper = textwrap.TextWrapper(
        width=WIDTH,
        initial_indent=first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.rstrip() for line in wrapper.wrap(value)] or [first.rstrip()]


def _wrapped_line(line: str) -> str:
    """*line* wrapped at :data:`WIDTH`, later lines indented two more than its own indent."""
    if display_width(line) <= WIDTH:
        return line
    indent = line[: len(line) - len(line.lstrip(" "))]
    return "\n".join(_wrapped(indent, indent + _GAP, line.lstrip(" ")))


def _plain_row(row: tuple[str, ...], widths: list[int]) -> str:
    cells = [_pad(cell, width) for cell, width in zip(row, widths, strict=True)]
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
        safe_write(stream, render_plain(blocks) + "\n")
        return
    for position, block in enumerate(blocks):
        if position:
            console.print()
        _print_rich(console, block)


def _print_rich(console: Console, block: Block) -> None:
    from rich.table import Table as RichTable  # noqa: PLC0415 -- optional (the 'cli' extra)
    from rich.text import Text as RichText  # noqa: PLC0415 -- optional (the 'cli' extra)

    if isinstance(block, Text):
        console.print(RichText(clean(block.text, keep="\n")))
        return
    if isinstance(block, Fields):
        grid = RichTable.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column()
        for label, value in block.rows:
            grid.add_row(RichText(clean(label)), RichText(clean(value)))
        if block.title:
            console.print(RichText(clean(block.title), style="bold underline"))
        console.print(grid)
        return
    title = RichText(clean(block.title), style="bold") if block.title else None
    table = RichTable(title=title)
    for column in block.columns:
        table.add_column(RichText(clean(column)))
    for row in block.rows:
        table.add_row(*(RichText(clean(cell)) for cell in row))
    if not block.rows:
        table.add_row(RichText(_NONE), *(RichText("") for _ in block.columns[1:]))
    console.print(table)


def dump_json(data: object, stream: TextIO) -> None:
    """Write *data* to *stream* as indented JSON (UTF-8, not ASCII-escaped) and a newline."""
    safe_write(stream, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
