r"""References as BibTeX, for LaTeX, BibLaTeX and reference managers.

Standard library only. Each :class:`~nmda_pain.Reference` becomes one entry
whose key is the reference's id (``tsuruoka-2022``): an ``@article`` for a
journal article that names its journal, and an ``@misc`` for any other source
(a database or ontology release, a drug label, a secondary source), since
classic BibTeX has no entry type for those and every style renders
``@misc``. An entry has the fields the record holds, and no others: a field
whose value the record lacks (a release with no author, a label with no year)
is left out rather than written empty.

=================  ===============================================================
BibTeX field       From the reference
=================  ===============================================================
``author``         :attr:`~nmda_pain.Reference.authors`, joined with ``and``
``title``          :attr:`~nmda_pain.Reference.title`, in an extra pair of braces
                   so that styles keep its capitals as given
``journal``        :attr:`~nmda_pain.Reference.journal`, in an ``@article``
``howpublished``   :attr:`~nmda_pain.Reference.journal`, in an ``@misc``
``year``           :attr:`~nmda_pain.Reference.year`
``volume``         :attr:`~nmda_pain.Reference.volume`
``number``         :attr:`~nmda_pain.Reference.issue`
``pages``          :attr:`~nmda_pain.Reference.pages`, with each single hyphen
                   written as an en dash (``247-263`` becomes ``247--263``)
``eid``            :attr:`~nmda_pain.Reference.article_number`
``version``        :attr:`~nmda_pain.Reference.version` (a BibLaTeX field)
``doi``            :attr:`~nmda_pain.Reference.doi`
``pmid``           :attr:`~nmda_pain.Reference.pmid` (as JabRef and Zotero write it)
``pmcid``          :attr:`~nmda_pain.Reference.pmcid`
``url``            :attr:`~nmda_pain.Reference.url`
``note``           ``"Accession: <accession>."`` where there is one, then
                   ``"Verification: <status>."`` and the curator's notes
=================  ===============================================================

Names stay as the records give them, ``"Given Family"``, which BibTeX reads as
given names then a last name; a name with one comma, ``"Family, Given"``, is
read the other way round, as :func:`~nmda_pain.exports.to_csl_json` reads it.
A name that BibTeX would misread (one holding the word "and", or more than one
comma) is braced whole, so it stays one name; so is a name that starts with an
escaped character, which some parsers take for part of the "and" before it.

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

from nmda_pain.exports._common import citation_note, references_of
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
_AMBIGUOUS_NAME: Final = re.compile(r",.*,|(?:^|\s)and(?:\s|$)", re.IGNORECASE)


def to_bibtex(references: Iterable[Reference] | Registry) -> str:
    r"""A BibTeX database of *references*: one entry each, in the order given.

    The module docstring maps each field to the record and says how text is escaped.

    >>> from nmda_pain import default_registry
    >>> print(to_bibtex([default_registry().reference(1)]))
    @article{tsuruoka-2022,
      author = {Tatsuo Tsuruoka and Junichi Kikuchi and Shinya Tanaka},
      title = {{NMDA Receptor Antagonists in Pain Management: A Review of Current Progress and Future Directions}},
      journal = {CNS Drugs},
      year = {2022},
      volume = {36},
      number = {3},
      pages = {247--263},
      note = {Verification: unverified. No DOI or PubMed record matching this citation could be found; it is known only from the article's reference list.}
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
       A source that is not a journal article is an ``@misc``; fields the
       reference lacks are left out; ``version``, ``pmid``, ``pmcid`` and ``url`` added.
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
    is_article = reference.kind is ReferenceKind.JOURNAL_ARTICLE and reference.journal is not None
    fields: list[tuple[str, str | None]] = [
        ("author", " and ".join(_author(name) for name in reference.authors) or None),
        ("title", None if reference.title is None else f"{{{_escape(reference.title)}}}"),
        ("journal" if is_article else "howpublished", _optional(reference.journal)),
        ("year", None if reference.year is None else str(reference.year)),
        ("volume", _optional(reference.volume)),
        ("number", _optional(reference.issue)),
        (
            "pages",
            None if reference.pages is None else _SINGLE_HYPHEN.sub("--", _escape(reference.pages)),
        ),
        ("eid", _optional(reference.article_number)),
        ("version", _optional(reference.version)),
        ("doi", _verbatim(reference.doi)),
        ("pmid", reference.pmid),
        ("pmcid", reference.pmcid),
        ("url", _verbatim(reference.url)),
        ("note", _escape(citation_note(reference))),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value is not None)
    return f"@{'article' if is_article else 'misc'}{{{reference.id},\n{body}\n}}"


def _optional(text: str | None) -> str | None:
    return None if text is None else _escape(text)


def _verbatim(text: str | None) -> str | None:
    return None if text is None else _VERBATIM_SPECIAL.sub(_replace, text)


def _author(name: str) -> str:
    escaped = _escape(name)
    ambiguous = _AMBIGUOUS_NAME.search(name) or escaped.startswith("\\")
    return f"{{{escaped}}}" if ambiguous else escaped


def _escape(text: str) -> str:
    return _SPECIAL.sub(_replace, text)


def _replace(match: re.Match[str]) -> str:
    return _ESCAPES[match.group()]
