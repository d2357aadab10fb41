"""The token stream of a table region and its runs: the fast paths read as the slow ones."""

from __future__ import annotations

import sys

from disclosure_lint import cells
from disclosure_lint.lexer import lex


def _lines(text: str) -> list:
    return [line for line in lex("前言\n" + text) if line.span.start > 2]


def test_a_lone_cell_on_its_line_reads_as_the_cell_itself():
    """A line of one cell (every decimal digit of Unicode alone, doubled and after a 1,
    leading zeros, signs, placeholders, labels) gives the token(s) of that cell, from a
    cold cache and from a warm one."""
    texts = ["0", "007", "００７", "１２", "12", "-3", "1,234", "4068.208", "/", "无", "行政许可"]
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isdecimal():
            texts += [char, char + char, "1" + char]
    cells._LINE_SHAPES.clear()
    for _ in range(2):  # cold, then warm
        for text in texts:
            expected: list[cells.Tok] = []
            cells._cell_token(text, 3, expected)
            assert cells.stream(_lines(text + "\n")) == expected, text


def test_a_row_reads_as_cells_after_the_same_text_read_as_free_text():
    """A text with pipes that is not a row line (inside bold markup) is read as free text,
    and a row line of the same text as cells, in either order: the line cache of free
    text must not answer for a row."""
    row = "| 规章 | 3 | 4 |"
    for text in (f"**{row}**\n{row}\n", f"{row}\n**{row}**\n"):
        cells._LINE_SHAPES.clear()
        lines = _lines(text)
        assert [line.text for line in lines] == [row, row]
        free, table_row = (lines[0], lines[1]) if text.startswith("*") else (lines[1], lines[0])
        assert free.kind != table_row.kind
        expected = cells.free_cells(row, free.span.start)
        assert cells.stream([free]) == expected
        row_cells: list[cells.Tok] = []
        cells.add_row_cells(row, table_row.span.start, row_cells)
        end = table_row.span.end
        row_cells.append(cells.Tok(cells.EOL, "", end, end))
        assert cells.stream([table_row]) == row_cells
        both = cells.stream(lines)
        assert both in (expected + row_cells, row_cells + expected)


def test_rows_are_named_by_their_last_label_cell_else_by_longer_suffixes():
    """A run is placed by its last label cell (a caption before it is not part of its
    label); when that names no row, by the last two (or more) label cells joined; a run
    short of values keeps them unless they are glued digits, split into the row's cells."""
    from disclosure_lint import glued, tables
    from disclosure_lint import template as tpl

    text = ("| 本年新收 | 1 | 2 | 3 | 4 | 5 | 6 | 21 |\n"
            "| （一）予以 | 公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
            "（三）不予公开\n"
            "| 1.属于国家秘密 | 1 | 0 | 1 |\n"
            "4.保护第三方合法权益 1000001\n")
    full = "前言\n" + text
    tokens = cells.stream(_lines(text))
    table, header, _ = tables._read_rows(tokens, tpl.T3_ROWS_READ, "T3", "2021",
                                          glued.row_total_check)
    assert [c.raw for c in header] == ["本年新收"]
    rows = table.rows
    assert list(rows) == ["r1_new", "r3_open", "r3_deny_secret", "r3_deny_third"]
    assert rows["r1_new"].numbers() == [1, 2, 3, 4, 5, 6, 21]
    opened = rows["r3_open"]
    assert (opened.label, opened.mapped_by) == ("（一）予以公开", "label")
    assert full[opened.label_span.start:opened.label_span.end] == "（一）予以 | 公开"
    assert opened.numbers() == [1, 0, 0, 0, 0, 0, 1]
    secret = rows["r3_deny_secret"]  # (the caption before it is not its label)
    assert (secret.label, [c.raw for c in secret.cells]) == ("1.属于国家秘密", ["1", "0", "1"])
    split = rows["r3_deny_third"].cells
    assert len(split) == 7 and all(c.inferred for c in split)
    assert [c.value for c in split] == [1, 0, 0, 0, 0, 0, 1]
