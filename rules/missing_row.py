"""DL202 missing-row: a row of table 二, 三 or 四 of the template was not found.

What it checks
    Every row of the edition's template: the 6 rows of table 二 (2021), the 25 rows
    of table 三 (23 in the 2019 trial format) and the data row of table 四.

Why
    The format's tables are fixed; a missing row breaks the identities and the
    national statistics that are compiled from the reports.

Example (fails)
    table 三 without the row 3.危及“三安全一稳定”

Use instead
    restore the row, with 0 in every column if nothing happened.
"""

from disclosure_lint import template as tpl
from disclosure_lint.model import Span
from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.tablecheck import row_name

# (table kind, a 2019 table?) -> the rows it must have, and their keys as a set (a test
# of a table's rows in one step)
_EXPECTED = {(kind, old): (specs, frozenset(s.key for s in specs))
             for kind, old, specs in (("T3", True, tpl.T3_ROWS_2019),
                                      ("T3", False, tpl.T3_ROWS_2021),
                                      ("T2", True, tpl.T2_ROWS_2019),
                                      ("T2", False, tpl.T2_ROWS_2021))}
_NONE: tuple = ((), frozenset())


def check(report, options):
    for table in report.tables.values():
        if not table.rows:
            continue  # DL201 reports a table with no values
        specs, every = _EXPECTED.get((table.kind, table.edition == "2019"), _NONE)
        if table.rows.keys() >= every:
            continue  # no row missing (the usual case)
        keys = [s.key for s in specs]
        for index, spec in enumerate(specs):
            if spec.key in table.rows:
                continue
            following = [table.rows[k] for k in keys[index + 1:] if k in table.rows]
            at = following[0].label_span.start if following else table.span.end
            yield finding("DL202", Span(at, at), "missing", row=row_name(spec.key),
                          label=spec.label)


RULE = Rule(
    code="DL202",
    name="missing-row",
    severity=Severity.ERROR,
    summary=Text("统计表缺少模板规定的行", "a template row of a table is missing"),
    check=check,
    messages={
        "missing": {"zh": "统计表缺少「{row}」一行",
                    "en": "the table has no row {row}"},
        "hint": {"zh": "按模板补上「{label}」一行，没有发生的各列填 0",
                 "en": "add the row 「{label}」, with 0 where nothing happened"},
    },
    doc=__doc__,
)
