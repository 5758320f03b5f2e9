"""The NMDA receptor's subunits, including the rat GluN2C subunit GtoPdb measures at."""

from __future__ import annotations

from typing import Final

from nmda_pain.model import (
    Receptor,
)

__all__ = ["RECEPTORS"]


def _subunit(name: str) -> Receptor:
    return Receptor(
        id=name.lower(),
        name=name,
        subunit_of="nmda-receptor",
        description=f"The {name} subunit of the NMDA receptor.",
    )


RECEPTORS: Final[tuple[Receptor, ...]] = (
    _subunit("GluN1"),
    _subunit("GluN2A"),
    _subunit("GluN2B"),
    Receptor(
        id="glun2c",
        name="GluN2C",
        subunit_of="nmda-receptor",
        description="The GluN2C subunit of the NMDA receptor.",
        notes=(
            "Identified by the human gene and protein. No species is set: the values GtoPdb "
            "records at its GluN2C target come from a study whose assay species is not confirmed."
        ),
    ),
    _subunit("GluN2D"),
    _subunit("GluN3A"),
    _subunit("GluN3B"),
    Receptor(
        id="glun2c-rat",
        name="Rat GluN2C",
        subunit_of="nmda-receptor",
        species="rat",
        description="The rat GluN2C subunit, at which GtoPdb records memantine's pKi.",
    ),
)
