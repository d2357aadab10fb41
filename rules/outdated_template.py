"""DL601 outdated-template: NOT WRITTEN YET (placeholder; the meta-tests fail until it is)."""

from disclosure_lint.rule import Rule, Severity, Text


def check(report, options):
    return ()


RULE = Rule(
    code="DL601",
    name="outdated-template",
    severity=Severity.ERROR,
    summary=Text("", ""),
    check=check,
    messages={},
    doc=__doc__,
)
