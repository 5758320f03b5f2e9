"""The adverse effects and other non-analgesic effects the article names.

Descriptions restate the article in the curator's words; the reference
numbers in brackets point to the paragraph that says it.
"""

from __future__ import annotations

from typing import Final

from nmda_pain.model import AdverseEffect, AdverseEffectCategory

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
