"""Helpers the export modules share: plain values from records, notes, identifiers, optional imports."""

from __future__ import annotations

import enum
import importlib
import re
from types import ModuleType
from typing import TYPE_CHECKING, Final, cast

import attrs

from nmda_pain.biolink import LOCAL_NAMESPACE
from nmda_pain.model import Affinity, Curie, Evidence, ModeOfAction
from nmda_pain.registry import Registry

if TYPE_CHECKING:
    from collections.abc import Iterable

    from nmda_pain.model import Claim, Entity, Mapping, Reference

__all__ = [
    "PMC_ARTICLES",
    "citation_note",
    "claim_slug",
    "import_extra",
    "plain",
    "publication_curie",
    "publication_curies",
    "record_values",
    "reference_iri",
    "references_of",
    "split_author",
]

# Given-name initials, "A." or "A.M." or "J.-P.": they end the given names of "Given Family".
_INITIALS: Final = re.compile(r"(?:[^\W\d_]\.-?)+")
# Initials written after the family name, without dots, as PubMed writes them: "Williams K".
_TRAILING_INITIALS: Final = re.compile(r"[^\W\d_]{1,3}")
# Words that begin a family name in "Given Family": "Rania Abo El-Fetouh", "Jan van der Berg".
_PARTICLES: Final = frozenset(
    {
        "abd",
        "abo",
        "abu",
        "al",
        "bin",
        "da",
        "das",
        "de",
        "del",
        "della",
        "den",
        "der",
        "des",
        "di",
        "dos",
        "du",
        "el",
        "ibn",
        "la",
        "le",
        "ten",
        "ter",
        "van",
        "von",
        "zu",
    }
)


def import_extra(module: str, extra: str, feature: str) -> ModuleType:
    """Import the optional *module*, or say which extra of ``nmda_pain`` installs it.

    Raises:
        ImportError: *module* is not installed; the message names
            ``pip install 'nmda_pain[<extra>]'``.
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        msg = f"{feature} needs {module}, which is not installed; run: pip install 'nmda_pain[{extra}]'"
        raise ImportError(msg, name=module) from error


def plain(value: object) -> object:
    """*value* as plain Python data: enums as their values, CURIEs as canonical strings.

    Tuples stay tuples (of plain items); a nested record (a mode of action, an
    affinity, an evidence item) becomes a dict of its fields' plain values.
    Strings, numbers, booleans and ``None`` pass through.
    """
    if isinstance(value, enum.Enum):
        return cast("object", value.value)
    if isinstance(value, Curie):
        return value.canonical
    if isinstance(value, tuple):
        return tuple(plain(item) for item in cast("tuple[object, ...]", value))
    if isinstance(value, (ModeOfAction, Affinity, Evidence)):
        return record_values(value)
    return value


def record_values(
    record: Entity | Reference | Claim | Mapping | ModeOfAction | Affinity | Evidence,
) -> dict[str, object]:
    """Every field of *record*, by name in the model's order, as :func:`plain` values."""
    return {field.name: plain(getattr(record, field.name)) for field in attrs.fields(type(record))}


def citation_note(reference: Reference) -> str:
    """The note of a citation: the accession, the verification status, then the curator notes.

    ``"Accession: <accession>. Verification: unverified. <notes>"``, each part
    only where the reference has it (the status always).
    """
    parts = [] if reference.accession is None else [f"Accession: {reference.accession}."]
    parts.append(f"Verification: {reference.verification.value}.")
    if reference.notes:
        parts.append(reference.notes)
    return " ".join(parts)


def publication_curies(reference: Reference) -> tuple[str, ...]:
    """The publication CURIEs of *reference*, in Biolink's order for a publication: PMID, PMC, doi.

    ``("PMID:16368266", "doi:10.1016/j.coph.2005.09.007")``; empty for a
    reference with none of the three.
    """
    curies = (
        (reference.pmid, "PMID"),
        (reference.pmcid, "PMC"),
        (reference.doi, "doi"),
    )
    return tuple(f"{prefix}:{value}" for value, prefix in curies if value is not None)


def publication_curie(reference: Reference) -> str | None:
    """The one CURIE that names *reference* as a publication (the first of :func:`publication_curies`)."""
    curies = publication_curies(reference)
    return curies[0] if curies else None


PMC_ARTICLES: Final = "http://europepmc.org/articles/"
"""Biolink's expansion of ``PMC``, for a whole PubMed Central id (not a prefix of the model)."""


def claim_slug(claim: Claim) -> str:
    """The text that names *claim* in every export, from its key: ``<subject>.<predicate>.<object>``.

    A registry holds one claim per key and ids are slugs without dots, so the
    text is unique in a registry; it comes from the claim alone, so a claim is
    named alike in every file (the GraphML edge id, the KGX edge id, the
    nanopublication's IRI), whatever else the registry holds.
    """
    subject, predicate, obj = claim.key
    return f"{subject}.{predicate.value}.{obj}"


def reference_iri(reference: Reference) -> str:
    """The IRI of *reference*: of its PubMed id, PubMed Central id or DOI, else a URN.

    A DOI's IRI percent-encodes what an IRI may not hold (:attr:`nmda_pain.Curie.iri`).
    """
    curie = publication_curie(reference)
    if curie is None:
        return f"{LOCAL_NAMESPACE}reference.{reference.id}"
    prefix, _, local = curie.partition(":")
    if prefix == "PMC":
        return f"{PMC_ARTICLES}{local}"
    return Curie.parse(curie).iri


def references_of(references: Iterable[Reference] | Registry) -> Iterable[Reference]:
    """*references*, or a registry's source followed by its references."""
    if isinstance(references, Registry):
        source = () if references.article is None else (references.article,)
        return (*source, *references.references)
    return references


def split_author(author: str) -> tuple[str, str] | None:
    """The family and the given names of the person *author*, or ``None`` to keep it whole.

    CSL and BibTeX both want a person's family name apart from the given names:
    styles sort, initialise and invert by it. The records keep each name as one
    string, as the citing text prints it, so the string must say where the
    family name ends. (Whether a name is a person's at all is data, not a guess
    from its words: :attr:`~nmda_pain.Reference.institutional_authors`.) Read in
    this order:

    * a name holding the word ``and`` cannot be one person's in BibTeX, which
      separates names by it, nor a name with more than one comma: ``None``;
    * ``"Family, Given"`` (one comma) is split there;
    * one word is a family name alone: ``("Plato", "")``;
    * ``"Family INITIALS"``, PubMed's form, ends in up to three capitals without
      dots: ``"Williams K"`` is ``("Williams", "K")``;
    * in ``"Given Family"``, dotted middle initials end the given names:
      ``"Rania A. M. Abo El-Fetouh"`` is ``("Abo El-Fetouh", "Rania A. M.")``, as
      the reference table writes her (``"Abo El-Fetouh RAM"``). A leading initial
      does not count (``"J. Robert Oppenheimer"``);
    * else a particle begins the family name (``"Jan van der Berg"``, ``"Rania Abo
      El-Fetouh"``): ``abo``, ``abu``, ``al``, ``el``, ``de``, ``van``, ``von`` and the
      like, capitalised after the first word or lower-case anywhere;
    * else the last word is the family name: ``"Amira Ragab"``.

    >>> split_author("Rania A. M. Abo El-Fetouh")
    ('Abo El-Fetouh', 'Rania A. M.')
    >>> split_author("Procter and Gamble") is None
    True
    """
    words = author.split()
    if any(word.casefold() == "and" for word in words) or author.count(",") > 1:
        return None
    if "," in author:
        family, _, given = (part.strip() for part in author.partition(","))
        return (family, given) if family and given else None
    if len(words) == 1:
        return (words[0], "")
    return _split_words(words)


def _split_words(words: list[str]) -> tuple[str, str]:
    """The family and given names of a name of two or more words with no comma."""
    trailing = len(words)
    while trailing > 1 and _is_trailing_initial(words[trailing - 1]):
        trailing -= 1
    if trailing < len(words):
        return (" ".join(words[:trailing]), " ".join(words[trailing:]))
    initials = [index for index, word in enumerate(words[1:-1], 1) if _is_initial(word)]
    if initials:
        start = initials[-1] + 1
    else:
        particles = (
            index
            for index, word in enumerate(words[:-1])
            if word.casefold() in _PARTICLES and (index > 0 or word.islower())
        )
        start = next(particles, len(words) - 1)
    return (" ".join(words[start:]), " ".join(words[:start]))


def _is_initial(word: str) -> bool:
    return _INITIALS.fullmatch(word) is not None and word.isupper()


def _is_trailing_initial(word: str) -> bool:
    return _TRAILING_INITIALS.fullmatch(word) is not None and word.isupper()
