"""DL601 outdated-template: a report for 2021 or later uses the 2019 trial tables.

What it checks
    The template edition detected from tables 二 and 三 (domain.md §5.4): the 2019
    trial format has 本年新制作数量 / 对外公开总数量 / 上一年项目数量 / 第二十条第（九）项
    in table 二 and a single （六）其他处理 row in table 三; the 2021 format has
    本年制发件数 / 现行有效件数 and three （六） rows.  Reports for 2021 onward must
    use the 2021 format (国办公开办函〔2021〕30号); reports for 2019 and 2020 use the
    trial format and are not reported.

Why
    The 2021 format replaced the trial tables; statistics collected on the old
    layout cannot be compared or aggregated.

Example (fails), a 2022 report
    信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量

Use instead
    信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
"""

from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.template import FORMAT_2021_FROM_YEAR


def check(report, options):
    if report.year is None or report.year < FORMAT_2021_FROM_YEAR:
        return
    for kind in ("T2", "T3"):
        table = report.tables.get(kind)
        if table is not None and table.edition in ("2019", "mixed"):
            yield finding("DL601", table.span, "trial", year=report.year,
                          table="二" if kind == "T2" else "三")


RULE = Rule(
    code="DL601",
    name="outdated-template",
    severity=Severity.ERROR,
    summary=Text("2021 年及以后的报告仍使用 2019 年试行格式的表格",
                 "a 2021-or-later report uses the 2019 trial tables"),
    check=check,
    messages={
        "trial": {"zh": "{year}年度报告的表{table}仍是 2019 年试行格式，应使用 2021 年格式（国办公开办函〔2021〕30号）",
                  "en": "table {table} of this {year} report is in the 2019 trial layout; "
                        "use the 2021 format (国办公开办函〔2021〕30号)"},
        "hint": {"zh": "按 2021 年格式重新填写表{table}：表二为本年制发件数、本年废止件数、现行有效件数等，表三（六）分三项",
                 "en": "redo table {table} in the 2021 layout"},
    },
    doc=__doc__,
)
