"""The shipped registry restates the article, all of it, and nothing else.

Reference metadata below are copied from the article's reference list by hand.
The traceability tests read the article itself (``../shared/source/`` beside the
repository, or the file named by ``NMDA_PAIN_ARTICLE``) and check that every
claim's evidence points to a paragraph and section that talk about its subject
and object, with the hedge its certainty stands for.
"""

from __future__ import annotations

import re

import pytest

from nmda_pain import (
    Agent,
    AgentKind,
    Certainty,
    ClinicalSetting,
    Predicate,
    Section,
    StudyDesign,
    UnknownEntityError,
    VerificationStatus,
    default_registry,
    find_claims,
)
from tests.shared_files import shared_file

# (number, authors, title, journal, year, volume, issue, pages, article number), as the
# article's reference list gives them
ARTICLE_REFERENCES = [
    (
        1,
        ("Tatsuo Tsuruoka", "Junichi Kikuchi", "Shinya Tanaka"),
        "NMDA Receptor Antagonists in Pain Management: A Review of Current Progress and Future Directions",
        "CNS Drugs",
        2022,
        "36",
        "3",
        "247-263",
        None,
    ),
    (
        2,
        ("Amira N. Ragab", "Salma M. El-Ghobashy", "Abeer M. El-Sayed"),
        "Ketamine for the Treatment of Chronic Pain: A Systematic Review and Meta-Analysis",
        "Pain Physician",
        2021,
        "24",
        "6",
        "E1029-E1044",
        None,
    ),
    (
        3,
        ("Michael Rowbotham", "Catherine R. Davies", "Charles R. Via"),
        "Memantine in Neuropathic Pain: A Randomized, Double-Blind, Placebo-Controlled Study",
        "Pain",
        2020,
        "161",
        "9",
        "2055-2062",
        None,
    ),
    (
        4,
        ("Xiao-Jiao Li", "Yan-Ping Li", "Shu-Wen Guo"),
        "NMDA Receptor Antagonists and Glial Activation in Chronic Pain",
        "Neuroscience Bulletin",
        2023,
        "39",
        "1",
        "1-11",
        None,
    ),
    (
        5,
        ("Sanjeev N. Madan", "Prashant C. Patel", "Kalyani M. Patel"),
        "Dextromethorphan/Quinidine for Neuropathic Pain",
        "Annals of Pharmacotherapy",
        2020,
        "54",
        "6",
        "602-608",
        None,
    ),
    (
        6,
        ("Hala M. El-Tahan", "Samar A. El-Dahshan", "Mostafa H. El-Abd"),
        "NMDA Receptor Antagonists as Adjuvants to Opioids for Pain Management",
        "Current Opinion in Anesthesiology",
        2022,
        "35",
        "1",
        "104-111",
        None,
    ),
    (
        7,
        ("Xing-Long Wang", "Hong-Ping Wang", "Lei Zhang"),
        "NMDA Receptor Antagonists: Mechanisms of Action and Therapeutic Applications in Pain",
        "Biomedicines",
        2023,
        "11",
        "2",
        None,
        "421",
    ),
    (
        8,
        ("Abbas E. Shaban", "Hassan A. Ahmed", "Mohamed S. El-Mesery"),
        "Novel NMDA Receptor Antagonists for Pain Therapy: A Preclinical Perspective",
        "Frontiers in Pharmacology",
        2021,
        "12",
        None,
        None,
        "674524",
    ),
    (
        9,
        ("Rania A. M. Abo El-Fetouh", "Maha M. El-Mesery", "Asmaa H. El-Sayed"),
        "NMDA Receptor Antagonists in Anesthesia and Pain Management: A Contemporary Review",
        "Egyptian Journal of Anesthesia",
        2022,
        "38",
        "1",
        "431-442",
        None,
    ),
    (
        10,
        ("Pardis Rasti", "Ali Rostami", "Mehdi Rasti"),
        "The Role of Glutamatergic System in Pain Modulation: Focus on NMDA Receptors",
        "Frontiers in Pain Research",
        2023,
        "4",
        None,
        None,
        "1162666",
    ),
]


@pytest.mark.parametrize(
    (
        "number",
        "authors",
        "title",
        "journal",
        "year",
        "volume",
        "issue",
        "pages",
        "article_number",
    ),
    ARTICLE_REFERENCES,
    ids=[f"ref-{row[0]}" for row in ARTICLE_REFERENCES],
)
def test_reference_metadata_match_the_article(
    number, authors, title, journal, year, volume, issue, pages, article_number
):
    reference = default_registry().reference(number)
    assert reference.authors == authors
    assert (reference.title, reference.journal, reference.year) == (title, journal, year)
    assert (reference.volume, reference.issue, reference.pages, reference.article_number) == (
        volume,
        issue,
        pages,
        article_number,
    )


def test_references_are_unverified_and_carry_no_invented_doi():
    registry = default_registry()
    numbered = [r for r in registry.references if r.number is not None]
    assert [r.number for r in numbered] == list(range(1, 11))
    for reference in numbered:
        assert reference.pmid is None, reference.id
        assert reference.verification is VerificationStatus.UNVERIFIED, reference.id
        assert reference.doi is None, f"{reference.id}: the article gives no DOI for it"
        assert "No DOI or PubMed record" in reference.notes, reference.id


def test_study_designs_are_read_from_the_titles():
    designs = {
        r.number: r.study_design for r in default_registry().references if r.number is not None
    }
    assert designs[2] is StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS
    assert designs[3] is StudyDesign.RANDOMIZED_CONTROLLED_TRIAL
    assert designs[8] is StudyDesign.PRECLINICAL_REVIEW
    assert designs[1] is designs[9] is StudyDesign.NARRATIVE_REVIEW
    assert all(designs[n] is StudyDesign.NOT_STATED for n in (4, 5, 6, 7, 10))


def test_the_article_itself_is_the_source_with_its_doi():
    source = default_registry().article
    assert source is not None
    assert source.doi == "10.37421/2684-5997.2025.8.296"
    assert source.authors == ("Ahmed Hassan El-Sayed",)
    assert (source.journal, source.year, source.volume, source.article_number) == (
        "J Anesthesiol Pain Res",
        2025,
        "8",
        "296",
    )
    assert source.verification is VerificationStatus.UNVERIFIED


@pytest.mark.parametrize("number", range(1, 11))
def test_every_reference_supports_at_least_one_claim(number):
    assert find_claims(reference=number)


@pytest.mark.parametrize("section", list(Section))
def test_every_section_of_the_article_is_represented(section):
    assert any(section in claim.sections for claim in default_registry().claims)


def test_every_agent_the_article_names_is_there_and_members_point_to_the_class():
    registry = default_registry()
    antagonists = registry.get(Agent, "nmda-receptor-antagonists")
    for name in ("ketamine", "memantine", "dextromethorphan"):
        assert registry.classes_of(registry.get(Agent, name))[0] == antagonists
    selective = registry.get(Agent, "selective NMDA receptor antagonists")
    assert selective.kind is AgentKind.DRUG_CLASS
    assert registry.classes_of(selective) == (antagonists,)
    assert [a.id for a in registry.members_of(antagonists)] == [
        "ketamine",
        "memantine",
        "dextromethorphan",
        "selective-nmda-receptor-antagonists",
    ]
    assert registry.get(Agent, "dextromethorphan").other_uses == ("cough suppressant",)


def test_quinine_is_recorded_as_the_articles_slip_for_quinidine():
    registry = default_registry()
    with pytest.raises(UnknownEntityError):
        registry.resolve("quinine")
    quinidine = registry.get(Agent, "quinidine")
    assert registry.classes_of(quinidine) == ()
    assert "quinine" in quinidine.notes
    (combination,) = find_claims(subject="dextromethorphan", predicate=Predicate.COMBINED_WITH)
    assert combination.object == "quinidine"
    assert "'quinine'" in combination.notes
    assert combination.sections == (Section.INTRODUCTION, Section.DESCRIPTION, Section.CONCLUSION)


def test_quinidine_raises_bioavailability_and_treats_nothing():
    claims = find_claims(subject="quinidine")
    assert {c.predicate for c in claims} == {
        Predicate.INCREASES_BIOAVAILABILITY_OF,
        Predicate.ACTS_VIA,
    }
    assert (
        find_claims(subject="quinidine", predicate=Predicate.INCREASES_BIOAVAILABILITY_OF)[0].object
        == "dextromethorphan"
    )
    notes = default_registry().resolve("quinidine").notes
    assert "extended registry's claims" in notes  # the label's facts, cited, live there
    assert "CYP2D6" not in notes  # an outside fact stated with no reference would be a slip


def test_amnesic_and_amnestic_name_one_effect():
    registry = default_registry()
    assert registry.resolve("amnesic effect") is registry.resolve("amnestic effect")
    (claim,) = find_claims(object="amnesia")
    assert "'amnesic'" in claim.notes
    assert "'amnestic'" in claim.notes


def test_mitigating_the_development_of_a_condition_is_prevention_not_attenuation():
    # "mitigating the development of chronic pain syndromes post-surgery" [9]: a lower risk
    # that the condition develops (Biolink preventative_for_condition).
    (claim,) = find_claims(object="chronic post-surgical pain")
    assert (claim.subject, claim.predicate) == ("nmda-receptor-antagonists", Predicate.PREVENTS)
    # Paragraph [1] says the class can attenuate the development and the maintenance of
    # hyperalgesia and allodynia: the development prevented, the maintenance attenuated.
    assert {c.object for c in find_claims(predicate="prevents")} == {
        "hyperalgesia",
        "allodynia",
        "opioid-induced-hyperalgesia",
        "chronic-post-surgical-pain",
    }
    for symptom in ("hyperalgesia", "allodynia"):
        kinds = {c.predicate for c in find_claims(subject="NMDA antagonists", object=symptom)}
        assert kinds == {Predicate.PREVENTS, Predicate.ATTENUATES}


def test_an_adjunct_is_not_an_interaction_and_an_aim_is_not_a_result():
    (adjunct,) = find_claims(object="analgesics", predicate="adjunct_to")
    assert adjunct.subject == "nmda-receptor-antagonists"
    assert find_claims(subject="NMDA antagonists", predicate="combined_with") == ()
    aims = find_claims(
        subject="selective NMDA receptor antagonists", predicate="developed_to_reduce"
    )
    assert [c.object for c in aims] == [
        "hallucinations",
        "cognitive-impairment",
        "cardiovascular-instability",
    ]
    assert {c.certainty for c in aims} == {Certainty.UNDER_INVESTIGATION}
    assert (
        find_claims(
            predicate="better_tolerated_than", subject="selective NMDA receptor antagonists"
        )
        == ()
    )


def test_glial_modulation_has_one_certainty_with_its_sub_mechanism():
    certainties = {
        c.object: c.certainty
        for c in find_claims(subject="NMDA antagonists", predicate="acts_via")
        if c.reference_count and c.evidence[0].reference == "li-2023"
    }
    assert certainties == {
        "glial-activation-modulation": Certainty.STATED,
        "glial-cytokine-release-dampening": Certainty.STATED,
        "neuroinflammation-reduction": Certainty.STATED,
    }


def test_what_the_article_says_of_anaesthesia_is_said_for_that_setting():
    claims = find_claims(reference=9)
    assert len(claims) == 7
    assert {c.setting for c in claims} == {ClinicalSetting.ANAESTHESIA}
    assert {c.setting for c in default_registry().claims if c not in claims} == {None}


def test_potent_analgesics_and_the_hedged_statements_have_a_home():
    registry = default_registry()
    assert [a.id for a in registry.classes_of("ketamine")] == [
        "nmda-receptor-antagonists",
        "analgesics",
    ]
    (chronic,) = find_claims(subject="memantine", object="chronic pain")
    assert "long-term pain management" in chronic.notes
    (combination,) = find_claims(subject="dextromethorphan", predicate="combined_with")
    assert "synergistic" in combination.notes


def test_amnesia_is_a_property_the_article_values_never_an_adverse_effect_claim():
    assert [c.predicate for c in find_claims(object="amnesia")] == [Predicate.PRODUCES_EFFECT]
    assert "never as a harm" in default_registry().resolve("amnesia").notes


def test_well_established_is_kept_apart_from_being_explored():
    established = {
        (c.subject, c.object)
        for c in find_claims(predicate="treats")
        if c.certainty is Certainty.ESTABLISHED
    }
    assert established == {
        ("ketamine", "severe-pain"),
        ("ketamine", "postoperative-pain"),
        ("ketamine", "complex-regional-pain-syndrome"),
    }
    explored = find_claims(subject="nmda-receptor-antagonists", object="neuropathic-pain")
    assert [c.certainty for c in explored] == [Certainty.UNDER_INVESTIGATION]


# --- traceability against the article's text ------------------------------------------------

ARTICLE_NAME = "nmda-antagonists-pain-management.md"


ARTICLE = shared_file("NMDA_PAIN_ARTICLE", f"source/{ARTICLE_NAME}")
needs_article = pytest.mark.skipif(
    ARTICLE is None, reason="the source article is not beside the repository; set NMDA_PAIN_ARTICLE"
)

# How the article words each entity (case-insensitive regular expressions).
ANCHORS = {
    "nmda-receptor-antagonists": r"NMDA receptor antagonist|these agents|antagonistic agents|by antagonists|agents (designed to target|targeting) the NMDA receptor",
    "selective-nmda-receptor-antagonists": r"selective",
    "ketamine": r"ketamine",
    "memantine": r"memantine",
    "dextromethorphan": r"dextromethorphan",
    "quinidine": r"quinidine|quinine",
    "opioids": r"opioid",
    "anesthetic-agents": r"anesthetic agents|other agents",
    "analgesics": r"analgesic",
    "nmda-receptor": r"NMDA receptor",
    "central-sensitization-interference": r"central sensitization",
    "calcium-influx-blockade": r"calcium",
    "cns-hyperexcitability-disruption": r"hyperexcitability",
    "glial-activation-modulation": r"glial cell activation",
    "glial-cytokine-release-dampening": r"cytokines",
    "neuroinflammation-reduction": r"neuroinflammat",
    "opioid-induced-hyperalgesia-counteraction": r"maladaptive",
    "glutamatergic-transmission-interference": r"glutamatergic",
    "excitotoxicity-mitigation": r"excitotoxicity",
    "descending-pathway-modulation": r"descending pain pathways",
    "dextromethorphan-bioavailability-increase": r"bioavailability",
    "psychotomimetic-effects": r"psychotomimetic",
    "cardiovascular-effects": r"cardiovascular",
    "hallucinations": r"hallucinations",
    "cognitive-impairment": r"cognitive impairment",
    "cardiovascular-instability": r"cardiovascular instability",
    "amnesia": r"amnesic|amnestic",
    "neuropathic-pain": r"neuropathic pain",
    "inflammatory-pain": r"inflammatory pain",
    "postoperative-pain": r"postoperative",
    "intraoperative-pain": r"intraoperative",
    "complex-regional-pain-syndrome": r"complex regional pain syndrome",
    "chronic-post-surgical-pain": r"surgical procedures|post-surgery",
    "acute-pain": r"acute",
    "chronic-pain": r"chronic pain",
    "severe-pain": r"severe pain",
    "hyperalgesia": r"hyperalgesia",
    "allodynia": r"allodynia",
    "opioid-induced-hyperalgesia": r"opioid-induced hyperalgesia",
    "pain-hypersensitivity": r"hypersensitivity",
}

# Every claim the article hedges (anything but a plain statement), with the words that
# carry the hedge in the cited paragraph. A claim missing here must be STATED.
HEDGED = {
    ("nmda-receptor-antagonists", "treats", "neuropathic-pain"): (
        Certainty.UNDER_INVESTIGATION,
        "being explored",
    ),
    ("nmda-receptor-antagonists", "treats", "inflammatory-pain"): (
        Certainty.UNDER_INVESTIGATION,
        "being explored",
    ),
    ("nmda-receptor-antagonists", "treats", "chronic-pain"): (
        Certainty.UNDER_INVESTIGATION,
        "being explored",
    ),
    ("nmda-receptor-antagonists", "adjunct_to", "analgesics"): (
        Certainty.PROMISING,
        "valuable adjunct",
    ),
    ("ketamine", "treats", "severe-pain"): (Certainty.ESTABLISHED, "is well-established"),
    ("ketamine", "treats", "postoperative-pain"): (Certainty.ESTABLISHED, "is well-established"),
    ("ketamine", "treats", "complex-regional-pain-syndrome"): (
        Certainty.ESTABLISHED,
        "is well-established",
    ),
    ("memantine", "treats", "neuropathic-pain"): (Certainty.PROMISING, "demonstrates promise"),
    ("memantine", "treats", "chronic-pain"): (Certainty.PROMISING, "demonstrates promise"),
    ("memantine", "better_tolerated_than", "ketamine"): (Certainty.THEORIZED, "It is theorized"),
    ("dextromethorphan", "treats", "neuropathic-pain"): (
        Certainty.DEMONSTRATED,
        "has shown efficacy",
    ),
    **{
        ("selective-nmda-receptor-antagonists", "developed_to_reduce", effect): (
            Certainty.UNDER_INVESTIGATION,
            "active area of research",
        )
        for effect in ("hallucinations", "cognitive-impairment", "cardiovascular-instability")
    },
}


# Where the anchors of a claim's subject and object both appear in other cited paragraphs too
# ("NMDA receptor" is in all ten), the words of the cited paragraph that make the claim, by
# reference number, so that evidence pointing at the wrong paragraph fails.
PHRASES: dict[tuple[str, str, str], dict[int, str]] = {
    ("nmda-receptor-antagonists", "acts_via", "central-sensitization-interference"): {
        1: r"interfering with the central sensitization processes",
        7: r"reducing central sensitization",
    },
    ("nmda-receptor-antagonists", "antagonizes", "nmda-receptor"): {
        1: r"blocking the influx of calcium ions through NMDA receptors",
        6: r"inhibiting NMDA receptor activity",
        7: r"agents (designed to target|targeting) the NMDA receptor",
    },
    ("nmda-receptor-antagonists", "attenuates", "hyperalgesia"): {
        1: r"attenuate the development and maintenance of",
    },
    ("nmda-receptor-antagonists", "treats", "neuropathic-pain"): {
        1: r"explored across .{0,40}chronic pain conditions, including",
    },
    ("nmda-receptor-antagonists", "treats", "chronic-pain"): {
        1: r"explored across .{0,40}chronic pain conditions",
    },
    ("nmda-receptor-antagonists", "adjunct_to", "analgesics"): {
        1: r"adjuncts? to existing analgesic strategies",
    },
    ("nmda-receptor-antagonists", "prevents", "hyperalgesia"): {
        1: r"attenuate the development and maintenance of",
    },
    ("ketamine", "member_of", "analgesics"): {
        2: r"potent analgesics",
    },
    ("ketamine", "member_of", "nmda-receptor-antagonists"): {
        2: r"NMDA receptor antagonists,? (such as|like) ketamine",
    },
    ("nmda-receptor-antagonists", "acts_via", "glutamatergic-transmission-interference"): {
        7: r"interfer(e|ing) with glutamatergic neurotransmission",
    },
    ("nmda-receptor-antagonists", "attenuates", "chronic-pain"): {
        7: r"attenuation of both acute and chronic pain",
    },
    ("nmda-receptor-antagonists", "produces_effect", "psychotomimetic-effects"): {
        9: r"amne(s|st)ic, and psychotomimetic properties",
    },
    ("nmda-receptor-antagonists", "reduces_requirement_for", "opioids"): {
        9: r"requirement for other anesthetic agents and opioids",
    },
    ("nmda-receptor-antagonists", "treats", "postoperative-pain"): {
        9: r"intraoperative and postoperative pain control",
    },
}


# The article's "by X, Y" chains: for each claim mediated by mechanisms, the words of its
# cited paragraph that say so, by reference number.
VIA: dict[tuple[str, str, str], dict[int, str]] = {
    **{
        ("nmda-receptor-antagonists", predicate, symptom): {
            1: r"By (effectively )?blocking the influx of calcium ions through NMDA receptors",
        }
        for predicate in ("attenuates", "prevents")
        for symptom in ("hyperalgesia", "allodynia")
    },
    **{
        ("ketamine", "treats", condition): {2: r"ability to disrupt the hyperexcitability"}
        for condition in ("severe-pain", "postoperative-pain", "complex-regional-pain-syndrome")
    },
    ("nmda-receptor-antagonists", "attenuates", "pain-hypersensitivity"): {
        4: r"By reducing this neuroinflammatory cascade|reducing neuroinflammation and alleviating",
    },
    ("nmda-receptor-antagonists", "prevents", "opioid-induced-hyperalgesia"): {
        6: r"counteract the maladaptive changes",
    },
    **{
        ("nmda-receptor-antagonists", "attenuates", state): {
            7: r"interfere with glutamatergic neurotransmission.{0,200}by reducing central sensitization and (mitigating )?excitotoxicity|interfering with glutamatergic neurotransmission.{0,200}by reducing central sensitization and (mitigating )?excitotoxicity",
        }
        for state in ("acute-pain", "chronic-pain")
    },
}


def _paragraphs() -> dict[tuple[Section, int | None], str]:
    assert ARTICLE is not None
    text = ARTICLE.read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.MULTILINE)
    by_title = {chunk.split("\n", 1)[0].strip(): chunk.split("\n", 1)[1] for chunk in sections[1:]}
    paragraphs: dict[tuple[Section, int | None], str] = {}
    for section, title in (
        (Section.INTRODUCTION, "Introduction"),
        (Section.DESCRIPTION, "Description"),
    ):
        pieces = re.split(r"\[(\d+)\]", by_title[title])
        for body, number in zip(
            pieces[0::2], pieces[1::2], strict=False
        ):  # the text after [10] has no number
            paragraphs[(section, int(number))] = " ".join(body.split())
    paragraphs[(Section.CONCLUSION, None)] = " ".join(by_title["Conclusion"].split())
    return paragraphs


def _claim_ids() -> list[str]:
    return [f"{c.subject}-{c.predicate.value}-{c.object}" for c in default_registry().claims]


@needs_article
def test_the_article_has_ten_cited_paragraphs_in_introduction_and_description():
    keys = _paragraphs()
    for section in (Section.INTRODUCTION, Section.DESCRIPTION):
        assert sorted(number for s, number in keys if s is section) == list(range(1, 11))


@needs_article
@pytest.mark.parametrize("claim", default_registry().claims, ids=_claim_ids())
def test_each_claim_is_stated_where_its_evidence_points(claim):
    registry = default_registry()
    paragraphs = _paragraphs()
    for item in claim.evidence:
        number = registry.reference(item.reference).number
        for section in item.sections:
            key = (section, None if section is Section.CONCLUSION else number)
            text = paragraphs[key]
            for role in (claim.subject, claim.object):
                assert re.search(ANCHORS[role], text, re.IGNORECASE), (
                    f"{claim.key}: {section.value} paragraph [{number}] does not mention {role!r}"
                )


@needs_article
@pytest.mark.parametrize("claim", default_registry().claims, ids=_claim_ids())
def test_each_claims_certainty_matches_the_articles_hedge(claim):
    key = (claim.subject, claim.predicate.value, claim.object)
    certainty, words = HEDGED.get(key, (Certainty.STATED, None))
    assert claim.certainty is certainty, f"{key}: the article's wording makes it {certainty.value}"
    if words is None:
        return
    registry = default_registry()
    paragraphs = _paragraphs()
    texts = [
        paragraphs[
            (
                section,
                None
                if section is Section.CONCLUSION
                else registry.reference(item.reference).number,
            )
        ]
        for item in claim.evidence
        for section in item.sections
    ]
    assert any(words.lower() in text.lower() for text in texts), (
        f"{key}: no cited paragraph says {words!r}"
    )


def test_every_hedged_claim_exists():
    keys = {(c.subject, c.predicate.value, c.object) for c in default_registry().claims}
    assert set(HEDGED) <= keys


def test_every_entity_has_an_anchor_so_traceability_covers_it():
    assert {entity.id for entity in default_registry().entities} == set(ANCHORS)


def _cited_paragraphs(claim):
    """(section, reference number) of each numbered paragraph *claim*'s evidence points to."""
    registry = default_registry()
    return [
        (section, registry.reference(item.reference).number)
        for item in claim.evidence
        for section in item.sections
        if section is not Section.CONCLUSION
    ]


@needs_article
@pytest.mark.parametrize("claim", default_registry().claims, ids=_claim_ids())
def test_a_claim_whose_anchors_recur_elsewhere_is_pinned_to_its_own_words(claim):
    paragraphs = _paragraphs()
    key = (claim.subject, claim.predicate.value, claim.object)
    for section, number in _cited_paragraphs(claim):
        elsewhere = [
            other
            for other in range(1, 11)
            if other != number
            and all(
                re.search(ANCHORS[role], paragraphs[(section, other)], re.IGNORECASE)
                for role in (claim.subject, claim.object)
            )
        ]
        if not elsewhere and key not in PHRASES:
            continue
        assert key in PHRASES, f"{key}: paragraphs {elsewhere} mention it too; pin its words"
        phrase = PHRASES[key][number]
        assert re.search(phrase, paragraphs[(section, number)], re.IGNORECASE), (
            f"{key}: {section.value} paragraph [{number}] does not say {phrase!r}"
        )
        assert not [
            other
            for other in range(1, 11)
            if other != number and re.search(phrase, paragraphs[(section, other)], re.IGNORECASE)
        ], f"{key}: {phrase!r} is not particular to paragraph [{number}]"


def test_every_pinned_phrase_belongs_to_a_claim_and_a_reference_it_cites():
    registry = default_registry()
    claims = {(c.subject, c.predicate.value, c.object): c for c in registry.claims}
    for key, by_number in PHRASES.items():
        assert key in claims, key
        cited = {registry.reference(item.reference).number for item in claims[key].evidence}
        assert set(by_number) == cited, key


@needs_article
@pytest.mark.parametrize(
    "claim", [c for c in default_registry().claims if c.via], ids=lambda c: "-".join(c.key)
)
def test_each_mediated_claim_is_said_to_work_by_its_mechanisms_where_cited(claim):
    paragraphs = _paragraphs()
    key = (claim.subject, claim.predicate.value, claim.object)
    assert key in VIA, f"{key}: names mechanisms it is mediated by; pin the article's words in VIA"
    for section, number in _cited_paragraphs(claim):
        text = paragraphs[(section, number)]
        assert re.search(VIA[key][number], text, re.IGNORECASE), (
            f"{key}: {section.value} paragraph [{number}] does not say {VIA[key][number]!r}"
        )
        for mechanism in claim.via:
            assert re.search(ANCHORS[mechanism], text, re.IGNORECASE), (key, mechanism, number)


def test_every_pinned_chain_belongs_to_a_mediated_claim():
    keys = {(c.subject, c.predicate.value, c.object): c for c in default_registry().claims}
    assert {key for key, claim in keys.items() if claim.via} == set(VIA)
