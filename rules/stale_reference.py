"""DL404 stale-reference: NOT WRITTEN YET (placeholder; the meta-tests fail until it is)."""

from disclosure_lint.rule import Rule, Severity, Text


def check(report, options):
    return ()


RULE = Rule(
    code="DL404",
    name="stale-reference",
    severity=Severity.INFO,
    summary=Text("", ""),
    check=check,
    messages={},
    doc=__doc__,
)
