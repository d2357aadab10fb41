"""DL302 duplicate-paragraph: a paragraph or a sentence repeated verbatim.

What it checks
    Paragraphs and list items of the body (the preamble and the six sections; not
    headings, not table rows, nothing inside a table) compared verbatim, spaces
    ignored: a whole paragraph of at least ``min-length`` (option) characters
    that occurs again, or a sentence (cut at 。！？；) of at least ``min-length``
    characters that occurs again anywhere in the body. The second occurrence is
    reported, the first is named. A repeated paragraph is reported once, not once
    per sentence.
    Not reported: short formulas (below ``min-length``, e.g. 一是强化组织领导。),
    headings that repeat section titles, repeated table labels and notes.

Why
    A paragraph pasted twice is a copy-paste slip that makes the report look
    unedited; the 2021 notice names 内容雷同 and perfunctory reports as grounds for
    accountability (domain.md §2, §7 E08).

Example (fails)
    多次组织政府信息公开业务培训，工作人员业务能力进一步提升。
    ……
    多次组织政府信息公开业务培训，工作人员业务能力进一步提升。

Use instead
    keep the paragraph once, or write what was meant the second time.
"""

import re
from dataclasses import dataclass

from disclosure_lint.model import BlockKind, Span
from disclosure_lint.rule import Related, Rule, Severity, Text, finding

_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]?")
# punctuation (after the width mapping below), dropped when counting characters
_NO_PUNCT = str.maketrans("", "", "，。、；：？！“”‘’（）《》〈〉【】〔〕—…·,.;:?!\"'()[]<>-_/|~*#%&+= "
                          "\u3000")
_SPACES = str.maketrans("", "", " \t\u3000\u00a0")
_ENDS = "。！？；!?;"


@dataclass(frozen=True)
class Options:
    min_length: int = 15  # characters (punctuation not counted) a repeated text must have


def _excerpt(text: str, limit: int = 30) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit] + "…"


def _long_enough(key: str, minimum: int) -> bool:
    """At least ``minimum`` characters once punctuation is left out."""
    if len(key) < minimum:
        return False
    if len(key) >= 2 * minimum:
        return True  # a sentence is never more than half punctuation
    return len(key.translate(_NO_PUNCT)) >= minimum


def _body_blocks(report):
    tables = [t.span for t in report.tables.values()]
    title = report.title.span.start if report.title else -1
    for block in report.blocks():
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        if block.span.start == title or any(t.start <= block.span.start < t.end
                                            for t in tables):
            continue
        yield block


def _key(text: str) -> str:
    return text.translate(_SPACES) if (" " in text or "\u3000" in text or "\t" in text
                                       or "\u00a0" in text) else text


def check(report, options: Options):
    paragraphs: dict[str, Span] = {}
    sentences: dict[str, Span] = {}
    minimum = options.min_length
    for block in _body_blocks(report):
        text = block.text
        if len(text) < minimum:
            continue  # no sentence of it can be long enough either
        key = _key(text)
        if _long_enough(key, minimum):
            first = paragraphs.get(key)
            if first is not None:
                yield finding("DL302", block.span, "paragraph",
                              [Related(first, Text("第一次出现", "first occurrence"))],
                              text=_excerpt(text))
                continue
            paragraphs[key] = block.span
        for match in _SENTENCE.finditer(text):
            if match.end() - match.start() < minimum:
                continue
            key = _key(match.group(0)).rstrip(_ENDS)
            if not _long_enough(key, minimum):
                continue
            span = Span(block.span.start + match.start(), block.span.start + match.end())
            first = sentences.get(key)
            if first is not None:
                yield finding("DL302", span, "sentence",
                              [Related(first, Text("第一次出现", "first occurrence"))],
                              text=_excerpt(match.group(0)))
            else:
                sentences[key] = span


RULE = Rule(
    code="DL302",
    name="duplicate-paragraph",
    severity=Severity.WARNING,
    summary=Text("段落或句子逐字重复", "a paragraph or sentence is repeated verbatim"),
    check=check,
    messages={
        "paragraph": {"zh": "段落「{text}」与前文一段完全相同",
                      "en": "the paragraph \"{text}\" repeats an earlier one verbatim"},
        "sentence": {"zh": "句子「{text}」与前文一句完全相同",
                     "en": "the sentence \"{text}\" repeats an earlier one verbatim"},
        "hint": {"zh": "删除重复的「{text}」，或改写为此处本应表述的内容",
                 "en": "delete the repeated \"{text}\", or write what was meant here"},
    },
    doc=__doc__,
    options=Options,
)
