"""Text rules, in one leaf module: English articles, name folding, suggestions, terminal-safe text."""

from __future__ import annotations

import difflib
import re
import unicodedata
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "DEFAULT_IGNORABLE",
    "MAX_PROBLEM_LENGTH",
    "MAX_QUOTED",
    "MAX_SUGGESTIONS",
    "NOT_TEXT_CHARACTER",
    "NOT_TEXT_RANGES",
    "character_name",
    "clean",
    "closest_names",
    "cut",
    "display_width",
    "escape_not_text",
    "json_path_step",
    "name_problem",
    "normalize_name",
    "not_text_problem",
    "python_class",
    "quoted",
    "shown_value",
    "with_article",
]

#: Whitespace, underscores, the hyphen-minus and the dashes that look like it (U+2010
#: HYPHEN to U+2015 HORIZONTAL BAR, U+2212 MINUS SIGN), once the text is NFKC-normalised.
_SEPARATORS: Final = re.compile(r"[\s_\-\u2010-\u2015\u2212]+")

DEFAULT_IGNORABLE: Final = (
    (0x00AD, 0x00AD),  # Cf       SOFT HYPHEN
    (0x034F, 0x034F),  # Mn       COMBINING GRAPHEME JOINER
    (0x061C, 0x061C),  # Cf       ARABIC LETTER MARK
    (0x115F, 0x1160),  # Lo   [2] HANGUL CHOSEONG FILLER..HANGUL JUNGSEONG FILLER
    (0x17B4, 0x17B5),  # Mn   [2] KHMER VOWEL INHERENT AQ..KHMER VOWEL INHERENT AA
    (0x180B, 0x180D),  # Mn   [3] MONGOLIAN FREE VARIATION SELECTOR ONE..THREE
    (0x180E, 0x180E),  # Cf       MONGOLIAN VOWEL SEPARATOR
    (0x180F, 0x180F),  # Mn       MONGOLIAN FREE VARIATION SELECTOR FOUR
    (0x200B, 0x200F),  # Cf   [5] ZERO WIDTH SPACE..RIGHT-TO-LEFT MARK (ZWNJ, ZWJ between)
    (0x202A, 0x202E),  # Cf   [5] LEFT-TO-RIGHT EMBEDDING..RIGHT-TO-LEFT OVERRIDE
    (0x2060, 0x2064),  # Cf   [5] WORD JOINER..INVISIBLE PLUS
    (0x2065, 0x2065),  # Cn       <reserved-2065>
    (0x2066, 0x206F),  # Cf  [10] LEFT-TO-RIGHT ISOLATE..NOMINAL DIGIT SHAPES
    (0x3164, 0x3164),  # Lo       HANGUL FILLER
    (0xFE00, 0xFE0F),  # Mn  [16] VARIATION SELECTOR-1..VARIATION SELECTOR-16
    (0xFEFF, 0xFEFF),  # Cf       ZERO WIDTH NO-BREAK SPACE (the byte order mark)
    (0xFFA0, 0xFFA0),  # Lo       HALFWIDTH HANGUL FILLER
    (0xFFF0, 0xFFF8),  # Cn   [9] <reserved-FFF0>..<reserved-FFF8>
    (0x1BCA0, 0x1BCA3),  # Cf   [4] SHORTHAND FORMAT LETTER OVERLAP..SHORTHAND FORMAT UP STEP
    (0x1D173, 0x1D17A),  # Cf   [8] MUSICAL SYMBOL BEGIN BEAM..MUSICAL SYMBOL END PHRASE
    (0xE0000, 0xE0000),  # Cn       <reserved-E0000>
    (0xE0001, 0xE0001),  # Cf       LANGUAGE TAG
    (0xE0002, 0xE001F),  # Cn  [30] <reserved-E0002>..<reserved-E001F>
    (0xE0020, 0xE007F),  # Cf  [96] TAG SPACE..CANCEL TAG
    (0xE0080, 0xE00FF),  # Cn [128] <reserved-E0080>..<reserved-E00FF>
    (0xE0100, 0xE01EF),  # Mn [240] VARIATION SELECTOR-17..VARIATION SELECTOR-256
    (0xE01F0, 0xE0FFF),  # Cn [3600] <reserved-E01F0>..<reserved-E0FFF>
)
"""The Default_Ignorable_Code_Point ranges (first, last), 4,174 code points in all.

Copied from ``DerivedCoreProperties.txt`` of the Unicode Character Database,
version 14.0 (the one that added U+180F), with its comments, since
:mod:`unicodedata` has no property for it. These characters show nothing where
a renderer does not support them, so a name holding one looks like the name
without it; :func:`normalize_name` drops them.
"""

_IGNORABLE: Final = re.compile(
    "[" + "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in DEFAULT_IGNORABLE) + "]+"
)
# -- Characters no text may hold: one definition, also rendered as a JSON Schema class
# by nmda_pain.model._validators for the shipped schema.

_PLANES: Final = 17
NOT_TEXT_RANGES: Final[tuple[tuple[int, int], ...]] = (
    (0xD800, 0xDFFF),
    (0xFDD0, 0xFDEF),
    *((plane << 16 | 0xFFFE, plane << 16 | 0xFFFF) for plane in range(_PLANES)),
)
"""The code points no text field holds: the surrogates and the Unicode noncharacters.

A surrogate alone (U+D800 to U+DFFF) cannot be written as UTF-8, so the JSON
document could not be saved; the noncharacters (U+FDD0 to U+FDEF, and the last
two code points of every plane, U+FFFE, U+FFFF, U+1FFFE... U+10FFFF) are not
text, and XML 1.0 refuses U+FFFE and U+FFFF, so GraphML could not be read back.
"""


#: Integers longer than this are described by their size: writing them out costs time
#: quadratic in their length, and Python refuses beyond 4,300 digits.
_MAX_WRITTEN_BITS: Final = 4096
_DIGITS_PER_BIT: Final = 0.30103  # log10(2)

#: How many characters of a value a message quotes; a longer value is cut, with its length.
MAX_QUOTED: Final = 60

#: The longest a problem is written; a longer one (a record's own message quoting a whole
#: value, say) is cut, with its length.
MAX_PROBLEM_LENGTH: Final = 1000


def cut(text: str, limit: int = MAX_PROBLEM_LENGTH) -> str:
    """*text* if it is at most *limit* characters long, else its first ones and its length.

    >>> cut("a" * 80, 10)
    'aaaaaaa... (80 characters)'
    """
    if len(text) <= limit:
        return text
    return f"{text[: limit - 3]}... ({len(text):,} characters)"


def quoted(text: str) -> str:
    """*text* quoted for a message (as :func:`repr`), a long text cut to its first characters and its length.

    >>> quoted("ketamine")
    "'ketamine'"
    >>> quoted("x" * 100)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'... (100 characters)"
    """
    if len(text) <= MAX_QUOTED:
        return repr(text)
    return f"{text[: MAX_QUOTED - 3]!r}... ({len(text):,} characters)"


def shown_value(value: object) -> str:
    """*value* for a message: a string :func:`quoted`, anything else by the start of its repr.

    An integer too long to write in decimal (Python refuses beyond 4,300 digits)
    is described by its size instead.

    >>> shown_value(10**100)
    '100000000000000000000000000000000000000000000000000000000... (101 characters)'
    """
    if isinstance(value, str):
        return quoted(value)
    if isinstance(value, int) and value.bit_length() > _MAX_WRITTEN_BITS:
        digits = int(value.bit_length() * _DIGITS_PER_BIT) + 1
        return f"an integer of about {digits:,} digits"
    return cut(repr(value), MAX_QUOTED)


def json_path_step(key: str) -> str:
    """*key* as a step of a JSON path: ``.name``, or ``['a key']`` quoted and cut if not a plain name.

    >>> json_path_step("agents"), json_path_step("a key")
    ('.agents', "['a key']")
    """
    return f".{key}" if key.isidentifier() and len(key) <= MAX_QUOTED else f"[{quoted(key)}]"


def python_class(ranges: tuple[tuple[int, int], ...]) -> str:
    """*ranges* as the inside of a Python regular-expression character class."""
    return "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in ranges)


NOT_TEXT_CHARACTER: Final = re.compile(f"[{python_class(NOT_TEXT_RANGES)}]")
"""Finds a code point of :data:`NOT_TEXT_RANGES`."""


def not_text_problem(text: str) -> str | None:
    r"""What in *text* is no text (a lone surrogate, a noncharacter) and where, or ``None``.

    >>> not_text_problem("Keta\ud800mine")
    'a lone surrogate (U+D800) at character 4'
    >>> not_text_problem("ketamine") is None
    True
    """
    if text.isascii():
        return None
    found = NOT_TEXT_CHARACTER.search(text)
    if found is None:
        return None
    code = ord(found.group())
    what = "a lone surrogate" if 0xD800 <= code <= 0xDFFF else "a Unicode noncharacter"  # noqa: PLR2004 -- the surrogate block
    return f"{what} (U+{code:04X}) at character {found.start()}"


def escape_not_text(text: str) -> str:
    r"""*text* with each lone surrogate and noncharacter written as its escape, ``\ud800``.

    A message that copied such a code point could not be written as UTF-8:
    printing it would raise.

    >>> print(escape_not_text("Keta\ud800mine"))
    Keta\ud800mine
    """
    if text.isascii():
        return text
    return NOT_TEXT_CHARACTER.sub(_escape_code_point, text)


def _escape_code_point(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"  # noqa: PLR2004 -- the BMP's end


MAX_SUGGESTIONS: Final = 3
"""How many close names an unknown name is answered with."""


def with_article(noun: str) -> str:
    """*noun* with its indefinite article: ``"an agent"``, ``"a condition"``, ``"an 'attenuates'"``."""
    article = "an" if noun.lstrip("'\"")[:1].lower() in "aeiou" else "a"
    return f"{article} {noun}"


def normalize_name(text: str) -> str:
    r"""Fold *text* to the key that names, synonyms and ids are compared by.

    :meth:`nmda_pain.Registry.resolve`, the registry's check that no two
    entities share a name and the check of a record's synonyms all compare
    this key. Case, whitespace, hyphens, dashes and underscores are ignored,
    so ``"Neuropathic pain"``, ``"neuropathic-pain"`` and ``"NEUROPATHIC_PAIN"``
    are one name. So are spellings that look alike: the text is put in Unicode
    normal form NFKC (composed accents, full-width and other compatibility
    forms replaced by the plain letter) and the invisible default-ignorable
    characters (:data:`DEFAULT_IGNORABLE`: zero-width space, soft hyphen, word
    joiner, variation selectors...) are dropped. Case is folded as Unicode
    ``toNFKC_Casefold`` does: NFKC, case folding, NFKC again.

    >>> normalize_name("Complex Regional Pain_Syndrome")
    'complexregionalpainsyndrome'
    >>> normalize_name("\uff2b\uff45\uff54\uff41\u200bmine")  # full-width Keta, a zero-width space
    'ketamine'
    """
    if text.isascii():  # the common case, and a shortcut: NFKC leaves ASCII as it is
        return _SEPARATORS.sub("", text).casefold()
    text = unicodedata.normalize("NFKC", _IGNORABLE.sub("", text))
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text.casefold()))


#: The scripts whose letters look alike, by the first word of a letter's Unicode name.
_LOOKALIKE_SCRIPTS: Final = frozenset({"LATIN", "CYRILLIC", "GREEK"})


def _scripts(char: str) -> set[str]:
    """The lookalike scripts of the letters *char* stands for (its NFKC form: ``"ﬁ"`` is Latin)."""
    return {
        script
        for letter in unicodedata.normalize("NFKC", char)
        if unicodedata.category(letter).startswith("L")
        and (script := unicodedata.name(letter, "").partition(" ")[0]) in _LOOKALIKE_SCRIPTS
    }


def character_name(char: str) -> str:
    r"""The code point and Unicode name of *char*: ``"U+0435 CYRILLIC SMALL LETTER IE"``.

    >>> character_name("\u200b"), character_name("\ufff0")
    ('U+200B ZERO WIDTH SPACE', 'U+FFF0')
    """
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".rstrip()


def name_problem(text: str) -> str | None:
    r"""What makes *text* unfit to be a name or synonym, as a phrase after the field's name; or ``None``.

    A name must keep something once :func:`normalize_name` folds it (``"-"``
    or a zero-width space alone names nothing), and its letters must all be of
    one of the Latin, Cyrillic and Greek scripts, whose letters look alike: a
    Cyrillic ``\u0435`` (U+0435) in ``"K\u0435tamine"`` makes a second name that
    reads as ``"Ketamine"``. The letter named is the first one outside the
    script that most of the name's letters are in. Letters of other scripts,
    digits and punctuation are not compared: a name all in Greek, such as
    ``"\u03b12\u03b4"`` (alpha-2-delta), is one name.

    >>> name_problem("Ketamine") is None, name_problem("\u03b12\u03b4") is None
    (True, True)
    >>> print(name_problem("K\u0435tamine"))
    mixes Latin and Cyrillic letters, which look alike: U+0435 CYRILLIC SMALL LETTER IE at position 1 of 'K\u0435tamine'; write it in one script
    """
    if not normalize_name(text):
        return (
            "names nothing once case, spaces, hyphens, underscores and invisible characters "
            f"are ignored: {quoted(text)}"
        )
    if text.isascii():
        return None
    scripts = [_scripts(char) for char in text]
    counts: dict[str, int] = {}
    for found in scripts:
        for script in found:
            counts[script] = counts.get(script, 0) + 1
    if len(counts) < 2:  # noqa: PLR2004 -- one script cannot mix
        return None
    main = max(counts, key=counts.__getitem__)  # the first seen of the most used, on a tie
    position, char = next((i, c) for i, c in enumerate(text) if scripts[i] - {main})
    mixed = " and ".join(script.title() for script in (main, *sorted(counts.keys() - {main})))
    return (
        f"mixes {mixed} letters, which look alike: {character_name(char)} at position "
        f"{position} of {quoted(text)}; write it in one script"
    )


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
    that data can neither move the cursor nor recolour the terminal; so do lone
    surrogates, which no terminal could be sent. Line
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
        if char not in keep and (unicodedata.category(char) in {"Cc", "Cs"} or char in _BIDI)
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
