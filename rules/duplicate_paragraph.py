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


from typing import NamedTuple

from disclosure_lint import patterns
from disclosure_lint.model import Block, BlockKind, Span
from disclosure_lint.narrative import prose_outside_tables
from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.template import replace_chars

_SENTENCE = patterns.compile(r"[^。！？；!?;]+[。！？；!?;]?")
# punctuation (after the width mapping below), dropped when counting characters
_NO_PUNCT = str.maketrans("", "", "，。、；：？！“”‘’（）《》〈〉【】〔〕—…·,.;:?!\"'()[]<>-_/|~*#%&+= "
                          "\u3000")
_SPACES = dict.fromkeys(" \t\u3000\u00a0", "")  # dropped from a key
_ENDS = "。！？；!?;"
_FIRST = Text("第一次出现", "first occurrence")


class Options(NamedTuple):
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
    """Paragraphs and list items of the body: not the title, nothing inside a table."""
    title = report.title.span.start if report.title else -1
    paragraph, item = BlockKind.PARAGRAPH, BlockKind.LIST_ITEM
    return [b for b in prose_outside_tables(report)
            if (b.kind is paragraph or b.kind is item) and b.span.start != title]


def _spaced(text: str) -> bool:
    return " " in text or "\u3000" in text or "\t" in text or "\u00a0" in text


def _unspaced(text: str) -> str:
    return replace_chars(text, _SPACES)


def _sentence_span(block, ordinal: int) -> Span:
    """The span of the ``ordinal``-th sentence of ``block`` (looked up only when reported)."""
    for index, match in enumerate(_SENTENCE.finditer(block.text)):
        if index == ordinal:
            return Span(block.span.start + match.start(), block.span.start + match.end())
    raise IndexError(ordinal)


def _may_repeat(blocks, minimum: int) -> bool:
    """False when no paragraph and no sentence of ``blocks`` can occur twice (the usual
    case), told quickly: a sentence's key (see ``check``) is the run of text before its
    end mark, so cutting the joined texts at every end mark and between blocks
    (str.replace and str.split, no regex) gives every key.  The punctuation count is
    left out: more candidates, never a repeat missed.  Runs that occur once each (short
    ones included) need no look at their lengths."""
    texts = [b.text for b in blocks if len(b.text) >= minimum]
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:
        return True  # a NUL in the text: no shortcut
    spaced = _spaced(joined)
    keys = [_unspaced(t) for t in texts] if spaced else texts
    if len(set(keys)) < len(keys):
        return True
    for mark in _ENDS:
        if mark in joined:
            joined = joined.replace(mark, "\x00")
    runs = joined.split("\x00")
    if spaced:
        runs = [_unspaced(run) for run in runs]
    distinct = set(runs)
    if len(distinct) - ("" in distinct) == len(runs) - runs.count(""):
        return False  # no run occurs twice, the empty ones aside (told in C loops)
    keys = [run for run in runs if len(run) >= minimum]
    return len(set(keys)) < len(keys)


def check(report, options: Options):
    paragraphs: dict[str, Span] = {}
    sentences: dict[str, tuple[Block, int]] = {}  # key -> (block, ordinal), first occurrence
    minimum = options.min_length
    blocks = _body_blocks(report)
    if not _may_repeat(blocks, minimum):
        return
    for block in blocks:
        text = block.text
        if len(text) < minimum:
            continue  # no sentence of it can be long enough either
        spaced = _spaced(text)
        key = _unspaced(text) if spaced else text
        if _long_enough(key, minimum):
            first = paragraphs.get(key)
            if first is not None:
                yield finding("DL302", block.span, "paragraph", [Related(first, _FIRST)],
                              text=_excerpt(text))
                continue
            paragraphs[key] = block.span
        for ordinal, sentence in enumerate(_SENTENCE.findall(text)):
            if len(sentence) < minimum:
                continue
            key = (_unspaced(sentence) if spaced else sentence).rstrip(_ENDS)
            if not _long_enough(key, minimum):
                continue
            earlier = sentences.get(key)
            if earlier is None:
                sentences[key] = (block, ordinal)
                continue
            yield finding("DL302", _sentence_span(block, ordinal), "sentence",
                          [Related(_sentence_span(*earlier), _FIRST)],
                          text=_excerpt(sentence))

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
