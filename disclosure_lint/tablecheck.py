"""Shared questions rules ask of mapped tables: names of cells, usable rows."""

from __future__ import annotations

from typing import NamedTuple

from . import template as tpl
from .model import Cell, Report, Table, TableRow
from .rule import Related, Text

_ROW_NAMES: dict[str, Text] = {}
_COLUMN_NAMES: dict[tuple[str, bool, int], Text] = {}


def row_name(key: str) -> Text:
    name = _ROW_NAMES.get(key)
    if name is None:  # (keys come from the template: a few dozen, each named once)
        name = _ROW_NAMES[key] = Text(tpl.row_display(key, "zh"), tpl.row_display(key, "en"))
    return name


def column_name(table: Table, index: int) -> Text:
    key = (table.kind, len(table.value_columns) == 8, index)
    name = _COLUMN_NAMES.get(key)
    if name is None:
        name = _COLUMN_NAMES[key] = _column_name(table, index)
    return name


def _column_name(table: Table, index: int) -> Text:
    """The official name of value column ``index``; a value beyond the template's
    columns (a row with too many cells, DL203) is named by its position."""
    if table.kind == "T4" and index < len(tpl.T4_COLUMNS):
        return Text(tpl.t4_column_display(index, "zh"), tpl.t4_column_display(index, "en"))
    if table.kind == "T3":
        if table.value_columns and len(table.value_columns) == 8:
            names = tpl.T3_COLUMN_LABELS[:6] + ("法人或其他组织小计", "总计")
            names_en = tpl.T3_COLUMN_LABELS_EN[:6] + ("organisations subtotal", "total")
            if index < 8:
                return Text(names[index], names_en[index])
        elif index < len(tpl.T3_COLUMN_LABELS):
            return Text(tpl.t3_column_display(index, "zh"), tpl.t3_column_display(index, "en"))
    return Text(f"第{index + 1}列", f"column {index + 1}")


def expected_cells(table: Table, row: TableRow) -> int:
    size = uniform_cells(table)
    if size is not None:
        return size
    values = _T2_VALUES_2019 if table.edition == "2019" else _T2_VALUES_2021
    return values.get(row.key, len(row.cells))


def uniform_cells(table: Table) -> int | None:
    """``expected_cells`` of every row of ``table`` when they all have the same (tables 三
    and 四), else None: a loop over the rows asks once instead of once per row."""
    if table.kind == "T3":
        return len(table.value_columns) or 7
    if table.kind == "T4":
        return len(tpl.T4_COLUMNS)
    return None


def _values_by_key(rows: tuple[tpl.RowSpec, ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    for spec in rows:
        out.setdefault(spec.key, spec.values)  # the first spec of a key, as a scan finds it
    return out


_T2_VALUES_2019 = _values_by_key(tpl.T2_ROWS_2019)
_T2_VALUES_2021 = _values_by_key(tpl.T2_ROWS_2021)


def readable(table: Table, row: TableRow) -> bool:
    """A row whose cells can be used for arithmetic: right count, no unresolved split."""
    return len(row.cells) == expected_cells(table, row) and _resolved(row.cells)


def _resolved(cells: list[Cell]) -> bool:
    """No cell split out of glued digits is left without a value."""
    for cell in cells:
        if cell.inferred and cell.value is None:
            return False
    return True


def readable_rows(report: Report, table: Table) -> dict[str, TableRow]:
    """The rows of ``table.rows`` that are ``readable``, by key, in order: worked out once
    per report for the rules that sum rows."""
    key = ("readable_rows", id(table))
    rows = report.memo.get(key)
    if rows is None:
        size = uniform_cells(table)
        if size is None:
            rows = {k: r for k, r in table.rows.items() if readable(table, r)}
        elif cell_facts(report, table).unresolved:  # (``readable`` with the size asked once)
            rows = {k: r for k, r in table.rows.items()
                    if len(r.cells) == size and _resolved(r.cells)}
        else:  # every row is resolved (the usual case)
            rows = {k: r for k, r in table.rows.items() if len(r.cells) == size}
        report.memo[key] = rows
    return rows


class CellFacts(NamedTuple):
    """What some cell of a table's rows (``table.rows``) is, for the rules that look for
    the rare cell: each skips a table without one (most tables), told by one walk over
    the cells for all of them."""

    blank: bool  # a cell without a value that is not split out of glued digits (DL204)
    unusual: bool  # a value that is negative or not a whole number (DL206)
    fullwidth: bool  # a value written in full-width digits (DL207)
    unresolved: bool  # a cell split out of glued digits without a value (``readable``)


def cell_facts(report: Report, table: Table) -> CellFacts:
    """The ``CellFacts`` of ``table``, worked out once per report."""
    key = ("cell_facts", id(table))
    facts = report.memo.get(key)
    if facts is None:
        blank = unusual = fullwidth = unresolved = False
        for row in table.rows.values():
            for cell in row.cells:
                value = cell.value
                if value is None:
                    if cell.inferred:
                        unresolved = True
                    else:
                        blank = True
                elif type(value) is not int or value < 0:
                    unusual = True
                if cell.fullwidth:
                    fullwidth = True
        facts = report.memo[key] = CellFacts(blank, unusual, fullwidth, unresolved)
    return facts


def value_note(row: TableRow, index: int) -> Related:
    """A related place for a sum's finding: the row's cell ``index`` with its name and value
    (``「行名」：3``)."""
    name, value = row_name(row.key), row.cells[index].number
    return Related(row.cells[index].span, Text(f"{name.zh}：{value}", f"{name.en}: {value}"))
