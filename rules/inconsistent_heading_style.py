"""DL105 inconsistent-heading-style: mixed heading markup, levels or bracket widths.

What it checks
    1. The six top-level headings (一、… 六、): each is plain text, bold, or a
       markdown heading of some level (``##``, ``###`` …). When they differ, the
       style most of them use is the reference (on a tie, the style of the first
       heading) and every other heading is reported once, naming that style.
    2. The sub-headings numbered （一）（二）… directly inside one section: the
       ones that differ from the majority in bracket width (（一） full-width vs
       (二) half-width) or, among those written as headings, in markup
       (``#### (一)`` vs a plain ``(二)``).
    Not compared: sub-headings of different sections (each part may use its own
    style consistently), run-in paragraph heads for markup, and anything inside a
    table (row labels such as (一)予以公开).

Why
    The 2021 format gives the six parts as one level of headings; mixed markup
    makes some parts look subordinate to others and breaks outlines, tables of
    contents and automatic collection (domain.md §1.3, §8 item 1).

Example (fails)
    ## 二、主动公开政府信息情况
    ### 三、收到和处理政府信息公开申请情况
    **六、其他需要报告的事项**

Use instead
    ## 二、主动公开政府信息情况
    ## 三、收到和处理政府信息公开申请情况
    ## 六、其他需要报告的事项
"""

from collections import Counter

from disclosure_lint import patterns
from disclosure_lint.model import BlockKind, HeadingStyle, Span
from disclosure_lint.narrative import in_a_table, section_prose
from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.template import ORDINALS

_HEADING, _MARKDOWN = BlockKind.HEADING, HeadingStyle.MARKDOWN  # (enum members: slow to look up)
_MARKUP = patterns.compile(r"[ \t\u3000]*(?:#{1,6}[ \t]*)?(?:\*\*)?")
_SUB = patterns.compile(r"^([(（])([一二三四五六七八九十]+)([)）])\s*(.*)$")


def _style_name(style: HeadingStyle, level: int) -> Text:
    if style is HeadingStyle.MARKDOWN:
        marks = "#" * level
        return Text(f"{level}级标题“{marks}”", f"a level-{level} heading \"{marks}\"")
    if style is HeadingStyle.BOLD:
        return Text("加粗“**…**”", "bold \"**…**\"")
    return Text("普通文字行", "a plain line")


def _styled(style: HeadingStyle, level: int, text: str) -> str:
    if style is HeadingStyle.MARKDOWN:
        return "#" * level + " " + text
    if style is HeadingStyle.BOLD:
        return f"**{text}**"
    return text


def _whole_line(report, span: Span) -> Span:
    """The heading from its markup on (the markup is what differs)."""
    start = report.lines.line_start(report.lines.line_of(span.start))
    if _MARKUP.fullmatch(report.text[start:span.start]):
        return Span(start, span.end)
    return span


def _majority(keys):
    counts = Counter(keys)
    best = max(counts.values())
    return next(k for k in keys if counts[k] == best)


def _top_level(report):
    headings = [s.heading for s in report.sections]
    keys = [(h.style, h.level if h.style is _MARKDOWN else 0) for h in headings]
    if len(set(keys)) < 2:
        return
    ref = _majority(keys)
    first = headings[keys.index(ref)]
    for heading, key in zip(headings, keys):
        if key == ref:
            continue
        text = f"{heading.ordinal_text}{heading.separator or '、'}{heading.title}"
        yield finding("DL105", _whole_line(report, heading.span), "top",
                      ordinal=ORDINALS[heading.ordinal - 1],
                      found=_style_name(*key), expected=_style_name(*ref),
                      fixed=_styled(ref[0], ref[1], text),
                      related=[Related(_whole_line(report, first.span),
                                       Text("多数标题的格式", "the majority style"))])


_WIDTHS = {("（", "）"): "full", ("(", ")"): "half"}


_WIDTH_NAME = {"full": Text("全角括号“（一）”", "full-width brackets \"（一）\""),
               "half": Text("半角括号“(一)”", "half-width brackets \"(一)\"")}
_WIDTH_PAIR = {"full": ("（", "）"), "half": ("(", ")")}


_BRACKETS = ("(", "（")  # what _SUB needs first


def _sub_headings(report, candidates):
    """(block, match) of the numbered sub-headings among ``candidates`` (blocks of one
    section that are not rows, so headings, paragraphs or list items, and start with a
    bracket), in order, outside tables."""
    inside = in_a_table(report)
    found = []
    for block in candidates:
        match = _SUB.match(block.text)
        if match and not inside(block.span.start):
            found.append((block, match))
    return found


def _alike(candidates):
    """True when the sub-headings among ``candidates`` cannot differ: every block opens
    with the same bracket and none holds a closing bracket of the other width (so every
    numbering has the width of that bracket), and the headings among them share one
    markup.  Told without reading the numberings (the usual case)."""
    opening = candidates[0].text[0]
    other_closing = ")" if opening == "（" else "）"
    keys = set()
    for block in candidates:
        text = block.text
        if text[0] != opening or other_closing in text:
            return False
        if block.kind is _HEADING:
            keys.add((block.style, block.level if block.style is _MARKDOWN else 0))
    return len(keys) < 2


def _sub_levels(report):
    for section in report.sections:
        prose = section_prose(report, section)
        # what _SUB needs first: most blocks stop here (a plain test of each block text)
        candidates = [b for b in prose if b.text.startswith(_BRACKETS)]
        if len(candidates) < 2 or _alike(candidates):
            continue
        items = _sub_headings(report, candidates)
        if len(items) < 2:
            continue
        widths = [_WIDTHS.get(m.group(1, 3), "mixed") for _, m in items]
        if len(set(widths)) > 1:
            ref = _majority(widths)
            if ref == "mixed":
                ref = "full"  # no consistent majority: the Chinese form is the reference
            first = items[widths.index(ref)][0] if ref in widths else items[0][0]
            open_, close = _WIDTH_PAIR[ref]
            for (block, match), width in zip(items, widths):
                if width == ref:
                    continue
                numbering = match.group(1) + match.group(2) + match.group(3)
                rest = match.group(4)
                fixed = open_ + match.group(2) + close + (rest if len(rest) <= 20
                                                          else rest[:20] + "…")
                yield finding("DL105", Span(block.span.start, block.span.start + len(numbering)),
                              "bracket", found=numbering, expected=_WIDTH_NAME[ref],
                              fixed=fixed,
                              related=[Related(first.span, Text("同级标题的写法",
                                                                "how its siblings are written"))])
        headings = [(b, m) for b, m in items if b.kind is _HEADING]
        keys = [(b.style, b.level if b.style is _MARKDOWN else 0)
                for b, _ in headings]
        if len(set(keys)) < 2:
            continue
        ref = _majority(keys)
        first = headings[keys.index(ref)][0]
        for (block, match), key in zip(headings, keys):
            if key == ref:
                continue
            yield finding("DL105", _whole_line(report, block.span), "sub",
                          found=_style_name(*key), expected=_style_name(*ref),
                          fixed=_styled(ref[0], ref[1], block.text[:40]),
                          related=[Related(_whole_line(report, first.span),
                                          Text("同级标题的写法", "how its siblings are written"))])


def check(report, options):
    yield from _top_level(report)
    yield from _sub_levels(report)


RULE = Rule(
    code="DL105",
    name="inconsistent-heading-style",
    severity=Severity.INFO,
    summary=Text("同级标题的格式、级别或括号宽度不一致",
                 "headings of one level use mixed markup, levels or bracket widths"),
    check=check,
    messages={
        "top": {"zh": "第{ordinal}部分标题用的是{found}，其他多数部分标题用的是{expected}",
                "en": "the heading of section {ordinal} is {found}; most section headings are "
                      "{expected}"},
        "top.hint": {"zh": "统一为{expected}：{fixed}", "en": "use {expected}: {fixed}"},
        "sub": {"zh": "此小标题用的是{found}，同部分的同级小标题用的是{expected}",
                "en": "this sub-heading is {found}; its siblings in the section are {expected}"},
        "sub.hint": {"zh": "统一为{expected}：{fixed}", "en": "use {expected}: {fixed}"},
        "bracket": {"zh": "小标题序号「{found}」与同部分的同级小标题括号宽度不一致（多数用{expected}）",
                    "en": "the numbering \"{found}\" differs in bracket width from its siblings "
                          "(most use {expected})"},
        "bracket.hint": {"zh": "改为「{fixed}」", "en": "write \"{fixed}\""},
    },
    doc=__doc__,
)
