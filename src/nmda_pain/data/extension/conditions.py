"""The condition the extension adds: the approved indication of the dextromethorphan/quinidine product."""

from __future__ import annotations

from typing import Final

from nmda_pain.model import (
    Condition,
    ConditionKind,
)

__all__ = ["CONDITIONS"]

CONDITIONS: Final[tuple[Condition, ...]] = (
    Condition(
        id="pseudobulbar-affect",
        name="Pseudobulbar affect",
        kind=ConditionKind.CONDITION,
        synonyms=("PBA",),
        description="The condition for which the dextromethorphan/quinidine product is approved.",
    ),
)
