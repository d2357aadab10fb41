"""Shared questions rules ask of mapped tables: names of cells, usable rows."""

from __future__ import annotations

from collections.abc import Iterator

from . import template as tpl
from .model import Cell, Report, Table, TableRow
from .rule import Text


def row_name(key: str) -> Text:
    return Text(tpl.row_display(key, "zh"), tpl.row_display(key, "en"))


def column_name(table: Table, index: int) -> Text:
    if table.kind == "T4":
        return Text(tpl.t4_column_display(index, "zh"), tpl.t4_column_display(index, "en"))
    if table.kind == "T3":
        if table.value_columns and len(table.value_columns) == 8:
            names = tpl.T3_COLUMN_LABELS[:6] + ("法人或其他组织小计", "总计")
            names_en = tpl.T3_COLUMN_LABELS_EN[:6] + ("organisations subtotal", "total")
            return Text(names[index], names_en[index]) if index < 8 else Text(str(index + 1),
                                                                              str(index + 1))
        return Text(tpl.t3_column_display(index, "zh"), tpl.t3_column_display(index, "en"))
    return Text(f"第{index + 1}列", f"column {index + 1}")


def expected_cells(table: Table, row: TableRow) -> int:
    if table.kind == "T3":
        return len(table.value_columns) or 7
    if table.kind == "T4":
        return len(tpl.T4_COLUMNS)
    rows = tpl.T2_ROWS_2019 if table.edition == "2019" else tpl.T2_ROWS_2021
    spec = next((r for r in rows if r.key == row.key), None)
    return spec.values if spec else len(row.cells)


def readable(table: Table, row: TableRow) -> bool:
    """A row whose cells can be used for arithmetic: right count, no unresolved split."""
    if len(row.cells) != expected_cells(table, row):
        return False
    return not any(c.inferred and c.value is None for c in row.cells)


def number(cell: Cell) -> int | float:
    """The value used in sums: a blank counts as 0 (DL204 reports the blank itself)."""
    return cell.value if isinstance(cell.value, (int, float)) else 0


def t3_rows(report: Report) -> Iterator[tuple[Table, TableRow]]:
    table = report.tables.get("T3")
    if table is None:
        return
    for row in table.rows.values():
        yield table, row


def all_rows(report: Report) -> Iterator[tuple[Table, TableRow]]:
    for table in report.tables.values():
        for row in table.rows.values():
            yield table, row
