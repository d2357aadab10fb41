r"""Reading the figures a sentence states (for DL501 narrative-table-mismatch).

A *claim* is one figure of a sentence with what it counts: applications received,
handled, carried over, reviews, lawsuits, a breakdown by applicant or by result,
or a statement that there was none.  This module only reads sentences; comparing
the claims with the tables is the rule's (``narrative_table_mismatch.py``).

Speed: a sentence is read only when a number stands before 件 (most 件 are in 文件),
each pattern is tried only when a word it cannot match without occurs in the sentence
(``_GATES``), and helpers read the sentence in place instead of slicing it.  Full-width
digits (０-９) are made ASCII only in a sentence that is read further: ``\d`` and ``int``
take either, only the years (19…, 20…) are written with ASCII digits in the patterns.
"""

from __future__ import annotations

import re
from operator import itemgetter

from disclosure_lint import patterns
from disclosure_lint import template as tpl
from disclosure_lint.narrative import halfwidth_digits

_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}

_NUM = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|[零一二两三四五六七八九十]{1,3})\s*件"


def _gap(size: int) -> str:
    """Text between a keyword and its number: no digits, no clause boundary."""
    return rf"(?P<g>[^。！？!?；;，,、：:\d\n（）()]{{0,{size}}}?)"


_APPLICANT_WORDS = tuple(w for w, _ in tpl.NARRATIVE_APPLICANTS)
_RESULT_WORDS = tuple(w for w, _ in tpl.NARRATIVE_RESULTS)
_RECEIVE_WORDS = ("收到", "受理", "接收", "接到")

# (kind, pattern); earlier patterns win when two claim the same number.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("carry_in", patterns.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年度?|上一?年度?|去年)的?(?:结转|转结)"
                                  + _gap(16) + _NUM)),
    ("carry_in", patterns.compile(r"结转自?(?:上一?年度?|去年)" + _gap(16) + _NUM)),
    ("carry_out", patterns.compile(r"结转(?:至|到)?(?:下一?年度?|明年|次年|(?P<y>(?:19|20)\d{2})\s*年度?)"
                                   r"(?:继续)?(?:办理)?的?" + _gap(12) + _NUM)),
    ("carry_out", patterns.compile(_NUM + r"(?P<g>申请|政府信息公开申请)?(?:需|将|已|均)?"
                                   r"结转(?:至|到)?(?:下一?年度?|明年|次年)")),
    ("carry", patterns.compile(r"(?<![上下年度])结转(?![上下至到自])" + _gap(10) + _NUM)),
    ("new", patterns.compile(r"新收" + _gap(20) + _NUM)),
    ("received", patterns.compile(r"(?:收到|受理|接收|接到)了?(?:各类|各项|共)?\s*" + _NUM
                                  + r"的?(?:政府信息公开|信息公开|依申请公开|公开)?申请(?!人)")),
    ("received", patterns.compile(r"(?:收到|受理|接收|接到)" + _gap(24) + _NUM)),
    ("received", patterns.compile(r"(?<![征接新])收(?=政府信息公开申请|信息公开申请|依申请)" + _gap(24) + _NUM)),
    ("done", patterns.compile(r"办结" + _gap(20) + _NUM)),
    ("handled", patterns.compile(r"办理" + _gap(20) + _NUM)),
    ("review_litigation", patterns.compile(r"行政复议(?:[、和及与或]|以及)(?:提起|被提起)?行政诉讼"
                                           + _gap(12) + _NUM)),
    ("review", patterns.compile(r"行政复议" + _gap(12) + _NUM)),
    ("litigation", patterns.compile(r"行政诉讼" + _gap(12) + _NUM)),
    ("applicant", patterns.compile(rf"(?P<w>{'|'.join(_APPLICANT_WORDS)})" + _gap(8) + _NUM)),
    ("result", patterns.compile(rf"(?P<w>(?:{'|'.join(_RESULT_WORDS)})(?:(?:[及和与或、]|以及)"
                                rf"(?:{'|'.join(_RESULT_WORDS)}))*)"
                                r"\s*(?P<g>的|申请|政府信息|信息)?\s*" + _NUM)),
)
# Gates: (words, patterns) — the patterns (by position in _PATTERNS) cannot match unless
# one of the words occurs in the sentence (every pattern also needs 件, which the caller
# checks once per sentence).  Most sentences open one or two gates.
_GATES: tuple[tuple[tuple[str, ...], tuple[int, ...]], ...] = (
    (("结转",), (1, 2, 3, 4)),
    (("结转", "转结"), (0,)),
    (("新收",), (5,)),
    (_RECEIVE_WORDS, (6, 7)),
    (("收政府信息公开申请", "收信息公开申请", "收依申请"), (8,)),
    (("办结",), (9,)),
    (("办理",), (10,)),
    (("行政复议",), (11, 12)),
    (("行政诉讼",), (13,)),
    (_APPLICANT_WORDS, (14,)),
    (_RESULT_WORDS, (15,)),
)
# Which optional groups each pattern has (``match.group`` raises on a group it lacks).
_HAS_GAP = tuple("g" in p.groupindex for _, p in _PATTERNS)
_HAS_YEAR = tuple("y" in p.groupindex for _, p in _PATTERNS)

# Words in the gap that make the figure something else than the table's count.
_OTHER_THING = patterns.compile(
    r"许可|审批|建议|提案|投诉|举报|信访|诉求|咨询|留言|热线|来电|来信|信函|网上|网络|当面|现场|"
    r"邮寄|传真|邮件|补正|延期|延长|转办|征求|意见|听证|费|同比|较|比上|增|减|上升|下降|累计|历年|"
    r"以来|其中|占|分别|平均|日均|月均|率|人次|批次|复议|诉讼")
_APPLICANT_GAP = patterns.compile(r"^(?:申请|提出|提出的|的|共|为|类|申请的|提出申请|的申请)?$")
_CASE_GAP = patterns.compile(r"^(?:案件|申请|案|的|共|案件共|共计|为)?$")
_OUTCOME = patterns.compile(r"纠错|纠正|败诉|撤销|确认违法|被驳回|维持")
_AFTER_OUTCOME = patterns.compile(r"\s*被?(?:纠错|纠正|败诉|撤销|确认违法)")
_MARKER = patterns.compile(r"信息公开|依申请|公开工作|公开申请")
# A year dating what follows (not a full date, not "2022年结转的3件" naming carried-in cases).
_YEAR = patterns.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月|度?的?(?:结转|转结))")
_OTHER_YEAR_WORDS = patterns.compile(r"上年|上一年|去年|前年|往年|同期|以来|截至|截止|累计")
_NONE_RECEIVED = patterns.compile(r"(?:未|没有|没)(?:收到|接到)(?:过|到)?(?P<g>[^。！？!?；;，,、：:\d\n]{0,20}?)"
                                  r"申请(?!人|书|表)(?P<rest>[^。！？!?；;，,\n]*)")
_NONE_EXCLUDE = patterns.compile(r"复议|诉讼|投诉|举报|信访|许可|审批|延期|费|补正|更正|撤回")
_NO_CASE = patterns.compile(r"(?:未|没有)(?:发生|出现|收到|接到|产生|有)|未被|无")
_CLAUSE_END = patterns.compile(r"[。！？!?；;，,\n]")
_BARE_DONE = patterns.compile(r"^(?:了|完成|完毕|的|共|共计)?$")
_COUNT = patterns.compile(r"\d\s*件")
# What every pattern's number needs (_NUM): a digit or a Chinese numeral before 件.
_NUMBERED = patterns.compile(r"[\d零一二两三四五六七八九十]\s*件")
# A 件 right after such a numeral or after a space (then _NUMBERED tells): a pattern that
# starts with a character scans much faster than one that starts with a class.
_COUNT_WORD = patterns.compile(r"件(?<=[\d零一二两三四五六七八九十\s]件)")
_AGGREGATE = patterns.compile(r"\s*[（(]?\s*(?:含|包括)")
_DIGIT_NEXT = patterns.compile(r"\s*\d")
T3_KINDS = ("received", "new", "done", "carry_in", "carry_out", "carry")


class Claim:
    __slots__ = ("kind", "start", "end", "value", "words", "base")

    def __init__(self, kind: str, start: int, end: int, value: int, words: str = "",
                 base: str = "") -> None:
        self.kind = kind
        self.start = start  # position of the number (or of the statement) in the sentence
        self.end = end
        self.value = value
        self.words = words  # applicant or result words
        self.base = base  # for applicants: the claim they break down


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
    """True when the clause before ``pos`` dates the figure in another year (the text
    before ``pos`` is read in place: ``endpos`` makes a regex see it as the end)."""
    if year is not None and sentence.find("年", 0, pos) != -1 and (
            sentence.find("20", 0, pos) != -1 or sentence.find("19", 0, pos) != -1):
        last = None  # (_YEAR needs 19 or 20)
        for last in _YEAR.finditer(sentence, 0, pos):
            pass
        if last is not None and int(last.group(1)) != year:
            return True
    # the last clause: after the last ，,；; before pos
    cut = max(sentence.rfind("，", 0, pos), sentence.rfind(",", 0, pos),
              sentence.rfind("；", 0, pos), sentence.rfind(";", 0, pos))
    return _OTHER_YEAR_WORDS.search(sentence, cut + 1, pos) is not None


def _may_be_dated(sentence, year):
    """False when ``_about_other_year(sentence, pos, year)`` is False at every ``pos``: the
    sentence names no year (19… or 20… with 年) and no word of another time (上年, 累计 …).
    One look per sentence spares most sentences a look per figure."""
    return year is not None and "年" in sentence and ("20" in sentence or "19" in sentence) \
        or _OTHER_YEAR_WORDS.search(sentence) is not None


def _in_subset(sentence, pos):
    """True when 其中 opens a breakdown before ``pos`` in the same clause group (the caller
    has checked that the sentence holds 其中)."""
    cut = max(sentence.rfind("；", 0, pos), sentence.rfind(";", 0, pos))
    return sentence.find("其中", cut + 1, pos) != -1


def _in_brackets(sentence, pos):
    return sentence.count("（", 0, pos) + sentence.count("(", 0, pos) > \
        sentence.count("）", 0, pos) + sentence.count(")", 0, pos)


_POSITION_ORDER = itemgetter(0, 1)


def _numbered(sentence):
    """``_NUMBERED.search(sentence) is not None``, told by a scan for 件 unless a space
    stands before a 件."""
    match = _COUNT_WORD.search(sentence)
    if match is None:
        return False
    if sentence[match.start() - 1].isspace():
        return _NUMBERED.search(sentence) is not None
    return True


def claims(sentence, year):
    """The figures of one sentence that holds 件, in order; a breakdown by applicant refers
    to the figure right before it (``base``), with no other count in between."""
    if not _numbered(sentence):
        return []  # 文件, 条件, 每件: no count at all (most sentences with 件)
    sentence = halfwidth_digits(sentence)  # (the same length: positions hold)
    found = []
    for words, orders in _GATES:
        for word in words:
            if word in sentence:
                break
        else:
            continue
        for order in orders:
            kind, pattern = _PATTERNS[order]
            for match in pattern.finditer(sentence):
                found.append((match.start("n"), order, kind, match))
    if not found:
        return []
    dated = _may_be_dated(sentence, year)
    result: list[Claim] = []
    taken = -1  # where the figure of the last claim stands (matches come by position)
    base, last_end = "", 0
    bracketed = "（" in sentence or "(" in sentence  # else no figure is in brackets
    for pos, order, kind, match in sorted(found, key=_POSITION_ORDER):
        if pos == taken:
            continue  # (a figure read already)
        if base and _COUNT.search(sentence, last_end, pos):
            base = ""  # an unread count intervenes: what follows does not break down `base`
        claim = _claim(kind, order, match, sentence, year, dated, base)
        if claim is None:
            continue
        taken = pos
        last_end = claim.end
        if claim.kind == "handled":
            claim.kind = "done"
        if bracketed and _in_brackets(sentence, pos):
            pass  # an aside ("23件（含上年结转1件）") leaves the figure it qualifies as base
        elif claim.kind in T3_KINDS:
            base = claim.kind
        elif claim.kind != "applicant":
            base = ""
        result.append(claim)
    return result


def _claim(kind, order, match, sentence, year, dated, base):
    """The claim a match makes, or None when it is not one (cheapest questions first);
    ``dated`` is ``_may_be_dated(sentence, year)``."""
    if kind == "applicant" and not base:
        return None  # a breakdown of nothing: the commonest rejection
    # (a result's gap is not read: the commonest match spares the look)
    gap = match.group("g") if kind != "result" and _HAS_GAP[order] else None
    gap = "".join(gap.split()) if gap else ""  # no spaces (\s, which is str.isspace)
    raw = match.group("n")
    value = int(raw) if raw.isdigit() else _value(raw)  # (most are plain digits)
    if value is None:
        return None
    pos = match.start()
    if kind == "applicant" or kind == "result":
        if kind == "applicant":
            if gap and not _APPLICANT_GAP.match(gap):  # (each gap pattern takes "")
                return None
        elif not base and "申请" not in sentence or _AGGREGATE.match(sentence, match.end()):
            return None  # no application context, or an aggregate ("15件（含部分公开3件）")
        if dated and _about_other_year(sentence, pos, year):
            return None
        start, end = match.span("n")
        return Claim(kind, start, end, value, match.group("w"), base or "done")
    if gap and _OTHER_THING.search(gap) or "其中" in sentence and _in_subset(sentence, pos):
        return None
    if kind == "carry_in":  # names its own year (上年, or the year before the report's)
        found = match.group("y") if _HAS_YEAR[order] else None
        if found and year is not None and int(found) != year - 1:
            return None
        return Claim(kind, *match.span("n"), value)
    if kind == "carry_out":
        found = match.group("y") if _HAS_YEAR[order] else None
        if found and year is not None and int(found) != year + 1:
            return None
    elif kind == "received":
        if "申请" not in gap and not match.group(0).endswith("申请"):
            return None  # 收到 what? an application (申请) must be named
    elif kind == "done" or kind == "handled":
        if "申请" not in gap and (base not in T3_KINDS or gap and not _BARE_DONE.match(gap)):
            return None  # 办结 / 办理 of what? only of the applications the sentence is about
    elif kind == "review" or kind == "litigation" or kind == "review_litigation":
        if gap and not _CASE_GAP.match(gap) or _AFTER_OUTCOME.match(sentence, match.end()) \
                or not _MARKER.search(sentence):
            return None
    if dated and _about_other_year(sentence, pos, year):
        return None
    return Claim(kind, *match.span("n"), value)


def negations(sentence, year):
    """Claims that there was nothing: no applications, no reviews, no lawsuits (the caller
    has checked that the sentence holds 未, 没 or 无)."""
    received = "收到" in sentence or "接到" in sentence
    cases = "行政复议" in sentence or "行政诉讼" in sentence
    if not received and not cases:
        return
    sentence = halfwidth_digits(sentence)  # (the same length: positions hold)
    if received:
        for match in _NONE_RECEIVED.finditer(sentence):
            if _NONE_EXCLUDE.search(match.group("g") + match.group("rest")):
                continue
            if _about_other_year(sentence, match.start(), year):
                continue
            yield Claim("none_received", match.start(), match.end(), 0)
    if not cases:
        return  # no clause can name either
    for match in _NO_CASE.finditer(sentence):
        end = _CLAUSE_END.search(sentence, match.end())
        clause = sentence[match.end():end.start() if end else len(sentence)]
        if len(clause) > 40 or _OUTCOME.search(clause) or \
                _about_other_year(sentence, match.start(), year):
            continue
        for word, kind in (("行政复议", "no_review"), ("行政诉讼", "no_litigation")):
            at = clause.find(word)
            if at != -1 and not _DIGIT_NEXT.match(clause, at + len(word)):
                start = match.end() + at
                yield Claim(kind, start, start + len(word), 0)


# ---------------------------------------------------------- text-internal sums

_UNIT = r"(?P<u>条|件|个|篇|项)"
_TOTAL = patterns.compile(r"(?:共|总计|合计|累计)[^。；;，,\d]{0,20}?(?P<n>\d+)\s*" + _UNIT
                    + r"\s*[，,]?\s*(?P<open>[（(])?\s*其中\s*[，,：:]?")
_ITEM = patterns.compile(r"^(?P<label>[^\d]*?)(?P<n>\d+)\s*(?P<u>条|件|个|篇|项)$")
_CLOSE = patterns.compile(r"[）)]")
_STOP = patterns.compile(r"[。；;]")
_ITEM_SPLIT = patterns.compile(r"(?<=[条件个篇项])\s*[，,、；;]")
_CATCH_ALL = patterns.compile(r"(?:以及|及|和)?(?:其他|其它)")


def sum_findings(sentence):
    r"""(start, end, stated, parts, unit) for a total whose listed parts do not add up (the
    caller has checked that the sentence holds 其中); digits full-width or not (``\d``
    and ``int`` read either)."""
    if "共" not in sentence and "计" not in sentence:
        return  # 共, 总计, 合计, 累计: no total
    for match in _TOTAL.finditer(sentence):
        end = match.end()
        if match.group("open"):
            close = _CLOSE.search(sentence, end)
            if close is None:
                continue
            body = sentence[end:close.start()]
        else:
            stop = _STOP.search(sentence, end)
            body = sentence[end:stop.start()] if stop else sentence[end:]
        items = [item for item in map(str.strip, _ITEM_SPLIT.split(body)) if item]
        if len(items) < 3:
            continue
        unit = match.group("u")
        parts, catch_all = [], False
        for item in items:  # each a count in the total's unit, one of them a catch-all
            part = _ITEM.match(item)
            if part is None or part.group("u") != unit:
                break
            catch_all = catch_all or _CATCH_ALL.match(part.group("label")) is not None
            parts.append(int(part.group("n")))
        else:
            if catch_all and sum(parts) != int(match.group("n")):
                yield match.start("n"), match.end("n"), int(match.group("n")), parts, unit
