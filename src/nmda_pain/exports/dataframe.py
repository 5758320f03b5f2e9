"""pandas DataFrames of a registry's records (extra ``pandas``).

pandas is imported when :func:`to_dataframe` is called, never on import; without
it the call raises an :class:`ImportError` that says to
``pip install 'nmda_pain[pandas]'``.

Every *kind* but ``"claims"`` gives one row per record, in the registry's
order, with one column per field of the record type, named and ordered as in
the model (:class:`~nmda_pain.Agent`, :class:`~nmda_pain.Reference`...):

* tuple fields stay tuples (``synonyms``, ``xrefs``, ``authors``), so a cell
  holds every value and ``df.explode("synonyms")`` gives one per row;
* enums are their string values (``"drug_class"``, ``"unverified"``);
* cross-references are canonical CURIE strings (``"chebi:6121"``);
* nested records (an agent's ``modes_of_action`` and ``affinities``) are
  tuples of dicts of their fields, with the same plain values;
* a missing value is ``None``, or pandas' missing marker in a column pandas
  stores as strings; ``number`` (a reference's number in the source article)
  is a nullable integer column (``Int64``);
* ``"references"`` has one more column, ``evidence_level``: the Oxford CEBM
  2011 level of the reference's study design (1 is strongest), a nullable
  integer column.

A *kind* may be written with hyphens, as the command line writes it
(``"adverse-effects"``).

``"claims"`` gives one row per claim, in the registry's order, with the
evidence flattened into columns you can filter on (:data:`CLAIM_COLUMNS`):

``subject``, ``predicate``, ``object``
    The entity ids and the predicate's value.
``subject_name``, ``object_name``
    The display names of the subject and the object.
``certainty``
    How strongly the source asserts the claim (a :class:`~nmda_pain.Certainty`
    value), as an ordered categorical from weakest to strongest:
    ``claims[claims.certainty >= "promising"]`` and ``sort_values("certainty")``
    go by strength, not by alphabet.
``references``
    Ids of the references behind the claim, in evidence order (a tuple).
``reference_numbers``
    Each of those references' number in the source article, in the same
    order; ``None`` for a reference without one (a tuple).
``sections``
    Every article section that states the claim, in article order (a tuple).
``evidence``
    The evidence items as dicts ``{"reference": id, "sections": (...)}``,
    which keep which section goes with which reference.
``best_evidence_level``
    The strongest Oxford CEBM 2011 level among the references, as
    :meth:`nmda_pain.Registry.best_evidence_level` gives it (1 is strongest;
    missing where no reference has one); a nullable integer column (``Int64``).
``beyond_article``
    ``True`` for a claim from beyond the source article.
``notes``, ``provenance``
    The claim's curator notes and, for a claim from beyond the article, its source.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from nmda_pain.exports._common import import_extra, plain, record_values
from nmda_pain.model import (
    AdverseEffect,
    Agent,
    Certainty,
    Condition,
    Enzyme,
    Mechanism,
    Receptor,
    Reference,
)
from nmda_pain.registry import FAMILIES

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]

    from nmda_pain.model import Claim, EvidenceLevel
    from nmda_pain.registry import Registry

__all__ = ["CLAIM_COLUMNS", "KINDS", "to_dataframe"]

KINDS: Final = FAMILIES
"""The values :func:`to_dataframe` accepts as *kind*: the record families of a registry."""

CLAIM_COLUMNS: Final = (
    "subject",
    "predicate",
    "object",
    "subject_name",
    "object_name",
    "certainty",
    "references",
    "reference_numbers",
    "sections",
    "evidence",
    "best_evidence_level",
    "beyond_article",
    "notes",
    "provenance",
)
"""The columns of ``to_dataframe(registry, "claims")``, in order."""

_RECORD_TYPES: Final = MappingProxyType(
    {
        "agents": Agent,
        "receptors": Receptor,
        "mechanisms": Mechanism,
        "adverse_effects": AdverseEffect,
        "conditions": Condition,
        "references": Reference,
        "enzymes": Enzyme,
    }
)
_NULLABLE_INTEGERS: Final = ("number", "evidence_level", "best_evidence_level")


def to_dataframe(registry: Registry, kind: str) -> pd.DataFrame:
    """One family of *registry*'s records as a :class:`pandas.DataFrame`, one row per record.

    The module docstring lists the columns of each kind.

    >>> from nmda_pain import default_registry
    >>> claims = to_dataframe(default_registry(), "claims")
    >>> treats = claims[(claims.object == "neuropathic-pain") & (claims.predicate == "treats")]
    >>> treats[["subject", "certainty", "reference_numbers"]].to_numpy().tolist()
    [['nmda-receptor-antagonists', 'under_investigation', (1,)], ['memantine', 'promising', (3,)], ['dextromethorphan', 'demonstrated', (5,)]]

    Args:
        registry: The registry to read.
        kind: One of :data:`KINDS`: ``"agents"``, ``"receptors"``,
            ``"mechanisms"``, ``"adverse_effects"``, ``"conditions"``,
            ``"references"``, ``"claims"`` or ``"enzymes"``.

    Returns:
        A new DataFrame with a default integer index, in the registry's order.

    Raises:
        ValueError: *kind* is not one of :data:`KINDS`.
        ImportError: pandas is not installed (``pip install 'nmda_pain[pandas]'``).

    .. versionadded:: 0.1.0
    """
    family = str(kind).replace("-", "_")
    if family not in KINDS:
        allowed = ", ".join(repr(name) for name in KINDS)
        msg = f"kind must be one of {allowed}, not {kind!r}"
        raise ValueError(msg)
    pandas = import_extra("pandas", "pandas", "to_dataframe")
    if family == "claims":
        columns: tuple[str, ...] = CLAIM_COLUMNS
        rows = [_claim_row(registry, claim) for claim in registry.claims]
    elif family == "references":
        columns = (*(field.name for field in attrs.fields(Reference)), "evidence_level")
        rows = [
            {**record_values(reference), "evidence_level": _level(reference.evidence_level)}
            for reference in registry.references
        ]
    else:
        columns = tuple(field.name for field in attrs.fields(_RECORD_TYPES[family]))
        rows = [record_values(record) for record in getattr(registry, family)]
    frame = pandas.DataFrame.from_records(rows, columns=list(columns))
    for column in _NULLABLE_INTEGERS:
        if column in columns:
            frame[column] = frame[column].astype("Int64")
    if family == "claims":
        # Ordered weakest to strongest, so that comparisons and sorting go by strength.
        strength = sorted(Certainty, key=lambda certainty: certainty.rank)
        frame["certainty"] = frame["certainty"].astype(
            pandas.CategoricalDtype([certainty.value for certainty in strength], ordered=True)
        )
    return frame  # type: ignore[no-any-return, unused-ignore]  # pandas has no type stubs of its own


def _claim_row(registry: Registry, claim: Claim) -> dict[str, object]:
    references = registry.index.references
    entities = registry.index.by_id
    level = registry.best_evidence_level(claim)
    return {
        "subject": claim.subject,
        "predicate": claim.predicate.value,
        "object": claim.object,
        "subject_name": entities[claim.subject].name,
        "object_name": entities[claim.object].name,
        "certainty": claim.certainty.value,
        "references": claim.references,
        "reference_numbers": tuple(references[ref].number for ref in claim.references),
        "sections": plain(claim.sections),
        "evidence": plain(claim.evidence),
        "best_evidence_level": _level(level),
        "beyond_article": claim.beyond_article,
        "notes": claim.notes,
        "provenance": claim.provenance,
    }


def _level(level: EvidenceLevel | None) -> int | None:
    return None if level is None else level.value
