"""Fast paths of the table and section rules give what the plain computation gives."""

from __future__ import annotations

import random

import pytest
from disclosure_lint.rules.problems_without_measures import _size

from disclosure_lint.narrative import word_chars

_PIECES = ["问题", "改进措施", "，", "。", "  ", "（一）", "……", "——", "12", "ab", "、", "暂未发现"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = ["", "。" * 60 + "问题" * 20, "问" * 29, "问" * 30, "，" * 45 + "问" * 10]
    for _ in range(count):
        texts.append("".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 40))))
    return texts


@pytest.mark.parametrize("minimum", [1, 4, 30, 31])
def test_section_size_tells_a_short_text_as_word_chars_does(minimum):
    for text in _texts(minimum, 400):
        exact = word_chars(text, minimum)
        size = _size(text, minimum)
        if exact < minimum:
            assert size == exact, text
        else:
            assert size >= minimum, text


def _has_content_by_regex(blocks, min_chars):
    """``empty_section._has_content`` counted by the regex scan alone (no fast path)."""
    from disclosure_lint.rules.empty_section import _LONGEST_PLACEHOLDER, _is_placeholder

    from disclosure_lint.model import BlockKind
    from disclosure_lint.narrative import NON_WORD
    size = 0
    for block in blocks:
        text = block.text
        if block.kind is BlockKind.HEADING or \
                (len(text) <= _LONGEST_PLACEHOLDER and _is_placeholder(text)):
            continue
        size += len(NON_WORD.sub("", text[:4 * min_chars + 8]))
        if size >= min_chars:
            return True
    return False


@pytest.mark.parametrize("minimum", [1, 4, 7])
def test_empty_section_content_test_agrees_with_the_regex_count(minimum):
    from disclosure_lint.rules.empty_section import _has_content

    from disclosure_lint.model import Block, BlockKind, Span
    rng = random.Random(minimum)
    texts = _texts(minimum, 300) + ["无", "ab", "abc_", "12", "我镇", "（一）无"]
    kinds = [BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM]
    for _ in range(600):
        blocks = [Block(rng.choice(kinds), Span(0, 0), rng.choice(texts))
                  for _ in range(rng.randrange(0, 4))]
        assert _has_content(blocks, minimum) == _has_content_by_regex(blocks, minimum), \
            [b.text for b in blocks]


class _Joined:
    """A stand-in report whose joined block text is given (``joined_text`` reads the memo)."""

    def __init__(self, text: str) -> None:
        self.memo = {"joined_text": text}


def _both_levels_by_join(joined, apart):
    """``inconsistent_unit_name._named_with_both_levels`` on the joined texts, always."""
    from disclosure_lint.template import PLACE_LEVELS
    text = "\x00".join([joined, *(other for _, other in apart)])
    stems = []
    for level in PLACE_LEVELS:
        stems.append({text[at - 2:at] for at in range(len(text)) if text[at] == level})
    return bool(set.intersection(*stems))


def test_unit_name_levels_test_agrees_with_the_joined_text():
    from disclosure_lint.rules.inconsistent_unit_name import _named_with_both_levels
    rng = random.Random(603)
    pieces = ["孟津", "县", "区", "委", "市", "\x00", "。", "a"]
    for _ in range(3000):
        joined = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        apart = [(0, "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 5))))
                 for _ in range(rng.randrange(0, 3))]
        assert _named_with_both_levels(_Joined(joined), apart) == \
            _both_levels_by_join(joined, apart), (joined, apart)


def test_sure_measures_survive_the_removal_of_problem_phrases():
    from disclosure_lint.rules.problems_without_measures import _SURE_MEASURES, _has_sure_measure

    from disclosure_lint.template import MEASURE_AS_PROBLEM, MEASURE_CUES
    assert "将" in _SURE_MEASURES and "提升" not in _SURE_MEASURES
    rng = random.Random(604)
    pieces = ["有待", "亟待", "仍需", "需", "需要", "不够", "不足以", "进一步", "加强", "提升",
              "完善", "将", "措施", "今后", "持续", "做好", "丰富", "拓宽", "问题", "，", "改"]
    hits = 0
    for _ in range(5000):
        said = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        if _has_sure_measure(said):
            hits += 1
            assert MEASURE_CUES.search(MEASURE_AS_PROBLEM.sub("", said)) is not None, said
    assert hits > 1000


@pytest.mark.parametrize(("body", "reported"), [
    ("我镇政府信息公开工作还存在公开内容不够全面、更新不够及时等问题。今后，我镇持续做好信息收集。", False),  # sure cues
    ("我镇政府信息公开工作还存在公开内容不够全面、更新不够及时等问题，有待进一步加强。", True),  # a problem phrase only
    ("我镇政府信息公开工作还存在公开内容不够全面、更新不够及时等问题。下一步加强信息收集。", False),  # the regex path
])
def test_dl604_measures_told_by_the_body_or_the_regex(fixed_seed, body, reported):
    from test_rules_text import FIVE, _section_body, found
    assert bool(found(_section_body(fixed_seed, *FIVE, body), "DL604")) == reported
