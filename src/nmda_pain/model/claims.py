"""Claims: what the source asserts about entities, with the evidence it gives."""

from __future__ import annotations

from attrs import field, frozen

from nmda_pain.model._repr import short_repr
from nmda_pain.model._validators import (
    AT_LEAST_ONE_SCHEMA,
    ID_SCHEMA,
    PROSE_SCHEMA,
    TEXT_SCHEMA,
    UNIQUE_SCHEMA,
    check_enum,
    check_enum_tuple,
    check_prose,
    check_provenance,
    check_slug,
)
from nmda_pain.model.enums import Certainty, Predicate, Section

__all__ = ["Claim", "Evidence"]


@frozen(kw_only=True)
class Evidence:
    """Where a claim comes from: one cited reference and the sections that state the claim.

    Attributes:
        reference: Id of the cited :class:`~nmda_pain.Reference`.
        sections: The sections of the source article that make the statement,
            each once. A registry requires at least one when the reference is
            one of the article's numbered references; other sources have none.

    .. versionadded:: 0.1.0
    """

    reference: str = field(validator=check_slug, metadata=ID_SCHEMA)
    sections: tuple[Section, ...] = field(
        default=(), validator=check_enum_tuple(Section), metadata=UNIQUE_SCHEMA
    )

    def __repr__(self) -> str:
        return short_repr(self, "reference", "sections")


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
                f"'evidence' cites {item.reference!r} more than once; "
                "merge the sections into one Evidence"
            )
            raise ValueError(msg)
        seen.add(item.reference)


@frozen(kw_only=True)
class Claim:
    """One assertion of the source: *subject* *predicate* *object*.

    A registry holds at most one claim per (subject, predicate, object); when
    several references make the same assertion, the claim lists each of them
    in :attr:`evidence`.

    Attributes:
        subject: Id of the entity the claim is about.
        predicate: The relation asserted.
        object: Id of the entity the subject is related to.
        evidence: The references and sections that make the assertion, at least one.
        certainty: How strongly the source asserts it (see :class:`~nmda_pain.Certainty`).
        notes: Curator remarks: inconsistencies, wording, what the claim leaves out.
        provenance: ``None`` for what the source article states; for a claim
            from beyond the article, its source as the reference table gives it.

    .. versionadded:: 0.1.0
    """

    subject: str = field(validator=check_slug, metadata=ID_SCHEMA)
    predicate: Predicate = field(validator=check_enum(Predicate))
    object: str = field(validator=check_slug, metadata=ID_SCHEMA)
    evidence: tuple[Evidence, ...] = field(validator=_check_evidence, metadata=AT_LEAST_ONE_SCHEMA)
    certainty: Certainty = field(validator=check_enum(Certainty))
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    provenance: str | None = field(default=None, validator=check_provenance, metadata=TEXT_SCHEMA)

    @property
    def beyond_article(self) -> bool:
        """Whether the claim comes from beyond the source article (it has a provenance)."""
        return self.provenance is not None

    @property
    def key(self) -> tuple[str, Predicate, str]:
        """The (subject, predicate, object) triple that identifies the claim in a registry."""
        return (self.subject, self.predicate, self.object)

    @property
    def reference_count(self) -> int:
        """How many distinct references support the claim (references, not sentences)."""
        return len(self.evidence)

    @property
    def references(self) -> tuple[str, ...]:
        """Ids of the distinct references behind the claim, in evidence order."""
        return tuple(item.reference for item in self.evidence)

    @property
    def sections(self) -> tuple[Section, ...]:
        """Every article section that states the claim, in article order."""
        stated = {section for item in self.evidence for section in item.sections}
        return tuple(section for section in Section if section in stated)

    def __repr__(self) -> str:
        return short_repr(self, "subject", "predicate", "object", "certainty")

    def _repr_html_(self) -> str:
        """This claim as an HTML card, for Jupyter."""
        from nmda_pain._html import claim_html  # noqa: PLC0415 -- deferred: only notebooks ask for it

        return claim_html(self)
