"""Text rules, in one leaf module: English articles, name folding, suggestions, terminal-safe text."""

from __future__ import annotations

import difflib
import re
import unicodedata
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "MAX_SUGGESTIONS",
    "clean",
    "closest_names",
    "display_width",
    "normalize_name",
    "with_article",
]

_SEPARATORS: Final = re.compile(r"[\s_\-]+")
MAX_SUGGESTIONS: Final = 3
"""How many close names an unknown name is answered with."""


def with_article(noun: str) -> str:
    """*noun* with its indefinite article: ``"an agent"``, ``"a condition"``, ``"an 'attenuates'"``."""
    article = "an" if noun.lstrip("'\"")[:1].lower() in "aeiou" else "a"
    return f"{article} {noun}"


def normalize_name(text: str) -> str:
    """Fold *text* to the key that :meth:`nmda_pain.Registry.resolve` compares.

    Case, whitespace, hyphens and underscores are ignored, so ``"Neuropathic
    pain"``, ``"neuropathic-pain"`` and ``"NEUROPATHIC_PAIN"`` are one name.

    >>> normalize_name("Complex Regional Pain_Syndrome")
    'complexregionalpainsyndrome'
    """
    return _SEPARATORS.sub("", text).casefold()


def closest_names(query: str, candidates: Iterable[str]) -> tuple[str, ...]:
    """The candidates most similar to *query*, best first, compared as normalised names.

    Used for the "did you mean" suggestions in error messages.

    >>> closest_names("ketamin", ["Ketamine", "Memantine", "Quinidine"])
    ('Ketamine',)
    """
    by_key: dict[str, str] = {}
    for candidate in candidates:
        by_key.setdefault(normalize_name(candidate), candidate)
    keys = difflib.get_close_matches(normalize_name(query), by_key, n=MAX_SUGGESTIONS, cutoff=0.6)
    return tuple(by_key[key] for key in keys)


# -- Terminal-safe text ------------------------------------------------------------------

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
    *keep* names them: a paragraph keeps its ``"\n"``.

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
