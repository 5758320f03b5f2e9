r"""References as BibTeX, for LaTeX, BibLaTeX and reference managers.

Standard library only. Each :class:`~nmda_pain.Reference` becomes one entry
whose key is the reference's id (``tsuruoka-2022``): an ``@article`` for a
journal article that has the four fields BibTeX requires of one (author,
title, journal and year), and an ``@misc`` for any other source (a database or
ontology release, a drug label, a secondary source, a paper known without its
title or authors). Classic BibTeX has no entry type for a release or a label,
and an ``@article`` without a required field is one that pybtex's styles
refuse and ``plain.bst`` warns about, while ``@misc`` requires nothing, so
every style renders every entry. An entry has the fields the record holds, and
no others: a field whose value the record lacks (a release with no author, a
label with no year) is left out rather than written empty.

=================  ===============================================================
BibTeX field       From the reference
=================  ===============================================================
``author``         :attr:`~nmda_pain.Reference.authors`, each as ``Family, Given``,
                   joined with ``and`` (see below)
``title``          :attr:`~nmda_pain.Reference.title`, in an extra pair of braces
                   so that styles keep its capitals as given
``journal``        :attr:`~nmda_pain.Reference.journal`, in an ``@article``
``howpublished``   :attr:`~nmda_pain.Reference.journal`, in an ``@misc``, followed by
                   ``volume(issue):pages`` where the record has them, since the
                   styles print no volume or pages for an ``@misc``
``year``           :attr:`~nmda_pain.Reference.year`
``volume``         :attr:`~nmda_pain.Reference.volume`
``number``         :attr:`~nmda_pain.Reference.issue`
``pages``          :attr:`~nmda_pain.Reference.pages`, with each single hyphen
                   written as an en dash (``247-263`` becomes ``247--263``); for a
                   paper with an article number and no pages, the article number,
                   which classic styles and pandoc print where ``eid`` is unknown
``eid``            :attr:`~nmda_pain.Reference.article_number` (BibLaTeX's field)
``version``        :attr:`~nmda_pain.Reference.version` (a BibLaTeX field)
``doi``            :attr:`~nmda_pain.Reference.doi`
``pmid``           :attr:`~nmda_pain.Reference.pmid` (as JabRef and Zotero write it)
``pmcid``          :attr:`~nmda_pain.Reference.pmcid`
``url``            :attr:`~nmda_pain.Reference.url`
``note``           ``"Verification: <status>."``, short, since every style prints it
``annote``         ``"Accession: <accession>."`` where there is one, then the
                   status and the curator's notes: the whole remark, which
                   reference managers keep and ordinary styles do not print
=================  ===============================================================

A person's name is written ``Family, Given``, the one form in which BibTeX,
BibLaTeX, pybtex and pandoc all find the family name where the records put
it: ``"Rania A. M. Abo El-Fetouh"`` becomes ``Abo El-Fetouh, Rania A. M.``
(:func:`~nmda_pain.exports.to_csl_json` splits names the same way; its module
docstring gives the rules). An institution's name (one of
:attr:`~nmda_pain.Reference.institutional_authors`), or any name that cannot be
split (one holding the word "and", or more than one comma), is braced whole,
``{World Health Organization}``, so that styles print it as written instead of
inverting it; so is each word of a person's name that holds an escaped
character, ``Name, {\%Odd}``, which BibTeX and pybtex read the same either way
but some parsers otherwise cut from the name (see ``_author``).

The characters special to BibTeX and LaTeX are escaped in every field but
``doi`` and ``url``: ``&``, ``%``, ``$``, ``#`` and ``_`` with a backslash
(``\&``), ``{`` and ``}`` as ``\textbraceleft{}`` and ``\textbraceright{}``
(so that braces always balance), and ``\``, ``~`` and ``^`` as
``\textbackslash{}``, ``\textasciitilde{}`` and ``\textasciicircum{}``. The
``doi`` and ``url`` fields are verbatim in BibLaTeX, so they are written as
they are, except for braces and backslashes, which are escaped as above.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from nmda_pain.exports._common import citation_note, references_of, split_author
from nmda_pain.model import ReferenceKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    from nmda_pain.model import Reference
    from nmda_pain.registry import Registry

__all__ = ["to_bibtex"]

_ESCAPES: Final = MappingProxyType(
    {
        "\\": r"\textbackslash{}",
        "{": r"\textbraceleft{}",
        "}": r"\textbraceright{}",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
        "&": r"\&",
        "%": r"\%",
        "$": r"\$",
        "#": r"\#",
        "_": r"\_",
    }
)
_SPECIAL: Final = re.compile(r"[\\{}~^&%$#_]")
_VERBATIM_SPECIAL: Final = re.compile(r"[\\{}]")
_SINGLE_HYPHEN: Final = re.compile(r"(?<!-)-(?!-)")
# A word of escaped text that holds an escape (each escape starts with a backslash).
_ESCAPED_WORD: Final = re.compile(r"\S*\\\S*")


def to_bibtex(references: Iterable[Reference] | Registry) -> str:
    r"""A BibTeX database of *references*: one entry each, in the order given.

    The module docstring maps each field to the record and says how text is escaped.

    >>> from nmda_pain import default_registry
    >>> print(to_bibtex([default_registry().reference(1)]))
    @article{tsuruoka-2022,
      author = {Tsuruoka, Tatsuo and Kikuchi, Junichi and Tanaka, Shinya},
      title = {{NMDA Receptor Antagonists in Pain Management: A Review of Current Progress and Future Directions}},
      journal = {CNS Drugs},
      year = {2022},
      volume = {36},
      number = {3},
      pages = {247--263},
      note = {Verification: unverified.},
      annote = {Verification: unverified. No DOI or PubMed record matching this citation could be found; it is known only from the article's reference list.}
    }
    <BLANKLINE>

    Args:
        references: Any iterable of references, such as the evidence behind an
            answer; or a registry, for its source and all its references.

    Returns:
        The entries, separated by blank lines and ending with a newline; the
        empty string for no references.

    Raises:
        ValueError: Two references have the same id, which would give two
            entries the same key.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       A source that is not a journal article, or a paper without a field an
       ``@article`` requires, is an ``@misc``; fields the reference lacks are
       left out; ``version``, ``pmid``, ``pmcid``, ``url`` and ``annote``
       added; names written ``Family, Given``, an institution's braced whole;
       an article number is also the ``pages``; the ``note`` holds only the
       verification status.
    """
    entries: list[str] = []
    seen: set[str] = set()
    for reference in references_of(references):
        if reference.id in seen:
            msg = (
                f"reference id {reference.id!r} appears more than once; BibTeX keys must be unique"
            )
            raise ValueError(msg)
        seen.add(reference.id)
        entries.append(_entry(reference))
    return "\n".join(f"{entry}\n" for entry in entries)


def _entry(reference: Reference) -> str:
    locator = reference.pages or reference.article_number
    pages = None if locator is None else _SINGLE_HYPHEN.sub("--", _escape(locator))
    volume, issue, journal = (
        _optional(text) for text in (reference.volume, reference.issue, reference.journal)
    )
    required = {
        "author": _authors(reference),
        "title": None if reference.title is None else f"{{{_escape(reference.title)}}}",
        "journal": journal,
        "year": None if reference.year is None else str(reference.year),
    }
    is_article = reference.kind is ReferenceKind.JOURNAL_ARTICLE and None not in required.values()
    fields: list[tuple[str, str | None]] = [
        ("author", required["author"]),
        ("title", required["title"]),
        ("journal", journal)
        if is_article
        else ("howpublished", _howpublished(journal, volume, issue, pages)),
        ("year", required["year"]),
        ("volume", volume),
        ("number", issue),
        ("pages", pages),
        ("eid", _optional(reference.article_number)),
        ("version", _optional(reference.version)),
        ("doi", _verbatim(reference.doi)),
        ("pmid", reference.pmid),
        ("pmcid", reference.pmcid),
        ("url", _verbatim(reference.url)),
        ("note", f"Verification: {_escape(reference.verification.value)}."),
        ("annote", _escape(citation_note(reference))),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value is not None)
    return f"@{'article' if is_article else 'misc'}{{{reference.id},\n{body}\n}}"


def _howpublished(
    journal: str | None, volume: str | None, issue: str | None, pages: str | None
) -> str | None:
    """Where an ``@misc`` appeared, as one text: ``Brain Sci 10:928``.

    The styles print an ``@misc``'s ``howpublished`` but not its volume or
    pages, so a paper written as one would lose them from every rendering.
    """
    location = (volume or "") + ("" if issue is None else f"({issue})")
    if pages is not None:
        location = f"{location}:{pages}" if location else pages
    return " ".join(part for part in (journal, location) if part) or None


def _optional(text: str | None) -> str | None:
    return None if text is None else _escape(text)


def _verbatim(text: str | None) -> str | None:
    return None if text is None else _VERBATIM_SPECIAL.sub(_replace, text)


def _authors(reference: Reference) -> str | None:
    """The ``author`` field of *reference*: its names joined by ``and``, or ``None``."""
    institutional = frozenset(reference.institutional_authors)
    names = (_author(name, institutional=name in institutional) for name in reference.authors)
    return " and ".join(names) or None


def _author(name: str, *, institutional: bool) -> str:
    r"""*name* as one name of an ``author`` field: ``Family, Given``, or braced whole.

    Each word that holds an escaped character is braced: ``{\%Odd}``. BibTeX
    and pybtex read the name the same with or without the braces, but
    bibtexparser's name splitter (2.1) steps over an escaped character without
    updating its search for the ``and`` between names, so outside braces it
    cuts ``\%`` off a name that starts with it (``A and \%B, C``), drops a word
    of escapes alone before an ``and`` (``Smith, \% and ...`` is ``Smith,``)
    and takes a word like ``a\%nd`` for that ``and``.
    """
    parts = None if institutional else split_author(name)
    if parts is None:
        return f"{{{_escape(name)}}}"
    family, given = (_ESCAPED_WORD.sub(_brace, _escape(part)) for part in parts)
    return f"{family}, {given}" if given else family


def _brace(match: re.Match[str]) -> str:
    return f"{{{match.group()}}}"


def _escape(text: str) -> str:
    return _SPECIAL.sub(_replace, text)


def _replace(match: re.Match[str]) -> str:
    return _ESCAPES[match.group()]
