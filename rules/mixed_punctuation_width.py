"""DL701 mixed-punctuation-width: NOT WRITTEN YET (placeholder; the meta-tests fail until it is)."""

from disclosure_lint.rule import Rule, Severity, Text


def check(report, options):
    return ()


RULE = Rule(
    code="DL701",
    name="mixed-punctuation-width",
    severity=Severity.INFO,
    summary=Text("", ""),
    check=check,
    messages={},
    doc=__doc__,
)
