"""Claims: what the sources assert about entities, with the evidence for each."""

from __future__ import annotations

import attrs
from attrs import field, frozen

from nmda_pain._text import quoted, with_article
from nmda_pain.model._frozen import Sealed
from nmda_pain.model._repr import short_repr
from nmda_pain.model._validators import (
    AT_LEAST_ONE_SCHEMA,
    ID_SCHEMA,
    PROSE_SCHEMA,
    UNIQUE_SCHEMA,
    check_enum,
    check_enum_tuple,
    check_instances,
    check_prose,
    check_slug,
    check_slug_tuple,
)
from nmda_pain.model.enums import Certainty, ClinicalSetting, Predicate, Section
from nmda_pain.model.pharmacology import Affinity, ModeOfAction
from nmda_pain.model.predicates import PREDICATES, predicates_where

__all__ = ["Claim", "Evidence"]


@frozen(kw_only=True, weakref_slot=False)
class Evidence(Sealed):
    """Where a claim comes from: one cited reference and the sections that state the claim.

    Attributes:
        reference: Id of the cited :class:`~nmda_pain.Reference`.
        sections: The sections of the source article that make the statement,
            each once. A registry requires at least one when the reference is
            one of the article's numbered references; other sources have none.
        disputes: ``True`` when the reference reports the opposite: the claim
            is then contested, and this evidence says by whom.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``disputes`` added.
    """

    reference: str = field(validator=check_slug, metadata=ID_SCHEMA)
    sections: tuple[Section, ...] = field(
        default=(), validator=check_enum_tuple(Section), metadata=UNIQUE_SCHEMA
    )
    disputes: bool = field(default=False, validator=attrs.validators.instance_of(bool))

    def __repr__(self) -> str:
        shown = (
            ("reference", "sections", "disputes") if self.disputes else ("reference", "sections")
        )
        return short_repr(self, *shown)


def _check_evidence(_instance: object, _attribute: object, value: tuple[Evidence, ...]) -> None:
    if not isinstance(value, tuple):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
        msg = f"'evidence' must be a tuple of Evidence, not {type(value).__name__}"
        raise TypeError(msg)
    if not value:
        msg = "'evidence' must hold at least one Evidence: every claim needs a source"
        raise ValueError(msg)
    seen: set[str] = set()
    for index, item in enumerate(value):
        if not isinstance(item, Evidence):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
            msg = f"'evidence'[{index}] must be an Evidence, not {type(item).__name__}"
            raise TypeError(msg)
        if item.reference in seen:
            msg = (
                f"'evidence' cites {quoted(item.reference)} more than once; "
                "merge the sections into one Evidence"
            )
            raise ValueError(msg)
        seen.add(item.reference)


@frozen(kw_only=True, weakref_slot=False)
class Claim(Sealed):
    """One assertion of a source: *subject* *predicate* *object*.

    A registry holds at most one claim per (subject, predicate, object); when
    several references make the same assertion, the claim lists each of them
    in :attr:`evidence`. Where the claim comes from is its evidence: a claim is
    the source article's when it cites the article's references (see
    :func:`nmda_pain.provenance.is_from_article`).

    Attributes:
        subject: Id of the entity the claim is about.
        predicate: The relation asserted.
        object: Id of the entity the subject is related to.
        evidence: The references and sections that make the assertion, at least one.
        certainty: How strongly the source asserts it (see :class:`~nmda_pain.Certainty`).
        mode: How the subject acts on the object, for a predicate that takes one
            (``antagonizes``, ``inhibits``).
        affinities: Values measured for the subject at the object or one of its
            subunits, for a predicate that takes a mode of action.
        via: Ids of the mechanisms the source says the outcome is mediated by
            ("by blocking calcium influx, they attenuate..."), for an outcome predicate.
        setting: The clinical setting the source makes the claim for, where it
            names one (what the class is used for in anaesthesia).
        notes: Curator remarks: inconsistencies, wording, what the claim leaves out.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``mode``, ``affinities``, ``via`` and ``setting`` added; ``provenance`` removed (the
       evidence names every source).
    """

    subject: str = field(validator=check_slug, metadata=ID_SCHEMA)
    predicate: Predicate = field(validator=check_enum(Predicate))
    object: str = field(validator=check_slug, metadata=ID_SCHEMA)
    evidence: tuple[Evidence, ...] = field(validator=_check_evidence, metadata=AT_LEAST_ONE_SCHEMA)
    certainty: Certainty = field(validator=check_enum(Certainty))
    mode: ModeOfAction | None = field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(ModeOfAction)),
    )
    affinities: tuple[Affinity, ...] = field(default=(), validator=check_instances(Affinity))
    via: tuple[str, ...] = field(default=(), validator=check_slug_tuple, metadata=UNIQUE_SCHEMA)
    setting: ClinicalSetting | None = field(
        default=None, validator=attrs.validators.optional(check_enum(ClinicalSetting))
    )
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)

    def __attrs_post_init__(self) -> None:
        rule = PREDICATES[self.predicate]
        if not rule.takes_mode and (self.mode is not None or self.affinities):
            takes = ", ".join(sorted(p.value for p in predicates_where(takes_mode=True)))
            msg = f"{with_article(repr(self.predicate.value))} claim takes no mode or affinities; only {takes} do"
            raise ValueError(msg)
        if not rule.takes_via and self.via:
            takes = ", ".join(sorted(p.value for p in predicates_where(takes_via=True)))
            msg = f"{with_article(repr(self.predicate.value))} claim names no mechanism it is mediated by; only {takes} do"
            raise ValueError(msg)
        if self.subject == self.object:
            msg = f"a claim links two entities, but subject and object are both {quoted(self.subject)}"
            raise ValueError(msg)

    @property
    def contested(self) -> bool:
        """Whether a reference in the evidence disputes the claim."""
        return any(item.disputes for item in self.evidence)

    @property
    def key(self) -> tuple[str, Predicate, str]:
        """The (subject, predicate, object) triple that identifies the claim in a registry."""
        return (self.subject, self.predicate, self.object)

    @property
    def reference_count(self) -> int:
        """How many distinct references support the claim (references, not sentences)."""
        return sum(not item.disputes for item in self.evidence)

    @property
    def references(self) -> tuple[str, ...]:
        """Ids of the distinct references behind the claim, in evidence order, disputing ones included."""
        return tuple(item.reference for item in self.evidence)

    @property
    def sections(self) -> tuple[Section, ...]:
        """Every article section that states the claim, in article order."""
        stated = {section for item in self.evidence for section in item.sections}
        return tuple(section for section in Section if section in stated)

    def __repr__(self) -> str:
        return short_repr(self, "subject", "predicate", "object", "certainty")
