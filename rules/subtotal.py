"""DL215 subtotal: a non-standard subtotal row or column of table 三 that does not add up.

What it checks
    The official table 三 has no subtotals, but some reports add them: a row such
    as ``（三）不予公开 小计`` after the items of a result group, or a column
    ``法人或其他组织小计`` between 其他 and 总计.  Such a row must equal the sum of
    its group's items in every column; such a column must equal the sum of the five
    organisation columns in every row.  Subtotals are never counted into
    （七）总计 (DL212 sums the template rows only).

Why
    A subtotal that does not add up makes the table contradict itself, and readers
    take the subtotal for the truth.

Example (fails)
    1.属于国家秘密 1 … 8.属于行政查询事项 0 | 小计 2   (the items add up to 1)

Use instead
    小计 1, or better: drop the subtotal row; the 2021 format has none.
"""

from disclosure_lint import template as tpl
from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.tablecheck import column_name, readable, row_name

_GROUP_NAMES = {"3": Text("（三）不予公开", "(3) refused"), "4": Text("（四）无法提供", "(4) cannot provide"),
                "5": Text("（五）不予处理", "(5) not processed"), "6": Text("（六）其他处理", "(6) other")}


def _rows_check(table):
    for subtotal in table.subtotals:
        group = subtotal.key.split(".", 1)[1]
        members = [r for r in table.rows.values()
                   if tpl.T3_ROW_BY_KEY.get(r.key) and tpl.T3_ROW_BY_KEY[r.key].group == group]
        if not members or not all(readable(table, r) for r in members) \
                or len(subtotal.cells) != len(members[0].cells):
            continue
        for index, cell in enumerate(subtotal.cells):
            expected = sum(r.cells[index].number for r in members)
            if cell.number != expected:
                yield finding("DL215", cell.span, "row",
                              [Related(subtotal.label_span, Text("小计行", "the subtotal row"))],
                              label=subtotal.label, group=_GROUP_NAMES.get(group, Text(group, group)),
                              column=column_name(table, index), expected=expected,
                              actual=cell.number)


def _column_check(table):
    if len(table.value_columns) != 8:
        return
    for row in table.rows.values():
        if not readable(table, row):
            continue
        values = row.numbers()
        if sum(values[1:6]) != values[6]:
            yield finding("DL215", row.cells[6].span, "column", row=row_name(row.key),
                          expected=sum(values[1:6]), actual=values[6])


def check(report, options):
    table = report.tables.get("T3")
    if table is None:
        return
    yield from _rows_check(table)
    yield from _column_check(table)


RULE = Rule(
    code="DL215",
    name="subtotal",
    severity=Severity.ERROR,
    summary=Text("表三自行增加的小计行或小计列不等于各项之和",
                 "T3: an added subtotal row or column does not add up"),
    check=check,
    messages={
        "row": {"zh": "小计行「{label}」的「{column}」应为 {expected}（{group}各项之和），实为 {actual}",
                "en": "subtotal row 「{label}」, {column}: should be {expected} (the items of "
                      "{group}) but is {actual}"},
        "column": {"zh": "「{row}」的「法人或其他组织小计」应为 {expected}（五类法人或其他组织之和），实为 {actual}",
                   "en": "{row}: the organisations subtotal should be {expected} (the five "
                         "organisation columns) but is {actual}"},
        "hint": {"zh": "改正小计，或删去小计（2021 年格式的表三没有小计）",
                 "en": "correct the subtotal, or drop it (the 2021 table has none)"},
    },
    doc=__doc__,
)
