"""The terminal's face: plain text that wraps at 100 columns, and never breaks on odd text."""

from __future__ import annotations

import io

from nmda_pain.views import Fields, Table, Text
from nmda_pain.views._text import WIDTH, dump_json, emit, render_plain, safe_write


def test_a_long_field_value_wraps_under_itself():
    value = " ".join(f"word{n}" for n in range(60))
    text = render_plain((Fields("T", (("short", "x"), ("a longer label", value))),))
    lines = text.splitlines()
    assert lines[0] == "T"
    assert lines[1] == "  short:           x"
    assert all(len(line) <= WIDTH for line in lines)
    indent = len("  a longer label:  ")
    assert all(line.startswith(" " * indent) and line[indent] != " " for line in lines[3:])
    assert " ".join(" ".join(lines[2:]).split()) == f"a longer label: {value}"


def test_a_long_paragraph_line_wraps_with_a_hanging_indent():
    line = "  " + " ".join(["reference"] * 30)
    (first, *rest) = render_plain((Text(line),)).splitlines()
    assert first.startswith("  reference")
    assert rest
    assert all(
        len(each) <= WIDTH and each.startswith("    reference") for each in (first, *rest)[1:]
    )


def test_a_short_line_and_one_unbreakable_word_stay_as_they_are():
    word = "x" * 150
    assert render_plain((Text(word),)) == word
    assert render_plain((Text("short"),)) == "short"


def test_an_empty_table_says_none_and_cells_are_aligned_by_display_width():
    assert render_plain((Table("Nothing", ("A",), ()),)) == "Nothing\n  (none)"
    text = render_plain((Table("T", ("Name", "N"), (("鎮痛", "1"), ("ab", "2"))),))
    assert text.splitlines()[3] == "  鎮痛  1"
    assert text.splitlines()[4] == "  ab    2"


def test_control_characters_never_reach_the_stream():
    out = io.StringIO()
    emit((Text("a\x1b[2Jb\x07"), Fields("t\x1b", (("k", "v\x1b"),))), out)
    assert "\x1b" not in out.getvalue()
    assert "\\x1b[2J" in out.getvalue()


def test_what_a_stream_cannot_encode_is_escaped():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="latin-1")
    safe_write(stream, "Kétamine \u4e00 \ud800")
    stream.flush()
    assert raw.getvalue() == b"K\xe9tamine \\u4e00 \\ud800"
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    dump_json({"name": "Kétamine"}, stream)
    stream.flush()
    assert raw.getvalue().decode("utf-8") == '{\n  "name": "Kétamine"\n}\n'
