"""DL301 duplicate-listed-item: the same document or system listed twice in one enumeration.

What it checks
    Runs of quoted titles (“…”, 《…》) joined by 、，和 及 与 or nothing: the same title
    (after normalising widths and spaces) twice in one run. A title cited again in
    a later clause is not an enumeration and is not reported.  Also unquoted
    enumerations (items joined by 、 within one clause, outside the tables): an item
    of at least four Chinese characters given twice, and an item that is its own
    text twice with nothing between (``…新闻发布会、聚焦…发布会聚焦…发布会；``).

Why
    A repeated item in a list of 制度 or 文件 is a copy-paste slip that supervisors
    flag; the list then claims more than the unit has.

Example (fails)
    完善了“会盟镇政府信息公开制度”、“会盟镇政府信息公开考核评议制度”、“会盟镇政府信息公开考核评议制度”等

Use instead
    完善了“会盟镇政府信息公开制度”、“会盟镇政府信息公开考核评议制度”等
"""

from operator import itemgetter

from disclosure_lint import patterns
from disclosure_lint.model import BlockKind, Span
from disclosure_lint.narrative import (
    all_blocks,
    blocks_matching,
    normalise,
    prose_outside_tables,
)
from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.template import nfkc

_ITEM = patterns.compile(r"“([^”“]{2,80})”|《([^》《]{2,80})》|\"([^\"]{2,80})\"")
_JOINER = patterns.compile(r"^\s*(?:[、，,；;和及与]|以及|或)?\s*$")


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
_ADJACENT = tuple(patterns.compile(close + r'\s*(?:[、，,；;和及与]|以及|或)?\s*[“《"]')
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
                item = match.group(match.lastindex)  # (one group per kind of quote)
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
    yield from _unquoted(report)


_SEPARATORS = "，,。；;：:！？!?"  # (between clauses)
_CLAUSE = patterns.compile(f"[^{_SEPARATORS}]+")
_CJK = patterns.compile(r"[\u4e00-\u9fff]")
_TAIL = patterns.compile(r"(?:等|及其他|和其他).*$")
_QUOTED = patterns.compile("[“”《》\"]")

# For ``_may_repeat``: the tail of the last item of each clause, the clauses joined by NUL
# (what ``_untailed`` cuts, for a text without a line break), and what a key keeps for
# the comparison: its Chinese characters (and the 、 between keys).
_LAST_TAIL = patterns.compile(r"(?:等|及其他|和其他)[^、\x00]*(?=\x00|\Z)")
_NOT_CJK = patterns.compile(r"[^\u4e00-\u9fff、]+")
_LAST_FOUR = itemgetter(slice(-4, None))


def _untailed(item):
    """The last item of an enumeration without its tail (等…, 及其他…)."""
    if "等" in item or "其他" in item:  # (what _TAIL needs: most items have neither)
        return _TAIL.sub("", item)
    return item


def _may_repeat(text):
    """False when no 、-enumeration in the clauses of ``text`` (a clause, a block, or
    blocks joined by 。) can be reported by ``_unquoted``, told by a few loops in C over
    the whole text instead of Python work per clause (most reports end here).

    The items as ``_unquoted`` reads them (each clause's last item without its tail)
    of every enumeration together: none of at least 16 characters is its own text
    twice, and no two unquoted ones end, once normalised, in the same four Chinese
    characters.  A reported item's key has at least four, and a key repeated, or one
    the first item ends with, shares its last four with that other item.  Items of
    different clauses are compared too, and shorter keys among themselves: more
    candidates, never a repeat missed.  (An exotic 、 such as ﹑ that normalising
    turns into one splits a key in two: a key repeated still ends as the other does.)"""
    if "\n" in text:
        return True  # (_TAIL stops at a line break: no shortcut)
    for mark in _SEPARATORS:
        if mark in text:
            text = text.replace(mark, "\x00")
    clauses = text.split("\x00")
    text = "\x00".join([clause for clause in clauses if "、" in clause])
    if "等" in text or "其他" in text:
        text = _LAST_TAIL.sub("", text)
    text = text.replace("\x00", "、")
    items = text.split("、")
    for item in items:
        if len(item) >= 16:
            item = item.strip()
            half = len(item) // 2
            if item[:half] == item[half:]:
                return True
    if "“" in text or "”" in text or "《" in text or '"' in text:
        # (what _QUOTED finds, told by `in`: cheaper than a regex call per item)
        text = "、".join([item for item in items if "“" not in item and "”" not in item
                         and "《" not in item and "》" not in item and '"' not in item])
    keys = _NOT_CJK.sub("", nfkc(text)).split("、")  # (one normalisation of all items)
    return len(set(map(_LAST_FOUR, keys))) < len(keys)


def _unquoted(report):
    """Repeated and doubled items of 、-enumerations in prose outside the tables."""
    blocks = [block for block in prose_outside_tables(report) if "、" in block.text]
    if not blocks or not _may_repeat("。".join([block.text for block in blocks])):
        return  # (the whole report at once: most reports end here)
    for block in blocks:
        text = block.text
        if not _may_repeat(text):
            continue
        for clause in _CLAUSE.finditer(text):
            if "、" not in clause.group() or not _may_repeat(clause.group()):
                continue
            parts = clause.group().split("、")
            seen: dict[str, Span] = {}
            first = ""  # the first item, with whatever verb leads into the list
            position = clause.start()
            for number, raw in enumerate(parts):
                if number == len(parts) - 1:  # the last item runs on: '…、C等平台'
                    raw = _untailed(raw)
                item = raw.strip()
                start = block.span.start + position + raw.find(item[:1]) if item else 0
                position += len(raw) + 1
                if not item:
                    continue
                half = len(item) // 2
                if len(item) % 2 == 0 and half >= 8 and item[:half] == item[half:] \
                        and len(_CJK.findall(item[:half])) >= 6:
                    yield finding("DL301", Span(start + half, start + len(item)), "doubled",
                                  [Related(Span(start, start + half),
                                           Text("第一次列出", "first listed here"))],
                                  item=item[:half])
                    continue
                if _QUOTED.search(item):
                    continue  # quoted titles: the first pass reads those
                key = normalise(item)
                if number == 0:
                    first, first_span = key, Span(start, start + len(item))
                if len(_CJK.findall(key)) < 4:
                    continue
                earlier = seen.get(key) or (first_span if number and first.endswith(key)
                                            else None)
                if earlier is not None:
                    yield finding("DL301", Span(start, start + len(item)), "duplicate",
                                  [Related(earlier, Text("第一次列出", "first listed here"))],
                                  item=f"「{item}」")
                else:
                    seen[key] = Span(start, start + len(item))


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
        "doubled": {"zh": "「{item}」紧接着重复写了两遍",
                    "en": "「{item}」 is written twice in a row"},
        "hint": {"zh": "删除重复的一项，或改为本应列出的另一项制度或文件",
                 "en": "delete the repeated item, or replace it with the one that was meant"},
    },
    doc=__doc__,
)
