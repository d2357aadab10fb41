"""Fast paths of the table and section rules give what the plain computation gives."""

from __future__ import annotations

import random

import pytest

from disclosure_lint.narrative import word_chars
from rules.problems_without_measures import _size

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
    from disclosure_lint.model import BlockKind
    from disclosure_lint.narrative import NON_WORD
    from rules.empty_section import _LONGEST_PLACEHOLDER, _is_placeholder
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
    from disclosure_lint.model import Block, BlockKind, Span
    from rules.empty_section import _has_content
    rng = random.Random(minimum)
    texts = _texts(minimum, 300) + ["无", "ab", "abc_", "12", "我镇", "（一）无"]
    kinds = [BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM]
    for _ in range(600):
        blocks = [Block(rng.choice(kinds), Span(0, 0), rng.choice(texts))
                  for _ in range(rng.randrange(0, 4))]
        assert _has_content(blocks, minimum) == _has_content_by_regex(blocks, minimum), \
            [b.text for b in blocks]
