"""DL301 duplicate-listed-item: the same document or system listed twice in one enumeration.

What it checks
    Runs of quoted titles (“…”, 《…》) joined by 、，和 及 与 or nothing: the same title
    (after normalising widths and spaces) twice in one run. A title cited again in
    a later clause is not an enumeration and is not reported.

Why
    A repeated item in a list of 制度 or 文件 is a copy-paste slip that supervisors
    flag; the list then claims more than the unit has.

Example (fails)
    完善了“会盟镇政府信息公开制度”、“会盟镇政府信息公开考核评议制度”、“会盟镇政府信息公开考核评议制度”等

Use instead
    完善了“会盟镇政府信息公开制度”、“会盟镇政府信息公开考核评议制度”等
"""

import re

from disclosure_lint.model import BlockKind, Span
from disclosure_lint.narrative import (
    all_blocks,
    blocks_matching,
    normalise,
)
from disclosure_lint.rule import Related, Rule, Severity, Text, finding

_ITEM = re.compile(r"“([^”“]{2,80})”|《([^》《]{2,80})》|\"([^\"]{2,80})\"")
_JOINER = re.compile(r"^\s*(?:[、，,；;和及与]|以及|或)?\s*$")


def _runs(text):
    run = []
    previous_end = None
    for match in _ITEM.finditer(text):
        if previous_end is not None and not _JOINER.match(text[previous_end:match.start()]):
            if len(run) > 1:
                yield run
            run = []
        run.append(match)
        previous_end = match.end()
    if len(run) > 1:
        yield run


# Two items in a row: a closing mark, maybe a joiner, an opening mark.  A block without
# this holds no enumeration of two or more items (the usual case): a scan of the report
# finds the few that do (one pattern per closing mark: a regex that starts with one
# character scans much faster than one that starts with a choice).
_ADJACENT = tuple(re.compile(close + r'\s*(?:[、，,；;和及与]|以及|或)?\s*[“《"]')
                  for close in '”》"')


def check(report, options):
    blocks, row = all_blocks(report), BlockKind.ROW
    listing = set()
    for pattern in _ADJACENT:
        listing.update(blocks_matching(report, pattern))
    for index in sorted(listing):
        block = blocks[index]
        if block.kind is row:
            continue
        base = block.span.start
        for run in _runs(block.text):
            seen = {}
            for match in run:
                item = next(g for g in match.groups() if g)
                key = normalise(item)
                if key in seen:
                    first = seen[key]
                    yield finding("DL301", Span(base + match.start(), base + match.end()),
                                  "duplicate",
                                  [Related(Span(base + first.start(), base + first.end()),
                                           Text("第一次列出", "first listed here"))],
                                  item=match.group(0))
                else:
                    seen[key] = match


RULE = Rule(
    code="DL301",
    name="duplicate-listed-item",
    severity=Severity.WARNING,
    summary=Text("同一列举中重复列出同一文件或制度",
                 "the same document or system listed twice in one enumeration"),
    check=check,
    messages={
        "duplicate": {"zh": "{item}在同一列举中重复出现",
                      "en": "{item} is listed twice in the same enumeration"},
        "hint": {"zh": "删除重复的一项，或改为本应列出的另一项制度或文件",
                 "en": "delete the repeated item, or replace it with the one that was meant"},
    },
    doc=__doc__,
)
