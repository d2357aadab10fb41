"""DL214 review-litigation-total: in table 四, a group's 总计 is not the sum of its outcomes.

What it checks
    For 行政复议, 行政诉讼（未经复议直接起诉） and 行政诉讼（复议后起诉）:
    总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.

Why
    Each case has exactly one outcome or is pending (domain.md §4.2 I5).

Example (fails)
    行政复议: 1 0 0 1 | 总计 3

Use instead
    行政复议: 1 0 0 1 | 总计 2
"""

from disclosure_lint import template as tpl
from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.tablecheck import readable

_SIZE = len(tpl.T4_FIELDS)


def check(report, options):
    table = report.tables.get("T4")
    row = table.rows.get(tpl.T4_ROW_KEY) if table else None
    if row is None or not readable(table, row):
        return
    values = row.numbers()
    for group in range(len(tpl.T4_GROUPS)):
        base = group * _SIZE
        parts = values[base:base + _SIZE - 1]
        total = values[base + _SIZE - 1]
        if sum(parts) != total:
            yield finding("DL214", row.cells[base + _SIZE - 1].span, "group",
                          group=Text(tpl.T4_GROUP_LABELS[group], tpl.T4_GROUP_LABELS_EN[group]),
                          expected=sum(parts), actual=total, diff=total - sum(parts),
                          parts=" + ".join(str(p) for p in parts))


RULE = Rule(
    code="DL214",
    name="review-litigation-total",
    severity=Severity.ERROR,
    summary=Text("表四某组的总计不等于各结果之和",
                 "T4: a group's total is not the sum of its outcomes"),
    check=check,
    messages={
        "group": {"zh": "表四「{group}」的「总计」应为 {expected}（{parts}），实为 {actual}，相差 {diff}",
                  "en": "T4 {group}: total should be {expected} ({parts}) but is {actual} "
                        "(difference {diff})"},
        "hint": {"zh": "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
                 "en": "total = upheld + corrected + other + pending"},
    },
    doc=__doc__,
)
