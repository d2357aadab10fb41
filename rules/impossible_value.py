"""DL217 impossible-value: a value the unit cannot have (a township reporting 规章).

What it checks
    Table 二's 规章 row for agencies that cannot make 规章: townships and streets
    (镇、乡、街道) and counties and their departments (县…局).  Only the State Council's
    departments and the governments of provinces and of cities with districts make
    规章 (立法法), so these units report 0 in every column.  The unit level is read
    from the agency in the title; other units are not checked.

Why
    A non-zero 规章 figure from a township is a figure in the wrong row (usually
    行政规范性文件).

Example (fails), 会盟镇人民政府
    规章  1  0  1

Use instead
    规章  0  0  0     行政规范性文件  1  0  1
"""

from disclosure_lint import template as tpl
from disclosure_lint.rule import Rule, Severity, Text, finding


def check(report, options):
    agency = report.agency or ""
    if not (tpl.TOWNSHIP_UNIT.search(agency) or tpl.COUNTY_UNIT.search(agency)):
        return
    table = report.tables.get("T2")
    row = table.rows.get("t2.rules") if table else None
    if row is None:
        return
    for cell in row.cells:
        if isinstance(cell.value, (int, float)) and cell.value > 0:
            yield finding("DL217", cell.span, "rules", agency=agency, raw=cell.raw)
            return


RULE = Rule(
    code="DL217",
    name="impossible-value",
    severity=Severity.WARNING,
    summary=Text("数值与单位层级不符（如乡镇填报规章）",
                 "a value the unit cannot have (a township reporting 规章)"),
    check=check,
    messages={
        "rules": {"zh": "「{agency}」无权制定规章，表二「规章」行应全部为 0，实为 {raw}",
                  "en": "{agency} cannot make 规章: the 规章 row of T2 should be 0, not {raw}"},
        "hint": {"zh": "若为本单位制发的文件，应计入「行政规范性文件」行",
                 "en": "documents the unit issued belong in the 行政规范性文件 row"},
    },
    doc=__doc__,
)
