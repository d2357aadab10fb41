"""DL403 malformed-date: a date that cannot be read (202020年, 202111日, 13月, 2月30日).

What it checks
    Dates written with Arabic digits (half- or full-width, spaces allowed between the
    parts) that no reader can resolve to one calendar day or year:

    * a year of five to eight digits before 年 (``202020年``, ``20212022年``);
    * digits glued together before 日 with 年 and 月 lost (``202111日``,
      ``20211231日``), typical of HTML-to-text conversion (domain.md §3.4, E18);
    * 年 followed by a glued month and day (``2021年1231日``);
    * a month that does not exist (``2021年13月``, ``2021年0月``) or a day that does not exist in
      its month (``12月32日``, ``4月31日``, ``2021年2月29日``; 2月29日 without a year,
      or in a leap year, is accepted).

    Not reported: ordinary numbers, counts (``20211件``, ``12345条``), telephone numbers,
    document numbers (``〔2021〕30号``), durations (``15个工作日``, ``13个月``), date
    ranges (``1-12月``), a month with neither year nor day (``18月``), and four-digit
    years. Glued digits are reported only when they begin like a year and what follows
    the year reads as a month and a day (``2021年100日行动`` and table cells glued by a
    crawler, ``00000002021年``, are left alone).

Why
    The statistics period and every dated statement must be readable; a garbled date in
    the period statement makes the report's period unknown (domain.md §6, §7 E07/E18).

Example (fails)
    本报告中所列数据的统计期限自 202111日起至20211231日止。

Use instead
    本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。
"""


from disclosure_lint import patterns
from disclosure_lint.dates import MONTH_NAMES_EN, days_in_month
from disclosure_lint.model import Span
from disclosure_lint.narrative import all_blocks, digit_marks, halfwidth_digits
from disclosure_lint.rule import Rule, Severity, Text, finding

# A digit run that starts like a year but is too long for one, before 年.
_LONG_YEAR = patterns.compile(r"(?<![\d.])((?:19|20)\d{3,6})\s*年")
# Year, month and day glued before 日 (年 and 月 lost).
_GLUED_DAY = patterns.compile(r"(?<![\d.年月])((?:19|20)\d{3,6})\s*日(?![均常益报志期])")
# 年 followed by month and day glued together (月 lost).
_GLUED_MONTH_DAY = patterns.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年\s*(\d{3,4})\s*日")
# A month (with its year and day when present).
_DATE = patterns.compile(r"(?<![\d.\-－—~～至到])(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,3})\s*月(?!龄)"
                         r"(?:\s*(\d{1,3})\s*日)?")


def _month_day(digits):
    """True when ``digits`` can be read as a month and a day run together (1231, 11)."""
    return any(1 <= int(digits[:i]) <= 12 and 1 <= int(digits[i:]) <= 31
               for i in (1, 2) if 0 < i < len(digits) and len(digits) - i <= 2)




def _month_day_problem(year, month, day):
    """A Text saying what is impossible about the date, or None when it exists."""
    if not 1 <= month <= 12:
        return Text(f"没有{month}月", f"there is no month {month}")
    if day is None:
        return None
    last = days_in_month(year, month)
    if not 1 <= day <= last:
        where = f"{year}年{month}月" if year is not None else f"{month}月"
        where_en = f"{MONTH_NAMES_EN[month]} {year}" if year is not None \
            else MONTH_NAMES_EN[month]
        return Text(f"{where}没有{day}日", f"{where_en} has no day {day}")
    return None



# Which patterns can match at all: each needs a mark that follows (spaces allowed) a run
# of at least so many digits.  Finding the marks of the whole report at once
# (narrative.digit_marks) is much cheaper than searching every block with the patterns.
_LONG, _GLUED, _MONTH = 1, 2, 4
_MARKS = (("年", 5, _LONG),  # _LONG_YEAR: five digits or more before 年
          ("日", 3, _GLUED),  # _GLUED_MONTH_DAY (3-4 digits), _GLUED_DAY (5-8) before 日
          ("月", 1, _MONTH))  # _DATE: a digit before 月


_DATE_RUN = "0123456789 年"


def _month_scan_start(text, month):
    """Where a scan for _DATE may start: no match begins before the run of digits, spaces
    and 年 that ends at ``month``, the first 月 with a digit before it."""
    start = len(text[:month].rstrip(_DATE_RUN))  # (the usual characters, at C speed)
    i = start - 1
    while i >= 0 and (text[i].isdecimal() or text[i].isspace() or text[i] == "年"):
        i -= 1  # (any other digit or space)
    return i + 1


def _free(found, start, end):
    """True when ``start``-``end`` overlaps none of the problems ``found`` so far."""
    return all(end <= s or start >= e for s, e, _ in found)


def _problems(text, flags, month_from=0):
    """(start, end, reason) for each unreadable date in ``text`` (digits already half-width),
    by pattern; ``flags`` says which patterns can match."""
    found = []
    if flags & _LONG:
        for match in _LONG_YEAR.finditer(text):
            digits = match.group(1)
            found.append((match.start(1), match.end(), Text(
                f"年份有{len(digits)}位数字", f"the year has {len(digits)} digits")))
    if flags & _GLUED:
        for match in _GLUED_MONTH_DAY.finditer(text):
            if _free(found, match.start(1), match.end()) and _month_day(match.group(2)):
                found.append((match.start(1), match.end(), Text(
                    "缺少“月”字，月和日连在一起", "月 is missing: month and day run together")))
        for match in _GLUED_DAY.finditer(text):
            if _free(found, match.start(1), match.end()) and _month_day(match.group(1)[4:]):
                found.append((match.start(1), match.end(), Text(
                    "缺少“年”“月”字，数字连在一起", "年 and 月 are missing: the digits run together")))
    if flags & _MONTH:
        for match in _DATE.finditer(text, month_from):
            year, month, day = match.groups()
            if year is None and day is None:
                continue  # a bare "18月" may be a duration; only dated months are judged
            start = match.start(1) if year else match.start(2)
            if found and not _free(found, start, match.end()):
                continue
            reason = _month_day_problem(int(year) if year else None, int(month),
                                        int(day) if day else None)
            if reason is not None:
                found.append((start, match.end(), reason))
    return found


def _block_findings(block, flags, month):
    """Findings of one block; ``month``: where its first 月 after a digit is (or None)."""
    text = block.text
    text = halfwidth_digits(text)  # digits stay digits: the marks do not move
    month_from = _month_scan_start(text, month) if month is not None else 0
    problems = _problems(text, flags, month_from)
    problems.sort(key=_start)  # (stable: by pattern at one start)
    for start, end, reason in problems:
        yield finding("DL403", Span(block.span.start + start, block.span.start + end),
                      "date", date=text[start:end], reason=reason)


def _start(problem):
    return problem[0]


def check(report, options):
    # the marks (the title is a block of the preamble: it is read with the others) of every block at once (found in one pass over the report)
    flags, months = {}, {}
    for char, enough, flag in _MARKS:
        for index, at, digits in digit_marks(report, char):
            if digits >= enough:
                flags[index] = flags.get(index, 0) | flag
                if flag == _MONTH and index not in months:
                    months[index] = at
    blocks = all_blocks(report)
    for index in sorted(flags):
        yield from _block_findings(blocks[index], flags[index], months.get(index))


RULE = Rule(
    code="DL403",
    name="malformed-date",
    severity=Severity.WARNING,
    summary=Text("日期无法识别（如 202020年、202111日）", "a date that cannot be read"),
    check=check,
    messages={
        "date": {"zh": "日期「{date}」无法识别：{reason}",
                 "en": "the date \"{date}\" cannot be read: {reason}"},
        "hint": {"zh": "写成完整的“YYYY年M月D日”，例如“2021年12月31日”",
                 "en": "write the full date as YYYY年M月D日, e.g. 2021年12月31日"},
    },
    doc=__doc__,
)
