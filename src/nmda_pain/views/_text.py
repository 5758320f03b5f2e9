r"""Output for the command line, and the words both it and the notebook cards use.

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

The module also words what a record is and where it comes from, for the
command line and the notebook cards alike, as pure functions of the record and
the registry in hand (never of the registries the package ships): a claim is
*the article's* when :func:`nmda_pain.provenance.is_from_article` says so, and
any other claim is labelled by its sources, each by its kind and its
verification status (:func:`sources_label`). An entity is the article's when
one of the article's claims names it, else it is labelled by the sources of the
claims and mappings that name it.
"""

from __future__ import annotations

import json
import unicodedata
from typing import TYPE_CHECKING, Final, TextIO, TypeAlias

from attrs import frozen

from nmda_pain.model import (
    PREDICATES,
    Agent,
    Claim,
    Condition,
    MatchPredicate,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
)
from nmda_pain.provenance import article_reference_ids, provenance

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import Console

    from nmda_pain.model import Affinity, Entity, Mapping, ModeOfAction
    from nmda_pain.provenance import Sourced
    from nmda_pain.registry import Registry

__all__ = [
    "ARTICLE",
    "NO_SOURCE",
    "Block",
    "Fields",
    "Table",
    "Text",
    "affinity_text",
    "clean",
    "display_width",
    "dump_json",
    "emit",
    "gene_of",
    "kind_of",
    "level_text",
    "mapping_sources",
    "mode_text",
    "predicate_label",
    "reference_label",
    "reference_status",
    "render_plain",
    "source_label",
    "sources_label",
    "words",
]

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


# -- Words for records ------------------------------------------------------------------

ARTICLE: Final = "the article"
"""The source of a claim the registry's source article states, and of an entity such a claim names."""
NO_SOURCE: Final = "no source (no claim or mapping names it)"
"""The source of an entity that no claim and no mapping names."""

_PARAMETERS: Final = {"pic50": "pIC50", "pki": "pKi", "ic50": "IC50"}
_GENE_PREFIX: Final = "hgnc"


def words(value: str) -> str:
    """An enum value for people: ``"under_investigation"`` -> ``"under investigation"``."""
    return value.replace("_", " ")


def predicate_label(predicate: Predicate) -> str:
    """How a person reads *predicate*, from the predicate table (``"causes adverse effect"``)."""
    return PREDICATES[predicate].label


def reference_label(reference: Reference) -> str:
    """``[3]`` for the article's third reference, ``[gtopdb-2025-4]`` for any other."""
    return f"[{reference.number}]" if reference.number is not None else f"[{reference.id}]"


def level_text(reference: Reference) -> str:
    """*reference*'s evidence level, or why it has none.

    >>> level_text(Reference(id="r", title="T"))
    'none (unverified)'
    """
    level = reference.evidence_level
    if level is not None:
        return f"{level.value} (Oxford CEBM 2011)"
    if not reference.is_verified:
        return "none (unverified)"
    if reference.kind is not ReferenceKind.JOURNAL_ARTICLE:
        return "none (not a study)"
    return "none (the design is not stated)"


def reference_status(reference: Reference) -> str:
    """*reference*'s verification status and kind, in a few words: ``"unverified journal article"``.

    A reference with an evidence level (only a verified one has one) adds it:
    ``"verified journal article (level 2)"``.
    """
    text = f"{reference.verification.value} {words(reference.kind.value)}"
    level = reference.evidence_level
    return text if level is None else f"{text} (level {level.value})"


def sources_label(references: Iterable[Reference]) -> str:
    """What sort of sources *references* are: each kind and status once, in order.

    >>> sources_label([Reference(id="a", title="A"), Reference(id="b", title="B")])
    'unverified journal article'
    """
    return ", ".join(dict.fromkeys(reference_status(reference) for reference in references))


def source_label(record: Sourced, registry: Registry) -> str:
    """Where *record* comes from in *registry*, in a few words.

    ``"the article"`` for a claim the source article states (and an entity such
    a claim names); otherwise the kind and verification status of the sources
    behind it (``"verified drug label"``); for an entity nothing names,
    :data:`NO_SOURCE`. A claim of the article that also cites other sources
    adds theirs after ``"; also "``.
    """
    found = provenance(record, registry)
    article: frozenset[str] = article_reference_ids(registry) if found.from_article else frozenset()
    others = sources_label(r for r in found.references if r.id not in article)
    if found.from_article:
        return f"{ARTICLE}; also {others}" if others and isinstance(record, Claim) else ARTICLE
    return others or NO_SOURCE


def mapping_sources(mapping: Mapping, registry: Registry) -> str:
    """The references a mapping was read in: ``"[chebi-245] verified ontology release"``."""
    return "; ".join(
        f"{reference_label(reference)} {reference_status(reference)}"
        for reference in registry.references_of(mapping)
    )


def gene_of(registry: Registry, entity: Entity) -> str | None:
    """The gene symbol of *entity*: the label of its HGNC mapping, exact ones first."""
    genes = [m for m in registry.mappings_of(entity) if m.object.prefix == _GENE_PREFIX]
    genes.sort(key=lambda mapping: mapping.predicate is not MatchPredicate.EXACT)
    labelled = [mapping.object_label for mapping in genes if mapping.object_label]
    return labelled[0] if labelled else None


def mode_text(mode: ModeOfAction) -> str:
    """``"channel blocker (channel pore, trapping)"``."""
    details = [words(value.value) for value in (mode.binding_site, mode.trapping) if value]
    text = words(mode.action.value)
    return f"{text} ({', '.join(details)})" if details else text


def affinity_text(affinity: Affinity, registry: Registry | None) -> str:
    """``"pIC50 6.18 at GluN2C (human)"``: the target's name and species where *registry* knows it."""
    parameter = _PARAMETERS.get(affinity.parameter.value, affinity.parameter.value)
    unit = f" {affinity.unit}" if affinity.unit else ""
    target = None if registry is None else registry.index.by_id.get(affinity.target)
    name = affinity.target if target is None else target.name
    species = target.species if isinstance(target, Receptor) and target.species else None
    text = f"{parameter} {affinity.value:g}{unit} at {name}"
    return f"{text} ({species})" if species else text


def kind_of(entity: Entity) -> str | None:
    """The kind or category of *entity* in words, where its family has one."""
    if isinstance(entity, (Agent, Condition)):
        return words(entity.kind.value)
    category = getattr(entity, "category", None)
    return None if category is None else words(category.value)


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
