"""DL401 year-mismatch: a year that should be the report year and is not.

What it checks
    Years that state when the reported work happened and are earlier than the
    report year (from the title, else the statistics period): the years of the
    statistics period's start and end dates, a year at the head of
    a clause ("2020年，我镇…", "2020年度内没有…") or right after the unit ("我镇
    2020年…"), and the start year of the statistics period. Legitimate other years
    (domain.md §6) are not reported: comparisons (上年, 同比, 较, 比), history
    (以来, 自, 截至), full dates of documents and events (2019年5月15日), ranges,
    budgets and accounts (2020年度部门决算), plans and 工作要点, and the review of last
    year's problems (2024年工作中存在的问题). Years inside a clause ("发布2019年度
    年报") are citations and are left alone.

Why
    A year left over from last year's report (copy-paste) makes the statement false.

Example (fails), in a 2021 report
    2020年，会盟镇党委、政府高度重视政府信息公开工作

Use instead
    2021年，会盟镇党委、政府高度重视政府信息公开工作
"""


from disclosure_lint import patterns
from disclosure_lint.model import BlockKind, Span
from disclosure_lint.narrative import all_blocks, digit_marks, halfwidth_digits, mark_number
from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.template import PERIOD_KEY

# Where a year states *when this report's work happened*: at the head of a clause
# ("2020年，我镇…", "2020年度内没有…") or right after the unit ("我镇2020年…").
_CLAUSE_YEAR = patterns.compile(r"(?:^|(?<=[。；;！？!?，,：:]))\s*((?:19|20)\d{2})\s*年")
_UNIT_YEAR = patterns.compile(r"(?:我|本)(?:镇|乡|街道|局|委|办|区|县|市|单位|机关|部门|院|中心|政府)"
                              r"\s*((?:19|20)\d{2})\s*年")
_PERIOD = patterns.compile(PERIOD_KEY)
_PERIOD_DATE = patterns.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# Words that make another year legitimate (domain.md §6): comparisons, history,
# plans, budgets and accounts, last year's problems, citations.
_LEGIT_AFTER = patterns.compile(
    r"^\s*度?\s*(?:\d{1,2}\s*月|以来|起|前|至|到|[—\-~～]|同期|相比|底前|"
    r"[^。；;，,]{0,20}?(?:决算|预算|年报|年度报告|工作报告|公开报告|工作要点|要点|计划|规划|存在|问题|整改|相比|同比|"
    r"比较|增长|下降|减少|增加))")
_LEGIT_BEFORE = patterns.compile(r"(上年|上一年|去年|前年|往年|历年|同比|较|比|自|从|截至|截止|与)\s*$")


_STALE_YEARS = 5  # a clause year this many years before the report year at most is stale


def _period_findings(block, year):
    """The years of the dates of a statistics-period block that are not ``year``."""
    text = halfwidth_digits(block.text)  # same length: offsets hold
    for match in _PERIOD_DATE.finditer(text):
        if int(match.group(1)) != year:
            start = block.span.start + match.start(1)
            yield finding("DL401", Span(start, start + 4), "period",
                          found=int(match.group(1)), expected=year)


def _stale_years(block, year):
    text = block.text
    seen = set()
    for pattern in (_CLAUSE_YEAR, _UNIT_YEAR):
        for match in pattern.finditer(text):
            found = int(match.group(1))
            if found >= year or found < year - _STALE_YEARS or match.start(1) in seen:
                continue
            before = text[max(0, match.start(1) - 6):match.start(1)]
            if _LEGIT_AFTER.match(text[match.end():match.end() + 30]) or \
                    _LEGIT_BEFORE.search(before):
                continue
            seen.add(match.start(1))
            start = block.span.start + match.start(1)
            yield finding("DL401", Span(start, start + 4), "year", found=found, expected=year)


def check(report, options):
    year = report.year
    if year is None:
        return
    title_start = report.title.span.start if report.title else -1
    blocks, row = all_blocks(report), BlockKind.ROW
    # every pattern needs a year: four digits before 年 (found in one pass over the report)
    dated, stale = _dated_blocks(report, year)
    for index in dated:
        block = blocks[index]
        if block.kind is row or block.span.start == title_start:
            continue
        if _PERIOD.search(block.text):
            yield from _period_findings(block, year)
            continue
        if index in stale:
            yield from _stale_years(block, year)


def _dated_blocks(report, year):
    """The indices in ``all_blocks``, ascending, of the blocks with four digits or more
    before 年 (spaces allowed between), and the set of those with a number of exactly
    four digits there from the ``_STALE_YEARS`` years before ``year``: the years ``_stale_years`` can
    read (its patterns take four digits that no digit precedes), so a block without such
    a year has nothing to report."""
    blocks = all_blocks(report)
    dated: list[int] = []
    stale: set[int] = set()
    for index, at, digits in digit_marks(report, "年"):
        if digits < 4:
            continue
        if not dated or dated[-1] != index:
            dated.append(index)
        if digits == 4 and year - _STALE_YEARS <= mark_number(blocks[index].text, at, 4) < year:
            stale.add(index)
    return dated, stale


RULE = Rule(
    code="DL401",
    name="year-mismatch",
    severity=Severity.ERROR,
    summary=Text("文中年份与报告年度不符", "a year differs from the report year"),
    check=check,
    messages={
        "period": {"zh": "统计期限的年份 {found} 与报告年度 {expected} 不符",
                   "en": "the statistics period is in {found}, not in the report year {expected}"},
        "period.hint": {"zh": "统计期限应为 {expected}年1月1日至{expected}年12月31日",
                        "en": "the period must be 1 January to 31 December {expected}"},
        "year": {"zh": "年份 {found} 与报告年度 {expected} 不符（疑为沿用上年报告）",
                 "en": "the year {found} differs from the report year {expected} "
                       "(left over from last year's report?)"},
        "hint": {"zh": "若指本年度，改为 {expected}；若确指往年，请写明“上年”“同比”等比较用语",
                 "en": "write {expected} if this year is meant; if an earlier year is meant, "
                       "say so (上年, 同比 …)"},
    },
    doc=__doc__,
)
