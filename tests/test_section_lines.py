"""Tables are read from the sections the lexer marked: the lines of each section, found
from the lexer's heading indices, equal those of a scan of every line."""

from __future__ import annotations

from conftest import readable_fixtures

from disclosure_lint import lexer, tables
from disclosure_lint.template import ordinal_value


def _by_scanning(lines):
    out, begin, ordinal = {}, 0, 0
    for index, line in enumerate(lines):
        if line.is_section:
            if ordinal:
                out[ordinal] = lines[begin:index]
            ordinal, begin = ordinal_value(line.head.group("part") or line.head.group("ord")), index + 1
    if ordinal:
        out[ordinal] = lines[begin:]
    return out


def test_section_lines_from_the_lexers_headings_on_every_fixture():
    checked = 0
    for _, text in readable_fixtures():
        lexed = lexer.lex_report(text)
        assert tables._section_lines(lexed.lines, lexed.sections) == _by_scanning(lexed.lines)
        checked += 1
    assert checked > 20


def test_a_report_without_headings_has_no_section_lines():
    lexed = lexer.lex_report("标题\n正文一行。\n")
    assert tables._section_lines(lexed.lines, lexed.sections) == {} == _by_scanning(lexed.lines)
