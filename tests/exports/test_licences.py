"""One licence rule for every export: by who wrote the statement."""

from __future__ import annotations

from pathlib import Path

from nmda_pain import default_registry, extended_registry
from nmda_pain.exports import ARTICLE_LICENSE, CURATION_LICENSE, claim_license
from nmda_pain.provenance import is_from_article


def test_every_claim_of_the_article_comes_under_its_cc_by_licence():
    registry = default_registry()
    assert {claim_license(claim, registry) for claim in registry.claims} == {ARTICLE_LICENSE}
    assert ARTICLE_LICENSE == "https://creativecommons.org/licenses/by/4.0/"


def test_a_claim_read_in_other_sources_gets_no_licence():
    registry = extended_registry()
    licences = {claim.key: claim_license(claim, registry) for claim in registry.claims}
    beyond = {key for key, licence in licences.items() if licence is None}
    assert beyond
    assert beyond == {c.key for c in registry.claims if not is_from_article(c, registry)}


def test_the_repositorys_licence_says_what_the_rule_says():
    text = (Path(__file__).parents[2] / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in text
    assert CURATION_LICENSE == "https://spdx.org/licenses/MIT.html"
    assert "mappings.py are the curators'" in " ".join(text.split())
    assert "creativecommons.org/licenses/by/4.0" in text
