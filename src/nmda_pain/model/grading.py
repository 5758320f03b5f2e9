"""Evidence levels: how much a cited study's design can support a claim.

The scale is the Oxford Centre for Evidence-Based Medicine 2011 Levels of
Evidence, question "Does this intervention help? (treatment benefits)".
Each reference's level follows from its :class:`~nmda_pain.StudyDesign` by
one table, :data:`STUDY_DESIGN_LEVELS`. Two readings in it are the curator's:
a "systematic review and meta-analysis" is taken as a review of randomized
trials (level 1), though a title cannot say so, and narrative and preclinical
reviews are mechanism-based reasoning (level 5). A design that the title does
not state has no level.
"""

from __future__ import annotations

import enum
from types import MappingProxyType
from typing import Final

from nmda_pain.model.enums import StudyDesign

__all__ = ["EVIDENCE_SCALE", "STUDY_DESIGN_LEVELS", "EvidenceLevel"]

EVIDENCE_SCALE: Final = "Oxford CEBM 2011 Levels of Evidence (treatment benefits)"
"""The name of the scale :class:`EvidenceLevel` follows."""


@enum.unique
class EvidenceLevel(enum.IntEnum):
    """A level of the Oxford CEBM 2011 scale; level 1 is the strongest.

    Being an ``int``, a smaller level is stronger evidence:
    ``EvidenceLevel.LEVEL_1 < EvidenceLevel.LEVEL_5``.

    .. versionadded:: 0.1.0
    """

    LEVEL_1 = 1
    """A systematic review of randomized trials."""
    LEVEL_2 = 2
    """A randomized trial."""
    LEVEL_3 = 3
    """A non-randomized controlled cohort or follow-up study."""
    LEVEL_4 = 4
    """Case series, case-control or historically controlled studies."""
    LEVEL_5 = 5
    """Mechanism-based reasoning."""


STUDY_DESIGN_LEVELS: Final = MappingProxyType(
    {
        StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS: EvidenceLevel.LEVEL_1,
        StudyDesign.RANDOMIZED_CONTROLLED_TRIAL: EvidenceLevel.LEVEL_2,
        StudyDesign.NARRATIVE_REVIEW: EvidenceLevel.LEVEL_5,
        StudyDesign.PRECLINICAL_REVIEW: EvidenceLevel.LEVEL_5,
    }
)
"""The evidence level of each study design; designs not listed have none."""
