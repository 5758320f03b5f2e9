"""Small helpers for writing messages in English."""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["MAX_SUGGESTIONS", "closest_names", "normalize_name", "with_article"]

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
