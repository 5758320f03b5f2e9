"""The agents the article names: drugs, drug classes and the quinidine combination.

Descriptions restate the article in the curator's words; the reference
numbers in brackets point to the paragraph that says it.
"""

from __future__ import annotations

from typing import Final

from nmda_pain.model import Agent, AgentKind

NMDA_RECEPTOR_ANTAGONISTS: Final = Agent(
    id="nmda-receptor-antagonists",
    name="NMDA receptor antagonists",
    kind=AgentKind.DRUG_CLASS,
    synonyms=("NMDA antagonists",),
    description="The drug class the article reviews: agents that block or inhibit the NMDA receptor, used and studied for pain relief and in anaesthesia.",
    notes="Statements the article makes of the class as a whole are claims with this class as subject; the queries add them to each member unless include_class=False.",
)

SELECTIVE_NMDA_RECEPTOR_ANTAGONISTS: Final = Agent(
    id="selective-nmda-receptor-antagonists",
    name="Selective NMDA receptor antagonists",
    kind=AgentKind.DRUG_CLASS,
    synonyms=("selective NMDA antagonists",),
    description="Antagonists under development that aim at better safety than the existing agents while making their analgesic efficacy as large as possible [8].",
    notes="The article names no individual compound of this group. As a subclass it inherits, in the queries, the class's adverse effects named in [8], which these agents are being developed to minimise.",
)

KETAMINE: Final = Agent(
    id="ketamine",
    name="Ketamine",
    description="The article's example of an NMDA receptor antagonist with well-established efficacy against severe pain [2].",
)

MEMANTINE: Final = Agent(
    id="memantine",
    name="Memantine",
    description="An NMDA receptor antagonist with lower receptor affinity than ketamine, presented as promising for neuropathic pain [3].",
)

DEXTROMETHORPHAN: Final = Agent(
    id="dextromethorphan",
    name="Dextromethorphan",
    other_uses=("cough suppressant",),
    description="A cough suppressant with NMDA receptor antagonist properties, reported effective in neuropathic pain, alone or with quinidine [5].",
)

QUINIDINE: Final = Agent(
    id="quinidine",
    name="Quinidine",
    description="The partner of dextromethorphan in the combination the article describes; it raises dextromethorphan's bioavailability [5].",
    notes=(
        "The Introduction names 'quinine' as the partner where the Description and Conclusion name "
        "quinidine; the partner is quinidine. The article's own records hold no quinine agent; the "
        "extended registry adds one, with its identifiers, so that the Introduction's word resolves to "
        "the right substance. The article also groups quinidine with 'other analgesics' and credits the "
        "bioavailability gain to the combination. The curator records no pain claim for quinidine, "
        "whose role in the combination is the bioavailability gain, and credits that gain to it; the "
        "extended registry's claims, citing the product's label, say how it raises dextromethorphan's "
        "levels and what the product is approved for."
    ),
)

OPIOIDS: Final = Agent(
    id="opioids",
    name="Opioids",
    kind=AgentKind.DRUG_CLASS,
    synonyms=("opioid analgesics",),
    description="Named by the article as drugs whose prolonged use can cause hyperalgesia [6] and whose requirement NMDA receptor antagonists reduce in anaesthesia [9].",
)

ANESTHETIC_AGENTS: Final = Agent(
    id="anesthetic-agents",
    name="Anesthetic agents",
    kind=AgentKind.DRUG_CLASS,
    synonyms=("anaesthetic agents", "anesthetics", "anaesthetics"),
    description="Other agents used in anaesthesia, whose requirement NMDA receptor antagonists reduce [9].",
)

ANALGESICS: Final = Agent(
    id="analgesics",
    name="Analgesics",
    kind=AgentKind.DRUG_CLASS,
    synonyms=("analgesic agents",),
    description="Existing pain-relieving treatments, to which the article positions NMDA receptor antagonists as adjuncts [1].",
)

AGENTS: Final[tuple[Agent, ...]] = (
    NMDA_RECEPTOR_ANTAGONISTS,
    SELECTIVE_NMDA_RECEPTOR_ANTAGONISTS,
    KETAMINE,
    MEMANTINE,
    DEXTROMETHORPHAN,
    QUINIDINE,
    OPIOIDS,
    ANESTHETIC_AGENTS,
    ANALGESICS,
)
