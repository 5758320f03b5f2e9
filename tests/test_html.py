"""Notebook views: every record and registry has an HTML card, escaped and well formed.

A record alone does not know its registry, so its own card shows its own
fields; given the registry (``Card`` or the ``registry`` argument), the card
says, for each piece of evidence, which reference is cited, what kind of
source it is, whether it was verified and what level it has, all read from the
registry in hand.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from attrs import evolve

import nmda_pain.data
from nmda_pain import (
    ActionType,
    AdverseEffect,
    AdverseEffectCategory,
    Affinity,
    AffinityParameter,
    Agent,
    Certainty,
    Claim,
    Curie,
    Evidence,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    Registry,
    StudyDesign,
    VerificationStatus,
    default_registry,
    extended_registry,
)
from nmda_pain.model import Mapping, MatchPredicate, ReferenceKind
from nmda_pain.provenance import is_from_article
from nmda_pain.views import _html
from nmda_pain.views._html import (
    MAX_ROWS,
    Card,
    claim_html,
    entity_html,
    reference_html,
    registry_html,
)

VOID = {"br", "hr", "img", "meta", "link", "input", "col", "wbr"}


class Checker(HTMLParser):
    """Records the text and the links of a fragment, and fails on a tag that does not close."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.links: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "a":
            self.links.append(dict(attrs)["href"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack.pop() == tag, f"</{tag}> closes the wrong tag"

    def handle_data(self, data):
        self.text.append(data)


def alone(record):
    """The card of a record shown without its registry: its own fields only."""
    if isinstance(record, Claim):
        return claim_html(record)
    if isinstance(record, Reference):
        return reference_html(record)
    return entity_html(record)


def parse(fragment: str) -> Checker:
    checker = Checker()
    checker.feed(fragment)
    checker.close()
    assert checker.stack == [], f"unclosed tags: {checker.stack}"
    return checker


def text_of(fragment: str) -> str:
    return " ".join(" ".join(parse(fragment).text).split())


def records(registry: Registry):
    return (*registry.entities, *registry.references, *registry.claims, registry.source)


MY_NOTES = Reference(
    id="my-notes", kind=ReferenceKind.SECONDARY_SOURCE, title="My lab notes", year=2026
)
MY_TRIAL = Reference(
    id="doe-2024",
    authors=("J. Doe",),
    title="A trial of my drug",
    journal="J Pain Res",
    year=2024,
    doi="10.1000/doe<2024>",
    study_design=StudyDesign.RANDOMIZED_CONTROLLED_TRIAL,
    verification=VerificationStatus.VERIFIED,
)
MY_RELEASE = Reference(
    id="my-ontology-2026",
    kind=ReferenceKind.ONTOLOGY_RELEASE,
    title="ChEBI",
    version="2026-01",
    verification=VerificationStatus.VERIFIED,
)


@pytest.fixture(scope="module")
def mine() -> Registry:
    """The shipped registry with a user's agent, subunit, references, claims and mappings."""
    return default_registry().extend(
        agents=(Agent(id="my-drug", name="My drug"),),
        receptors=(Receptor(id="my-subunit", name="GluNX", subunit_of="nmda-receptor"),),
        references=(MY_NOTES, MY_TRIAL, MY_RELEASE),
        claims=(
            Claim(
                subject="my-drug",
                predicate=Predicate.TREATS,
                object="neuropathic-pain",
                evidence=(Evidence(reference="my-notes"),),
                certainty=Certainty.THEORIZED,
            ),
            Claim(
                subject="my-drug",
                predicate=Predicate.ANTAGONIZES,
                object="nmda-receptor",
                evidence=(Evidence(reference="doe-2024"),),
                certainty=Certainty.STATED,
                mode=ModeOfAction(action=ActionType.NEGATIVE_ALLOSTERIC_MODULATOR),
                affinities=(
                    Affinity(
                        parameter=AffinityParameter.IC50,
                        value=0.34,
                        unit="µM",
                        target="my-subunit",
                        references=("doe-2024",),
                    ),
                ),
            ),
        ),
        mappings=(
            Mapping(
                subject="my-drug",
                predicate=MatchPredicate.EXACT,
                object=Curie.parse("CHEBI:999999"),
                object_label="my drug",
                references=("my-ontology-2026",),
            ),
            Mapping(
                subject="my-drug",
                predicate=MatchPredicate.NARROW,
                object=Curie.parse("mesh:D000001"),
                object_label="<narrower> term",
                references=("my-ontology-2026",),
            ),
        ),
    )


@pytest.mark.parametrize("make", [default_registry, extended_registry])
def test_every_record_and_the_registry_have_a_well_formed_card(make):
    registry = make()
    for record in (*records(registry), registry):
        card = registry_html(record) if record is registry else alone(record)
        assert card.startswith('<div class="nmda-pain-card ')
        assert "<script" not in card
        parse(card)
    for record in (*registry.entities, *registry.claims):
        card = Card(record, registry)._repr_html_()
        assert "<script" not in card
        parse(card)


def test_an_entity_card_with_its_registry_shows_classes_identifiers_claims_and_sources():
    registry = default_registry()
    ketamine = registry.get(Agent, "ketamine")
    card = Card(ketamine, registry)._repr_html_()
    text = text_of(card)
    assert text.startswith("Ketamine agent · drug id ketamine")
    assert "member of NMDA receptor antagonists" in text  # from the member_of claim
    identifiers = registry.identifiers(ketamine)
    shown = " , ".join(c.canonical for c in identifiers)  # links, each its own text
    assert f"identifiers {shown} source the article" in text
    links = parse(card).links
    assert [c.url for c in identifiers] == links[: len(identifiers)]
    for mapping in registry.mappings_of(ketamine):
        assert mapping.object.url in links
    assert "Claims about Ketamine (8) predicate object certainty evidence" in text
    assert "treats Severe pain established [2] introduction, description, conclusion" in text
    assert "Claims naming Ketamine as their object (2)" in text
    assert (
        "[2] Amira N. Ragab, Salma M. El-Ghobashy, Abeer M. El-Sayed (2021). Ketamine for the "
        "Treatment of Chronic Pain: A Systematic Review and Meta-Analysis. Pain Physician "
        "24(6):E1029-E1044. journal article unverified none (unverified)" in text
    )


def test_a_record_alone_shows_its_own_fields_and_guesses_no_registry():
    ketamine = default_registry().get(Agent, "ketamine")
    text = text_of(alone(ketamine))
    assert text.startswith("Ketamine agent · drug id ketamine description The article's example")
    assert "source" not in text.split("description")[0]
    assert "the article" not in text.replace("The article's example", "")
    assert "This record alone: its claims, identifiers and sources are in the registry" in text


def test_cards_ask_only_the_registry_in_hand(monkeypatch, mine):
    def unreachable():
        msg = "a card consulted a shipped registry"
        raise AssertionError(msg)

    monkeypatch.setattr(nmda_pain.data, "default_registry", unreachable)
    monkeypatch.setattr(nmda_pain.data, "extended_registry", unreachable)
    for record in (*mine.entities, *mine.claims):
        Card(record, mine)._repr_html_()
        alone(record)
    registry_html(mine)


def test_a_users_own_claim_shows_its_own_reference_and_kind(mine):
    claim = next(
        c for c in mine.claims if c.subject == "my-drug" and c.object == "neuropathic-pain"
    )
    text = text_of(claim_html(claim, mine))
    assert text.startswith("My drug treats Neuropathic pain claim · theorized")
    assert (
        "evidence reference kind sections role verification level "
        "[my-notes] (2026). My lab notes. secondary source supports unverified none (unverified)"
        in text
    )
    assert text.endswith("source unverified secondary source")
    assert "not stated" not in text
    by_itself = text_of(alone(claim))
    assert "my-notes supports" in by_itself  # without its registry, the reference is named by id
    assert "the article" not in by_itself


def test_a_beyond_article_claim_is_labelled_by_its_sources_not_as_the_articles(mine):
    claim = next(c for c in mine.claims if c.subject == "my-drug" and c.object == "nmda-receptor")
    card = claim_html(claim, mine)
    text = text_of(card)
    assert "mode of action negative allosteric modulator" in text
    assert "affinity IC50 0.34 µM at GluNX ([doe-2024] verified journal article (level 2))" in text
    assert "journal article supports verified 2 (Oxford CEBM 2011)" in text
    assert text.endswith("source verified journal article (level 2)")
    assert "the article" not in text
    assert parse(card).links == ["https://doi.org/10.1000/doe%3C2024%3E"]
    assert "<2024>" not in card.replace("&lt;2024&gt;", "")
    entity = text_of(Card(mine.get(Agent, "my-drug"), mine)._repr_html_())
    assert (
        "predicate object certainty evidence source treats Neuropathic pain theorized "
        "[my-notes] unverified secondary source" in entity
    )


def test_an_article_claim_shows_its_numbered_references_as_unverified_with_no_level():
    registry = default_registry()
    claim = registry.claims[0]
    text = text_of(Card(claim, registry)._repr_html_())
    assert text.startswith(
        "NMDA receptor antagonists acts via Interference with central sensitization claim · stated"
    )
    assert "subject NMDA receptor antagonists predicate acts via" in text
    assert "certainty stated" in text
    assert "[1] Tatsuo Tsuruoka" in text
    assert (
        "CNS Drugs 36(3):247-263. journal article introduction, description, conclusion "
        "supports unverified none (unverified)" in text
    )
    assert (
        "Biomedicines 11(2):421. journal article introduction, description supports "
        "unverified none (unverified)" in text
    )
    assert "Oxford CEBM" not in text
    assert "curator notes The Introduction's paragraph [1]" in text
    assert text.endswith("source the article")


def test_identifiers_shown_come_from_the_exact_mappings(mine):
    card = Card(mine.get(Agent, "my-drug"), mine)._repr_html_()
    text = text_of(card)
    assert "identifiers chebi:999999 source" in text  # the narrow match is no identifier
    assert (
        "Identifiers and other mappings: the curators' grounding (2) match term label sources "
        "exact match chebi:999999 my drug [my-ontology-2026] verified ontology release "
        "narrow match mesh:D000001 <narrower> term [my-ontology-2026] verified ontology release"
        in text
    )
    assert "&lt;narrower&gt;" in card
    assert parse(card).links[:3] == [
        "https://bioregistry.io/chebi:999999",  # the identifier
        "https://bioregistry.io/chebi:999999",  # and the mappings
        "https://bioregistry.io/mesh:D000001",
    ]
    subunit = text_of(Card(mine.get(Receptor, "GluNX"), mine)._repr_html_())
    assert "subunit of NMDA receptor" in subunit
    assert (
        "affinity: IC50 0.34 µM at GluNX" in subunit
    )  # measured here, on a claim naming the receptor


@pytest.mark.parametrize(
    ("name", "subtitle"),
    [
        ("hallucinations", "adverse effect · psychotomimetic"),
        ("CRPS", "condition"),
        ("NMDA receptor", "receptor"),
        ("calcium-influx-blockade", "mechanism"),
    ],
)
def test_each_family_names_itself_and_its_kind(name, subtitle):
    entity = default_registry().resolve(name)
    assert text_of(alone(entity)).startswith(f"{entity.name} {subtitle} id ")


def test_text_from_the_data_is_escaped():
    agent = Agent(
        id="x",
        name="<script>alert(1)</script>",
        synonyms=("a & b",),
        description='"quoted" <b>bold</b>',
    )
    card = alone(agent)
    assert "<script>" not in card
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in card
    assert "a &amp; b" in card
    assert "&quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;" in card
    assert "<b>" not in card
    text = text_of(card)
    assert '"quoted" <b>bold</b>' in text
    effect = AdverseEffect(
        id="y", name="Y", category=AdverseEffectCategory.COGNITIVE, notes="1 < 2 & 3 > 2"
    )
    assert "curator notes 1 < 2 & 3 > 2" in text_of(alone(effect))
    assert "1 &lt; 2 &amp; 3 &gt; 2" in alone(effect)


def test_a_claim_alone_names_its_records_by_id_and_has_no_notes_row():
    claim = Claim(
        subject="a",
        predicate=Predicate.CAUSES_ADVERSE_EFFECT,
        object="b",
        evidence=(Evidence(reference="r"), Evidence(reference="s", disputes=True)),
        certainty=Certainty.THEORIZED,
    )
    text = text_of(alone(claim))
    assert text.startswith("a causes adverse effect b claim · theorized, contested")
    assert "curator notes" not in text
    assert "reference sections role r supports s disputes" in text
    assert "This claim alone" in text


def test_a_reference_card_shows_citation_kind_design_level_verification_and_doi_link():
    source = default_registry().source
    card = alone(source)
    text = text_of(card)
    assert text.startswith(
        "NMDA Antagonists: Pain Management's Complex Mechanisms reference · unverified journal "
        "article id el-sayed-2025 kind journal article"
    )
    assert "study design narrative review (as the title suggests)" in text
    assert "evidence level none (unverified)" in text
    assert "verification unverified" in text
    assert parse(card).links == ["https://doi.org/10.37421/2684-5997.2025.8.296"]
    numbered = default_registry().reference(3)
    card = alone(numbered)
    assert "reference [3] · unverified journal article" in text_of(card)
    assert "evidence level none (unverified)" in text_of(card)
    assert parse(card).links == []
    text = text_of(alone(MY_TRIAL))
    assert "reference · verified journal article (level 2)" in text
    assert "study design randomized controlled trial evidence level 2 (Oxford CEBM 2011)" in text


def test_a_reference_without_design_has_no_level_and_no_notes_row():
    reference = Reference(
        id="r",
        authors=("A",),
        title="T",
        journal="J",
        year=2000,
        pmid="123",
        verification=VerificationStatus.VERIFIED,
    )
    card = alone(reference)
    text = text_of(card)
    assert "evidence level none (the design is not stated)" in text
    assert "curator notes" not in text
    assert parse(card).links == ["https://pubmed.ncbi.nlm.nih.gov/123/"]
    assert "evidence level none (not a study)" in text_of(alone(MY_RELEASE))


def test_the_registry_card_shows_source_counts_agents_and_references():
    registry = default_registry()
    card = Card(registry)._repr_html_()
    checker = parse(card)
    text = text_of(card)
    assert text.startswith("Registry 56 claims Source: Ahmed Hassan El-Sayed (2025).")
    assert "The claims restate this one article." in text
    assert f"Identifiers: {len(registry.mappings)} mappings, the curators' grounding" in text
    assert "agents 9 receptors 1 mechanisms 11 adverse effects 6 conditions 13" in text
    assert f"references {len(registry.references)} claims 56 mappings" in text
    assert "enzymes" not in text  # an empty family is left out
    assert "Agents (9)" in text
    assert "Ketamine drug 8" in text
    assert "source" not in text.split("Agents (9)")[1].split("References")[0]
    assert f"References ({len(registry.references)})" in text
    assert "[3] Michael Rowbotham" in text
    assert checker.links[0] == "https://doi.org/10.37421/2684-5997.2025.8.296"
    assert {"details", "summary", "table"} <= checker.tags


def test_the_registry_card_marks_agents_by_their_sources(mine):
    text = text_of(Card(mine)._repr_html_())
    assert "Not every claim here is the article's" in text
    assert "name kind claims about it source" in text
    assert "Ketamine drug 8 the article" in text
    assert (
        "My drug drug 2 unverified secondary source, verified journal article (level 2), "
        "verified ontology release" in text
    )
    assert "enzymes" not in text


def test_the_extended_registry_card_counts_enzymes_and_marks_agents_beyond_the_article():
    registry = extended_registry()
    text = text_of(Card(registry)._repr_html_())
    assert f"enzymes {len(registry.enzymes)}" in text
    assert "Not every claim here is the article's" in text
    for agent in registry.agents[:MAX_ROWS]:
        claims = (
            *registry.index.by_subject.get(agent.id, ()),
            *registry.index.by_object.get(agent.id, ()),
        )
        named_by_article = any(is_from_article(claim, registry) for claim in claims)
        count = len(registry.index.by_subject.get(agent.id, ()))
        row = f"{agent.name} {agent.kind.value.replace('_', ' ')} {count} the article"
        assert (row in text) is named_by_article, agent.id
    assert any(
        not any(is_from_article(c, registry) for c in registry.index.by_subject.get(a.id, ()))
        for a in registry.agents[:MAX_ROWS]
    )  # the extension has agents of its own


def test_a_large_registry_card_shows_the_first_rows_and_counts_the_rest():
    agents = tuple(Agent(id=f"drug-{n}", name=f"Drug {n}") for n in range(MAX_ROWS + 5))
    card = Card(Registry(agents=agents))._repr_html_()
    text = text_of(card)
    assert text.startswith("Registry 0 claims Not every claim")
    assert f"Drug {MAX_ROWS} " not in text
    assert "… and 5 more" in text
    assert f"Drug {MAX_ROWS - 1} drug 0 no source (no claim or mapping names it)" in text
    assert "receptors" not in text


def test_the_registry_card_of_a_source_without_doi_has_no_link():
    registry = default_registry()
    plain = evolve(registry, source=evolve(registry.source, doi=None))
    card = Card(plain)._repr_html_()
    assert "https://doi.org/10.37421" not in parse(card).links
    assert "Source: Ahmed Hassan El-Sayed (2025)." in text_of(card)


def test_plain_repr_stays_short():
    ketamine = default_registry().resolve("ketamine")
    assert repr(ketamine) == "Agent(id='ketamine', name='Ketamine', kind=AgentKind.DRUG)"
    assert repr(default_registry()).startswith("Registry(agents=9,")


def test_ipython_displays_the_cards():
    formatters = pytest.importorskip("IPython.core.formatters")
    formatter = formatters.HTMLFormatter()
    registry = default_registry()
    ketamine = registry.resolve("ketamine")
    assert formatter(ketamine) is None  # a record alone is its short repr: the model knows no HTML
    assert formatter(registry) is None  # registries too show a card only through Card or %load_ext
    card = Card(ketamine, registry)
    assert formatter(card) == entity_html(ketamine, registry)


def test_the_cards_register_as_ipython_formatters():
    formatters = pytest.importorskip("IPython.core.formatters")
    formatter = formatters.HTMLFormatter()
    _html.register_formatters(formatter)
    registry = default_registry()
    for record in (registry.resolve("ketamine"), registry.claims[0], registry.reference(3)):
        assert formatter.lookup_by_type(type(record)) in {entity_html, claim_html, reference_html}
        assert formatter(record) == alone(record)


def test_long_claim_lists_are_folded_and_short_ones_open():
    registry = default_registry()
    card = Card(registry.resolve("NMDA receptor antagonists"), registry)._repr_html_()
    assert "<details><summary>Claims about NMDA receptor antagonists" in card
    card = Card(registry.resolve("quinidine"), registry)._repr_html_()
    assert "<details open><summary>Claims about Quinidine (2)" in card


def test_the_cards_module_loads_as_an_ipython_extension():
    formatters = pytest.importorskip("IPython.core.formatters")
    from nmda_pain import cards  # noqa: PLC0415

    html = formatters.HTMLFormatter()

    from types import SimpleNamespace  # noqa: PLC0415

    shell = SimpleNamespace(display_formatter=SimpleNamespace(formatters={"text/html": html}))
    cards.load_ipython_extension(shell)
    ketamine = default_registry().resolve("ketamine")
    assert html(ketamine) == entity_html(ketamine)
    assert cards.Card is Card


def test_a_claim_card_names_the_setting_it_is_made_for():
    registry = default_registry()
    (amnesia,) = nmda_pain.find_claims(object="amnesia")
    assert "setting anaesthesia" in text_of(Card(amnesia, registry)._repr_html_())
    (other,) = nmda_pain.find_claims(subject="memantine", object="neuropathic pain")
    assert "setting" not in text_of(Card(other, registry)._repr_html_())
