"""DL404 stale-reference: citing last year's 工作要点, or only the 2019 trial-format notice.

What it checks
    Two kinds of outdated basis, in a report whose year is known:

    * a 政务公开 / 政府信息公开 工作要点 of an earlier year cited as the basis of the year's
      work (a 2021 report citing 《天水市2020年政务公开工作要点》). Not reported: the
      report year's own 要点 or next year's (plans), and a 要点 explicitly named as last
      year's (上年 / 去年 / 上一年度 …, e.g. when reviewing last year's rectification);
    * a report for 2021 or later that cites the 2019 notice (国办公开办函〔2019〕60号,
      《关于政府信息公开工作年度报告有关事项的通知》) and nowhere the 2021 format
      (国办公开办函〔2021〕30号, 《中华人民共和国政府信息公开工作年度报告格式》 without
      （试行）). Citing both, or citing a provincial notice of the year (《关于编制公布2021
      年政府信息公开工作年度报告有关事项的通知》), is fine. Reports for 2019 and 2020
      cite the 2019 notice rightly.

Why
    Reports from 2021 onward are drawn up under the 2021 format (国办公开办函〔2021〕30号,
    domain.md §0, §6); the year's work follows the year's 工作要点. A stale citation
    usually means the text was carried over from an earlier report.

Example (fails), in a 2022 report
    根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》
    （国办公开办函〔2019〕60号）要求，编制本报告。

Use instead
    根据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求，
    编制本报告。
"""


from disclosure_lint import patterns
from disclosure_lint.model import Span
from disclosure_lint.narrative import all_blocks, blocks_containing, halfwidth_digits
from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.template import FORMAT_2021_FROM_YEAR

_OPEN = r"[〔\[［(（【]"
_CLOSE = r"[〕\]］)）】]"
_NOTICE_2019 = patterns.compile(rf"国办公开办函\s*{_OPEN}\s*2019\s*{_CLOSE}\s*60\s*号"
                                r"|关于政府信息公开工作年度报告有关事项的通知")
_FORMAT_2021 = patterns.compile(rf"{_OPEN}\s*2021\s*{_CLOSE}\s*30\s*号"
                                r"|年度报告格式(?!\s*[(（]?\s*试行)")
# _FORMAT_2021 in two parts that are quicker to find: a regex starting with a bracket
# (one of several characters) scans slowly, one starting with a word fast.  In ASCII
# digits, a citation found here is one _FORMAT_2021 finds after the full-width digits
# are made ASCII.
_TITLE_2021 = "年度报告格式"
_FORMAT_2021_TITLE = patterns.compile(_TITLE_2021 + r"(?!\s*[(（]?\s*试行)")
_FORMAT_2021_NUMBER = patterns.compile(rf"2021\s*{_CLOSE}\s*30\s*号")  # after an opening bracket
_OPEN_CHARS = "〔[［(（【"  # _OPEN


def _cites_format(text):
    at = text.find(_TITLE_2021)
    while at != -1:
        if _FORMAT_2021_TITLE.match(text, at):
            return True
        at = text.find(_TITLE_2021, at + 1)
    for match in _FORMAT_2021_NUMBER.finditer(text):
        i = match.start() - 1
        while i >= 0 and text[i].isspace():  # (\s*)
            i -= 1
        if i >= 0 and text[i] in _OPEN_CHARS:
            return True
    return False
# A work plan of a given year on openness: 《天水市2020年政务公开工作要点》,
# 国务院办公厅2022年政务公开工作要点.
_PLAN = patterns.compile(r"((?:19|20)\d{2})\s*年度?[^《》“”\"。；;，,、]{0,20}?公开[^《》“”\"。；;，,、]{0,12}?"
                   r"工作要点")
_LAST_YEAR = patterns.compile(r"(?:上年|上一年|去年|前一年|往年|上年度)[^。；;]{0,12}$")


def _plan_findings(report, year):
    blocks = all_blocks(report)
    for index in blocks_containing(report, ("要点",)):  # (found in one pass over the report)
        block = blocks[index]
        text = halfwidth_digits(block.text)
        for match in _PLAN.finditer(text):
            found = int(match.group(1))
            if found >= year or found < year - 10:
                continue
            if _LAST_YEAR.search(text[max(0, match.start() - 20):match.start()]):
                continue
            start = block.span.start + match.start(1)
            yield finding("DL404", Span(start, block.span.start + match.end()), "plan",
                                found=found, expected=year)


def _notice_findings(report, year):
    if year < FORMAT_2021_FROM_YEAR:
        return
    text = report.text
    if "号" not in text and "有关事项的通知" not in text:
        return  # neither notice can be cited without one of these
    if "国办公开办函" not in text and "关于政府信息公开工作年度报告有关事项的通知" not in text:
        return  # _NOTICE_2019 cannot match: nothing to report (full-width digits or not)
    if _cites_format(text):
        return  # the 2021 format is cited (_FORMAT_2021 below would find it too)
    text = halfwidth_digits(text)
    if _FORMAT_2021.search(text):
        return
    match = _NOTICE_2019.search(text)
    if match:
        yield finding("DL404", Span(match.start(), match.end()), "notice", year=year)


def check(report, options):
    year = report.year
    if year is None:
        return
    yield from _notice_findings(report, year)
    yield from _plan_findings(report, year)


RULE = Rule(
    code="DL404",
    name="stale-reference",
    severity=Severity.INFO,
    summary=Text("引用了往年的工作要点或已被取代的2019年通知",
                 "cites an earlier year's work plan, or only the superseded 2019 notice"),
    check=check,
    messages={
        "plan": {"zh": "引用了 {found} 年的政务公开工作要点，而本报告为 {expected} 年度",
                 "en": "cites the {found} work plan on openness in a report for {expected}"},
        "plan.hint": {"zh": "本年度工作应依据 {expected} 年的工作要点；若确指往年，请写明“上年”",
                      "en": "this year's work follows the {expected} work plan; if last year's "
                            "plan is meant, say so (上年)"},
        "notice": {"zh": "{year} 年度报告只引用了2019年的通知（国办公开办函〔2019〕60号），"
                         "未引用现行年度报告格式",
                   "en": "a report for {year} cites only the 2019 notice (国办公开办函〔2019〕60号), "
                         "not the current format"},
        "notice.hint": {"zh": "2021年起应依据《中华人民共和国政府信息公开工作年度报告格式》"
                              "（国办公开办函〔2021〕30号）",
                        "en": "from 2021 the basis is the 2021 format (国办公开办函〔2021〕30号)"},
    },
    doc=__doc__,
)
