"""DL101 missing-section: one of the six top-level sections is absent.

What it checks
    Sections 一 to 六 of the 2021 format, each recognised by its Chinese ordinal
    followed by 、 (in plain text, markdown ``#`` headings or ``**bold**``).

Why
    条例 Art. 50 and the 2021 format require all six parts; "不能遗漏".

Example (fails)
    一、总体情况 … 二、主动公开政府信息情况 … 三、… 四、… 六、其他需要报告的事项 (no 五)

Use instead
    add 五、存在的主要问题及改进情况 between 四 and 六.
"""

from disclosure_lint.model import Span
from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.template import ORDINALS, SECTIONS


def check(report, options):
    if not report.sections:
        return  # DL002 says it once
    present = {s.heading.ordinal for s in report.sections}
    for spec in SECTIONS:
        if spec.ordinal in present:
            continue
        after = [s for s in report.sections if s.heading.ordinal > spec.ordinal]
        if after:
            at = after[0].heading.span.start
        else:
            at = len(report.text.rstrip())
        yield finding("DL101", Span(at, at), "missing", ordinal=ORDINALS[spec.ordinal - 1],
                      title=Text(spec.title, spec.title_en))


RULE = Rule(
    code="DL101",
    name="missing-section",
    severity=Severity.ERROR,
    summary=Text("缺少六个必备部分之一", "one of the six required sections is missing"),
    check=check,
    messages={
        "missing": {"zh": "缺少第{ordinal}部分「{ordinal}、{title}」",
                    "en": "section {ordinal} ({title}) is missing"},
        "hint": {"zh": "在此处补充「{ordinal}、{title}」部分",
                 "en": "add section {ordinal}、 ({title}) here"},
    },
    doc=__doc__,
)
