"""DL602 missing-fee-statement: section 六 says nothing about 信息处理费.

What it checks
    Section 六、其他需要报告的事项 of a report for 2021 or later must state the
    信息处理费 collected. Accepted (domain.md §2 六): any mention of 信息处理费; a
    sentence naming a 处理费 (信息公开处理费 …) with an amount or a negation
    (未收取, 0元 …); or a nil statement about charging in disclosure work
    (“政府信息公开未发生收费情况”, “未收取任何费用”). A sentence about 行政事业性收费
    (the fees of table 二) does not count. The finding is at the heading of 六.
    Not reported: reports for years before 2021 or in the 2019 trial format (the
    办法 of 国办函〔2020〕109号 applies from 2021); a report without section 六
    (DL101). A 信息处理费 statement made in another section is named in the finding
    (the format puts it in 六).

Why
    The 2021 format asks section 六 to report the collection of 信息处理费 under
    《政府信息公开信息处理费管理办法》, a nil return included (domain.md §2 六, §7 E10).

Example (fails)
    六、其他需要报告的事项
    2021年度内没有其他需要报告的事项。

Use instead
    六、其他需要报告的事项
    2021年度，我镇未收取信息处理费。2021年度内没有其他需要报告的事项。
"""


from disclosure_lint import patterns
from disclosure_lint.model import BlockKind, Span
from disclosure_lint.narrative import has_literal, normalise
from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.template import (
    FEE_AMOUNT,
    FEE_NAME,
    FEE_NEGATION,
    FEE_NIL_CHARGE,
    FEE_NOT_DISCLOSURE,
    FEE_STATEMENT_FROM_YEAR,
    FEE_WORD,
)

_SENTENCE = patterns.compile(r"[^。！？；!?;]+")


def _states_fee(text: str) -> bool:
    if FEE_NAME.search(text):
        return True
    for sentence in _SENTENCE.findall(text):
        if FEE_WORD.search(sentence) and (FEE_AMOUNT.search(sentence)
                                          or FEE_NEGATION.search(sentence)):
            return True
        if FEE_NIL_CHARGE.search(sentence) and not FEE_NOT_DISCLOSURE.search(sentence):
            return True
    return False


def check(report, options):
    if report.year is not None and report.year < FEE_STATEMENT_FROM_YEAR:
        return
    if report.year is None and report.edition == "2019":
        return
    other = report.section("other")
    if other is None:
        return
    row = BlockKind.ROW  # (looked up once)
    text = " ".join([b.text for b in other.blocks if b.kind is not row])
    # FEE_NAME (信息处理费) is Chinese characters, which ``normalise`` keeps as they are:
    # written so, the name is in the normalised text too (the usual case, told first)
    if has_literal(FEE_NAME, text) or _states_fee(normalise(text)):
        return
    heading = other.heading
    at = Span(heading.span.start, heading.title_span.end)
    elsewhere = next((b for s in report.sections if s is not other for b in s.blocks
                      if b.kind is not BlockKind.ROW and FEE_NAME.search(b.text)), None)
    if elsewhere is not None:
        where = next(s for s in report.sections if elsewhere in s.blocks)
        yield finding("DL602", at, "elsewhere",
                      [Related(elsewhere.span, Text("信息处理费在此说明",
                                                    "the fee is stated here"))],
                      ordinal=where.heading.ordinal_text, year=report.year or "本")
        return
    yield finding("DL602", at, "missing", year=report.year or "本")


RULE = Rule(
    code="DL602",
    name="missing-fee-statement",
    severity=Severity.WARNING,
    summary=Text("第六部分未说明信息处理费收取情况",
                 "section 六 says nothing about the information processing fee (信息处理费)"),
    check=check,
    messages={
        "missing": {"zh": "「六、其他需要报告的事项」未说明信息处理费的收取情况",
                    "en": "section 六 (other matters) does not state the information processing "
                          "fees (信息处理费) collected"},
        "elsewhere": {"zh": "信息处理费收取情况写在第{ordinal}部分，「六、其他需要报告的事项」中没有说明",
                      "en": "the information processing fee is stated in section {ordinal}, "
                            "not in section 六 (other matters)"},
        "elsewhere.hint": {"zh": "将信息处理费的说明移到（或重复于）第六部分，如“{year}年度，本机关未收取信息处理费。”",
                           "en": "move (or repeat) the fee statement in section 六, e.g. "
                                 "\"{year}年度，本机关未收取信息处理费。\""},
        "hint": {"zh": "补充信息处理费收取情况，如“{year}年度，本机关未收取信息处理费。”或写明收费通知件数和实际收取金额",
                 "en": "add a statement such as \"{year}年度，本机关未收取信息处理费。\" "
                       "or the fee notices issued and the amount collected"},
    },
    doc=__doc__,
)
