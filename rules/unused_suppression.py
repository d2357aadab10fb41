"""DL003 unused-suppression: an inline suppression that suppresses nothing.

What it checks
    Every ``<!-- disclosure-lint: disable … -->``, ``enable`` and
    ``disable-next-line`` comment in the report. One that silences no finding,
    or that cannot be read, is reported.

Why
    A stale suppression hides the next real problem at that place (like ruff's
    unused-noqa).

Example (fails)
    <!-- disclosure-lint: disable-next-line DL401 -->
    2021年，我镇……   (no year problem on this line)

Use instead
    delete the comment.
"""

from disclosure_lint.rule import Rule, Severity, Text


def _engine_reports_it(report, options):  # the suppression pass emits DL003 itself
    return ()


RULE = Rule(
    code="DL003",
    name="unused-suppression",
    severity=Severity.INFO,
    summary=Text("行内抑制注释没有抑制任何问题", "an inline suppression suppresses nothing"),
    check=_engine_reports_it,
    messages={
        "unused": {"zh": "抑制注释（{codes}）没有抑制任何问题",
                   "en": "this suppression ({codes}) suppresses nothing"},
        "invalid": {"zh": "无法识别的抑制注释：{text}",
                    "en": "unreadable suppression comment: {text}"},
        "hint": {"zh": "删除这条注释，或写成 <!-- disclosure-lint: disable-next-line DL401 -- 原因 -->",
                 "en": "delete the comment, or write "
                       "<!-- disclosure-lint: disable-next-line DL401 -- reason -->"},
    },
    doc=__doc__,
)
