"""The runs of cells of a table region: the fast paths read as the slow ones."""

from __future__ import annotations

import sys

from disclosure_lint import cells
from disclosure_lint.lexer import lex
from disclosure_lint.model import BlockKind


def _lines(text: str) -> list:
    return [line for line in lex("前言\n" + text) if line.span.start > 2]


def _tokens(region: list) -> list[cells.Tok]:
    """The cells that ``cells.runs`` reads from ``region``, in order."""
    header, found, _ = cells.runs(region)
    return [tok for labels, values in found for tok in labels + values] or header


def _reference_runs(region: list) -> tuple[list, list, tuple[int, int]]:
    """The runs of a region as the rules of ``cells.runs`` state them, read slowly: a flat
    list of cells and ends of rows (None), then grouped.  A row line's cells are read one
    by one (an empty cell is kept only between a value and a later cell); a row of two
    cells or more ends with an end of row, and so does a prose line."""
    flat: list = []  # cells and (None, offset) ends of rows
    for line in region:
        if line.directive is not None:
            continue
        body = line.text
        if line.kind is BlockKind.ROW and ("\t" in body or "|" in body):
            row: list = []
            at = line.span.start
            parts = body.split("\t" if "\t" in body else "|")
            for index, part in enumerate(parts):
                if part.strip():
                    cells._cell_token(part, at, row)
                elif (row and row[-1].kind != cells.LABEL
                      and any(later.strip() for later in parts[index + 1:])):
                    row.append(cells.Tok(cells.BLANK, "", at, at))
                at += len(part) + 1
            flat += row
            if len(row) >= 2:
                flat.append((None, line.span.end))
            continue
        fields = cells._read_line(body)
        if fields is None:
            flat.append((None, line.span.end))
            continue
        start = line.span.start
        flat += [cells.Tok(kind, raw, start + begin, start + end, *rest)
                 for kind, raw, begin, end, *rest in fields]
    found: list = []
    pending: list = []
    values = None
    for tok in flat:
        if tok[0] is None:
            values = None
        elif tok.kind == cells.LABEL:
            values = None
            pending.append(tok)
        elif values is not None:
            values.append(tok)
        elif tok.kind != cells.BLANK or tok.raw:
            values = [tok]
            found.append((pending, values))
            pending = []
    for _, values in found:
        while values[-1].kind == cells.BLANK and not values[-1].raw:
            values.pop()
    ends = [(tok[1], tok[1]) if tok[0] is None else (tok.start, tok.end) for tok in flat]
    span = (ends[0][0], ends[-1][1]) if ends else (0, 0)
    return (found[0][0] if found else pending), found, span


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
            assert _tokens(_lines(text + "\n")) == expected, text


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
        free_cells = cells.free_cells(row, free.span.start)  # ('|' last: after every run)
        assert free_cells[-1].raw == "|" and _tokens([free]) == free_cells[:-1]
        assert [t.raw for t in _tokens([table_row])] == ["规章", "3", "4"]
        assert cells.runs(lines) == _reference_runs(lines)
        assert cells.runs([table_row]) == _reference_runs([table_row])


def test_runs_read_in_one_pass_as_from_a_flat_stream_of_cells():
    """Random regions (tab and pipe rows with empty cells, placeholders and glued digits,
    lone cells, free text, prose, page footers) give the runs, the labels before them and
    the span that grouping a flat list of their cells gives, from cold and warm caches."""
    import random

    pieces = ["（一）予以公开", "行政许可", "0", "3", "12", "007", "０１ 3", "１２", "-3", "1.5",
              "1,234", "12元", "-", "/", "—", "无", "", " ", "\u3000", " 5 ", "合 计", "2.其他"]
    singles = ["本机关依法公开。", "- 3 -", "行政许可 0 1", "3", "", "/", "（七）总计20 0 00 0 121",
               "事项", "007"]
    rng = random.Random(5)
    for round_ in range(600):
        lines = []
        for _ in range(rng.randint(0, 8)):
            if rng.random() < 0.6:
                sep = rng.choice(["\t", " | ", "|"])
                row = sep.join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
                lines.append(row if sep == "\t" else "| " + row + " |")
            else:
                lines.append(rng.choice(singles))
        region = _lines("\n".join(lines) + "\n")
        if round_ % 100 == 0:
            cells._LINE_SHAPES.clear()
            cells._CELL_SHAPES.clear()
        assert cells.runs(region) == _reference_runs(region), lines


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
    table, header, _ = tables._read_rows(_lines(text), tpl.T3_ROWS_READ, "T3", "2021",
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
