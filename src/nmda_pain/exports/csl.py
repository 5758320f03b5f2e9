"""References as CSL-JSON, for Zotero, Pandoc and other citation processors.

Standard library only. Each :class:`~nmda_pain.Reference` becomes one item
whose type follows the reference's kind (:data:`CSL_TYPES`): a journal
article is ``article-journal``, a database or ontology release ``dataset``,
and a drug label or a secondary source ``document`` (CSL 1.0.2's type for a
document that fits no narrower one; a label is no statute, so not
``legislation``). An item has the variables the record holds, and no others: a
variable whose value the record lacks (a release with no author, a label with
no year) is left out rather than written empty.

=====================  ==========================================================
CSL variable           From the reference
=====================  ==========================================================
``id``                 :attr:`~nmda_pain.Reference.id`
``author``             :attr:`~nmda_pain.Reference.authors`, each split as below
``title``              :attr:`~nmda_pain.Reference.title`
``container-title``    :attr:`~nmda_pain.Reference.journal`
``issued``             :attr:`~nmda_pain.Reference.year`, as ``{"date-parts": [[year]]}``
``volume``             :attr:`~nmda_pain.Reference.volume`
``issue``              :attr:`~nmda_pain.Reference.issue`
``page``               :attr:`~nmda_pain.Reference.pages`; for a paper with an
                       article number and no pages, the article number, since
                       most styles (and citeproc-py's) print no ``number`` for a
                       journal article
``number``             :attr:`~nmda_pain.Reference.article_number`, CSL 1.0.2's
                       variable for it, which styles that know article numbers read
``version``            :attr:`~nmda_pain.Reference.version`
``DOI``                :attr:`~nmda_pain.Reference.doi`
``PMID``               :attr:`~nmda_pain.Reference.pmid`
``PMCID``              :attr:`~nmda_pain.Reference.pmcid`
``URL``                :attr:`~nmda_pain.Reference.url`
``note``               ``"Verification: <status>."``, short, since styles may print it
``annote``             ``"Accession: <accession>."`` where there is one, then the
                       status and the curator's notes: the whole remark, which
                       styles do not print
=====================  ==========================================================

The records keep each author's name as one string, as the citing text prints
it; CSL wants the family name apart, to sort, invert and initialise by. A name
listed in :attr:`~nmda_pain.Reference.institutional_authors` is kept whole as a
``literal``, so that no style inverts ``"World Health Organization"``. A
person's name says where the family name ends, read in this order:

* a name holding the word ``and``, or more than one comma, is a ``literal``;
* ``"Family, Given"`` is split at its one comma;
* one word is a family name: ``"Plato"``;
* ``"Williams K"``, PubMed's form, has its undotted capitals as the given names;
* ``"Given M. Family"``: dotted middle initials end the given names, so
  ``"Rania A. M. Abo El-Fetouh"`` becomes ``{"family": "Abo El-Fetouh",
  "given": "Rania A. M."}``, as the article's reference list and the reference
  table (``"Abo El-Fetouh RAM"``) name her;
* else a particle starts the family name (``"Jan van der Berg"``, ``"Rania Abo
  El-Fetouh"``);
* else the last word is the family name: ``"Tatsuo Tsuruoka"``.

:func:`~nmda_pain.exports.to_bibtex` splits names the same way.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from nmda_pain.exports._common import citation_note, references_of, split_author
from nmda_pain.model import ReferenceKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    from nmda_pain.model import Reference
    from nmda_pain.registry import Registry

__all__ = ["CSL_TYPES", "to_csl_json"]

CSL_TYPES: Final = MappingProxyType(
    {
        ReferenceKind.JOURNAL_ARTICLE: "article-journal",
        ReferenceKind.DATABASE_RELEASE: "dataset",
        ReferenceKind.ONTOLOGY_RELEASE: "dataset",
        ReferenceKind.DRUG_LABEL: "document",
        ReferenceKind.SECONDARY_SOURCE: "document",
    }
)
"""The CSL item type of a reference of each kind."""


def to_csl_json(references: Iterable[Reference] | Registry) -> list[dict[str, object]]:
    """CSL-JSON items for *references*, in the order given.

    Dump the list with :func:`json.dumps` for a ``.json`` file that reference
    managers import. The module docstring maps each CSL variable to its field.

    >>> from nmda_pain import default_registry
    >>> item, = to_csl_json([default_registry().reference(3)])
    >>> item["id"], item["author"][0], item["page"], item["issued"]
    ('rowbotham-2020', {'family': 'Rowbotham', 'given': 'Michael'}, '2055-2062', {'date-parts': [[2020]]})

    Args:
        references: Any iterable of references, such as the evidence behind an
            answer; or a registry, for its source and all its references.

    Returns:
        One dict per reference, ready for :func:`json.dumps`.

    Raises:
        ValueError: Two references have the same id; a citation processor
            needs each id once.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       The item type follows the reference's kind; variables the reference
       lacks are left out; ``version``, ``PMID``, ``PMCID``, ``URL`` and
       ``annote`` added; compound family names and institutions' names kept
       whole; an article number is also the ``page``; the ``note`` holds only
       the verification status.
    """
    items: list[dict[str, object]] = []
    seen: set[str] = set()
    for reference in references_of(references):
        if reference.id in seen:
            msg = f"reference id {reference.id!r} appears more than once; pass each reference once"
            raise ValueError(msg)
        seen.add(reference.id)
        items.append(_item(reference))
    return items


def _item(reference: Reference) -> dict[str, object]:
    item: dict[str, object] = {"type": CSL_TYPES[reference.kind], "id": reference.id}
    if reference.authors:
        institutional = frozenset(reference.institutional_authors)
        item["author"] = [_name(author, institutional) for author in reference.authors]
    optional: tuple[tuple[str, object], ...] = (
        ("title", reference.title),
        ("container-title", reference.journal),
        ("issued", None if reference.year is None else {"date-parts": [[reference.year]]}),
        ("volume", reference.volume),
        ("issue", reference.issue),
        ("page", reference.pages or reference.article_number),
        ("number", reference.article_number),
        ("version", reference.version),
        ("DOI", reference.doi),
        ("PMID", reference.pmid),
        ("PMCID", reference.pmcid),
        ("URL", reference.url),
    )
    item.update((variable, value) for variable, value in optional if value is not None)
    item["note"] = f"Verification: {reference.verification.value}."
    item["annote"] = citation_note(reference)
    return item


def _name(author: str, institutional: frozenset[str]) -> dict[str, str]:
    parts = None if author in institutional else split_author(author)
    if parts is None:
        return {"literal": author}
    family, given = parts
    return {"family": family, "given": given} if given else {"family": family}
