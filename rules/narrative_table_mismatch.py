"""DL501 narrative-table-mismatch: a number in the text disagrees with table 三 or 四.

What it checks
    Figures the text states about applications, reviews and lawsuits, read from the
    sentence (spaces such as ``749 件``, full-width digits and lines broken by a PDF
    extraction are tolerated), against the table cell they restate (domain.md §4.4):

    * 收到 / 受理 / 接收 …申请X件 — table 三 一、本年新收 总计; "received" is also accepted
      as 新收 + 上年结转, or as （七）总计 + 结转下年度 (a report saying 收到75件 with 74
      new and 1 carried in is right);
    * 本年新收X件 — 一、本年新收 总计 (only that reading);
    * 没有收到 / 未收到…申请 — 一、本年新收 总计 must be 0;
    * 上年结转X件 — 二、上年结转; 结转下年度X件, X件结转下一年 — 四、结转下年度继续办理;
      结转X件 without a direction — either of the two;
    * 办结X件 / 办理X件 of applications (申请 named, or right after a figure about
      applications in the same sentence) — 三、（七）总计;
    * 自然人X件, 法人或其他组织X件, 商业企业X件 … after one of the above — the same cell(s)
      in that column (or sum of columns), with the same readings;
    * 予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 / 其他处理 X件 (joined as in
      "予以公开及部分公开208件") — the 总计 column summed over the rows of those groups;
    * 行政复议X件 — table 四 行政复议 总计; 行政诉讼X件 — the sum of the two litigation
      总计; 行政复议、行政诉讼X件 — all three; 未发生 / 未收到 …行政复议 / 行政诉讼 — 0.
    * In the text itself: a total followed by its breakdown into three or more categories
      in the same unit, one of them a catch-all (其他…X条), that does not add up (共公布政府信息2599条，(其中
      …25条，…，其他应主动公开政府信息856条) where the parts make 2533).

    Not reported: statements about another year (a year other than the report year, 上年,
    去年, comparisons 同比 / 较 / 增加), cumulative figures (累计, 以来), subsets after 其中
    (其中网上申请12件), channels, other kinds of requests (行政许可申请, 群众诉求,
    建议提案), "未发生行政复议纠错 / 行政诉讼败诉" (outcomes, not counts), and any
    comparison with a table row that is absent or unreadable (wrong number of cells).

Why
    The text and the tables of one report must tell the same story; supervisors treat a
    contradiction as 数据失准 (domain.md §4.4, §7 E14).

Example (fails), with table 三 一、本年新收 总计 = 0
    本年度我镇共收到政府信息公开申请2件。

Use instead
    本年度我镇没有收到政府信息公开申请。
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from disclosure_lint import patterns
from disclosure_lint import template as tpl
from disclosure_lint.model import BlockKind, Span
from disclosure_lint.narrative import prose_blocks
from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.tablecheck import column_name, readable_rows, row_name

from .narrative_claims import claims, negations, sum_findings

_TERMINAL_OR_COLON = tuple("。！？!?；;：:")
_RESULT_HEADER = patterns.compile(r"结果维持\s*结果纠正")
# A sentence with its end mark (。！？!? or a line break), or the rest of the text.
_SENTENCE = patterns.compile(r"[^。！？!?\n]*[。！？!?\n]|[^。！？!?\n]+")


# ------------------------------------------------------------------ text

def _runs(report):
    """Narrative text in runs: blocks joined where a line break cut a sentence.

    Yields (text, blocks): ``_offsets(blocks)`` maps a position of ``text`` to the report.
    Only runs that may hold a claim (件, a negation, 其中) are yielded: each holds a block
    with one of 件未没无其, so only the runs of those blocks are put together.  Digits are
    as written: the sentence readers read full-width ones as ASCII where it matters."""
    blocks, texts = _narrative_blocks(report)
    wanted = [i for i, text in enumerate(texts)
              if "件" in text or "未" in text or "没" in text or "无" in text or "其" in text]
    source = report.text
    last = -1  # the last block of the run before
    for index in wanted:
        if index <= last:
            continue  # (in the run before)
        first = index
        # (not into the run before: its last block was found not to continue)
        # (a block that ends with an end mark, as most do, does not continue: no call)
        while first > last + 1 and not texts[first - 1].endswith(_TERMINAL_OR_COLON) \
                and _continues(blocks, first - 1, source):
            first -= 1
        last = index
        while last + 1 < len(blocks) and not texts[last].endswith(_TERMINAL_OR_COLON) \
                and _continues(blocks, last, source):
            last += 1
        if first == last:  # (most runs are one block)
            text = texts[index]
        else:
            text = "".join(texts[first:last + 1])
        if "件" in text or "未" in text or "没" in text or "无" in text or "其中" in text:
            yield text, blocks[first:last + 1]


def _narrative_blocks(report):
    """The prose blocks that may hold narrative, and their texts: not the text of a table
    that the lexer took for prose, i.e. the note on its identity (勾稽关系), a header
    (结果维持 结果纠正, 第二十条…).  One look at all the texts tells that none is such
    (one character first: ``in`` finds one much faster than a word of several)."""
    blocks = prose_blocks(report)
    texts = [b.text for b in blocks]
    joined = "\x00".join(texts)
    if "稽" in joined and "勾稽关系" in joined or "第" in joined and "第二十条" in joined \
            or "维" in joined and "结果维持" in joined:
        blocks = [b for b in blocks
                  if "勾稽关系" not in b.text and not b.text.startswith("第二十条")
                  and ("结果维持" not in b.text or _RESULT_HEADER.search(b.text) is None)]
        texts = [b.text for b in blocks]
    return blocks, texts


def _continues(blocks, index, source):
    """True when the block after ``blocks[index]`` continues its sentence: a line broken in
    the middle of a paragraph."""
    block, following = blocks[index], blocks[index + 1]
    if block.kind is not BlockKind.PARAGRAPH or following.kind is not BlockKind.PARAGRAPH \
            or block.text.rstrip().endswith(_TERMINAL_OR_COLON):
        return False
    between = source[block.span.end:following.span.start]
    return between.count("\n") <= 1 and not between.strip()


def _offsets(parts):
    """A function mapping a position of the joined text of ``parts`` to a report offset."""
    if len(parts) == 1:
        start = parts[0].span.start
        return lambda i: start + i
    bases, origins, pos = [], [], 0
    for block in parts:
        bases.append(pos)
        origins.append(block.span.start)
        pos += len(block.text)

    def offset(i):
        at = bisect_right(bases, i) - 1
        return origins[at] + (i - bases[at])

    return offset


# ---------------------------------------------------------------- tables

class _Reading:
    """A table cell, or a sum of cells, that a claim restates; named only when reported."""

    __slots__ = ("table", "cells", "keys", "indices", "t3", "value")

    def __init__(self, table, cells, keys, indices, t3, value):
        self.table = table  # Text: 三 or 四
        self.cells = cells  # [(row, index)], summed
        self.keys = keys  # T3: the row keys
        self.indices = indices
        self.t3 = t3  # the T3 table, None for table 四
        self.value = value  # the sum of ``cells`` as DL211 … count them (a blank is 0)

    def name(self) -> Text:
        if self.t3 is None:
            name = " + ".join(tpl.t4_column_display(i, "zh") for i in self.indices)
            name_en = " + ".join(tpl.t4_column_display(i, "en") for i in self.indices)
            return Text(name, name_en)
        rows_zh, rows_en = self._rows()
        if len(self.indices) == 1:
            col = column_name(self.t3, self.indices[0])
        else:
            col = Text("+".join(column_name(self.t3, i).zh for i in self.indices),
                       " + ".join(column_name(self.t3, i).en for i in self.indices))
        return Text(f"{rows_zh} / {col.zh}", f"{rows_en} / {col.en}")

    def short(self) -> Text:
        if self.t3 is None:
            return Text("", "")
        return _SHORT.get(self.keys) or Text(*self._rows())

    def _rows(self):
        return (" + ".join(row_name(k).zh for k in self.keys),
                " + ".join(row_name(k).en for k in self.keys))


_T3_ROWS = {"received": (("r1_new",), ("r1_new", "r2_carry_in"), ("r3_total", "r4_carry_out")),
            "new": (("r1_new",),), "none_received": (("r1_new",),),
            "done": (("r3_total",),), "carry_in": (("r2_carry_in",),),
            "carry_out": (("r4_carry_out",),),
            "carry": (("r4_carry_out",), ("r2_carry_in",))}
_T4_FIELDS = {"review": ("rv",), "no_review": ("rv",), "litigation": ("lit_direct", "lit_after"),
              "no_litigation": ("lit_direct", "lit_after"),
              "review_litigation": ("rv", "lit_direct", "lit_after")}
_T4_INDICES = {fields: tuple(tpl.T4_COLUMNS.index(f"{g}.total") for g in fields)
               for fields in _T4_FIELDS.values()}
_T3_CLAIMS = frozenset(_T3_ROWS) | {"applicant"}
_APPLICANT_COLUMNS = dict(tpl.NARRATIVE_APPLICANTS)
_TOTAL = ("tot",)


class _Tables:
    """The readings of one report's tables that claims are compared with: which readings a
    kind of claim has, and the value of each, worked out once per report (a reading itself
    is built only for a claim that disagrees)."""

    __slots__ = ("_report", "_t3", "_t4", "_shape", "_sums", "_t3_rows", "_t4_row")

    def __init__(self, report):
        self._report = report
        self._t3, self._t4 = report.tables.get("T3"), report.tables.get("T4")
        # what decides which readings a claim has, besides the claim
        self._shape = (self._t3.edition if self._t3 is not None else None, self._t4 is None)
        self._sums = {}  # what to read -> ``_sum`` of it
        # the readable rows of table 三 and the row of table 四 (``readable_rows``), once asked
        self._t3_rows = self._t4_row = _UNREAD

    def disagreement(self, claim):
        """The readings for ``claim`` when it agrees with none of them (it usually agrees
        with the first: the others are then never read), else None."""
        kind = (claim.kind, claim.base, claim.words, self._shape)
        specs = _SPECS.get(kind)
        if specs is None:
            if len(_SPECS) > _SPECS_KEPT:
                _SPECS.clear()
            specs = _SPECS[kind] = self._specs_of(claim)
        sums = self._sums
        readable = []
        for spec in specs:
            found = sums.get(spec, _UNREAD)
            if found is _UNREAD:
                found = sums[spec] = self._sum(spec)
            if found is None:
                continue
            if found[0] == claim.value:
                return None
            readable.append((spec, found))
        return [self._reading(spec, *found) for spec, found in readable] or None

    def _specs_of(self, claim):
        """What a claim may restate: ("T3", row keys, columns) or ("T4", fields), in order."""
        t3 = self._t3
        if claim.kind in _T3_CLAIMS:
            if t3 is None:
                return ()
            base = claim.base if claim.kind == "applicant" else claim.kind
            columns = _APPLICANT_COLUMNS[claim.words] if claim.kind == "applicant" else _TOTAL
            return tuple(("T3", keys, columns) for keys in _T3_ROWS[base])
        if claim.kind == "result":
            if t3 is None:
                return ()
            groups = {g for w, g in tpl.NARRATIVE_RESULTS if w in claim.words}
            specs = tpl.T3_ROWS_2019 if t3.edition == "2019" else tpl.T3_ROWS_2021
            return (("T3", tuple(s.key for s in specs if s.group in groups), _TOTAL),)
        if self._t4 is None:
            return ()
        return (("T4", _T4_FIELDS[claim.kind]),)

    def _sum(self, spec):
        """What the reading ``spec`` sums: (its value as DL211 … count it, a blank as 0;
        its rows; the positions of its cells in each row), or None when a row is missing
        or unreadable or no column is there.  No reading is built."""
        if spec[0] == "T4":
            row = self._t4_row
            if row is _UNREAD:
                row = self._t4_row = readable_rows(self._report, self._t4).get(tpl.T4_ROW_KEY)
            if row is None:
                return None
            rows, indices = (row,), _T4_INDICES[spec[1]]
        else:
            table, usable = self._t3, self._t3_rows
            if usable is _UNREAD:
                usable = self._t3_rows = readable_rows(self._report, table)
            rows = []
            for key in spec[1]:
                row = usable.get(key)
                if row is None:
                    return None
                rows.append(row)
            indices = _column_indices(table.value_columns or tpl.T3_COLUMNS, spec[2])
            if not indices:
                return None
        return sum([row.numbers()[i] for row in rows for i in indices]), rows, indices

    def _reading(self, spec, value, rows, indices):
        """The reading ``spec``, from its ``_sum``."""
        cells = [(row, i) for row in rows for i in indices]
        if spec[0] == "T4":
            return _Reading(_TABLE_4, cells, (), indices, None, value)
        return _Reading(_TABLE_3, cells, spec[1], indices, self._t3, value)


_UNREAD = object()
# (kind, base, words, shape) -> what a claim may restate: the same for every report
# whose tables have that shape (``_Tables._shape``), so worked out once
_SPECS: dict = {}
_SPECS_KEPT = 4096  # (claims name a few dozen kinds; a bound all the same)


@lru_cache(maxsize=64)
def _column_indices(available, columns):
    """The positions in ``available`` of those of ``columns`` it has (template keys)."""
    return tuple(available.index(k) for k in columns if k in available)


_TABLE_3 = Text("三", "3")
_TABLE_4 = Text("四", "4")
_SHORT = {
    ("r1_new",): Text("本年新收", "new"),
    ("r1_new", "r2_carry_in"): Text("本年新收加上年结转", "new plus carried over"),
    ("r3_total", "r4_carry_out"): Text("办理结果总计加结转下年度", "handled plus carried forward"),
    ("r2_carry_in",): Text("上年结转", "carried over"),
    ("r4_carry_out",): Text("结转下年度", "carried forward"),
}


# ---------------------------------------------------------------- claims → findings

_WHAT = {
    "received": Text("收到的申请", "applications received"),
    "new": Text("本年新收的申请", "new applications"),
    "done": Text("办结的申请", "applications handled"),
    "carry_in": Text("上年结转的申请", "applications carried over from last year"),
    "carry_out": Text("结转下年度的申请", "applications carried forward"),
    "carry": Text("结转的申请", "applications carried over"),
    "review": Text("行政复议", "administrative reviews"),
    "litigation": Text("行政诉讼", "lawsuits"),
    "review_litigation": Text("行政复议和行政诉讼", "reviews and lawsuits"),
}
_NONE = {
    "none_received": Text("未收到政府信息公开申请", "no applications were received"),
    "no_review": Text("未发生行政复议", "there was no administrative review"),
    "no_litigation": Text("未发生行政诉讼", "there was no lawsuit"),
}


def _what(claim):
    if claim.kind == "applicant":
        base = _WHAT[claim.base]
        return Text(f"{claim.words}{base.zh}", f"{base.en} from {claim.words}")
    if claim.kind == "result":
        return Text(f"“{claim.words}”的申请", f"applications \"{claim.words}\"")
    return _WHAT[claim.kind]


def _mismatch(claim, readings, offset, sentence_start):
    """The finding for a claim that disagrees with ``readings``."""
    values = [r.value for r in readings]
    first, value = readings[0], values[0]
    name = first.name()
    row, index = first.cells[0]
    related = [Related(row.cells[index].span, Text(f"表{first.table.zh}「{name.zh}」：{value}",
                                                   f"table {first.table.en} {name.en}: {value}"))]
    others, seen = [], {value}
    for reading, other in zip(readings[1:], values[1:]):
        if other not in seen:
            seen.add(other)
            others.append((reading.short(), other))
    also = Text("", "")
    if others:
        also = Text("（" + "，".join(f"{n.zh}为 {v}" for n, v in others) + "）",
                    " (" + "; ".join(f"{n.en}: {v}" for n, v in others) + ")")
    span = Span(offset(sentence_start + claim.start), offset(sentence_start + claim.end - 1) + 1)
    if claim.kind in _NONE:
        return finding("DL501", span, "none", related, what=_NONE[claim.kind],
                       table=first.table, cell=name, value=value)
    return finding("DL501", span, "mismatch", related, what=_what(claim), stated=claim.value,
                   table=first.table, cell=name, value=value, also=also)


def check(report, options):
    year = report.year
    tables = _Tables(report)
    for text, blocks in _runs(report):
        offset = None  # (mapped to the report only when something is reported)
        start = 0  # of the sentence in the run
        for sentence in _SENTENCE.findall(text):
            # Cheap gates first: most sentences hold no count (件), no negation, no 其中.
            if "件" in sentence:
                for claim in claims(sentence, year):
                    readings = tables.disagreement(claim)
                    if readings:
                        offset = offset or _offsets(blocks)
                        yield _mismatch(claim, readings, offset, start)
            if "未" in sentence or "没" in sentence or "无" in sentence:
                for claim in negations(sentence, year):
                    readings = tables.disagreement(claim)
                    if readings:
                        offset = offset or _offsets(blocks)
                        yield _mismatch(claim, readings, offset, start)
            if "其中" in sentence:
                for a, b, stated, parts, unit in sum_findings(sentence):
                    offset = offset or _offsets(blocks)
                    span = Span(offset(start + a), offset(start + b - 1) + 1)
                    yield finding("DL501", span, "sum", stated=stated, total=sum(parts),
                                  unit=unit, count=len(parts),
                                  parts="+".join(str(p) for p in parts))
            start += len(sentence)


RULE = Rule(
    code="DL501",
    name="narrative-table-mismatch",
    severity=Severity.WARNING,
    summary=Text("正文数字与表格不一致", "a number in the text disagrees with the tables"),
    check=check,
    messages={
        "mismatch": {"zh": "文中{what}为 {stated} 件，与表{table}「{cell}」的 {value} 不符{also}",
                     "en": "the text gives {what} as {stated}, but table {table} "
                           "({cell}) has {value}{also}"},
        "mismatch.hint": {"zh": "核对正文与表格，更正错误的一方（“收到”可指本年新收，"
                                "或本年新收加上年结转）",
                          "en": "check the text against the table and correct whichever is "
                                "wrong (\"received\" may mean new, or new plus carried over)"},
        "none": {"zh": "文中称{what}，但表{table}「{cell}」为 {value}",
                 "en": "the text says {what}, but table {table} ({cell}) has {value}"},
        "none.hint": {"zh": "核对正文与表格，更正错误的一方",
                      "en": "check the text against the table and correct whichever is wrong"},
        "sum": {"zh": "文中总数 {stated}{unit} 与其后所列 {count} 项之和 {total}{unit} 不符（{parts}）",
                "en": "the text's total {stated} differs from the sum {total} of the "
                      "{count} parts listed after it ({parts}; unit {unit})"},
        "sum.hint": {"zh": "更正总数或分项，使分项之和等于总数",
                     "en": "correct the total or a part so that the parts add up"},
    },
    doc=__doc__,
)
