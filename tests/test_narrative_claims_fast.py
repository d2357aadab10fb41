"""DL501's quick paths agree with the exact readings they stand in for."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, fixture_text, model
from disclosure_lint.rules import narrative_claims as nc
from disclosure_lint.rules import narrative_table_mismatch as mismatch

from disclosure_lint.parser import parse
from disclosure_lint.reading import decode_bytes

APPLICATIONS = "本年度我镇共收到政府信息公开申请22件，上年结转1件，办结21件，结转下年度2件。"

# Sentences that name a year, a word of another time, both or neither, near the figures.
DATED = [
    "本年度共收到政府信息公开申请22件，其中自然人申请21件。",
    "2022年共收到政府信息公开申请19件。",
    "2023年共收到政府信息公开申请3件，2022年结转的1件已办结。",
    "2023 年 5 月收到申请2件。",
    "上年结转政府信息公开申请2件，去年同期收到5件。",
    "截至2023年底累计收到申请120件。",
    "本年度办结申请20件，较上年增加3件。",
    "本年度共办结政府信息公开申请22件，其中予以公开10件、部分公开3件、其他处理2件。",
    "自2019年以来共受理申请19件。",
    "收到申请1920件。",
    "年",
    "",
]


@pytest.mark.parametrize("sentence", DATED)
@pytest.mark.parametrize("year", [2023, 2022, None])
def test_an_undated_sentence_has_no_figure_about_another_year(sentence, year):
    if not nc._may_be_dated(sentence, year):
        for pos in range(len(sentence) + 1):
            assert not nc._about_other_year(sentence, pos, year)


def test_some_of_these_sentences_are_undated():
    # (else the test above proves nothing)
    assert not nc._may_be_dated(DATED[0], 2023)
    assert nc._may_be_dated(DATED[1], 2023) and nc._may_be_dated(DATED[4], None)


# ------------------------------------------------------------------ runs of blocks

def _runs_by_every_pair(report):
    """``_runs`` the slow way: the blocks cut into runs by a look at every pair."""
    blocks, texts = mismatch._narrative_blocks(report)
    runs, first = [], 0
    for index in range(len(blocks)):
        if index + 1 == len(blocks) or not mismatch._continues(blocks, index, report.text):
            runs.append((first, index))
            first = index + 1
    for first, last in runs:
        text = "".join(texts[first:last + 1])
        if "件" in text or "未" in text or "没" in text or "无" in text or "其中" in text:
            yield text, blocks[first:last + 1]


BROKEN = ("本年度我镇共收到政府信息公开申请22件，上年结转1\n件，办结21件。\n"
          "未收到\n行政复议申请。\n其中，\n无\n行政诉讼。\n没有\n其他\n情况\n")


def _reports():
    for path in sorted((FIXTURES / "generated").glob("*.txt")) + \
            sorted((FIXTURES / "corpus").glob("*.txt")):
        yield path.name, parse(decode_bytes(path.read_bytes()), str(path))
    clean = fixture_text("clean-2022-tab.txt")
    yield "broken", model(clean.replace(APPLICATIONS, BROKEN, 1))
    yield "broken-start", model(BROKEN + clean)


def test_runs_are_the_runs_of_every_pair():
    joined = 0
    for name, report in _reports():
        fast = [(text, [id(b) for b in blocks]) for text, blocks in mismatch._runs(report)]
        slow = [(text, [id(b) for b in blocks]) for text, blocks in _runs_by_every_pair(report)]
        assert fast == slow, name
        joined += sum(len(blocks) > 1 for _, blocks in fast)
    assert joined >= 3  # (sentences broken across lines are among them)


# ------------------------------------------------------------------ full-width digits

WIDE = str.maketrans("0123456789", "０１２３４５６７８９")
READ = [
    "2023年共收到政府信息公开申请19件，其中自然人申请18件、法人或其他组织申请1件。",
    "2022年共收到政府信息公开申请19件。",  # (another year)
    "2022年结转的3件已办结，结转至2024年继续办理的2件。",
    "截至2023年底累计收到申请120件，本年度办结政府信息公开申请1,234件。",
    "本年度共办结政府信息公开申请22件，其中予以公开10件、部分公开3件、不予公开1件、"
    "无法提供3件、不予处理3件、其他处理3件。",
    "2022年未收到政府信息公开申请，2023年未发生行政复议和行政诉讼。",
    "本年度未收到政府信息公开申请，未发生行政复议1件。",
    "全年共公布政府信息300条，其中工作动态200条，通知公告50条，其他信息40条。",
]


def _said(sentence):
    found = [(c.kind, c.start, c.end, c.value, c.words, c.base)
             for c in nc.claims(sentence, 2023)]
    if "未" in sentence or "没" in sentence or "无" in sentence:
        found += [(c.kind, c.start, c.end, c.value) for c in nc.negations(sentence, 2023)]
    if "其中" in sentence:
        found += list(nc.sum_findings(sentence))
    return found


@pytest.mark.parametrize("sentence", READ)
def test_full_width_digits_read_as_ascii_ones(sentence):
    assert _said(sentence.translate(WIDE)) == _said(sentence)


def test_the_years_of_these_sentences_matter():
    # (else the test above would not notice full-width years read as no years)
    assert nc.claims(READ[1], 2023) == [] and nc.claims(READ[1], 2022) != []
    assert [c.kind for c in nc.negations(READ[5], 2022)] == ["none_received"]
    assert [c.kind for c in nc.negations(READ[5], 2023)] == ["no_review", "no_litigation"]
    assert list(nc.sum_findings(READ[7]))
