"""DL201 missing-table: section 二, 三 or 四 has no recognisable statistics table.

What it checks
    That section 二 holds table 二 (第二十条 items), section 三 table 三 (本年新收 …
    结转下年度继续办理) and section 四 table 四 (行政复议 / 行政诉讼), with values.

Why
    The three tables are the core of the 2021 format. A heading with no table text
    usually means the table was pasted as a picture, which no one can check or search.

Example (fails)
    三、收到和处理政府信息公开申请情况
    (an image)

Use instead
    the table as text (a Word table, or rows with tab or | between cells).
"""

from disclosure_lint.rule import Rule, Severity, Text, finding

_TABLES = ((2, "T2", "二"), (3, "T3", "三"), (4, "T4", "四"))


def check(report, options):
    for section in report.sections:
        for ordinal, kind, name in _TABLES:
            if section.heading.ordinal != ordinal:
                continue
            table = report.tables.get(kind)
            if table is None:
                yield finding("DL201", section.heading.span, "absent", table=name)
            elif not table.rows:
                yield finding("DL201", section.heading.span, "empty", table=name)


RULE = Rule(
    code="DL201",
    name="missing-table",
    severity=Severity.ERROR,
    summary=Text("第二、三、四部分缺少可识别的统计表", "section 二/三/四 has no readable table"),
    check=check,
    messages={
        "absent": {"zh": "第{table}部分没有可识别的统计表（可能是图片或缺失）",
                   "en": "section {table} has no readable table (an image, or missing)"},
        "absent.hint": {"zh": "按 2021 年格式以文字表格填写表{table}，不要粘贴图片",
                        "en": "give table {table} as a text table, not an image"},
        "empty": {"zh": "第{table}部分的统计表没有填写任何数字",
                  "en": "the table of section {table} has no values"},
        "empty.hint": {"zh": "逐格填写数字，没有发生的填 0",
                       "en": "fill in every cell; write 0 where nothing happened"},
    },
    doc=__doc__,
)
