"""DL217 impossible-value: NOT WRITTEN YET (placeholder; the meta-tests fail until it is)."""

from disclosure_lint.rule import Rule, Severity, Text


def check(report, options):
    return ()


RULE = Rule(
    code="DL217",
    name="impossible-value",
    severity=Severity.WARNING,
    summary=Text("", ""),
    check=check,
    messages={},
    doc=__doc__,
)
