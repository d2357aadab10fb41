"""DL501's quick paths agree with the exact readings they stand in for."""

from __future__ import annotations

import pytest
from disclosure_lint.rules import narrative_claims as nc

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
