"""The text rules every message uses: English articles, name folding and "did you mean" suggestions.

How a registry resolves and suggests names through them is tested in
``tests/registry/test_registry.py``.
"""

from __future__ import annotations

from nmda_pain._text import MAX_SUGGESTIONS, closest_names, normalize_name, with_article


def test_the_article_follows_the_first_letter_past_any_quote():
    assert with_article("agent") == "an agent"
    assert with_article("condition") == "a condition"
    assert with_article("'attenuates'") == "an 'attenuates'"
    assert with_article('"member_of"') == 'a "member_of"'


def test_names_fold_case_whitespace_hyphens_and_underscores_and_nothing_else():
    spellings = (
        "Neuropathic pain",
        "neuropathic-pain",
        "NEUROPATHIC_PAIN",
        " neuropathic \t pain ",
    )
    assert len({normalize_name(text) for text in spellings}) == 1
    assert normalize_name("Straße") == normalize_name("STRASSE")  # case folded, not lowered
    assert normalize_name("NMDA receptor") != normalize_name("NMDA receptors")


def test_suggestions_are_few_best_first_and_one_per_folded_name():
    assert closest_names("ketamin", ["Memantine", "Ketamine"]) == ("Ketamine",)
    assert closest_names("zzzzzz", ["Ketamine"]) == ()
    # spellings that fold alike are one candidate, offered as it was first given
    assert closest_names("ketamin", ["Ketamine", "KETAMINE", "keta-mine"]) == ("Ketamine",)
    many = closest_names("agent", [f"Agent {n}" for n in range(10)])
    assert len(many) == MAX_SUGGESTIONS
