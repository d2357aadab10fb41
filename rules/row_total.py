"""DL211 row-total: in table 三, a row's 总计 is not the sum of its applicant columns.

What it checks
    For every row of table 三: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 +
    法律服务机构 + 其他 (with a non-standard 小计 column: 总计 = 自然人 + 小计; the
    小计 itself is checked by DL215).

Why
    The 总计 column is defined as the sum of the applicant columns (勾稽关系 of the
    2021 format, domain.md §4.2 I2).

Example (fails)
    一、本年新收政府信息公开申请数量  5  1  0  0  0  0  7

Use instead
    一、本年新收政府信息公开申请数量  5  1  0  0  0  0  6
"""

from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.tablecheck import column_name, readable_rows, row_name, uniform_cells


def check(report, options):
    table = report.tables.get("T3")
    if table is None:
        return
    # every readable row of table 三 has its size of cells (8 with the 法人或其他组织小计
    # column, whose own sum is DL215's)
    total = uniform_cells(table) - 1
    subtotal = total == 7
    for row in readable_rows(report, table).values():
        values = row.numbers()
        expected = values[0] + values[6] if subtotal else sum(values[:6])
        if expected != values[total]:
            yield _mismatch(table, row, total, expected, values[total],
                            Text("自然人与各类法人或其他组织之和",
                                 "natural persons plus every organisation column"))


def _mismatch(table, row, index, expected, actual, basis):
    related = [Related(row.label_span, Text("本行标签", "the row"))]
    return finding("DL211", row.cells[index].span, "row", related, row=row_name(row.key),
                   column=column_name(table, index), expected=expected, actual=actual,
                   basis=basis, diff=actual - expected)


RULE = Rule(
    code="DL211",
    name="row-total",
    severity=Severity.ERROR,
    summary=Text("表三某行的总计不等于各申请人列之和",
                 "T3: a row's total is not the sum of its applicant columns"),
    check=check,
    messages={
        "row": {"zh": "「{row}」的「{column}」应为 {expected}（{basis}），实为 {actual}，相差 {diff}",
                "en": "row {row}: {column} should be {expected} ({basis}) but is {actual} "
                      "(difference {diff})"},
        "hint": {"zh": "核对本行各列数字；若各列无误，将「{column}」改为 {expected}",
                 "en": "check the cells of this row; if they are right, change {column} to "
                       "{expected}"},
    },
    doc=__doc__,
)
