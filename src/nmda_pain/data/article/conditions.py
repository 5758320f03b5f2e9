"""The pain conditions, phenomena and categories the article names.

Descriptions restate the article in the curator's words; the reference
numbers in brackets point to the paragraph that says it.
"""

from __future__ import annotations

from typing import Final

from nmda_pain.model import Condition, ConditionKind

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
