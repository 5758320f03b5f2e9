"""References as CSL-JSON, for Zotero, Pandoc and other citation processors.

Standard library only. Each :class:`~nmda_pain.Reference` becomes one item of
type ``article-journal`` with the variables the record holds, and no others:

=====================  ==========================================================
CSL variable           From the reference
=====================  ==========================================================
``id``                 :attr:`~nmda_pain.Reference.id`
``author``             :attr:`~nmda_pain.Reference.authors`, each split as below
``title``              :attr:`~nmda_pain.Reference.title`
``container-title``    :attr:`~nmda_pain.Reference.journal`
``issued``             :attr:`~nmda_pain.Reference.year`, as ``{"date-parts": [[year]]}``
``volume``             :attr:`~nmda_pain.Reference.volume`, if given
``issue``              :attr:`~nmda_pain.Reference.issue`, if given
``page``               :attr:`~nmda_pain.Reference.pages`, if given
``number``             :attr:`~nmda_pain.Reference.article_number`, if given
``DOI``                :attr:`~nmda_pain.Reference.doi`, if given
``note``               ``"Verification: <status>."`` and the curator's notes
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

from typing import TYPE_CHECKING

from nmda_pain.exports._common import references_of, verification_note

if TYPE_CHECKING:
    from collections.abc import Iterable

    from nmda_pain.model import Reference
    from nmda_pain.registry import Registry

__all__ = ["to_csl_json"]


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
    item: dict[str, object] = {
        "type": "article-journal",
        "id": reference.id,
        "author": [_name(author) for author in reference.authors],
        "title": reference.title,
        "container-title": reference.journal,
        "issued": {"date-parts": [[reference.year]]},
    }
    optional = (
        ("volume", reference.volume),
        ("issue", reference.issue),
        ("page", reference.pages),
        ("number", reference.article_number),
        ("DOI", reference.doi),
    )
    item.update((variable, value) for variable, value in optional if value is not None)
    item["note"] = verification_note(reference)
    return item


def _name(author: str) -> dict[str, str]:
    if "," in author:
        family, _, given = (part.strip() for part in author.partition(","))
        if family and given and "," not in given:
            return {"family": family, "given": given}
        return {"literal": author}
    *words, family = author.split()
    return {"family": family, "given": " ".join(words)} if words else {"family": family}
