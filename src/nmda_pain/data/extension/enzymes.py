"""The enzyme the extension adds: CYP2D6, which quinidine inhibits."""

from __future__ import annotations

from typing import Final

from nmda_pain.model import (
    Enzyme,
)

__all__ = ["ENZYMES"]

ENZYMES: Final[tuple[Enzyme, ...]] = (
    Enzyme(
        id="cyp2d6",
        name="CYP2D6",
        synonyms=("cytochrome P450 2D6",),
        description=(
            "The cytochrome P450 enzyme of a major biotransformation pathway of "
            "dextromethorphan, which quinidine inhibits."
        ),
    ),
)
