"""DL104 empty-section: NOT WRITTEN YET (placeholder; the meta-tests fail until it is)."""

from disclosure_lint.rule import Rule, Severity, Text


def check(report, options):
    return ()


RULE = Rule(
    code="DL104",
    name="empty-section",
    severity=Severity.WARNING,
    summary=Text("", ""),
    check=check,
    messages={},
    doc=__doc__,
)
