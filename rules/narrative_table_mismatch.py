"""DL501 narrative-table-mismatch: NOT WRITTEN YET (placeholder; the meta-tests fail until it is)."""

from disclosure_lint.rule import Rule, Severity, Text


def check(report, options):
    return ()


RULE = Rule(
    code="DL501",
    name="narrative-table-mismatch",
    severity=Severity.WARNING,
    summary=Text("", ""),
    check=check,
    messages={},
    doc=__doc__,
)
