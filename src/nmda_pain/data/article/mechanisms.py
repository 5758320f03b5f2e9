"""The mechanisms of action the article names.

Descriptions restate the article in the curator's words; the reference
numbers in brackets point to the paragraph that says it.
"""

from __future__ import annotations

from typing import Final

from nmda_pain.model import Mechanism

CENTRAL_SENSITIZATION_INTERFERENCE: Final = Mechanism(
    id="central-sensitization-interference",
    name="Interference with central sensitization",
    synonyms=("reduction of central sensitization",),
    description="Disrupting the central sensitization processes that underlie chronic pain states; the Introduction's paragraph [1] calls it the class's primary mechanism, and [7] credits reduced central sensitization for relief of acute and chronic pain.",
)

CALCIUM_INFLUX_BLOCKADE: Final = Mechanism(
    id="calcium-influx-blockade",
    name="Blockade of calcium influx",
    synonyms=("calcium ion influx blockade",),
    description="Stopping calcium ions from entering through NMDA receptors, which the article links to less hyperalgesia and allodynia [1].",
)

CNS_HYPEREXCITABILITY_DISRUPTION: Final = Mechanism(
    id="cns-hyperexcitability-disruption",
    name="Disruption of central nervous system hyperexcitability",
    synonyms=("CNS hyperexcitability disruption",),
    description="Breaking up the hyperexcitable state of the central nervous system that marks chronic pain; the article's explanation for ketamine's efficacy [2].",
)

GLIAL_ACTIVATION_MODULATION: Final = Mechanism(
    id="glial-activation-modulation",
    name="Modulation of glial cell activation",
    description="Influencing the activation of glial cells, which the article counts as a key part of how chronic pain develops and persists [4].",
)

GLIAL_CYTOKINE_RELEASE_DAMPENING: Final = Mechanism(
    id="glial-cytokine-release-dampening",
    name="Dampening of pro-inflammatory cytokine release from microglia and astrocytes",
    synonyms=("cytokine release dampening",),
    description="Less pro-inflammatory cytokine output from the two glial cell types the article names, microglia and astrocytes [4].",
)

NEUROINFLAMMATION_REDUCTION: Final = Mechanism(
    id="neuroinflammation-reduction",
    name="Reduction of neuroinflammation",
    description="Damping the neuroinflammatory cascade that follows glial cytokine release; with the neuronal effects, the 'dual action' the article describes [4].",
)

OIH_COUNTERACTION: Final = Mechanism(
    id="opioid-induced-hyperalgesia-counteraction",
    name="Counteraction of opioid-induced maladaptive changes",
    synonyms=("counteraction of opioid-induced hyperalgesia",),
    description="Opposing the maladaptive changes in pain-processing pathways that prolonged opioid exposure causes, by inhibiting NMDA receptor activity [6].",
)

GLUTAMATERGIC_INTERFERENCE: Final = Mechanism(
    id="glutamatergic-transmission-interference",
    name="Interference with glutamatergic neurotransmission",
    synonyms=("glutamatergic neurotransmission interference",),
    description="Disrupting glutamatergic signalling, which the article places at the centre of pain signal transduction and propagation [7].",
)

EXCITOTOXICITY_MITIGATION: Final = Mechanism(
    id="excitotoxicity-mitigation",
    name="Mitigation of excitotoxicity",
    synonyms=("excitotoxicity reduction",),
    description="Limiting excitotoxicity in the nervous system, a consequence of interfering with glutamatergic transmission [7].",
)

DESCENDING_PATHWAY_MODULATION: Final = Mechanism(
    id="descending-pathway-modulation",
    name="Modulation of descending pain pathways",
    description="Acting on the descending pathways that modulate pain, through changes in glutamatergic and other transmitter systems; the article calls the molecular details complex and sees understanding them as a condition for better targeted therapies [10].",
)

DEXTROMETHORPHAN_BIOAVAILABILITY_INCREASE: Final = Mechanism(
    id="dextromethorphan-bioavailability-increase",
    name="Raising dextromethorphan's bioavailability",
    description="Making more of a dextromethorphan dose available to the body, the contribution of quinidine to the combination [5].",
)

MECHANISMS: Final[tuple[Mechanism, ...]] = (
    CENTRAL_SENSITIZATION_INTERFERENCE,
    CALCIUM_INFLUX_BLOCKADE,
    CNS_HYPEREXCITABILITY_DISRUPTION,
    GLIAL_ACTIVATION_MODULATION,
    GLIAL_CYTOKINE_RELEASE_DAMPENING,
    NEUROINFLAMMATION_REDUCTION,
    OIH_COUNTERACTION,
    GLUTAMATERGIC_INTERFERENCE,
    EXCITOTOXICITY_MITIGATION,
    DESCENDING_PATHWAY_MODULATION,
    DEXTROMETHORPHAN_BIOAVAILABILITY_INCREASE,
)
