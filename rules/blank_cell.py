"""DL204 blank-cell: a table cell that needs a number is blank or holds "/", "—", "-".

What it checks
    Every value slot of a located row of tables 二, 三 and 四.  One finding per row,
    naming its blank columns; when the same columns are blank in every row of
    table 三 (a whole column group left empty, as in HTML exports that leave the
    法人或其他组织 cells empty), one finding for the table instead of one per row.

Why
    The format asks for a number in every cell; zero is written 0. Checkers treat a
    blank or a dash as missing data, not as zero.

Example (fails)
    一、本年新收政府信息公开申请数量  26  /  /  /  /  /  26

Use instead
    一、本年新收政府信息公开申请数量  26  0  0  0  0  0  26
"""

from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.tablecheck import cell_facts, column_name, expected_cells, row_name


def _has_blank(row):
    """The quick question first (most rows have no blank)."""
    for cell in row.cells:
        if cell.value is None and not cell.inferred:
            return True
    return False


def _blanks(table, row):
    aligned = len(row.cells) == expected_cells(table, row)
    return [(index, cell) for index, cell in enumerate(row.cells)
            if cell.value is None and not cell.inferred], aligned


def _names(table, indexes, aligned):
    if not aligned:
        return Text("、".join(f"第{i + 1}个值" for i in indexes),
                    ", ".join(f"value {i + 1}" for i in indexes))
    names = [column_name(table, i) for i in indexes]
    return Text("」「".join(n.zh for n in names), ", ".join(n.en for n in names))


def _whole_columns(table):
    """Columns of table 三 blank in every row, when there are at least three rows."""
    rows = list(table.rows.values())
    if table.kind != "T3" or len(rows) < 3:
        return set()
    common = None
    for row in rows:
        if not _has_blank(row):
            return set()  # nothing is blank in every row (whatever the alignment of others)
        blanks, aligned = _blanks(table, row)
        if not aligned:
            return set()
        indexes = {i for i, _ in blanks}
        common = indexes if common is None else common & indexes
        if not common:
            return set()
    return common or set()


def check(report, options):
    whole = {}
    table = report.tables.get("T3")
    if table is not None and cell_facts(report, table).blank:  # (else no column is blank)
        whole = _whole_columns(table)
        if whole:
            rows = list(table.rows.values())
            first = rows[0].cells[min(whole)]
            yield finding("DL204", first.span, "columns",
                          [Related(r.label_span, Text(r.label[:20], r.label[:20]))
                           for r in rows[1:3]],
                          columns=_names(table, sorted(whole), True), rows=len(rows))
    for table in report.tables.values():
        if not cell_facts(report, table).blank:
            continue  # (the usual case)
        for row in table.rows.values():
            if _has_blank(row):
                found = _row_finding(table, row, whole)
                if found is not None:
                    yield found


def _row_finding(table, row, whole):
    """The finding for a row with a blank, or None when its blanks are all in ``whole``
    columns of table 三."""
    blanks, aligned = _blanks(table, row)
    if table.kind == "T3":
        blanks = [(i, c) for i, c in blanks if i not in whole]
    if not blanks:
        return None
    name = row_name(row.key)
    raws = {c.raw for _, c in blanks}
    what = Text("为空", "blank") if raws == {""} else \
        Text("为空或为“" + "”“".join(sorted(r for r in raws if r)) + "”",
             "blank or " + ", ".join(f'"{r}"' for r in sorted(raws)))
    return finding("DL204", blanks[0][1].span, "row", row=name,
                   columns=_names(table, [i for i, _ in blanks], aligned), what=what)


RULE = Rule(
    code="DL204",
    name="blank-cell",
    severity=Severity.WARNING,
    summary=Text("需要填数字的单元格为空或为“/”“—”", "a value cell is blank or a dash"),
    check=check,
    messages={
        "row": {"zh": "「{row}」的「{columns}」{what}，应填写数字",
                "en": "{row}: {columns} {what}; a number is needed"},
        "columns": {"zh": "表三的「{columns}」列在全部 {rows} 行中都为空，应填写数字",
                    "en": "T3 columns {columns} are blank in all {rows} rows; numbers are "
                          "needed"},
        "hint": {"zh": "没有发生的填 0", "en": "write 0 where nothing happened"},
    },
    doc=__doc__,
)
