"""DL104 empty-section: a section with no content, or only "无".

What it checks
    Sections 一, 五 and 六 (the narrative parts): no text under the heading, only
    sub-headings, or only a placeholder such as 无 / 无。 / 暂无 / 不涉及 in every
    paragraph, or fewer than ``min-chars`` (option) characters of text altogether (letters
    and digits; punctuation does not count). A complete sentence such as
    "无其他需要报告的事项。" is content and is not reported.
    Not reported: sections 二, 三 and 四, whose content is a table (a missing table
    is DL201); the last section of a text that stops before section 六 (a cut-off
    copy is not an empty section).

Why
    条例 Art. 50 and the 2021 format ask for the content of every part, "不能遗漏";
    a part that says only 无 is what checkers flag as a gap (domain.md §2 五,
    KIROGOVCOMPARE narrative_sec5_gap). Section 六 must at least state the
    信息处理费 collected (DL602).

Example (fails)
    五、存在的主要问题及改进情况
    无。

Use instead
    五、存在的主要问题及改进情况
    （一）存在的主要问题：……（二）改进措施：……
"""


from typing import NamedTuple

from disclosure_lint.model import BlockKind, Span
from disclosure_lint.narrative import NON_WORD, content
from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.template import EMPTY_SECTION_TEXTS, ORDINALS, SECTIONS

_TABLE_SECTIONS = {"proactive", "applications", "review_litigation"}
_LONGEST_PLACEHOLDER = 16  # longer lines are never a placeholder (with numbering, marks)
_HEADING = BlockKind.HEADING  # (an enum member: slow to look up)


class Options(NamedTuple):
    min_chars: int = 4  # less text than this (letters and digits) counts as empty


def _is_placeholder(text: str) -> bool:
    body = content(text)
    return body in EMPTY_SECTION_TEXTS or not body


def _has_content(blocks, min_chars: int) -> bool:
    """True when the blocks that are not headings hold ``min_chars`` letters or digits
    outside placeholders."""
    size = 0
    for block in blocks:
        if block.kind is _HEADING:
            continue
        text = block.text
        if len(text) <= _LONGEST_PLACEHOLDER and _is_placeholder(text):
            continue
        if text[:min_chars - size].isalnum() and len(text) >= min_chars - size:
            return True  # opens with enough letters and digits (\w): no regex scan needed
        size += len(NON_WORD.sub("", text[:4 * min_chars + 8]))
        if size >= min_chars:
            return True
    return False


def check(report, options: Options):
    sections = report.sections
    if not sections:
        return
    last = sections[-1]
    for section in sections:
        if section.key in _TABLE_SECTIONS:
            continue
        if section is last and section.heading.ordinal < len(SECTIONS):
            continue  # the text stops here: cut off, not empty
        if _has_content(section.blocks, options.min_chars):
            continue
        content = [b for b in section.blocks if b.kind is not _HEADING]
        heading = section.heading
        spec = SECTIONS[heading.ordinal - 1]
        shown = " ".join(b.text.strip() for b in content)
        shown = shown if len(shown) <= 20 else shown[:20] + "…"
        span = Span(heading.span.start, heading.title_span.end)
        ordinal, title = ORDINALS[spec.ordinal - 1], Text(spec.title, spec.title_en)
        if not content:
            yield finding("DL104", span, "empty", ordinal=ordinal, title=title)
        else:
            yield finding("DL104", span, "placeholder", text=shown, ordinal=ordinal, title=title)


RULE = Rule(
    code="DL104",
    name="empty-section",
    severity=Severity.WARNING,
    summary=Text("部分无内容或只写“无”", "a section has no content, or only \"无\""),
    check=check,
    messages={
        "empty": {"zh": "第{ordinal}部分「{title}」没有内容",
                  "en": "section {ordinal} ({title}) has no content"},
        "placeholder": {"zh": "第{ordinal}部分「{title}」只写了「{text}」，没有实际内容",
                        "en": "section {ordinal} ({title}) only says \"{text}\""},
        "hint": {"zh": "按格式要求写明第{ordinal}部分「{title}」的实际情况；确无情况的，"
                       "也应写成完整的说明（如“本年度无其他需要报告的事项”）",
                 "en": "state what section {ordinal} ({title}) requires; if there is truly "
                       "nothing, say so in a full sentence"},
    },
    doc=__doc__,
    options=Options,
)
