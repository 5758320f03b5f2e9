"""Bibliographic references: the works the source cites, and the source itself."""

from __future__ import annotations

from attrs import field, frozen

from nmda_pain.model._repr import short_repr
from nmda_pain.model._validators import (
    DOI_SCHEMA,
    ID_SCHEMA,
    NONEMPTY_TEXTS_SCHEMA,
    POSITIVE_SCHEMA,
    PROSE_SCHEMA,
    TEXT_SCHEMA,
    YEAR_SCHEMA,
    check_doi,
    check_enum,
    check_nonempty_text_tuple,
    check_optional_text,
    check_positive_int,
    check_prose,
    check_slug,
    check_text,
    check_year,
)
from nmda_pain.model.enums import StudyDesign, VerificationStatus
from nmda_pain.model.grading import STUDY_DESIGN_LEVELS, EvidenceLevel
from nmda_pain.model.identifiers import doi_url

__all__ = ["Reference"]


@frozen(kw_only=True)
class Reference:
    """A published work, cited as the source gives it.

    The metadata are copied exactly as the citing text prints them, even where
    that text is wrong, and :attr:`verification` says whether anyone could
    match the citation to a real record. Curator remarks on the citation go to
    :attr:`notes`.

    Attributes:
        id: Stable slug, first author and year: ``"tsuruoka-2022"``.
        number: The reference's number in the citing article (``1`` to ``10``), or
            ``None`` for a work that is not one of its numbered references.
        authors: Author names in the order given.
        title: Title as given.
        journal: Journal name as given.
        year: Publication year.
        volume: Volume, if given.
        issue: Issue, if given.
        pages: Page range (``"247-263"``), if given.
        article_number: Electronic article number (``"674524"``), if given.
        doi: Bare DOI, only where the citing text gives one.
        study_design: The design as the title tells it.
        verification: Whether the citation was matched to a real record.
        notes: Curator remarks.

    .. versionadded:: 0.1.0
    """

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    number: int | None = field(default=None, validator=check_positive_int, metadata=POSITIVE_SCHEMA)
    authors: tuple[str, ...] = field(
        validator=check_nonempty_text_tuple, metadata=NONEMPTY_TEXTS_SCHEMA
    )
    title: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    journal: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    year: int = field(validator=check_year, metadata=YEAR_SCHEMA)
    volume: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    issue: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    pages: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    article_number: str | None = field(
        default=None, validator=check_optional_text, metadata=TEXT_SCHEMA
    )
    doi: str | None = field(default=None, validator=check_doi, metadata=DOI_SCHEMA)
    study_design: StudyDesign = field(
        default=StudyDesign.NOT_STATED, validator=check_enum(StudyDesign)
    )
    verification: VerificationStatus = field(
        default=VerificationStatus.UNVERIFIED, validator=check_enum(VerificationStatus)
    )
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)

    @property
    def citation(self) -> str:
        """A one-line citation with authors, year, title, journal, volume(issue) and pages.

        >>> from nmda_pain import default_registry
        >>> print(default_registry().reference("wang-2023").citation)
        Xing-Long Wang, Hong-Ping Wang, Lei Zhang (2023). NMDA Receptor Antagonists: Mechanisms of Action and Therapeutic Applications in Pain. Biomedicines 11(2):421.
        """
        location = self.volume or ""
        if self.issue:
            location += f"({self.issue})"
        locator = self.pages or self.article_number
        if locator:
            location += f":{locator}"
        parts = [f"{', '.join(self.authors)} ({self.year}). {self.title}. {self.journal}"]
        if location:
            parts.append(f" {location}")
        parts.append(".")
        if self.doi:
            parts.append(f" doi:{self.doi}")
        return "".join(parts)

    @property
    def evidence_level(self) -> EvidenceLevel | None:
        """The level of :attr:`study_design` on the Oxford CEBM 2011 scale, or ``None``.

        See :data:`nmda_pain.model.grading.STUDY_DESIGN_LEVELS`.
        """
        return STUDY_DESIGN_LEVELS.get(self.study_design)

    @property
    def doi_url(self) -> str | None:
        """The DOI as a resolvable ``https://doi.org/`` link, or ``None``."""
        return None if self.doi is None else doi_url(self.doi)

    def __repr__(self) -> str:
        return short_repr(self, "id", "number", "year")

    def _repr_html_(self) -> str:
        """This reference as an HTML card, for Jupyter."""
        from nmda_pain._html import reference_html  # noqa: PLC0415 -- deferred: only notebooks ask for it

        return reference_html(self)
