"""The receptor the article names: the NMDA receptor.

Descriptions restate the article in the curator's words; the reference
numbers in brackets point to the paragraph that says it.
"""

from __future__ import annotations

from typing import Final

from nmda_pain.model import Receptor

NMDA_RECEPTOR: Final = Receptor(
    id="nmda-receptor",
    name="NMDA receptor",
    permeant_ions=("calcium",),
    synonyms=("NMDA receptors",),
    description="The receptor that gives the drug class its name: blocking it stops calcium ions entering through it [1], and targeting it interferes with glutamatergic transmission [7].",
    notes="The article says only that calcium flows in through the receptor, so that is all permeant_ions records; what gates the channel goes beyond the article and is not recorded here.",
)

RECEPTORS: Final[tuple[Receptor, ...]] = (NMDA_RECEPTOR,)
