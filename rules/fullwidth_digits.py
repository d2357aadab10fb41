"""DL207 fullwidth-digits: a table value written with full-width digits (０-９).

What it checks
    Table values containing the full-width digits ０１２３４５６７８９. They are
    read correctly, so this is information only.

Why
    Other tools that collect the statistics may not read full-width digits.

Example (fails)
    行政许可  １２

Use instead
    行政许可  12
"""

import unicodedata

from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.tablecheck import cell_facts


def check(report, options):
    for table in report.tables.values():
        if not cell_facts(report, table).fullwidth:
            continue  # (the usual case)
        for row in table.rows.values():
            for cell in row.cells:
                if cell.fullwidth:  # (rare: a plain loop, no names built for the others)
                    yield finding("DL207", cell.span, "fullwidth", raw=cell.raw,
                                  plain=unicodedata.normalize("NFKC", cell.raw))


RULE = Rule(
    code="DL207",
    name="fullwidth-digits",
    severity=Severity.INFO,
    summary=Text("表格数字使用了全角字符", "full-width digits in a table cell"),
    check=check,
    messages={
        "fullwidth": {"zh": "数值「{raw}」使用了全角数字，应写作「{plain}」",
                      "en": "the value 「{raw}」 uses full-width digits; write 「{plain}」"},
        "hint": {"zh": "改用半角数字", "en": "use ASCII digits"},
    },
    doc=__doc__,
)
