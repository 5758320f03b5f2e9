"""Notebook views: every record and registry has an HTML card, escaped and well formed."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from attrs import evolve

from nmda_pain import (
    AdverseEffect,
    AdverseEffectCategory,
    Agent,
    Certainty,
    Claim,
    Evidence,
    Predicate,
    Reference,
    Registry,
    _html,
    default_registry,
    extended_registry,
)
from nmda_pain._html import MAX_ROWS

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


@pytest.mark.parametrize("make", [default_registry, extended_registry])
def test_every_record_and_the_registry_have_a_well_formed_card(make):
    registry = make()
    for record in (*records(registry), registry):
        card = record._repr_html_()
        assert card.startswith('<div class="nmda-pain-card ')
        assert "<script" not in card
        parse(card)


def test_an_entity_card_shows_names_family_kind_and_fields():
    ketamine = extended_registry().resolve("ketamine")
    card = ketamine._repr_html_()
    text = text_of(card)
    assert text.startswith("Ketamine agent · drug id ketamine")
    assert "drug class NMDA receptor antagonists" in text  # the class's name, not its id
    assert "source the article identifiers (beyond the article)" in text
    assert "source: nmda_pain reference table (identifiers.json)" in text
    assert (
        "modes of action (beyond the article) channel blocker at NMDA receptor "
        "(channel pore, trapping) source: GtoPdb interactions" in text
    )
    assert "affinities (beyond the article) pIC50 6.18 at GluN2C (human) source: GtoPdb" in text
    assert "https://bioregistry.io/chebi:6121" in parse(card).links
    # the claims, from the shipped registry that holds this very record
    assert "Claims in extended_registry()" in text
    assert "Claims about Ketamine (7) predicate object certainty evidence" in text
    assert "treats Severe pain established [2] introduction, description, conclusion" in text
    assert "Claims naming Ketamine as their object (2)" in text
    article = default_registry().resolve("ketamine")
    assert "Claims in the article's registry, default_registry()" in text_of(article._repr_html_())


def test_entity_cards_list_several_affinities_on_separate_lines():
    ifenprodil = extended_registry().resolve("ifenprodil")
    card = ifenprodil._repr_html_()
    assert "IC50 0.34 µM at GluN2B" in card
    assert card.count("<br>IC50 ") == 1  # the second of two affinities, on a line of its own
    methadone = extended_registry().resolve("methadone")
    assert "(channel pore, contested)" in text_of(methadone._repr_html_())
    esketamine = extended_registry().resolve("esketamine")
    assert "source beyond the article: " in text_of(esketamine._repr_html_())


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
    assert text_of(entity._repr_html_()).startswith(f"{entity.name} {subtitle} id ")


def test_text_from_the_data_is_escaped():
    agent = Agent(
        id="x",
        name="<script>alert(1)</script>",
        synonyms=("a & b",),
        description='"quoted" <b>bold</b>',
    )
    card = agent._repr_html_()
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
    assert "curator notes 1 < 2 & 3 > 2" in text_of(effect._repr_html_())
    assert "1 &lt; 2 &amp; 3 &gt; 2" in effect._repr_html_()


def test_a_claim_card_shows_certainty_each_reference_sections_and_notes():
    claim = default_registry().claims[0]
    card = claim._repr_html_()
    text = text_of(card)
    assert text.startswith(
        "NMDA receptor antagonists acts via Interference with central sensitization claim · stated"
    )
    assert "subject NMDA receptor antagonists predicate acts via" in text
    assert "certainty stated" in text
    assert "[1] Tatsuo Tsuruoka" in text
    assert "CNS Drugs 36(3):247-263. introduction, description, conclusion unverified" in text
    assert "Biomedicines 11(2):421. introduction, description unverified" in text
    assert "curator notes The Introduction's paragraph [1]" in text
    assert "source the article" in text
    assert text.endswith("Names and references from the article's registry, default_registry().")


def test_a_claim_beyond_the_article_names_its_source_and_has_no_notes_row():
    claim = Claim(
        subject="a",
        predicate=Predicate.TREATS,
        object="b",
        evidence=(Evidence(reference="r"),),
        certainty=Certainty.THEORIZED,
        provenance="a <table>",
    )
    text = text_of(claim._repr_html_())
    assert "curator notes" not in text
    assert "source beyond the article: a <table>" in text
    assert "certainty theorized" in text
    assert text.startswith("a treats b claim")  # no shipped registry holds it: ids
    assert "Not a claim of a shipped registry" in text


def test_a_reference_card_shows_citation_design_level_verification_and_doi_link():
    source = default_registry().source
    card = source._repr_html_()
    text = text_of(card)
    assert text.startswith(
        "NMDA Antagonists: Pain Management's Complex Mechanisms reference · unverified id el-sayed-2025"
    )
    assert "study design narrative review" in text
    assert "evidence level 5 (Oxford CEBM 2011)" in text
    assert "verification unverified" in text
    assert parse(card).links == ["https://doi.org/10.37421/2684-5997.2025.8.296"]
    numbered = default_registry().reference(3)
    card = numbered._repr_html_()
    assert "reference [3] · unverified" in text_of(card)
    assert "evidence level 2 (Oxford CEBM 2011)" in text_of(card)
    assert parse(card).links == []
    assert "<a " not in card


def test_a_reference_without_design_has_no_level_and_no_notes_row():
    reference = Reference(id="r", authors=("A",), title="T", journal="J", year=2000)
    text = text_of(reference._repr_html_())
    assert "evidence level none" in text
    assert "curator notes" not in text


def test_the_registry_card_shows_source_counts_agents_and_references():
    registry = default_registry()
    card = registry._repr_html_()
    checker = parse(card)
    text = text_of(card)
    assert text.startswith("Registry 51 claims Source: Ahmed Hassan El-Sayed (2025).")
    assert "agents 9 receptors 1 mechanisms 11 adverse effects 6 conditions 13" in text
    assert "references 10 claims 51" in text
    assert "enzymes" not in text
    assert "Agents (9)" in text
    assert "Ketamine drug 7" in text
    assert "source" not in text.split("Agents (9)")[1]  # every agent is the article's
    assert "References (10)" in text
    assert "and more" not in text
    assert checker.links == ["https://doi.org/10.37421/2684-5997.2025.8.296"]
    assert {"details", "summary", "table"} <= checker.tags


def test_the_registry_card_counts_enzymes_when_there_are_some():
    assert "enzymes 1" in text_of(extended_registry()._repr_html_())


def test_a_large_registry_card_shows_the_first_rows_and_counts_the_rest():
    agents = tuple(Agent(id=f"drug-{n}", name=f"Drug {n}") for n in range(MAX_ROWS + 5))
    card = Registry(agents=agents)._repr_html_()
    text = text_of(card)
    assert text.startswith("Registry 0 claims Not every record")
    assert f"Drug {MAX_ROWS} " not in text
    assert "… and 5 more" in text
    assert "Source" not in text
    assert "Not every record here is the article's" in text
    assert f"Drug {MAX_ROWS - 1} drug 0 not stated" in text


def test_the_registry_card_of_a_source_without_doi_has_no_link():
    registry = default_registry()
    plain = evolve(registry, source=evolve(registry.source, doi=None))
    card = plain._repr_html_()
    assert parse(card).links == []
    assert "Source: Ahmed Hassan El-Sayed (2025)." in text_of(card)


def test_plain_repr_stays_short():
    ketamine = default_registry().resolve("ketamine")
    assert repr(ketamine) == "Agent(id='ketamine', name='Ketamine', kind=AgentKind.DRUG)"
    assert repr(default_registry()).startswith("Registry(agents=9,")


def test_ipython_displays_the_cards():
    formatters = pytest.importorskip("IPython.core.formatters")
    formatter = formatters.HTMLFormatter()
    ketamine = default_registry().resolve("ketamine")
    assert formatter(ketamine) == ketamine._repr_html_()
    assert formatter(default_registry()) == default_registry()._repr_html_()


def test_the_extended_registry_card_marks_agents_beyond_the_article():
    text = text_of(extended_registry()._repr_html_())
    assert "Not every record here is the article's" in text
    assert "name kind claims about it source" in text
    assert "Ketamine drug 7 the article" in text
    assert "Esketamine drug 1 beyond the article " in text
    assert "Dextromethorphan/quinidine product 3 beyond the article" in text


def test_a_users_entity_is_not_the_articles_and_hints_at_find_claims():
    agent = Agent(id="ketamine", name="Ketamine", description="my own words")
    text = text_of(agent._repr_html_())
    assert "source not stated" in text
    assert "the article" not in text.replace("the article's registry", "")
    assert "find_claims(subject='ketamine', registry=...)" in text
    # With no registry to name it from, a link to another entity stays an id.
    member = Agent(id="x", name="X", drug_class="my-class")
    assert "drug class my-class" in text_of(member._repr_html_())
    subunit = extended_registry().resolve("GluN2B")
    assert "subunit of NMDA receptor" in text_of(subunit._repr_html_())


def test_a_claim_card_links_each_references_doi(monkeypatch):
    registry = default_registry()
    claim = registry.claims[0]
    first = registry.reference(claim.evidence[0].reference)
    with_doi = evolve(
        registry,
        references=tuple(
            evolve(r, doi="10.1000/x<y") if r == first else r for r in registry.references
        ),
    )
    monkeypatch.setattr(_html, "shipped_home", lambda _record: ("default_registry()", with_doi))
    card = claim._repr_html_()
    assert parse(card).links == ["https://doi.org/10.1000/x%3Cy"]
    assert "<y" not in card.replace("&lt;y", "")


def test_long_claim_lists_are_folded_and_short_ones_open():
    card = default_registry().resolve("NMDA receptor antagonists")._repr_html_()
    assert "<details><summary>Claims about NMDA receptor antagonists" in card
    card = default_registry().resolve("quinidine")._repr_html_()
    assert "<details open><summary>Claims about Quinidine (2)" in card
