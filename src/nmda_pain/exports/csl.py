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
``page``               :attr:`~nmda_pain.Reference.pages`
``number``             :attr:`~nmda_pain.Reference.article_number`
``version``            :attr:`~nmda_pain.Reference.version`
``DOI``                :attr:`~nmda_pain.Reference.doi`
``PMID``               :attr:`~nmda_pain.Reference.pmid`
``PMCID``              :attr:`~nmda_pain.Reference.pmcid`
``URL``                :attr:`~nmda_pain.Reference.url`
``note``               ``"Accession: <accession>."`` where there is one, then
                       ``"Verification: <status>."`` and the curator's notes
=====================  ==========================================================

The records keep each author's name as one string, ``"Given Family"``, as the
citing text prints it. CSL wants the parts, so the **last word is taken as the
family name and the words before it as the given names**:
``"Amira N. Ragab"`` becomes ``{"family": "Ragab", "given": "Amira N."}``, and
a one-word name has only a family name. Compound family names are not
recognised (``"Rania A. M. Abo El-Fetouh"`` gives the family name
``"El-Fetouh"``); correct those in your reference manager, or write the name
as ``"Family, Given"`` in your own records: a name with one comma is split
there (``"Abo El-Fetouh, Rania A. M."``), as BibTeX splits it. Any other name
with a comma is kept whole as a ``literal``.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from nmda_pain.exports._common import citation_note, references_of
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
       lacks are left out; ``version``, ``PMID``, ``PMCID`` and ``URL`` added.
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
        item["author"] = [_name(author) for author in reference.authors]
    optional: tuple[tuple[str, object], ...] = (
        ("title", reference.title),
        ("container-title", reference.journal),
        ("issued", None if reference.year is None else {"date-parts": [[reference.year]]}),
        ("volume", reference.volume),
        ("issue", reference.issue),
        ("page", reference.pages),
        ("number", reference.article_number),
        ("version", reference.version),
        ("DOI", reference.doi),
        ("PMID", reference.pmid),
        ("PMCID", reference.pmcid),
        ("URL", reference.url),
    )
    item.update((variable, value) for variable, value in optional if value is not None)
    item["note"] = citation_note(reference)
    return item


def _name(author: str) -> dict[str, str]:
    if "," in author:
        family, _, given = (part.strip() for part in author.partition(","))
        if family and given and "," not in given:
            return {"family": family, "given": given}
        return {"literal": author}
    *words, family = author.split()
    return {"family": family, "given": " ".join(words)} if words else {"family": family}
