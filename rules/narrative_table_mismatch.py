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

import re
from dataclasses import dataclass, field

from disclosure_lint import template as tpl
from disclosure_lint.model import BlockKind, Span
from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.tablecheck import column_name, number, readable, row_name

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_HAS_FULLWIDTH = re.compile("[０-９]")
_TERMINAL = "。！？!?；;"
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}

_NUM = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|[零一二两三四五六七八九十]{1,3})\s*件"


def _gap(size: int) -> str:
    """Text between a keyword and its number: no digits, no clause boundary."""
    return rf"(?P<g>[^。！？!?；;，,、：:\d\n（）()]{{0,{size}}}?)"


_APPLICANT_WORDS = "|".join(w for w, _ in tpl.NARRATIVE_APPLICANTS)
_RESULT_WORDS = "|".join(w for w, _ in tpl.NARRATIVE_RESULTS)

# (kind, pattern); earlier patterns win when two claim the same number.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("carry_in", re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年度?|上一?年度?|去年)的?(?:结转|转结)"
                            + _gap(16) + _NUM)),
    ("carry_in", re.compile(r"结转自?(?:上一?年度?|去年)" + _gap(16) + _NUM)),
    ("carry_out", re.compile(r"结转(?:至|到)?(?:下一?年度?|明年|次年|(?P<y>(?:19|20)\d{2})\s*年度?)"
                             r"(?:继续)?(?:办理)?的?" + _gap(12) + _NUM)),
    ("carry_out", re.compile(_NUM + r"(?P<g>申请|政府信息公开申请)?(?:需|将|已|均)?"
                             r"结转(?:至|到)?(?:下一?年度?|明年|次年)")),
    ("carry", re.compile(r"(?<![上下年度])结转(?![上下至到自])" + _gap(10) + _NUM)),
    ("new", re.compile(r"新收" + _gap(20) + _NUM)),
    ("received", re.compile(r"(?:收到|受理|接收|接到)了?(?:各类|各项|共)?\s*" + _NUM
                            + r"的?(?:政府信息公开|信息公开|依申请公开|公开)?申请(?!人)")),
    ("received", re.compile(r"(?:收到|受理|接收|接到)" + _gap(24) + _NUM)),
    ("received", re.compile(r"(?<![征接新])收(?=政府信息公开申请|信息公开申请|依申请)" + _gap(24) + _NUM)),
    ("done", re.compile(r"办结" + _gap(20) + _NUM)),
    ("handled", re.compile(r"办理" + _gap(20) + _NUM)),
    ("review_litigation", re.compile(r"行政复议(?:[、和及与或]|以及)(?:提起|被提起)?行政诉讼"
                                     + _gap(12) + _NUM)),
    ("review", re.compile(r"行政复议" + _gap(12) + _NUM)),
    ("litigation", re.compile(r"行政诉讼" + _gap(12) + _NUM)),
    ("applicant", re.compile(rf"(?P<w>{_APPLICANT_WORDS})" + _gap(8) + _NUM)),
    ("result", re.compile(rf"(?P<w>(?:{_RESULT_WORDS})(?:(?:[及和与或、]|以及)(?:{_RESULT_WORDS}))*)"
                          r"\s*(?P<g>的|申请|政府信息|信息)?\s*" + _NUM)),
)

# Words in the gap that make the figure something else than the table's count.
_OTHER_THING = re.compile(
    r"许可|审批|建议|提案|投诉|举报|信访|诉求|咨询|留言|热线|来电|来信|信函|网上|网络|当面|现场|"
    r"邮寄|传真|邮件|补正|延期|延长|转办|征求|意见|听证|费|同比|较|比上|增|减|上升|下降|累计|历年|"
    r"以来|其中|占|分别|平均|日均|月均|率|人次|批次|复议|诉讼")
_APPLICANT_GAP = re.compile(r"^(?:申请|提出|提出的|的|共|为|类|申请的|提出申请|的申请)?$")
_CASE_GAP = re.compile(r"^(?:案件|申请|案|的|共|案件共|共计|为)?$")
_OUTCOME = re.compile(r"纠错|纠正|败诉|撤销|确认违法|被驳回|维持")
_AFTER_OUTCOME = re.compile(r"\s*被?(?:纠错|纠正|败诉|撤销|确认违法)")
_MARKER = re.compile(r"信息公开|依申请|公开工作|公开申请")
# A year dating what follows (not a full date, not "2022年结转的3件" naming carried-in cases).
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月|度?的?(?:结转|转结))")
_OTHER_YEAR_WORDS = re.compile(r"上年|上一年|去年|前年|往年|同期|以来|截至|截止|累计")
_NONE_RECEIVED = re.compile(r"(?:未|没有|没)(?:收到|接到)(?:过|到)?(?P<g>[^。！？!?；;，,、：:\d\n]{0,20}?)"
                            r"申请(?!人|书|表)(?P<rest>[^。！？!?；;，,\n]*)")
_NONE_EXCLUDE = re.compile(r"复议|诉讼|投诉|举报|信访|许可|审批|延期|费|补正|更正|撤回")
_NO_CASE = re.compile(r"(?:未|没有)(?:发生|出现|收到|接到|产生|有)|未被|无")
_CLAUSE_END = re.compile(r"[。！？!?；;，,\n]")
_BARE_DONE = re.compile(r"^(?:了|完成|完毕|的|共|共计)?$")
_COUNT = re.compile(r"\d\s*件")
_T3_KINDS = ("received", "new", "done", "carry_in", "carry_out", "carry")


@dataclass
class Claim:
    kind: str
    start: int  # position of the number (or of the statement) in the run text
    end: int
    value: int
    words: str = ""  # applicant or result words
    base: str = ""  # for applicants: the claim they break down


@dataclass
class Reading:
    table: Text
    cells: list = field(default_factory=list)  # [(row, index)], summed
    name: Text = Text("", "")
    short: Text = Text("", "")


# ------------------------------------------------------------------ text

def _runs(report):
    """Narrative text in runs: blocks joined where a line break cut a sentence.

    Yields (text, offset) where ``offset(i)`` maps a position of ``text`` to the report."""
    blocks = [b for b in report.blocks()
              if b.kind is not BlockKind.ROW and not _looks_like_table(b.text)]
    index = 0
    while index < len(blocks):
        parts = [blocks[index]]
        while index + 1 < len(blocks) and _continues(report, blocks[index], blocks[index + 1]):
            index += 1
            parts.append(blocks[index])
        index += 1
        starts, text = [], ""
        for block in parts:
            starts.append((len(text), block.span.start))
            text += block.text

        def offset(i, starts=starts):
            base, origin = next((p, o) for p, o in reversed(starts) if p <= i)
            return origin + (i - base)

        yield (text.translate(_FULLWIDTH) if _HAS_FULLWIDTH.search(text) else text), offset


def _continues(report, block, following):
    """True when ``following`` continues the sentence of ``block`` (a broken line)."""
    if block.kind is not BlockKind.PARAGRAPH or following.kind is not BlockKind.PARAGRAPH:
        return False
    if block.text.rstrip().endswith(tuple(_TERMINAL + "：:")):
        return False
    between = report.text[block.span.end:following.span.start]
    return between.count("\n") <= 1 and not between.strip()


def _looks_like_table(text):
    return "勾稽关系" in text or "结果维持结果纠正" in text or \
        re.search(r"结果维持\s*结果纠正", text) is not None or text.startswith("第二十条")


_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _sentences(text):
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield start, text[start:match.end()]
        start = match.end()
    if start < len(text):
        yield start, text[start:]


def _value(raw):
    raw = raw.replace(",", "")
    if raw.isdigit():
        return int(raw)
    if raw == "十":
        return 10
    if raw.startswith("十"):
        return 10 + _CN_DIGITS.get(raw[1:], 0)
    if "十" in raw:
        tens, _, units = raw.partition("十")
        return _CN_DIGITS.get(tens, 0) * 10 + (_CN_DIGITS.get(units, 0) if units else 0)
    if len(raw) == 1:
        return _CN_DIGITS.get(raw)
    return None


def _about_other_year(sentence, pos, year):
    """True when the clause before ``pos`` dates the figure in another year."""
    before = sentence[:pos]
    years = list(_YEAR.finditer(before))
    if years and year is not None and int(years[-1].group(1)) != year:
        return True
    clause = re.split(r"[，,；;]", before)[-1]
    return _OTHER_YEAR_WORDS.search(clause) is not None


def _in_subset(sentence, pos):
    """True when 其中 opens a breakdown before ``pos`` in the same clause group."""
    return "其中" in re.split(r"[；;]", sentence[:pos])[-1]


def _claims(sentence, year):
    """The figures of one sentence, in order; a breakdown by applicant refers to the figure
    right before it (``base``), with no other count in between."""
    claims: list[Claim] = []
    taken: set[int] = set()
    base, last_end = "", 0
    found = []
    for order, (kind, pattern) in enumerate(_PATTERNS):
        for match in pattern.finditer(sentence):
            found.append((match.start("n"), order, kind, match))
    for pos, _, kind, match in sorted(found, key=lambda item: item[:2]):
        if pos in taken:
            continue
        if _COUNT.search(sentence[last_end:pos]):
            base = ""  # an unread count intervenes: what follows does not break down `base`
        claim = _claim(kind, match, sentence, year, base)
        if claim is None:
            continue
        taken.add(pos)
        last_end = claim.end
        if claim.kind == "handled":
            claim.kind = "done"
        if _in_brackets(sentence, pos):
            pass  # an aside ("23件（含上年结转1件）") leaves the figure it qualifies as base
        elif claim.kind in _T3_KINDS:
            base = claim.kind
        elif claim.kind != "applicant":
            base = ""
        claims.append(claim)
    return claims


def _in_brackets(sentence, pos):
    before = sentence[:pos]
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


def _claim(kind, match, sentence, year, base):
    gap = re.sub(r"\s+", "", match.groupdict().get("g") or "")
    value = _value(match.group("n"))
    if value is None:
        return None
    pos = match.start()
    claim = Claim(kind, match.start("n"), match.end("n"), value)
    if kind in ("applicant", "result"):
        if kind == "applicant" and (not base or not _APPLICANT_GAP.match(gap)):
            return None
        if kind == "result" and (not base and "申请" not in sentence
                                 or re.match(r"\s*[（(]?\s*(?:含|包括)", sentence[match.end():])):
            return None  # no application context, or an aggregate ("15件（含部分公开3件）")
        if _about_other_year(sentence, pos, year):
            return None
        claim.words = match.group("w")
        claim.base = base or "done"
        return claim
    if _in_subset(sentence, pos) or _OTHER_THING.search(gap):
        return None
    if kind == "carry_in":  # names its own year (上年, or the year before the report's)
        found = match.groupdict().get("y")
        if found and year is not None and int(found) != year - 1:
            return None
        return claim
    if kind == "carry_out":
        found = match.groupdict().get("y")
        if found and year is not None and int(found) != year + 1:
            return None
    if _about_other_year(sentence, pos, year):
        return None
    if kind == "received" and "申请" not in gap and not match.group(0).endswith("申请"):
        return None  # 收到 what? an application (申请) must be named
    if kind in ("done", "handled") and "申请" not in gap and (
            base not in _T3_KINDS or not _BARE_DONE.match(gap)):
        return None  # 办结 / 办理 of what? only of the applications the sentence is about
    if kind in ("review", "litigation", "review_litigation"):
        if not _CASE_GAP.match(gap) or _AFTER_OUTCOME.match(sentence, match.end()) \
                or not _MARKER.search(sentence):
            return None
    return claim


def _negations(sentence, year):
    """Claims that there was nothing: no applications, no reviews, no lawsuits."""
    for match in _NONE_RECEIVED.finditer(sentence):
        if _NONE_EXCLUDE.search(match.group("g") + match.group("rest")):
            continue
        if _about_other_year(sentence, match.start(), year):
            continue
        yield Claim("none_received", match.start(), match.end(), 0)
    for match in _NO_CASE.finditer(sentence):
        end = _CLAUSE_END.search(sentence, match.end())
        clause = sentence[match.end():end.start() if end else len(sentence)]
        if len(clause) > 40 or _OUTCOME.search(clause) or \
                _about_other_year(sentence, match.start(), year):
            continue
        for word, kind in (("行政复议", "no_review"), ("行政诉讼", "no_litigation")):
            at = clause.find(word)
            if at != -1 and not re.match(r"\s*\d", clause[at + len(word):]):
                start = match.end() + at
                yield Claim(kind, start, start + len(word), 0)


# ---------------------------------------------------------------- tables

def _t3_columns(table, keys):
    columns = table.value_columns or tpl.T3_COLUMNS
    return [columns.index(k) for k in keys if k in columns]


def _readings(report, claim):
    t3, t4 = report.tables.get("T3"), report.tables.get("T4")
    total = ("tot",)
    if claim.kind in ("received", "new", "done", "carry_in", "carry_out", "carry",
                      "none_received", "applicant"):
        if t3 is None:
            return []
        base = claim.base if claim.kind == "applicant" else claim.kind
        rows = {"received": [("r1_new",), ("r1_new", "r2_carry_in"), ("r3_total", "r4_carry_out")],
                "new": [("r1_new",)], "none_received": [("r1_new",)],
                "done": [("r3_total",)], "carry_in": [("r2_carry_in",)],
                "carry_out": [("r4_carry_out",)],
                "carry": [("r4_carry_out",), ("r2_carry_in",)]}[base]
        columns = total
        if claim.kind == "applicant":
            columns = dict(tpl.NARRATIVE_APPLICANTS)[claim.words]
        return [_t3_reading(t3, keys, columns) for keys in rows]
    if claim.kind == "result":
        if t3 is None:
            return []
        groups = {g for w, g in tpl.NARRATIVE_RESULTS if w in claim.words}
        specs = tpl.T3_ROWS_2019 if t3.edition == "2019" else tpl.T3_ROWS_2021
        keys = tuple(s.key for s in specs if s.group in groups)
        return [_t3_reading(t3, keys, total)]
    if t4 is None:
        return []
    fields = {"review": ("rv",), "no_review": ("rv",), "litigation": ("lit_direct", "lit_after"),
              "no_litigation": ("lit_direct", "lit_after"),
              "review_litigation": ("rv", "lit_direct", "lit_after")}[claim.kind]
    row = t4.rows.get(tpl.T4_ROW_KEY)
    if row is None or not readable(t4, row):
        return [None]
    indices = [tpl.T4_COLUMNS.index(f"{g}.total") for g in fields]
    name = " + ".join(tpl.t4_column_display(i, "zh") for i in indices)
    name_en = " + ".join(tpl.t4_column_display(i, "en") for i in indices)
    return [Reading(Text("四", "4"), [(row, i) for i in indices], Text(name, name_en))]


def _t3_reading(table, keys, columns):
    rows = [table.rows.get(k) for k in keys]
    if any(r is None or not readable(table, r) for r in rows):
        return None
    indices = _t3_columns(table, columns)
    if not indices:
        return None
    rows_zh = " + ".join(row_name(k).zh for k in keys)
    rows_en = " + ".join(row_name(k).en for k in keys)
    if len(indices) == 1:
        col = column_name(table, indices[0])
    else:
        col = Text("+".join(column_name(table, i).zh for i in indices),
                   " + ".join(column_name(table, i).en for i in indices))
    return Reading(Text("三", "3"), [(r, i) for r in rows for i in indices],
                   Text(f"{rows_zh} / {col.zh}", f"{rows_en} / {col.en}"),
                   _SHORT.get(keys, Text(rows_zh, rows_en)))


_SHORT = {
    ("r1_new",): Text("本年新收", "new"),
    ("r1_new", "r2_carry_in"): Text("本年新收加上年结转", "new plus carried over"),
    ("r3_total", "r4_carry_out"): Text("办理结果总计加结转下年度", "handled plus carried forward"),
    ("r2_carry_in",): Text("上年结转", "carried over"),
    ("r4_carry_out",): Text("结转下年度", "carried forward"),
}


def _sum(reading):
    return sum(number(row.cells[i]) for row, i in reading.cells)


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


def _check_claim(report, claim, offset, sentence_start):
    readings = [r for r in _readings(report, claim) if r is not None]
    if not readings:
        return
    values = [_sum(r) for r in readings]
    if claim.value in values:
        return
    first, value = readings[0], values[0]
    row, index = first.cells[0]
    related = [Related(row.cells[index].span, Text(f"表{first.table.zh}「{first.name.zh}」：{value}",
                                                   f"table {first.table.en} {first.name.en}: {value}"))]
    others, seen = [], {value}
    for reading, other in zip(readings[1:], values[1:]):
        if other not in seen:
            seen.add(other)
            others.append((reading.short, other))
    also = Text("", "")
    if others:
        also = Text("（" + "，".join(f"{n.zh}为 {v}" for n, v in others) + "）",
                    " (" + "; ".join(f"{n.en}: {v}" for n, v in others) + ")")
    span = Span(offset(sentence_start + claim.start), offset(sentence_start + claim.end - 1) + 1)
    if claim.kind in _NONE:
        yield finding("DL501", span, "none", related, what=_NONE[claim.kind], table=first.table,
                      cell=first.name, value=value)
        return
    yield finding("DL501", span, "mismatch", related, what=_what(claim), stated=claim.value,
                  table=first.table, cell=first.name, value=value, also=also)


# ---------------------------------------------------------- text-internal sums

_UNIT = r"(?P<u>条|件|个|篇|项)"
_TOTAL = re.compile(r"(?:共|总计|合计|累计)[^。；;，,\d]{0,20}?(?P<n>\d+)\s*" + _UNIT
                    + r"\s*[，,]?\s*(?P<open>[（(])?\s*其中\s*[，,：:]?")
_ITEM = re.compile(r"^(?P<label>[^\d]*?)(?P<n>\d+)\s*(?P<u>条|件|个|篇|项)$")


def _sum_findings(sentence):
    for match in _TOTAL.finditer(sentence):
        rest = sentence[match.end():]
        if match.group("open"):
            close = re.search(r"[）)]", rest)
            if close is None:
                continue
            body = rest[:close.start()]
        else:
            end = re.search(r"[。；;]", rest)
            body = rest[:end.start()] if end else rest
        items = [i.strip() for i in re.split(r"(?<=[条件个篇项])\s*[，,、；;]", body) if i.strip()]
        parsed = [_ITEM.match(i) for i in items]
        if len(items) < 3 or any(p is None or p.group("u") != match.group("u") for p in parsed):
            continue
        if not any(re.match(r"(?:以及|及|和)?(?:其他|其它)", p.group("label")) for p in parsed):
            continue
        parts = [int(p.group("n")) for p in parsed]
        if sum(parts) != int(match.group("n")):
            yield match.start("n"), match.end("n"), int(match.group("n")), parts, match.group("u")


def check(report, options):
    year = report.year
    for text, offset in _runs(report):
        for start, sentence in _sentences(text):
            # Cheap gates first: most sentences hold no count (件), no negation, no 其中.
            if "件" in sentence:
                for claim in _claims(sentence, year):
                    yield from _check_claim(report, claim, offset, start)
            if "未" in sentence or "没" in sentence or "无" in sentence:
                for claim in _negations(sentence, year):
                    yield from _check_claim(report, claim, offset, start)
            if "其中" not in sentence:
                continue
            for a, b, stated, parts, unit in _sum_findings(sentence):
                span = Span(offset(start + a), offset(start + b - 1) + 1)
                yield finding("DL501", span, "sum", stated=stated, total=sum(parts),
                              unit=unit, count=len(parts),
                              parts="+".join(str(p) for p in parts))


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
