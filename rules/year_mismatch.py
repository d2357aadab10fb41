"""DL401 year-mismatch: a year that should be the report year and is not.

What it checks
    Years written as ``YYYY年`` in the narrative that are earlier than the report
    year (from the title, or the statistics period) and are not one of the
    legitimate other-year references of domain.md §6: comparisons (上年, 同比, 较,
    比, 与…相比), history (以来, 自, 成立), carry-overs, citations (inside 《》,
    “”, 〔〕 or brackets), full dates of documents and events (2019年5月15日),
    ranges (2019—2021年), and the review of last year's problems (2024年工作中存在
    的问题).  The statistics-period sentence is left to DL402.

Why
    A year left over from last year's report (copy-paste) makes the statement false.

Example (fails), in a 2021 report
    2020年，会盟镇党委、政府高度重视政府信息公开工作

Use instead
    2021年，会盟镇党委、政府高度重视政府信息公开工作
"""

import re

from disclosure_lint.model import BlockKind, Span
from disclosure_lint.rule import Rule, Severity, Text, finding

_YEAR = re.compile(r"(?<![\d〔\[（(])((?:19|20)\d{2})\s*年")
_BEFORE = re.compile(
    r"(上年|上一年|去年|前年|往年|历年|同比|较|比|相比|相较|对比|与|自|从|截至|截止|以来|成立|始于|"
    r"曾|原|连续|根据|依据|按照|印发|出台|发布|制定|修订|施行|实施|至|到|[—\-~～]|为|于)\s*$")
_AFTER = re.compile(
    r"^\s*(?:度)?\s*(?:\d{1,2}\s*月|以来|起|前|至|到|[—\-~～]|底前|年底前|同期|相比|"
    r"(?:工作中)?(?:存在|问题|整改)|决算|预算|年报|年度报告|报告|工作要点|要点|版|第)")
_OPENERS = "《“\"〔[（("
_CLOSERS = "》”\"〕]）)"
_PERIOD = re.compile(r"统计(?:期限|时限|区间|时间|期间)|数据统计")
_CLAUSE_START = re.compile(r"[。；;！？!?，,：:\n]")


def _inside_quotes(text, at):
    depth = 0
    for char in text[:at]:
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
    return depth > 0


def _legitimate(text, match):
    start = match.start()
    clause_from = max((m.end() for m in _CLAUSE_START.finditer(text, 0, start)), default=0)
    before = text[max(clause_from, start - 12):start]
    after = text[match.end():match.end() + 12]
    return bool(_BEFORE.search(before) or _AFTER.match(after) or _inside_quotes(text, start))


def check(report, options):
    year = report.year
    if year is None:
        return
    title_start = report.title.span.start if report.title else -1
    for block in report.blocks():
        if block.kind is BlockKind.ROW or block.span.start == title_start:
            continue
        text = block.text
        if "年" not in text:
            continue
        for match in _YEAR.finditer(text):
            found = int(match.group(1))
            if found >= year or found < year - 5:
                continue
            sentence_from = max((m.end() for m in re.finditer(r"[。；;]", text[:match.start()])),
                                default=0)
            sentence = text[sentence_from:text.find("。", match.end()) % (len(text) + 1)]
            if _PERIOD.search(sentence) or _legitimate(text, match):
                continue
            start = block.span.start + match.start(1)
            yield finding("DL401", Span(start, start + 4), "year", found=found, expected=year)


RULE = Rule(
    code="DL401",
    name="year-mismatch",
    severity=Severity.ERROR,
    summary=Text("文中年份与报告年度不符", "a year differs from the report year"),
    check=check,
    messages={
        "year": {"zh": "年份 {found} 与报告年度 {expected} 不符（疑为沿用上年报告）",
                 "en": "the year {found} differs from the report year {expected} "
                       "(left over from last year's report?)"},
        "hint": {"zh": "若指本年度，改为 {expected}；若确指往年，请写明“上年”“同比”等比较用语",
                 "en": "write {expected} if this year is meant; if an earlier year is meant, "
                       "say so (上年, 同比 …)"},
    },
    doc=__doc__,
)
