"""DL205 nonstandard-label: a row or column label that differs from the official wording.

What it checks
    Table labels against the 2021 format after normalising widths, spaces and
    quotes: known wrong wordings such as the column 社会组织 (official:
    社会公益组织), the row 2.其他法律法规禁止公开 (official: 2.其他法律行政法规禁止公开),
    and, in a 2021-format table 二, 规范性文件 (official: 行政规范性文件).
    The row is still read; only the wording is reported.

Why
    The format's labels are fixed; a different label suggests an old or local
    template, and automatic collection of the statistics matches on the labels.

Example (fails)
    科研机构 | 社会组织 | 法律服务机构

Use instead
    科研机构 | 社会公益组织 | 法律服务机构
"""

from functools import lru_cache

from disclosure_lint import template as tpl
from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.tablecheck import t3_rows


@lru_cache(maxsize=4096)
def _official(label, key):
    """The official label when ``label`` is a known wrong wording (the same labels recur in
    every report: each is normalised once)."""
    return tpl.official_label_differs(label, tpl.T3_ROW_BY_KEY[key])


def check(report, options):
    table = report.tables.get("T3")
    if table is not None:
        for column in table.columns:
            yield finding("DL205", column.span, "column", found=column.text,
                          official=column.key)
    for _, row in t3_rows(report):
        official = _official(row.label, row.key) \
            if row.key in tpl.T3_ROW_BY_KEY and row.mapped_by == "label" else None
        if official:
            yield finding("DL205", row.label_span, "row", found=row.label.strip(),
                          official=official)
    t2 = report.tables.get("T2")
    if t2 is not None and t2.edition == "2021":
        row = t2.rows.get("t2.normative")
        if row is not None and tpl.normalise(row.label) == "规范性文件":
            yield finding("DL205", row.label_span, "row", found=row.label.strip(),
                          official="行政规范性文件")


RULE = Rule(
    code="DL205",
    name="nonstandard-label",
    severity=Severity.WARNING,
    summary=Text("表格行列标签与官方格式不一致", "a table label differs from the official one"),
    check=check,
    messages={
        "column": {"zh": "表三的列标签「{found}」与官方格式不一致，应为「{official}」",
                   "en": "T3 column label 「{found}」 differs from the official 「{official}」"},
        "row": {"zh": "行标签「{found}」与官方格式不一致，应为「{official}」",
                "en": "row label 「{found}」 differs from the official 「{official}」"},
        "hint": {"zh": "将「{found}」改为「{official}」", "en": "replace 「{found}」 with 「{official}」"},
    },
    doc=__doc__,
)
