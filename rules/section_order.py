"""DL102 section-order: top-level sections out of order, repeated, or numbered wrongly.

What it checks
    A heading such as ``三、收到和处理政府信息公开申请情况`` that appears again after
    its section was already given, or after a later section; and a section whose
    title belongs to another number (``二、收到和处理政府信息公开申请情况``).
    Row labels of table 三 (一、本年新收… 四、结转下年度继续办理) are never headings.

Why
    The 2021 format fixes the order 一 … 六; supervisors compare sections by number.

Example (fails)
    一、总体情况 / 三、主动公开政府信息情况 / 二、收到和处理政府信息公开申请情况

Use instead
    number the sections 一 to 六 in the official order.
"""

from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.template import ORDINALS, SECTIONS, names_section

# The official titles that name their own section (all of them): such a heading needs no
# search.
_NAMING_TITLES = {s.ordinal: s.title for s in SECTIONS if names_section(s.ordinal, s.title)}


def check(report, options):
    by_ordinal = {s.heading.ordinal: s for s in report.sections}
    for heading in report.duplicate_headings:
        first = by_ordinal.get(heading.ordinal)
        related = [Related(first.heading.span, Text("第一次出现", "first given here"))] \
            if first else []
        yield finding("DL102", heading.span, "repeated", related, ordinal=heading.ordinal_text,
                      title=heading.title)
    for section in report.sections:
        heading = section.heading
        if _NAMING_TITLES.get(heading.ordinal) == heading.title \
                or names_section(heading.ordinal, heading.title):
            continue
        other = [s for s in SECTIONS if s.ordinal not in (heading.ordinal, 1, 6)
                 and names_section(s.ordinal, heading.title)]
        if len(other) == 1:
            right = other[0]
            yield finding("DL102", heading.span, "misnumbered", ordinal=heading.ordinal_text,
                          title=heading.title, right=ORDINALS[right.ordinal - 1])


RULE = Rule(
    code="DL102",
    name="section-order",
    severity=Severity.ERROR,
    summary=Text("一级标题顺序错误、重复或编号错误",
                 "top-level sections out of order, repeated or misnumbered"),
    check=check,
    messages={
        "repeated": {"zh": "一级标题「{ordinal}、{title}」重复或顺序颠倒：第{ordinal}部分前面已经出现",
                     "en": "heading {ordinal}、{title} is repeated or out of order: "
                           "section {ordinal} was already given"},
        "repeated.hint": {"zh": "删除重复的标题，或按“一”至“六”的顺序重新编号",
                          "en": "remove the repeated heading or renumber the sections 一 to 六"},
        "misnumbered": {"zh": "「{ordinal}、{title}」的内容属于第{right}部分，编号应为「{right}、」",
                        "en": "{ordinal}、{title} is the title of section {right}: "
                              "it should be numbered {right}、"},
        "misnumbered.hint": {"zh": "按官方格式的顺序编号：一总体情况、二主动公开、三依申请、四复议诉讼、五问题改进、六其他",
                             "en": "number the sections in the official order"},
    },
    doc=__doc__,
)
