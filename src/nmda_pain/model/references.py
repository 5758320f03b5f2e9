"""Bibliographic references: the works the article cites, and the article itself."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import ClassVar, Final

import attrs
from attrs import field, frozen

from nmda_pain._text import quoted
from nmda_pain.model._frozen import Sealed
from nmda_pain.model._repr import short_repr
from nmda_pain.model._validators import (
    DOI_SCHEMA,
    ID_SCHEMA,
    PROSE_SCHEMA,
    REFERENCE_NUMBER_SCHEMA,
    TEXT_SCHEMA,
    TEXTS_SCHEMA,
    UNSPACED_CLASS,
    UNSPACED_SCHEMA_CLASS,
    YEAR_SCHEMA,
    check_doi,
    check_enum,
    check_optional_text,
    check_prose,
    check_reference_number,
    check_slug,
    check_text_tuple,
    check_year,
)
from nmda_pain.model.enums import ReferenceKind, StudyDesign, VerificationStatus
from nmda_pain.model.grading import STUDY_DESIGN_LEVELS, EvidenceLevel
from nmda_pain.model.identifiers import doi_url

__all__ = ["Reference"]


_PMID_SCHEMA: Final = MappingProxyType({"json_schema": {"pattern": r"^[1-9]\d{0,9}$"}})
_PMCID_SCHEMA: Final = MappingProxyType({"json_schema": {"pattern": r"^PMC\d{1,10}$"}})
_URL_SCHEMA: Final = MappingProxyType(
    {"json_schema": {"pattern": f"^https?://{UNSPACED_SCHEMA_CLASS}+$"}}
)
_PMID: Final = re.compile(r"[1-9]\d{0,9}")
_PMCID: Final = re.compile(r"PMC\d{1,10}")
_URL: Final = re.compile(f"https?://{UNSPACED_CLASS}+")


def _pattern_check(pattern: re.Pattern[str], example: str) -> attrs._ValidatorType[str | None]:  # pyright: ignore[reportPrivateUsage] -- attrs exposes no public name for the validator signature
    def validate(
        _instance: object, attribute: attrs.Attribute[str | None], value: str | None
    ) -> None:
        if value is None:
            return
        if not isinstance(value, str):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
            msg = f"{attribute.name!r} must be a string or None, not {type(value).__name__}"
            raise TypeError(msg)
        if pattern.fullmatch(value) is None:
            msg = f"{attribute.name!r} must look like {example!r}, not {quoted(value)}"
            raise ValueError(msg)

    return validate


@frozen(kw_only=True, weakref_slot=False)
class Reference(Sealed):
    """A source: a published work, a database or ontology release, a drug label.

    Every statement a registry holds names its sources by the ids of these
    records: the claims through their :class:`~nmda_pain.Evidence`, the
    mappings and measured values through their ``references``. A citation is
    copied exactly as the citing text prints it, even where that text is wrong;
    :attr:`verification` says whether the source was found and the value read
    in it. Curator remarks go to :attr:`notes`.

    Attributes:
        id: Stable slug, for a paper its first author and year: ``"tsuruoka-2022"``.
        kind: What sort of source this is (journal article, database release...).
        number: The reference's number in the source article (its list runs
            ``1`` to ``10``), or ``None`` for a work that is not one of its numbered
            references; from 1 to 1,000,000.
        authors: Author names in the order given; a database or label may have none.
        institutional_authors: Those of :attr:`authors` that name an institution,
            a group or a database rather than a person (``"World Health
            Organization"``). Citation exports keep them whole, where a person's
            name is split into family and given names: a name alone does not say
            which it is. Listed in the order of :attr:`authors`.
        title: Title as given; for a release, the name of the database or ontology.
        journal: Journal name as given, for a journal article.
        year: Year of publication or release, where known; from 1800 to 2100.
        volume: Volume, if given.
        issue: Issue, if given.
        pages: Page range (``"247-263"``), if given.
        article_number: Electronic article number (``"674524"``), if given.
        version: The release of a database, ontology or label (``"2025.4"``).
        doi: Bare DOI, where one is known.
        pmid: PubMed id, where one is known.
        pmcid: PubMed Central id (``"PMC7760600"``), where one is known.
        accession: Another identifier of the source where it has no DOI: a
            DailyMed set id, a file and commit.
        url: Where the source can be read, where it has no DOI.
        study_design: The design the title suggests; it grades evidence only
            once :attr:`verification` is verified.
        verification: Whether the source was found and the value read in it.
        notes: Curator remarks.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``kind``, ``version``, ``pmid``, ``pmcid``, ``accession`` and ``url``
       added; ``title``, ``journal`` and ``year`` may be absent, for sources
       that are not papers; ``institutional_authors`` added.
    """

    FAMILY: ClassVar[str] = "reference"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    kind: ReferenceKind = field(
        default=ReferenceKind.JOURNAL_ARTICLE, validator=check_enum(ReferenceKind)
    )
    number: int | None = field(
        default=None, validator=check_reference_number, metadata=REFERENCE_NUMBER_SCHEMA
    )
    authors: tuple[str, ...] = field(default=(), validator=check_text_tuple, metadata=TEXTS_SCHEMA)
    institutional_authors: tuple[str, ...] = field(
        default=(), validator=check_text_tuple, metadata=TEXTS_SCHEMA
    )
    title: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    journal: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    year: int | None = field(default=None, validator=check_year, metadata=YEAR_SCHEMA)
    volume: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    issue: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    pages: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    article_number: str | None = field(
        default=None, validator=check_optional_text, metadata=TEXT_SCHEMA
    )
    version: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    doi: str | None = field(default=None, validator=check_doi, metadata=DOI_SCHEMA)
    pmid: str | None = field(
        default=None, validator=_pattern_check(_PMID, "16368266"), metadata=_PMID_SCHEMA
    )
    pmcid: str | None = field(
        default=None, validator=_pattern_check(_PMCID, "PMC7760600"), metadata=_PMCID_SCHEMA
    )
    accession: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    url: str | None = field(
        default=None,
        validator=_pattern_check(_URL, "https://example.org/page"),
        metadata=_URL_SCHEMA,
    )
    study_design: StudyDesign = field(
        default=StudyDesign.NOT_STATED, validator=check_enum(StudyDesign)
    )
    verification: VerificationStatus = field(
        default=VerificationStatus.UNVERIFIED, validator=check_enum(VerificationStatus)
    )
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)

    def __attrs_post_init__(self) -> None:
        handles = (self.doi, self.pmid, self.pmcid, self.accession, self.url)
        if self.title is None and self.journal is None and not self.authors and not any(handles):
            msg = (
                f"reference {quoted(self.id)} needs something to be cited by: a title, a journal, an "
                "author, or an identifier (doi, pmid, pmcid, accession, url)"
            )
            raise ValueError(msg)
        if self.institutional_authors:
            authors = frozenset(self.authors)
            stranger = next((n for n in self.institutional_authors if n not in authors), None)
            if stranger is not None:
                msg = (
                    f"reference {quoted(self.id)}: each of institutional_authors must also be "
                    f"one of its authors, and {quoted(stranger)} is not; add it to authors"
                )
                raise ValueError(msg)
            chosen = frozenset(self.institutional_authors)
            in_order = (n for n in self.authors if n in chosen)
            early = next(
                (n for n, m in zip(self.institutional_authors, in_order, strict=True) if n != m),
                None,
            )
            if early is not None:
                msg = (
                    f"reference {quoted(self.id)}: institutional_authors must be listed in the "
                    f"order of authors, and {quoted(early)} comes too early; reorder them"
                )
                raise ValueError(msg)

    @property
    def is_verified(self) -> bool:
        """Whether the source was found and the value read in it."""
        return self.verification is VerificationStatus.VERIFIED

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
        head = ", ".join(self.authors)
        if self.year is not None:
            head = f"{head} ({self.year})" if head else f"({self.year})"
        parts = [f"{head}. " if head else ""]
        parts.extend(f"{text}. " for text in (self.title, self.journal) if text)
        if self.version:
            parts.append(f"Release {self.version}. ")
        if location:
            parts[-1] = parts[-1].rstrip(". ") + f" {location}. "
        for label, value in (("doi", self.doi), ("PMID", self.pmid), ("", self.accession)):
            if value:
                parts.append(f"{label}:{value} " if label else f"{value} ")
        if self.url and not self.doi:
            parts.append(f"{self.url} ")
        return "".join(parts).strip()

    @property
    def evidence_level(self) -> EvidenceLevel | None:
        """The level of :attr:`study_design` on the Oxford CEBM 2011 scale, or ``None``.

        A design read from a title nobody could match to a record grades
        nothing: an unverified reference has no level, whatever its title says,
        and only a journal article has a study design to grade (a database
        release or a label is no study).
        See :data:`nmda_pain.model.grading.STUDY_DESIGN_LEVELS`.
        """
        if not self.is_verified or self.kind is not ReferenceKind.JOURNAL_ARTICLE:
            return None
        return STUDY_DESIGN_LEVELS.get(self.study_design)

    @property
    def doi_url(self) -> str | None:
        """The DOI as a resolvable ``https://doi.org/`` link, or ``None``."""
        return None if self.doi is None else doi_url(self.doi)

    def __repr__(self) -> str:
        return short_repr(self, "id", "number", "year")
