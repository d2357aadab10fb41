"""DL002 not-a-report: no recognisable report structure at all.

What it checks
    That the text has at least one of the six numbered top-level sections
    (一、总体情况 … 六、其他需要报告的事项) or one of the three statistics tables.

Why
    The 2021 format (国办公开办函〔2021〕30号) fixes the structure of every annual
    report; a text with none of it is the wrong file or a failed export.

Example (fails)
    a notice, a news item, or a report whose headings were lost in conversion

Use instead
    the six sections of the official format, each numbered 一、… 六、
"""

from disclosure_lint.model import Span
from disclosure_lint.rule import Rule, Severity, Text, finding


def check(report, options):
    if report.sections or any(t.rows for t in report.tables.values()):
        return
    yield finding("DL002", Span(0, 0), "none")


RULE = Rule(
    code="DL002",
    name="not-a-report",
    severity=Severity.ERROR,
    summary=Text("完全没有可识别的年度报告结构", "no recognisable report structure"),
    check=check,
    messages={
        "none": {"zh": "未找到年度报告的任何结构：没有“一、总体情况”等六个部分，也没有统计表",
                 "en": "no report structure found: none of the six sections "
                       "(一、总体情况 …) and no statistics table"},
        "hint": {"zh": "请确认文件是政府信息公开工作年度报告，并按 2021 年格式用“一、”至“六、”编号六个部分",
                 "en": "check this is an annual disclosure report and number its six "
                       "sections 一、 to 六、 as in the 2021 format"},
    },
    doc=__doc__,
)
