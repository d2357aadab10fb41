"""DL215 subtotal: NOT WRITTEN YET (placeholder; the meta-tests fail until it is)."""

from disclosure_lint.rule import Rule, Severity, Text


def check(report, options):
    return ()


RULE = Rule(
    code="DL215",
    name="subtotal",
    severity=Severity.ERROR,
    summary=Text("", ""),
    check=check,
    messages={},
    doc=__doc__,
)
