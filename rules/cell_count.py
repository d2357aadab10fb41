"""DL203 cell-count: a table row has more or fewer values than its columns.

What it checks
    After a row is located by its label, the values that follow are counted:
    7 for each row of table 三 (8 with a 小计 column), 15 for table 四,
    3 or 1 for the rows of table 二 (2019: 3 or 2).

Why
    An extra or missing cell shifts every value into the wrong column; the seed
    report has 8 values in （七）总计 and 16 in table 四.

Example (fails)
    （七）总计  0  0  0  0  0  0  0  0

Use instead
    （七）总计  0  0  0  0  0  0  0
"""

from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.tablecheck import expected_cells, row_name, uniform_cells
from disclosure_lint.template import T4_ROW_KEY


def check(report, options):
    for table in report.tables.values():
        size = uniform_cells(table)
        for row in table.rows.values():
            count = len(row.cells)
            if count == size or not count:
                continue
            expected = size if size is not None else expected_cells(table, row)
            if count != expected:
                yield _finding(row, count, expected)


def _finding(row, count, expected):
    """A row of ``count`` cells that should have ``expected``."""
    name = (Text("表四数据行", "the data row of T4") if row.key == T4_ROW_KEY
            else row_name(row.key))
    span = row.label_span if row.key != T4_ROW_KEY else row.cells[0].span
    extra = [Related(c.span, Text("多出的值", "extra value"))
             for c in row.cells[expected:expected + 3]]
    return finding("DL203", span, "count", extra, row=name, count=count, expected=expected)


RULE = Rule(
    code="DL203",
    name="cell-count",
    severity=Severity.ERROR,
    summary=Text("表格某行的数值个数与列数不符",
                 "a row has more or fewer values than its columns"),
    check=check,
    messages={
        "count": {"zh": "「{row}」有 {count} 个数值，应为 {expected} 个",
                  "en": "{row} has {count} values; it should have {expected}"},
        "hint": {"zh": "删除多余的单元格或补齐缺少的单元格，使每个数值对准表头的列",
                 "en": "remove the extra cell or add the missing one so that each value "
                       "sits under its column"},
    },
    doc=__doc__,
)
