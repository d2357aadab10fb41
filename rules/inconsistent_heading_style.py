"""DL105 inconsistent-heading-style: NOT WRITTEN YET (placeholder; the meta-tests fail until it is)."""

from disclosure_lint.rule import Rule, Severity, Text


def check(report, options):
    return ()


RULE = Rule(
    code="DL105",
    name="inconsistent-heading-style",
    severity=Severity.INFO,
    summary=Text("", ""),
    check=check,
    messages={},
    doc=__doc__,
)
