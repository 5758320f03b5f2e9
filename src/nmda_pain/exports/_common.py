"""Helpers the export modules share: plain values from records, notes, identifiers, optional imports."""

from __future__ import annotations

import enum
import importlib
from types import ModuleType
from typing import TYPE_CHECKING, cast

import attrs

from nmda_pain.model import Affinity, Curie, Evidence, ModeOfAction
from nmda_pain.registry import Registry

if TYPE_CHECKING:
    from collections.abc import Iterable

    from nmda_pain.model import Claim, Entity, Mapping, Reference

__all__ = [
    "citation_note",
    "import_extra",
    "plain",
    "publication_curie",
    "publication_curies",
    "record_values",
    "references_of",
]


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


def references_of(references: Iterable[Reference] | Registry) -> Iterable[Reference]:
    """*references*, or a registry's source followed by its references."""
    if isinstance(references, Registry):
        source = () if references.article is None else (references.article,)
        return (*source, *references.references)
    return references
