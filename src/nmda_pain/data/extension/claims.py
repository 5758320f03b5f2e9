"""The extension's claims: modes of action, measured affinities, class memberships, the approval.

Every value is one the project's reference table marks confirmed, and each
record cites where it was read. The extension adds records and never restates
an article record: the article's entities keep their own descriptions and
notes, their identifiers are in :mod:`nmda_pain.data.grounding`, and no claim
here repeats the subject, predicate and object of one of the article's.

- A mode of action is the ``mode`` of the one ``antagonizes`` or ``inhibits``
  claim it explains, whose object is where the sources put it: the receptor
  for a non-selective blocker, the GluN2C subunit for a block GtoPdb records
  only there.
- A measured value is one of that claim's ``affinities``, citing the release it
  was read in and the primary source that release names. A value carries an
  assay species only through its target: the Dravid 2007 values have none, so
  their target is the GluN2C subunit of no stated species; memantine's pKi was
  measured at rat GluN2C and names the rat subunit.
- A reference that reports the opposite of a claim is evidence with
  ``disputes=True``; that is the only place a claim is marked contested.
- Class membership is a ``member_of`` claim, made only where a source names the
  agent an NMDA receptor antagonist outright.
"""

from __future__ import annotations

from typing import Final

import nmda_pain.data.extension.references as src
from nmda_pain.model import (
    ActionType,
    Affinity,
    AffinityParameter,
    BindingSite,
    Certainty,
    Claim,
    Evidence,
    ModeOfAction,
    Predicate,
    Reference,
    Trapping,
)

__all__ = ["CLAIMS"]


def _claim(
    subject: str,
    predicate: Predicate,
    obj: str,
    sources: tuple[Reference, ...],
    *,
    disputed_by: tuple[Reference, ...] = (),
    mode: ModeOfAction | None = None,
    affinities: tuple[Affinity, ...] = (),
    notes: str = "",
) -> Claim:
    evidence = (
        *(Evidence(reference=source.id) for source in sources),
        *(Evidence(reference=source.id, disputes=True) for source in disputed_by),
    )
    return Claim(
        subject=subject,
        predicate=predicate,
        object=obj,
        evidence=evidence,
        certainty=Certainty.STATED,
        mode=mode,
        affinities=affinities,
        notes=notes,
    )


def _pore_blocker(trapping: Trapping | None = None) -> ModeOfAction:
    return ModeOfAction(
        action=ActionType.CHANNEL_BLOCKER, binding_site=BindingSite.CHANNEL_PORE, trapping=trapping
    )


def _at_glun2c(value: float) -> Affinity:
    """A pIC50 of Dravid et al. 2007 as GtoPdb records it."""
    return Affinity(
        parameter=AffinityParameter.PIC50,
        value=value,
        target="glun2c",
        conditions=(
            "As GtoPdb records it, under its human GluN2C target (UniProt Q14957); the species "
            "of the receptors assayed is not confirmed."
        ),
        references=(src.GTOPDB_INTERACTIONS.id, src.DRAVID_2007.id),
    )


_GTOPDB: Final = (src.GTOPDB_INTERACTIONS,)
_LABEL: Final = (src.NUEDEXTA_LABEL,)
_ESKETAMINE_SOURCES: Final = (src.ESKETAMINE_ABSTRACT, src.ESKETAMINE_WIKIPEDIA)
_NON_SELECTIVE: Final = "GtoPdb records the block at GluN2A, GluN2B, GluN2C and GluN2D alike"

_PHARMACOLOGY: Final = (
    _claim(
        "ketamine",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.GTOPDB_INTERACTIONS, src.PHILLIPS_2020, src.LORD_2013),
        mode=_pore_blocker(Trapping.TRAPPING),
        affinities=(_at_glun2c(6.18),),
        notes=(
            f"{_NON_SELECTIVE}, and lists the receptor among ketamine's primary targets; it gives "
            "a value only at GluN2C. Ketamine displaces [3H]MK-801 but not [3H]ifenprodil."
        ),
    ),
    _claim(
        "memantine",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.NAMENDA_LABEL, src.JOHNSON_KOTERMANSKI_2006, src.PHILLIPS_2020, src.LORD_2013),
        mode=_pore_blocker(Trapping.PARTIAL_TRAPPING),
        affinities=(
            Affinity(
                parameter=AffinityParameter.PKI,
                value=6.15,
                target="glun2c-rat",
                conditions="As GtoPdb records it; the assay details were not retrieved.",
                references=(src.GTOPDB_INTERACTIONS.id, src.MEMANTINE_PKI_SOURCE.id),
            ),
        ),
        notes=(
            "The Namenda label calls it a low-to-moderate-affinity uncompetitive (open-channel) "
            "antagonist that binds preferentially to the receptor's cation channel. Memantine "
            "displaces [3H]MK-801 but not [3H]ifenprodil."
        ),
    ),
    _claim(
        "dextromethorphan",
        Predicate.ANTAGONIZES,
        "glun2c",
        (src.GTOPDB_INTERACTIONS,),
        mode=ModeOfAction(action=ActionType.CHANNEL_BLOCKER),
        affinities=(_at_glun2c(6.33),),
        notes=(
            "GtoPdb records the block at GluN2C only; the article's own claim has the receptor as "
            "its object."
        ),
    ),
    _claim(
        "dextrorphan",
        Predicate.ANTAGONIZES,
        "glun2c",
        _GTOPDB,
        mode=ModeOfAction(action=ActionType.CHANNEL_BLOCKER),
        affinities=(_at_glun2c(6.94),),
        notes="GtoPdb records the block at GluN2C only.",
    ),
    _claim(
        "amantadine",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.GTOPDB_INTERACTIONS, src.PHILLIPS_2020),
        mode=_pore_blocker(Trapping.PARTIAL_TRAPPING),
        affinities=(_at_glun2c(4.65),),
        notes=f"{_NON_SELECTIVE}, and lists the receptor among amantadine's primary targets.",
    ),
    _claim(
        "esketamine",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        _ESKETAMINE_SOURCES,
        mode=ModeOfAction(action=ActionType.NON_COMPETITIVE_ANTAGONIST),
        notes=(
            "Non-selective. The reference table notes that the mode is inherited from ketamine, "
            "of which esketamine is the S-enantiomer; no measured value was found."
        ),
    ),
    _claim(
        "esketamine",
        Predicate.MEMBER_OF,
        "nmda-receptor-antagonists",
        _ESKETAMINE_SOURCES,
        notes="Both sources call it an NMDA receptor antagonist.",
    ),
    _claim(
        "methadone",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.GORMAN_1997,),
        disputed_by=(src.MOL_PSYCHIATRY_2024,),
        mode=ModeOfAction(
            action=ActionType.NON_COMPETITIVE_ANTAGONIST, binding_site=BindingSite.CHANNEL_PORE
        ),
        notes=(
            "Gorman 1997: d-, l- and dl-methadone displace [3H]MK-801 with low-micromolar Ki in "
            "rat forebrain and spinal-cord membranes, and do not bind the competitive "
            "[3H]CGS-19755 site. The 2024 study finds (R)- and (S)-methadone binding mu-opioid "
            "receptors but not NMDA receptors."
        ),
    ),
    _claim(
        "magnesium-sulfate",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        _GTOPDB,
        mode=_pore_blocker(),
        notes=(
            f"{_NON_SELECTIVE} for the Mg2+ ion (GtoPdb ligand 708), which the salt supplies; "
            "GtoPdb has no ligand for the salt itself. The block is voltage-dependent."
        ),
    ),
    _claim(
        "nitrous-oxide",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.JEVTOVIC_TODOROVIC_1998,),
        mode=ModeOfAction(action=ActionType.INHIBITOR),
        notes=(
            "It inhibits NMDA receptor currents and excitotoxicity at anaesthetically relevant "
            "concentrations; the site is not specified."
        ),
    ),
    _claim(
        "dizocilpine",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        _GTOPDB,
        mode=_pore_blocker(),
        notes=f"{_NON_SELECTIVE}; no value is recorded.",
    ),
    _claim(
        "ifenprodil",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.MOL_PHARMACOL_2012, src.KARAKAS_2011, src.WILLIAMS_1993),
        mode=ModeOfAction(
            action=ActionType.NEGATIVE_ALLOSTERIC_MODULATOR,
            binding_site=BindingSite.GLUN2B_AMINO_TERMINAL_DOMAIN,
        ),
        affinities=(
            Affinity(
                parameter=AffinityParameter.IC50,
                value=0.34,
                unit="µM",
                target="glun2b",
                conditions=(
                    "Recombinant GluN1A/GluN2B receptors in Xenopus oocytes at -70 mV; the species "
                    "of the cloned subunits is not stated in the abstract."
                ),
                references=(src.WILLIAMS_1993.id,),
            ),
            Affinity(
                parameter=AffinityParameter.IC50,
                value=146,
                unit="µM",
                target="glun2a",
                conditions=(
                    "Recombinant GluN1A/GluN2A receptors in Xenopus oocytes at -70 mV; the species "
                    "of the cloned subunits is not stated in the abstract."
                ),
                references=(src.WILLIAMS_1993.id,),
            ),
        ),
        notes=(
            "Selective for receptors that contain GluN2B, about 400-fold over those with GluN2A; "
            "the inhibition is non-competitive and incomplete. It binds at the interface of the "
            "GluN1 and GluN2B amino-terminal domains."
        ),
    ),
    _claim(
        "traxoprodil",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.CHENARD_1995, src.BUTLER_1998, src.LORD_2013),
        mode=ModeOfAction(
            action=ActionType.ANTAGONIST, binding_site=BindingSite.GLUN2B_AMINO_TERMINAL_DOMAIN
        ),
        affinities=(
            Affinity(
                parameter=AffinityParameter.IC50,
                value=10,
                unit="nM",
                target="nmda-receptor",
                conditions=(
                    "Functional: protection of cultured hippocampal neurons from glutamate "
                    "toxicity; not a binding constant."
                ),
                references=(src.CHENARD_1995.id,),
            ),
        ),
        notes=(
            "GluN2B-selective. It displaces [3H]ifenprodil but not [3H]MK-801: it acts at the "
            "ifenprodil site, not in the pore."
        ),
    ),
    _claim(
        "quinidine",
        Predicate.INHIBITS,
        "cyp2d6",
        (src.NUEDEXTA_LABEL, src.AHFS_MONOGRAPH),
        mode=ModeOfAction(action=ActionType.COMPETITIVE_INHIBITOR),
        notes="This raises dextromethorphan's plasma levels (label section 12.1).",
    ),
    _claim(
        "dextromethorphan",
        Predicate.IS_SUBSTRATE_OF,
        "cyp2d6",
        _LABEL,
        notes="CYP2D6 catalyses a major biotransformation pathway of dextromethorphan (label section 12.1).",
    ),
)

_PRODUCT: Final = (
    _claim(
        "dextromethorphan-quinidine",
        Predicate.CONTAINS,
        "dextromethorphan",
        _LABEL,
        notes="As dextromethorphan hydrobromide 20 mg.",
    ),
    _claim(
        "dextromethorphan-quinidine",
        Predicate.CONTAINS,
        "quinidine",
        _LABEL,
        notes="As quinidine sulfate 10 mg.",
    ),
    _claim(
        "dextromethorphan-quinidine",
        Predicate.APPROVED_FOR,
        "pseudobulbar-affect",
        _LABEL,
        notes="Effectiveness was studied in patients with ALS and MS.",
    ),
)

CLAIMS: Final[tuple[Claim, ...]] = (*_PHARMACOLOGY, *_PRODUCT)
