"""Names that look alike (issue 14): one name however it is spelled in Unicode, and no lookalike letters.

A record's name and synonyms are compared after NFKC normalisation with the
invisible default-ignorable characters dropped (the rule is
:func:`nmda_pain._text.normalize_name`, tested in ``tests/test_text.py``), a
name may not mix Latin, Cyrillic and Greek letters, and a name must keep
something once folded.
"""

from __future__ import annotations

import attrs
import pytest

from nmda_pain import (
    Agent,
    Condition,
    ConditionKind,
    InvalidRegistryError,
    Mechanism,
    Receptor,
    default_registry,
    extended_registry,
)
from nmda_pain.model._validators import check_synonyms
from tests.builders import small

KETAMINE_NFC = "K\u00e9tamine"
KETAMINE_NFD = "Ke\u0301tamine"
KETAMINE_SPELLINGS = (
    KETAMINE_NFC,
    KETAMINE_NFD,
    "K\u00e9ta\u200bmine",
    "\uff2b\u00e9\uff54\uff41\uff4d\uff49\uff4e\uff45",
)


@pytest.mark.parametrize("synonym", KETAMINE_SPELLINGS[1:])
def test_a_synonym_spelling_the_name_another_way_is_the_name_given_twice(synonym):
    with pytest.raises(ValueError, match="which is the same name as 'K\u00e9tamine'"):
        Agent(id="k", name=KETAMINE_NFC, synonyms=(synonym,))


def test_two_synonyms_spelling_one_name_are_one_synonym_given_twice():
    with pytest.raises(ValueError, match=r"'synonyms' lists 'Keta\\u200bmine', which is the same"):
        Agent(id="k", name="K", synonyms=("Ketamine", "Keta\u200bmine"))


def test_a_name_mixing_latin_and_cyrillic_is_refused_naming_the_letter():
    with pytest.raises(ValueError, match="'name' mixes Latin and Cyrillic letters") as caught:
        Agent(id="k", name="K\u0435tamine")
    assert "U+0435 CYRILLIC SMALL LETTER IE at position 1 of 'K\u0435tamine'" in str(caught.value)


def test_a_synonym_mixing_latin_and_greek_is_refused_by_its_index():
    with pytest.raises(ValueError, match=r"'synonyms\[1\]' mixes Latin and Greek letters"):
        Mechanism(id="m", name="M", synonyms=("fine", "\u03bf-opioid"))  # GREEK SMALL OMICRON


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "-"}, "'name'"),
        ({"name": "\u200b"}, "'name'"),
        ({"synonyms": ("_",)}, r"'synonyms\[0\]'"),
        ({"synonyms": ("ok", "\u00ad")}, r"'synonyms\[1\]'"),
    ],
)
def test_a_name_or_synonym_that_folds_to_nothing_is_refused(changes, field):
    fields = {"id": "c", "name": "C", "kind": ConditionKind.CONDITION, **changes}
    with pytest.raises(ValueError, match=f"{field} names nothing once case, spaces"):
        Condition(**fields)  # type: ignore[arg-type]


def test_a_name_in_one_script_is_accepted_in_any_of_them():
    assert (
        Receptor(id="a2d", name="\u03b12\u03b4", synonyms=("\u03b12\u03b4-1",)).name
        == "\u03b12\u03b4"
    )
    assert Agent(id="k", name="\u041a\u0435\u0442\u0430\u043c\u0438\u043d").synonyms == ()
    assert Agent(id="k", name=KETAMINE_NFD, synonyms=("\u30b1\u30bf\u30df\u30f3",)).name


def test_the_synonym_check_stands_without_a_name():
    @attrs.define
    class Unnamed:
        synonyms: tuple[str, ...] = attrs.field(validator=check_synonyms)

    assert Unnamed(("a", "b")).synonyms == ("a", "b")
    with pytest.raises(ValueError, match="'synonyms' lists 'A', which is the same name as 'a'"):
        Unnamed(("a", "A"))


@pytest.mark.parametrize("spelling", KETAMINE_SPELLINGS[1:])
def test_a_registry_with_two_spellings_of_one_name_is_refused(spelling):
    first = Agent(id="ketamine-a", name=KETAMINE_NFC)
    second = Agent(id="ketamine-b", name=spelling)
    with pytest.raises(InvalidRegistryError, match="is ambiguous: it also names 'ketamine-a'"):
        small(agents=(*small().agents, first, second))


@pytest.mark.parametrize("spelling", KETAMINE_SPELLINGS)
def test_resolve_finds_an_entity_by_any_spelling_of_its_name(spelling):
    registry = small(agents=(*small().agents, Agent(id="ketamine-x", name=KETAMINE_NFD)))
    assert registry.resolve(spelling).id == "ketamine-x"


@pytest.mark.parametrize(
    "spelling",
    ["\uff2b\uff45\uff54\uff41\uff4d\uff49\uff4e\uff45", "Keta\u200bmine", "KETA\u00adMINE"],
)
def test_the_shipped_registry_resolves_lookalike_spellings(spelling):
    assert default_registry().resolve(spelling).id == "ketamine"


def test_the_shipped_registries_build_and_their_names_are_fit():
    for registry in (default_registry(), extended_registry()):
        for entity in registry.entities:
            assert attrs.evolve(entity) == entity  # every validator runs again
