"""The exceptions nmda_pain raises.

Every error derives from :class:`NmdaPainError` and from the closest builtin
exception, so callers can catch either the library's family or the ordinary
Python category (``LookupError``, ``ValueError``). This module imports only a
text helper from the package, so any module may use it without import cycles.
:func:`cut` and :func:`quoted`, which every message uses to show a value by its
start, live in :mod:`nmda_pain._text` with the other text rules and are
re-exported here.
"""

from __future__ import annotations

from typing import Final

from nmda_pain._text import MAX_QUOTED, cut, quoted, with_article

__all__ = [
    "MAX_QUOTED",
    "MAX_REPORTED_PROBLEMS",
    "InvalidRegistryError",
    "MergeConflictError",
    "NmdaPainError",
    "RegistryFormatError",
    "UnknownEntityError",
    "cut",
    "quoted",
]

#: How many individual problems an error message lists before it summarises the rest.
MAX_LISTED_PROBLEMS = 20

#: How many problems a document's or a registry's error keeps in full (with their
#: suggestions); the rest are only counted. ``nmda_pain.interchange.MAX_ERRORS`` is this.
MAX_REPORTED_PROBLEMS: Final = 100


def _summarise(headline: str, problems: tuple[str, ...]) -> str:
    shown = problems[:MAX_LISTED_PROBLEMS]
    lines = [headline, *(f"  - {cut(problem)}" for problem in shown)]
    hidden = len(problems) - len(shown)
    if hidden > 0:
        lines.append(f"  ... and {hidden} more")
    return "\n".join(lines)


class NmdaPainError(Exception):
    """Base class of every error that nmda_pain raises.

    .. versionadded:: 0.1.0
    """


class UnknownEntityError(NmdaPainError, LookupError):
    """A name, synonym or id matched nothing in the registry.

    Attributes:
        query: The text that was looked up.
        suggestions: The closest known names, best first (possibly empty).
        looked_for: What was looked for: ``"entity"``, ``"agent"``, ``"reference"``,
            ``"predicate"``...
        belongs_to: When the name exists but belongs to another family, that
            family (``"agent"`` when a condition was wanted); the family looked
            for itself when the registry holds a different record under that id
            (a changed copy was given); else ``None``.
        hint: Where else to look, when there is a likely place (``""`` if not).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``kind`` and ``found_kind`` are ``looked_for`` and ``belongs_to``:
       "kind" names a record's own kind (``Agent.kind``, ``Reference.kind``) only.
    """

    query: str
    suggestions: tuple[str, ...]
    looked_for: str
    belongs_to: str | None
    hint: str

    def __init__(
        self,
        query: str,
        suggestions: tuple[str, ...] = (),
        *,
        looked_for: str = "entity",
        belongs_to: str | None = None,
        hint: str = "",
    ) -> None:
        super().__init__(query, suggestions)
        self.query = query
        self.suggestions = suggestions
        self.looked_for = looked_for
        self.belongs_to = belongs_to
        self.hint = hint

    def __str__(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        if self.belongs_to == self.looked_for:
            # The id is held, but by a different record than the one given.
            return f"this registry's {self.looked_for} {quoted(self.query)} is not the record given{hint}"
        if self.belongs_to is None:
            message = f"no {self.looked_for} is called {quoted(self.query)}"
        else:
            message = f"{quoted(self.query)} names {with_article(self.belongs_to)}, not {with_article(self.looked_for)}"
            if not self.suggestions:
                return message + hint
        if self.suggestions:
            names = ", ".join(quoted(name) for name in self.suggestions)
            return f"{message}; did you mean {names}?{hint}"
        return f"{message}, and no known name is close to it{hint}"


class InvalidRegistryError(NmdaPainError, ValueError):
    """Records that cannot form a consistent registry.

    Raised when a :class:`~nmda_pain.Registry` is built from records with
    duplicate ids, ids that point nowhere, claims whose subject or object is
    of the wrong family, or references that no claim cites.

    Attributes:
        problems: Every problem found, each prefixed with the path of the
            offending field (``claims[3].object: ...``).

    .. versionadded:: 0.1.0
    """

    problems: tuple[str, ...]

    def __init__(self, problems: tuple[str, ...]) -> None:
        super().__init__(problems)
        self.problems = problems

    def __str__(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        return _summarise(
            f"the records do not form a valid registry ({count} {noun}):", self.problems
        )


class RegistryFormatError(NmdaPainError, ValueError):
    """A document could not be read as a registry.

    Nothing half-built is ever returned: either the whole document loads or
    this error lists what is wrong with it.

    Attributes:
        errors: Every problem found, each starting with its JSON path
            (``$.claims[3].predicate: 'treatz' is not one of ...``).

    .. versionadded:: 0.1.0
    """

    errors: tuple[str, ...]

    def __init__(self, errors: tuple[str, ...]) -> None:
        super().__init__(errors)
        self.errors = errors

    def __str__(self) -> str:
        count = len(self.errors)
        noun = "problem" if count == 1 else "problems"
        return _summarise(f"not a valid nmda_pain registry document ({count} {noun}):", self.errors)


class MergeConflictError(NmdaPainError, ValueError):
    """Two registries hold different records under the same id.

    Raised by :meth:`nmda_pain.Registry.merge`. Identical records merge
    silently; a record whose id (or a claim whose subject, predicate and
    object) exists in both registries with different content is a conflict.

    Attributes:
        conflicts: One line per conflicting record, naming its id and the
            fields that differ.

    .. versionadded:: 0.1.0
    """

    conflicts: tuple[str, ...]

    def __init__(self, conflicts: tuple[str, ...]) -> None:
        super().__init__(conflicts)
        self.conflicts = conflicts

    def __str__(self) -> str:
        count = len(self.conflicts)
        noun = "conflict" if count == 1 else "conflicts"
        return _summarise(f"the registries disagree ({count} {noun}):", self.conflicts)
