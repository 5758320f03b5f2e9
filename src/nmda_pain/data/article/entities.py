"""The entities the article names: agents, the receptor, mechanisms, effects, conditions.

Descriptions restate the article in the curator's words; the reference
numbers in brackets point to the paragraph that says it.
"""

from __future__ import annotations

from typing import Final

from nmda_pain.model import (
    AdverseEffect,
    AdverseEffectCategory,
    Agent,
    AgentKind,
    Condition,
    ConditionKind,
    Mechanism,
    Receptor,
)

# --- agents ------------------------------------------------------------------------------

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

# --- receptor ----------------------------------------------------------------------------

NMDA_RECEPTOR: Final = Receptor(
    id="nmda-receptor",
    name="NMDA receptor",
    permeant_ions=("calcium",),
    synonyms=("NMDA receptors",),
    description="The receptor that gives the drug class its name: blocking it stops calcium ions entering through it [1], and targeting it interferes with glutamatergic transmission [7].",
    notes="The article says only that calcium flows in through the receptor, so that is all permeant_ions records; what gates the channel goes beyond the article and is not recorded here.",
)

RECEPTORS: Final[tuple[Receptor, ...]] = (NMDA_RECEPTOR,)

# --- mechanisms --------------------------------------------------------------------------

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

# --- adverse effects ---------------------------------------------------------------------

PSYCHOTOMIMETIC_EFFECTS: Final = AdverseEffect(
    id="psychotomimetic-effects",
    name="Psychotomimetic effects",
    category=AdverseEffectCategory.PSYCHOTOMIMETIC,
    synonyms=("psychotomimetic side effects", "psychotomimetic properties"),
    description="Side effects that the article says must be weighed and monitored when ketamine-like antagonists are used [2].",
    notes="In the anaesthesia paragraph [9] the article lists psychotomimetic properties among the reasons the class is used; the curator records that as a produced effect, not a benefit, since such effects are adverse.",
)

CARDIOVASCULAR_EFFECTS: Final = AdverseEffect(
    id="cardiovascular-effects",
    name="Cardiovascular side effects",
    category=AdverseEffectCategory.CARDIOVASCULAR,
    synonyms=("cardiovascular effects",),
    description="Effects on the heart and circulation that the article says need consideration when ketamine is used [2].",
)

HALLUCINATIONS: Final = AdverseEffect(
    id="hallucinations",
    name="Hallucinations",
    category=AdverseEffectCategory.PSYCHOTOMIMETIC,
    description="Named by the article among the adverse effects that newer, selective antagonists aim to minimise [8].",
)

COGNITIVE_IMPAIRMENT: Final = AdverseEffect(
    id="cognitive-impairment",
    name="Cognitive impairment",
    category=AdverseEffectCategory.COGNITIVE,
    description="Named by the article among the adverse effects that newer, selective antagonists aim to minimise [8].",
)

CARDIOVASCULAR_INSTABILITY: Final = AdverseEffect(
    id="cardiovascular-instability",
    name="Cardiovascular instability",
    category=AdverseEffectCategory.CARDIOVASCULAR,
    description="Named by the article among the adverse effects that newer, selective antagonists aim to minimise [8].",
)

AMNESIA: Final = AdverseEffect(
    id="amnesia",
    name="Amnesia",
    category=AdverseEffectCategory.COGNITIVE,
    synonyms=("amnestic effect", "amnesic effect", "amnestic properties", "amnesic properties"),
    description="The article lists amnestic properties among the reasons the class is used in anaesthesia [9].",
    notes=(
        "The Introduction spells the property 'amnesic', the Description 'amnestic'; both are kept as synonyms "
        "and mean the same. The article presents it as an advantage in anaesthesia, never as a harm: it is an "
        "AdverseEffect record only because that family holds drug effects, and its one claim uses "
        "produces_effect, not causes_adverse_effect. Filing it under the cognitive category is the curator's choice."
    ),
)

ADVERSE_EFFECTS: Final[tuple[AdverseEffect, ...]] = (
    PSYCHOTOMIMETIC_EFFECTS,
    CARDIOVASCULAR_EFFECTS,
    HALLUCINATIONS,
    COGNITIVE_IMPAIRMENT,
    CARDIOVASCULAR_INSTABILITY,
    AMNESIA,
)

# --- conditions --------------------------------------------------------------------------

NEUROPATHIC_PAIN: Final = Condition(
    id="neuropathic-pain",
    name="Neuropathic pain",
    kind=ConditionKind.CONDITION,
    description="A chronic pain condition the article names for the class [1], memantine [3] and dextromethorphan [5].",
)

INFLAMMATORY_PAIN: Final = Condition(
    id="inflammatory-pain",
    name="Inflammatory pain",
    kind=ConditionKind.CONDITION,
    description="A chronic pain condition in which the article says the class is being explored [1].",
)

POSTOPERATIVE_PAIN: Final = Condition(
    id="postoperative-pain",
    name="Postoperative pain",
    kind=ConditionKind.CONDITION,
    description="Pain after surgery; a setting of ketamine's established efficacy [2] and of the class's use in anaesthesia [9].",
)

INTRAOPERATIVE_PAIN: Final = Condition(
    id="intraoperative-pain",
    name="Intraoperative pain",
    kind=ConditionKind.CONDITION,
    description="Pain during surgery, whose control the article says the class improves in anaesthesia [9].",
)

COMPLEX_REGIONAL_PAIN_SYNDROME: Final = Condition(
    id="complex-regional-pain-syndrome",
    name="Complex regional pain syndrome",
    kind=ConditionKind.CONDITION,
    synonyms=("CRPS",),
    description="A pain syndrome the article names as a setting of ketamine's established efficacy [2].",
)

CHRONIC_POST_SURGICAL_PAIN: Final = Condition(
    id="chronic-post-surgical-pain",
    name="Chronic post-surgical pain",
    kind=ConditionKind.CONDITION,
    synonyms=("chronic pain after surgery",),
    description="Chronic pain syndromes that develop after surgery, whose development the article says the class helps mitigate [9].",
)

ACUTE_PAIN: Final = Condition(
    id="acute-pain",
    name="Acute pain",
    kind=ConditionKind.CATEGORY,
    description="Acute pain states, which the article says the class attenuates [7].",
)

CHRONIC_PAIN: Final = Condition(
    id="chronic-pain",
    name="Chronic pain",
    kind=ConditionKind.CATEGORY,
    synonyms=("chronic pain states", "chronic pain conditions"),
    description="Persistent pain states, marked by central sensitization and central hyperexcitability in the article's account [1, 2].",
)

SEVERE_PAIN: Final = Condition(
    id="severe-pain",
    name="Severe pain",
    kind=ConditionKind.CATEGORY,
    description="Pain of high intensity, in which the article calls ketamine's efficacy well-established [2].",
)

HYPERALGESIA: Final = Condition(
    id="hyperalgesia",
    name="Hyperalgesia",
    kind=ConditionKind.SYMPTOM,
    description="A pain phenomenon whose development and maintenance the article says the class attenuates by blocking calcium influx [1].",
)

ALLODYNIA: Final = Condition(
    id="allodynia",
    name="Allodynia",
    kind=ConditionKind.SYMPTOM,
    description="A pain phenomenon whose development and maintenance the article says the class attenuates by blocking calcium influx [1].",
)

OPIOID_INDUCED_HYPERALGESIA: Final = Condition(
    id="opioid-induced-hyperalgesia",
    name="Opioid-induced hyperalgesia",
    kind=ConditionKind.SYMPTOM,
    synonyms=("OIH",),
    description="A paradoxical rise in pain sensitivity after prolonged opioid exposure, which the article says NMDA receptor antagonists help prevent [6].",
)

PAIN_HYPERSENSITIVITY: Final = Condition(
    id="pain-hypersensitivity",
    name="Pain hypersensitivity",
    kind=ConditionKind.SYMPTOM,
    description="Increased sensitivity to pain, which the article says damping glial neuroinflammation relieves [4].",
)

CONDITIONS: Final[tuple[Condition, ...]] = (
    NEUROPATHIC_PAIN,
    INFLAMMATORY_PAIN,
    POSTOPERATIVE_PAIN,
    INTRAOPERATIVE_PAIN,
    COMPLEX_REGIONAL_PAIN_SYNDROME,
    CHRONIC_POST_SURGICAL_PAIN,
    ACUTE_PAIN,
    CHRONIC_PAIN,
    SEVERE_PAIN,
    HYPERALGESIA,
    ALLODYNIA,
    OPIOID_INDUCED_HYPERALGESIA,
    PAIN_HYPERSENSITIVITY,
)
