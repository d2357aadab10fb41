"""DL204 blank-cell: a table cell that needs a number is blank or holds "/", "—", "-".

What it checks
    Every value slot of a located row of tables 二, 三 and 四.

Why
    The format asks for a number in every cell; zero is written 0. Checkers treat a
    blank or a dash as missing data, not as zero.

Example (fails)
    一、本年新收政府信息公开申请数量  26  /  /  /  /  /  26

Use instead
    一、本年新收政府信息公开申请数量  26  0  0  0  0  0  26
"""

from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.tablecheck import all_rows, column_name, expected_cells, row_name
from disclosure_lint.template import T4_ROW_KEY


def check(report, options):
    for table, row in all_rows(report):
        aligned = len(row.cells) == expected_cells(table, row)
        for index, cell in enumerate(row.cells):
            if cell.value is not None or cell.inferred:
                continue
            column = column_name(table, index) if aligned else Text(f"第{index + 1}个值",
                                                                    f"value {index + 1}")
            name = Text("表四", "T4") if row.key == T4_ROW_KEY else row_name(row.key)
            message = "blank" if not cell.raw else "placeholder"
            yield finding("DL204", cell.span, message, row=name, column=column, raw=cell.raw)


RULE = Rule(
    code="DL204",
    name="blank-cell",
    severity=Severity.WARNING,
    summary=Text("需要填数字的单元格为空或为“/”“—”", "a value cell is blank or a dash"),
    check=check,
    messages={
        "blank": {"zh": "「{row}」的「{column}」为空，应填写数字",
                  "en": "{row}, {column} is blank; it needs a number"},
        "placeholder": {"zh": "「{row}」的「{column}」为“{raw}”，应填写数字",
                        "en": "{row}, {column} holds \"{raw}\"; it needs a number"},
        "hint": {"zh": "没有发生的填 0", "en": "write 0 where nothing happened"},
    },
    doc=__doc__,
)
