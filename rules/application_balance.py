"""DL213 application-balance: 一 + 二 ≠ 三（七） + 四 in table 三.

What it checks
    For each column: 本年新收 + 上年结转 = 本年度办理结果（七）总计 + 结转下年度继续办理,
    the identity printed in the table's own header cell
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）".

Why
    Requests received and carried in must be either handled or carried forward.

Example (fails)
    新收 10, 上年结转 2, （七）总计 9, 结转下年度 2  (12 ≠ 11)

Use instead
    结转下年度 3, or correct the row that is wrong.
"""

from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.tablecheck import column_name, readable_rows, value_note

_KEYS = ("r1_new", "r2_carry_in", "r3_total", "r4_carry_out")
_NEEDED = frozenset(_KEYS)


def check(report, options):
    table = report.tables.get("T3")
    if table is None:
        return
    usable = readable_rows(report, table)
    if not _NEEDED <= usable.keys():
        return
    rows = [usable[k] for k in _KEYS]
    carry_in = rows[1]
    # (a readable row has as many values as cells)
    for index, (a, b, c, d) in enumerate(zip(*[r.numbers() for r in rows])):
        if a + b == c + d:
            continue
        related = [value_note(r, index) for r in rows]
        yield finding("DL213", carry_in.cells[index].span, "balance", related,
                      column=column_name(table, index), new=a, carry_in=b, total=c,
                      carry_out=d, lhs=a + b, rhs=c + d, diff=(a + b) - (c + d))


RULE = Rule(
    code="DL213",
    name="application-balance",
    severity=Severity.ERROR,
    summary=Text("表三：第一项加第二项之和不等于第三项加第四项之和",
                 "T3: new + carried in differs from handled + carried forward"),
    check=check,
    messages={
        "balance": {"zh": "「{column}」列不平衡：一、本年新收 {new} + 二、上年结转 {carry_in} = {lhs}，"
                          "而 三、（七）总计 {total} + 四、结转下年度 {carry_out} = {rhs}，相差 {diff}",
                    "en": "column {column} does not balance: new {new} + carried in {carry_in} "
                          "= {lhs}, but handled {total} + carried forward {carry_out} = {rhs} "
                          "(difference {diff})"},
        "hint": {"zh": "表头注明：第一项加第二项之和，等于第三项加第四项之和；核对上年结转与结转下年度的数字",
                 "en": "the table's header states 1 + 2 = 3 + 4; check the carried-over figures"},
    },
    doc=__doc__,
)
