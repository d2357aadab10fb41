"""DL206 invalid-number: a negative value, or a fraction where a count is required.

What it checks
    Every value of tables 二, 三 and 四 is a whole number of at least 0, except the
    fee in table 二 (万元, may have decimals) and, in the 2019 trial format, the
    本年增/减 column (may be negative) and the 采购总金额.

Why
    Counts of documents, decisions, requests and cases cannot be negative or partial.

Example (fails)
    行政处罚  -3        （二）部分公开  1.5

Use instead
    行政处罚  3         （二）部分公开  2
"""

from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.tablecheck import cell_facts, column_name, row_name

_DECIMAL_ROWS = {"t2.fee", "t2.procurement"}


def _may_be_negative(table, index):
    return table.kind == "T2" and table.edition == "2019" and index == 1


def check(report, options):
    for table in report.tables.values():
        if not cell_facts(report, table).unusual:
            continue  # only whole numbers of at least 0 (the usual case)
        for row in table.rows.values():
            # The row's sums' values (shared with the sum rules; a blank is 0 there and
            # skipped below) tell with two builtin calls whether a value may be negative
            # or fractional: the usual answer is no.
            values = row.numbers()
            if values and (min(values) < 0 or isinstance(sum(values), float)):
                yield from _row_findings(table, row)


def _row_findings(table, row):
    name = None  # named only when reported
    for index, cell in enumerate(row.cells):
        value = cell.value
        if value is None or (type(value) is int and value >= 0):
            continue  # the usual case, told at a glance
        if name is None:
            name = row_name(row.key)
        if value < 0 and not _may_be_negative(table, index):
            yield finding("DL206", cell.span, "negative", row=name,
                          column=column_name(table, index), raw=cell.raw)
        elif isinstance(value, float) and row.key not in _DECIMAL_ROWS:
            yield finding("DL206", cell.span, "fraction", row=name,
                          column=column_name(table, index), raw=cell.raw)


RULE = Rule(
    code="DL206",
    name="invalid-number",
    severity=Severity.ERROR,
    summary=Text("数值为负数或应为整数却有小数", "a negative value or a fractional count"),
    check=check,
    messages={
        "negative": {"zh": "「{row}」的「{column}」为负数 {raw}，件数不能小于 0",
                     "en": "{row}, {column} is negative ({raw}); a count cannot be below 0"},
        "fraction": {"zh": "「{row}」的「{column}」为 {raw}，此处应为整数件数",
                     "en": "{row}, {column} is {raw}; this must be a whole count"},
        "hint": {"zh": "填写不小于 0 的整数", "en": "write a whole number of at least 0"},
    },
    doc=__doc__,
)
