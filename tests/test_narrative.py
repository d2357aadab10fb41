"""The once-per-report helpers of ``disclosure_lint.narrative`` give what a plain
computation on each block gives (they are shortcuts, never a change of meaning)."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from disclosure_lint import narrative
from disclosure_lint import template as tpl
from disclosure_lint.model import BlockKind, Span
from disclosure_lint.parser import parse
from disclosure_lint.reading import decode_bytes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REPORTS = sorted((FIXTURES / "corpus").glob("*.txt"))[:12] + \
    sorted((FIXTURES / "generated").glob("*.txt"))[:12] + [FIXTURES / "huimeng-2021.txt"]


def _report(path: Path):
    return parse(decode_bytes(path.read_bytes()), str(path))


def _samples() -> list[str]:
    rng = random.Random(3)
    pools = [range(0x20, 0x7F), range(0xFF00, 0xFFF0), range(0x3000, 0x3040),
             range(0x4E00, 0x4E40), range(0x2000, 0x2070), range(0x300, 0x370),
             range(0xFE30, 0xFE70), range(0x1100, 0x1200), range(0xF900, 0xF910),
             range(0x3099, 0x309D), range(0x2018, 0x2020)]
    texts = ["", "本年度，我镇共收到申请２件：“甲”（乙）。", "一、总 体\u3000情况", "ＡＢＣ　１２３"]
    for _ in range(3000):
        texts.append("".join(chr(rng.choice(rng.choice(pools)))
                             for _ in range(rng.randint(0, 12))))
    for path in REPORTS[:4]:
        texts.extend(path.read_text(encoding="utf-8").splitlines())
    return texts


def test_normalise_is_the_template_s():
    for text in _samples():
        assert narrative.nfkc(text) == unicodedata.normalize("NFKC", text)
        assert narrative.normalise(text) == tpl.normalise(text)


def test_contents_are_each_text_s_content():
    tricky = ["（一）主动公开，", "e", "\u0301后", "Ａ\u3000Ｂ：", "", "  ", "“引号”。", "ｶ", "\u3099",
              "1. 本年度；", "ﬁ", "\u1100", "\u1161", "한"]
    rng = random.Random(7)
    for _ in range(300):
        texts = [rng.choice(tricky) for _ in range(rng.randint(0, 5))]
        assert narrative.contents(texts) == [narrative.content(t) for t in texts]
    for path in REPORTS:
        texts = [b.text for b in _report(path).blocks()]
        assert narrative.contents(texts) == [narrative.content(t) for t in texts]


def test_literal_alternatives():
    pattern = re.compile(r"平台|网站|(?:收到|受理)[^。]{0,3}申请|[|x]|e\|f|APP", re.IGNORECASE)
    assert narrative._literal_alternatives(pattern) == ("平台", "网站", "APP")
    assert narrative._literal_alternatives(re.compile("a b|c", re.VERBOSE)) == ()
    assert narrative.has_literal(pattern, "本单位网站")
    assert not narrative.has_literal(pattern, "收到了申请")  # the regex would match: not plain


def test_outside_tables_is_a_plain_span_test():
    rng = random.Random(5)
    for _ in range(500):
        spans = sorted(Span(a, a + rng.randint(0, 30))
                       for a in (rng.randint(0, 200) for _ in range(rng.randint(0, 4))))

        class Block:
            def __init__(self, start):
                self.span = Span(start, start + 1)

        starts = sorted(rng.randint(0, 240) for _ in range(rng.randint(0, 20)))
        if rng.random() < 0.2:
            rng.shuffle(starts)  # out of document order
        blocks = [Block(s) for s in starts]
        expected = [b for b in blocks if not any(s <= b.span.start < e for s, e in spans)]
        assert narrative._outside(blocks, spans) == expected


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_block_views(path):
    report = _report(path)
    blocks = report.blocks()
    assert narrative.all_blocks(report) == blocks
    assert narrative.prose_blocks(report) == [b for b in blocks if b.kind is not BlockKind.ROW]
    for section in report.sections:
        assert narrative.section_prose(report, section) == \
            [b for b in section.blocks if b.kind is not BlockKind.ROW]
    tables = [t.span for t in report.tables.values()]
    assert narrative.prose_outside_tables(report) == [
        b for b in narrative.prose_blocks(report)
        if not any(t.start <= b.span.start < t.end for t in tables)]
    words = ("件", "要点", "“", "统计")
    assert narrative.blocks_containing(report, words) == \
        [i for i, b in enumerate(blocks) if any(w in b.text for w in words)]
    pattern = re.compile(r"》\s*[、和]?\s*《")
    assert narrative.blocks_matching(report, pattern) == \
        [i for i, b in enumerate(blocks) if pattern.search(b.text)]
    for char in "年月日":
        assert narrative.digit_marks(report, char) == [
            (index, at, digits) for index, block in enumerate(blocks)
            for at, digits in narrative.marks_after_digits(block.text, char)]
