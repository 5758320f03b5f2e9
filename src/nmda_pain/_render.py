r"""Output for the command line: blocks of text, key-value fields and tables.

The commands describe what to print as a tuple of :data:`Block` values, and
:func:`emit` writes them: as rich tables when rich is installed (the ``cli``
extra) and the output is a terminal, and as plain, aligned text otherwise, so
that piped output carries no colour codes, markup or box drawing and stays the
same from one machine to the next.

Text from the data can hold anything a registry document admits, so every
cell, value and title goes through :func:`clean` on both paths: control
characters (escape sequences, bells, carriage returns) are shown as visible
escapes such as ``\x1b`` and never reach the terminal, and columns are sized
by the width a terminal gives each character (:func:`display_width`), so that
wide (CJK) and combining characters keep the plain tables aligned.

The module also says where a record comes from (:func:`record_source`), for the
command line and the notebook cards alike. The rule: a record with a
``provenance`` is *beyond the article*, from that source; a record without one
is *the article's* only when the shipped article registry
(:func:`nmda_pain.default_registry`) holds the same record (for an entity: the
record with its id, once the fields that only ever come from beyond the
article -- identifiers, modes of action, affinities -- and the curator's notes
are set aside; for a claim: an equal claim). Any other record, such as one a
user wrote into a registry file, has its source *not stated*. The rule gives
the right answer for the shipped registry, the extended one (whose article
records carry identifiers from beyond it) and a user's registry (whose source
may be the article while some of its records are the user's own).
"""

from __future__ import annotations

import functools
import json
import unicodedata
from typing import TYPE_CHECKING, Final, TextIO, TypeAlias

from attrs import fields, frozen

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import Console

    from nmda_pain.model import Claim, Entity
    from nmda_pain.registry import Registry

__all__ = [
    "ARTICLE",
    "BEYOND",
    "FAMILIES",
    "NOT_STATED",
    "Block",
    "Fields",
    "Table",
    "Text",
    "clean",
    "display_width",
    "dump_json",
    "emit",
    "is_article_record",
    "record_source",
    "render_plain",
    "shipped_home",
    "xref_source",
]

FAMILIES: Final = (
    "agents",
    "receptors",
    "mechanisms",
    "adverse_effects",
    "conditions",
    "enzymes",
    "references",
    "claims",
)
"""A registry's record families, in the order the command line and the cards count them."""

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

# -- Safe text ---------------------------------------------------------------------------

#: Characters that make a line break or a tab: folded to one space in a one-line value.
_FOLDED: Final = {"\r\n": " ", "\n": " ", "\t": " ", "\u2028": " ", "\u2029": " "}
#: Format characters that reorder text on screen (bidirectional overrides and isolates).
_BIDI: Final = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


#: The last code point that ``\xNN`` can write.
_LATIN1: Final = 0xFF


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= _LATIN1 else f"\\u{code:04x}"


def clean(text: str, *, keep: str = "") -> str:
    r"""*text* safe to print: line breaks and tabs folded to spaces, other controls escaped.

    Control characters (Unicode category Cc: ESC, BEL, carriage return...) and
    the bidirectional overrides become visible escapes such as ``\x1b``, so
    that data can neither move the cursor nor recolour the terminal. Line
    breaks and tabs, which prose may hold, become one space each, unless
    *keep* names them: a :class:`Text` block keeps its ``"\n"``.

    >>> clean("Red\x1b[31mX\x07 two\nlines")
    'Red\\x1b[31mX\\x07 two lines'
    """
    if text.isprintable():
        return text
    for fold, space in _FOLDED.items():
        if fold not in keep:
            text = text.replace(fold, space)
    return "".join(
        _escape(char)
        if char not in keep and (unicodedata.category(char) == "Cc" or char in _BIDI)
        else char
        for char in text
    )


def display_width(text: str) -> int:
    r"""How many terminal columns *text* takes: wide and full-width characters 2, combining 0.

    >>> display_width("abc"), display_width("鎮痛"), display_width("e\u0301")
    (3, 4, 1)
    """
    if text.isascii():
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in {"Mn", "Me", "Cf"}:
            continue
        width += 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


# -- Where a record comes from -----------------------------------------------------------

ARTICLE: Final = "the article"
"""The source of a record that the shipped article registry holds."""
BEYOND: Final = "beyond the article"
"""The source of a record with a provenance; followed by ``": "`` and the provenance."""
NOT_STATED: Final = "not stated (no provenance, and not a record of the article's registry)"
"""The source of any other record: a user's own, say."""

#: Entity fields that only hold facts from beyond the article, and the curator's remarks.
_SET_ASIDE: Final = frozenset({"xrefs", "modes_of_action", "affinities", "notes", "provenance"})


@functools.cache
def _shipped(extended: bool) -> tuple[Registry, frozenset[Claim]]:  # noqa: FBT001 -- a cache key
    from nmda_pain.data import default_registry, extended_registry  # noqa: PLC0415 -- built on first use

    registry = extended_registry() if extended else default_registry()
    return registry, frozenset(registry.claims)


def is_article_record(record: Entity | Claim) -> bool:
    """Whether *record* is the article's by the rule in this module's docstring."""
    if record.provenance is not None:
        return False
    from nmda_pain.model import Claim  # noqa: PLC0415 -- loaded already by any caller

    article, claims = _shipped(False)  # noqa: FBT003 -- the cache key
    if isinstance(record, Claim):
        return record in claims
    shipped = article.index.by_id.get(record.id)
    if shipped is None or type(shipped) is not type(record):
        return False
    return all(
        getattr(shipped, field.name) == getattr(record, field.name)
        for field in fields(type(record))
        if field.name not in _SET_ASIDE
    )


def record_source(record: Entity | Claim) -> str:
    """``"the article"``, ``"beyond the article: PROVENANCE"`` or ``NOT_STATED`` for *record*."""
    if record.provenance is not None:
        return f"{BEYOND}: {record.provenance}"
    return ARTICLE if is_article_record(record) else NOT_STATED


def shipped_home(record: Entity | Claim) -> tuple[str, Registry] | None:
    """The shipped registry that holds *record* (the article's first, then the extended one).

    Returns its name (``"default_registry()"`` or ``"extended_registry()"``)
    and the registry, or ``None`` when neither holds this very record.
    """
    from nmda_pain.model import Claim  # noqa: PLC0415 -- loaded already by any caller

    for extended, name in ((False, "default_registry()"), (True, "extended_registry()")):
        registry, claims = _shipped(extended)
        held = (
            record in claims
            if isinstance(record, Claim)
            else registry.index.by_id.get(record.id) == record
        )
        if held:
            return name, registry
    return None


def xref_source(entity: Entity) -> str:
    """Where *entity*'s identifiers come from: the project's reference table, or not stated."""
    from nmda_pain.data.extension.sources import IDENTIFIERS  # noqa: PLC0415 -- only when asked

    extended, _ = _shipped(True)  # noqa: FBT003 -- the cache key
    shipped = extended.index.by_id.get(entity.id)
    if entity.xrefs and shipped is not None and shipped.xrefs == entity.xrefs:
        return IDENTIFIERS
    return "not stated"


def render_plain(blocks: Iterable[Block]) -> str:
    """*blocks* as plain text, separated by blank lines, with no trailing spaces."""
    return "\n\n".join(_plain(block) for block in blocks)


def _plain(block: Block) -> str:
    if isinstance(block, Text):
        return clean(block.text, keep="\n")
    lines = [clean(block.title)] if block.title else []
    if isinstance(block, Fields):
        rows = [(clean(label) + ":", clean(value)) for label, value in block.rows]
        width = max((display_width(label) for label, _ in rows), default=0)
        lines += [f"{_GAP}{_pad(label, width)}{_GAP}{value}".rstrip() for label, value in rows]
        return "\n".join(lines)
    if not block.rows:
        return "\n".join([*lines, f"{_GAP}{_NONE}"])
    table = [tuple(clean(cell) for cell in row) for row in (block.columns, *block.rows)]
    widths = [max(display_width(cell) for cell in column) for column in zip(*table, strict=True)]
    rule = tuple("-" * width for width in widths)
    lines += [_plain_row(row, widths) for row in (table[0], rule, *table[1:])]
    return "\n".join(lines)


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
    stream.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
