"""DL701 mixed-punctuation-width: half-width punctuation inside Chinese text.

What it checks
    Half-width , ; : ( ) ? ! in the narrative (paragraphs, list items, headings,
    the title) with Chinese on both sides: the nearest non-space character before
    it is a Chinese character or Chinese punctuation, and so is the one after it
    (``不够,工作``, ``《条例》(以下简称``). One finding per line, at the first
    occurrence, with the number of occurrences on that line and the corrected
    text. A line holds many sentences in crawler copies; it is still one finding.
    Not reported: table rows and anything inside a table; the colon of a page
    metadata field before the report (来源:原创, 当前位置:首页, a label of at most six
    characters at the start of the line or after a space); numbers (``1,000``,
    ``3.5``, ``10:30``); URLs and e-mail addresses; ASCII text (``(www.gov.cn)``,
    ``PDF,DOC``); the numbering of a heading or paragraph head (``(一)``), whose
    width DL105 compares among sibling headings.

Why
    Chinese text takes full-width punctuation (GB/T 15834《标点符号用法》); half-width
    commas and brackets between Chinese characters are a typesetting slip, often
    from pasting, and make the report's wording look unedited (domain.md §1.4).

Example (fails)
    公开的数量不够,工作信息公开较多,但涉及群众切身利益的信息公开略有不足;

Use instead
    公开的数量不够，工作信息公开较多，但涉及群众切身利益的信息公开略有不足；
"""

import re

from disclosure_lint import patterns
from disclosure_lint.model import BlockKind, Span
from disclosure_lint.narrative import all_blocks, in_a_table, joined_text
from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.template import HALF_TO_FULL

_HALF = patterns.compile("[" + re.escape("".join(HALF_TO_FULL)) + "]")
# Chinese characters and Chinese (full-width) punctuation
_CHINESE = patterns.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20"
                            r"\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u2014]")
_URL = patterns.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff01-\uff65]*|"
                        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_LEAD_NUMBERING = patterns.compile(r"^\s*[(（][一二三四五六七八九十\d]{1,3}[)）]")
# page metadata before the report ("来源:原创", "当前位置:首页", "【字体:"): a field label
_FIELD = patterns.compile(r"(?:^|(?<=\s))\W{0,2}[\u4e00-\u9fff]{1,6}\s*:")


def _neighbour(text: str, index: int, step: int) -> str:
    index += step
    while 0 <= index < len(text) and text[index] in " \t\u3000":
        index += step
    return text[index] if 0 <= index < len(text) else ""


def _hits(text: str, preamble: bool = False):
    if not _HALF.search(text):
        return
    masked = list(text)
    for field in _FIELD.finditer(text) if preamble else ():
        masked[field.end() - 1] = "a"
    for match in _URL.finditer(text):
        for i in range(match.start(), match.end()):
            masked[i] = "a"
    lead = _LEAD_NUMBERING.match(text)
    if lead:
        for i in range(lead.start(), lead.end()):
            masked[i] = "a"
    flat = "".join(masked)
    for match in _HALF.finditer(flat):
        i = match.start()
        before, after = _neighbour(flat, i, -1), _neighbour(flat, i, 1)
        if not before or not after:
            continue
        if _CHINESE.match(before) and _CHINESE.match(after):
            yield i


def _fixed(text: str, start: int, end: int, flagged: set[int]) -> str:
    """The excerpt with the reported marks (only those) in full width."""
    return "".join(HALF_TO_FULL[text[i]] if i in flagged else text[i] for i in range(start, end))


def _any_half(texts) -> bool:
    text = "\x00".join(texts)  # (one test of each mark, not one per text)
    for char in HALF_TO_FULL:
        if char in text:
            return True
    return False


def check(report, options):
    # Most reports hold no half-width mark at all: the joined text of every block (and the
    # title and headings, kept apart from the blocks) tells it with a few substring tests.
    texts = [joined_text(report), *(s.heading.title for s in report.sections)]
    if report.title is not None:
        texts.append(report.title.text)
    if not _any_half(texts):
        return
    in_table = in_a_table(report)
    blocks = all_blocks(report)
    if report.title is not None:
        blocks = [report.title, *blocks]
    heads = [(s.heading.title_span, s.heading.title) for s in report.sections]
    body_start = report.sections[0].heading.span.start if report.sections else len(report.text)
    items = [(b.span, b.text) for b in blocks if b.kind is not BlockKind.ROW] + heads
    per_line: dict[int, list[int]] = {}
    seen_blocks = set()
    for span, text in sorted(items, key=lambda item: item[0].start):
        if span.start in seen_blocks or in_table(span.start):
            continue
        seen_blocks.add(span.start)
        for i in _hits(text, preamble=span.start < body_start):
            offset = span.start + i
            per_line.setdefault(report.lines.line_of(offset), []).append(offset)
    for line in sorted(per_line):
        offsets = per_line[line]
        first = offsets[0]
        line_start = report.lines.line_start(line)
        start = max(line_start, first - 4)
        while start > max(line_start, first - 12) and report.text[start - 1].isascii() \
                and (report.text[start - 1].isalnum() or report.text[start - 1] in ".,"):
            start -= 1  # do not cut a number or a word in two
        end = min(len(report.text), first + 5)
        stop = report.text.find("\n", first)
        if stop != -1:
            end = min(end, stop)
        excerpt = report.text[start:end]
        yield finding("DL701", Span(first, first + 1), "half-width",
                      char=report.text[first], full=HALF_TO_FULL[report.text[first]],
                      count=len(offsets), excerpt=excerpt,
                      fixed=_fixed(report.text, start, end, set(offsets)))


RULE = Rule(
    code="DL701",
    name="mixed-punctuation-width",
    severity=Severity.INFO,
    summary=Text("中文文字中夹用半角标点", "half-width punctuation inside Chinese text"),
    check=check,
    messages={
        "half-width": {"zh": "中文文字中用了半角标点「{char}」（本行共 {count} 处），如「{excerpt}」",
                       "en": "half-width \"{char}\" inside Chinese text ({count} on this line), "
                             "e.g. \"{excerpt}\""},
        "hint": {"zh": "改用全角标点，如「{fixed}」（「{char}」→「{full}」）",
                 "en": "use full-width punctuation: \"{fixed}\" (\"{char}\" → \"{full}\")"},
    },
    doc=__doc__,
)
