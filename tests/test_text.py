"""The text rules every message uses: English articles, name folding, lookalike names and suggestions.

How a registry resolves and suggests names through them is tested in
``tests/registry/test_registry.py``.
"""

from __future__ import annotations

import itertools
import unicodedata

import pytest

from nmda_pain._text import (
    DEFAULT_IGNORABLE,
    MAX_SUGGESTIONS,
    character_name,
    closest_names,
    name_problem,
    normalize_name,
    with_article,
)


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


# -- Names that look alike (issue 14) -------------------------------------------------------

KETAMINE_NFC = "K\u00e9tamine"
KETAMINE_NFD = "Ke\u0301tamine"


@pytest.mark.parametrize(
    "spelling",
    [
        KETAMINE_NFD,  # decomposed: e and a combining acute accent
        "K\u00e9ta\u200bmine",  # zero-width space
        "K\u00e9ta\u200cmi\u200dne",  # zero-width non-joiner and joiner
        "K\u00e9ta\u00admine",  # soft hyphen
        "\ufeffK\u00e9tamine",  # byte order mark
        "K\u00e9ta\u2060mine",  # word joiner
        "K\u00e9tamine\ufe0f",  # variation selector-16
        "K\u00e9tamine\U000e0100",  # variation selector-17
        "\uff2b\u00e9\uff54\uff41\uff4d\uff49\uff4e\uff45",  # full-width letters
        "KE\u0301TAMINE",
        "Ke\u200b\u0301tamine",  # an invisible character between a letter and its accent
    ],
)
def test_names_that_look_alike_fold_to_one_key(spelling):
    assert normalize_name(spelling) == normalize_name(KETAMINE_NFC) == "k\u00e9tamine"


def test_full_width_and_invisible_characters_fold_away_in_an_ascii_name():
    assert normalize_name("\uff2b\uff45\uff54\uff41\uff4d\uff49\uff4e\uff45") == "ketamine"
    assert normalize_name("Keta\u200bmine") == normalize_name("Ketamine") == "ketamine"


def test_the_dashes_that_look_like_a_hyphen_are_separators_too():
    for dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d":
        assert normalize_name(f"neuropathic{dash}pain") == "neuropathicpain", hex(ord(dash))


def test_case_folds_after_compatibility_forms_are_replaced():
    # U+1E9E LATIN CAPITAL LETTER SHARP S folds to "ss"; U+212A KELVIN SIGN is the letter K
    assert normalize_name("\u1e9e") == normalize_name("SS") == "ss"
    assert normalize_name("\u212aetamine") == "ketamine"
    # "\u2167" ROMAN NUMERAL EIGHT is "VIII" under NFKC
    assert normalize_name("type \u2167") == normalize_name("Type VIII")


def test_an_ascii_name_folds_as_the_full_rule_folds_it():
    # the ASCII shortcut and the Unicode path agree (a non-ASCII invisible character forces the latter)
    for text in ("Neuropathic pain", "NMDA_receptor-2B", "a  b\tc"):
        assert normalize_name(text) == normalize_name(text + "\u200b")


def _ignorable_code_points() -> set[int]:
    return {code for first, last in DEFAULT_IGNORABLE for code in range(first, last + 1)}


def test_the_default_ignorable_table_is_the_unicode_property():
    codes = _ignorable_code_points()
    # DerivedCoreProperties.txt counts 4,174 Default_Ignorable_Code_Point code points
    assert len(codes) == 4174
    firsts = [first for first, _ in DEFAULT_IGNORABLE]
    assert firsts == sorted(firsts)
    assert all(
        last < following for (_, last), (following, _) in itertools.pairwise(DEFAULT_IGNORABLE)
    )
    # the property holds format characters, marks (variation selectors), fillers and reserved
    # code points, but never a space or a visible letter
    assert {unicodedata.category(chr(code)) for code in codes} == {"Cf", "Mn", "Lo", "Cn"}
    assert not any(chr(code).isspace() for code in codes)
    # every format character outside the table is one that shows (U+0600 ARABIC NUMBER SIGN...)
    visible_format = {
        code
        for code in range(0x110000)
        if unicodedata.category(chr(code)) == "Cf" and code not in codes
    }
    assert {0x0600, 0x06DD, 0x070F, 0x110BD, 0xFFF9} <= visible_format
    assert not visible_format & {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0xE0001}


@pytest.mark.parametrize("first_last", DEFAULT_IGNORABLE, ids=lambda r: f"U+{r[0]:04X}")
def test_every_default_ignorable_range_is_dropped_from_a_name(first_last):
    first, last = first_last
    for code in {first, (first + last) // 2, last}:
        assert normalize_name(f"Keta{chr(code)}mine") == "ketamine", f"U+{code:04X}"


def test_no_character_folds_to_a_default_ignorable_one():
    # so dropping them once, before NFKC, leaves none in the key; only a character that
    # NFKC or case folding changes can turn into another
    codes = _ignorable_code_points()
    changed = (
        char
        for char in map(chr, range(0x80, 0x110000))
        if not 0xD800 <= ord(char) <= 0xDFFF
        and ord(char) not in codes
        and not (unicodedata.is_normalized("NFKC", char) and char.casefold() == char)
    )
    for char in changed:
        folded = normalize_name(char)
        assert not any(ord(c) in codes for c in folded), character_name(char)


def test_character_names_give_the_code_point_and_the_unicode_name():
    assert character_name("\u0435") == "U+0435 CYRILLIC SMALL LETTER IE"
    assert character_name("\U0001d6fc") == "U+1D6FC MATHEMATICAL ITALIC SMALL ALPHA"
    assert character_name("\ufff0") == "U+FFF0"  # unassigned: no name


@pytest.mark.parametrize(
    "name",
    [
        "Ketamine",
        KETAMINE_NFC,
        KETAMINE_NFD,
        "\u03b12\u03b4",  # alpha-2-delta: all Greek
        "\u039a\u03b5\u03c4\u03b1\u03bc\u03af\u03bd\u03b7",  # Greek "ketamine"
        "\u041a\u0435\u0442\u0430\u043c\u0438\u043d",  # Cyrillic "ketamine"
        "\u30b1\u30bf\u30df\u30f3 ketamine",  # katakana with Latin: not a lookalike pair
        "\ufb01broin",  # the ligature fi is Latin
    ],
)
def test_names_in_one_lookalike_script_are_fit(name):
    assert name_problem(name) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "K\u0435tamine",
            (
                "mixes Latin and Cyrillic letters, which look alike: U+0435 CYRILLIC SMALL LETTER "
                "IE at position 1 of 'K\u0435tamine'; write it in one script"
            ),
        ),
        # the letter named is the one outside the script most letters are in
        ("\u041a\u0435\u0442a\u043c\u0438\u043d", "U+0061 LATIN SMALL LETTER A at position 3"),
        ("\u03b1-blocker", "mixes Latin and Greek letters"),
        ("\U0001d6fc-blocker", "U+1D6FC MATHEMATICAL ITALIC SMALL ALPHA at position 0"),
        ("\u00b5-opioid", "U+00B5 MICRO SIGN at position 0"),  # NFKC: GREEK SMALL LETTER MU
        ("\u339b scale", "U+339B SQUARE MU M at position 0"),  # one character, two scripts
        ("\u0391\u0410", "mixes Greek and Cyrillic letters"),  # on a tie, the first script leads
        ("K\u0435t\u03b1", "mixes Latin and Cyrillic and Greek letters"),
    ],
)
def test_a_name_mixing_lookalike_scripts_names_the_odd_letter(name, expected):
    problem = name_problem(name)
    assert problem is not None
    assert expected in problem


@pytest.mark.parametrize("name", ["-", "_", "- _", "\u200b", "\u00ad\ufeff", "\u2013", "\ufe0f"])
def test_a_name_that_folds_to_nothing_is_unfit(name):
    assert name_problem(name) == (
        "names nothing once case, spaces, hyphens, underscores and invisible characters "
        f"are ignored: {name!r}"
    )
