"""The notebook's face: every view laid out as one compact, escaped, well-formed HTML card.

A card lays out the same view the command line prints, so the tests compare a
card's text with its view's labels; a record alone shows its own fields; a
claim's certainty is shown by style; empty sections are left out.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

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
from nmda_pain.views import Fields, Table, Text, entity_view, record_view
from nmda_pain.views._html import MAX_ROWS, Card, card_html, register_formatters

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
    return Card(record)._repr_html_()


def card_of(record, registry):
    return Card(record, registry)._repr_html_()


def parse(fragment: str) -> Checker:
    checker = Checker()
    checker.feed(fragment)
    checker.close()
    assert checker.stack == [], f"unclosed tags: {checker.stack}"
    return checker


def text_of(fragment: str) -> str:
    """The text a reader sees, each run of whitespace one space (links in a list keep their commas)."""
    return " ".join(" ".join(parse(fragment).text).split()).replace(" , ", ", ")


def records(registry: Registry):
    return (*registry.entities, *registry.references, *registry.claims, registry.article)


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
        card = alone(record)
        assert card.startswith('<div class="nmda-pain-card ')
        parse(card)
    for record in (*registry.entities, *registry.claims, *registry.references):
        parse(card_of(record, registry))


def test_a_card_shows_every_label_of_the_view_the_command_line_prints():
    registry = default_registry()
    for name in ("ketamine", "NMDA receptor", "CRPS", "quinidine"):
        entity = registry.resolve(name)
        view = entity_view(entity, registry)
        text = text_of(card_of(entity, registry))
        assert text.startswith(f"{view.family} {view.title} {view.subtitle}")
        for block in view.blocks:
            if isinstance(block, Fields):
                for label, value in block.rows:
                    assert " ".join(f"{label} {value}".split()) in text
            elif isinstance(block, Table) and block.rows:
                for row in block.rows[:MAX_ROWS]:
                    assert " ".join(" ".join(row).split()) in text
            elif isinstance(block, Text):
                assert " ".join(block.text.split()) in text


def test_an_entity_card_links_its_identifiers_and_mappings():
    registry = default_registry()
    ketamine = registry.get(Agent, "ketamine")
    card = card_of(ketamine, registry)
    links = parse(card).links
    for mapping in registry.mappings_of(ketamine):
        assert mapping.object.url in links
    assert "member of NMDA receptor antagonists" in text_of(card)


def test_empty_sections_are_left_out_of_the_card():
    registry = Registry(agents=(Agent(id="x", name="Drug X"),))
    text = text_of(card_of(registry.agents[0], registry))
    assert "Claims about" not in text  # the command line says "(none)"; the card says nothing
    assert "(none)" not in text
    assert "Identifiers and other mappings" not in text


def test_a_record_alone_shows_its_own_fields_and_guesses_no_registry():
    ketamine = default_registry().get(Agent, "ketamine")
    text = text_of(alone(ketamine))
    assert text.startswith(
        "agent Ketamine agent (drug) id ketamine description The article's example"
    )
    assert "source" not in text
    assert "Claims" not in text


def test_cards_ask_only_the_registry_in_hand(monkeypatch, mine):
    def unreachable():
        msg = "a card consulted a shipped registry"
        raise AssertionError(msg)

    monkeypatch.setattr(nmda_pain.data, "default_registry", unreachable)
    monkeypatch.setattr(nmda_pain.data, "extended_registry", unreachable)
    for record in (*mine.entities, *mine.claims, *mine.references):
        card_of(record, mine)
        alone(record)
    alone(mine)


def test_a_claim_card_is_one_line_with_its_certainty_by_style_and_its_evidence(mine):
    claim = next(
        c for c in mine.claims if c.subject == "my-drug" and c.object == "neuropathic-pain"
    )
    card = card_of(claim, mine)
    text = text_of(card)
    assert text.startswith("claim My drug treats Neuropathic pain theorized")
    assert 'class="nmda-pain-title" style="font-style: italic; opacity: 0.7"' in card
    assert "[my-notes] My lab notes unverified secondary source none (unverified)" in text
    assert "source unverified secondary source" in text
    assert "default_registry" not in text
    assert "registry" not in text.lower()
    (established,) = nmda_pain.find_claims(subject="ketamine", object="CRPS")
    assert 'style="font-weight: bold">Ketamine treats Complex regional pain syndrome<' in card_of(
        established, default_registry()
    )


def test_a_claim_card_shows_each_references_verification_and_level(mine):
    claim = next(c for c in mine.claims if c.subject == "my-drug" and c.object == "nmda-receptor")
    text = text_of(card_of(claim, mine))
    assert "mode of action negative allosteric modulator" in text
    assert "affinity IC50 0.34 µM at GluNX [doe-2024]" in text
    assert "[doe-2024] A trial of my drug verified journal article 2 (Oxford CEBM 2011)" in text
    (article,) = nmda_pain.find_claims(subject="memantine", object="neuropathic pain")
    text = text_of(card_of(article, default_registry()))
    assert "[3] Memantine in Neuropathic Pain" in text
    assert "unverified journal article none (unverified)" in text
    assert "source the article" in text


def test_a_claim_alone_names_its_records_by_id():
    claim = default_registry().claims[0]
    text = text_of(alone(claim))
    assert text.startswith(f"claim {claim.subject} ")
    assert f"[{claim.evidence[0].reference}]" in text


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
    assert '"quoted" <b>bold</b>' in text_of(card)
    effect = AdverseEffect(
        id="y", name="Y", category=AdverseEffectCategory.COGNITIVE, notes="1 < 2 & 3 > 2"
    )
    assert "curator notes 1 < 2 & 3 > 2" in text_of(alone(effect))


def test_a_reference_card_links_its_percent_encoded_doi(mine):
    card = card_of(mine.reference("doe-2024"), mine)
    assert "https://doi.org/10.1000/doe%3C2024%3E" in parse(card).links
    text = text_of(card)
    assert "study design randomized controlled trial" in text
    assert "evidence level 2 (Oxford CEBM 2011)" in text


def test_the_registry_card_shows_source_counts_and_agents():
    registry = default_registry()
    text = text_of(alone(registry))
    assert text.startswith("registry Registry 56 claims Source: Ahmed Hassan El-Sayed (2025)")
    assert "Counts: 9 agents, 1 receptor" in text
    assert "Ketamine (drug; member of NMDA receptor antagonists, Analgesics)" in text


def test_the_registry_card_marks_agents_by_their_sources(mine):
    text = text_of(alone(mine))
    assert "My drug (drug) [sources: unverified secondary source" in text


def test_a_long_table_is_folded_and_shows_the_first_rows_and_counts_the_rest():
    rows = tuple((str(n),) for n in range(MAX_ROWS + 5))
    from nmda_pain.views import View  # noqa: PLC0415

    card = card_html(View(family="test", title="T", blocks=(Table("Many", ("n",), rows),)))
    assert "<details><summary>Many</summary>" in card
    assert "... and 5 more" in card
    text = text_of(card)
    assert str(MAX_ROWS - 1) in text.split()
    assert str(MAX_ROWS) not in text.split()
    short = card_html(View(family="test", title="T", blocks=(Table("Few", ("n",), rows[:3]),)))
    assert "<details>" not in short


def test_plain_repr_stays_short():
    ketamine = default_registry().resolve("ketamine")
    assert repr(ketamine) == "Agent(id='ketamine', name='Ketamine', kind=AgentKind.DRUG)"
    assert repr(default_registry()).startswith("Registry(agents=9,")


def test_ipython_shows_a_card_and_nothing_else_by_default():
    formatters = pytest.importorskip("IPython.core.formatters")
    formatter = formatters.HTMLFormatter()
    registry = default_registry()
    ketamine = registry.resolve("ketamine")
    assert formatter(ketamine) is None  # a record alone is its short repr: the model knows no HTML
    assert formatter(registry) is None
    assert formatter(Card(ketamine, registry)) == card_html(record_view(ketamine, registry))


def test_the_cards_register_as_ipython_formatters():
    formatters = pytest.importorskip("IPython.core.formatters")
    formatter = formatters.HTMLFormatter()
    register_formatters(formatter)
    registry = default_registry()
    for record in (
        registry.resolve("ketamine"),
        registry.claims[0],
        registry.reference(3),
        registry,
    ):
        assert formatter(record) == alone(record)


def test_the_cards_module_loads_as_an_ipython_extension():
    formatters = pytest.importorskip("IPython.core.formatters")
    from types import SimpleNamespace  # noqa: PLC0415

    from nmda_pain import cards  # noqa: PLC0415

    html = formatters.HTMLFormatter()
    shell = SimpleNamespace(display_formatter=SimpleNamespace(formatters={"text/html": html}))
    cards.load_ipython_extension(shell)
    ketamine = default_registry().resolve("ketamine")
    assert html(ketamine) == alone(ketamine)
    assert cards.Card is Card


def test_a_claim_card_names_the_setting_it_is_made_for():
    registry = default_registry()
    (amnesia,) = nmda_pain.find_claims(object="amnesia")
    assert "setting anaesthesia" in text_of(card_of(amnesia, registry))
    (other,) = nmda_pain.find_claims(subject="memantine", object="neuropathic pain")
    assert "setting" not in text_of(card_of(other, registry))
