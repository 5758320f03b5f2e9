"""pandas DataFrames of a registry's records (extra ``pandas``).

pandas is imported when :func:`to_dataframe` is called, never on import; without
it the call raises an :class:`ImportError` that says to
``pip install 'nmda_pain[pandas]'``.

Every *kind* but ``"claims"`` gives one row per record, in the registry's
order, with one column per field of the record type, named and ordered as in
the model (:class:`~nmda_pain.Agent`, :class:`~nmda_pain.Reference`,
:class:`~nmda_pain.Mapping`...):

* tuple fields stay tuples (``synonyms``, ``authors``, a mapping's
  ``references``), so a cell holds every value and ``df.explode("synonyms")``
  gives one per row;
* a field whose values come from an enum (an agent's ``kind``, a reference's
  ``kind``, ``study_design`` and ``verification``, a mapping's ``predicate``...)
  is a pandas ``Categorical`` whose categories are the enum's values in the
  enum's order (``"drug_class"``, ``"unverified"``, ``"exact_match"``), so the
  closed vocabulary travels with the column: ``value_counts()`` lists the
  values no record uses as 0, and a cell reads as its string value. Only
  ``certainty`` is ordered (below); the categories of the others have no
  order to compare by. Grouping by such a column keeps the unused categories
  unless you pass ``observed=True``;
* CURIEs (a mapping's ``object``) are canonical strings (``"chebi:6121"``);
* a missing value is ``None``, or pandas' missing marker in a column pandas
  stores as strings; ``number`` and ``year`` (of a reference) are nullable
  integer columns (``Int64``);
* the entity kinds (``"agents"`` to ``"enzymes"``) have one more column,
  ``identifiers``: the canonical CURIEs of the entity's exact mappings
  (:meth:`nmda_pain.Registry.identifiers`), a tuple;
* ``"references"`` has one more column, ``evidence_level``: the Oxford CEBM
  2011 level of the reference's study design, for a verified reference only
  (:attr:`nmda_pain.Reference.evidence_level`; 1 is strongest), a nullable
  integer column.

A *kind* may be written with hyphens, as the command line writes it
(``"adverse-effects"``).

``"claims"`` gives one row per claim, in the registry's order, with the
evidence and the qualifiers flattened into columns you can filter on
(:data:`CLAIM_COLUMNS`):

``subject``, ``predicate``, ``object``
    The entity ids and the predicate's value.
``subject_name``, ``object_name``
    The display names of the subject and the object.
``certainty``
    How strongly the source asserts the claim (a :class:`~nmda_pain.Certainty`
    value), as an ordered categorical from weakest to strongest:
    ``claims[claims.certainty >= "promising"]`` and ``sort_values("certainty")``
    go by strength, not by alphabet.
``certainty_rank``
    The same strength as an integer, :attr:`nmda_pain.Certainty.rank`: higher
    is stronger, from 5 for ``established`` down to 0 for ``theorized``
    (``int64``). A tool that reads the values but not the pandas categories
    (polars, DuckDB, a CSV file) compares the ``certainty`` strings by alphabet,
    where ``"stated" >= "promising"`` and ``"established" < "promising"``;
    filter those on ``certainty_rank >= Certainty.PROMISING.rank`` instead.
``predicate``, ``action``, ``binding_site``, ``trapping``, ``setting``
    Categoricals of their enums' values, as a record kind's enum fields are.
``references``
    Ids of the references behind the claim, in evidence order, disputing ones
    included (a tuple).
``reference_numbers``
    Each of those references' number in the source article, in the same
    order; ``None`` for a reference without one (a tuple).
``sections``
    Every article section that states the claim, in article order (a tuple).
``evidence``
    The evidence items as dicts ``{"reference": id, "sections": (...),
    "disputes": bool}``, which keep which section goes with which reference.
``best_evidence_level``
    The strongest Oxford CEBM 2011 level among the verified supporting
    references, as :meth:`nmda_pain.Registry.best_evidence_level` gives it (1
    is strongest; missing where no reference has one); a nullable integer
    column (``Int64``).
``from_article``
    ``True`` for a claim of the source article
    (:func:`nmda_pain.provenance.is_from_article`).
``contested``
    ``True`` when a reference disputes the claim; ``disputed_by`` names those
    references (a tuple of ids).
``action``, ``binding_site``, ``trapping``
    The claim's mode of action (:attr:`nmda_pain.Claim.mode`) as the values of
    its three fields; ``None`` where the claim has no mode, or the mode does
    not say.
``affinities``
    The values measured for the subject at the object, as dicts of the
    :class:`~nmda_pain.Affinity` fields (``value`` a float, ``unit`` ``None``
    for the p-values, ``references`` a tuple of ids); a tuple.
``via``
    Ids of the mechanisms the outcome is mediated by (a tuple).
``notes``
    The claim's curator notes.
"""

from __future__ import annotations

import enum
import types
import typing
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Final

import attrs

from nmda_pain.exports._common import import_extra, plain, record_values
from nmda_pain.model import Certainty, Claim, ModeOfAction, Reference
from nmda_pain.provenance import is_from_article
from nmda_pain.registry import FAMILIES, RECORD_TYPES

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]

    from nmda_pain.model import EvidenceLevel
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
    "certainty_rank",
    "references",
    "reference_numbers",
    "sections",
    "evidence",
    "best_evidence_level",
    "from_article",
    "contested",
    "disputed_by",
    "action",
    "binding_site",
    "trapping",
    "affinities",
    "via",
    "setting",
    "notes",
)
"""The columns of ``to_dataframe(registry, "claims")``, in order."""

_ENTITY_FAMILIES: Final = frozenset(
    name for name, record_type in RECORD_TYPES.items() if hasattr(record_type, "FAMILY")
)
_NULLABLE_INTEGERS: Final = ("number", "year", "evidence_level", "best_evidence_level")
# Set here, not inferred: an empty frame would otherwise hold the ranks as objects.
_INTEGERS: Final = ("certainty_rank",)


def _enum_of(hint: object) -> type[enum.Enum] | None:
    """The enum a field's values come from: its type, or the ``X`` of ``X | None``."""
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    members = typing.get_args(hint) if union else (hint,)
    found = [t for t in members if isinstance(t, type) and issubclass(t, enum.Enum)]
    return found[0] if len(found) == 1 else None


def _vocabularies(*record_types: type) -> dict[str, type[enum.Enum]]:
    """The fields of *record_types* that hold an enum, by name, read from their annotations.

    Read from the model, not listed here, so that a new enum field is a
    categorical column without anyone remembering to add it.
    """
    found: dict[str, type[enum.Enum]] = {}
    for record_type in record_types:
        hints = typing.get_type_hints(record_type)
        for field in attrs.fields(record_type):
            vocabulary = _enum_of(hints[field.name])
            if vocabulary is not None:
                found[field.name] = vocabulary
    return found


# The claims' columns from the claim and its mode of action keep their fields' names.
_VOCABULARIES: Final = MappingProxyType(
    {
        family: MappingProxyType(
            _vocabularies(Claim, ModeOfAction)
            if family == "claims"
            else _vocabularies(RECORD_TYPES[family])
        )
        for family in KINDS
    }
)


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
            ``"enzymes"``, ``"references"``, ``"claims"`` or ``"mappings"``.

    Returns:
        A new DataFrame with a default integer index, in the registry's order.

    Raises:
        ValueError: *kind* is not one of :data:`KINDS`.
        ImportError: pandas is not installed (``pip install 'nmda_pain[pandas]'``).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       The ``"mappings"`` kind; the entity kinds' ``identifiers`` column; the
       claims' ``from_article``, ``contested``, ``disputed_by``, mode of
       action, ``affinities`` and ``via`` columns, in place of
       ``beyond_article`` and ``provenance``; the claims' ``certainty_rank``;
       every enum field a categorical, not a column of strings.
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
    elif family in _ENTITY_FAMILIES:
        columns = (*(field.name for field in attrs.fields(RECORD_TYPES[family])), "identifiers")
        rows = [
            {**record_values(entity), "identifiers": plain(registry.identifiers(entity))}
            for entity in getattr(registry, family)
        ]
    else:
        columns = tuple(field.name for field in attrs.fields(RECORD_TYPES[family]))
        rows = [record_values(record) for record in getattr(registry, family)]
    frame = pandas.DataFrame.from_records(rows, columns=list(columns))
    for column in _NULLABLE_INTEGERS:
        if column in columns:
            frame[column] = frame[column].astype("Int64")
    for column in _INTEGERS:
        if column in columns:
            frame[column] = frame[column].astype("int64")
    for column, vocabulary in _VOCABULARIES[family].items():
        frame[column] = frame[column].astype(_categories(pandas, vocabulary))
    return frame  # type: ignore[no-any-return, unused-ignore]  # pandas has no type stubs of its own


def _claim_row(registry: Registry, claim: Claim) -> dict[str, object]:
    references = registry.index.references
    entities = registry.index.by_id
    mode = claim.mode
    return {
        "subject": claim.subject,
        "predicate": claim.predicate.value,
        "object": claim.object,
        "subject_name": entities[claim.subject].name,
        "object_name": entities[claim.object].name,
        "certainty": claim.certainty.value,
        "certainty_rank": claim.certainty.rank,
        "references": claim.references,
        "reference_numbers": tuple(references[ref].number for ref in claim.references),
        "sections": plain(claim.sections),
        "evidence": plain(claim.evidence),
        "best_evidence_level": _level(registry.best_evidence_level(claim)),
        "from_article": is_from_article(claim, registry),
        "contested": claim.contested,
        "disputed_by": tuple(item.reference for item in claim.evidence if item.disputes),
        "action": None if mode is None else mode.action.value,
        "binding_site": None if mode is None else plain(mode.binding_site),
        "trapping": None if mode is None else plain(mode.trapping),
        "affinities": plain(claim.affinities),
        "via": claim.via,
        "setting": plain(claim.setting),
        "notes": claim.notes,
    }


def _categories(pandas: ModuleType, vocabulary: type[enum.Enum]) -> object:
    """The categorical dtype of an enum's values; certainty's ordered weakest to strongest.

    Ordered so that comparisons and sorting go by strength, not by alphabet; no
    other vocabulary has an order to compare by.
    """
    if vocabulary is Certainty:
        strength = sorted(Certainty, key=lambda certainty: certainty.rank)
        return pandas.CategoricalDtype([certainty.value for certainty in strength], ordered=True)
    return pandas.CategoricalDtype([member.value for member in vocabulary])


def _level(level: EvidenceLevel | None) -> int | None:
    return None if level is None else level.value
