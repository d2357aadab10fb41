"""DL402 period-statement: the statistics period is not 1 January – 31 December of the report year.

What it checks
    The sentence that states the statistics period ("本报告中所列数据的统计期限自2021年
    1月1日起至2021年12月31日止", also 统计时限 / 统计时间 / 数据统计 …, with or without
    the year of the end date, with spaces, full-width digits, and when a PDF extraction
    breaks it over two lines). It reports:

    * an end date other than 12月31日 (``至2021年12月30日止``);
    * an end year different from the start year when the report's year is unknown
      (``自2021年1月1日起至2022年12月31日止``; with a known report year, DL401
      year-mismatch names the wrong year);
    * a start date other than 1月1日.

    Deliberately not reported: a start or end year that is not the report year (DL401
    year-mismatch reports it), a date that cannot be read at all (DL403 malformed-date
    reports it; an eight-digit ``20211230日`` is still read here as 2021-12-30), and a
    report without a period statement: the sentence is customary, not required
    (domain.md §6). "截至2021年12月31日" (a point in time, not a period) is not a period
    statement.

Why
    The annual report covers the calendar year of its title (domain.md §6, §7 E07); a
    period that stops early or runs into another year makes every figure of the tables
    doubtful.

Example (fails), in a 2021 report
    本报告所列数据统计期限自2021年1月1日起至2021年12月30日止。

Use instead
    本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。
"""


from disclosure_lint import patterns
from disclosure_lint.dates import days_in_month
from disclosure_lint.model import BlockKind, Span
from disclosure_lint.narrative import all_blocks, blocks_containing, halfwidth_digits
from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.template import PERIOD_KEY

_KEY = patterns.compile(PERIOD_KEY)


def _d(name):
    """A date: 年 optional (the end date often omits it), or eight glued digits + 日."""
    return (rf"(?P<{name}>(?:(?P<{name}y>\d+)\s*年\s*)?(?P<{name}m>\d+)\s*月\s*(?P<{name}d>\d+)\s*日"
            rf"|(?P<{name}g>\d{{8}})\s*日)")


_RANGE = patterns.compile(r"[^。；;\d]{0,12}?" + _d("s") +
                          r"\s*(?:起|开始)?\s*[,，]?\s*(?:至|到|止于|[-－—~～]{1,2})\s*" + _d("e"))
_TERMINAL = tuple("。！？!?；;")




def _date(match, name):
    """(year or None, month, day) of one date of the match, or None when it cannot be read."""
    year, month, day, glued = match.group(name + "y", name + "m", name + "d", name + "g")
    if glued:
        year, month, day = glued[:4], glued[4:6], glued[6:]
    if year is not None and len(year) != 4:
        return None
    y = int(year) if year else None
    m, d = int(month), int(day)
    if not 1 <= m <= 12:
        return None
    last = days_in_month(y, m)
    if not 1 <= d <= last:
        return None
    return y, m, d


def _joined(block, following):
    """The text of ``block`` joined with the next blocks (``following``, an iterator) when
    a line break cut the sentence (PDF extraction), and a function mapping a position to a
    report offset."""
    parts = [block]
    text = block.text
    while len(parts) < 3 and not text.rstrip().endswith(_TERMINAL):
        after = next(following, None)
        if after is None or after.kind is BlockKind.ROW:
            break
        parts.append(after)
        text += after.text
    starts = []
    pos = 0
    for block in parts:
        starts.append((pos, block.span.start))
        pos += len(block.text)

    def offset(i):
        base, origin = next((p, o) for p, o in reversed(starts) if p <= i)
        return origin + (i - base)

    return halfwidth_digits(text), offset


_KEY_WORDS = ("统计", "所列数据")  # _KEY cannot match without one of them


def _following(blocks, index, keyed):
    """The blocks after ``blocks[index]`` that are not table rows, or rows that hold a key."""
    row = BlockKind.ROW
    for after in range(index + 1, len(blocks)):
        block = blocks[after]
        if block.kind is not row or after in keyed:
            yield block


def _statements(report):
    blocks = all_blocks(report)
    keyed = [i for i in blocks_containing(report, _KEY_WORDS) if _KEY.search(blocks[i].text)]
    for index in keyed:
        block = blocks[index]
        text, offset = _joined(block, _following(blocks, index, keyed))
        for key in _KEY.finditer(text):
            if key.start() >= len(block.text):
                break
            match = _RANGE.match(text, key.end())
            if match:
                yield match, offset


def _show(date):
    year, month, day = date
    return f"{year}年{month}月{day}日" if year else f"{month}月{day}日"


def check(report, options):
    for match, offset in _statements(report):
        start, end = _date(match, "s"), _date(match, "e")
        if start is None or end is None:
            continue  # unreadable: DL403 reports it
        start_year = start[0]
        expected_year = report.year or start_year
        if start[1:] != (1, 1):
            yield finding("DL402", _where(match, "s", offset), "start", found=_show(start),
                          expected=f"{expected_year}年1月1日" if expected_year else "1月1日")
        end_year = end[0] or start_year
        if end[1:] != (12, 31):
            expected = f"{expected_year}年12月31日" if expected_year else "12月31日"
            yield finding("DL402", _where(match, "e", offset), "end", found=_show(end),
                          expected=expected)
        elif report.year is None and None not in (end_year, start_year) \
                and end_year != start_year:  # (with a report year, DL401 names the year)
            yield finding("DL402", _where(match, "e", offset), "end-year", found=_show(end),
                          start=_show(start), expected=f"{expected_year}年12月31日")


def _where(match, name, offset):
    """The span in the report of one date of the match (worked out only when reported)."""
    return Span(offset(match.start(name)), offset(match.end(name) - 1) + 1)


RULE = Rule(
    code="DL402",
    name="period-statement",
    severity=Severity.WARNING,
    summary=Text("统计期限不是报告年度的1月1日至12月31日",
                 "the statistics period is not 1 January – 31 December of the report year"),
    check=check,
    messages={
        "end": {"zh": "统计期限止于 {found}，应为 {expected}",
                "en": "the statistics period ends on {found}; it must end on {expected}"},
        "end-year": {"zh": "统计期限自 {start} 起至 {found} 止，跨了年度；应止于 {expected}",
                     "en": "the statistics period runs from {start} to {found}, into another "
                           "year; it must end on {expected}"},
        "start": {"zh": "统计期限始于 {found}，应为 {expected}",
                  "en": "the statistics period starts on {found}; it must start on {expected}"},
        "hint": {"zh": "年度报告的统计期限为报告年度的1月1日至12月31日",
                 "en": "an annual report covers 1 January to 31 December of its year"},
    },
    doc=__doc__,
)
