"""DL501: its quick paths (runs of blocks, the sentence reader) read what the full reading reads."""

from __future__ import annotations

from disclosure_lint.rules import narrative_claims as nc
from disclosure_lint.rules import narrative_table_mismatch as mismatch


def _read(sentence, year=2023):
    return [(c.kind, c.value, c.words, c.base) for c in nc.claims(sentence, year)]


def test_a_breakdown_right_after_its_figure_breaks_it_down():
    assert ("applicant", 3, "自然人", "received") in _read("本年度收到政府信息公开申请10件，自然人3件。")


def test_an_unread_count_between_a_figure_and_a_breakdown_ends_the_breakdown():
    # 5件 is read as no claim: the breakdown after it is not one of the 10 applications
    read = _read("本年度收到政府信息公开申请10件，转来5件，自然人3件。")
    assert ("received", 10, "", "") in read
    assert not [r for r in read if r[0] == "applicant"]


def test_a_result_is_read_whatever_stands_between_its_words_and_its_figure():
    for between in ("", "的", "申请", "政府信息", " 信息 "):
        sentence = f"本年度共办结政府信息公开申请3件，其中予以公开{between}2件、不予公开1件。"
        read = _read(sentence)
        assert ("result", 2, "予以公开", "done") in read, sentence
        assert ("result", 1, "不予公开", "done") in read, sentence


def test_claims_stand_where_their_figures_are():
    sentence = "本年度共办结政府信息公开申请3件，其中予以公开2件，上年结转1件。"
    for claim in nc.claims(sentence, 2023):
        assert sentence[claim.start:claim.end] == str(claim.value)


def test_an_empty_gap_is_read_without_a_look():
    # _claim skips these looks at an empty gap: every gap pattern takes it, none other thing
    for pattern in (nc._APPLICANT_GAP, nc._CASE_GAP, nc._BARE_DONE):
        assert pattern.match("")
    assert not nc._OTHER_THING.search("")


def test_a_figure_after_qizhong_in_the_same_clause_group_is_a_subset():
    assert not [c for c in nc.claims("本年度收到申请10件，其中收到申请3件。", 2023) if c.value == 3]
    assert [c for c in nc.claims("本年度收到申请10件；收到申请3件。", 2023) if c.value == 3]


def test_a_block_ending_with_an_end_mark_does_not_continue():
    # _runs calls _continues only for a block that does not end with one
    from test_narrative_claims_fast import _reports

    ending = 0
    for name, report in _reports():
        blocks, texts = mismatch._narrative_blocks(report)
        for index in range(len(blocks) - 1):
            if texts[index].endswith(mismatch._TERMINAL_OR_COLON):
                ending += 1
                assert not mismatch._continues(blocks, index, report.text), name
    assert ending
