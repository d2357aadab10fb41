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


@lru_cache(maxsize=4096)
def _official(label, key, edition):
    """The official label when ``label`` is a known wrong wording (the same labels recur in
    every report: each is normalised once)."""
    spec = tpl.T3_ROW_BY_KEY.get(key) or next(
        (r for r in (tpl.T2_ROWS_2021 if edition == "2021" else tpl.T2_ROWS_2019) if r.key == key),
        None)
    return tpl.official_label_differs(label, spec) if spec is not None else None


# ``official_label_differs`` names a row's own official label when it is one that
# ROW_VARIANTS leads to: only the rows of such labels need the look-up.
_VARIANT_LABELS = frozenset(tpl.ROW_VARIANTS.values())
_VARIANT_KEYS = frozenset(spec.key for spec in tpl.T3_ROWS_READ + tpl.T2_ROWS_2021 + tpl.T2_ROWS_2019
                          if spec.label in _VARIANT_LABELS)


def check(report, options):
    table = report.tables.get("T3")
    if table is not None:
        for column in table.columns:
            yield finding("DL205", column.span, "column", found=column.text,
                          official=column.key)
    for kind in ("T2", "T3"):
        found = report.tables.get(kind)
        for row in found.rows.values() if found is not None else ():
            official = _official(row.label, row.key, found.edition) \
                if row.key in _VARIANT_KEYS and row.mapped_by == "label" else None
            if official:
                yield finding("DL205", row.label_span, "row", found=row.label.strip(),
                              official=official)


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
