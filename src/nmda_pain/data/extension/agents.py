"""The agents the extension adds: NMDA-active drugs the article does not name, quinine and the product."""

from __future__ import annotations

from typing import Final

from nmda_pain.model import (
    Agent,
    AgentKind,
)

__all__ = ["AGENTS"]

AGENTS: Final[tuple[Agent, ...]] = (
    Agent(id="esketamine", name="Esketamine", description="The S-enantiomer of ketamine."),
    Agent(
        id="dextrorphan",
        name="Dextrorphan",
        description="One of the NMDA-active agents in the project's reference table; what it does, and the sources, are in its claims.",
        notes=(
            "That it is dextromethorphan's CYP2D6 metabolite is unconfirmed in the reference "
            "table and not recorded."
        ),
    ),
    Agent(
        id="amantadine",
        name="Amantadine",
        description="One of the NMDA-active agents in the project's reference table; what it does, and the sources, are in its claims.",
    ),
    Agent(
        id="methadone",
        name="Methadone",
        description="One of the NMDA-active agents in the project's reference table; what it does, and the sources, are in its claims.",
    ),
    Agent(
        id="magnesium-sulfate",
        name="Magnesium sulfate",
        description=(
            "The salt, kept apart from the Mg2+ ion, which is what GtoPdb records at the receptor; "
            "what it does, and the sources, are in its claims."
        ),
    ),
    Agent(
        id="nitrous-oxide",
        name="Nitrous oxide",
        synonyms=("dinitrogen oxide",),
        description="One of the NMDA-active agents in the project's reference table; what it does, and the sources, are in its claims.",
    ),
    Agent(
        id="dizocilpine",
        name="Dizocilpine",
        synonyms=("MK-801",),
        description=(
            "No ATC code exists for it (WHO, 2026); the PCP/MK-801 site of the NMDA receptor's "
            "channel pore bears its code name. What it does is in its claims."
        ),
    ),
    Agent(
        id="ifenprodil",
        name="Ifenprodil",
        description="One of the NMDA-active agents in the project's reference table; what it does, and the sources, are in its claims.",
    ),
    Agent(
        id="traxoprodil",
        name="Traxoprodil",
        synonyms=("CP-101,606",),
        description="Derived from ifenprodil (Chenard et al. 1995); what it does is in its claims.",
        notes="No ChEBI entry is confirmed for it.",
    ),
    Agent(
        id="quinine",
        name="Quinine",
        description=(
            "Named by the article's Introduction where quinidine is meant; not the "
            "CYP2D6-inhibiting partner of dextromethorphan."
        ),
        notes=(
            "The NUEDEXTA label contraindicates concomitant quinidine, quinine or mefloquine, "
            "which confirms that the Introduction's 'quinine' is a slip for quinidine. Recorded "
            "with its identifiers only, so that the name resolves to the right substance."
        ),
    ),
    Agent(
        id="dextromethorphan-quinidine",
        name="Dextromethorphan/quinidine",
        kind=AgentKind.PRODUCT,
        synonyms=("NUEDEXTA",),
        description=(
            "Capsules of dextromethorphan hydrobromide 20 mg and quinidine sulfate 10 mg, first "
            "approved in the US in 2010 (NDA021879)."
        ),
        notes=(
            "Not approved for pain, nor for any neuropathic-pain indication. WHO's ATC code "
            "N07XX59 ('dextromethorphan, combinations') is tied to this product only by "
            "third-party code, so it is not recorded."
        ),
    ),
)
