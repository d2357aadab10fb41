"""DL403 malformed-date: NOT WRITTEN YET (placeholder; the meta-tests fail until it is)."""

from disclosure_lint.rule import Rule, Severity, Text


def check(report, options):
    return ()


RULE = Rule(
    code="DL403",
    name="malformed-date",
    severity=Severity.WARNING,
    summary=Text("", ""),
    check=check,
    messages={},
    doc=__doc__,
)
