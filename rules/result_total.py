"""DL212 result-total: 三、（七）总计 is not the sum of the result rows （一）…（六）.

What it checks
    For each column of table 三: （七）总计 = （一）予以公开 + （二）部分公开 + the 8 rows
    of （三）不予公开 + the 3 of （四）无法提供 + the 5 of （五）不予处理 + the 3 of
    （六）其他处理 (2019 trial format: （六）其他处理 is one row).

Why
    Every request is counted in exactly one result row (row （二）'s note says so), so
    the results must add up to the total (domain.md §4.2 I3).

Example (fails)
    （一）予以公开 3 … all other result rows 0 … （七）总计 4

Use instead
    （七）总计 3, or find the result row that is missing a request.
"""

from disclosure_lint import template as tpl
from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.tablecheck import column_name, readable_rows, row_name, value_note

# the rows each edition's total sums, as a set (a test of the usable rows in one step)
_NEEDED = {keys: frozenset(keys) for keys in (tpl.T3_RESULT_KEYS_2019, tpl.T3_RESULT_KEYS_2021)}


def check(report, options):
    table = report.tables.get("T3")
    if table is None or "r3_total" not in table.rows:
        return
    keys = tpl.T3_RESULT_KEYS_2019 if table.edition == "2019" else tpl.T3_RESULT_KEYS_2021
    usable = readable_rows(report, table)
    total = usable.get("r3_total")
    if total is None or not _NEEDED[keys] <= usable.keys():
        return  # DL202/DL203 report the gap; a sum over a gap would cry wolf
    rows = [usable[k] for k in keys]
    columns = list(zip(*[r.numbers() for r in rows]))
    totals = total.numbers()
    for index, cell in enumerate(total.cells):
        expected = sum(columns[index])
        actual = totals[index]
        if expected != actual:
            related = [value_note(r, index) for r in rows if r.cells[index].number]
            yield finding("DL212", cell.span, "sum", related, row=row_name("r3_total"),
                          column=column_name(table, index), expected=expected, actual=actual,
                          diff=actual - expected)


RULE = Rule(
    code="DL212",
    name="result-total",
    severity=Severity.ERROR,
    summary=Text("表三（七）总计不等于各办理结果之和",
                 "T3: (7) total is not the sum of the result rows"),
    check=check,
    messages={
        "sum": {"zh": "「{row}」的「{column}」应为 {expected}（各办理结果之和），实为 {actual}，相差 {diff}",
                "en": "{row}, {column}: should be {expected} (the sum of the result rows) "
                      "but is {actual} (difference {diff})"},
        "hint": {"zh": "逐项核对（一）至（六）各办理结果；每件申请只能计入一种结果",
                 "en": "check result rows (1)-(6); each request counts in exactly one"},
    },
    doc=__doc__,
)
