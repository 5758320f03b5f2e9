"""Every statement of the article as a claim, paragraph by paragraph.

The Introduction and the Description each have ten paragraphs, one per
reference, that say the same things in different words; the Conclusion
restates them without citations. So each claim cites the reference of its
paragraph and lists every section that makes the statement.

Certainty follows the article's wording (see :class:`nmda_pain.Certainty`):
"well-established" is established; "has exhibited/has shown efficacy",
"is effective" demonstrated; plain assertions and "can" stated; "promise",
"valuable adjunct" promising; "being explored", "area of research" under
investigation; "it is theorized", "may", "potentially" theorized. Where the
sections differ, the claim takes the wording of the Description and a note
records the difference.
"""

from __future__ import annotations

from typing import Final

from nmda_pain.model import Certainty, Claim, ClinicalSetting, Evidence, Predicate, Section

_I = Section.INTRODUCTION
_D = Section.DESCRIPTION
_C = Section.CONCLUSION

_CLASS = "nmda-receptor-antagonists"


def _cites(reference: str, *sections: Section) -> Evidence:
    return Evidence(reference=reference, sections=sections)


# --- [1] Tsuruoka 2022: central sensitization, calcium influx, hyperalgesia and allodynia ---

_PARAGRAPH_1: Final = (
    Claim(
        subject=_CLASS,
        predicate=Predicate.ACTS_VIA,
        object="central-sensitization-interference",
        evidence=(_cites("tsuruoka-2022", _I, _D, _C), _cites("wang-2023", _I, _D)),
        certainty=Certainty.STATED,
        notes="The Introduction's paragraph [1] calls this the class's primary mechanism of action; [7] names reduced central sensitization as what lets the class attenuate acute and chronic pain.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.ACTS_VIA,
        object="calcium-influx-blockade",
        evidence=(_cites("tsuruoka-2022", _I, _D, _C),),
        certainty=Certainty.STATED,
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.ANTAGONIZES,
        object="nmda-receptor",
        evidence=(
            _cites("tsuruoka-2022", _I, _D),
            _cites("el-tahan-2022", _I, _D),
            _cites("wang-2023", _I, _D),
        ),
        certainty=Certainty.STATED,
        notes="Stated through blocking calcium influx through NMDA receptors [1], inhibiting NMDA receptor activity [6] and targeting the NMDA receptor [7].",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.ATTENUATES,
        object="hyperalgesia",
        evidence=(_cites("tsuruoka-2022", _I, _D, _C),),
        certainty=Certainty.STATED,
        via=("calcium-influx-blockade",),
        notes="The maintenance half of 'attenuate the development and maintenance of': lessening hyperalgesia once it is there. The development half is the 'prevents' claim. Both are said to follow from blocking calcium influx.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.PREVENTS,
        object="hyperalgesia",
        evidence=(_cites("tsuruoka-2022", _I, _D),),
        certainty=Certainty.STATED,
        via=("calcium-influx-blockade",),
        notes="The development half of 'attenuate the development and maintenance of': lowering the risk that hyperalgesia develops, which Biolink calls preventative, not ameliorating an existing condition. The Conclusion speaks only of reducing hyperalgesia.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.ATTENUATES,
        object="allodynia",
        evidence=(_cites("tsuruoka-2022", _I, _D, _C),),
        certainty=Certainty.STATED,
        via=("calcium-influx-blockade",),
        notes="The maintenance half of 'attenuate the development and maintenance of', as for hyperalgesia; the development half is the 'prevents' claim.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.PREVENTS,
        object="allodynia",
        evidence=(_cites("tsuruoka-2022", _I, _D),),
        certainty=Certainty.STATED,
        via=("calcium-influx-blockade",),
        notes="The development half of 'attenuate the development and maintenance of', as for hyperalgesia.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.TREATS,
        object="neuropathic-pain",
        evidence=(_cites("tsuruoka-2022", _I, _D),),
        certainty=Certainty.UNDER_INVESTIGATION,
        notes="The article says the class's therapeutic potential is being explored in neuropathic pain.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.TREATS,
        object="inflammatory-pain",
        evidence=(_cites("tsuruoka-2022", _I, _D),),
        certainty=Certainty.UNDER_INVESTIGATION,
        notes="The article says the class's therapeutic potential is being explored in inflammatory pain.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.TREATS,
        object="chronic-pain",
        evidence=(_cites("tsuruoka-2022", _I, _D),),
        certainty=Certainty.UNDER_INVESTIGATION,
        notes="The article says the class is being explored across chronic pain conditions; [7] separately states that the class attenuates chronic pain states (see the 'attenuates' claim).",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.ADJUNCT_TO,
        object="analgesics",
        evidence=(_cites("tsuruoka-2022", _I, _D),),
        certainty=Certainty.PROMISING,
        notes="The article sees the class as a useful add-on to the pain treatments already in use ('valuable adjunct'): an adjunct to a therapy, not a pharmacological interaction between drugs. The article's object is 'existing analgesic strategies', recorded as the analgesics.",
    ),
)

# --- [2] Ragab 2021: ketamine --------------------------------------------------------------

_PARAGRAPH_2: Final = (
    Claim(
        subject="ketamine",
        predicate=Predicate.MEMBER_OF,
        object=_CLASS,
        evidence=(_cites("ragab-2021", _I, _D, _C),),
        certainty=Certainty.STATED,
        notes="The article names ketamine as an example of an NMDA receptor antagonist.",
    ),
    Claim(
        subject="ketamine",
        predicate=Predicate.TREATS,
        object="severe-pain",
        via=("cns-hyperexcitability-disruption",),
        evidence=(_cites("ragab-2021", _I, _D, _C),),
        certainty=Certainty.ESTABLISHED,
        notes="The Description calls this efficacy well-established; the Introduction speaks of established efficacy and the Conclusion calls ketamine effective. Stated of 'NMDA receptor antagonists like ketamine' and curated on ketamine, the example named.",
    ),
    Claim(
        subject="ketamine",
        predicate=Predicate.TREATS,
        object="postoperative-pain",
        via=("cns-hyperexcitability-disruption",),
        evidence=(_cites("ragab-2021", _I, _D),),
        certainty=Certainty.ESTABLISHED,
        notes="Named with CRPS as a context of ketamine's well-established efficacy against severe pain. The cited title reports a review of chronic pain, not postoperative pain.",
    ),
    Claim(
        subject="ketamine",
        predicate=Predicate.TREATS,
        object="complex-regional-pain-syndrome",
        via=("cns-hyperexcitability-disruption",),
        evidence=(_cites("ragab-2021", _I, _D),),
        certainty=Certainty.ESTABLISHED,
        notes="Named with postoperative pain as a context of ketamine's well-established efficacy against severe pain.",
    ),
    Claim(
        subject="ketamine",
        predicate=Predicate.MEMBER_OF,
        object="analgesics",
        evidence=(_cites("ragab-2021", _I, _D),),
        certainty=Certainty.STATED,
        notes="The article calls antagonists 'like ketamine' potent analgesics, because they disrupt the hyperexcitability of the central nervous system. Curated on ketamine, the example named, as its other [2] claims are.",
    ),
    Claim(
        subject="ketamine",
        predicate=Predicate.ACTS_VIA,
        object="cns-hyperexcitability-disruption",
        evidence=(_cites("ragab-2021", _I, _D),),
        certainty=Certainty.STATED,
        notes="The article uses this mechanism to explain why ketamine-like antagonists work, and calls them potent analgesics on that account. Stated of antagonists 'like ketamine' and curated on ketamine, the example named.",
    ),
    Claim(
        subject="ketamine",
        predicate=Predicate.CAUSES_ADVERSE_EFFECT,
        object="psychotomimetic-effects",
        evidence=(_cites("ragab-2021", _I, _D),),
        certainty=Certainty.STATED,
        notes="Stated of 'NMDA receptor antagonists like ketamine' and curated on ketamine, the example named. The article asks for these effects to be weighed and monitored for safe use; the Introduction calls them potential side effects. The Conclusion mentions ketamine's side effects only in general.",
    ),
    Claim(
        subject="ketamine",
        predicate=Predicate.CAUSES_ADVERSE_EFFECT,
        object="cardiovascular-effects",
        evidence=(_cites("ragab-2021", _I, _D),),
        certainty=Certainty.STATED,
        notes="Stated of 'NMDA receptor antagonists like ketamine' and curated on ketamine, the example named. The article asks for these effects to be weighed and monitored for safe use; the Introduction calls them potential side effects. The Conclusion mentions ketamine's side effects only in general.",
    ),
)

# --- [3] Rowbotham 2020: memantine -----------------------------------------------------------

_PARAGRAPH_3: Final = (
    Claim(
        subject="memantine",
        predicate=Predicate.MEMBER_OF,
        object=_CLASS,
        evidence=(_cites("rowbotham-2020", _I, _D),),
        certainty=Certainty.STATED,
    ),
    Claim(
        subject="memantine",
        predicate=Predicate.TREATS,
        object="neuropathic-pain",
        evidence=(_cites("rowbotham-2020", _I, _D, _C),),
        certainty=Certainty.PROMISING,
        notes="The Introduction speaks of considerable promise, the Description and Conclusion of promise. The article adds that research is still needed to delineate memantine's analgesic mechanisms and clinical utility.",
    ),
    Claim(
        subject="memantine",
        predicate=Predicate.TREATS,
        object="chronic-pain",
        evidence=(_cites("rowbotham-2020", _I, _D),),
        certainty=Certainty.PROMISING,
        notes="The article presents memantine as promising in chronic pain conditions. It adds, hedged ('potentially', 'may'), that the better side-effect profile could make memantine a viable option for long-term pain management; that is no claim of its own, since no predicate or qualifier here says how long a treatment lasts, so it stays this note (see also the better_tolerated_than claim).",
    ),
    Claim(
        subject="memantine",
        predicate=Predicate.HAS_LOWER_AFFINITY_THAN,
        object="ketamine",
        evidence=(_cites("rowbotham-2020", _I, _D),),
        certainty=Certainty.STATED,
        notes="Affinity for the NMDA receptor. The Description states the lower affinity plainly; the Introduction states it inside a sentence that theorizes about its consequence.",
    ),
    Claim(
        subject="memantine",
        predicate=Predicate.BETTER_TOLERATED_THAN,
        object="ketamine",
        evidence=(_cites("rowbotham-2020", _I, _D, _C),),
        certainty=Certainty.THEORIZED,
        notes="The Introduction offers the better profile as a theory that rests on the lower affinity; the Description says it may follow, the Conclusion that it is potential. On that basis the article sees memantine as a possible long-term option.",
    ),
)

# --- [4] Li 2023: glia and neuroinflammation --------------------------------------------------

_PARAGRAPH_4: Final = (
    Claim(
        subject=_CLASS,
        predicate=Predicate.ACTS_VIA,
        object="glial-activation-modulation",
        evidence=(_cites("li-2023", _I, _D, _C),),
        certainty=Certainty.STATED,
        notes="The Conclusion states plainly that the antagonists modulate glial cell activation, and the Introduction and Description state its sub-mechanism (dampened cytokine release) plainly; what they call a significant area of research is the study of this role, not whether it exists. So the claim is stated, as its sub-mechanism is.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.ACTS_VIA,
        object="glial-cytokine-release-dampening",
        evidence=(_cites("li-2023", _I, _D),),
        certainty=Certainty.STATED,
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.ACTS_VIA,
        object="neuroinflammation-reduction",
        evidence=(_cites("li-2023", _I, _D, _C),),
        certainty=Certainty.STATED,
        notes="The article calls the combined neuronal and glial action a dual action that underlines the class's multifaceted analgesic potential.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.ATTENUATES,
        object="pain-hypersensitivity",
        evidence=(_cites("li-2023", _I, _D),),
        certainty=Certainty.STATED,
        via=("neuroinflammation-reduction",),
        notes="By reducing the neuroinflammatory cascade, as both sections put it.",
    ),
)

# --- [5] Madan 2020: dextromethorphan and quinidine -------------------------------------------

_PARAGRAPH_5: Final = (
    Claim(
        subject="dextromethorphan",
        predicate=Predicate.MEMBER_OF,
        object=_CLASS,
        evidence=(_cites("madan-2020", _I, _D),),
        certainty=Certainty.STATED,
        notes="The article says dextromethorphan has NMDA receptor antagonist properties.",
    ),
    Claim(
        subject="dextromethorphan",
        predicate=Predicate.ANTAGONIZES,
        object="nmda-receptor",
        evidence=(_cites("madan-2020", _I, _D),),
        certainty=Certainty.STATED,
    ),
    Claim(
        subject="dextromethorphan",
        predicate=Predicate.TREATS,
        object="neuropathic-pain",
        evidence=(_cites("madan-2020", _I, _D, _C),),
        certainty=Certainty.DEMONSTRATED,
        notes="The Introduction says it has exhibited notable efficacy, the Description that it has shown efficacy, the Conclusion that it is effective.",
    ),
    Claim(
        subject="dextromethorphan",
        predicate=Predicate.COMBINED_WITH,
        object="quinidine",
        evidence=(_cites("madan-2020", _I, _D, _C),),
        certainty=Certainty.STATED,
        notes=(
            "The Introduction names the partner as 'quinine'; the Description and Conclusion name quinidine, "
            "which is the partner recorded here. The article counts the partner among the 'other analgesic agents'; "
            "the curator does not, since the article's own account of its part is the bioavailability gain "
            "(the extended registry's claims, citing the product's label, say how). The Introduction calls the "
            "combination synergistic and says, hedged with 'potentially', that it may enhance dextromethorphan's "
            "pain relief while reducing side effects; the Description says the same. That is no claim of its "
            "own: no predicate here says that one agent enhances another's effect, and the means the article "
            "names, the raised bioavailability, is the increases_bioavailability_of claim, so it stays this note."
        ),
    ),
    Claim(
        subject="quinidine",
        predicate=Predicate.INCREASES_BIOAVAILABILITY_OF,
        object="dextromethorphan",
        evidence=(_cites("madan-2020", _I, _D),),
        certainty=Certainty.STATED,
        notes="The article credits the gain to the combination (with 'quinine' in the Introduction); the curator credits it to quinidine, whose role it is (the extended registry's claims, citing the product's label, say how).",
    ),
    Claim(
        subject="quinidine",
        predicate=Predicate.ACTS_VIA,
        object="dextromethorphan-bioavailability-increase",
        evidence=(_cites("madan-2020", _I, _D),),
        certainty=Certainty.STATED,
        notes="The same sentence as the increases_bioavailability_of claim, seen as quinidine's mechanism in the combination.",
    ),
)

# --- [6] El-Tahan 2022: opioid-induced hyperalgesia --------------------------------------------

_PARAGRAPH_6: Final = (
    Claim(
        subject=_CLASS,
        predicate=Predicate.PREVENTS,
        object="opioid-induced-hyperalgesia",
        evidence=(_cites("el-tahan-2022", _I, _D, _C),),
        certainty=Certainty.STATED,
        via=("opioid-induced-hyperalgesia-counteraction",),
        notes="The article calls NMDA receptor modulation of paramount importance (Introduction), critical (Description) and vital (Conclusion) in preventing it, by counteracting the maladaptive changes that contribute to it.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.ACTS_VIA,
        object="opioid-induced-hyperalgesia-counteraction",
        evidence=(_cites("el-tahan-2022", _I, _D),),
        certainty=Certainty.STATED,
    ),
    Claim(
        subject="opioids",
        predicate=Predicate.INDUCES,
        object="opioid-induced-hyperalgesia",
        evidence=(_cites("el-tahan-2022", _I, _D),),
        certainty=Certainty.STATED,
        notes="After prolonged opioid exposure, as the article defines the phenomenon.",
    ),
)

# --- [7] Wang 2023: glutamatergic transmission --------------------------------------------------

_PARAGRAPH_7: Final = (
    Claim(
        subject=_CLASS,
        predicate=Predicate.ACTS_VIA,
        object="glutamatergic-transmission-interference",
        evidence=(_cites("wang-2023", _I, _D, _C),),
        certainty=Certainty.STATED,
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.ACTS_VIA,
        object="excitotoxicity-mitigation",
        evidence=(_cites("wang-2023", _I, _D),),
        certainty=Certainty.STATED,
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.ATTENUATES,
        object="acute-pain",
        evidence=(_cites("wang-2023", _I, _D),),
        certainty=Certainty.STATED,
        via=(
            "glutamatergic-transmission-interference",
            "central-sensitization-interference",
            "excitotoxicity-mitigation",
        ),
        notes="The article says interfering with glutamatergic neurotransmission allows the attenuation, by reducing central sensitization and excitotoxicity.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.ATTENUATES,
        object="chronic-pain",
        evidence=(_cites("wang-2023", _I, _D),),
        certainty=Certainty.STATED,
        via=(
            "glutamatergic-transmission-interference",
            "central-sensitization-interference",
            "excitotoxicity-mitigation",
        ),
        notes="The article says interfering with glutamatergic neurotransmission allows the attenuation, by reducing central sensitization and excitotoxicity.",
    ),
)

# --- [8] Shaban 2021: selective antagonists ------------------------------------------------------

_PARAGRAPH_8: Final = (
    Claim(
        subject="selective-nmda-receptor-antagonists",
        predicate=Predicate.MEMBER_OF,
        object=_CLASS,
        evidence=(_cites("shaban-2021", _I, _D, _C),),
        certainty=Certainty.STATED,
    ),
    Claim(
        subject="selective-nmda-receptor-antagonists",
        predicate=Predicate.DEVELOPED_TO_REDUCE,
        object="hallucinations",
        evidence=(_cites("shaban-2021", _I, _D),),
        certainty=Certainty.UNDER_INVESTIGATION,
        notes="The goal of ongoing research ('an active area of research'), not a finding: to keep the analgesic efficacy as large as possible while making this adverse effect as rare as possible. The Conclusion speaks of improved safety and efficacy in general.",
    ),
    Claim(
        subject="selective-nmda-receptor-antagonists",
        predicate=Predicate.DEVELOPED_TO_REDUCE,
        object="cognitive-impairment",
        evidence=(_cites("shaban-2021", _I, _D),),
        certainty=Certainty.UNDER_INVESTIGATION,
        notes="The goal of ongoing research ('an active area of research'), not a finding: to keep the analgesic efficacy as large as possible while making this adverse effect as rare as possible. The Conclusion speaks of improved safety and efficacy in general.",
    ),
    Claim(
        subject="selective-nmda-receptor-antagonists",
        predicate=Predicate.DEVELOPED_TO_REDUCE,
        object="cardiovascular-instability",
        evidence=(_cites("shaban-2021", _I, _D),),
        certainty=Certainty.UNDER_INVESTIGATION,
        notes="The goal of ongoing research ('an active area of research'), not a finding: to keep the analgesic efficacy as large as possible while making this adverse effect as rare as possible. The Conclusion speaks of improved safety and efficacy in general.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.CAUSES_ADVERSE_EFFECT,
        object="hallucinations",
        evidence=(_cites("shaban-2021", _I, _D),),
        certainty=Certainty.STATED,
        notes="Named as an adverse effect that selective antagonists aim to minimise.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.CAUSES_ADVERSE_EFFECT,
        object="cognitive-impairment",
        evidence=(_cites("shaban-2021", _I, _D),),
        certainty=Certainty.STATED,
        notes="Named as an adverse effect that selective antagonists aim to minimise.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.CAUSES_ADVERSE_EFFECT,
        object="cardiovascular-instability",
        evidence=(_cites("shaban-2021", _I, _D),),
        certainty=Certainty.STATED,
        notes="Named as an adverse effect that selective antagonists aim to minimise.",
    ),
)

# --- [9] Abo El-Fetouh 2022: anaesthesia ---------------------------------------------------------

_PARAGRAPH_9: Final = (
    Claim(
        subject=_CLASS,
        predicate=Predicate.PRODUCES_EFFECT,
        object="amnesia",
        evidence=(_cites("abo-el-fetouh-2022", _I, _D),),
        certainty=Certainty.STATED,
        setting=ClinicalSetting.ANAESTHESIA,
        notes="Listed among the properties for which the class is used in anaesthesia. The Introduction says 'amnesic', the Description 'amnestic'; the two words mean the same.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.PRODUCES_EFFECT,
        object="psychotomimetic-effects",
        evidence=(_cites("abo-el-fetouh-2022", _I, _D),),
        certainty=Certainty.STATED,
        setting=ClinicalSetting.ANAESTHESIA,
        notes="The article lists psychotomimetic properties among the advantageous properties for which the class is used in anaesthesia, while paragraph [2] treats them as side effects to monitor. The curator records the effect without endorsing it as a benefit.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.REDUCES_REQUIREMENT_FOR,
        object="opioids",
        evidence=(_cites("abo-el-fetouh-2022", _I, _D, _C),),
        certainty=Certainty.STATED,
        setting=ClinicalSetting.ANAESTHESIA,
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.REDUCES_REQUIREMENT_FOR,
        object="anesthetic-agents",
        evidence=(_cites("abo-el-fetouh-2022", _I, _D, _C),),
        certainty=Certainty.STATED,
        setting=ClinicalSetting.ANAESTHESIA,
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.TREATS,
        object="intraoperative-pain",
        evidence=(_cites("abo-el-fetouh-2022", _I, _D),),
        certainty=Certainty.STATED,
        setting=ClinicalSetting.ANAESTHESIA,
        notes="The article says the class is often used in anaesthesia for its analgesic (as well as amnestic and psychotomimetic) properties, and that the smaller need for other anaesthetics and opioids improves intraoperative pain control.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.TREATS,
        object="postoperative-pain",
        evidence=(_cites("abo-el-fetouh-2022", _I, _D),),
        certainty=Certainty.STATED,
        setting=ClinicalSetting.ANAESTHESIA,
        notes="Better postoperative pain control, as a result of the reduced need for other anaesthetics and opioids.",
    ),
    Claim(
        subject=_CLASS,
        predicate=Predicate.PREVENTS,
        object="chronic-post-surgical-pain",
        evidence=(_cites("abo-el-fetouh-2022", _I, _D),),
        certainty=Certainty.STATED,
        setting=ClinicalSetting.ANAESTHESIA,
        notes="The article says the class plays a role in mitigating the development of chronic pain syndromes after an operation: lowering the risk that the condition develops, which Biolink calls preventative; attenuating would be for a condition already there.",
    ),
)

# --- [10] Rasti 2023: descending pathways --------------------------------------------------------

_PARAGRAPH_10: Final = (
    Claim(
        subject=_CLASS,
        predicate=Predicate.ACTS_VIA,
        object="descending-pathway-modulation",
        evidence=(_cites("rasti-2023", _I, _D),),
        certainty=Certainty.STATED,
        notes="That the class modulates descending pain pathways is presupposed; the article stresses that the precise mechanisms are complex and that understanding them is a prerequisite for better therapies, a point the Conclusion repeats for the class's mechanisms in general.",
    ),
)

CLAIMS: Final[tuple[Claim, ...]] = (
    *_PARAGRAPH_1,
    *_PARAGRAPH_2,
    *_PARAGRAPH_3,
    *_PARAGRAPH_4,
    *_PARAGRAPH_5,
    *_PARAGRAPH_6,
    *_PARAGRAPH_7,
    *_PARAGRAPH_8,
    *_PARAGRAPH_9,
    *_PARAGRAPH_10,
)
